"""Tokens (single flight, refresh after a refusal), the snapshot's request promise, the reload after
a 404 for a cached id, and the per-call cap of ``query_timeseries`` (read from the spec)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from iotticket_support import PUMP_A, demo_client_kwargs

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotticket import IoTTicketClient
from iotclients.iotticket._runner import Step, drive
from iotclients.iotticket.resolve import Session
from iotclients_generated.iotticket.models import AttributeTimeseries
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotticket import create_app
from iotclients_sandbox.iotticket.records import Asset


@pytest.fixture
def clocked() -> Iterator[tuple[Sandbox, list[float]]]:
    now = [1_900_000_000.0]
    with Sandbox(create_app(token_ttl=600, clock=lambda: now[0]), shutdown_timeout=3.0) as sandbox:
        yield sandbox, now


def test_concurrent_first_calls_share_one_token(sandbox: Sandbox) -> None:
    with IoTTicketClient(**demo_client_kwargs(sandbox.url)) as client:
        errors: list[BaseException] = []

        def call() -> None:
            try:
                client.get_device("scale-01")
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert client.token_fetches == 1
        assert sandbox.journal.count("create_token") == 1
        assert sandbox.journal.count("read_device") == 8


def test_a_refused_token_is_replaced_once_and_the_call_resent(clocked: tuple[Sandbox, list[float]]) -> None:
    sandbox, now = clocked
    with IoTTicketClient(**demo_client_kwargs(sandbox.url)) as client:
        assert client.get_device("scale-01").id == "scale-01"
        now[0] += 601  # the server's clock passes the token's expiry; the client's does not
        assert client.get_device("scale-01").id == "scale-01"
        assert client.token_fetches == 2
        assert sandbox.journal.count("read_device") == 3  # first call, refused attempt, resend


def test_many_lookups_cost_one_listing(client: IoTTicketClient, sandbox: Sandbox) -> None:
    paths = [PUMP_A[:n] for n in range(1, 5)] + [["Oulu Factory", "Line 1", "Packaging", "Sensors"]]
    for _ in range(40):
        for path in paths:
            client.get_assets(names_path=path)
    assert sandbox.journal.count("list_assets") == 1
    assert sandbox.journal.count("list_asset_children") == 40 * len(paths)
    client.invalidate()
    client.get_assets(names_path=PUMP_A[:2])
    assert sandbox.journal.count("list_assets") == 2


def test_a_404_for_a_cached_id_reloads_the_snapshot_once(client: IoTTicketClient, sandbox: Sandbox) -> None:
    path = [*PUMP_A[:2], "Press B"]
    before = {a.id for a in client.get_assets(names_path=path)}
    backend = sandbox.app.backend
    with backend.locked() as state:  # the tree changes behind the client's back: Press B is re-created
        store = state.orgs["demo-org"]
        old = next(a for a in store.assets.values() if a.name == "Press B")
        new = Asset("asset-replaced", old.name, old.parent_id, old.description)
        del store.assets[old.id]
        store.assets[new.id] = new
        for child in store.children_of(old.id):
            child.parent_id = new.id
    after = {a.id for a in client.get_assets(names_path=path)}
    assert after == before  # the same children, found through the new id
    assert client.snapshot_loads == 2
    assert sandbox.journal.count("list_asset_children") == 3  # ok, 404, ok


def test_multiple_timeseries_splits_at_the_per_call_cap(client: IoTTicketClient, sandbox: Sandbox) -> None:
    pressure = next(a for a in client.get_attributes(names_path=PUMP_A) if a.name == "Pressure")
    ids = [pressure.id] * 120
    table = client.get_multiple_timeseries(attribute_ids=ids, limit=2, form="json")
    assert sandbox.journal.count("query_timeseries") == 3  # 50 + 50 + 20: the spec's cap
    assert len(table) == 120 and all(len(points) == 2 for points in table.values())


def test_the_per_call_cap_comes_from_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    from iotclients.core.operation import BatchLimits
    from iotclients.iotticket import plans_data
    from iotclients_generated.iotticket.client import operation

    declared = operation("data.query_timeseries").batch
    assert declared is not None and declared.max_items == 50 and declared.items == "attributeIds"
    assert plans_data.query_cap() == 50
    # A spec declaring a smaller cap changes how the client splits, with no constant to edit.
    monkeypatch.setattr(operation("data.query_timeseries"), "batch", BatchLimits(max_items=7))
    sizes: list[int] = []

    def reply(step: Step) -> Any:
        ids = step.kwargs["timeseries_query"]["attributeIds"]
        sizes.append(len(ids))
        return [AttributeTimeseries(attribute_id=i, values=[]) for i in ids]

    plan = plans_data.query_timeseries(
        Session("org"), {"attributeIds": [f"a{i}" for i in range(20)]}, "org", 2
    )
    series = drive(plan, reply)
    assert sorted(sizes) == [6, 7, 7] and [s.attribute_id for s in series] == [f"a{i}" for i in range(20)]
    monkeypatch.setattr(operation("data.query_timeseries"), "batch", None)
    with pytest.raises(RuntimeError, match="no per-call cap"):
        drive(plans_data.query_timeseries(Session("org"), {"attributeIds": ["a"]}, "org", 2), reply)


def test_query_timeseries_takes_any_number_of_ids(client: IoTTicketClient, sandbox: Sandbox) -> None:
    pressure = next(a for a in client.get_attributes(names_path=PUMP_A) if a.name == "Pressure")
    series = client.query_timeseries({"attributeIds": [pressure.id] * 51, "limit": 1}, "demo-org")
    assert len(series) == 51 and all(len(s.values) == 1 for s in series)
    assert sandbox.journal.count("query_timeseries") == 2
    with pytest.raises(InvalidArgumentError, match="attributeIds"):
        client.query_timeseries({"attributeIds": []}, "demo-org")
