"""DataMask (specs/iotile.openapi.yaml: #/components/schemas/DataMask)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataMask(Model):
    """DataMask.

    Attributes:
        start (AwareDatetime | None, optional)
        end (AwareDatetime | None, optional)
    """

    start: AwareDatetime | None | Unset = UNSET
    end: AwareDatetime | None | Unset = UNSET
