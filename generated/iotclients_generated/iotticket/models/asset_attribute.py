"""AssetAttribute (specs/iotticket.openapi.yaml: #/components/schemas/AssetAttribute)."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AssetAttribute(Model):
    """AssetAttribute.

    Attributes:
        id (str)
        name (str)
        identifier_name (str, wire name identifierName)
        asset_id (str, wire name assetId)
        type (AttributeType)
        unit (None | str, optional)
        data_type (DataType, optional, wire name dataType)
        device_id (None | str, optional, wire name deviceId): The device feeding a TelemetryData attribute.
        value (Any, optional): The value of a static Number or String attribute.
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "asset_id": "assetId",
        "data_type": "dataType",
        "device_id": "deviceId",
        "identifier_name": "identifierName",
    }

    id: str
    name: str
    identifier_name: str
    asset_id: str
    type: AttributeType
    unit: None | str | Unset = UNSET
    data_type: DataType | Unset = UNSET
    device_id: None | str | Unset = UNSET
    value: Any | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .attribute_type import AttributeType  # noqa: E402
from .data_type import DataType  # noqa: E402
