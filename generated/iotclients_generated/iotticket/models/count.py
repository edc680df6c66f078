"""Count (specs/iotticket.openapi.yaml: #/components/schemas/Count)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Count(Model):
    """Count.

    Attributes:
        count (int)
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"count": {"ge": 0, "type": "integer"}}

    count: int
