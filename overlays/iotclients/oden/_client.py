"""The Oden facade: credentials, base URL, and the bulk overlays on top of the generated methods."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from iotclients.core.batching import run_plan, run_plan_async
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.redaction import Secret
from iotclients.core.retry import RetryPolicy
from iotclients.core.write_results import checked
from iotclients_generated.oden.client import GeneratedAsyncOdenClient, GeneratedOdenClient

if TYPE_CHECKING:
    from iotclients_generated.oden.models import IntervalBulkCreate, IntervalBulkDelete, IntervalBulkUpdate

    from . import bulk as _bulk

__all__ = ["DEFAULT_BASE_URL", "AsyncOdenClient", "OdenClient"]

DEFAULT_BASE_URL = "https://api.oden.app"


def _credentials(api_key: str | None, base_url: str | None) -> tuple[Secret, str]:
    key = api_key if api_key is not None else os.environ.get("ODEN_API_KEY")
    if not key:
        raise InvalidArgumentError("api_key", "is required: pass api_key=... or set ODEN_API_KEY")
    url = base_url or os.environ.get("ODEN_BASE_URL") or DEFAULT_BASE_URL
    return Secret(key), url


class _OdenAuth:
    _api_key: Secret

    def _credential_providers(self) -> Mapping[str, Any]:
        # The spec's APIKeyAuth scheme says how the key goes out (``Authorization: Token <key>``).
        return {"APIKeyAuth": self._api_key}

    def _request_id(self, response: httpx.Response, parsed_error: Any) -> str | None:
        # A 500's body carries the id Oden support asks for; headers are the fallback.
        error_id = getattr(parsed_error, "id", None)
        if error_id is not None and str(error_id):
            return str(error_id)
        header: str | None = response.headers.get("x-request-id")
        return header


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
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._api_key, url = _credentials(api_key, base_url)
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
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
        check: bool = False,
    ) -> _bulk.BulkWriteResult:
        """Create any number of custom intervals of one type on one line.

        Sent in requests of at most 2,500 intervals. Checked before anything is sent: the type must
        be a custom one (not RUN/BATCH/STATE) and line and type must be given once at the top level.
        A request that fails is not retried (creates are not safe to repeat); its items are listed in
        ``failed`` with the reason, and the remaining requests are still sent.
        """
        from . import bulk_plans

        result = run_plan(
            bulk_plans.create_plan(interval_bulk_create, chunk_size, on_progress),
            self._send_bulk_set_intervals,
        )
        return checked(result, check)

    def bulk_update_intervals(
        self,
        interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
        check: bool = False,
    ) -> _bulk.BulkUpdateResult:
        """Update any number of intervals (by id) of one type on one line, 2,500 per request.

        Every item needs an ``id`` (checked before sending). Items the server reports as failed and
        items of requests that failed are all listed in ``failed`` with their reasons.
        """
        from . import bulk_plans

        result = run_plan(
            bulk_plans.update_plan(interval_bulk_update, chunk_size, on_progress),
            self._send_bulk_update_intervals,
        )
        return checked(result, check)

    def bulk_delete_intervals(
        self,
        interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any],
        *,
        on_progress: _bulk.ProgressCallback | None = None,
        check: bool = False,
    ) -> _bulk.BulkDeleteResult:
        """Delete the intervals of one type on one line in a time range of any length.

        The range is cut into windows of at most 30 days; a window the server refuses for holding
        more than 15,000 intervals is halved until it is accepted. RUN and BATCH are refused before
        sending (the API does not bulk-delete them).
        """
        from . import bulk_plans

        result = run_plan(
            bulk_plans.delete_plan(interval_bulk_delete, on_progress), self._send_bulk_delete_intervals
        )
        return checked(result, check)


class AsyncOdenClient(_OdenAuth, GeneratedAsyncOdenClient):
    """The ``OdenClient`` API as coroutines (``async with AsyncOdenClient() as oden: ...``)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._api_key, url = _credentials(api_key, base_url)
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
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
        check: bool = False,
    ) -> _bulk.BulkWriteResult:
        """See ``OdenClient.bulk_set_intervals``."""
        from . import bulk_plans

        result = await run_plan_async(
            bulk_plans.create_plan(interval_bulk_create, chunk_size, on_progress),
            self._send_bulk_set_intervals,
        )
        return checked(result, check)

    async def bulk_update_intervals(
        self,
        interval_bulk_update: IntervalBulkUpdate | Mapping[str, Any],
        *,
        chunk_size: int | None = None,
        on_progress: _bulk.ProgressCallback | None = None,
        check: bool = False,
    ) -> _bulk.BulkUpdateResult:
        """See ``OdenClient.bulk_update_intervals``."""
        from . import bulk_plans

        result = await run_plan_async(
            bulk_plans.update_plan(interval_bulk_update, chunk_size, on_progress),
            self._send_bulk_update_intervals,
        )
        return checked(result, check)

    async def bulk_delete_intervals(
        self,
        interval_bulk_delete: IntervalBulkDelete | Mapping[str, Any],
        *,
        on_progress: _bulk.ProgressCallback | None = None,
        check: bool = False,
    ) -> _bulk.BulkDeleteResult:
        """See ``OdenClient.bulk_delete_intervals``."""
        from . import bulk_plans

        result = await run_plan_async(
            bulk_plans.delete_plan(interval_bulk_delete, on_progress), self._send_bulk_delete_intervals
        )
        return checked(result, check)
