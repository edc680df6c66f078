"""OdenClient against the Oden sandbox over real loopback HTTP: the main flows and fault handling."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator

import pytest

from iotclients.core.errors import (
    APIConnectionError,
    BadRequestError,
    ConflictError,
    PermissionDeniedError,
    ServerError,
)
from iotclients.oden import AsyncOdenClient, OdenClient
from iotclients.oden.models import (
    BulkIntervalItem,
    Factory,
    Interval,
    IntervalBulkCreate,
    IntervalBulkDelete,
    IntervalType,
    Line,
    Match,
    Product,
    RunMetadata,
)
from iotclients_sandbox import Fault, Sandbox

KEY = "e2e-secret-key"
START = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox("oden", api_key=KEY, validate_responses=True) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.reset()
    yield server
    assert not server.violations.items, server.violations.items  # every response met the spec


@pytest.fixture
def oden(sandbox: Sandbox) -> Iterator[OdenClient]:
    with OdenClient(KEY, base_url=sandbox.url) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        yield client


def _line_03(oden: OdenClient) -> Line:
    (line,) = oden.search_lines(Line(name="Line 03", factory=Factory(name="Factory A")))
    return Line(id=line.id)


def test_factory_and_line_search(oden: OdenClient) -> None:
    factories = oden.search_factories(Factory(match=Match.ALL))
    assert sorted(str(f.name) for f in factories) == ["Factory A", "Factory B"]
    lines = oden.search_lines(Line(factory=Factory(name="Factory A"), match=Match.ALL))
    assert [str(line.name) for line in lines] == ["Line 01", "Line 02", "Line 03"]
    with pytest.raises(ConflictError) as caught:
        oden.search_lines(Line(name="Line 01"))
    assert caught.value.error.num_matches == 2


def test_run_interval_lifecycle(oden: OdenClient) -> None:
    line, run = _line_03(oden), IntervalType(name="RUN")
    (created,) = oden.set_interval(
        Interval(
            type=run,
            line=line,
            name="e2e run",
            start_time=START,
            metadata=RunMetadata(product=Product(name="E2E Product")),
        )
    )
    (latest,) = oden.search_intervals(Interval(type=run, line=line, match=Match.LAST))
    assert latest.id == created.id and latest.metadata.product.name == "E2E Product"
    oden.update_interval(Interval(type=run, line=line, id=created.id, name="renamed"))
    (found,) = oden.search_intervals(Interval(type=run, line=line, id=created.id))
    assert found.name == "renamed"
    (deleted,) = oden.delete_interval(Interval(type=run, line=line, id=created.id))
    assert deleted.id == created.id


def test_bulk_create_search_delete_of_ten_thousand(oden: OdenClient, sandbox: Sandbox) -> None:
    line, kind = _line_03(oden), IntervalType(name="operator id")
    step = datetime.timedelta(minutes=5)
    items = [
        BulkIntervalItem(name=f"op {i}", start_time=START + i * step, end_time=START + i * step + step / 2)
        for i in range(10_000)
    ]
    progress: list[int] = []
    result = oden.bulk_set_intervals(
        IntervalBulkCreate(type=kind, line=line, intervals=items),
        on_progress=lambda done, _: progress.append(done),
    )
    assert result.ok and len(set(result.ids)) == 10_000 and result.requests == 4
    assert progress == [2500, 5000, 7500, 10000]
    assert (
        sandbox.journal.body_sizes("bulk_set_intervals") and sandbox.journal.count("bulk_set_intervals") == 4
    )
    end = START + 10_000 * step
    found = oden.search_intervals(
        Interval(type=kind, line=line, start_time=START, end_time=end, match=Match.ALL)
    )
    assert {str(i.id) for i in found} == set(result.ids)
    deleted = oden.bulk_delete_intervals(
        IntervalBulkDelete(type=kind, line=line, start_time=START, end_time=end)
    )
    assert deleted.ok and deleted.num_deleted == 10_000 and deleted.requests == 2  # 34.7 days: two windows
    assert (
        oden.search_intervals(Interval(type=kind, line=line, start_time=START, end_time=end, match=Match.ALL))
        == []
    )


def test_transient_faults_are_retried_for_safe_operations(oden: OdenClient, sandbox: Sandbox) -> None:
    sandbox.faults.script(Fault.status(503), Fault.drop(), Fault.rate_limit(retry_after=3))
    delays: list[float] = []
    oden._sleep = delays.append  # type: ignore[method-assign]
    factories = oden.with_options(max_retries=3).search_factories(Factory(match=Match.ALL))
    assert len(factories) == 2
    assert sandbox.journal.count("search_factories") == 4
    assert len(delays) == 3 and delays[2] == 3.0  # Retry-After honoured


def test_unsafe_operations_are_not_retried(oden: OdenClient, sandbox: Sandbox) -> None:
    line = _line_03(oden)
    sandbox.faults.script(Fault.status(503))
    with pytest.raises(ServerError):
        oden.set_interval(Interval(type=IntervalType(name="RUN"), line=line, start_time=START))
    assert sandbox.journal.count("set_interval") == 1
    sandbox.faults.script(Fault.drop())
    with pytest.raises(APIConnectionError) as caught:
        oden.set_interval(Interval(type=IntervalType(name="RUN"), line=line, start_time=START))
    assert caught.value.request_sent and sandbox.journal.count("set_interval") == 2


def test_the_sandbox_names_the_field_it_rejects(oden: OdenClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        oden.execute_dashboard(
            {"dashboard": {"id": "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"}, "filters": {"lines": [{}]}}
        )
    assert caught.value.error.name == "filters.lines[0]"


def test_a_read_only_key_cannot_write(sandbox: Sandbox) -> None:
    with OdenClient("oden-readonly-key", base_url=sandbox.url) as readonly:
        assert readonly.search_factories(Factory(match=Match.ALL))
        with pytest.raises(PermissionDeniedError):
            readonly.set_product(Product(name="nope"))


def test_the_async_client_runs_the_same_flow(sandbox: Sandbox) -> None:
    async def flow() -> int:
        async with AsyncOdenClient(KEY, base_url=sandbox.url) as oden:
            lines = await oden.search_lines(Line(factory=Factory(name="Factory A"), match=Match.ALL))
            items = [BulkIntervalItem(start_time=START + datetime.timedelta(hours=i)) for i in range(3000)]
            result = await oden.bulk_set_intervals(
                IntervalBulkCreate(
                    type=IntervalType(name="operator id"), line=Line(id=lines[2].id), intervals=items
                )
            )
            return len(result.ids)

    assert asyncio.run(flow()) == 3000
