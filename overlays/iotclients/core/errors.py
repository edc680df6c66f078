"""One error family for every vendor.

``APIError`` is the root of everything a call can raise after it has started talking to a
server; input rejected before anything is sent raises ``InvalidArgumentError`` (a ``ValueError``).
Messages never contain credentials: texts built from server data pass through ``redact``.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MissingCredentialError",
    "NotFoundError",
    "NotImplementedByServerError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "error_class_for_status",
]


def _restore(
    cls: type[BaseException] | tuple[type, type], args: tuple[Any, ...], state: dict[str, Any]
) -> Any:
    """Rebuild an error from its class, ``args`` and attributes, without calling its ``__init__``.

    Subclasses take keyword-only or differently shaped arguments, so the default
    ``cls(*args)`` of ``BaseException`` cannot rebuild them; attributes travel as they are
    (they were built from redacted text, so nothing secret is revealed by copying them).
    A pair names a class made at run time by mixing two error classes (JSON-RPC call errors).
    """
    kind: type[BaseException]
    if isinstance(cls, tuple):
        from .rpc_errors import mixed_class

        kind = mixed_class(*cls)
    else:
        kind = cls
    error = BaseException.__new__(kind)
    BaseException.__init__(error, *args)
    error.__dict__.update(state)
    return error


class _Portable:
    """Errors that survive ``copy.copy``, ``copy.deepcopy`` and ``pickle`` (e.g. across a process pool)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        cls = type(self)
        mixed: tuple[type, type] | None = cls.__dict__.get("_mixed_of")
        state = dict(getattr(self, "__dict__", {}))
        return (_restore, (mixed or cls, tuple(self.args), state))  # type: ignore[attr-defined]


class InvalidArgumentError(_Portable, ValueError):
    """An argument broke a rule; raised before any request is sent.

    ``argument`` names the argument (a dotted path for nested fields), ``rule`` states what was expected.
    """

    def __init__(self, argument: str, rule: str) -> None:
        self.argument: str = argument
        self.rule: str = rule
        super().__init__(f"{argument}: {rule}")


class APIError(_Portable, Exception):
    """Base class of errors raised while talking to a vendor API."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.message: str = message
        self.method: str | None = method
        self.url: str | None = url


class MissingCredentialError(APIError):
    """An operation needs a credential the client was not given; raised before anything is sent.

    ``operation`` names the operation, ``schemes`` the security schemes that lack a credential.
    """

    def __init__(self, message: str, *, operation: str, schemes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.operation: str = operation
        self.schemes: tuple[str, ...] = schemes


class APIConnectionError(APIError):
    """The request did not get a response: DNS, refused or dropped connections, TLS, protocol errors.

    ``request_sent`` is ``False`` when the request provably never left (the connection could not
    be opened): resending it cannot duplicate a write. ``True`` means the outcome is unknown.
    """

    def __init__(
        self, message: str, *, method: str | None = None, url: str | None = None, request_sent: bool = True
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.request_sent: bool = request_sent


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout elapsed."""


class APIResponseValidationError(APIError):
    """The server answered with a success status but a body that does not match the spec."""

    def __init__(self, message: str, *, status_code: int, body: bytes, method: str, url: str) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code: int = status_code
        self.body: bytes = body


class ResponseTooLargeError(APIError):
    """A success reply was larger than ``max_response_bytes`` (counted decoded); it was not kept.

    ``limit`` is the limit in force, ``status_code`` the reply's status.
    """

    def __init__(self, message: str, *, limit: int, status_code: int, method: str, url: str) -> None:
        super().__init__(message, method=method, url=url)
        self.limit: int = limit
        self.status_code: int = status_code


class APIStatusError(APIError):
    """The server answered with a non-success status.

    ``error`` is the vendor's error body parsed into its typed model when the spec documents one
    for this status (``None`` otherwise); ``body`` keeps the raw bytes either way.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: bytes,
        error: Any = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code: int = status_code
        self.headers: dict[str, str] = dict(headers)
        self.body: bytes = body
        self.error: Any = error
        self.request_id: str | None = request_id

    @property
    def retryable(self) -> bool:
        """Whether the status is one a retry may cure (408, 429, 5xx)."""
        return self.status_code in (408, 429) or self.status_code >= 500


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class RequestTimeoutError(APIStatusError):
    status_code = 408


class ConflictError(APIStatusError):
    status_code = 409


class PayloadTooLargeError(APIStatusError):
    status_code = 413


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class ServerError(APIStatusError):
    """Any 5xx, including statuses outside the IANA registry such as 520."""


class InternalServerError(ServerError):
    status_code = 500


class NotImplementedByServerError(ServerError):
    status_code = 501


class ServiceUnavailableError(ServerError):
    status_code = 503


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    501: NotImplementedByServerError,
    503: ServiceUnavailableError,
}


def error_class_for_status(status_code: int) -> type[APIStatusError]:
    """The most specific error class for any status, registered with IANA or not (499, 520, ...)."""
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    if status_code >= 500:
        return ServerError
    return APIStatusError


def reason_phrase(status_code: int) -> str:
    """The standard phrase, or a neutral one for statuses outside the registry."""
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "Unregistered Status"
