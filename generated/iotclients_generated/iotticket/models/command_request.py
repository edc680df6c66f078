"""CommandRequest (specs/iotticket.openapi.yaml: #/components/schemas/CommandRequest)."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CommandRequest(Model):
    """CommandRequest.

    Attributes:
        payload (Any, optional): Command payload (Dynamic payload type).
        template_variables (JsonObject, optional, wire name templateVariables): Any JSON object.
        aggregated (bool, optional): Also send to every sub-asset.
    """

    __wire_names__: ClassVar[dict[str, str]] = {"template_variables": "templateVariables"}

    payload: Any | Unset = UNSET
    template_variables: JsonObject | Unset = UNSET
    aggregated: bool | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .json_object import JsonObject  # noqa: E402
