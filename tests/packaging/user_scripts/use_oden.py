"""The README's Oden calls as a user writes them, and the mistakes a type checker must catch."""

from __future__ import annotations

import datetime

from iotclients.oden import OdenClient
from iotclients.oden.models import BulkIntervalItem, Factory, IntervalBulkCreate, IntervalType, Line, Match
from iotclients_sandbox import Fault, Sandbox


def quickstart(base_url: str) -> int:
    with OdenClient("test-key", base_url=base_url) as oden:
        lines = oden.search_lines(Line(factory=Factory(name="Factory A"), match=Match.ALL))
        start = datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)
        items = [
            BulkIntervalItem(
                name=f"Operator {i}",
                start_time=start + datetime.timedelta(hours=i),
                end_time=start + datetime.timedelta(hours=i, minutes=50),
            )
            for i in range(6000)
        ]
        result = oden.bulk_set_intervals(
            IntervalBulkCreate(
                type=IntervalType(name="operator id"), line=Line(id=lines[0].id), intervals=items
            )
        )
        print(len(result.ids), "created in", result.requests, "requests;", len(result.failed), "not created")
        for failure in result.failed:
            print(failure.index, failure.reason)
        oden.search_lines(Factory(name="Factory A"))  # misuse: wrong model class
        oden.search_lines(Line(match="all"))  # misuse: str for an enum
        oden.search_lines(Line(nmae="Line 1"))  # misuse: misspelt model field
        print(lines[0].factroy)  # misuse: misspelt model field
        oden.search_lines()  # misuse: missing required argument
        oden.bulk_set_intervals(IntervalBulkCreate(intervals=items), chunksize=100)  # misuse: wrong keyword
        return result.requests


def against_the_sandbox() -> None:
    with Sandbox("oden", api_key="test-key") as sandbox, OdenClient("test-key", base_url=sandbox.url) as oden:
        sandbox.faults.script(Fault.status(503), Fault.rate_limit(retry_after=1))
        factories: list[Factory] = oden.search_factories(Factory(match=Match.ALL))
        assert sandbox.journal.count("search_factories") == 3
        print([factory.name for factory in factories])
        OdenClient(api_token="test-key")  # misuse: wrong keyword
