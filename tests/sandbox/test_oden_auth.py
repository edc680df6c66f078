"""Authentication comes first: 401 for a missing or wrong key, 403 for writes with a read-only key."""

from __future__ import annotations

import pytest
from sandbox_support import LINE_01

WRITES = [
    ("/v2/product/set", {"name": "New Product"}),
    ("/v2/product/delete", {"name": "Example Product"}),
    ("/v2/product_mapping/set", {"product": {"name": "Example Product"}, "line": LINE_01}),
    ("/v2/interval/set", {"type": {"name": "RUN"}, "line": LINE_01, "name": "r"}),
    ("/v2/intervals/set", {"type": {"name": "operator id"}, "line": LINE_01, "intervals": []}),
    ("/v2/intervals/delete", {"type": {"name": "operator id"}, "line": LINE_01}),
    ("/v2/interval_type/set", {"name": "new type"}),
    ("/v2/maintenance_work_order/delete", {"external_id": "WO-1042"}),
]


def test_missing_key_is_401(anonymous):
    response = anonymous.post("/v2/factory/search", json={"match": "all"})
    assert response.status_code == 401
    assert response.json()["retryable"] is False
    assert "Token" in response.json()["error"]


@pytest.mark.parametrize(
    "header", ["Token wrong-key", "Bearer oden-demo-key", "oden-demo-key", "Token", "Token Token"]
)
def test_wrong_key_or_scheme_is_401(anonymous, header):
    response = anonymous.post("/v2/factory/search", json={"match": "all"}, headers={"Authorization": header})
    assert response.status_code == 401
    assert set(response.json()) == {"error", "retryable"}


def test_key_is_never_echoed(anonymous):
    response = anonymous.post("/v2/factory/search", json={}, headers={"Authorization": "Token s3cr3t-guess"})
    assert response.status_code == 401
    assert "s3cr3t-guess" not in response.text


def test_auth_is_checked_before_validation(anonymous):
    response = anonymous.post("/v2/intervals/set", json={"intervals": "not a list"})
    assert response.status_code == 401


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_read_only_key_cannot_write(readonly_client, oden, path, body):
    response = readonly_client.post(path, json=body)
    assert response.status_code == 403
    assert response.json()["retryable"] is False
    # Nothing changed behind the refusal.
    assert readonly_client.post("/v2/product/search", json={"name": "New Product"}).json() == []


def test_read_only_key_can_search(readonly_client):
    assert readonly_client.post("/v2/factory/search", json={"match": "all"}).status_code == 200
    response = readonly_client.post("/v2/dashboard/execute", json={"dashboard": {"id": _dashboard_id()}})
    assert response.status_code == 200
    assert readonly_client.post("/v2/oql/query", json={"query": "q"}).status_code == 200


def test_custom_api_key():
    import httpx

    from iotclients_sandbox import Sandbox

    with Sandbox("oden", api_key="my-key", validate_responses=True) as sandbox:
        url = sandbox.url + "/v2/factory/search"
        assert httpx.post(url, json={}, headers={"Authorization": "Token oden-demo-key"}).status_code == 401
        ok = httpx.post(url, json={"match": "all"}, headers={"Authorization": "Token my-key"})
        assert ok.status_code == 200
        assert sandbox.credentials["api_key"] == "my-key"


def _dashboard_id() -> str:
    from iotclients_sandbox.oden.seed import DASHBOARD_ID

    return DASHBOARD_ID
