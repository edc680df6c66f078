"""ControlCommandRequest (specs/iotticket.openapi.yaml: #/components/schemas/ControlCommandRequest)."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ControlCommandRequest(Model):
    """ControlCommandRequest.

    Attributes:
        desired_value (Any, wire name desiredValue): The value to drive the attribute to.
        skip_first_command (bool, optional, wire name skipFirstCommand)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "desired_value": "desiredValue",
        "skip_first_command": "skipFirstCommand",
    }

    desired_value: Any
    skip_first_command: bool | Unset = UNSET
