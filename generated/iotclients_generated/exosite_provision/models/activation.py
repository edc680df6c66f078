"""Activation (specs/exosite-provision.openapi.yaml: #/components/schemas/Activation)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Activation(Model):
    """Activation.

    Attributes:
        vendor (str)
        model (str)
        sn (str)
    """

    vendor: str
    model: str
    sn: str
