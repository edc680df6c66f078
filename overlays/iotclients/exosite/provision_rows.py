"""Typed rows for the Provisioning API's CSV and form-encoded replies."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qsl

from iotclients.core.record import Record

__all__ = ["ContentInfo", "LogEntry", "ModelInfo", "SerialNumber", "SerialNumberInfo"]


def csv_rows(text: str) -> list[list[str]]:
    return [row for row in csv.reader(io.StringIO(text)) if row]


def lines(text: str) -> list[str]:
    """The non-empty lines of a one-value-per-line CSV reply (model names, content ids)."""
    return [line for line in text.splitlines() if line]


class ContentInfo(Record):
    """``type,size,updated,meta[,protected]`` of a content entity."""

    __slots__ = ("meta", "protected", "size", "type", "updated")

    def __init__(self, type: str, size: int, updated: int, meta: str, protected: bool | None = None) -> None:
        self.type: str = type
        self.size: int = size
        self.updated: int = updated
        self.meta: str = meta
        self.protected: bool | None = protected

    @classmethod
    def parse(cls, text: str) -> ContentInfo:
        row = csv_rows(text)[0]
        protected = None if len(row) < 5 else row[4] == "true"
        return cls(row[0], int(row[1] or 0), int(row[2] or 0), row[3] if len(row) > 3 else "", protected)


class ModelInfo(Record):
    """A model's template client (``rid`` or share ``code``) and its options."""

    __slots__ = ("code", "options", "rid")

    def __init__(self, rid: str | None, code: str | None, options: list[str]) -> None:
        self.rid: str | None = rid
        self.code: str | None = code
        self.options: list[str] = options

    @classmethod
    def parse(cls, text: str) -> ModelInfo:
        fields = parse_qsl(text.strip(), keep_blank_values=True)
        found = dict(fields)
        return cls(found.get("rid"), found.get("code"), [v for k, v in fields if k == "options[]"])


class SerialNumber(Record):
    """A row of ``serialnumber_list``: ``status`` is set when the list was asked with ``status=True``.

    It is ``""`` for a serial number not yet instantiated (the platform leaves the column blank).
    """

    __slots__ = ("extra", "rid", "sn", "status")

    def __init__(self, sn: str, rid: str | None, extra: str, status: str | None = None) -> None:
        self.sn: str = sn
        self.rid: str | None = rid
        self.extra: str = extra
        self.status: str | None = status

    @classmethod
    def parse_all(cls, text: str, with_status: bool) -> list[SerialNumber]:
        return [cls.parse(row, with_status) for row in csv_rows(text)]

    @classmethod
    def parse(cls, row: list[str], with_status: bool) -> SerialNumber:
        if with_status:
            sn, status, rid, *extra = row + [""] * (4 - len(row))
            return cls(sn, rid or None, ",".join(extra), status)
        sn, rid, *extra = row + [""] * (3 - len(row))
        return cls(sn, rid or None, ",".join(extra))


class SerialNumberInfo(Record):
    """``status,rid,extra`` of an enabled serial number."""

    __slots__ = ("extra", "rid", "status")

    def __init__(self, status: str, rid: str | None, extra: str) -> None:
        self.status: str = status
        self.rid: str | None = rid
        self.extra: str = extra

    @classmethod
    def parse_reply(cls, text: str | None) -> SerialNumberInfo | None:
        """``None`` for the 204 of a serial number that was never enabled."""
        return cls.parse(text) if text else None

    @classmethod
    def parse(cls, text: str) -> SerialNumberInfo:
        status, rid, *extra = csv_rows(text)[0] + ["", ""]
        return cls(status, rid or None, ",".join(e for e in extra if e))


class LogEntry(Record):
    """A line of a serial number's activation log: ``ts,conninfo,entry``."""

    __slots__ = ("conninfo", "entry", "timestamp")

    def __init__(self, timestamp: int, conninfo: str, entry: str) -> None:
        self.timestamp: int = timestamp
        self.conninfo: str = conninfo
        self.entry: str = entry

    @classmethod
    def parse_all(cls, text: str | None) -> list[LogEntry]:
        if not text:
            return []
        return [cls(int(row[0]), row[1] if len(row) > 1 else "", ",".join(row[2:])) for row in csv_rows(text)]
