"""MLServiceDetail (specs/iotticket.openapi.yaml: #/components/schemas/MLServiceDetail)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MLServiceDetail(Model):
    """MLServiceDetail.

    Attributes:
        id (str)
        name (str)
        organization (str)
        subscription (str)
        description (None | str, optional)
        help_text (None | str, optional, wire name helpText)
        trigger_url (None | str, optional, wire name triggerUrl)
        method (HttpMethod, optional)
        request_contains_timestamps (bool | None, optional, wire name requestContainsTimestamps)
        response_contains_timestamps (bool | None, optional, wire name responseContainsTimestamps)
        headers (StringMap, optional)
        input_schema (JsonObject, optional, wire name inputSchema): Any JSON object.
        output_schema (JsonObject, optional, wire name outputSchema): Any JSON object.
        updated_by (None | str, optional, wire name updatedBy)
        created_by (None | str, optional, wire name createdBy)
        updated_at (AwareDatetime | None, optional, wire name updatedAt)
        created_at (AwareDatetime | None, optional, wire name createdAt)
        in_use (bool, optional, wire name inUse)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "created_at": "createdAt",
        "created_by": "createdBy",
        "help_text": "helpText",
        "in_use": "inUse",
        "input_schema": "inputSchema",
        "output_schema": "outputSchema",
        "request_contains_timestamps": "requestContainsTimestamps",
        "response_contains_timestamps": "responseContainsTimestamps",
        "trigger_url": "triggerUrl",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    id: str
    name: str
    organization: str
    subscription: str
    description: None | str | Unset = UNSET
    help_text: None | str | Unset = UNSET
    trigger_url: None | str | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    request_contains_timestamps: bool | None | Unset = UNSET
    response_contains_timestamps: bool | None | Unset = UNSET
    headers: StringMap | Unset = UNSET
    input_schema: JsonObject | Unset = UNSET
    output_schema: JsonObject | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: AwareDatetime | None | Unset = UNSET
    created_at: AwareDatetime | None | Unset = UNSET
    in_use: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .http_method import HttpMethod  # noqa: E402
from .json_object import JsonObject  # noqa: E402
from .string_map import StringMap  # noqa: E402
