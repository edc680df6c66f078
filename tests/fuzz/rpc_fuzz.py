"""The One Platform's JSON-RPC endpoint, fuzzed with hypothesis: envelopes of calls to every
procedure of the OpenRPC spec, with arguments mixed from the demo tree's resources, option
objects and arbitrary JSON (lone surrogates, deep nesting and huge numbers included).

The rules are those of the OpenAPI fuzz: no 5xx, and every reply has the envelope's shape — a
list of ``{id, status, result?}`` with exactly one entry per call that had an id, or a request
error ``{"error": {code, message, context}}`` — with results checked against the spec by the
sandbox itself (its response checks are on).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK, create_app
from iotclients_sandbox.exosite.seed import DEVICE_CIK
from iotclients_sandbox.specs import load_spec

__all__ = ["RpcReport", "fuzz_rpc"]

SEED: Final = 20_260_102
RPC_PATH: Final = "/onep:v1/rpc/process"
_OPTION_KEYS: Final = ("limit", "starttime", "endtime", "sort", "selection", "alias", "recursive", "name")


@dataclass
class RpcReport:
    requests: int = 0
    server_errors: int = 0
    problems: Counter[str] = field(default_factory=Counter)
    samples: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str, sample: str) -> None:
        self.problems[problem] += 1
        self.samples.setdefault(problem, sample[:600])

    def render(self) -> str:
        lines = [f"exosite (JSON-RPC): {self.requests} requests, {self.server_errors} server errors"]
        for problem, count in sorted(self.problems.items()):
            lines.append(f"  {count:4d} x {problem}\n         {self.samples[problem]}")
        return "\n".join(lines)


def _procedures() -> list[str]:
    document = load_spec("exosite.openrpc.yaml")
    return sorted({str(m.get("x-iotclients-procedure", m["name"])) for m in document["methods"]})


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.sampled_from(["\ud800", "x" * 5000, "1", "temperature", "float", "infinity"]),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_OPTION_KEYS), inner, max_size=4)
        ),
        max_leaves=8,
    )


def _arguments() -> st.SearchStrategy[Any]:
    resources = st.sampled_from(
        [
            {"alias": "temperature"},
            {"alias": "count"},
            {"alias": "status"},
            {"alias": ""},
            {"alias": "device"},
        ]
    )
    options = st.dictionaries(st.sampled_from(_OPTION_KEYS), _json_values(), max_size=3)
    return st.one_of(resources, options, _json_values())


def _envelopes(procedures: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    call = st.fixed_dictionaries(
        {
            "procedure": st.sampled_from(procedures),
            "arguments": st.lists(_arguments(), max_size=4),
        },
        optional={"id": st.one_of(st.integers(0, 1000), st.text(max_size=45))},
    )
    auth = st.sampled_from([{"cik": DEMO_CIK}, {"cik": DEVICE_CIK}, {"cik": "0" * 40}, {}, {"cik": 5}])
    return st.fixed_dictionaries({"auth": auth, "calls": st.lists(call, min_size=0, max_size=4)})


def fuzz_rpc(*, examples: int) -> RpcReport:
    """Send ``examples`` drawn envelopes (plus a few raw bodies) to a fresh One Platform sandbox."""
    report = RpcReport()
    app = create_app(validate_responses=True)
    raw_bodies = [b"[" * 10_000 + b"]" * 10_000, b'{"auth": {"cik": "\\ud800"}, "calls": []}', b"{", b"[]"]
    with (
        Sandbox(app, shutdown_timeout=3.0) as sandbox,
        httpx.Client(base_url=sandbox.url, timeout=30) as http,
    ):
        for body in raw_bodies:
            _check(report, http, body)

        @seed(SEED)
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(envelope=_envelopes(_procedures()))
        def send(envelope: dict[str, Any]) -> None:
            _check(report, http, json.dumps(envelope).encode("utf-8", "surrogatepass"), envelope)

        send()
    for violation in app.violations.items:
        report.add(f"result off the spec: {violation.operation}", str(violation))
    return report


def _check(
    report: RpcReport, http: httpx.Client, body: bytes, envelope: dict[str, Any] | None = None
) -> None:
    report.requests += 1
    response = http.post(RPC_PATH, content=body, headers={"Content-Type": "application/json; charset=utf-8"})
    sample = f"{body[:300]!r} -> {response.status_code} {response.text[:200]}"
    if response.status_code >= 500:
        report.server_errors += 1
        report.add(f"server error {response.status_code}", sample)
        return
    if not response.content and envelope is not None and not any("id" in call for call in envelope["calls"]):
        return  # calls without ids are answered with an empty body
    try:
        reply = response.json()
    except ValueError:
        report.add("reply is not JSON", sample)
        return
    if isinstance(reply, dict):
        error = reply.get("error")
        if not (isinstance(error, dict) and {"code", "message"} <= set(error)):
            report.add("request error without code and message", sample)
        return
    if not isinstance(reply, list) or not all(
        isinstance(entry, dict) and "status" in entry for entry in reply
    ):
        report.add("reply is neither a list of call results nor a request error", sample)
        return
    if envelope is not None:
        sent = [call["id"] for call in envelope["calls"] if "id" in call]
        if sorted(map(str, sent)) != sorted(str(entry.get("id")) for entry in reply):
            report.add("reply ids do not match the calls that had ids", sample)
