"""OnnxModelPatch (specs/iotticket.openapi.yaml: #/components/schemas/OnnxModelPatch)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OnnxModelPatch(Model):
    """OnnxModelPatch.

    Attributes:
        name (str)
        description (str, optional)
        help_text (str, optional, wire name helpText)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"help_text": "helpText"}

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "name": {"max_length": 255, "min_length": 1, "type": "string"}
    }

    name: str
    description: str | Unset = UNSET
    help_text: str | Unset = UNSET
