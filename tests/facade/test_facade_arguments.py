"""Facade argument checking as a property: every public method of every vendor's client, called
with arguments drawn from a catalogue of mutations, either succeeds or raises
``InvalidArgumentError`` or a typed API error, and nothing malformed goes on the wire."""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.exosite import OnePlatformClient, ProvisionClient
from iotclients.iotile import IOTileClient
from iotclients.iotticket import IoTTicketClient
from iotclients.oden import OdenClient

BASE = "http://127.0.0.1:9"
MUTATIONS: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    float("nan"),
    float("inf"),
    10**30,
    "",
    "x",
    "\ud800",
    "x" * 100_000,
    datetime.datetime(2026, 1, 1),  # naive
    [],
    {},
    [None],
    {"name": "\ud800"},
    [[1, float("nan")]],
]
_NOT_CALLS = {"close", "aclose", "with_options", "with_raw_response", "batch", "copy"}


def _malformed(request: httpx.Request) -> str | None:
    """Why what went out is malformed: a URL longer than servers take, or a JSON body that is not
    strict JSON (NaN, Infinity); ``None`` when it is well formed."""
    if len(str(request.url)) >= 16_384:
        return f"a URL of {len(str(request.url))} characters"
    content = request.content
    if content and request.headers.get("content-type", "").startswith("application/json"):

        def refuse(constant: str) -> Any:
            raise ValueError(constant)

        try:
            json.loads(content, parse_constant=refuse)
        except ValueError as exc:
            return f"a JSON body that is not strict JSON ({exc})"
    return None


SENT_MALFORMED: list[str] = []


def _transport() -> httpx.MockTransport:
    def respond(request: httpx.Request) -> httpx.Response:
        # Recorded, not raised: the client would wrap an exception from here as a connection error.
        problem = _malformed(request)
        if problem is not None:
            SENT_MALFORMED.append(f"{request.method} {request.url.path}: {problem}")
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(
                200, json={"access_token": "t" * 24, "token_type": "Bearer", "expires_in": 3600}
            )
        return httpx.Response(400, json={"detail": "refused", "error": "refused", "message": "refused"})

    return httpx.MockTransport(respond)


CLIENTS: dict[str, Callable[[], Any]] = {
    "oden": lambda: OdenClient("k" * 24, base_url=BASE, transport=_transport(), max_retries=0),
    "iotticket": lambda: IoTTicketClient(
        client_id="client",
        client_secret="secret-1234",
        organization_id="demo-org",
        base_url=BASE,
        transport=_transport(),
        max_retries=0,
    ),
    "exosite": lambda: OnePlatformClient("a" * 40, base_url=BASE, transport=_transport(), max_retries=0),
    "exosite-provision": lambda: ProvisionClient(
        "a" * 40, base_url=BASE, transport=_transport(), max_retries=0
    ),
    "iotile": lambda: IOTileClient("t" * 40, base_url=BASE, transport=_transport(), max_retries=0),
}


def _methods(client: Any) -> Iterator[tuple[str, inspect.Signature]]:
    for name in sorted(dir(type(client))):
        if name.startswith("_") or name in _NOT_CALLS:
            continue
        member = getattr(type(client), name, None)
        if not inspect.isfunction(member):
            continue
        yield name, inspect.signature(member)


def _cases() -> list[tuple[str, str]]:
    found = []
    for vendor, build in CLIENTS.items():
        client = build()
        found.extend((vendor, name) for name, _ in _methods(client))
        client.close()
    return found


@pytest.mark.parametrize(("vendor", "method"), _cases())
def test_bad_arguments_raise_only_typed_errors(vendor: str, method: str) -> None:
    client = CLIENTS[vendor]()
    signature = inspect.signature(getattr(type(client), method))
    names = [
        p.name
        for p in signature.parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]

    @seed(11)
    @settings(max_examples=6, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries({name: st.sampled_from(MUTATIONS) for name in names}))
    def call(arguments: dict[str, Any]) -> None:
        try:
            result = getattr(client, method)(**arguments)
            if inspect.isgenerator(result) or isinstance(result, Iterator):
                for _ in zip(range(3), result, strict=False):
                    pass
        except (InvalidArgumentError, APIError):
            pass
        except FileNotFoundError:
            # A path argument naming no file says so in Python's own words.
            assert "file" in str(arguments).lower() or method.startswith("register_")

    SENT_MALFORMED.clear()
    with client:
        call()
    assert SENT_MALFORMED == []


# -- the cases found by mutating facade arguments by hand -----------------------------------------


def test_chunk_sizes_that_are_not_integers_are_refused() -> None:
    with CLIENTS["oden"]() as oden:
        body = {"type": {"name": "Downtime"}, "line": {"name": "L1"}, "intervals": []}
        for chunk_size in ("x", 1.5, True):
            with pytest.raises(InvalidArgumentError, match="chunk_size"):
                oden.bulk_set_intervals(body, chunk_size=chunk_size)


def test_bulk_update_takes_plain_items_as_bulk_set_does() -> None:
    from iotclients.oden.models import IntervalBulkUpdate, IntervalType, Line

    with CLIENTS["oden"]() as oden:
        body = IntervalBulkUpdate(
            type=IntervalType(name="Downtime"),
            line=Line(name="L1"),
            intervals=[{"name": "no id"}],  # type: ignore[list-item]
        )
        with pytest.raises(InvalidArgumentError, match=r"intervals\[0\]\.id"):
            oden.bulk_update_intervals(body)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_exosite_never_sends_a_non_finite_number_as_null(value: float) -> None:
    rid = "0123456789abcdef0123456789abcdef01234567"
    with CLIENTS["exosite"]() as one:
        with pytest.raises(InvalidArgumentError):
            one.write(rid, value)
        with pytest.raises(InvalidArgumentError, match=r"points\[1\]\[1\]"):
            one.write_points(rid, [[1, 1.0], [2, value]])
    assert SENT_MALFORMED == []


def test_exosite_write_points_refuses_what_is_no_list_of_points() -> None:
    with CLIENTS["exosite"]() as one, pytest.raises(InvalidArgumentError, match="points"):
        one.write_points("0123456789abcdef0123456789abcdef01234567", None)  # type: ignore[arg-type]


def test_a_lone_surrogate_or_a_huge_string_is_refused_before_sending() -> None:
    with CLIENTS["iotile"]() as cloud:
        with pytest.raises(InvalidArgumentError, match="slug"):
            cloud.get_device("d--" + "1" * 100_000)
        with pytest.raises(InvalidArgumentError, match="surrogate"):
            cloud.get_device("d--\ud800")
    with CLIENTS["oden"]() as oden, pytest.raises(InvalidArgumentError, match="surrogate"):
        oden.set_product({"name": "Widget \ud800"})


def test_iotticket_times_and_units_of_the_wrong_kind_are_refused() -> None:
    import pandas as pd

    with CLIENTS["iotticket"]() as ticket:
        data = pd.DataFrame({"timestamp": [10**30], "pressure": [1.0]})
        with pytest.raises(InvalidArgumentError, match="timestamp"):
            ticket.write_telemetry(data, "dev", "dev", "pw")
        data = pd.DataFrame({"timestamp": [0], "pressure": [1.0]})
        with pytest.raises(InvalidArgumentError, match="units"):
            ticket.write_telemetry(data, "dev", "dev", "pw", units=0)  # type: ignore[arg-type]
