"""Envelope dialects: how a list of calls becomes one request body, and how the reply is read back.

* ``onep`` (Exosite One Platform): ``{"auth": {...}, "calls": [{"id", "procedure", "arguments"}]}``;
  the reply is a list of ``{"id", "status", "result"?, "error"?}`` in any order, or an object
  ``{"error": {code, message, context}}`` for the whole request.
* ``jsonrpc2`` (JSON-RPC 2.0 batch): ``[{"jsonrpc": "2.0", "id", "method", "params"}]``; replies
  carry ``result`` or ``error {code, message, data}``; credentials travel in headers.

Both are sans-IO: bytes in, ``Outcome`` per call id out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Protocol

from .record import Record as _Record

__all__ = ["DIALECTS", "Dialect", "MalformedReply", "Outcome", "RequestFailure", "WireCall"]


class WireCall(_Record):
    """A call ready for the wire: its id, the procedure name and the encoded positional arguments."""

    __slots__ = ("arguments", "id", "procedure")

    def __init__(self, id: int | str, procedure: str, arguments: list[Any]) -> None:
        self.id: int | str = id
        self.procedure: str = procedure
        self.arguments: list[Any] = arguments


class Outcome(_Record):
    """What the server said about one call: ``ok`` with ``result``, or a ``status`` and ``error``."""

    __slots__ = ("error", "ok", "result", "status")

    def __init__(self, ok: bool, result: Any = None, status: Any = "ok", error: Any = None) -> None:
        self.ok: bool = ok
        self.result: Any = result
        self.status: Any = status
        self.error: Any = error


class RequestFailure(Exception):
    """The server refused the whole request; ``error`` is its error object."""

    def __init__(self, error: Any) -> None:
        super().__init__("request rejected")
        self.error: Any = error


class MalformedReply(Exception):
    """The reply is not in the dialect's shape (the text says how)."""


class Dialect(Protocol):
    name: str

    def encode(self, auth: Mapping[str, Any] | None, calls: Sequence[WireCall]) -> bytes: ...

    def decode(self, body: bytes) -> dict[int | str, Outcome]: ...


@cache
def _json() -> Any:
    # msgspec loads with the first call, not with ``import iotclients.<vendor>``.
    import msgspec

    return msgspec


def _dump(value: Any) -> bytes:
    encoded: bytes = _json().json.encode(value)
    return encoded


def _load(body: bytes) -> Any:
    msgspec = _json()
    try:
        return msgspec.json.decode(body)
    except msgspec.DecodeError:
        raise MalformedReply("the reply is not JSON") from None
    except RecursionError:
        # Nesting deeper than the interpreter's recursion limit (1,000 by default).
        raise MalformedReply("the reply is nested too deeply") from None


def _key(value: Any) -> int | str:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise MalformedReply(f"a reply entry has an id that is neither a number nor a string: {value!r}")
    return value


class OnePDialect:
    name = "onep"

    def encode(self, auth: Mapping[str, Any] | None, calls: Sequence[WireCall]) -> bytes:
        envelope = {
            "auth": dict(auth or {}),
            "calls": [{"id": c.id, "procedure": c.procedure, "arguments": c.arguments} for c in calls],
        }
        return _dump(envelope)

    def decode(self, body: bytes) -> dict[int | str, Outcome]:
        data = _load(body)
        if isinstance(data, dict):
            if "error" in data:
                raise RequestFailure(data["error"])
            raise MalformedReply("the reply is an object without 'error'")
        if not isinstance(data, list):
            raise MalformedReply("the reply is neither a list nor an error object")
        outcomes: dict[int | str, Outcome] = {}
        for entry in data:
            if not isinstance(entry, dict) or "id" not in entry:
                raise MalformedReply("a reply entry is not an object with an id")
            status = entry.get("status")
            if status is None and "error" in entry:
                # An error without a status concerns this call only, not the whole batch.
                status = "fail"
            if status == "ok":
                outcomes[_key(entry["id"])] = Outcome(True, entry.get("result"))
            else:
                outcomes[_key(entry["id"])] = Outcome(
                    False, entry.get("result"), status if status is not None else "fail", entry.get("error")
                )
        return outcomes


# JSON-RPC 2.0 error codes, as the HTTP-like statuses of the shared error family.
_JSONRPC2_CODES = {-32700: 400, -32600: 400, -32601: 404, -32602: 400, -32603: 500}


def jsonrpc2_status(code: Any) -> int:
    if isinstance(code, int) and code in _JSONRPC2_CODES:
        return _JSONRPC2_CODES[code]
    if isinstance(code, int) and -32099 <= code <= -32000:
        return 500
    return 400


class JsonRpc2Dialect:
    name = "jsonrpc2"

    def encode(self, auth: Mapping[str, Any] | None, calls: Sequence[WireCall]) -> bytes:
        return _dump(
            [{"jsonrpc": "2.0", "id": c.id, "method": c.procedure, "params": c.arguments} for c in calls]
        )

    def decode(self, body: bytes) -> dict[int | str, Outcome]:
        data = _load(body)
        if isinstance(data, dict):
            if data.get("id") is None and "error" in data:
                raise RequestFailure(_with_status(data["error"]))
            data = [data]
        if not isinstance(data, list):
            raise MalformedReply("the reply is neither a list nor an object")
        outcomes: dict[int | str, Outcome] = {}
        for entry in data:
            if not isinstance(entry, dict) or entry.get("jsonrpc") != "2.0":
                raise MalformedReply("a reply entry is not a JSON-RPC 2.0 response object")
            if entry.get("id") is None:
                raise RequestFailure(_with_status(entry.get("error")))
            if "error" in entry:
                error = _with_status(entry["error"])
                outcomes[_key(entry["id"])] = Outcome(False, None, "fail", error)
            else:
                outcomes[_key(entry["id"])] = Outcome(True, entry.get("result"))
        return outcomes


def _with_status(error: Any) -> Any:
    """The JSON-RPC 2.0 error object with its HTTP-like status as ``code`` (the original kept)."""
    if not isinstance(error, dict):
        return {"code": 400, "message": str(error)}
    return {**error, "code": jsonrpc2_status(error.get("code")), "rpc_code": error.get("code")}


DIALECTS: dict[str, Dialect] = {"onep": OnePDialect(), "jsonrpc2": JsonRpc2Dialect()}
