"""schemathesis against the OpenAPI sandboxes, on loopback, with fixed seeds and bounded examples.

Each operation of a vendor's spec gets ``examples`` requests drawn from its schemas (valid ones)
and as many drawn to break them (negative mode), sent with the demo credentials to a fresh
sandbox over 127.0.0.1. Every response is held to three rules: no 5xx, a status the spec
declares for the operation, and a body (and Content-Type) that matches the declared schema.
After each operation, every listing (a GET without path parameters) is read once more: what the
operation stored, or was refused, must not leave a read answering 5xx.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.failures import FailureGroup

from iotclients_sandbox import Sandbox
from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.specs import load_spec

__all__ = ["VENDORS", "FuzzReport", "Target", "fuzz_vendor"]

CHECKS: Final = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]
SEED: Final = 20_260_101


@dataclass
class FuzzReport:
    """What one vendor's run sent and what broke the rules (rule + operation -> count, one sample)."""

    vendor: str
    requests: int = 0
    server_errors: int = 0
    problems: Counter[tuple[str, str]] = field(default_factory=Counter)
    samples: dict[tuple[str, str], str] = field(default_factory=dict)
    unsatisfiable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, operation: str, failure: BaseException) -> None:
        for title, detail in _failures(failure):
            key = (title, operation)
            self.problems[key] += 1
            self.samples.setdefault(key, detail)
            if title.startswith("Server error"):
                self.server_errors += 1

    def render(self) -> str:
        lines = [f"{self.vendor}: {self.requests} requests, {self.server_errors} server errors"]
        for (title, operation), count in sorted(self.problems.items()):
            lines.append(f"  {count:4d} x {title} in {operation}")
            lines.append("         " + self.samples[(title, operation)].replace("\n", "\n         ")[:800])
        return "\n".join(lines)


@dataclass(frozen=True)
class Target:
    """One OpenAPI sandbox: its spec, a fresh app, and the headers its demo user sends."""

    vendor: str
    spec: str
    app: Callable[[], SandboxApp]
    credentials: Callable[[httpx.Client], Callable[[str], dict[str, str]]]
    """Given a client of the running sandbox: the headers for a request to a path."""


def fuzz_vendor(
    target: Target,
    *,
    examples: int,
    operations: Iterable[str] | None = None,
    modes: Iterable[GenerationMode] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
) -> FuzzReport:
    """Run ``examples`` cases per operation and mode (only ``operations``, by id, when given)."""
    schema = schemathesis.openapi.from_dict(dict(load_spec(target.spec)))
    wanted = None if operations is None else set(operations)
    report = FuzzReport(target.vendor)
    app = target.app()
    with (
        Sandbox(app, shutdown_timeout=3.0) as sandbox,
        httpx.Client(base_url=sandbox.url, timeout=30) as http,
    ):
        operations_found = [result.ok() for result in schema.get_all_operations()]
        listings = _listings(operations_found)
        for operation in operations_found:
            operation_id = str(operation.definition.raw.get("operationId", operation.label))
            if wanted is not None and operation_id not in wanted:
                continue
            for mode in modes:
                # Each operation starts from the seed data, so one that deletes cannot starve the next.
                sandbox.reset()
                headers_for = target.credentials(http)
                _run_operation(operation, operation_id, mode, examples, sandbox.url, headers_for, report)
                _probe_listings(http, listings, headers_for, operation_id, report)
    return report


def _run_operation(
    operation: Any,
    operation_id: str,
    mode: GenerationMode,
    examples: int,
    base_url: str,
    headers_for: Callable[[str], dict[str, str]],
    report: FuzzReport,
) -> None:
    @seed(SEED)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case: Any) -> None:
        report.requests += 1
        response = case.call(base_url=base_url, headers=headers_for(case.formatted_path), timeout=30)
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as failures:  # everything the checks found in this response
            report.add(operation_id, failures)

    try:
        send()
    except Unsatisfiable:
        # No request of this mode exists (e.g. nothing in the operation can be made invalid).
        report.unsatisfiable.append(f"{operation_id} ({mode.value})")


def _listings(operations: list[Any]) -> list[str]:
    """Paths of the GET operations that take no path parameter: what every client reads first."""
    return sorted(
        str(operation.path)
        for operation in operations
        if operation.method.upper() == "GET" and "{" not in str(operation.path)
    )


def _probe_listings(
    http: httpx.Client,
    paths: list[str],
    headers_for: Callable[[str], dict[str, str]],
    operation_id: str,
    report: FuzzReport,
) -> None:
    """Whatever the fuzzed operation stored must not break a later read: a refused request stores
    nothing, and what was accepted can be served back."""
    for path in paths:
        report.requests += 1
        response = http.get(path, headers=headers_for(path))
        if response.status_code >= 500:
            report.server_errors += 1
            key = (f"Server error on GET {path} afterwards", operation_id)
            report.problems[key] += 1
            report.samples.setdefault(key, response.text[:300])


def _failures(failure: BaseException) -> Iterator[tuple[str, str]]:
    inner = getattr(failure, "exceptions", None)
    if inner:
        for item in inner:
            yield from _failures(item)
        return
    title = str(getattr(failure, "title", type(failure).__name__))
    yield title, str(getattr(failure, "message", failure))


# -- the vendors ---------------------------------------------------------------------------------


def _oden() -> Target:
    from iotclients_sandbox.oden import DEMO_API_KEY, create_app

    def credentials(_http: httpx.Client) -> Callable[[str], dict[str, str]]:
        return lambda _path: {"Authorization": f"Token {DEMO_API_KEY}"}

    return Target("oden", "oden.openapi.yaml", lambda: create_app(), credentials)


def _iotile() -> Target:
    from iotclients_sandbox.iotile import DEMO_EMAIL, DEMO_PASSWORD, create_app

    def credentials(http: httpx.Client) -> Callable[[str], dict[str, str]]:
        login = http.post("/api/v1/auth/login/", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        login.raise_for_status()
        headers = {"Authorization": f"JWT {login.json()['jwt']}"}
        return lambda _path: headers

    return Target("iotile", "iotile.openapi.yaml", lambda: create_app(), credentials)


def _iotticket() -> Target:
    from iotclients_sandbox.iotticket import (
        DEMO_CLIENT_ID,
        DEMO_CLIENT_SECRET,
        DEMO_DEVICES,
        DEMO_ORG,
        create_app,
    )

    device, password = next(iter(DEMO_DEVICES.items()))
    basic = base64.b64encode(f"{device}@{DEMO_ORG}:{password}".encode()).decode()

    def credentials(http: httpx.Client) -> Callable[[str], dict[str, str]]:
        form = {
            "grant_type": "client_credentials",
            "client_id": DEMO_CLIENT_ID,
            "client_secret": DEMO_CLIENT_SECRET,
        }
        token = http.post("/oauth2/token", data=form)
        token.raise_for_status()
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}

        def headers_for(path: str) -> dict[str, str]:
            if path.startswith("/http-adapter/"):
                return {"Authorization": f"Basic {basic}"}
            return {} if path.startswith("/oauth2/") else bearer

        return headers_for

    return Target("iotticket", "iotticket.openapi.yaml", lambda: create_app(), credentials)


def _exosite_provision() -> Target:
    from iotclients_sandbox.exosite import DEMO_CIK, create_app

    def credentials(_http: httpx.Client) -> Callable[[str], dict[str, str]]:
        return lambda _path: {"X-Exosite-CIK": DEMO_CIK}

    return Target("exosite-provision", "exosite-provision.openapi.yaml", lambda: create_app(), credentials)


VENDORS: Final[dict[str, Callable[[], Target]]] = {
    "oden": _oden,
    "iotile": _iotile,
    "iotticket": _iotticket,
    "exosite-provision": _exosite_provision,
}
