"""The three bulk interval operations as plans (see ``iotclients.core.batching``).

Each plan checks its whole input before yielding the first request, so bad input never results
in a partial write.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any

from iotclients.core import codec
from iotclients.core.batching import Plan
from iotclients.core.errors import APIError
from iotclients.core.model import UNSET
from iotclients_generated.oden import models
from iotclients_generated.oden.client import operation

from . import bulk

if TYPE_CHECKING:
    from iotclients.core.operation import BatchLimits

__all__ = ["create_plan", "delete_plan", "update_plan"]


def _limits(name: str) -> BatchLimits:
    """The spec's x-iotclients-batch limits of a bulk operation."""
    batch = operation(name).batch
    if batch is None:  # the spec lost its x-iotclients-batch: refuse to guess limits
        raise RuntimeError(f"{name}: the spec declares no batch limits")
    return batch


def _with_items(body: Any, items: list[Any]) -> Any:
    return type(body)(type=body.type, line=body.line, intervals=items)


def _send_in_chunks(
    body: Any,
    items: list[Any],
    size: int,
    on_progress: bulk.ProgressCallback | None,
    *,
    idempotent: bool,
    failed: list[bulk.FailedItem],
    accept: Callable[[Any, list[Any], int], None],
) -> Generator[Any, Any, int]:
    """Yield ``body`` with each chunk of ``items``; returns the number of requests."""
    requests = 0
    for start, end in bulk.chunk_bounds(len(items), size):
        chunk = items[start:end]
        requests += 1
        reply = yield _with_items(body, chunk)
        if isinstance(reply, APIError):
            bulk.record_chunk_failure(failed, chunk, start, reply, idempotent=idempotent)
        else:
            accept(reply, chunk, start)
        if on_progress is not None:
            on_progress(end, len(items))
    return requests


def create_plan(
    value: models.IntervalBulkCreate | Mapping[str, Any],
    chunk_size: int | None,
    on_progress: bulk.ProgressCallback | None,
) -> Plan[bulk.BulkWriteResult]:
    body = codec.coerce(value, models.IntervalBulkCreate, argument="interval_bulk_create")
    items = bulk.check_bulk_create(body)
    size = bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_set_intervals").max_items)
    result = bulk.BulkWriteResult()
    result.requests = yield from _send_in_chunks(
        body,
        items,
        size,
        on_progress,
        idempotent=False,
        failed=result.failed,
        accept=lambda ids, _chunk, _offset: result.ids.extend(ids),
    )
    return result


def update_plan(
    value: models.IntervalBulkUpdate | Mapping[str, Any],
    chunk_size: int | None,
    on_progress: bulk.ProgressCallback | None,
) -> Plan[bulk.BulkUpdateResult]:
    body = codec.coerce(value, models.IntervalBulkUpdate, argument="interval_bulk_update")
    items = bulk.check_bulk_update(body)
    size = bulk.check_chunk_size(chunk_size, _limits("intervals.bulk_update_intervals").max_items)
    result = bulk.BulkUpdateResult()
    result.requests = yield from _send_in_chunks(
        body,
        items,
        size,
        on_progress,
        idempotent=True,
        failed=result.failed,
        accept=lambda reply, chunk, offset: _collect_update(result, reply, chunk, offset),
    )
    return result


def delete_plan(
    value: models.IntervalBulkDelete | Mapping[str, Any], on_progress: bulk.ProgressCallback | None
) -> Plan[bulk.BulkDeleteResult]:
    body = codec.coerce(value, models.IntervalBulkDelete, argument="interval_bulk_delete")
    start, end = bulk.check_bulk_delete(body)
    max_days = _limits("intervals.bulk_delete_intervals").max_window_days or 30
    pending = list(bulk.windows(start, end, max_days))
    total, done = end - start, datetime.timedelta(0)
    result = bulk.BulkDeleteResult()
    while pending:
        low, high = pending.pop(0)
        result.requests += 1
        reply = yield models.IntervalBulkDelete(
            type=body.type, line=body.line, start_time=low, end_time=high, hard_delete=body.hard_delete
        )
        if isinstance(reply, APIError):
            split = bulk.halves(low, high) if bulk.too_large(reply) else None
            if split is not None:
                pending[:0] = list(split)
                continue
            result.failed_windows.append(bulk.FailedWindow(low, high, reply.message, reply))
        else:
            if reply.num_deleted is not UNSET:
                result.num_deleted += int(reply.num_deleted)
            if reply.failed_intervals is not UNSET:
                result.failed_ids.extend(str(i) for i in reply.failed_intervals)
        done += high - low
        if on_progress is not None:
            on_progress(round(done / total * 100), 100)
    return result


def _collect_update(
    result: bulk.BulkUpdateResult, reply: models.BulkUpdateIntervalsResponse, chunk: list[Any], offset: int
) -> None:
    if reply.updated_intervals is not UNSET:
        result.updated.extend(reply.updated_intervals)
    failed = reply.failed_intervals if reply.failed_intervals is not UNSET else []
    positions = {str(item.id): offset + i for i, item in enumerate(chunk)}
    for failure in failed:
        index = positions.get(str(failure.id), -1)
        item = chunk[index - offset] if index >= 0 else failure.id
        reason = failure.error if isinstance(failure.error, str) else "failed (the server gave no reason)"
        result.failed.append(bulk.FailedItem(index, item, reason))
