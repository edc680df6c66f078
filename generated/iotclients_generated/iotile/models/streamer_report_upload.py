"""StreamerReportUpload (specs/iotile.openapi.yaml: #/components/schemas/StreamerReportUpload)."""

from __future__ import annotations

from attrs import define
from iotclients.core.bodies import FileContent
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class StreamerReportUpload(Model):
    """StreamerReportUpload.

    Attributes:
        file (FileContent): The report; its extension picks the parser.
    """

    file: FileContent
