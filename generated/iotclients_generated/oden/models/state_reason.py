"""StateReason (specs/oden.openapi.yaml: #/components/schemas/StateReason)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StateReason(Model):
    """StateReason.

    The reason for a state, for example `Equipment Failure`. The `id`
    takes precedence over the `name`.

    Attributes:
        id (int, optional)
        name (str, optional)
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
