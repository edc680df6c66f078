"""CommandAccepted (specs/iotticket.openapi.yaml: #/components/schemas/CommandAccepted)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CommandAccepted(Model):
    """CommandAccepted.

    Attributes:
        command_id (str, wire name commandId)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"command_id": "commandId"}

    command_id: str
