"""StreamerReportUploadResult (specs/iotile.openapi.yaml: #/components/schemas/StreamerReportUploadResult)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamerReportUploadResult(Model):
    """StreamerReportUploadResult.

    Attributes:
        count (int): How many points and events the report held.
    """

    count: int
