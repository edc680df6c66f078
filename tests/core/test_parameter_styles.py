"""Parameters go out as their schema and style say, and a value the schema refuses never leaves.

Generated from tests/core/specs/rules.openapi.yaml: path, query, header and cookie parameters;
integer, number, boolean, enum, uuid, date and date-time values with every kind of constraint;
arrays exploded, comma-, pipe- and space-joined; objects as deepObject and form.
"""

from __future__ import annotations

import datetime
import uuid
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import InvalidArgumentError

SITE = "FI-001"
READING = uuid.UUID("12345678-1234-5678-1234-567812345678")


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"value": 1.5})


def _client(rules: ModuleType, recorder: Recorder) -> Any:
    return rules.client.RulesClient(base_url="https://rules.test", transport=httpx.MockTransport(recorder))


def _sent(rules: ModuleType, **arguments: Any) -> httpx.Request:
    recorder = Recorder()
    with _client(rules, recorder) as client:
        client.get_reading(
            arguments.pop("site_code", SITE), arguments.pop("reading_id", READING), **arguments
        )
    assert len(recorder.requests) == 1
    return recorder.requests[0]


def _refused(rules: ModuleType, **arguments: Any) -> InvalidArgumentError:
    recorder = Recorder()
    with _client(rules, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        client.get_reading(
            arguments.pop("site_code", SITE), arguments.pop("reading_id", READING), **arguments
        )
    assert recorder.requests == []  # refused before anything reached the transport
    return caught.value


def test_every_style_and_location_on_the_wire(rules: ModuleType) -> None:
    when = datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    request = _sent(
        rules,
        limit=5,
        ratio=0.25,
        step=10,
        verbose=False,
        label="abc",
        unit=rules.models.GetReadingUnit.KELVIN,
        order="desc",
        since=when,
        day=datetime.date(2026, 3, 4),
        batch_id=str(READING).upper(),
        tags=["a", "b"],
        ids=[1, 2, 3],
        channels=["x", "y"],
        words=["p", "q"],
        filter_={"color": "red", "size": 3},
        point={"x": 1, "y": 2},
        box={"w": 3, "h": 4},
        x_trace_depth=0,
        x_zones=["eu", "us"],
        sid="abc123",
        tenant=7,
        prefs=["dark", "compact"],
    )
    assert request.url.path == f"/sites/{SITE}/readings/{READING}"
    assert request.url.params.multi_items() == [
        ("limit", "5"),
        ("ratio", "0.25"),
        ("step", "10"),
        ("verbose", "false"),
        ("label", "abc"),
        ("unit", "kelvin"),
        ("order", "desc"),
        ("since", "2026-03-04T05:06:07+02:00"),
        ("day", "2026-03-04"),
        ("batchId", str(READING)),
        ("tags", "a"),
        ("tags", "b"),
        ("ids", "1,2,3"),
        ("channels", "x|y"),
        ("words", "p q"),
        ("filter[color]", "red"),
        ("filter[size]", "3"),
        ("x", "1"),
        ("y", "2"),
        ("box", "w,3,h,4"),
    ]
    assert request.headers["X-Trace-Depth"] == "0"
    assert request.headers["X-Zones"] == "eu,us"
    assert request.headers["Cookie"] == "sid=abc123; tenant=7; prefs=dark,compact"


def test_absent_optional_parameters_are_left_out(rules: ModuleType) -> None:
    request = _sent(rules)
    assert request.url.params.multi_items() == []
    assert "cookie" not in request.headers
    assert "x-trace-depth" not in request.headers


@pytest.mark.parametrize(
    ("arguments", "argument", "rule"),
    [
        ({"site_code": "fi-001"}, "site_code", "pattern"),
        ({"reading_id": "not-a-uuid"}, "reading_id", "UUID"),
        ({"reading_id": 5}, "reading_id", "uuid string"),
        ({"limit": 0}, "limit", ">= 1"),
        ({"limit": 101}, "limit", "<= 100"),
        ({"limit": float("nan")}, "limit", "integer"),
        ({"limit": True}, "limit", "integer"),
        ({"limit": "5"}, "limit", "integer"),
        ({"ratio": 0}, "ratio", "> 0"),
        ({"ratio": 1.0}, "ratio", "< 1"),
        ({"ratio": float("inf")}, "ratio", "finite"),
        ({"ratio": float("nan")}, "ratio", "finite"),
        ({"step": 7}, "step", "multiple of 5"),
        ({"verbose": 1}, "verbose", "boolean"),
        ({"verbose": "true"}, "verbose", "boolean"),
        ({"label": "a"}, "label", "at least 2"),
        ({"label": "abcdefghi"}, "label", "at most 8"),
        ({"label": "ABC"}, "label", "pattern"),
        ({"label": object()}, "label", "string"),
        ({"unit": "fahrenheit"}, "unit", "one of"),
        ({"order": "sideways"}, "order", "one of"),
        ({"since": datetime.datetime(2026, 1, 1)}, "since", "UTC offset"),
        ({"since": "2026-01-01"}, "since", "UTC offset"),
        ({"since": "yesterday"}, "since", "RFC 3339"),
        ({"day": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)}, "day", "date string"),
        ({"batch_id": "123"}, "batch_id", "UUID"),
        ({"tags": []}, "tags", "at least 1 items"),
        ({"tags": ["a", "b", "c", "d"]}, "tags", "at most 3 items"),
        ({"tags": ["toolong"]}, "tags[0]", "at most 5"),
        ({"tags": "a"}, "tags", "array"),
        ({"ids": [1, -1]}, "ids[1]", ">= 0"),
        ({"filter_": {"color": "green"}}, "filter_.color", "one of"),
        ({"filter_": {"size": 11}}, "filter_.size", "<= 10"),
        ({"filter_": ["red"]}, "filter_", "object"),
        ({"point": 5}, "point", "object"),
        ({"x_trace_depth": 10}, "x_trace_depth", "<= 9"),
        ({"x_zones": [{"a": 1}]}, "x_zones[0]", "string"),
        ({"x_zones": ["eu\r\nX-Admin: yes"]}, "x_zones", "line breaks"),
        ({"sid": "a b"}, "sid", "pattern"),
        ({"tenant": 0}, "tenant", ">= 1"),
        ({"prefs": ["light"]}, "prefs[0]", "one of"),
    ],
)
def test_values_the_schema_refuses_name_the_parameter_and_rule(
    rules: ModuleType, arguments: dict[str, Any], argument: str, rule: str
) -> None:
    error = _refused(rules, **arguments)
    assert error.argument == argument
    assert rule in error.rule


# ---------------------------------------------------------------------------------------------
# Properties: any valid value goes out exactly as the spec says; any invalid one is refused.

_aware = st.datetimes(
    min_value=datetime.datetime(1970, 1, 2),
    max_value=datetime.datetime(2200, 1, 1),
    timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))]),
)
_label = st.from_regex(r"\A[a-z]{2,8}\Z")
_short = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(
    limit=st.integers(1, 100),
    ratio=st.floats(0, 1, exclude_min=True, exclude_max=True),
    step=st.integers(-1000, 1000).map(lambda n: n * 5),
    verbose=st.booleans(),
    label=_label,
    since=_aware,
    day=st.dates(),
    batch_id=st.uuids(),
    tags=st.lists(_short, min_size=1, max_size=3),
    ids=st.lists(st.integers(0, 10**12), max_size=4),
    channels=st.lists(_short, min_size=1, max_size=4),
    depth=st.integers(0, 9),
)
def test_valid_values_go_out_as_the_spec_says(
    rules: ModuleType,
    limit: int,
    ratio: float,
    step: int,
    verbose: bool,
    label: str,
    since: datetime.datetime,
    day: datetime.date,
    batch_id: uuid.UUID,
    tags: list[str],
    ids: list[int],
    channels: list[str],
    depth: int,
) -> None:
    request = _sent(
        rules,
        limit=limit,
        ratio=ratio,
        step=step,
        verbose=verbose,
        label=label,
        since=since,
        day=day,
        batch_id=batch_id,
        tags=tags,
        ids=ids,
        channels=channels,
        x_trace_depth=depth,
    )
    params = request.url.params
    assert int(params["limit"]) == limit
    assert float(params["ratio"]) == ratio
    assert int(params["step"]) == step
    assert params["verbose"] == ("true" if verbose else "false")
    assert params["label"] == label
    sent_since = datetime.datetime.fromisoformat(params["since"])
    assert sent_since == since and sent_since.utcoffset() == since.utcoffset()
    assert params["day"] == day.isoformat()
    assert uuid.UUID(params["batchId"]) == batch_id
    assert params.get_list("tags") == tags
    assert params.get_list("ids") == ([",".join(map(str, ids))] if ids else [""])
    assert params["channels"].split("|") == channels
    assert request.headers["X-Trace-Depth"] == str(depth)
    assert _sandbox_issues(request) == []


def _valid_label(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isascii() and text.isalpha() and text.islower()


@cache
def _validator() -> Any:
    from generator.specload import load_spec
    from iotclients_sandbox.validation import OpenAPIValidator

    return OpenAPIValidator(load_spec(Path(__file__).parent / "specs" / "rules.openapi.yaml"))


def _sandbox_issues(request: httpx.Request) -> list[str]:
    """What the sandbox's contract check finds wrong with ``request`` (read back by style)."""
    validator = _validator()
    params = request.url.params
    check = validator.validate_request(
        request.method,
        request.url.path,
        query={key: params.get_list(key) for key in params},
        headers=dict(request.headers),
    )
    assert check is not None
    return [str(issue) for issue in check.issues]


def test_the_sandbox_reads_every_style_back_and_accepts_it(rules: ModuleType) -> None:
    request = _sent(
        rules,
        limit=5,
        ids=[1, 2],
        channels=["x", "y"],
        words=["p", "q"],
        filter_={"color": "red", "size": 3},
        point={"x": 1, "y": 2},
        box={"w": 3, "h": 4},
        x_zones=["eu", "us"],
        sid="abc",
        tenant=2,
        prefs=["compact"],
    )
    assert _sandbox_issues(request) == []


def test_the_sandbox_refuses_what_the_client_would_not_send() -> None:
    url = f"https://rules.test/sites/{SITE}/readings/{READING}"
    bad = httpx.Request(
        "GET",
        url,
        params=[("ids", "1,-2"), ("filter[size]", "11"), ("channels", "x|y"), ("box", "w,x,h,4")],
        headers={"Cookie": "tenant=0; sid=a-b; prefs=dark,light", "X-Trace-Depth": "12"},
    )
    issues = " ".join(_sandbox_issues(bad))
    for where in ("ids", "filter", "box", "tenant", "sid", "prefs", "X-Trace-Depth"):
        assert where in issues


_invalid = st.one_of(
    st.tuples(st.just("limit"), st.one_of(st.integers(max_value=0), st.integers(min_value=101))),
    st.tuples(st.just("limit"), st.sampled_from([float("nan"), float("inf"), -float("inf"), True, 1.5, "1"])),
    st.tuples(st.just("ratio"), st.one_of(st.floats(max_value=0), st.floats(min_value=1))),
    st.tuples(st.just("step"), st.integers().filter(lambda n: n % 5 != 0)),
    st.tuples(
        st.just("label"),
        st.text(max_size=12).filter(
            lambda t: not (2 <= len(t) <= 8 and t.isascii() and t.isalpha() and t.islower())
        ),
    ),
    st.tuples(
        st.just("label"), st.one_of(st.integers(), st.lists(st.just(object()), min_size=1, max_size=1))
    ),
    st.tuples(st.just("since"), st.datetimes()),
    st.tuples(st.just("batch_id"), st.text(max_size=20)),
    st.tuples(st.just("tags"), st.lists(_short, min_size=4, max_size=6)),
    st.tuples(st.just("ids"), st.lists(st.integers(max_value=-1), min_size=1, max_size=3)),
    st.tuples(st.just("x_trace_depth"), st.integers().filter(lambda n: not 0 <= n <= 9)),
    st.tuples(st.just("tenant"), st.integers(max_value=0)),
    st.tuples(st.just("sid"), st.text(min_size=1).filter(lambda t: not t.isascii() or not t.isalnum())),
)


@settings(max_examples=80, deadline=None)
@given(case=_invalid)
def test_invalid_values_are_refused_before_any_request(rules: ModuleType, case: tuple[str, Any]) -> None:
    argument, value = case
    error = _refused(rules, **{argument: value})
    assert error.argument.startswith(argument)


async def test_the_async_client_converts_and_refuses_alike(rules: ModuleType) -> None:
    recorder = Recorder()
    client = rules.client.AsyncRulesClient(
        base_url="https://rules.test", transport=httpx.MockTransport(recorder)
    )
    async with client:
        await client.get_reading(SITE, READING, ids=[4, 5], filter_={"size": 2}, tenant=3)
        with pytest.raises(InvalidArgumentError) as caught:
            await client.get_reading(SITE, READING, limit=float("inf"))
    assert caught.value.argument == "limit"
    assert len(recorder.requests) == 1
    sent = recorder.requests[0]
    assert sent.url.params.multi_items() == [("ids", "4,5"), ("filter[size]", "2")]
    assert sent.headers["Cookie"] == "tenant=3"
