"""VendorRegistration (specs/exosite-provision.openapi.yaml: #/components/schemas/VendorRegistration)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class VendorRegistration(Model):
    """VendorRegistration.

    Attributes:
        vendor (str)
        delete (Flag, optional): A form flag, sent as `true`.
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"vendor": {"min_length": 1, "type": "string"}}

    vendor: str
    delete: Flag | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .flag import Flag  # noqa: E402
