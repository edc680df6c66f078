"""The Oden facade: credentials, base URL, and the bulk overlays on top of the generated methods."""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.core.redaction import Secret
from iotclients.core.retry import RetryPolicy
from iotclients_generated.oden.client import GeneratedAsyncOdenClient, GeneratedOdenClient, operation

if TYPE_CHECKING:
    from iotclients.core.operation import BatchLimits
    from iotclients_generated.oden.models import IntervalBulkCreate, IntervalBulkDelete, IntervalBulkUpdate

    from . import bulk as _bulk

__all__ = ["DEFAULT_BASE_URL", "AsyncOdenClient", "OdenClient"]

DEFAULT_BASE_URL = "https://api.oden.app"


def _limits(name: str) -> BatchLimits:
    """The spec's x-iotclients-batch limits of a bulk operation (read when first needed)."""
    batch = operation(name).batch
    if batch is None:  # the spec lost its x-iotclients-batch: refuse to guess limits
        raise RuntimeError(f"{name}: the spec declares no batch limits")
    return batch


def _credentials(api_key: str | None, base_url: str | None) -> tuple[Secret, str]:
    key = api_key if api_key is not None else os.environ.get("ODEN_API_KEY")
    if not key:
        raise InvalidArgumentError("api_key", "is required: pass api_key=... or set ODEN_API_KEY")
    url = base_url or os.environ.get("ODEN_BASE_URL") or DEFAULT_BASE_URL
    return Secret(key), url


class _OdenAuth:
    _api_key: Secret

    def _auth_headers(self) -> dict[str, str]:
        # The scheme is Oden's own "Token", not "Bearer".
        return {"Authorization": f"Token {self._api_key.get()}"}

    def _request_id(self, response: httpx.Response, parsed_error: Any) -> str | None:
        # A 500's body carries the id Oden support asks for; headers are the fallback.
        error_id = getattr(parsed_error, "id", None)
        if error_id is not None and str(error_id):
            return str(error_id)
        header: str | None = response.headers.get("x-request-id")
        return header


def _delete_body(
    body: IntervalBulkDelete, start: datetime.datetime, end: datetime.datetime
) -> IntervalBulkDelete:
    from iotclients_generated.oden.models import IntervalBulkDelete

    return IntervalBulkDelete(
        type=body.type, line=body.line, start_time=start, end_time=end, hard_delete=body.hard_delete
    )


def _as(model_name: str, value: Any, argument: str) -> Any:
    from iotclients.core import codec
    from iotclients_generated.oden import models

    return codec.coerce(value, getattr(models, model_name), argument=argument)


class OdenClient(_OdenAuth, GeneratedOdenClient):
    """Blocking client for the Oden API v2.

    ``api_key`` defaults to ``$ODEN_API_KEY``; ``base_url`` to ``$ODEN_BASE_URL`` or
    ``https://api.oden.app`` (point it at ``iotclients sandbox --vendor oden`` to test offline).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._api_key, url = _credentials(api_key, base_url)
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    def bulk_set_intervals(
        self,
        interval_bulk_create: IntervalBulkCreate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkWriteResult:
        """Create any number of custom intervals of one type on one line.

        Sent in requests of at most 2,500 intervals. Checked before anything is sent: the type must
        be a custom one (not RUN/BATCH/STATE) and line and type must be given once at the top level.
        A request that fails is not retried (creates are not safe to repeat); its items are listed in
        ``failed`` with the reason, and the remaining requests are still sent.
        """
        from . import bulk as _bulk

        body = _as("IntervalBulkCreate", interval_bulk_create, "interval_bulk_create")
        items = _bulk.check_bulk_create(body)
        size = _bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_set_intervals").max_items)
        result = _bulk.BulkWriteResult()
        for start, end in _bulk.chunk_bounds(len(items), size):
            chunk = items[start:end]
            result.requests += 1
            try:
                result.ids.extend(self._send_bulk_set_intervals(_with_items(body, chunk)))
            except APIError as error:
                _bulk.record_chunk_failure(result.failed, chunk, start, error, idempotent=False)
            if on_progress is not None:
                on_progress(end, len(items))
        return result

    def bulk_update_intervals(
        self,
        interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkUpdateResult:
        """Update any number of intervals (by id) of one type on one line, 2,500 per request.

        Every item needs an ``id`` (checked before sending). Items the server reports as failed and
        items of requests that failed are all listed in ``failed`` with their reasons.
        """
        from . import bulk as _bulk

        body = _as("IntervalBulkUpdate", interval_bulk_update, "interval_bulk_update")
        items = _bulk.check_bulk_update(body)
        size = _bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_update_intervals").max_items)
        result = _bulk.BulkUpdateResult()
        for start, end in _bulk.chunk_bounds(len(items), size):
            chunk = items[start:end]
            result.requests += 1
            try:
                reply = self._send_bulk_update_intervals(_with_items(body, chunk))
            except APIError as error:
                _bulk.record_chunk_failure(result.failed, chunk, start, error, idempotent=True)
            else:
                _collect_update(result, reply, chunk, start)
            if on_progress is not None:
                on_progress(end, len(items))
        return result

    def bulk_delete_intervals(
        self,
        interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any],
        *,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkDeleteResult:
        """Delete the intervals of one type on one line in a time range of any length.

        The range is cut into windows of at most 30 days; a window the server refuses for holding
        more than 15,000 intervals is halved until it is accepted. RUN and BATCH are refused before
        sending (the API does not bulk-delete them).
        """
        from . import bulk as _bulk

        body = _as("IntervalBulkDelete", interval_bulk_delete, "interval_bulk_delete")
        start, end = _bulk.check_bulk_delete(body)
        pending = list(
            _bulk.windows(start, end, (_limits("intervals.bulk_delete_intervals").max_window_days or 30))
        )
        total = end - start
        done = datetime.timedelta(0)
        result = _bulk.BulkDeleteResult()
        while pending:
            low, high = pending.pop(0)
            result.requests += 1
            try:
                reply = self._send_bulk_delete_intervals(_delete_body(body, low, high))
            except APIError as error:
                split = _bulk.halves(low, high) if _bulk.too_large(error) else None
                if split is not None:
                    pending[:0] = list(split)
                    continue
                result.failed_windows.append(_bulk.FailedWindow(low, high, error.message, error))
            else:
                _collect_delete(result, reply)
            done += high - low
            if on_progress is not None:
                on_progress(round(done / total * 100), 100)
        return result


class AsyncOdenClient(_OdenAuth, GeneratedAsyncOdenClient):
    """The ``OdenClient`` API as coroutines (``async with AsyncOdenClient() as oden: ...``)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._api_key, url = _credentials(api_key, base_url)
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    async def bulk_set_intervals(
        self,
        interval_bulk_create: IntervalBulkCreate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkWriteResult:
        """See ``OdenClient.bulk_set_intervals``."""
        from . import bulk as _bulk

        body = _as("IntervalBulkCreate", interval_bulk_create, "interval_bulk_create")
        items = _bulk.check_bulk_create(body)
        size = _bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_set_intervals").max_items)
        result = _bulk.BulkWriteResult()
        for start, end in _bulk.chunk_bounds(len(items), size):
            chunk = items[start:end]
            result.requests += 1
            try:
                result.ids.extend(await self._send_bulk_set_intervals(_with_items(body, chunk)))
            except APIError as error:
                _bulk.record_chunk_failure(result.failed, chunk, start, error, idempotent=False)
            if on_progress is not None:
                on_progress(end, len(items))
        return result

    async def bulk_update_intervals(
        self,
        interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkUpdateResult:
        """See ``OdenClient.bulk_update_intervals``."""
        from . import bulk as _bulk

        body = _as("IntervalBulkUpdate", interval_bulk_update, "interval_bulk_update")
        items = _bulk.check_bulk_update(body)
        size = _bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_update_intervals").max_items)
        result = _bulk.BulkUpdateResult()
        for start, end in _bulk.chunk_bounds(len(items), size):
            chunk = items[start:end]
            result.requests += 1
            try:
                reply = await self._send_bulk_update_intervals(_with_items(body, chunk))
            except APIError as error:
                _bulk.record_chunk_failure(result.failed, chunk, start, error, idempotent=True)
            else:
                _collect_update(result, reply, chunk, start)
            if on_progress is not None:
                on_progress(end, len(items))
        return result

    async def bulk_delete_intervals(
        self,
        interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any],
        *,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.BulkDeleteResult:
        """See ``OdenClient.bulk_delete_intervals``."""
        from . import bulk as _bulk

        body = _as("IntervalBulkDelete", interval_bulk_delete, "interval_bulk_delete")
        start, end = _bulk.check_bulk_delete(body)
        pending = list(
            _bulk.windows(start, end, (_limits("intervals.bulk_delete_intervals").max_window_days or 30))
        )
        total = end - start
        done = datetime.timedelta(0)
        result = _bulk.BulkDeleteResult()
        while pending:
            low, high = pending.pop(0)
            result.requests += 1
            try:
                reply = await self._send_bulk_delete_intervals(_delete_body(body, low, high))
            except APIError as error:
                split = _bulk.halves(low, high) if _bulk.too_large(error) else None
                if split is not None:
                    pending[:0] = list(split)
                    continue
                result.failed_windows.append(_bulk.FailedWindow(low, high, error.message, error))
            else:
                _collect_delete(result, reply)
            done += high - low
            if on_progress is not None:
                on_progress(round(done / total * 100), 100)
        return result


def _with_items(body: Any, items: list[Any]) -> Any:
    return type(body)(type=body.type, line=body.line, intervals=items)


def _collect_update(result: _bulk.BulkUpdateResult, reply: Any, chunk: list[Any], offset: int) -> None:
    from iotclients.core.model import UNSET

    from . import bulk as _bulk

    result.updated.extend(reply.updated_intervals or [])
    failed = reply.failed_intervals if reply.failed_intervals is not UNSET else []
    positions = {str(item.id): offset + i for i, item in enumerate(chunk)}
    for failure in failed:
        index = positions.get(str(failure.id), -1)
        item = chunk[index - offset] if index >= 0 else failure.id
        reason = failure.error if isinstance(failure.error, str) else "failed (the server gave no reason)"
        result.failed.append(_bulk.FailedItem(index, item, reason))


def _collect_delete(result: _bulk.BulkDeleteResult, reply: Any) -> None:
    from iotclients.core.model import UNSET

    if reply.num_deleted is not UNSET:
        result.num_deleted += int(reply.num_deleted)
    if reply.failed_intervals is not UNSET:
        result.failed_ids.extend(str(i) for i in reply.failed_intervals)
