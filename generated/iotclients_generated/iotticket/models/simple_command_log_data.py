"""SimpleCommandLogData (specs/iotticket.openapi.yaml: #/components/schemas/SimpleCommandLogData)."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SimpleCommandLogData(Model):
    """SimpleCommandLogData.

    Attributes:
        attribute_id (str, wire name attributeId)
        attribute_name (str, wire name attributeName)
        identifier_name (str, wire name identifierName)
        asset_id (str, wire name assetId)
        timestamp (AwareDatetime)
        status (SimpleCommandLogDataStatus)
        payload (Any, optional): The command payload sent (Dynamic or rendered template).
        desired_value (Any, optional, wire name desiredValue): The target of a control command.
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "asset_id": "assetId",
        "attribute_id": "attributeId",
        "attribute_name": "attributeName",
        "desired_value": "desiredValue",
        "identifier_name": "identifierName",
    }

    attribute_id: str
    attribute_name: str
    identifier_name: str
    asset_id: str
    timestamp: AwareDatetime
    status: SimpleCommandLogDataStatus
    payload: Any | Unset = UNSET
    desired_value: Any | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .simple_command_log_data_status import SimpleCommandLogDataStatus  # noqa: E402
