"""What the facade returns where a generated model does not fit the seed's contract.

``WriteResult``: what a write reports, every request it sent, what each carried, and whether it
was accepted. IoT-TICKET stores writes asynchronously, so "accepted" means the server answered 2xx
(202), as the seed's ``True`` does, and a ``WriteResult`` is truthy exactly then. Nothing is
dropped silently: rows left out as missing values are listed in ``dropped``, and a failed request
keeps its error next to the rows it carried, which are either not written (refused, or never sent)
or of unknown outcome (sent, no reply said what happened).

``CommandLogEntry``: a command log entry whose ``timestamp`` is in the form the caller asked for
(an aware datetime in ``tz``, or epoch milliseconds), which the wire model's datetime field
cannot hold.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from msgspec import UNSET  # iotclients.core.model.UNSET, without loading attrs on import

from iotclients.core.errors import APIConnectionError, APIError, APIResponseValidationError
from iotclients.core.record import Record
from iotclients.core.write_results import RaisesForErrors

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import SimpleCommandLogData, SimpleCommandLogDataStatus


__all__ = ["CommandLogEntry", "RequestReport", "WriteResult"]


class RequestReport(Record):
    """One request: its target, the input items it carried, its size, and its error if refused."""

    __slots__ = ("body_bytes", "error", "items", "target")

    def __init__(self, target: str, items: tuple[int, ...], body_bytes: int, error: APIError | None) -> None:
        self.target: str = target
        self.items: tuple[int, ...] = items
        self.body_bytes: int = body_bytes
        self.error: APIError | None = error

    @property
    def accepted(self) -> bool:
        return self.error is None

    @property
    def outcome_unknown(self) -> bool:
        """The request left but no reply said what happened (connection lost, reply off the spec)."""
        error = self.error
        return (isinstance(error, APIConnectionError) and error.request_sent) or isinstance(
            error, APIResponseValidationError
        )

    @property
    def advice(self) -> str:
        """What to do about this request's items: nothing, resend them, or look first."""
        if self.error is None:
            return "written"
        if self.outcome_unknown:
            return f"outcome unknown ({self.error.message}); read the range before sending these again"
        return f"not written ({self.error.message}); safe to send again once the cause is fixed"


class WriteResult(RaisesForErrors, Record):
    """All requests of one write; truthy when every request was accepted (the seed's ``True``),
    so ``if client.write_telemetry(...):`` reads as it did. Iterating gives each request's
    ``accepted`` flag in order: for ``write_static`` one per value, the seed's ``[bool]``."""

    __slots__ = ("dropped", "requests")

    def __init__(self, requests: Sequence[RequestReport], dropped: Sequence[int] = ()) -> None:
        self.requests: tuple[RequestReport, ...] = tuple(requests)
        self.dropped: tuple[int, ...] = tuple(dropped)

    @property
    def ok(self) -> bool:
        return all(report.accepted for report in self.requests)

    def __bool__(self) -> bool:
        return self.ok

    def __iter__(self) -> Iterator[bool]:
        return (report.accepted for report in self.requests)

    @property
    def accepted_items(self) -> tuple[int, ...]:
        return tuple(sorted(i for r in self.requests if r.accepted for i in r.items))

    @property
    def failed_items(self) -> tuple[int, ...]:
        """Items that were not written: their request was refused or never left."""
        return tuple(
            sorted(i for r in self.requests if not r.accepted and not r.outcome_unknown for i in r.items)
        )

    @property
    def unknown_items(self) -> tuple[int, ...]:
        """Items whose request left without a reply saying what happened (see ``RequestReport.advice``).

        ``accepted_items``, ``failed_items``, ``unknown_items`` and ``dropped`` partition the input.
        """
        return tuple(sorted(i for r in self.requests if r.outcome_unknown for i in r.items))

    @property
    def errors(self) -> tuple[APIError, ...]:
        return tuple(r.error for r in self.requests if r.error is not None)

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        refused = sum(1 for report in self.requests if not report.accepted)
        return (
            f"{refused} of {len(self.requests)} write requests refused "
            f"({len(self.failed_items)} items not written)",
            self.errors,
        )


class CommandLogEntry(Record):
    """The latest log entry of one Command attribute (the seed's ``SimpleCommandLogData``), with
    ``timestamp`` as an aware datetime in the asked ``tz`` or as epoch milliseconds;
    ``payload`` and ``desired_value`` are ``None`` when the entry has none."""

    __slots__ = (
        "asset_id",
        "attribute_id",
        "attribute_name",
        "desired_value",
        "identifier_name",
        "payload",
        "status",
        "timestamp",
    )

    def __init__(
        self,
        *,
        attribute_id: str,
        attribute_name: str,
        identifier_name: str,
        asset_id: str,
        timestamp: datetime.datetime | int,
        status: SimpleCommandLogDataStatus,
        payload: Any = None,
        desired_value: Any = None,
    ) -> None:
        self.attribute_id: str = attribute_id
        self.attribute_name: str = attribute_name
        self.identifier_name: str = identifier_name
        self.asset_id: str = asset_id
        self.timestamp: datetime.datetime | int = timestamp
        self.status: SimpleCommandLogDataStatus = status
        self.payload: Any = payload
        self.desired_value: Any = desired_value

    @classmethod
    def of(cls, log: SimpleCommandLogData, timestamp: datetime.datetime | int) -> CommandLogEntry:
        return cls(
            attribute_id=log.attribute_id,
            attribute_name=log.attribute_name,
            identifier_name=log.identifier_name,
            asset_id=log.asset_id,
            timestamp=timestamp,
            status=log.status,
            payload=None if log.payload is UNSET else log.payload,
            desired_value=None if log.desired_value is UNSET else log.desired_value,
        )

    def to_dict(self) -> dict[str, Any]:
        """The entry with the wire's camelCase keys (``timestamp`` in the asked form)."""
        return {
            "attributeId": self.attribute_id,
            "attributeName": self.attribute_name,
            "identifierName": self.identifier_name,
            "assetId": self.asset_id,
            "timestamp": self.timestamp,
            "status": str(self.status),
            "payload": self.payload,
            "desiredValue": self.desired_value,
        }
