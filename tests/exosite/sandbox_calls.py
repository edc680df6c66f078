"""Raw JSON-RPC against the sandbox: what any client (pyonep included) would put on the wire."""

from __future__ import annotations

from typing import Any

import httpx

from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK

PORT = {"format": "integer", "retention": {"count": "infinity", "duration": "infinity"}}
SELF = {"alias": ""}


def post(sandbox: Sandbox, body: Any) -> httpx.Response:
    return httpx.post(sandbox.url + "/onep:v1/rpc/process", json=body, timeout=30)


def rpc(sandbox: Sandbox, procedure: str, *arguments: Any, auth: Any = None) -> dict[str, Any]:
    """One call's reply entry."""
    body = {
        "auth": auth or {"cik": DEMO_CIK},
        "calls": [{"id": 1, "procedure": procedure, "arguments": list(arguments)}],
    }
    reply = post(sandbox, body).json()
    assert isinstance(reply, list), reply
    (entry,) = reply
    return dict(entry)


def result(sandbox: Sandbox, procedure: str, *arguments: Any, auth: Any = None) -> Any:
    entry = rpc(sandbox, procedure, *arguments, auth=auth)
    assert entry["status"] == "ok", entry
    return entry.get("result")


def status(sandbox: Sandbox, procedure: str, *arguments: Any, auth: Any = None) -> Any:
    return rpc(sandbox, procedure, *arguments, auth=auth)["status"]


def dataport(sandbox: Sandbox, alias: str, desc: dict[str, Any] | None = None) -> str:
    rid = result(sandbox, "create", "dataport", desc or PORT)
    assert result(sandbox, "map", "alias", rid, alias) is None
    return str(rid)
