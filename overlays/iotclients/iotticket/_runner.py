"""Seed methods written once as plans, run by a blocking or an asyncio driver.

A plan is a generator that yields what it needs from the server: a ``Step`` (one generated
operation, by name) or ``Parallel`` steps; it is sent back the result, or has the error raised
inside it, so it may recover (e.g. reload a stale asset snapshot after a 404) or let it propagate.
Its return value is the method's result. ``drive`` runs parallel steps on a bounded thread pool,
``drive_async`` as tasks bounded by a semaphore: one process, no ``__main__`` guard needed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, TypeVar

from iotclients.core.record import Record

from .single_flight import Once, run_once, run_once_async

__all__ = ["DEFAULT_CONCURRENCY", "Parallel", "Plan", "Step", "drive", "drive_async"]

R = TypeVar("R")
Plan = Generator[Any, Any, R]

DEFAULT_CONCURRENCY = 4
"""Requests in flight at once for the methods that fan out (e.g. ``get_multiple_timeseries``)."""


class Step(Record):
    """Call the generated operation ``operation`` with ``kwargs``; ``device`` selects device credentials."""

    __slots__ = ("device", "kwargs", "operation")

    def __init__(self, operation: str, /, *, device: Any = None, **kwargs: Any) -> None:
        self.operation: str = operation
        self.device: Any = device
        self.kwargs: dict[str, Any] = kwargs


class Parallel(Record):
    """Run ``steps`` at most ``limit`` at a time; the result is a list of results or exceptions."""

    __slots__ = ("limit", "steps")

    def __init__(self, steps: Sequence[Step], limit: int = DEFAULT_CONCURRENCY) -> None:
        self.steps = tuple(steps)
        self.limit = max(1, limit)


Caller = Callable[[Step], Any]


def _advance(plan: Plan[R], reply: Any, error: BaseException | None) -> tuple[bool, Any]:
    """Hand the plan its last reply (or raise the error inside it): ``(True, result)`` once it
    returns, else ``(False, its next request)``."""
    try:
        return False, plan.throw(error) if error is not None else plan.send(reply)
    except StopIteration as done:
        return True, done.value


def drive(plan: Plan[R], call: Caller) -> R:
    """Run ``plan`` with a blocking ``call`` per step."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        finished, request = _advance(plan, reply, error)
        if finished:
            result: R = request
            return result
        reply, error = None, None
        try:
            if isinstance(request, Once):
                reply = run_once(request, call)
            else:
                reply = _parallel(request, call) if isinstance(request, Parallel) else call(request)
        except Exception as exc:  # handed to the plan, which decides
            error = exc


def _parallel(group: Parallel, call: Caller) -> list[Any]:
    if len(group.steps) <= 1 or group.limit == 1:
        return [_capture(call, step) for step in group.steps]
    import concurrent.futures  # threads start only for parallel steps, not with the import

    workers = min(group.limit, len(group.steps))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda step: _capture(call, step), group.steps))


def _capture(call: Caller, step: Step) -> Any:
    try:
        return call(step)
    except Exception as exc:
        return exc


async def drive_async(plan: Plan[R], call: Callable[[Step], Awaitable[Any]]) -> R:
    """Run ``plan`` with a coroutine ``call`` per step."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        finished, request = _advance(plan, reply, error)
        if finished:
            result: R = request
            return result
        reply, error = None, None
        try:
            if isinstance(request, Once):
                reply = await run_once_async(request, call)
            else:
                reply = await (_gather(request, call) if isinstance(request, Parallel) else call(request))
        except Exception as exc:  # handed to the plan, which decides
            error = exc


async def _gather(group: Parallel, call: Callable[[Step], Awaitable[Any]]) -> list[Any]:
    import asyncio  # not on the import path of blocking users

    gate = asyncio.Semaphore(group.limit)

    async def bounded(step: Step) -> Any:
        async with gate:
            try:
                return await call(step)
            except Exception as exc:
                return exc

    return list(await asyncio.gather(*(bounded(step) for step in group.steps)))
