"""JSON-RPC failures in the shared error family.

A per-call status (``invalid``, ``noauth``, ``restricted``, ...) becomes the ``APIStatusError``
subclass of the HTTP-like status the spec maps it to, mixed with ``CallError`` so that the
status word, the procedure, the call id and the server's ``error`` object stay available. A
request-level failure (``{"error": {code, message, context}}``) becomes ``RequestRejectedError``
in the class of its code. Messages are built from redacted text only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import errors as _errors
from .redaction import redact

__all__ = [
    "CallError",
    "LockedError",
    "RejectedEntriesError",
    "RequestRejectedError",
    "call_error",
    "request_error",
]


class LockedError(_errors.APIStatusError):
    """423: the calling client is locked; every call answers so until it is unlocked."""

    status_code = 423


class CallError(_errors.APIStatusError):
    """One call of a JSON-RPC request failed (the others may have succeeded).

    ``rpc_status`` is the server's status word (or list), ``error`` the server's ``error`` object
    when it sent one, ``procedure`` and ``call_id`` name the call. ``status_code`` is the HTTP-like
    status the status word maps to; it decides the class (``BadRequestError`` for ``invalid``...).
    """

    rpc_status: Any
    procedure: str
    call_id: int | str | None


class RejectedEntriesError(CallError, _errors.BadRequestError):
    """Some entries of a record/recordbatch were refused: ``rejected`` lists ``(timestamp, status)``."""

    rejected: list[tuple[Any, str]]


class RequestRejectedError(_errors.APIStatusError):
    """The request as a whole was refused (bad JSON, bad auth, bad envelope); no call reply came."""

    code: int | None
    context: str | None


_MIXED: dict[tuple[type, type], type[Any]] = {}


def _mixed(base: type[_errors.APIStatusError], mixin: type[_errors.APIStatusError]) -> type[Any]:
    # One class per (status class, kind), e.g. BadRequestCallError(CallError, BadRequestError):
    # callers can catch either the JSON-RPC notion or the HTTP-like one.
    if issubclass(base, mixin):
        return base
    cls = _MIXED.get((base, mixin))
    if cls is None:
        name = base.__name__.removesuffix("Error") + mixin.__name__
        namespace = {"__module__": __name__, "_mixed_of": (base, mixin)}  # pickled by its parts
        cls = _MIXED.setdefault((base, mixin), type(name, (mixin, base), namespace))
    return cls


def mixed_class(base: type[_errors.APIStatusError], mixin: type[_errors.APIStatusError]) -> type[Any]:
    """The class ``_mixed`` makes for ``(base, mixin)``; unpickling rebuilds JSON-RPC errors with it."""
    return _mixed(base, mixin)


def _scrubbed(value: Any) -> Any:
    """The server's error object with registered secrets masked in every string (servers echo them)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {k: _scrubbed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrubbed(v) for v in value]
    return value


def _status_class(code: int) -> type[_errors.APIStatusError]:
    return LockedError if code == 423 else _errors.error_class_for_status(code)


def _detail(error: Any) -> str:
    """``message (code 400, context arguments)`` from the server's error object."""
    if not isinstance(error, Mapping):
        return ""
    where = ", ".join(f"{k} {error[k]}" for k in ("code", "context") if error.get(k) not in (None, ""))
    message = str(error.get("message") or "")
    return redact(f"{message} ({where})" if message and where else message or where)


def call_error(
    *,
    procedure: str,
    call_id: int | str | None,
    status: Any,
    error: Any,
    statuses: Mapping[str, int],
    url: str | None = None,
) -> CallError:
    """The typed error for one failed call (``status`` is the word, or a list of rejected entries)."""
    error = _scrubbed(error)
    if isinstance(status, list):
        rejected = [(entry[0], str(entry[1])) for entry in status if isinstance(entry, list) and entry]
        shown = ", ".join(f"{ts}: {why}" for ts, why in rejected[:5])
        more = f" and {len(rejected) - 5} more" if len(rejected) > 5 else ""
        rejected_error = RejectedEntriesError(
            f"{procedure} (call {call_id}): {len(rejected)} entries rejected ({shown}{more})",
            status_code=400,
            headers={},
            body=b"",
            error=error,
            method="POST",
            url=url,
        )
        rejected_error.rejected = rejected
        exc: CallError = rejected_error
    else:
        word = str(status) if status is not None else "fail"
        code = statuses.get(word, 400)
        if word == "fail" and isinstance(error, Mapping) and isinstance(error.get("code"), int):
            # "fail" carries its reason as a code (e.g. 501 arguments not supported).
            code = error["code"] if 400 <= error["code"] <= 599 else code
        detail = _detail(error)
        message = f"{procedure} (call {call_id}): {redact(word)}" + (f": {detail}" if detail else "")
        exc = _mixed(_status_class(code), CallError)(
            message, status_code=code, headers={}, body=b"", error=error, method="POST", url=url
        )
    exc.rpc_status = status
    exc.procedure = procedure
    exc.call_id = call_id
    return exc


def request_error(
    error: Any, *, default_code: int = 400, headers: Mapping[str, str] | None = None, body: bytes = b""
) -> RequestRejectedError:
    """The typed error for ``{"error": {code, message, context}}`` answering a whole request."""
    error = _scrubbed(error)
    code = error.get("code") if isinstance(error, Mapping) else None
    status = code if isinstance(code, int) and 400 <= code <= 599 else default_code
    detail = _detail(error) or "request rejected"
    cls = _mixed(_status_class(status), RequestRejectedError)
    exc: RequestRejectedError = cls(
        f"request rejected: {detail}",
        status_code=status,
        headers=dict(headers or {}),
        body=redact(body.decode("utf-8", "replace")).encode() if body else b"",
        error=error,
        method="POST",
    )
    exc.code = code if isinstance(code, int) else None
    context = error.get("context") if isinstance(error, Mapping) else None
    exc.context = str(context) if context is not None else None
    return exc
