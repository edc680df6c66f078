"""Credentials chosen per operation from the spec's ``security``, applied on every attempt.

The generator turns ``components/securitySchemes`` into one table of :class:`SecurityScheme` per
vendor and each operation's ``security`` into alternatives of those schemes (``()`` when the
operation is open). A client holds its credentials keyed by scheme name; before each attempt the
first alternative whose schemes all have a credential is applied to the request. An operation
that needs a scheme nobody supplied fails with :class:`MissingCredentialError` before anything
is sent.

A credential is a plain string or :class:`~iotclients.core.redaction.Secret` (API key, bearer or
custom-scheme token), :class:`BasicCredentials`, or a provider asked on every attempt: anything
with a ``get()`` (``TokenManager``, ``AsyncTokenManager``) or a callable, sync or async, that may
answer ``None`` for "none right now". Credentials for a stretch of calls (a device's password,
a one-call key) are supplied with :func:`using`, which overrides the client's for the calls
made inside it, in this thread or task only.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .errors import MissingCredentialError
from .record import Record
from .redaction import MASK, Secret, redact, register_secret
from .wire_values import check_credential

if TYPE_CHECKING:
    import httpx

    from .operation import Operation

__all__ = [
    "BasicCredentials",
    "MissingCredentialError",
    "SecurityScheme",
    "apply",
    "credentials_in_use",
    "select",
    "select_async",
    "using",
]

_OVERRIDES: contextvars.ContextVar[Mapping[str, Any] | None] = contextvars.ContextVar(
    "iotclients_credentials", default=None
)


class SecurityScheme(Record):
    """One entry of ``components/securitySchemes``, as the runtime needs it.

    ``kind`` is the spec's ``type`` (``apiKey``, ``http``, ``oauth2``, ``openIdConnect``);
    ``location`` and ``wire_name`` say where an API key goes (``header``/``query``/``cookie``);
    ``scheme`` is the HTTP authentication scheme (``basic``, ``bearer``, or a vendor's own word
    such as ``Token``); ``prefix`` is the word an API key is sent after (``x-iotclients-prefix``);
    ``token_url`` is where OAuth2 client-credentials tokens come from.
    """

    __slots__ = ("kind", "location", "name", "prefix", "scheme", "token_url", "wire_name")

    def __init__(
        self,
        name: str,
        kind: str,
        *,
        location: str = "header",
        wire_name: str = "Authorization",
        scheme: str | None = None,
        prefix: str | None = None,
        token_url: str | None = None,
    ) -> None:
        self.name: str = name
        self.kind: str = kind
        self.location: str = location
        self.wire_name: str = wire_name
        self.scheme: str | None = scheme
        self.prefix: str | None = prefix
        self.token_url: str | None = token_url

    def describe(self) -> str:
        """Where the scheme's credential goes, in words (for error messages)."""
        if self.kind == "apiKey":
            return f"API key in {self.location} {self.wire_name!r}"
        if self.kind == "http":
            return f"HTTP {self.scheme} authentication"
        return f"{self.kind} bearer token"


class BasicCredentials(Record):
    """A username and password for HTTP basic authentication; the password is never shown."""

    __slots__ = ("password", "username")

    def __init__(self, username: str, password: str | Secret) -> None:
        self.username: str = username
        self.password: Secret = password if isinstance(password, Secret) else Secret(password)

    def __repr__(self) -> str:
        return f"BasicCredentials(username={self.username!r}, password='{MASK}')"

    def header_value(self) -> str:
        import base64

        encoded = base64.b64encode(f"{self.username}:{self.password.get()}".encode()).decode()
        register_secret(encoded)  # readable to anyone who decodes it: masked like the password
        return f"Basic {encoded}"


@contextlib.contextmanager
def using(credentials: Mapping[str, Any]) -> Iterator[None]:
    """Within the block, ``credentials`` (scheme name -> credential) replace the client's own."""
    reset = _OVERRIDES.set({**(_OVERRIDES.get() or {}), **credentials})
    try:
        yield
    finally:
        _OVERRIDES.reset(reset)


def credentials_in_use(own: Mapping[str, Any]) -> Mapping[str, Any]:
    """The client's credentials with those of any enclosing :func:`using` on top."""
    overrides = _OVERRIDES.get()
    return {**own, **overrides} if overrides else own


def select(op: Operation, providers: Mapping[str, Any]) -> tuple[tuple[SecurityScheme, Any], ...]:
    """The schemes of ``op``'s first alternative whose providers all hold a credential now, with
    those credentials (``()`` for an open operation); raises before sending when none does."""
    if not op.security:
        return ()
    values: dict[str, Any] = {}
    for alternative in op.security:
        found: list[tuple[SecurityScheme, Any]] = []
        for scheme in alternative:
            if scheme.name not in values:
                provider = providers.get(scheme.name)
                values[scheme.name] = None if provider is None else value_of(provider)
            if values[scheme.name] is None:
                break
            found.append((scheme, values[scheme.name]))
        else:
            return tuple(found)
    raise _missing(op, values)


async def select_async(op: Operation, providers: Mapping[str, Any]) -> tuple[tuple[SecurityScheme, Any], ...]:
    """``select`` for providers that fetch with I/O."""
    if not op.security:
        return ()
    values: dict[str, Any] = {}
    for alternative in op.security:
        found: list[tuple[SecurityScheme, Any]] = []
        for scheme in alternative:
            if scheme.name not in values:
                provider = providers.get(scheme.name)
                values[scheme.name] = None if provider is None else await value_of_async(provider)
            if values[scheme.name] is None:
                break
            found.append((scheme, values[scheme.name]))
        else:
            return tuple(found)
    raise _missing(op, values)


def _missing(op: Operation, values: Mapping[str, Any]) -> MissingCredentialError:
    """The error naming what the first alternative lacks (the spec's preferred way in)."""
    lacking = tuple(s for s in op.security[0] if values.get(s.name) is None)
    names = " and ".join(f"{s.name!r} ({s.describe()})" for s in lacking)
    return MissingCredentialError(
        redact(f"{op.name}: no credential for security scheme {names}; give the client one"),
        operation=op.name,
        schemes=tuple(s.name for s in lacking),
    )


def value_of(provider: Any) -> Any:
    """What a provider holds right now (``None`` when it has nothing), for blocking clients."""
    found = _ask(provider)
    if hasattr(found, "__await__"):
        close = getattr(found, "close", None)
        if close is not None:
            close()  # never awaited: closed so no "coroutine was never awaited" warning
        raise TypeError("an async credential provider needs the async client")
    return found


async def value_of_async(provider: Any) -> Any:
    """What a provider holds right now, awaiting providers that fetch with I/O."""
    found = _ask(provider)
    if hasattr(found, "__await__"):
        found = await found
    return found


def _ask(provider: Any) -> Any:
    if isinstance(provider, Secret):
        return provider.get()
    if isinstance(provider, str | BasicCredentials):
        return provider
    getter = getattr(provider, "get", None)
    if callable(getter):
        return getter()
    if callable(provider):
        return provider()
    raise TypeError(f"unsupported credential provider {type(provider).__name__}")


def apply(request: httpx.Request, scheme: SecurityScheme, value: Any) -> None:
    """Put ``value`` on ``request`` the way ``scheme`` says."""
    if scheme.kind == "http" and (scheme.scheme or "").lower() == "basic":
        if not isinstance(value, BasicCredentials):
            raise TypeError(f"scheme {scheme.name!r} takes BasicCredentials")
        request.headers["Authorization"] = value.header_value()
        return
    check_credential(value, f"the credential for scheme {scheme.name!r}")
    register_secret(value)
    if scheme.kind == "apiKey":
        _api_key(request, scheme, f"{scheme.prefix} {value}" if scheme.prefix else value)
    elif scheme.kind == "http" and (scheme.scheme or "").lower() != "bearer":
        request.headers["Authorization"] = f"{scheme.scheme} {value}"  # a vendor's own word
    else:  # bearer, OAuth2 and OpenID Connect access tokens
        request.headers["Authorization"] = f"Bearer {value}"


def _api_key(request: httpx.Request, scheme: SecurityScheme, value: str) -> None:
    if scheme.location == "header":
        request.headers[scheme.wire_name] = value
    elif scheme.location == "query":
        request.url = request.url.copy_set_param(scheme.wire_name, value)
    else:
        from http.cookies import SimpleCookie

        jar: SimpleCookie = SimpleCookie(request.headers.get("cookie", ""))
        jar[scheme.wire_name] = value
        request.headers["Cookie"] = "; ".join(f"{k}={m.coded_value}" for k, m in jar.items())
