"""The bodies of pyonep's ``Provision`` calls, in the shape of the generated form models.

Each function gives the fields one seed method sends (by attribute name: ``sn_list`` goes on the
wire as ``sn[]``, ``options`` as ``options[]``); the generated client checks them against the spec
and encodes them. Checks it does not make (a non-empty list, a RID's pattern) are made here,
naming the seed's argument.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.wire_values import check_wire_value

from .provision_rows import csv_rows

__all__ = [
    "activation",
    "batch_csv",
    "blob",
    "model_template",
    "non_empty",
    "rid",
    "serial_numbers",
]

_RID = re.compile("[0-9a-f]{40}")


def non_empty(argument: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(argument, "must be a non-empty string")
    return value


def rid(argument: str, value: str) -> str:
    """A resource id: 40 lowercase hexadecimal characters (the spec's pattern, checked here)."""
    if not isinstance(value, str) or not _RID.fullmatch(value):
        raise InvalidArgumentError(argument, "must be a resource id: 40 lowercase hexadecimal characters")
    return value


def model_template(
    argument: str, template: str, *, by_sharecode: bool, aliases: bool, comments: bool, historical: bool
) -> dict[str, Any]:
    """``rid=`` (or ``code=`` for a share code) and an option for every part the clone leaves out."""
    flags = (("noaliases", aliases), ("nocomments", comments), ("nohistorical", historical))
    if by_sharecode:
        fields: dict[str, Any] = {"code": non_empty(argument, template)}
    else:
        fields = {"rid": rid(argument, template)}
    left_out = [name for name, keep in flags if not keep]
    if left_out:
        fields["options"] = left_out
    return fields


def serial_numbers(argument: str, values: Iterable[str]) -> list[str]:
    """Serial numbers for an ``sn[]`` list: at least one, none empty."""
    if not isinstance(values, str | Iterable):
        raise InvalidArgumentError(argument, "must be one or more non-empty serial numbers")
    found = list(values) if not isinstance(values, str) else [values]
    if not found or any(not isinstance(v, str) or not v for v in found):
        raise InvalidArgumentError(argument, "must be one or more non-empty serial numbers")
    return found


def batch_csv(csv: str | Iterable[Sequence[str]]) -> str:
    """``sn,extra`` lines from text or from rows of ``(sn, extra)``."""
    if isinstance(csv, str):
        text = csv
    else:
        rows = list(csv) if isinstance(csv, Iterable) else None
        if rows is None or any(
            isinstance(row, str) or not isinstance(row, Sequence) or not all(isinstance(c, str) for c in row)
            for row in rows
        ):
            raise InvalidArgumentError("csv", "must be text or rows of (sn, extra) strings")
        text = "".join(",".join(row) + "\n" for row in rows)
    check_wire_value(text, "csv")
    if not csv_rows(text):
        raise InvalidArgumentError("csv", "must hold at least one sn,extra line")
    return text


def blob(data: bytes) -> bytes:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidArgumentError("data", f"must be bytes, got a {type(data).__name__}")
    return bytes(data)


def activation(vendor: str, model: str, sn: str) -> dict[str, str]:
    return {"vendor": vendor, "model": model, "sn": sn}
