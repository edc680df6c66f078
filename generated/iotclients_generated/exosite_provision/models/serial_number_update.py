"""SerialNumberUpdate (specs/exosite-provision.openapi.yaml: #/components/schemas/SerialNumberUpdate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SerialNumberUpdate(Model):
    """SerialNumberUpdate.

    Attributes:
        enable (Flag, optional): A form flag, sent as `true`.
        disable (Flag, optional): A form flag, sent as `true`.
        owner (str, optional): The client under which the device's client is created.
        oldsn (str, optional): Move this serial number's client to the new one.
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "oldsn": {"min_length": 1, "type": "string"},
        "owner": {"pattern": "^[0-9a-f]{40}$", "type": "string"},
    }

    enable: Flag | Unset = UNSET
    disable: Flag | Unset = UNSET
    owner: str | Unset = UNSET
    oldsn: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .flag import Flag  # noqa: E402
