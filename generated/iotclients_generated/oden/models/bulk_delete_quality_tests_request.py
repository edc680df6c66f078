"""BulkDeleteQualityTestsRequest (specs/oden.openapi.yaml: #/components/schemas/BulkDeleteQualityTestsRequest)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class BulkDeleteQualityTestsRequest(Model):
    """BulkDeleteQualityTestsRequest.

    The body of quality_tests/delete: either `ids`, or `line` with
    `start_time` and `end_time`. When `ids` is given the rest is ignored.

    Attributes:
        ids (list[UUID], optional)
        line (Line, optional): A production line, named by `id`, or by `name` (or `secondary_name`)
            together with its `factory`.
        start_time (AwareDatetime, optional)
        end_time (AwareDatetime, optional)
    """

    ids: list[UUID] | Unset = UNSET
    line: Line | Unset = UNSET
    start_time: AwareDatetime | Unset = UNSET
    end_time: AwareDatetime | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .line import Line  # noqa: E402
