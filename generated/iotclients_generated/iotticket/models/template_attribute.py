"""TemplateAttribute (specs/iotticket.openapi.yaml: #/components/schemas/TemplateAttribute)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TemplateAttribute(Model):
    """TemplateAttribute.

    Attributes:
        name (str)
        identifier_name (str, wire name identifierName)
        type (AttributeType)
        unit (None | str, optional)
        data_type (DataType, optional, wire name dataType)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"data_type": "dataType", "identifier_name": "identifierName"}

    name: str
    identifier_name: str
    type: AttributeType
    unit: None | str | Unset = UNSET
    data_type: DataType | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .attribute_type import AttributeType  # noqa: E402
from .data_type import DataType  # noqa: E402
