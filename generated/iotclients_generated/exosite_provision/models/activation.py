"""Activation (specs/exosite-provision.openapi.yaml: #/components/schemas/Activation)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Activation(Model):
    """Activation.

    Attributes:
        vendor (str)
        model (str)
        sn (str)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "model": {"min_length": 1, "type": "string"},
        "sn": {"min_length": 1, "type": "string"},
        "vendor": {"min_length": 1, "type": "string"},
    }

    vendor: str
    model: str
    sn: str
