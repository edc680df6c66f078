"""Requests a real server refuses must be refused by the sandboxes too, with the vendor's 4xx,
before anything is stored: no input, however odd, may leave a sandbox answering 500."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from iotclients_sandbox import Sandbox
from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.exosite import DEMO_CIK
from iotclients_sandbox.exosite import create_app as exosite_app
from iotclients_sandbox.faults import MAX_DELAY, Fault, FaultController
from iotclients_sandbox.iotile import DEMO_EMAIL, DEMO_PASSWORD
from iotclients_sandbox.iotile import create_app as iotile_app
from iotclients_sandbox.iotticket import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_DEVICES, DEMO_ORG
from iotclients_sandbox.iotticket import create_app as iotticket_app
from iotclients_sandbox.oden import DEMO_API_KEY
from iotclients_sandbox.oden import create_app as oden_app

JSON = {"Content-Type": "application/json"}
LONE_SURROGATE = b'{"name": "Widget \\ud800"}'
TOO_DEEP = b"[" * 10_000 + b"]" * 10_000


def _serve(app: SandboxApp) -> Iterator[httpx.Client]:
    """A loopback server for ``app`` and a client of it; no response may break the spec."""
    with (
        Sandbox(app, shutdown_timeout=3.0) as sandbox,
        httpx.Client(base_url=sandbox.url, timeout=10.0) as http,
    ):
        yield http
    assert not app.violations.items, "\n".join(str(violation) for violation in app.violations.items)


@pytest.fixture
def oden() -> Iterator[httpx.Client]:
    for http in _serve(oden_app(validate_responses=True)):
        http.headers["Authorization"] = f"Token {DEMO_API_KEY}"
        yield http


@pytest.fixture
def iotile() -> Iterator[httpx.Client]:
    for http in _serve(iotile_app(validate_responses=True)):
        login = http.post("/api/v1/auth/login/", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        http.headers["Authorization"] = f"JWT {login.json()['jwt']}"
        yield http


@pytest.fixture
def iotticket() -> Iterator[httpx.Client]:
    yield from _serve(iotticket_app(validate_responses=True))


@pytest.fixture
def exosite() -> Iterator[httpx.Client]:
    yield from _serve(exosite_app(validate_responses=True))


def _iotticket_token(http: httpx.Client) -> str:
    form = {
        "grant_type": "client_credentials",
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
    }
    token = http.post("/oauth2/token", data=form)
    assert token.status_code == 200, token.text
    return str(token.json()["access_token"])


def _first_stream(iotile: httpx.Client) -> str:
    streams = iotile.get("/api/v1/stream/")
    assert streams.status_code == 200, streams.text
    return str(streams.json()["results"][0]["slug"])


# -- a refused request changes nothing -----------------------------------------------------------


@pytest.mark.parametrize(
    "factors", [{"division_factor": 0}, {"multiplication_factor": 0}, {"division_factor": None}]
)
def test_a_refused_stream_patch_stores_nothing(iotile: httpx.Client, factors: dict[str, Any]) -> None:
    slug = _first_stream(iotile)
    before = iotile.get(f"/api/v1/stream/{slug}/").json()
    refused = iotile.patch(f"/api/v1/stream/{slug}/", json={"data_label": "changed", **factors})
    assert refused.status_code == 400, refused.text
    assert iotile.get(f"/api/v1/stream/{slug}/").json() == before
    for view in ("data", "csv"):
        assert iotile.get(f"/api/v1/stream/{slug}/{view}/").status_code == 200


def test_a_variable_with_a_zero_factor_is_refused(iotile: httpx.Client) -> None:
    variables = iotile.get("/api/v1/variable/").json()["results"]
    slug = variables[0]["slug"]
    assert iotile.patch(f"/api/v1/variable/{slug}/", json={"division_factor": 0}).status_code == 400
    assert (
        iotile.get(f"/api/v1/variable/{slug}/").json()["division_factor"] == variables[0]["division_factor"]
    )


# -- lone surrogates and over-deep JSON ----------------------------------------------------------


def test_a_lone_surrogate_is_refused_and_listings_keep_working(
    oden: httpx.Client, iotile: httpx.Client
) -> None:
    assert oden.post("/v2/product/set", content=LONE_SURROGATE, headers=JSON).status_code == 400
    assert oden.post("/v2/product/search", json={"match": "all"}).status_code == 200
    org = iotile.post("/api/v1/org/", content=LONE_SURROGATE, headers=JSON)
    assert org.status_code == 400, org.text
    assert iotile.get("/api/v1/org/").status_code == 200


def test_a_surrogate_as_a_key_is_refused(oden: httpx.Client) -> None:
    body = b'{"name": "Widget", "\\udfff": 1}'
    assert oden.post("/v2/product/set", content=body, headers=JSON).status_code == 400


@pytest.mark.parametrize("depth", [65, 10_000])
def test_over_deep_json_is_a_400_everywhere(
    oden: httpx.Client, iotile: httpx.Client, iotticket: httpx.Client, depth: int
) -> None:
    deep = b'{"name": ' + b"[" * depth + b"]" * depth + b"}"
    assert oden.post("/v2/product/set", content=deep, headers=JSON).status_code == 400
    assert iotile.post("/api/v1/org/", content=deep, headers=JSON).status_code == 400
    query = iotticket.post(
        f"/api/v1/organizations/{DEMO_ORG}/timeseries/query",
        content=deep,
        headers={**JSON, "Authorization": f"Bearer {_iotticket_token(iotticket)}"},
    )
    assert query.status_code == 400, query.text


@pytest.mark.parametrize("body", [TOO_DEEP, b'{"auth": {"cik": "\\ud800"}, "calls": []}'])
def test_exosite_answers_such_bodies_as_it_answers_bodies_that_are_not_json(
    exosite: httpx.Client, body: bytes
) -> None:
    not_json = exosite.post("/onep:v1/rpc/process", content=b"{not json", headers=JSON)
    refused = exosite.post("/onep:v1/rpc/process", content=body, headers=JSON)
    assert refused.status_code == not_json.status_code < 500
    assert refused.json() == not_json.json()


# -- credentials of any text ---------------------------------------------------------------------


def test_non_ascii_iotile_credentials_are_compared_not_crashed_on() -> None:
    for http in _serve(iotile_app(password="Pässwort-1")):
        wrong = http.post("/api/v1/auth/login/", json={"email": DEMO_EMAIL, "password": "Päss"})
        assert wrong.status_code == 401
        right = http.post("/api/v1/auth/login/", json={"email": DEMO_EMAIL, "password": "Pässwort-1"})
        assert right.status_code == 200, right.text
        jwt = http.post("/api/v1/auth/api-jwt-auth/", json={"username": "x", "password": "ä"})
        assert jwt.status_code == 400
        forged = http.get("/api/v1/account/", headers={"Authorization": "JWT a.b.s\u00e9".encode("latin-1")})
        assert forged.status_code == 401


def test_non_ascii_iotticket_credentials_are_refused_with_401(iotticket: httpx.Client) -> None:
    token = iotticket.post(
        "/oauth2/token",
        data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID, "client_secret": "sécret"},
    )
    assert token.status_code == 401, token.text
    device = next(iter(DEMO_DEVICES))
    basic = base64.b64encode(f"{device}@{DEMO_ORG}:pässword".encode()).decode()
    write = iotticket.put(
        f"/http-adapter/telemetry/{DEMO_ORG}/{device}",
        json={"t": [{"n": "pressure", "dt": "double", "data": [{"2030-01-01T00:00:00.000Z": 1.0}]}]},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert write.status_code == 401, write.text


# -- form and multipart bodies -------------------------------------------------------------------


def test_an_iotile_multipart_body_is_validated_like_json(iotile: httpx.Client) -> None:
    project = iotile.get("/api/v1/project/").json()["results"][0]["id"]
    # A multipart form sent where the operation takes JSON: refused, not half-read.
    variable = iotile.post("/api/v1/variable/", files={"x": ("a.txt", b"1")}, data={"project": project})
    assert variable.status_code == 400, variable.text
    # The event upload's form misses its required stream and timestamp.
    event = iotile.post("/api/v1/event/upload/", files={"file": ("e.json", b"{}")})
    assert event.status_code == 400, event.text
    assert "stream" in event.text


def test_an_exosite_content_blob_may_be_sent_as_a_form(exosite: httpx.Client) -> None:
    key = {"X-Exosite-CIK": DEMO_CIK}
    contents = "/provision/manage/content/demo-model/"
    assert exosite.post(contents, data={"id": "conf.txt", "meta": "v1"}, headers=key).status_code == 205
    form = {**key, "Content-Type": "application/x-www-form-urlencoded"}
    upload = exosite.post(contents + "conf.txt", content=b"a=1&b=2", headers=form)
    assert upload.status_code == 205, upload.text
    info = exosite.get(contents + "conf.txt", headers=key)
    assert info.text.startswith("application/x-www-form-urlencoded,7,")


# -- fault parameters ----------------------------------------------------------------------------


@pytest.mark.parametrize("delay", [1e308, float("inf"), MAX_DELAY + 1, -1.0])
def test_fault_delays_are_bounded(delay: float) -> None:
    with pytest.raises(ValueError, match="delay"):
        Fault.ok(delay=delay)
    with pytest.raises(ValueError, match="latency_ms"):
        FaultController(latency_ms=delay * 1000)


def test_the_fault_admin_refuses_an_unbounded_delay(oden: httpx.Client) -> None:
    script = oden.post("/_sandbox/faults", json={"script": [{"kind": "ok", "delay": 1e308}]})
    assert script.status_code == 400
    assert oden.get("/_sandbox/faults").json()["script"] == []
    assert oden.post("/v2/product/search", json={"match": "all"}).status_code == 200


# -- times written back --------------------------------------------------------------------------


def test_iotticket_writes_rfc3339_times_for_early_years(iotticket: httpx.Client) -> None:
    basic = base64.b64encode(f"press-a-01@{DEMO_ORG}:{DEMO_DEVICES['press-a-01']}".encode()).decode()
    write = iotticket.put(
        f"/http-adapter/telemetry/{DEMO_ORG}/press-a-01",
        json={"t": [{"n": "pressure", "dt": "double", "data": [{"0237-09-27T10:00:00.000Z": 1.5}]}]},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert write.status_code == 202, write.text
    iotticket.headers["Authorization"] = f"Bearer {_iotticket_token(iotticket)}"
    org = f"/api/v1/organizations/{DEMO_ORG}"
    by_id = {a["id"]: a for a in iotticket.get(f"{org}/assets").json()}
    pump = next(
        a
        for a in by_id.values()
        if a["name"] == "Pump" and by_id[by_id[a["parentId"]]["parentId"]]["name"] == "Press A"
    )
    attributes = iotticket.get(f"{org}/assets/{pump['id']}/attributes").json()
    pressure = next(a for a in attributes if a["name"] == "Pressure")
    oldest = iotticket.get(
        f"{org}/attributes/{pressure['id']}/timeseries", params={"limit": 1, "order": "asc"}
    ).json()
    assert oldest["values"] == [{"ts": "0237-09-27T10:00:00.000Z", "v": 1.5}]


# -- statuses the spec declares ------------------------------------------------------------------


def test_iotile_answers_a_lookup_that_cannot_be_an_id_with_404(iotile: httpx.Client) -> None:
    for path in ("/api/v1/event/x/", "/api/v1/property/1.5/", "/api/v1/data/%20/"):
        missing = iotile.get(path)
        assert missing.status_code == 404, (path, missing.text)
        assert missing.json() == {"detail": "Not found."}


def test_iotile_refuses_bad_points_with_an_error_object(iotile: httpx.Client) -> None:
    refused = iotile.post("/api/v1/data/", json=[{"stream": "s--nope", "timestamp": "2026-01-01T00:00:00Z"}])
    assert refused.status_code == 400
    assert refused.json() == {"stream": ["Item 0: stream not found."]}


def test_iotticket_checks_an_onnx_upload_form_like_json(iotticket: httpx.Client) -> None:
    iotticket.headers["Authorization"] = f"Bearer {_iotticket_token(iotticket)}"
    url = f"/api/v1/organizations/{DEMO_ORG}/onnx-models"
    accepted = iotticket.post(url, data={"name": "m"}, files={"file": ("m.onnx", b"\x00")})
    assert accepted.status_code == 201, accepted.text
    broken = iotticket.post(
        url,
        content=b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\n\xff\xfe\r\n--b--\r\n',
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert broken.status_code == 400, broken.text
    nameless = iotticket.post(url, files={"file": ("m.onnx", b"\x00")})
    assert nameless.status_code == 400, nameless.text
