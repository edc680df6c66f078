"""What a write reports: every request it sent, what each carried, and whether it was accepted.

IoT-TICKET stores writes asynchronously, so "accepted" means the server answered 2xx (202), as
the seed's ``True`` does. Nothing is dropped silently: rows left out as missing values are listed
in ``dropped``, and a refused request keeps its error next to the rows it carried.
"""

from __future__ import annotations

from collections.abc import Sequence

from iotclients.core.errors import APIError
from iotclients.core.record import Record

__all__ = ["RequestReport", "WriteResult"]


class RequestReport(Record):
    """One request: its target, the input items it carried, its size, and its error if refused."""

    __slots__ = ("body_bytes", "error", "items", "target")

    def __init__(self, target: str, items: tuple[int, ...], body_bytes: int, error: APIError | None) -> None:
        self.target = target
        self.items = items
        self.body_bytes = body_bytes
        self.error = error

    @property
    def accepted(self) -> bool:
        return self.error is None


class WriteResult(Record):
    """All requests of one write; truthy when every request was accepted (the seed's ``True``)."""

    __slots__ = ("dropped", "requests")

    def __init__(self, requests: Sequence[RequestReport], dropped: Sequence[int] = ()) -> None:
        self.requests = tuple(requests)
        self.dropped = tuple(dropped)

    @property
    def ok(self) -> bool:
        return all(report.accepted for report in self.requests)

    def __bool__(self) -> bool:
        return self.ok

    @property
    def accepted_items(self) -> tuple[int, ...]:
        return tuple(sorted(i for r in self.requests if r.accepted for i in r.items))

    @property
    def failed_items(self) -> tuple[int, ...]:
        return tuple(sorted(i for r in self.requests if not r.accepted for i in r.items))

    @property
    def errors(self) -> tuple[APIError, ...]:
        return tuple(r.error for r in self.requests if r.error is not None)
