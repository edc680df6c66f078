"""One attempt of a request: sent, its body read within the time and size limits, failures typed.

Returns the response with its body read, or raises an ``httpx.TransportError`` (which the retry
loop types and may retry) or a typed ``APIError`` that no retry can cure: a body that cannot be
decoded (``Content-Encoding: gzip`` on plain bytes) or a success reply over ``max_response_bytes``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from . import errors as _errors
from .deadline import AttemptClock, attempt_ends, capped_timeouts
from .limits import ResponseTooLarge, read_body, read_body_async
from .redaction import redact

if TYPE_CHECKING:
    from .operation import Operation

__all__ = ["send_attempt", "send_attempt_async"]

_TIMEOUTS_KEY = "iotclients.timeout"


def _start(request: httpx.Request, ends_of_call: float | None) -> AttemptClock:
    """Cut this attempt's httpx timeouts to its share of the time (from the request's own timeouts)."""
    original = request.extensions.get(_TIMEOUTS_KEY)
    if original is None:
        original = dict(request.extensions.get("timeout", {}))
        request.extensions[_TIMEOUTS_KEY] = original
    now = time.monotonic()
    ends = attempt_ends(original, ends_of_call, now)
    request.extensions["timeout"] = capped_timeouts(original, ends - now)
    return AttemptClock(ends)


def send_attempt(
    http: httpx.Client, op: Operation, request: httpx.Request, *, ends_of_call: float | None, limit: int
) -> httpx.Response:
    response: httpx.Response | None = None
    with _start(request, ends_of_call) as clock:
        try:
            response = http.send(request, stream=True)
            read_body(response, limit, clock.ends)
            return response
        except httpx.TransportError:
            raise
        except (httpx.HTTPError, httpx.StreamError, ResponseTooLarge) as exc:
            raise _typed(op, request, response, exc) from None


async def send_attempt_async(
    http: httpx.AsyncClient, op: Operation, request: httpx.Request, *, ends_of_call: float | None, limit: int
) -> httpx.Response:
    import asyncio  # not on the import path of sync users

    response: httpx.Response | None = None
    with _start(request, ends_of_call) as clock:
        try:
            # The sockets of an async transport are not bounded per read: the whole attempt is.
            async with asyncio.timeout(max(clock.left(), 0.0)):
                response = await http.send(request, stream=True)
                await read_body_async(response, limit, clock.ends)
            return response
        except TimeoutError:
            raise httpx.ReadTimeout(
                "the attempt did not complete within the time allowed", request=request
            ) from None
        except httpx.TransportError:
            raise
        except (httpx.HTTPError, httpx.StreamError, ResponseTooLarge) as exc:
            raise _typed(op, request, response, exc) from None


def _typed(
    op: Operation, request: httpx.Request, response: httpx.Response | None, exc: Exception
) -> _errors.APIError:
    where = f"{op.method} {op.path}"
    url = redact(str(request.url))
    if isinstance(exc, ResponseTooLarge):
        return _errors.ResponseTooLargeError(
            f"{where}: the response is larger than max_response_bytes={exc.limit:,}; "
            "ask for a smaller page or raise the limit with with_options(max_response_bytes=...)",
            limit=exc.limit,
            status_code=0 if response is None else response.status_code,
            method=op.method,
            url=url,
        )
    if isinstance(exc, httpx.DecodingError):
        return _errors.APIResponseValidationError(
            redact(f"{where}: the response body cannot be decoded: {exc}"),
            status_code=0 if response is None else response.status_code,
            body=b"",
            method=op.method,
            url=url,
        )
    # Redirect loops, streams read twice and the like: the request may have arrived.
    return _errors.APIConnectionError(
        redact(f"{where}: {type(exc).__name__}: {exc}"), method=op.method, url=url, request_sent=True
    )
