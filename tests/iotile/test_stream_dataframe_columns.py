"""``StreamData.to_dataframe`` reads columns straight from the typed points; absent values are None."""

from __future__ import annotations

import datetime

import pytest

from iotclients.iotile import IOTileClient, StreamData
from iotclients_generated.iotile.models import StreamIdData

pytest.importorskip("pandas")

UTC = datetime.UTC


def test_absent_fields_become_missing_values_and_present_ones_are_kept() -> None:
    start = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    with IOTileClient(base_url="http://iotile.test.invalid") as client:
        data = StreamData("s--0000-0001--0000-0000-0000-0001--5001", client)
    data.data = [
        StreamIdData(timestamp=start, value=1.5, int_value=3, output_value=1.5, display_value="1.5"),
        StreamIdData(timestamp=start + datetime.timedelta(seconds=1), value=2.5),
    ]
    frame = data.to_dataframe()
    assert list(frame.columns) == [
        "timestamp", "value", "output_value", "int_value", "display_value", "streamer_local_id"
    ]  # fmt: skip
    assert list(frame["value"]) == [1.5, 2.5]
    assert frame["display_value"][0] == "1.5" and frame["display_value"].isna().tolist() == [False, True]
    assert frame["streamer_local_id"].isna().all()
    assert str(frame["timestamp"].dt.tz) == "UTC"
