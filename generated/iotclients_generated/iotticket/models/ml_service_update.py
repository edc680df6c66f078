"""MLServiceUpdate (specs/iotticket.openapi.yaml: #/components/schemas/MLServiceUpdate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MLServiceUpdate(Model):
    """MLServiceUpdate.

    Attributes:
        name (str)
        trigger_url (str, wire name triggerUrl)
        method (HttpMethod)
        request_contains_timestamps (bool, wire name requestContainsTimestamps)
        response_contains_timestamps (bool, wire name responseContainsTimestamps)
        description (str, optional)
        help_text (str, optional, wire name helpText)
        credential_id (str, optional, wire name credentialId)
        input_schema (JsonObject, optional, wire name inputSchema): Any JSON object.
        output_schema (JsonObject, optional, wire name outputSchema): Any JSON object.
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "credential_id": "credentialId",
        "help_text": "helpText",
        "input_schema": "inputSchema",
        "output_schema": "outputSchema",
        "request_contains_timestamps": "requestContainsTimestamps",
        "response_contains_timestamps": "responseContainsTimestamps",
        "trigger_url": "triggerUrl",
    }

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "name": {"max_length": 255, "min_length": 1, "type": "string"},
        "trigger_url": {"min_length": 1, "type": "string"},
    }

    name: str
    trigger_url: str
    method: HttpMethod
    request_contains_timestamps: bool
    response_contains_timestamps: bool
    description: str | Unset = UNSET
    help_text: str | Unset = UNSET
    credential_id: str | Unset = UNSET
    input_schema: JsonObject | Unset = UNSET
    output_schema: JsonObject | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .http_method import HttpMethod  # noqa: E402
from .json_object import JsonObject  # noqa: E402
