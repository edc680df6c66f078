"""A spec that grows before its sandbox: the new operation is listed as unimplemented (at start
and at ``GET /_sandbox/coverage``) and answers the vendor's not-implemented form naming it.

Each test adds an operation to a copy of a real spec and starts that vendor's sandbox on it
over loopback HTTP.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from iotclients_sandbox import Sandbox, load_spec
from iotclients_sandbox import cli as sandbox_cli
from iotclients_sandbox.exosite import DEMO_CIK
from iotclients_sandbox.exosite import create_app as exosite_app
from iotclients_sandbox.iotile import create_app as iotile_app
from iotclients_sandbox.iotticket import create_app as iotticket_app
from iotclients_sandbox.oden import create_app as oden_app


def grown_spec(tmp_path: Path, name: str, path: str, method: str, new_path: str, new_id: str) -> Path:
    """A copy of spec ``name`` with the operation at ``method path`` repeated at ``new_path``."""
    spec: dict[str, Any] = copy.deepcopy(dict(load_spec(name)))
    operation = {**copy.deepcopy(spec["paths"][path][method]), "operationId": new_id}
    spec["paths"][new_path] = {method: operation}
    target = tmp_path / name
    target.write_text(json.dumps(spec), encoding="utf-8")
    return target


@pytest.fixture
def serve() -> Iterator[Callable[[Any], Sandbox]]:
    started: list[Sandbox] = []

    def start(app: Any) -> Sandbox:
        sandbox = Sandbox(app, shutdown_timeout=3.0).start()
        started.append(sandbox)
        return sandbox

    yield start
    for sandbox in started:
        sandbox.stop()


def coverage_of(sandbox: Sandbox) -> dict[str, Any]:
    reply = httpx.get(sandbox.url + "/_sandbox/coverage", timeout=10)
    assert reply.status_code == 200
    return dict(reply.json())


@pytest.mark.parametrize(
    ("vendor", "create", "spec", "path", "method", "extra_path"),
    [
        ("oden", oden_app, "oden.openapi.yaml", "/v2/line/search", "post", "/v2/line/search_by_tag"),
        (
            "iotticket",
            iotticket_app,
            "iotticket.openapi.yaml",
            "/api/v1/organizations",
            "get",
            "/api/v1/regions",
        ),
        (
            "iotile",
            iotile_app,
            "iotile.openapi.yaml",
            "/api/v1/auth/logout/",
            "post",
            "/api/v1/auth/sessions/",
        ),
    ],
)
def test_new_openapi_operation_is_listed_and_answers_501(
    tmp_path: Path,
    serve: Callable[[Any], Sandbox],
    vendor: str,
    create: Callable[..., Any],
    spec: str,
    path: str,
    method: str,
    extra_path: str,
) -> None:
    grown = grown_spec(tmp_path, spec, path, method, extra_path, "brand_new_operation")
    app = create(spec=grown)
    assert app.coverage.unimplemented == ("brand_new_operation",)
    sandbox = serve(app)
    listed = coverage_of(sandbox)
    assert listed["vendor"] == vendor
    assert listed["unimplemented"] == ["brand_new_operation"]
    assert listed["operations"] == len(listed["implemented"]) + 1
    reply = httpx.request(method.upper(), sandbox.url + extra_path, json={}, timeout=10)
    assert reply.status_code == 501
    body = reply.json()
    message = {"oden": "error", "iotticket": "message", "iotile": "detail"}[vendor]
    assert "brand_new_operation" in body[message]
    if vendor == "oden":
        assert body["retryable"] is False  # Oden's declared GenericError, all fields present
    assert sandbox.journal.count("brand_new_operation") == 1


def test_exosite_unimplemented_procedure_fails_alone_in_its_batch(
    tmp_path: Path, serve: Callable[[Any], Sandbox]
) -> None:
    spec: dict[str, Any] = copy.deepcopy(dict(load_spec("exosite.openrpc.yaml")))
    template = next(m for m in spec["methods"] if m["name"] == "info")
    spec["methods"].append({**copy.deepcopy(template), "name": "readlatest"})
    grown = tmp_path / "exosite.openrpc.yaml"
    grown.write_text(json.dumps(spec), encoding="utf-8")
    app = exosite_app(spec=grown)
    assert app.coverage.unimplemented == ("readlatest",)
    sandbox = serve(app)
    assert coverage_of(sandbox)["unimplemented"] == ["readlatest"]
    self_alias = {"alias": ""}
    calls = [
        {"id": 1, "procedure": "info", "arguments": [self_alias, {"basic": True}]},
        {"id": 2, "procedure": "readlatest", "arguments": [self_alias, {"basic": True}]},
        {"id": 3, "procedure": "nosuchprocedure", "arguments": []},
        {"id": 4, "procedure": "info", "arguments": [self_alias, {"basic": True}]},
    ]
    reply = httpx.post(
        sandbox.url + "/onep:v1/rpc/process", json={"auth": {"cik": DEMO_CIK}, "calls": calls}, timeout=10
    )
    assert reply.status_code == 200
    entries = {entry["id"]: entry for entry in reply.json()}
    assert entries[1]["status"] == entries[4]["status"] == "ok"
    assert entries[2]["status"] == "fail"
    assert entries[2]["error"]["code"] == 501
    assert "readlatest" in entries[2]["error"]["message"]
    assert entries[3]["status"] == "fail"
    assert entries[3]["error"]["context"] == "procedure"


def test_exosite_unimplemented_provisioning_operation_answers_501(
    tmp_path: Path, serve: Callable[[Any], Sandbox]
) -> None:
    name = "exosite-provision.openapi.yaml"
    grown = grown_spec(
        tmp_path, name, "/provision/download", "get", "/provision/download/latest", "download_latest"
    )
    app = exosite_app(provision_spec=grown)
    assert app.coverage.unimplemented == ("download_latest",)
    sandbox = serve(app)
    assert coverage_of(sandbox)["unimplemented"] == ["download_latest"]
    reply = httpx.get(sandbox.url + "/provision/download/latest", timeout=10)
    assert reply.status_code == 501
    assert reply.headers["content-type"].startswith("text/plain")
    assert "download_latest" in reply.text


@pytest.mark.parametrize("vendor", ["oden", "iotticket", "iotile", "exosite"])
def test_start_banner_states_coverage(monkeypatch: pytest.MonkeyPatch, vendor: str) -> None:
    def ready_at_once(app: Any, *, on_ready: Callable[[str], None], **_options: Any) -> None:
        on_ready("http://127.0.0.1:8")

    monkeypatch.setattr(sandbox_cli, "serve_forever", ready_at_once)
    out = io.StringIO()
    assert sandbox_cli.run(["--vendor", vendor, "--port", "0"], stdout=out) == 0
    line = next(line for line in out.getvalue().splitlines() if "coverage:" in line)
    assert "spec operations implemented" in line
    assert "http://127.0.0.1:8/_sandbox/coverage" in line
