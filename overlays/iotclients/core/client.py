"""The runtime every generated client stands on: request building, retries, typed errors, decoding.

One ``Operation`` (from the spec) plus the call's arguments make one ``httpx.Request``; the retry
loop sends it, retrying only what the spec marks safe to repeat; the reply is decoded into the
operation's typed result or turned into the error class for its status.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import errors as _errors
from .config import ClientOptions, as_timeout
from .operation import Operation, Pagination
from .redaction import redact, redact_headers
from .retry import RetryPolicy
from .user_agent import user_agent, vendor_of

if TYPE_CHECKING:
    import logging
    import random

    from .raw_response import RawResponse

__all__ = ["AsyncAPIClient", "BaseAPIClient", "SyncAPIClient"]


@cache
def _log() -> logging.Logger:
    # ``logging`` loads with the first request, not with ``import iotclients.<vendor>``.
    from .log import child

    return child("http")


_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")

# Failures where the request provably never reached the server: retrying cannot duplicate a write,
# so these are retried even for operations that are not safe to repeat.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class BaseAPIClient:
    """State and logic shared by the sync and async clients; no I/O happens here."""

    _owns_http: bool

    def __init__(
        self,
        *,
        base_url: str,
        options: ClientOptions,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        if not base_url:
            raise _errors.InvalidArgumentError("base_url", "must be a non-empty http(s) URL")
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise _errors.InvalidArgumentError("base_url", "must be an absolute http:// or https:// URL")
        if url.userinfo:
            # A password in the URL would travel into reprs, logs and error texts.
            raise _errors.InvalidArgumentError(
                "base_url", "must not carry credentials (user:password@); pass them as arguments"
            )
        from .log import cover_http_loggers

        cover_http_loggers()
        self._base_url = url
        self._options: ClientOptions = options
        self._headers = {"User-Agent": user_agent(vendor_of(type(self))), **dict(headers or {})}
        import random

        self._rng: random.Random = random.Random()  # noqa: S311  (backoff jitter, not cryptography)

    # -- configuration ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def options(self) -> ClientOptions:
        return self._options

    def _copy_with(self, options: ClientOptions) -> Self:
        clone = object.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone._options = options
        clone._owns_http = False
        return clone

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: dict[str, str] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client sharing this one's connections, with some settings changed (per-call use).

        ``deadline`` bounds a whole call (every attempt and the waits between them) in seconds;
        ``max_response_bytes`` bounds a reply's decoded size.
        """
        return self._copy_with(
            self._options.updated(
                timeout=timeout,
                max_retries=max_retries,
                retry=retry,
                extra_headers=extra_headers,
                deadline=deadline,
                max_response_bytes=max_response_bytes,
            )
        )

    def _credential_providers(self) -> Mapping[str, Any]:
        """The client's credentials keyed by security scheme name (see ``core.security``);
        vendors override. Providers are asked again on every attempt."""
        return {}

    def _on_unauthorized(self, request: httpx.Request) -> bool:
        """Called on a 401 to a request that carried credentials. Vendors holding refreshable
        credentials drop the refused ones and return True; the request is then resent once with
        fresh ones. A 401 means the server did not act on the request, so that resend is safe
        for every operation."""
        return False

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(base_url={redact(self.base_url)!r})"

    # -- request building ---------------------------------------------------------------------

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation,
        args: Mapping[str, Any],
        files: contextlib.ExitStack | None = None,
    ) -> httpx.Request:
        """The request for ``op``; files a multipart body opens from paths are closed by ``files``."""
        from .requests import build_request

        return build_request(
            http,
            op,
            args,
            base_url=self._base_url,
            headers={**self._headers, **dict(self._options.extra_headers)},
            timeout=self._options.timeout,
            files=files,
        )

    def _authorize(self, op: Operation, request: httpx.Request) -> bool:
        """Put on ``request`` the credentials ``op``'s security asks for, fresh for this attempt;
        whether it carries any."""
        from . import security

        chosen = security.select(op, security.credentials_in_use(self._credential_providers()))
        for scheme, value in chosen:
            security.apply(request, scheme, value)
        return bool(chosen)

    # -- responses ----------------------------------------------------------------------------

    def _decode_reply(self, op: Operation, response: httpx.Response) -> Any:
        from .replies import decode_reply

        return decode_reply(op, response)

    def _raw_reply(self, op: Operation, response: httpx.Response) -> RawResponse[Any, Any]:
        """The typed value of a successful response, with the response and its declared headers."""
        from .raw_response import raw_response

        return raw_response(op, response, self._decode_reply(op, response), self._request_id(response, None))

    def _status_error(self, op: Operation, response: httpx.Response) -> _errors.APIStatusError:
        from . import codec
        from .error_bodies import parse_error_body

        status = response.status_code
        # Servers echo credentials back ("invalid token abc..."): everything kept from the body,
        # raw or parsed, is built from the redacted text.
        text = redact(response.text) if response.content else ""
        body = text.encode() if text != response.text else response.content
        parsed: Any = None
        thunk = op.errors.get(status, op.default_error)
        if thunk is not None and body:
            try:
                parsed = parse_error_body(body, codec.resolve(thunk))
            except Exception:  # a body that breaks the documented shape is kept raw
                parsed = None
        detail = _error_detail(parsed, text)
        request_id = self._request_id(response, parsed)
        # The URL actually requested (not the spec's template): a wrong base URL shows at once.
        message = f"{op.method} {response.request.url} -> {status} {_errors.reason_phrase(status)}"
        if detail:
            message += f": {detail}"
        message += _truncation_note(response)
        if request_id:
            message += f" (request id {request_id})"
        cls = _errors.error_class_for_status(status)
        return cls(
            redact(message),
            status_code=status,
            headers=redact_headers(response.headers.items()),
            body=body,
            error=parsed,
            request_id=request_id,
            method=op.method,
            url=redact(str(response.request.url)),
        )

    def _request_id(self, response: httpx.Response, parsed_error: Any) -> str | None:
        for name in _REQUEST_ID_HEADERS:
            value: str | None = response.headers.get(name)
            if value:
                return value
        return None

    def _failure(
        self, op: Operation, request: httpx.Request, exc: httpx.TransportError
    ) -> tuple[_errors.APIConnectionError, bool]:
        """The typed error for a transport failure and whether retrying it is safe."""
        where = f"{op.method} {request.url}"
        kind = (
            _errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else _errors.APIConnectionError
        )
        sent = not isinstance(exc, _NOT_SENT)
        error = kind(
            redact(f"{where}: {type(exc).__name__}: {exc}"),
            method=op.method,
            url=redact(str(request.url)),
            request_sent=sent,
        )
        return error, op.idempotent or not sent

    def _closed(self, op: Operation, request: httpx.Request) -> _errors.APIConnectionError:
        return _errors.APIConnectionError(
            f"{op.method} {op.path}: the client is closed; create a new one (or use it in a `with` block)",
            method=op.method,
            url=redact(str(request.url)),
            request_sent=False,
        )

    def _retry_delay(
        self,
        op: Operation,
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        ends_of_call: float | None = None,
    ) -> float:
        """How long to wait before retrying a failed attempt; raises the typed error instead when
        the operation is not safe to repeat or the retries are used up."""
        error: _errors.APIError
        headers: Mapping[str, str] | None = None
        if isinstance(outcome, httpx.Response):
            _log().debug("response %s %s -> %d", op.method, op.path, outcome.status_code)
            error = self._status_error(op, outcome)
            safe = op.idempotent and error.retryable
            headers = outcome.headers
        else:
            error, safe = self._failure(op, request, outcome)
        policy = self._options.retry
        if not safe or attempt >= policy.max_retries:
            raise error
        delay = policy.delay(attempt, headers, self._rng)
        if ends_of_call is not None and time.monotonic() + delay >= ends_of_call:
            raise error  # the call's deadline leaves no room for another attempt
        _log().info("retrying %s after %.2fs (retry %d): %s", op.name, delay, attempt + 1, error)
        return delay

    def _log_attempt(self, request: httpx.Request, attempt: int) -> None:
        if _log().isEnabledFor(10):
            _log().debug(
                "request %s %s attempt=%d headers=%s bytes=%d",
                request.method,
                redact(str(request.url)),
                attempt + 1,
                redact_headers(request.headers.items()),
                len(request.content or b""),
            )


class SyncAPIClient(BaseAPIClient):
    def __init__(
        self,
        *,
        base_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        options = ClientOptions().updated(
            timeout=as_timeout(timeout),
            max_retries=max_retries,
            retry=retry,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        super().__init__(base_url=base_url, options=options, headers=headers)
        self._owns_http = http_client is None
        if http_client is None and transport is None:
            from .bounded_sockets import bounded_transport

            transport = bounded_transport()
        self._http = http_client or httpx.Client(
            timeout=options.timeout, transport=transport, follow_redirects=False
        )

    _sleep = staticmethod(time.sleep)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, op: Operation, **args: Any) -> Any:
        with contextlib.ExitStack() as files:
            request = self._build_request(self._http, op, args, files)
            response = self._send(op, request)
        return self._decode_reply(op, response)

    def _call_raw(self, op: Operation, **args: Any) -> RawResponse[Any, Any]:
        """``_call``, keeping the whole response (``with_raw_response``)."""
        with contextlib.ExitStack() as files:
            request = self._build_request(self._http, op, args, files)
            response = self._send(op, request)
        return self._raw_reply(op, response)

    def _pages(self, op: Operation, **args: Any) -> Iterator[Any]:
        """Every page of a paginated operation, fetched one at a time as the caller advances."""
        from .pagination import next_request

        request: httpx.Request | None = self._build_request(self._http, op, args)
        while request is not None:
            page = self._decode_reply(op, self._send(op, request))
            request = next_request(op, page, request, self._base_url)
            yield page

    def _items(self, op: Operation, **args: Any) -> Iterator[Any]:
        """Every item of a paginated operation; holds one page at a time."""
        from .pagination import page_items

        pagination = _paginated(op)
        for page in self._pages(op, **args):
            yield from page_items(pagination, page)

    def _send(self, op: Operation, request: httpx.Request) -> httpx.Response:
        if self._http.is_closed:
            raise self._closed(op, request)
        from .attempts import send_attempt
        from .deadline import call_ends

        ends = call_ends(self._options.deadline)
        limit = self._options.max_response_bytes
        attempt = 0
        reauthorized = False
        while True:
            authorized = self._authorize(op, request)
            self._log_attempt(request, attempt)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = send_attempt(self._http, op, request, ends_of_call=ends, limit=limit)
            except httpx.TransportError as exc:
                outcome = exc
            if isinstance(outcome, httpx.Response):
                if outcome.is_success:
                    _log().debug("response %s %s -> %d", op.method, op.path, outcome.status_code)
                    return outcome
                if (
                    outcome.status_code == 401
                    and authorized
                    and not reauthorized
                    and self._on_unauthorized(request)
                ):
                    reauthorized = True
                    continue
            self._sleep(self._retry_delay(op, request, outcome, attempt, ends))
            attempt += 1


class AsyncAPIClient(BaseAPIClient):
    def __init__(
        self,
        *,
        base_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        options = ClientOptions().updated(
            timeout=as_timeout(timeout),
            max_retries=max_retries,
            retry=retry,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        super().__init__(base_url=base_url, options=options, headers=headers)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=options.timeout, transport=transport, follow_redirects=False
        )

    @staticmethod
    async def _sleep(seconds: float) -> None:
        import asyncio  # not on the import path of sync users

        await asyncio.sleep(seconds)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _call(self, op: Operation, **args: Any) -> Any:
        with contextlib.ExitStack() as files:
            request = self._build_request(self._http, op, args, files)
            response = await self._send(op, request)
        return self._decode_reply(op, response)

    async def _call_raw(self, op: Operation, **args: Any) -> RawResponse[Any, Any]:
        """``_call``, keeping the whole response (``with_raw_response``)."""
        with contextlib.ExitStack() as files:
            request = self._build_request(self._http, op, args, files)
            response = await self._send(op, request)
        return self._raw_reply(op, response)

    async def _pages(self, op: Operation, **args: Any) -> AsyncIterator[Any]:
        """Every page of a paginated operation, fetched one at a time as the caller advances."""
        from .pagination import next_request

        request: httpx.Request | None = self._build_request(self._http, op, args)
        while request is not None:
            page = self._decode_reply(op, await self._send(op, request))
            request = next_request(op, page, request, self._base_url)
            yield page

    async def _items(self, op: Operation, **args: Any) -> AsyncIterator[Any]:
        """Every item of a paginated operation; holds one page at a time."""
        from .pagination import page_items

        pagination = _paginated(op)
        async for page in self._pages(op, **args):
            for item in page_items(pagination, page):
                yield item

    async def _authorize_async(self, op: Operation, request: httpx.Request) -> bool:
        """``_authorize`` for providers that fetch with I/O (awaited)."""
        from . import security

        providers = security.credentials_in_use(self._credential_providers())
        chosen = await security.select_async(op, providers)
        for scheme, value in chosen:
            security.apply(request, scheme, value)
        return bool(chosen)

    async def _on_unauthorized_async(self, request: httpx.Request) -> bool:
        """The async twin of ``_on_unauthorized`` (which it calls by default)."""
        return self._on_unauthorized(request)

    async def _send(self, op: Operation, request: httpx.Request) -> httpx.Response:
        if self._http.is_closed:
            raise self._closed(op, request)
        from .attempts import send_attempt_async
        from .deadline import call_ends

        ends = call_ends(self._options.deadline)
        limit = self._options.max_response_bytes
        attempt = 0
        reauthorized = False
        while True:
            authorized = await self._authorize_async(op, request)
            self._log_attempt(request, attempt)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await send_attempt_async(self._http, op, request, ends_of_call=ends, limit=limit)
            except httpx.TransportError as exc:
                outcome = exc
            if isinstance(outcome, httpx.Response):
                if outcome.is_success:
                    _log().debug("response %s %s -> %d", op.method, op.path, outcome.status_code)
                    return outcome
                if (
                    outcome.status_code == 401
                    and authorized
                    and not reauthorized
                    and await self._on_unauthorized_async(request)
                ):
                    reauthorized = True
                    continue
            await self._sleep(self._retry_delay(op, request, outcome, attempt, ends))
            attempt += 1


def _paginated(op: Operation) -> Pagination:
    if op.pagination is None:
        raise TypeError(f"{op.name} is not a paginated operation")
    return op.pagination


def _truncation_note(response: httpx.Response) -> str:
    from .limits import TRUNCATED_KEY

    cut = response.extensions.get(TRUNCATED_KEY)
    return "" if cut is None else f" [body truncated to its first {cut:,} bytes]"


def _error_detail(parsed: Any, text: str) -> str:
    """The vendor's message, or the start of the (already redacted) body."""
    for name in ("error", "message", "detail"):
        value = getattr(parsed, name, None)
        if isinstance(value, str) and value:
            return value
    return text.strip()[:300]
