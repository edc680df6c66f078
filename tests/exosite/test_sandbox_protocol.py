"""The sandbox's wire protocol: envelope, request-level errors, ids, auth forms, the pyonep
argument orders, and the connection closed after 100 requests."""

from __future__ import annotations

import httpx
import pytest
from sandbox_calls import PORT, SELF, dataport, post, result, rpc, status

from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK


def test_request_level_errors_use_the_documented_codes_and_contexts(sandbox: Sandbox) -> None:
    url = sandbox.url + "/onep:v1/rpc/process"
    assert httpx.post(url, content=b"{nope").json() == {
        "error": {"code": -1, "message": "body is not valid JSON", "context": "calls"}
    }
    assert post(sandbox, {"auth": {"cik": "0" * 40}, "calls": []}).json()["error"] == {
        "code": 401,
        "message": "Invalid",
        "context": "auth",
    }
    assert post(sandbox, {"auth": {"cik": DEMO_CIK}, "calls": {}}).json()["error"]["context"] == "calls"
    body = {"auth": {"cik": DEMO_CIK}, "calls": [{"id": 1, "arguments": []}]}
    assert post(sandbox, body).json()["error"]["context"] == "procedure"
    body = {"auth": {"cik": DEMO_CIK}, "calls": [{"id": 1, "procedure": "read"}]}
    assert post(sandbox, body).json()["error"]["context"] == "arguments"


def test_calls_without_ids_run_but_get_no_reply(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "silent")
    calls = [{"procedure": "write", "arguments": [rid, 5]}]
    response = post(sandbox, {"auth": {"cik": DEMO_CIK}, "calls": calls})
    assert response.status_code == 200
    assert response.content == b""
    assert result(sandbox, "read", rid, {})[0][1] == 5
    calls.append({"id": "last", "procedure": "read", "arguments": [rid, {}]})
    reply = post(sandbox, {"auth": {"cik": DEMO_CIK}, "calls": calls}).json()
    assert [entry["id"] for entry in reply] == ["last"]


def test_every_call_runs_even_when_one_fails(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "mixed")
    calls = [
        {"id": 1, "procedure": "write", "arguments": [{"alias": "missing"}, 1]},
        {"id": 2, "procedure": "write", "arguments": [rid, 2]},
        {"id": 3, "procedure": "nosuch", "arguments": []},
    ]
    reply = {e["id"]: e for e in post(sandbox, {"auth": {"cik": DEMO_CIK}, "calls": calls}).json()}
    assert reply[1]["status"] == "invalid"
    assert reply[2] == {"id": 2, "status": "ok"}
    assert reply[3]["status"] == "fail"
    assert reply[3]["error"]["code"] == 501


def test_arguments_off_the_spec_are_invalid_naming_the_argument(sandbox: Sandbox) -> None:
    entry = rpc(sandbox, "read", SELF, {"limit": -1})
    assert entry["status"] == "invalid"
    assert "options" in entry["error"]["message"]
    assert rpc(sandbox, "read", "NOTARID", {})["status"] == "invalid"
    assert rpc(sandbox, "read", SELF, {}, {}, {})["status"] == "invalid"


@pytest.mark.parametrize(
    ("procedure", "deprecated", "documented"),
    [
        ("lookup", ["alias", "device"], [SELF, "alias", "device"]),
        ("listing", [["client", "dataport"], {}], [SELF, ["client", "dataport"], {}]),
    ],
)
def test_pyonep_argument_orders_answer_like_the_documented_ones(
    sandbox: Sandbox, procedure: str, deprecated: list[object], documented: list[object]
) -> None:
    assert result(sandbox, procedure, *deprecated) == result(sandbox, procedure, *documented)


def test_pyonep_write_with_an_extra_options_object(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "w")
    assert status(sandbox, "write", rid, 7, {}) == "ok"
    assert result(sandbox, "read", rid, {})[0][1] == 7


def test_pyonep_listing_with_one_argument_answers_a_list_per_type(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "listed")
    clients, ports = result(sandbox, "listing", ["client", "dataport"])
    assert rid in ports
    assert clients == result(sandbox, "listing", SELF, ["client"], {})["client"]
    assert rpc(sandbox, "listing", ["gizmo"])["status"] == "error"


def test_pyonep_create_client_and_unmap_activate_forms(sandbox: Sandbox) -> None:
    child = result(sandbox, "create", "client", {"limits": {"dataport": "inherit"}})
    assert result(sandbox, "create", SELF, "client", {}) != child
    assert status(sandbox, "map", "alias", child, "kid") == "ok"
    assert status(sandbox, "unmap", "alias", "kid") == "ok"
    assert status(sandbox, "unmap", "alias", "kid") == "invalid"
    cik = result(sandbox, "info", child, {"key": True})["key"]
    assert status(sandbox, "revoke", "client", cik) == "ok"
    new_cik = result(sandbox, "info", child, {"key": True})["key"]
    assert new_cik != cik
    assert post(sandbox, {"auth": {"cik": new_cik}, "calls": []}).json()["error"]["code"] == 401
    assert status(sandbox, "activate", "client", new_cik) == "ok"
    assert (
        result(sandbox, "info", SELF, {"basic": True}, auth={"cik": new_cik})["basic"]["status"]
        == "activated"
    )
    assert status(sandbox, "deactivate", "client", new_cik) == "ok"


def test_auth_as_a_descendant_client_or_a_resource_owner(sandbox: Sandbox) -> None:
    device = result(sandbox, "lookup", SELF, "alias", "device")
    temperature = result(
        sandbox, "lookup", SELF, "alias", "temperature", auth={"cik": DEMO_CIK, "client_id": device}
    )
    assert (
        result(sandbox, "lookup", SELF, "alias", "", auth={"cik": DEMO_CIK, "resource_id": temperature})
        == device
    )
    stranger = {"cik": DEMO_CIK, "client_id": "f" * 40}
    assert post(sandbox, {"auth": stranger, "calls": []}).json()["error"]["context"] == "auth"


def test_grant_tokens_allow_only_their_procedures(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "granted", {**PORT, "format": "string"})
    token = result(sandbox, "grant", rid, {rid: ["read", "write"]}, {"ttl": 1000})
    assert len(token) == 40
    auth = {"token": token}
    assert status(sandbox, "write", rid, "你好", auth=auth) == "ok"
    assert result(sandbox, "read", rid, {"limit": 1}, auth=auth)[0][1] == "你好"
    assert status(sandbox, "drop", rid, auth=auth) == "restricted"
    assert status(sandbox, "read", {"alias": "device"}, {}, auth=auth) == "restricted"


def test_a_locked_client_answers_locked_to_everything(sandbox: Sandbox) -> None:
    child = result(sandbox, "create", SELF, "client", {"locked": True})
    cik = result(sandbox, "info", child, {"key": True})["key"]
    assert status(sandbox, "info", SELF, {}, auth={"cik": cik}) == "locked"


def test_the_connection_is_closed_after_100_requests(sandbox: Sandbox) -> None:
    # One keep-alive connection: the 100th response says Connection: close, the 101st opens anew.
    with httpx.Client(base_url=sandbox.url) as http:
        body = {
            "auth": {"cik": DEMO_CIK},
            "calls": [{"id": 1, "procedure": "lookup", "arguments": ["alias", ""]}],
        }
        headers = [http.post("/onep:v1/rpc/process", json=body).headers.get("connection") for _ in range(201)]
    assert [i + 1 for i, h in enumerate(headers) if h == "close"] == [100, 200]
