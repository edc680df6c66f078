"""Bulk interval writes: chunking, pre-flight checks, item-by-item failure reports, delete windows.

The API takes at most 2,500 intervals per bulk create/update request and at most 30 days (and
15,000 intervals) per bulk delete request; the facade splits any input into such requests and
never loses an item silently.
"""

from __future__ import annotations

import datetime
import itertools
import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from oden_testkit import (
    Recorder,
    assert_valid,
    aware_datetimes,
    examples,
    json_response,
    make_async_client,
    make_client,
    request_schema_pointer,
    rfc3339,
    run,
)

from iotclients.core import errors
from iotclients.core.errors import InvalidArgumentError
from iotclients.oden import BulkWriteResult

MAX_ITEMS = 2500
LINE = {"name": "Line 01", "factory": {"name": "Factory A"}}
CUSTOM_TYPE = {"name": "operator id"}
UTC = datetime.UTC
FEW = examples(25)


def items(n: int) -> list[dict[str, str]]:
    return [{"name": f"i{k}"} for k in range(n)]


def create_body(n: int, **overrides: Any) -> dict[str, Any]:
    return {"type": CUSTOM_TYPE, "line": LINE, "intervals": items(n), **overrides}


def id_for(item: dict[str, Any]) -> str:
    return "id-" + item["name"]


class BulkServer:
    """Answers bulk creates with one id per item; ``fail`` decides which requests fail and how."""

    def __init__(self, fail: Any = None) -> None:
        self.fail = fail or (lambda body, request: None)
        self.recorder = Recorder(self.respond)

    def respond(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        failure = self.fail(body, request)
        if failure is not None:
            return failure
        return json_response(200, [id_for(item) for item in body["intervals"]])

    def bodies(self) -> list[dict[str, Any]]:
        return self.recorder.bodies()


def chunk_sizes() -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(400, MAX_ITEMS)


# -- bulk create: chunking ----------------------------------------------------------------------


@FEW
@given(n=st.integers(0, 12_000), chunk_size=chunk_sizes())
@example(n=0, chunk_size=None)
@example(n=1, chunk_size=None)
@example(n=2500, chunk_size=None)
@example(n=2501, chunk_size=None)
@example(n=12_000, chunk_size=None)
def test_bulk_create_sends_ceil_n_over_2500_requests_and_returns_every_id(
    n: int, chunk_size: int | None
) -> None:
    server = BulkServer()
    progress: list[tuple[int, int]] = []
    with make_client(server.recorder) as client:
        result = client.bulk_set_intervals(
            create_body(n), chunk_size=chunk_size, on_progress=lambda d, t: progress.append((d, t))
        )
    size = chunk_size or MAX_ITEMS
    bodies = server.bodies()
    assert len(bodies) == result.requests == math.ceil(n / size)
    sent: list[dict[str, Any]] = []
    for body in bodies:
        assert set(body) == {"type", "line", "intervals"}
        assert body["type"] == CUSTOM_TYPE and body["line"] == LINE
        assert 1 <= len(body["intervals"]) <= size <= MAX_ITEMS
        assert all(set(item) == {"name"} for item in body["intervals"])  # no per-item line/type
        sent.extend(body["intervals"])
    assert sent == items(n)  # every item once, in order
    assert result.ids == [id_for(item) for item in items(n)]
    assert result.failed == [] and result.ok
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert progress[-1:] == ([(n, n)] if n else [])


def test_one_hundred_thousand_intervals_take_exactly_forty_requests() -> None:
    server = BulkServer()
    with make_client(server.recorder) as client:
        result = client.bulk_set_intervals(create_body(100_000))
    assert len(server.recorder.requests) == result.requests == 40
    assert all(len(body["intervals"]) == MAX_ITEMS for body in server.bodies())
    assert len(result.ids) == 100_000 and len(set(result.ids)) == 100_000


def test_each_chunk_validates_against_the_spec() -> None:
    server = BulkServer()
    with make_client(server.recorder) as client:
        client.bulk_set_intervals(
            create_body(
                5001,
                intervals=[
                    {
                        "name": f"i{k}",
                        "start_time": "2021-04-04T08:00:04Z",
                        "end_time": "2021-04-04T08:30:04+02:00",
                    }
                    for k in range(5001)
                ],
            )
        )
    for body in server.bodies():
        assert_valid(body, request_schema_pointer("bulk_set_intervals"))


# -- bulk create: a failing chunk ----------------------------------------------------------------

FAULTS = ["500", "connect", "read", "400"]


def failing(fault: str, first_name: str) -> Any:
    def fail(body: dict[str, Any], request: httpx.Request) -> httpx.Response | None:
        if body["intervals"][0]["name"] != first_name:
            return None
        if fault == "500":
            return json_response(
                500, {"error": "boom", "retryable": True, "id": "6f1e4a36-5b0a-4f25-a9a3-2d7a4c1b9e10"}
            )
        if fault == "400":
            return json_response(400, {"error": "bad interval", "name": "intervals", "retryable": False})
        if fault == "connect":
            raise httpx.ConnectError(f"cannot connect to {request.url}", request=request)
        raise httpx.ReadError("connection reset while reading the response", request=request)

    return fail


@FEW
@given(
    data=st.data(),
    n=st.integers(1, 12_000),
    chunk_size=chunk_sizes(),
    fault=st.sampled_from(FAULTS),
    max_retries=st.integers(0, 2),
)
def test_a_failed_chunk_is_reported_item_by_item_and_nothing_is_lost(
    data: st.DataObject, n: int, chunk_size: int | None, fault: str, max_retries: int
) -> None:
    size = chunk_size or MAX_ITEMS
    chunks = math.ceil(n / size)
    bad = data.draw(st.integers(0, chunks - 1), label="failing chunk")
    start, end = bad * size, min((bad + 1) * size, n)
    server = BulkServer(failing(fault, f"i{start}"))
    with make_client(server.recorder, max_retries=max_retries) as client:
        result = client.bulk_set_intervals(create_body(n), chunk_size=chunk_size)
    assert result.requests == chunks
    # Only a connection that never opened may be retried (the request was not sent).
    expected_attempts = chunks + (max_retries if fault == "connect" else 0)
    assert len(server.recorder.requests) == expected_attempts
    assert [f.index for f in result.failed] == list(range(start, end))
    assert [f.item.name for f in result.failed] == [f"i{k}" for k in range(start, end)]
    assert all(f.reason and isinstance(f.error, errors.APIError) for f in result.failed)
    expected_error = {
        "500": errors.InternalServerError,
        "400": errors.BadRequestError,
        "connect": errors.APIConnectionError,
        "read": errors.APIConnectionError,
    }[fault]
    assert all(type(f.error) is expected_error for f in result.failed)
    assert result.ids == [id_for(item) for k, item in enumerate(items(n)) if not start <= k < end]
    assert len(result.ids) + len(result.failed) == n
    assert not result.ok


def test_a_failed_chunk_whose_outcome_is_unknown_says_so() -> None:
    server = BulkServer(failing("read", "i0"))
    with make_client(server.recorder) as client:
        result = client.bulk_set_intervals(create_body(3))
    assert len(result.failed) == 3
    assert all("unknown" in f.reason for f in result.failed)


def test_async_bulk_create_reports_the_same_result() -> None:
    def outcome(result: BulkWriteResult) -> tuple[Any, ...]:
        return result.ids, [(f.index, f.item, type(f.error)) for f in result.failed], result.requests

    sync_server = BulkServer(failing("500", "i2500"))
    with make_client(sync_server.recorder) as client:
        sync_result = client.bulk_set_intervals(create_body(6000))
    async_server = BulkServer(failing("500", "i2500"))

    async def go() -> BulkWriteResult:
        async with make_async_client(async_server.recorder) as aclient:
            return await aclient.bulk_set_intervals(create_body(6000))

    async_result = run(go())
    assert outcome(async_result) == outcome(sync_result)
    assert len(async_result.failed) == 2500
    assert sync_server.bodies() == async_server.bodies()


# -- pre-flight checks ---------------------------------------------------------------------------

CREATE = "interval_bulk_create"
UPDATE = "interval_bulk_update"
DELETE = "interval_bulk_delete"
START = "2021-04-04T00:00:00Z"
END = "2021-04-10T00:00:00Z"


def delete_body(**overrides: Any) -> dict[str, Any]:
    return {"type": CUSTOM_TYPE, "line": LINE, "start_time": START, "end_time": END, **overrides}


def update_body(n: int = 3, **overrides: Any) -> dict[str, Any]:
    return {
        "type": CUSTOM_TYPE,
        "line": LINE,
        "intervals": [{"id": f"x{k}", "name": f"n{k}"} for k in range(n)],
        **overrides,
    }


def without(body: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != key}


PREFLIGHT: list[tuple[str, str, dict[str, Any], dict[str, Any], str, str]] = [
    # (id, method, body, kwargs, argument, words of the rule)
    *[
        (
            f"create-type-{name}",
            "bulk_set_intervals",
            create_body(2, type={"name": name}),
            {},
            f"{CREATE}.type",
            "custom",
        )
        for name in ["RUN", "run", "Batch", "BATCH", "state", "StAtE"]
    ],
    *[
        (
            f"delete-type-{name}",
            "bulk_delete_intervals",
            delete_body(type={"name": name}),
            {},
            f"{DELETE}.type",
            "",
        )
        for name in ["RUN", "Run", "batch", "BATCH"]
    ],
    (
        "create-no-line",
        "bulk_set_intervals",
        without(create_body(2), "line"),
        {},
        f"{CREATE}.line",
        "required",
    ),
    (
        "create-no-type",
        "bulk_set_intervals",
        without(create_body(2), "type"),
        {},
        f"{CREATE}.type",
        "required",
    ),
    ("create-empty-type", "bulk_set_intervals", create_body(2, type={}), {}, f"{CREATE}.type", "required"),
    (
        "update-no-line",
        "bulk_update_intervals",
        without(update_body(), "line"),
        {},
        f"{UPDATE}.line",
        "required",
    ),
    (
        "update-no-type",
        "bulk_update_intervals",
        without(update_body(), "type"),
        {},
        f"{UPDATE}.type",
        "required",
    ),
    (
        "delete-no-line",
        "bulk_delete_intervals",
        without(delete_body(), "line"),
        {},
        f"{DELETE}.line",
        "required",
    ),
    (
        "delete-no-type",
        "bulk_delete_intervals",
        without(delete_body(), "type"),
        {},
        f"{DELETE}.type",
        "required",
    ),
    (
        "update-item-without-id",
        "bulk_update_intervals",
        update_body(3, intervals=[{"id": "a"}, {"name": "no id"}, {"id": "c"}]),
        {},
        f"{UPDATE}.intervals[1].id",
        "id",
    ),
    (
        "update-item-with-empty-id",
        "bulk_update_intervals",
        update_body(2, intervals=[{"id": ""}, {"id": "b"}]),
        {},
        f"{UPDATE}.intervals[0].id",
        "id",
    ),
    (
        "update-item-without-id-in-a-later-chunk",
        "bulk_update_intervals",
        update_body(6000, intervals=[{"id": f"x{k}"} for k in range(5999)] + [{"name": "late"}]),
        {},
        f"{UPDATE}.intervals[5999].id",
        "id",
    ),
    (
        "delete-naive-start",
        "bulk_delete_intervals",
        delete_body(start_time="2021-04-04T00:00:00"),
        {},
        f"{DELETE}.start_time",
        "timezone",
    ),
    (
        "delete-naive-end",
        "bulk_delete_intervals",
        delete_body(end_time="2021-04-10T00:00:00"),
        {},
        f"{DELETE}.end_time",
        "timezone",
    ),
    (
        "delete-no-start",
        "bulk_delete_intervals",
        without(delete_body(), "start_time"),
        {},
        f"{DELETE}.start_time",
        "required",
    ),
    (
        "delete-no-end",
        "bulk_delete_intervals",
        without(delete_body(), "end_time"),
        {},
        f"{DELETE}.end_time",
        "required",
    ),
    (
        "delete-end-before-start",
        "bulk_delete_intervals",
        delete_body(start_time=END, end_time=START),
        {},
        f"{DELETE}.end_time",
        "after",
    ),
    (
        "delete-empty-range",
        "bulk_delete_intervals",
        delete_body(end_time=START),
        {},
        f"{DELETE}.end_time",
        "after",
    ),
    *[
        (
            f"create-chunk-{size}",
            "bulk_set_intervals",
            create_body(3),
            {"chunk_size": size},
            "chunk_size",
            "2500",
        )
        for size in [0, -1, 2501, 10**6]
    ],
    *[
        (
            f"update-chunk-{size}",
            "bulk_update_intervals",
            update_body(3),
            {"chunk_size": size},
            "chunk_size",
            "2500",
        )
        for size in [0, 2501]
    ],
]


def assert_preflight_error(exc: InvalidArgumentError, argument: str, words: str) -> None:
    assert isinstance(exc, ValueError)
    assert exc.argument == argument
    assert argument in str(exc)
    assert exc.rule and exc.rule in str(exc)
    assert words.lower() in exc.rule.lower()


@pytest.mark.parametrize(
    ("method", "body", "kwargs", "argument", "words"),
    [case[1:] for case in PREFLIGHT],
    ids=[case[0] for case in PREFLIGHT],
)
def test_preflight_errors_are_raised_before_any_request(
    method: str, body: dict[str, Any], kwargs: dict[str, Any], argument: str, words: str
) -> None:
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError) as info:
        getattr(client, method)(body, **kwargs)
    assert recorder.requests == []
    assert_preflight_error(info.value, argument, words)


@pytest.mark.parametrize(
    ("method", "body", "kwargs", "argument", "words"),
    [case[1:] for case in PREFLIGHT],
    ids=[case[0] for case in PREFLIGHT],
)
def test_async_preflight_errors_are_raised_before_any_request(
    method: str, body: dict[str, Any], kwargs: dict[str, Any], argument: str, words: str
) -> None:
    recorder = Recorder()

    async def go() -> None:
        async with make_async_client(recorder) as client:
            await getattr(client, method)(body, **kwargs)

    with pytest.raises(InvalidArgumentError) as info:
        run(go())
    assert recorder.requests == []
    assert_preflight_error(info.value, argument, words)


def test_naive_datetimes_in_a_typed_delete_body_are_refused() -> None:
    from iotclients.oden import models

    body = models.IntervalBulkDelete(
        type=models.IntervalType(name="operator id"),
        line=models.Line(name="Line 01"),
        start_time=datetime.datetime(2021, 4, 4),
        end_time=datetime.datetime(2021, 4, 10, tzinfo=UTC),
    )
    recorder = Recorder()
    with make_client(recorder) as client, pytest.raises(InvalidArgumentError) as info:
        client.bulk_delete_intervals(body)
    assert recorder.requests == []
    assert info.value.argument == f"{DELETE}.start_time"


@pytest.mark.parametrize("name", ["STATE", "state", "operator id"])
def test_bulk_delete_accepts_state_and_custom_types(name: str) -> None:
    recorder = Recorder(lambda request: json_response(200, {"num_deleted": 2}))
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(delete_body(type={"name": name}))
    assert len(recorder.requests) == 1
    assert result.num_deleted == 2 and result.ok


def test_bulk_create_by_type_id_is_sent() -> None:
    server = BulkServer()
    body = create_body(2, type={"id": "2fc8b5e5-fb88-48a7-9c35-4a763206608c"})
    with make_client(server.recorder) as client:
        result = client.bulk_set_intervals(body)
    assert result.ids == ["id-i0", "id-i1"]


# -- bulk update ---------------------------------------------------------------------------------------


@FEW
@given(data=st.data(), n=st.integers(1, 80), chunk_size=st.integers(1, 30))
def test_bulk_update_reports_server_side_failures_item_by_item(
    data: st.DataObject, n: int, chunk_size: int
) -> None:
    ids = [f"x{k}" for k in range(n)]
    failing_ids = data.draw(st.sets(st.sampled_from(ids)), label="failing ids")

    def respond(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent = body["intervals"]
        ok = [i for i in sent if i["id"] not in failing_ids]
        bad = [i for i in sent if i["id"] in failing_ids]
        return json_response(
            200,
            {
                "num_updated": len(ok),
                "updated_intervals": [
                    {"id": i["id"], "type": body["type"], "line": body["line"], "name": i["name"]} for i in ok
                ],
                "num_failed": len(bad),
                "failed_intervals": [{"id": i["id"], "error": f"no interval {i['id']}"} for i in bad],
            },
        )

    recorder = Recorder(respond)
    with make_client(recorder) as client:
        result = client.bulk_update_intervals(update_body(n), chunk_size=chunk_size)
    assert result.requests == len(recorder.requests) == math.ceil(n / chunk_size)
    assert all(len(body["intervals"]) <= chunk_size for body in recorder.bodies())
    expected_failed = [k for k, i in enumerate(ids) if i in failing_ids]
    assert [f.index for f in result.failed] == expected_failed
    assert [f.item.id for f in result.failed] == [ids[k] for k in expected_failed]
    assert [f.reason for f in result.failed] == [f"no interval {ids[k]}" for k in expected_failed]
    assert result.updated_ids == [i for i in ids if i not in failing_ids]
    assert len(result.updated) + len(result.failed) == n
    assert result.ok is (not failing_ids)


def test_bulk_update_request_failure_lists_every_item_of_that_request() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body["intervals"][0]["id"] == "x2":
            return json_response(
                409, {"entity_name": "line", "num_matches": 2, "error": "ambiguous line", "retryable": False}
            )
        return json_response(
            200,
            {
                "num_updated": len(body["intervals"]),
                "updated_intervals": [],
                "num_failed": 0,
                "failed_intervals": [],
            },
        )

    recorder = Recorder(respond)
    with make_client(recorder) as client:
        result = client.bulk_update_intervals(update_body(5), chunk_size=2)
    assert [f.index for f in result.failed] == [2, 3]
    assert all(
        isinstance(f.error, errors.ConflictError) and "ambiguous line" in f.reason for f in result.failed
    )
    assert len(recorder.requests) == 3


# -- bulk delete: windows ------------------------------------------------------------------------------


def windows_sent(recorder: Recorder) -> list[tuple[datetime.datetime, datetime.datetime]]:
    out = []
    for body in recorder.bodies():
        out.append(
            (
                datetime.datetime.fromisoformat(body["start_time"].replace("Z", "+00:00")),
                datetime.datetime.fromisoformat(body["end_time"].replace("Z", "+00:00")),
            )
        )
    return out


def assert_exact_cover(
    windows: list[tuple[datetime.datetime, datetime.datetime]],
    start: datetime.datetime,
    end: datetime.datetime,
    limit: datetime.timedelta,
) -> None:
    ordered = sorted(windows)
    assert ordered[0][0] == start
    assert ordered[-1][1] == end
    for (_, high), (next_low, _) in itertools.pairwise(ordered):
        assert high == next_low, "gap or overlap between windows"
    for low, high in ordered:
        assert datetime.timedelta(0) < high - low <= limit


def test_ninety_five_days_are_deleted_in_four_windows_of_at_most_thirty_days() -> None:
    start = datetime.datetime(2021, 1, 1, 6, 30, tzinfo=UTC)
    end = start + datetime.timedelta(days=95)
    recorder = Recorder(lambda request: json_response(200, {"num_deleted": 10, "failed_intervals": []}))
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(delete_body(start_time=rfc3339(start), end_time=rfc3339(end)))
    windows = windows_sent(recorder)
    assert len(windows) == result.requests == 4
    assert_exact_cover(windows, start, end, datetime.timedelta(days=30))
    assert result.num_deleted == 40 and result.ok
    for body in recorder.bodies():
        assert body["type"] == CUSTOM_TYPE and body["line"] == LINE
        assert "hard_delete" not in body
        assert_valid(body, request_schema_pointer("bulk_delete_intervals"))


@FEW
@given(
    start=aware_datetimes(),
    length=st.timedeltas(min_value=datetime.timedelta(seconds=1), max_value=datetime.timedelta(days=400)),
    hard_delete=st.none() | st.booleans(),
)
def test_any_range_is_covered_exactly_by_windows_of_at_most_thirty_days(
    start: datetime.datetime, length: datetime.timedelta, hard_delete: bool | None
) -> None:
    end = start + length
    recorder = Recorder(lambda request: json_response(200, {"num_deleted": 1}))
    extra = {} if hard_delete is None else {"hard_delete": hard_delete}
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(
            delete_body(start_time=rfc3339(start), end_time=rfc3339(end), **extra)
        )
    windows = windows_sent(recorder)
    assert len(windows) == math.ceil(length / datetime.timedelta(days=30))
    assert_exact_cover(windows, start, end, datetime.timedelta(days=30))
    assert result.num_deleted == len(windows)
    assert all(body.get("hard_delete") == hard_delete for body in recorder.bodies())


def too_many(request: httpx.Request) -> httpx.Response:
    return json_response(
        400, {"error": "the range holds more than 15,000 intervals", "name": "end_time", "retryable": False}
    )


def test_a_window_over_the_15000_limit_is_halved_and_retried_as_two_windows() -> None:
    start = datetime.datetime(2021, 4, 1, tzinfo=UTC)
    end = start + datetime.timedelta(days=20)
    calls = []

    def respond(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return too_many(request)
        return json_response(
            200, {"num_deleted": 7000, "failed_intervals": ["f1"] if len(calls) == 2 else []}
        )

    recorder = Recorder(respond)
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(delete_body(start_time=rfc3339(start), end_time=rfc3339(end)))
    windows = windows_sent(recorder)
    assert windows[0] == (start, end)
    middle = start + datetime.timedelta(days=10)
    assert windows[1:] == [(start, middle), (middle, end)]
    assert result.requests == 3
    assert result.num_deleted == 14000
    assert result.failed_ids == ["f1"]
    assert result.failed_windows == []


@FEW
@given(
    start=aware_datetimes(),
    length=st.timedeltas(min_value=datetime.timedelta(hours=1), max_value=datetime.timedelta(days=95)),
    dense=st.timedeltas(min_value=datetime.timedelta(hours=1), max_value=datetime.timedelta(days=30)),
)
def test_windows_are_halved_until_the_server_accepts_them(
    start: datetime.datetime, length: datetime.timedelta, dense: datetime.timedelta
) -> None:
    """A server that refuses any window longer than ``dense`` still gets the whole range, exactly once."""
    end = start + length

    def respond(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        low = datetime.datetime.fromisoformat(body["start_time"].replace("Z", "+00:00"))
        high = datetime.datetime.fromisoformat(body["end_time"].replace("Z", "+00:00"))
        if high - low > dense:
            return too_many(request)
        return json_response(200, {"num_deleted": 1})

    recorder = Recorder(respond)
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(delete_body(start_time=rfc3339(start), end_time=rfc3339(end)))
    accepted = [w for w in windows_sent(recorder) if w[1] - w[0] <= dense]
    assert_exact_cover(accepted, start, end, min(dense, datetime.timedelta(days=30)))
    assert result.num_deleted == len(accepted)
    assert result.failed_windows == [] and result.ok


def test_a_window_refused_for_another_reason_is_reported_and_the_rest_still_sent() -> None:
    start = datetime.datetime(2021, 1, 1, tzinfo=UTC)
    end = start + datetime.timedelta(days=70)
    calls = []

    def respond(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 2:
            return json_response(
                500, {"error": "db down", "retryable": True, "id": "6f1e4a36-5b0a-4f25-a9a3-2d7a4c1b9e10"}
            )
        return json_response(200, {"num_deleted": 5})

    recorder = Recorder(respond)
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(delete_body(start_time=rfc3339(start), end_time=rfc3339(end)))
    assert result.requests == len(recorder.requests) == 3  # not retried, not split
    assert result.num_deleted == 10
    [failed] = result.failed_windows
    assert (failed.start_time, failed.end_time) == windows_sent(recorder)[1]
    assert isinstance(failed.error, errors.InternalServerError) and "db down" in failed.reason
    assert not result.ok


def test_async_bulk_delete_sends_the_same_windows() -> None:
    start = datetime.datetime(2021, 1, 1, tzinfo=UTC)
    body = delete_body(start_time=rfc3339(start), end_time=rfc3339(start + datetime.timedelta(days=95)))
    sync_rec = Recorder(lambda request: json_response(200, {"num_deleted": 1}))
    async_rec = Recorder(lambda request: json_response(200, {"num_deleted": 1}))
    with make_client(sync_rec) as client:
        client.bulk_delete_intervals(body)

    async def go() -> Any:
        async with make_async_client(async_rec) as aclient:
            return await aclient.bulk_delete_intervals(body)

    result = run(go())
    assert result.num_deleted == 4
    assert async_rec.bodies() == sync_rec.bodies()


def test_windows_stay_within_thirty_elapsed_days_across_a_dst_change() -> None:
    import zoneinfo

    from iotclients.oden import models

    zone = zoneinfo.ZoneInfo("America/New_York")
    start = datetime.datetime(2021, 10, 15, tzinfo=zone)
    end = start + datetime.timedelta(days=95)
    body = models.IntervalBulkDelete(
        type=models.IntervalType(name="operator id"),
        line=models.Line(name="Line 01"),
        start_time=start,
        end_time=end,
    )
    recorder = Recorder(lambda request: json_response(200, {"num_deleted": 1}))
    with make_client(recorder) as client:
        client.bulk_delete_intervals(body)
    windows = windows_sent(recorder)
    assert_exact_cover(windows, start, end, datetime.timedelta(days=30))


def test_a_window_still_too_large_at_one_minute_is_reported_not_split_forever() -> None:
    start = datetime.datetime(2021, 4, 1, tzinfo=UTC)
    recorder = Recorder(too_many)
    with make_client(recorder) as client:
        result = client.bulk_delete_intervals(
            delete_body(start_time=rfc3339(start), end_time=rfc3339(start + datetime.timedelta(minutes=4)))
        )
    assert result.failed_windows, "a refused window must be reported"
    assert all(w.end_time - w.start_time <= datetime.timedelta(minutes=1) for w in result.failed_windows)
    assert_exact_cover(
        [(w.start_time, w.end_time) for w in result.failed_windows],
        start,
        start + datetime.timedelta(minutes=4),
        datetime.timedelta(minutes=1),
    )
    assert len(recorder.requests) < 20


def test_bulk_update_failure_without_a_reason_gets_a_readable_one() -> None:
    recorder = Recorder(lambda request: json_response(200, {"failed_intervals": [{"id": "x0"}]}))
    with make_client(recorder) as client:
        result = client.bulk_update_intervals(update_body(1))
    [failed] = result.failed
    assert failed.index == 0
    assert failed.reason and "UNSET" not in failed.reason
