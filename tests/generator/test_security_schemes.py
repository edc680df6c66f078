"""Security schemes end to end: a probe spec (tests/generator/specs/security.openapi.yaml) with
every kind of scheme is generated, and each request is checked for exactly the credential its
operation's ``security`` names, nothing for open operations, and a typed error before sending
when a credential is missing."""

from __future__ import annotations

import base64
import importlib
import logging
import sys
from collections.abc import Iterator, Mapping
from http.cookies import SimpleCookie
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.security import findings
from iotclients.core.auth import AsyncTokenManager, Token, TokenManager
from iotclients.core.errors import APIError, AuthenticationError, MissingCredentialError
from iotclients.core.redaction import redact
from iotclients.core.security import BasicCredentials, SecurityScheme, using

SPEC = Path(__file__).parent / "specs" / "security.openapi.yaml"
PACKAGE = "security_probe_generated"

HEADER_KEY = "header-key-0001"
QUERY_KEY = "query-key-0002"
COOKIE_KEY = "cookie-key-0003"
JWT = "jwt-value-0004"
BEARER = "bearer-value-0005"
TOKEN = "token-value-0006"
BASIC = BasicCredentials("probe-user", "basic-password-0007")
ALL = {
    "headerKey": HEADER_KEY,
    "queryKey": QUERY_KEY,
    "cookieKey": COOKIE_KEY,
    "jwtKey": JWT,
    "basicAuth": BASIC,
    "bearerAuth": BEARER,
    "tokenAuth": TOKEN,
    "oauth": "oauth-access-0008",
}
SECRETS = [HEADER_KEY, QUERY_KEY, COOKIE_KEY, JWT, BEARER, TOKEN, "basic-password-0007", "oauth-access-0008"]


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated probe package."""
    from generator.__main__ import build
    from generator.vendors import Vendor

    root = tmp_path_factory.mktemp("generated")
    vendor = Vendor(
        name="probe",
        spec=str(SPEC),
        kind="openapi",
        facade_module="probe",
        sync_base="ProbeClient",
        async_base="AsyncProbeClient",
    )
    build([vendor], root / PACKAGE)
    sys.path.insert(0, str(root))
    try:
        importlib.import_module(f"{PACKAGE}.probe.models")
        importlib.import_module(f"{PACKAGE}.probe.client")
        yield importlib.import_module(f"{PACKAGE}.probe")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _client(probe: ModuleType, credentials: Mapping[str, Any], seen: list[httpx.Request], **kw: Any) -> Any:
    class Credentialed(probe.client.ProbeClient):  # type: ignore[name-defined,misc]
        def _credential_providers(self) -> Mapping[str, Any]:
            return credentials

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "fetched-access-0009"})
        return httpx.Response(200, json={"name": "thing"})

    return Credentialed(base_url="https://probe.example", transport=httpx.MockTransport(handle), **kw)


def _carried(request: httpx.Request) -> dict[str, str]:
    """Every place a credential could ride on ``request``."""
    carried = {
        name: request.headers[name] for name in ("authorization", "x-api-key") if name in request.headers
    }
    if "api_key" in request.url.params:
        carried["query api_key"] = request.url.params["api_key"]
    if "cookie" in request.headers:
        for name, morsel in SimpleCookie(request.headers["cookie"]).items():
            carried[f"cookie {name}"] = morsel.value
    return carried


BASIC_HEADER = "Basic " + base64.b64encode(b"probe-user:basic-password-0007").decode()

EXPECTED = {
    "get_default": {"x-api-key": HEADER_KEY},
    "get_query_key": {"query api_key": QUERY_KEY},
    "get_cookie_key": {"cookie session": COOKIE_KEY},
    "get_basic": {"authorization": BASIC_HEADER},
    "get_bearer": {"authorization": f"Bearer {BEARER}"},
    "get_token_scheme": {"authorization": f"Token {TOKEN}"},
    "get_prefixed": {"authorization": f"JWT {JWT}"},
    "get_oauth": {"authorization": "Bearer oauth-access-0008"},
    "get_either": {"query api_key": QUERY_KEY},  # the first alternative the client can satisfy
    "get_both": {"x-api-key": HEADER_KEY, "query api_key": QUERY_KEY},
    "get_open": {},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_operation_carries_exactly_the_credentials_its_security_names(
    probe: ModuleType, name: str
) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, ALL, seen) as client:
        getattr(client, name)()
    (request,) = seen
    assert _carried(request) == EXPECTED[name]


def test_open_operations_carry_nothing_even_from_a_client_holding_every_credential(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, ALL, seen) as client:
        client.get_open()
        client.create_token({"grant_type": "client_credentials", "client_id": "app"})
    assert [_carried(request) for request in seen] == [{}, {}]


def test_a_query_key_joins_the_operations_own_query_parameters(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, ALL, seen) as client:
        client.get_query_key(q="widgets")
    assert dict(seen[0].url.params) == {"q": "widgets", "api_key": QUERY_KEY}


def test_a_later_alternative_is_used_when_the_first_cannot_be_satisfied(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, {"bearerAuth": BEARER}, seen) as client:
        client.get_either()
    assert _carried(seen[0]) == {"authorization": f"Bearer {BEARER}"}


@pytest.mark.parametrize(
    ("name", "credentials", "missing"),
    [
        ("get_default", {}, ("headerKey",)),
        ("get_basic", {"bearerAuth": BEARER}, ("basicAuth",)),
        ("get_both", {"headerKey": HEADER_KEY}, ("queryKey",)),
        ("get_either", {"headerKey": HEADER_KEY}, ("queryKey",)),
        ("get_prefixed", {"jwtKey": lambda: None}, ("jwtKey",)),  # a provider with nothing right now
    ],
)
def test_a_missing_credential_is_a_typed_error_before_sending(
    probe: ModuleType, name: str, credentials: dict[str, Any], missing: tuple[str, ...]
) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, credentials, seen) as client, pytest.raises(MissingCredentialError) as caught:
        getattr(client, name)()
    assert seen == []
    assert isinstance(caught.value, APIError)
    assert caught.value.operation == name and caught.value.schemes == missing
    assert str(caught.value).startswith(f"{name}: no credential for security scheme {missing[0]!r}")
    assert not any(secret in str(caught.value) for secret in SECRETS)


def test_credentials_supplied_for_a_block_replace_the_clients_own_there_only(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []
    with _client(probe, {"headerKey": HEADER_KEY}, seen) as client:
        with using({"headerKey": "one-call-key-0010", "basicAuth": BasicCredentials("dev", "dev-pass-0011")}):
            client.get_default()
            client.get_basic()
        client.get_default()
        with pytest.raises(MissingCredentialError):
            client.get_basic()
    assert [_carried(request) for request in seen] == [
        {"x-api-key": "one-call-key-0010"},
        {"authorization": "Basic " + base64.b64encode(b"dev:dev-pass-0011").decode()},
        {"x-api-key": HEADER_KEY},
    ]


def test_an_oauth2_token_is_fetched_once_from_the_open_token_operation_and_shared(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []
    holder: dict[str, Any] = {}

    def fetch() -> Token:
        reply = holder["client"].create_token({"grant_type": "client_credentials", "client_id": "app"})
        return Token(reply.access_token)

    tokens = TokenManager(fetch)
    with _client(probe, {"oauth": tokens}, seen) as client:
        holder["client"] = client
        client.get_oauth()
        client.get_oauth()
    assert [(r.url.path, _carried(r)) for r in seen] == [
        ("/oauth/token", {}),
        ("/oauth", {"authorization": "Bearer fetched-access-0009"}),
        ("/oauth", {"authorization": "Bearer fetched-access-0009"}),
    ]
    assert tokens.fetches == 1


def test_a_refused_token_is_renewed_through_the_401_hook_and_the_call_resent_once(probe: ModuleType) -> None:
    issued = iter(["revoked-access-0012", "fresh-access-0013"])
    tokens = TokenManager(lambda: Token(next(issued)))
    seen: list[str] = []

    class Renewing(probe.client.ProbeClient):  # type: ignore[name-defined,misc]
        def _credential_providers(self) -> Mapping[str, Any]:
            return {"oauth": tokens}

        def _on_unauthorized(self, request: httpx.Request) -> bool:
            tokens.invalidate(request.headers["authorization"].removeprefix("Bearer "))
            return True

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        if request.headers.get("authorization") == "Bearer fresh-access-0013":
            return httpx.Response(200, json={"name": "thing"})
        return httpx.Response(401, json={})

    with Renewing(base_url="https://probe.example", transport=httpx.MockTransport(handle)) as client:
        client.get_oauth()  # not idempotent, yet resent: the server refused it unread
        with pytest.raises(AuthenticationError):
            client.get_open()  # open: nothing was sent that renewing could fix, so no resend
    assert seen == ["Bearer revoked-access-0012", "Bearer fresh-access-0013", ""]


async def test_the_async_client_awaits_providers_that_fetch_with_io(probe: ModuleType) -> None:
    seen: list[httpx.Request] = []

    async def fetch() -> Token:
        return Token("async-access-0014")

    tokens = AsyncTokenManager(fetch)

    async def jwt() -> str:
        return JWT

    class Credentialed(probe.client.AsyncProbeClient):  # type: ignore[name-defined,misc]
        def _credential_providers(self) -> Mapping[str, Any]:
            return {"oauth": tokens, "jwtKey": jwt, "basicAuth": BASIC}

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"name": "thing"})

    async with Credentialed(
        base_url="https://probe.example", transport=httpx.MockTransport(handle)
    ) as client:
        await client.get_oauth()
        await client.get_prefixed()
        await client.get_basic()
        await client.get_open()
        with pytest.raises(MissingCredentialError):
            await client.get_bearer()
    assert [_carried(r) for r in seen] == [
        {"authorization": "Bearer async-access-0014"},
        {"authorization": f"JWT {JWT}"},
        {"authorization": BASIC_HEADER},
        {},
    ]


def test_credentials_never_reach_logs_reprs_or_texts(
    probe: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[httpx.Request] = []
    caplog.set_level(logging.DEBUG, logger="iotclients")
    with _client(probe, ALL, seen) as client:
        for name in EXPECTED:
            getattr(client, name)()
    shown = caplog.text + repr(BASIC) + redact(" ".join(str(_carried(r)) for r in seen))
    assert not any(secret in shown for secret in [*SECRETS, BASIC_HEADER.split()[1]])


def test_the_generated_table_describes_every_scheme(probe: ModuleType) -> None:
    schemes = importlib.import_module(f"{PACKAGE}.probe.security").SCHEMES
    assert schemes["jwtKey"] == SecurityScheme(
        "jwtKey", "apiKey", location="header", wire_name="Authorization", prefix="JWT"
    )
    assert schemes["cookieKey"] == SecurityScheme(
        "cookieKey", "apiKey", location="cookie", wire_name="session"
    )
    assert schemes["tokenAuth"] == SecurityScheme("tokenAuth", "http", scheme="Token")
    assert schemes["oauth"] == SecurityScheme("oauth", "oauth2", token_url="/oauth/token")
    operation = importlib.import_module(f"{PACKAGE}.probe.client").operation
    assert operation("default.get_both").security == ((schemes["headerKey"], schemes["queryKey"]),)


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "security": [{"key": []}],
        "paths": {"/a": {"get": {"operationId": "get_a"}}},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "where", "rule"),
    [
        (
            _document(paths={"/a": {"get": {"operationId": "get_a", "security": [{"nope": []}]}}}),
            "#/paths/~1a/get/security/0/nope",
            "names no scheme",
        ),
        (_document(security=None), "#/paths/~1a/get", "declare security"),
        (
            _document(components={"securitySchemes": {"key": {"type": "mutualTLS"}}}),
            "#/components/securitySchemes/key",
            "mutualTLS is not supported",
        ),
        (
            _document(
                components={
                    "securitySchemes": {
                        "key": {"type": "http", "scheme": "bearer", "x-iotclients-prefix": "X"}
                    }
                }
            ),
            "#/components/securitySchemes/key/x-iotclients-prefix",
            "only apiKey schemes take a prefix",
        ),
        (
            _document(components={"securitySchemes": {"key": {"type": "oauth2", "flows": {"implicit": {}}}}}),
            "#/components/securitySchemes/key/flows",
            "clientCredentials",
        ),
        (
            _document(
                components={
                    "securitySchemes": {
                        "key": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "/token"}}}
                    }
                }
            ),
            "#/components/securitySchemes/key/flows/clientCredentials/tokenUrl",
            "no POST operation has the path '/token'",
        ),
    ],
)
def test_lint_names_security_it_cannot_apply(document: dict[str, Any], where: str, rule: str) -> None:
    found = list(findings(document))
    assert len(found) == 1
    assert found[0][0] == where and rule in found[0][1]


def test_lint_accepts_declared_schemes_and_explicitly_open_operations() -> None:
    open_operation = {"/b": {"get": {"operationId": "get_b", "security": []}}}
    assert list(findings(_document(paths={**_document()["paths"], **open_operation}))) == []
