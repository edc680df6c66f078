"""SerialNumberUpdate (specs/exosite-provision.openapi.yaml: #/components/schemas/SerialNumberUpdate)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


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

    enable: Flag | Unset = UNSET
    disable: Flag | Unset = UNSET
    owner: str | Unset = UNSET
    oldsn: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .flag import Flag  # noqa: E402
