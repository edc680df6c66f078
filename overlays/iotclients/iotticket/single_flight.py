"""One request for a shared snapshot, however many threads or tasks need it at the same moment.

A plan that needs the asset tree yields ``Once``: the driver takes the flight's lock, asks
``cached()`` for a snapshot another caller may have stored meanwhile, and only if there is none
sends ``step`` and stores its reply with ``keep`` before releasing the lock. Sixteen threads (or
tasks) finding no snapshot together thus cause one listing, not one each.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from iotclients.core.record import Record

if TYPE_CHECKING:
    import asyncio

    from ._runner import Step

__all__ = ["Flight", "Once", "run_once", "run_once_async"]


class Flight:
    """The locks one shared value is loaded under: a thread lock, and an asyncio lock per event loop."""

    def __init__(self) -> None:
        self.lock: threading.Lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def async_lock(self) -> asyncio.Lock:
        import asyncio  # not on the import path of blocking users

        loop = asyncio.get_running_loop()
        with self.lock:
            found = self._async_locks.get(loop)
            if found is None:
                found = self._async_locks[loop] = asyncio.Lock()
            return found


class Once(Record):
    """Send ``step`` unless ``cached()`` has a value; ``keep`` makes the reply that value and stores it."""

    __slots__ = ("cached", "flight", "keep", "step")

    def __init__(
        self, step: Step, *, flight: Flight, cached: Callable[[], Any], keep: Callable[[Any], Any]
    ) -> None:
        self.step: Step = step
        self.flight: Flight = flight
        self.cached: Callable[[], Any] = cached
        self.keep: Callable[[Any], Any] = keep


def run_once(once: Once, call: Callable[[Step], Any]) -> Any:
    with once.flight.lock:
        value = once.cached()
        if value is None:
            value = once.keep(call(once.step))
        return value


async def run_once_async(once: Once, call: Callable[[Step], Awaitable[Any]]) -> Any:
    async with once.flight.async_lock():
        value = once.cached()
        if value is None:
            value = once.keep(await call(once.step))
        return value
