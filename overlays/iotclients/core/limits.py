"""Reading a response body within a size limit and a time limit.

The size counted is the decoded one: a 0.5 MB gzip body that inflates to 512 MiB is stopped once
``max_response_bytes`` have come out of the decoder, and compressed input is fed to the decoder
in small slices so that no single step inflates to much more than a megabyte.

A success reply over the limit raises ``ResponseTooLargeError``; an error reply keeps its first
``max_response_bytes`` (enough for any vendor's error text) and says that it was cut.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "BodyReader",
    "check_max_response_bytes",
    "read_body",
    "read_body_async",
]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB: twice the largest page any vendor documents. IoT-TICKET's time-series query returns up
to 10,000 values for each of up to 50 attributes, about 60 bytes a value in JSON: some 30 MB. The
next largest, an IOTile stream-data page of 20,000 points, is about 6 MB."""

# Compression ratios reach ~1000:1, so 1 KiB of compressed input inflates to at most ~1 MiB.
_ENCODED_SLICE = 1024

TRUNCATED_KEY = "iotclients.truncated_at"
"""Set in ``response.extensions`` when an error body was cut to the limit."""


def check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError("max_response_bytes", f"must be an integer >= 1, got {value!r}")
    return value


class ResponseTooLarge(Exception):
    """A success body went over the limit; carries the limit for the typed error."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit: int = limit


class BodyReader:
    """Collects decoded chunks of one response, enforcing the limits (shared by sync and async)."""

    def __init__(self, response: httpx.Response, limit: int, ends: float | None) -> None:
        self.response: httpx.Response = response
        self.limit: int = limit
        self.ends: float | None = ends
        self.encoded: bool = bool(
            response.headers.get("content-encoding", "").strip(" ,").lower() not in ("", "identity")
        )
        # httpx's decoder for the Content-Encoding chain
        self.decoder: httpx._decoders.ContentDecoder = response._get_content_decoder()
        self.body: bytearray = bytearray()
        self.full: bool = False

    def slices(self, raw: bytes) -> Iterator[bytes]:
        if not self.encoded or len(raw) <= _ENCODED_SLICE:
            yield raw
            return
        view = memoryview(raw)
        for start in range(0, len(raw), _ENCODED_SLICE):
            yield bytes(view[start : start + _ENCODED_SLICE])

    def take(self, raw: bytes) -> bool:
        """Add one raw chunk; False once nothing more may be read."""
        for piece in self.slices(raw):
            if not self._add(self.decoder.decode(piece)):
                return False
        self._check_time()
        return True

    def finish(self) -> bytes:
        if not self.full:
            self._add(self.decoder.flush())
        return self._close()

    def _add(self, decoded: bytes) -> bool:
        room = self.limit - len(self.body)
        if len(decoded) > room:
            if self.response.is_success:
                raise ResponseTooLarge(self.limit)
            self.body += decoded[:room]
            self.full = True
            self.response.extensions[TRUNCATED_KEY] = self.limit
            return False
        self.body += decoded
        return True

    def _check_time(self) -> None:
        if self.ends is not None and time.monotonic() >= self.ends:
            raise httpx.ReadTimeout(
                "the response did not arrive within the time allowed", request=self.response.request
            )

    def _close(self) -> bytes:
        content = bytes(self.body)
        self.body = bytearray()
        # What Response.read() would have stored; .content, .text and .json() now work as usual.
        self.response._content = content
        return content


def _in_memory(response: httpx.Response, limit: int) -> bytes:
    content = response.content
    if len(content) <= limit:
        return content
    if response.is_success:
        raise ResponseTooLarge(limit)
    response._content = content[:limit]
    response.extensions[TRUNCATED_KEY] = limit
    return response._content


def read_body(response: httpx.Response, limit: int, ends: float | None) -> bytes:
    """Read a streamed response's body into ``response.content`` within the limits; closes it."""
    if response.is_stream_consumed:  # built in memory (mock transports): only the size applies
        return _in_memory(response, limit)
    reader = BodyReader(response, limit, ends)
    try:
        raw: Iterator[bytes] = response.iter_raw()
        for chunk in raw:
            if not reader.take(chunk):
                break
        return reader.finish()
    finally:
        response.close()


async def read_body_async(response: httpx.Response, limit: int, ends: float | None) -> bytes:
    """The async twin of ``read_body``."""
    if response.is_stream_consumed:
        return _in_memory(response, limit)
    reader = BodyReader(response, limit, ends)
    try:
        raw: AsyncIterator[bytes] = response.aiter_raw()
        async for chunk in raw:
            if not reader.take(chunk):
                break
        return reader.finish()
    finally:
        await response.aclose()
