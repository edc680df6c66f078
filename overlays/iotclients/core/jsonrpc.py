"""JSON-RPC over HTTP: what the generator knows about a procedure, and the public face of the engine.

A spec's procedures become ``Procedure`` descriptors; the generated clients stand on
``SyncRPCClient``/``AsyncRPCClient`` (``rpc_client``), which encode calls positionally, send them
in envelopes of one dialect (``rpc_envelope``: the Exosite One Platform ``{auth, calls}`` form or
standard JSON-RPC 2.0), match replies by id and turn per-call statuses into the shared error
family (``rpc_errors``). Several calls travel in one request through ``client.batch()`` or the
``defer=True`` queues.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

from .record import Record as _Record

if TYPE_CHECKING:
    from .security import SecurityScheme

__all__ = ["NO_DEFAULT", "Envelope", "LongPoll", "Procedure", "RpcParam"]

TypeThunk = Callable[[], Any]


class _NoDefault:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Final = _NoDefault()
"""A parameter without a default in the spec (``None`` from the caller then means "leave it out")."""


class RpcParam(_Record):
    """One positional argument: its name, type, and a fixed value (``const``) or default, if any."""

    __slots__ = ("const", "default", "name", "required", "type")

    def __init__(
        self,
        name: str,
        type: TypeThunk,
        *,
        required: bool = True,
        default: Any = NO_DEFAULT,
        const: Any = NO_DEFAULT,
    ) -> None:
        self.name: str = name
        self.type: TypeThunk = type
        self.required: bool = required
        self.default: Any = default
        self.const: Any = const


class LongPoll(_Record):
    """``x-iotclients-long-poll``: the call holds the reply for up to ``param.field`` (in ``unit``)."""

    __slots__ = ("default", "field", "param", "unit")

    def __init__(self, param: str, field: str, unit: str = "ms", default: float = 30000) -> None:
        self.param: str = param
        self.field: str = field
        self.unit: str = unit
        self.default: float = default

    def seconds(self, arguments: Mapping[str, Any]) -> float:
        options = arguments.get(self.param)
        value = options.get(self.field) if isinstance(options, Mapping) else None
        amount = float(value) if isinstance(value, (int, float)) else float(self.default)
        return amount / 1000.0 if self.unit == "ms" else amount


class Procedure(_Record):
    """A method of the spec: the wire procedure name, its positional params and result type.

    ``idempotent`` says whether the call is safe to repeat; a request is retried after a
    transport failure only when every call in it is. ``secret_result`` names result paths
    (``""`` = the result itself, ``"key"`` = a field) holding credentials, which are registered
    for redaction as they arrive.
    """

    __slots__ = (
        "idempotent",
        "long_poll",
        "name",
        "params",
        "procedure",
        "result",
        "secret_result",
        "summary",
    )

    def __init__(
        self,
        name: str,
        procedure: str,
        params: tuple[RpcParam, ...],
        result: TypeThunk | None,
        idempotent: bool,
        *,
        summary: str = "",
        long_poll: LongPoll | None = None,
        secret_result: tuple[str, ...] = (),
    ) -> None:
        self.name: str = name
        self.procedure: str = procedure
        self.params: tuple[RpcParam, ...] = params
        self.result: TypeThunk | None = result
        self.idempotent: bool = idempotent
        self.summary: str = summary
        self.long_poll: LongPoll | None = long_poll
        self.secret_result: tuple[str, ...] = secret_result


class Envelope(_Record):
    """``x-iotclients-envelope``: how calls travel (dialect, path) and what statuses mean.

    ``statuses`` maps a per-call status word to the HTTP-like status whose error class it raises;
    ``auth_variants`` are the model classes an auth object may take (chosen by its keys);
    ``security`` the HTTP-level schemes every request carries, as ``Operation.security`` (for
    JSON-RPC services authenticated by header rather than in the envelope).
    """

    __slots__ = (
        "auth_variants",
        "content_type",
        "dialect",
        "max_id_length",
        "max_requests_per_connection",
        "path",
        "security",
        "statuses",
    )

    def __init__(
        self,
        dialect: str,
        path: str,
        *,
        content_type: str = "application/json",
        statuses: Mapping[str, int] | None = None,
        auth_variants: Callable[[], tuple[type, ...]] | None = None,
        max_id_length: int = 40,
        max_requests_per_connection: int | None = None,
        security: tuple[tuple[SecurityScheme, ...], ...] = (),
    ) -> None:
        self.dialect: str = dialect
        self.path: str = path
        self.content_type: str = content_type
        self.statuses: Mapping[str, int] = dict(statuses or {})
        self.auth_variants: Callable[[], tuple[type, ...]] | None = auth_variants
        self.max_id_length: int = max_id_length
        self.max_requests_per_connection: int | None = max_requests_per_connection
        self.security: tuple[tuple[SecurityScheme, ...], ...] = security
