"""``tz`` takes IANA zone names (daylight saving included) as well as fixed offsets."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotticket.checks import parse_tz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from iotticket_support import PUMP_A

PRESSURE = [*PUMP_A, "Pressure"]


@pytest.mark.parametrize(
    ("tz", "winter", "summer"),
    [
        ("Europe/Helsinki", "+02:00", "+03:00"),
        ("America/New_York", "-05:00", "-04:00"),
        ("+05:30", "+05:30", "+05:30"),
    ],
)
def test_zone_names_follow_daylight_saving_and_offsets_stay_fixed(tz: str, winter: str, summer: str) -> None:
    zone = parse_tz(tz)
    january = datetime.datetime(2024, 1, 15, 12, tzinfo=datetime.UTC).astimezone(zone)
    july = datetime.datetime(2024, 7, 15, 12, tzinfo=datetime.UTC).astimezone(zone)
    assert january.isoformat().endswith(winter) and july.isoformat().endswith(summer)


@pytest.mark.parametrize("tz", ["Mars/Olympus_Mons", "+25:00", "", "../etc/passwd", "Europe/"])
def test_an_unknown_zone_is_refused_naming_both_forms(tz: str) -> None:
    with pytest.raises(InvalidArgumentError, match="IANA zone name such as Europe/Helsinki") as raised:
        parse_tz(tz)
    assert raised.value.argument == "tz"


def test_writes_read_naive_times_and_reads_answer_in_the_named_zone(iotticket_client: Any) -> None:
    # 12:00 in Helsinki is 10:00 UTC in winter and 09:00 UTC in summer.
    stamps = [datetime.datetime(2024, 1, 15, 12), datetime.datetime(2024, 7, 15, 12)]
    data = pd.DataFrame({"timestamp": stamps, "pressure": [1.0, 2.0]})
    written = iotticket_client.write_telemetry(
        data, "press-a-01", "press-a-01", "press-a-pass", tz="Europe/Helsinki", check=True
    )
    assert written.ok
    points = iotticket_client.get_timeseries(
        names_path=PRESSURE,
        start_time="2024-01-01T00:00:00Z",
        end_time="2024-12-31T00:00:00Z",
        chronological_order=True,
        form="json",
        tz="Europe/Helsinki",
    )
    assert [p["timestamp"].isoformat() for p in points] == [
        "2024-01-15T12:00:00+02:00",
        "2024-07-15T12:00:00+03:00",
    ]
