"""SerialNumberBatch (specs/exosite-provision.openapi.yaml: #/components/schemas/SerialNumberBatch)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SerialNumberBatch(Model):
    """SerialNumberBatch.

    `add=true` with `sn` (and `extra`) or `sn[]`; `remove=true` (or the documented `delete=true`) with
    `sn[]`.

    Attributes:
        add (Flag, optional): A form flag, sent as `true`.
        remove (Flag, optional): A form flag, sent as `true`.
        delete (Flag, optional): A form flag, sent as `true`.
        sn (str, optional)
        extra (str, optional)
        sn_list (list[str], optional, wire name sn[])
    """

    __wire_names__: ClassVar[dict[str, str]] = {"sn_list": "sn[]"}

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "sn": {"min_length": 1, "type": "string"},
        "sn_list": {"items": {"min_length": 1, "type": "string"}, "type": "array"},
    }

    add: Flag | Unset = UNSET
    remove: Flag | Unset = UNSET
    delete: Flag | Unset = UNSET
    sn: str | Unset = UNSET
    extra: str | Unset = UNSET
    sn_list: list[str] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .flag import Flag  # noqa: E402
