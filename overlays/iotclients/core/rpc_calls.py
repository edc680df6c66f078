"""Turning a method call into a call on the wire, and a reply back into a typed result or error.

Sans-IO and shared by the sync and async clients: ``prepare`` checks and encodes the positional
arguments before anything is sent, ``exchange_plan`` cuts queued calls into requests of at most
``max_calls`` and settles each call's ``Pending`` from the reply (matched by id, in any order).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from . import errors as _errors
from .jsonrpc import NO_DEFAULT, Envelope, Procedure
from .record import Record as _Record
from .redaction import redact, register_secret
from .rpc_envelope import Dialect, MalformedReply, RequestFailure, WireCall
from .rpc_errors import call_error, request_error
from .wire_values import json_payload

__all__ = ["Exchange", "Pending", "Queued", "exchange_plan", "prepare"]

T = TypeVar("T")

# A long-poll's reply may take as long as the poll itself: the read timeout gets this much on top.
LONG_POLL_MARGIN = 15.0


class Pending(Generic[T]):
    """The outcome of a call sent in a batch (or deferred): ``result()`` returns it or raises its error."""

    __slots__ = ("_done", "_error", "_value", "call_id", "procedure")

    def __init__(self, procedure: str) -> None:
        self.procedure: str = procedure
        self.call_id: int | str | None = None
        self._done = False
        self._value: Any = None
        self._error: _errors.APIError | None = None

    @property
    def done(self) -> bool:
        """Whether the reply (or the failure of its request) has arrived."""
        return self._done

    @property
    def ok(self) -> bool:
        return self._done and self._error is None

    @property
    def error(self) -> _errors.APIError | None:
        """The typed error of a failed call (``None`` while pending or after success)."""
        return self._error

    def result(self) -> T:
        if not self._done:
            raise RuntimeError(f"{self.procedure}: the call has not been sent yet (leave the batch first)")
        if self._error is not None:
            raise self._error
        value: T = self._value
        return value

    def _settle(self, value: Any = None, error: _errors.APIError | None = None) -> None:
        self._value, self._error, self._done = value, error, True

    def __repr__(self) -> str:
        state = "pending" if not self._done else ("ok" if self._error is None else "failed")
        return f"<Pending {self.procedure} id={self.call_id} {state}>"


class Queued(_Record):
    """A checked, encoded call waiting for its request."""

    __slots__ = ("arguments", "named", "pending", "procedure")

    def __init__(
        self, procedure: Procedure, arguments: list[Any], named: dict[str, Any], pending: Pending[Any]
    ) -> None:
        self.procedure: Procedure = procedure
        self.arguments: list[Any] = arguments
        self.named: dict[str, Any] = named
        self.pending: Pending[Any] = pending


class Exchange(_Record):
    """One request to send: its body, whether it is safe to repeat, and how long it may take."""

    __slots__ = ("body", "idempotent", "long_poll", "name")

    def __init__(self, body: bytes, idempotent: bool, long_poll: float | None, name: str) -> None:
        self.body: bytes = body
        self.idempotent: bool = idempotent
        self.long_poll: float | None = long_poll
        self.name: str = name


def prepare(procedure: Procedure, values: Sequence[Any]) -> Queued:
    """Check and encode ``values`` (the non-constant params, in spec order) for the wire.

    ``None`` means "not given": the spec's default is sent, or an optional trailing argument is
    left out. Raises ``InvalidArgumentError`` naming the argument before anything is sent.
    """
    from . import codec  # with the first call: importing a client stays cheap
    from .model import UNSET

    given = iter(values)
    arguments: list[Any] = []
    named: dict[str, Any] = {}
    left_out: str | None = None
    for param in procedure.params:
        if param.const is not NO_DEFAULT:
            value: Any = param.const
        else:
            value = next(given, None)
            if value is None or value is UNSET:
                if param.default is not NO_DEFAULT:
                    value = param.default
                elif not param.required:
                    left_out = left_out or param.name
                    continue
                else:
                    raise _errors.InvalidArgumentError(param.name, "is required")
            else:
                expected = codec.resolve(param.type)
                value = codec.coerce(value, expected, argument=param.name)
                if codec.holds_models(expected):
                    value = codec.to_builtins(value, expected)
                # Otherwise the value is numbers, strings, lists and tuples the JSON encoder writes
                # as they are: copying 10,000 points into lists first would double the CPU cost.
                json_payload(value, param.name)  # NaN, infinity and lone surrogates have no JSON form
        if left_out is not None:
            raise _errors.InvalidArgumentError(param.name, f"cannot be sent without {left_out} before it")
        arguments.append(value)
        named[param.name] = value
    return Queued(procedure, arguments, named, Pending(procedure.name))


def normalise_auth(envelope: Envelope, auth: Any) -> dict[str, Any]:
    """The wire form of ``auth``: a string is a CIK; a mapping or model picks its variant by keys."""
    if isinstance(auth, str):
        auth = {"cik": auth}
    elif not isinstance(auth, Mapping):
        if auth is None or not hasattr(auth, "to_dict"):
            raise _errors.InvalidArgumentError("auth", "must be a CIK string, a mapping or an auth model")
        auth = auth.to_dict()
    variants = envelope.auth_variants() if envelope.auth_variants is not None else ()
    if variants:
        from . import codec

        keys = set(auth)
        fits = [
            v for v in variants if keys <= _fields(v) and _required(v) <= keys
        ]  # e.g. {cik} -> CikAuth, {cik, client_id} -> ClientAuth
        if not fits:
            raise _errors.InvalidArgumentError(
                "auth", f"keys {sorted(keys)} match no auth form ({', '.join(v.__name__ for v in variants)})"
            )
        auth = codec.to_builtins(codec.coerce(dict(auth), fits[0], argument="auth"))
    for name in ("cik", "token"):
        if isinstance(auth.get(name), str):
            register_secret(auth[name])
    return dict(auth)


def _fields(cls: type) -> set[str]:
    import attrs

    return {a.name for a in attrs.fields(cls)}


def _required(cls: type) -> set[str]:
    import attrs

    return {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}


def exchange_plan(
    *,
    dialect: Dialect,
    envelope: Envelope,
    auth: Mapping[str, Any] | None,
    queued: Sequence[Queued],
    max_calls: int,
    next_id: Any,
    url: str,
    logged: Any = None,
) -> Generator[Exchange, Any, None]:
    """Send ``queued`` in requests of at most ``max_calls``; every call's ``Pending`` gets settled.

    Yields an ``Exchange`` per request and is sent back the reply body (bytes) or the ``APIError``
    the request ended in; a failed request fails its own calls only.
    """
    for start in range(0, len(queued), max_calls):
        chunk = queued[start : start + max_calls]
        calls = []
        for item in chunk:
            item.pending.call_id = next_id()
            calls.append(WireCall(item.pending.call_id, item.procedure.procedure, item.arguments))
        body = dialect.encode(auth, calls)
        if logged is not None:
            logged.append(body)
        polls = [
            p.long_poll.seconds(item.named) for item in chunk if (p := item.procedure).long_poll is not None
        ]
        reply = yield Exchange(
            body,
            all(item.procedure.idempotent for item in chunk),
            max(polls) + LONG_POLL_MARGIN if polls else None,
            ",".join(sorted({item.procedure.procedure for item in chunk})),
        )
        settle(chunk, reply, envelope=envelope, dialect=dialect, url=url)


def settle(chunk: Sequence[Queued], reply: Any, *, envelope: Envelope, dialect: Dialect, url: str) -> None:
    if isinstance(reply, _errors.APIError):
        for item in chunk:
            item.pending._settle(error=reply)
        return
    body: bytes = reply
    try:
        outcomes = dialect.decode(body)
    except RequestFailure as failure:
        error: _errors.APIError = request_error(failure.error, body=body)
        for item in chunk:
            item.pending._settle(error=error)
        return
    except MalformedReply as exc:
        bad = _invalid_reply(str(exc), body, url)
        for item in chunk:
            item.pending._settle(error=bad)
        return
    for item in chunk:
        pending = item.pending
        outcome = outcomes.get(pending.call_id) if pending.call_id is not None else None
        if outcome is None:
            pending._settle(error=_invalid_reply(f"no reply for call id {pending.call_id}", body, url))
        elif not outcome.ok:
            pending._settle(
                error=call_error(
                    procedure=item.procedure.procedure,
                    call_id=pending.call_id,
                    status=outcome.status,
                    error=outcome.error,
                    statuses=envelope.statuses,
                    url=url,
                )
            )
        else:
            _settle_result(item, outcome.result, body, url)


def _settle_result(item: Queued, result: Any, body: bytes, url: str) -> None:
    import msgspec

    from . import codec

    procedure = item.procedure
    if procedure.result is None or result is None:
        item.pending._settle(None)
        return
    try:
        value = codec.convert(result, codec.resolve(procedure.result))
    except msgspec.ValidationError as exc:
        item.pending._settle(error=_invalid_reply(f"{procedure.procedure}: result {exc}", body, url))
        return
    for path in procedure.secret_result:
        secret = value if path == "" else getattr(value, path, None)
        if isinstance(secret, str):
            register_secret(secret)
    item.pending._settle(value)


def _invalid_reply(why: str, body: bytes, url: str) -> _errors.APIResponseValidationError:
    return _errors.APIResponseValidationError(
        redact(f"POST {url}: the reply does not match the spec: {why}"),
        status_code=200,
        body=redact(body.decode("utf-8", "replace")).encode(),
        method="POST",
        url=redact(url),
    )
