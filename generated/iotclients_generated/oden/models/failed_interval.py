"""FailedInterval (specs/oden.openapi.yaml: #/components/schemas/FailedInterval)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class FailedInterval(Model):
    """FailedInterval.

    An interval that a bulk update could not update, and why.

    Attributes:
        id (str, optional)
        error (str, optional)
    """

    id: str | Unset = UNSET
    error: str | Unset = UNSET
