"""Every result the sandbox gives validates against the method's result schema in the spec."""

from __future__ import annotations

from typing import Any

from exosite_testkit import METHODS, SPEC
from jsonschema import Draft202012Validator
from sandbox_calls import PORT, SELF, dataport, result

from iotclients_sandbox import Sandbox


def validator(method: str) -> Draft202012Validator:
    return Draft202012Validator({**METHODS[method]["result"]["schema"], "components": SPEC["components"]})


def test_results_match_their_schemas(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "checked")
    result(sandbox, "recordbatch", rid, [[100, 1], [200, 2]])
    device = result(sandbox, "lookup", SELF, "alias", "device")
    code = result(sandbox, "share", rid, {})
    produced: dict[str, Any] = {
        "read": result(sandbox, "read", rid, {"limit": 5}),
        "create_client": result(sandbox, "create", SELF, "client", {}),
        "create_dataport": result(sandbox, "create", "dataport", PORT),
        "create_datarule": result(
            sandbox,
            "create",
            "datarule",
            {**PORT, "rule": {"simple": {"comparison": "gt", "constant": 1, "repeat": True}}},
        ),
        "create_dispatch": result(
            sandbox,
            "create",
            "dispatch",
            {"method": "email", "recipient": "ops@example.com", "retention": PORT["retention"]},
        ),
        "create_clone": result(sandbox, "create", "clone", {"rid": device}),
        "info": result(sandbox, "info", device, {}),
        "listing": result(sandbox, "listing", SELF, ["client", "dataport", "datarule", "dispatch"], {}),
        "usage": result(sandbox, "usage", SELF, "dataport", 0, 100),
        "lookup": device,
        "share": code,
        "grant": result(sandbox, "grant", rid, {rid: ["read"]}, {"ttl": 60}),
    }
    for method, value in produced.items():
        problems = [e.message for e in validator(method).iter_errors(value)]
        assert not problems, (method, value, problems)
    info_of_dataport = result(sandbox, "info", rid, {})
    assert not list(validator("info").iter_errors(info_of_dataport))
    assert set(produced) | {"wait"} >= {
        m for m in METHODS if METHODS[m]["result"]["schema"].get("type") != "null"
    }


def test_a_result_off_the_spec_is_recorded_as_a_violation(monkeypatch: Any) -> None:
    import httpx

    from iotclients_sandbox.exosite import DEMO_CIK, create_app
    from iotclients_sandbox.exosite import backend as backend_module

    monkeypatch.setitem(backend_module._PROCEDURES, "lookup", lambda tree, caller, args: "not-a-rid")
    app = create_app(validate_responses=True)
    transport = httpx.ASGITransport(app)

    async def call() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
            body = {
                "auth": {"cik": DEMO_CIK},
                "calls": [{"id": 1, "procedure": "lookup", "arguments": ["alias", ""]}],
            }
            assert (await http.post("/onep:v1/rpc/process", json=body)).status_code == 200

    import asyncio

    asyncio.run(call())
    (violation,) = app.violations.items
    assert violation.operation == "lookup"
    assert "result" in str(violation)
