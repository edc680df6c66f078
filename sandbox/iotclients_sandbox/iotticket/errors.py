"""The errors the IoT-TICKET sandbox answers with: ``{code, message}`` bodies, or RFC 6749 for tokens."""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "BadRequest",
    "Conflict",
    "Forbidden",
    "IoTTicketError",
    "NotFound",
    "OAuthFailure",
    "TooLarge",
    "Unauthorized",
]

REALM: Final = "iot-ticket"


class IoTTicketError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}

    def headers(self) -> dict[str, str]:
        return {}


class BadRequest(IoTTicketError):
    status = 400
    code = "bad_request"


class Unauthorized(IoTTicketError):
    """A 401, with the challenge RFC 7235 requires: ``Bearer`` for the API, ``Basic`` for devices."""

    status = 401
    code = "unauthorized"

    def __init__(self, message: str, scheme: str = "Bearer") -> None:
        super().__init__(message)
        self.scheme = scheme

    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": f'{self.scheme} realm="{REALM}"'}


class Forbidden(IoTTicketError):
    status = 403
    code = "forbidden"


class NotFound(IoTTicketError):
    status = 404
    code = "not_found"


class Conflict(IoTTicketError):
    status = 409
    code = "conflict"


class TooLarge(IoTTicketError):
    status = 413
    code = "payload_too_large"


class OAuthFailure(IoTTicketError):
    """A token-endpoint failure in the RFC 6749 shape (``error`` is one of its codes)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error

    def body(self) -> dict[str, Any]:
        return {"error": self.error, "error_description": self.message}

    def headers(self) -> dict[str, str]:
        # RFC 6749 5.2: a 401 from the token endpoint challenges for client authentication.
        return {"WWW-Authenticate": f'Basic realm="{REALM}"'} if self.status == 401 else {}
