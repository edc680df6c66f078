"""MLModelSummary (specs/iotticket.openapi.yaml: #/components/schemas/MLModelSummary)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MLModelSummary(Model):
    """MLModelSummary.

    Attributes:
        id (str)
        name (str)
        organization (str)
        subscription (str)
        job_id (None | str, optional, wire name jobId)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"job_id": "jobId"}

    id: str
    name: str
    organization: str
    subscription: str
    job_id: None | str | Unset = UNSET
