"""DeviceCounts (specs/iotile.openapi.yaml: #/components/schemas/DeviceCounts)."""

from __future__ import annotations

from typing import Annotated

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default
from iotclients.core.unions import OneOf


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceCounts(Model):
    """DeviceCounts.

    Attributes:
        stream_counts (int | StreamCounts, optional): Per stream with data, its count (the form iotile-cloud's mock
            cloud answers); older answers give the number of streams.
        data_counts (int, optional)
    """

    stream_counts: Annotated[StreamCounts | int, OneOf("oneOf")] | Unset = UNSET
    data_counts: int | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .stream_counts import StreamCounts  # noqa: E402
