"""``max_response_bytes`` bounds what a reply may cost in memory, counted after decompression.

Replies are streamed from a mock transport in chunks, as from a socket; memory is measured with
tracemalloc around the call, so the bounds hold for what the client allocates, not the test.
"""

from __future__ import annotations

import gzip
import json
import struct
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from iotclients.core.errors import (
    APIResponseValidationError,
    InternalServerError,
    InvalidArgumentError,
    ResponseTooLargeError,
)
from iotclients.core.limits import DEFAULT_MAX_RESPONSE_BYTES

API_KEY = "oden-test-key-7f3a9c1e5b"
BASE_URL = "https://api.oden.example"
SEARCH_BODY = {"name": "Line 01", "factory": {"name": "Factory A"}}
MiB = 1024 * 1024


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body handed out in chunks, never held whole by the transport."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.served = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.served += len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.served += len(chunk)
            yield chunk


def _gzip_bomb(decoded_mib: int) -> list[bytes]:
    """Gzip of ``decoded_mib`` MiB of zeros (about 1 KiB per MiB), in 64 KiB chunks.

    One MiB is compressed once and its deflate blocks repeated (a full flush makes each copy
    independent of the previous), so building the bomb costs milliseconds, not seconds.
    """
    zeros = bytes(MiB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(decoded_mib):
        crc = zlib.crc32(zeros, crc)
    final = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (decoded_mib * MiB) & 0xFFFFFFFF)
    data = header + block * decoded_mib + final + trailer
    return [data[i : i + 65536] for i in range(0, len(data), 65536)]


@pytest.fixture(scope="module")
def bomb() -> list[bytes]:
    return _gzip_bomb(512)


def _client(
    status: int, chunks: list[bytes], headers: dict[str, str], *, sync: bool = True, **options: Any
) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, stream=Chunks(chunks))

    if sync:
        from iotclients.oden import OdenClient

        return OdenClient(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options)
    from iotclients.oden import AsyncOdenClient

    return AsyncOdenClient(API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options)


def test_the_default_limit_is_64_mib() -> None:
    client = _client(200, [b"[]"], {"content-type": "application/json"})
    assert client.options.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 64 * MiB


def test_the_bomb_is_what_it_claims() -> None:
    assert gzip.decompress(b"".join(_gzip_bomb(3))) == bytes(3 * MiB)


def test_a_gzip_bomb_stops_at_the_limit_without_inflating(bomb: list[bytes]) -> None:
    assert sum(map(len, bomb)) < 600_000  # 0.5 MB on the wire, 512 MiB decoded
    client = _client(200, bomb, {"content-type": "application/json", "content-encoding": "gzip"})
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            client.with_options(max_response_bytes=MiB).search_lines(SEARCH_BODY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.limit == MiB
    assert "max_response_bytes" in str(caught.value)
    assert peak < 8 * MiB


def test_a_large_plain_reply_is_refused_while_streaming() -> None:
    body = json.dumps([{"id": i, "name": "x" * 100} for i in range(20_000)]).encode()
    stream = [body[i : i + 65536] for i in range(0, len(body), 65536)]
    client = _client(200, stream, {"content-type": "application/json"})
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            client.with_options(max_response_bytes=256 * 1024).search_lines(SEARCH_BODY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(body) // 2


async def test_the_async_client_applies_the_same_limit(bomb: list[bytes]) -> None:
    client = _client(200, bomb, {"content-type": "application/json", "content-encoding": "gzip"}, sync=False)
    with pytest.raises(ResponseTooLargeError):
        await client.with_options(max_response_bytes=MiB).search_lines(SEARCH_BODY)


@pytest.mark.parametrize("sync", [True, False])
async def test_an_error_reply_keeps_its_first_bytes_and_says_it_was_cut(sync: bool) -> None:
    text = b'{"error": "boom", "trace": "' + b"x" * 100_000 + b'"}'
    client = _client(500, [text], {"content-type": "application/json"}, sync=sync, max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        limited = client.with_options(max_response_bytes=1000)
        if sync:
            limited.search_lines(SEARCH_BODY)
        else:
            await limited.search_lines(SEARCH_BODY)
    assert caught.value.body == text[:1000]
    assert "truncated to its first 1,000 bytes" in str(caught.value)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize("sync", [True, False])
async def test_a_body_that_does_not_match_its_content_encoding_is_a_typed_error(
    encoding: str, sync: bool
) -> None:
    client = _client(
        200, [b'[{"id": 1}]'], {"content-type": "application/json", "content-encoding": encoding}, sync=sync
    )
    # Plain JSON is not a gzip stream at all; as deflate it decodes to bytes that are not JSON.
    with pytest.raises(APIResponseValidationError) as caught:
        if sync:
            client.search_lines(SEARCH_BODY)
        else:
            await client.search_lines(SEARCH_BODY)
    assert caught.value.status_code == 200


def test_a_compressed_reply_within_the_limit_decodes_as_usual() -> None:
    factory = {"id": "5b0c3a0e-8a53-4c3c-9a43-0d6f1f1e2a01", "name": "Factory A"}
    lines = [{"id": "0c6f4a7e-2b1d-4c8e-9f3a-6d5e4c3b2a10", "name": "Line 01", "factory": factory}]
    packed = gzip.compress(json.dumps(lines).encode())
    client = _client(
        200, [packed[:10], packed[10:]], {"content-type": "application/json", "content-encoding": "gzip"}
    )
    result = client.with_options(max_response_bytes=4096).search_lines(SEARCH_BODY)
    assert len(result) == 1


@pytest.mark.parametrize("value", [0, -1, 1.5, "10", True])
def test_the_limit_must_be_a_positive_integer(value: Any) -> None:
    client = _client(200, [b"[]"], {"content-type": "application/json"})
    with pytest.raises(InvalidArgumentError, match="max_response_bytes"):
        client.with_options(max_response_bytes=value)


def test_every_vendor_client_takes_the_limits_at_construction() -> None:
    from iotclients.exosite import AsyncOnePlatformClient, OnePlatformClient, ProvisionClient
    from iotclients.iotile import AsyncIOTileClient, IOTileClient
    from iotclients.iotticket import AsyncIoTTicketClient, IoTTicketClient
    from iotclients.oden import AsyncOdenClient, OdenClient

    limits = {"deadline": 12.5, "max_response_bytes": 4096}
    clients = [
        OdenClient(API_KEY, base_url=BASE_URL, **limits),
        AsyncOdenClient(API_KEY, base_url=BASE_URL, **limits),
        IOTileClient(base_url=BASE_URL, **limits),
        AsyncIOTileClient(base_url=BASE_URL, **limits),
        IoTTicketClient("id-1", "secret-0123", organization_id="org", base_url=BASE_URL, **limits),
        AsyncIoTTicketClient("id-1", "secret-0123", organization_id="org", base_url=BASE_URL, **limits),
        OnePlatformClient("c" * 40, base_url=BASE_URL, **limits),
        AsyncOnePlatformClient("c" * 40, base_url=BASE_URL, **limits),
        ProvisionClient("vendor-token-0123", base_url=BASE_URL, **limits),
    ]
    for client in clients:
        assert (client.options.deadline, client.options.max_response_bytes) == (12.5, 4096), type(client)
