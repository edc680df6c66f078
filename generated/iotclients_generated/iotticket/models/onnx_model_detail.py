"""OnnxModelDetail (specs/iotticket.openapi.yaml: #/components/schemas/OnnxModelDetail)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OnnxModelDetail(Model):
    """OnnxModelDetail.

    Attributes:
        id (str)
        name (str)
        inputs (list[MLParameter])
        outputs (list[MLParameter])
        organization (str)
        subscription (str)
        updated_at (AwareDatetime, wire name updatedAt)
        created_at (AwareDatetime, wire name createdAt)
        description (None | str, optional)
        help_text (None | str, optional, wire name helpText)
        updated_by (None | str, optional, wire name updatedBy)
        created_by (None | str, optional, wire name createdBy)
        in_use (bool, optional, wire name inUse)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "created_at": "createdAt",
        "created_by": "createdBy",
        "help_text": "helpText",
        "in_use": "inUse",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    id: str
    name: str
    inputs: list[MLParameter]
    outputs: list[MLParameter]
    organization: str
    subscription: str
    updated_at: AwareDatetime
    created_at: AwareDatetime
    description: None | str | Unset = UNSET
    help_text: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    in_use: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .ml_parameter import MLParameter  # noqa: E402
