"""The One Platform sandbox where pyonep's documented call forms expect it: shares and public
resources reach other clients, grants cover subtrees, and the description, info and share forms
pyonep and its tests send are accepted."""

from __future__ import annotations

from sandbox_calls import PORT, SELF, dataport, post, result, status

from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK


def _device(sandbox: Sandbox) -> tuple[str, dict[str, str]]:
    device = str(result(sandbox, "lookup", SELF, "alias", "device"))
    return device, {"cik": str(result(sandbox, "info", device, {"key": True})["key"])}


def test_an_activated_share_gives_the_activator_the_resource(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "shared")
    assert result(sandbox, "write", rid, 7) is None
    code = result(sandbox, "share", rid, {"meta": "for the device"})
    _, as_device = _device(sandbox)
    assert status(sandbox, "read", rid, {}, auth=as_device) == "restricted"  # not yet activated
    assert status(sandbox, "activate", SELF, "share", code, auth=as_device) == "ok"
    assert [point[1] for point in result(sandbox, "read", rid, {}, auth=as_device)] == [7]
    assert result(sandbox, "info", rid, {"basic": True}, auth=as_device)["basic"]["type"] == "dataport"
    assert result(sandbox, "map", "alias", rid, "from-root", auth=as_device) is None
    assert [p[1] for p in result(sandbox, "read", {"alias": "from-root"}, {}, auth=as_device)] == [7]
    # Sharing is for reading: the activator still may not write or drop it.
    assert status(sandbox, "write", rid, 8, auth=as_device) == "restricted"
    assert status(sandbox, "drop", rid, auth=as_device) == "restricted"
    assert status(sandbox, "revoke", "share", code) == "ok"
    assert status(sandbox, "read", rid, {}, auth=as_device) == "restricted"  # no longer accessible


def test_a_public_resource_is_readable_by_any_client(sandbox: Sandbox) -> None:
    public = result(sandbox, "create", "dataport", {**PORT, "public": True})
    private = result(sandbox, "create", "dataport", PORT)
    for rid in (public, private):
        assert result(sandbox, "write", rid, 3) is None
    _, as_device = _device(sandbox)
    assert [point[1] for point in result(sandbox, "read", public, {}, auth=as_device)] == [3]
    assert result(sandbox, "info", public, {"description": True}, auth=as_device)["description"]["public"]
    assert status(sandbox, "read", private, {}, auth=as_device) == "restricted"
    assert status(sandbox, "write", public, 4, auth=as_device) == "restricted"


def test_a_grant_on_a_client_covers_its_subtree(sandbox: Sandbox) -> None:
    device, as_device = _device(sandbox)
    port = result(sandbox, "create", "dataport", PORT, auth=as_device)
    token = result(sandbox, "grant", device, {device: ["read", "write"]})
    assert len(token) == 40
    assert result(sandbox, "write", port, 5, auth={"token": token}) is None
    assert [point[1] for point in result(sandbox, "read", port, {}, auth={"token": token})] == [5]
    assert status(sandbox, "drop", port, auth={"token": token}) == "restricted"  # not granted


def test_a_dataport_description_may_carry_limits(sandbox: Sandbox) -> None:
    rid = result(sandbox, "create", "dataport", {**PORT, "limits": {}, "name": "with limits"})
    assert len(rid) == 40
    assert result(sandbox, "info", rid, {"basic": True})["basic"]["type"] == "dataport"


def test_info_accepts_the_deprecated_comments_option(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "commented")
    answer = result(sandbox, "info", rid, {"comments": True, "basic": True})
    assert answer["comments"] == []
    assert answer["basic"]["type"] == "dataport"
    assert "comments" not in result(sandbox, "info", rid, {})


def test_share_with_an_existing_code_updates_its_meta(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "shared")
    code = result(sandbox, "share", rid, {"meta": "first"})
    assert result(sandbox, "share", rid, {"meta": "second", "code": code}) == code
    assert [s["meta"] for s in result(sandbox, "info", rid, {"shares": True})["shares"]] == ["second"]
    other = dataport(sandbox, "other")
    assert status(sandbox, "share", other, {"meta": "x", "code": code}) == "invalid"  # another resource
    _, as_device = _device(sandbox)
    assert status(sandbox, "share", rid, {"meta": "x", "code": code}, auth=as_device) == "restricted"


def test_tag_and_comment_fail_per_call_and_the_rest_of_the_request_runs(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "tagged")
    body = {
        "auth": {"cik": DEMO_CIK},
        "calls": [
            {"id": 1, "procedure": "tag", "arguments": [rid, "add", "t"]},
            {"id": 2, "procedure": "comment", "arguments": [rid, "public", "hello"]},
            {"id": 3, "procedure": "info", "arguments": [rid, {"basic": True}]},
        ],
    }
    reply = post(sandbox, body)
    assert reply.status_code == 200
    entries = {entry["id"]: entry for entry in reply.json()}
    for call_id in (1, 2):
        assert entries[call_id]["status"] == "fail"
        assert entries[call_id]["error"]["context"] == "procedure"
    assert entries[3]["status"] == "ok"


def test_one_deferred_pyonep_batch_reaches_shared_and_public_resources(sandbox: Sandbox) -> None:
    # pyonep's deferred mode sends every queued call in one request, in its own argument orders.
    shared = dataport(sandbox, "shared")
    public = result(sandbox, "create", "dataport", {**PORT, "public": True, "limits": {}})
    for rid, value in ((shared, 1), (public, 2)):
        assert result(sandbox, "write", rid, value, {}) is None
    code = result(sandbox, "share", shared, {"meta": "batch"})
    _, as_device = _device(sandbox)
    calls = [
        ("activate", ["share", code]),
        ("read", [shared, {"limit": 1}]),
        ("read", [public, {"limit": 1}]),
        ("map", ["alias", shared, "mine"]),
        ("info", [{"alias": "mine"}, {"basic": True, "comments": True}]),
        ("listing", [["dataport"]]),
    ]
    body = {
        "auth": as_device,
        "calls": [{"id": i, "procedure": p, "arguments": a} for i, (p, a) in enumerate(calls)],
    }
    reply = post(sandbox, body)
    assert reply.status_code == 200
    entries = {entry["id"]: entry for entry in reply.json()}
    assert [entries[i]["status"] for i in range(len(calls))] == ["ok"] * len(calls), entries
    assert entries[1]["result"][0][1] == 1 and entries[2]["result"][0][1] == 2
    assert entries[4]["result"]["comments"] == [] and entries[4]["result"]["basic"]["type"] == "dataport"
    # Reaching a resource does not make it the device's own.
    [owned] = entries[5]["result"]
    assert shared not in owned and public not in owned
