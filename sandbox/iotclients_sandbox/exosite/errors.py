"""How a procedure fails: a per-call status (with an optional error object or result)."""

from __future__ import annotations

from typing import Any

__all__ = ["CallFailure", "RequestFailure"]


class CallFailure(Exception):
    """One call fails with ``status`` (``invalid``, ``restricted``, a list of rejected entries...)."""

    def __init__(self, status: Any, error: dict[str, Any] | None = None, result: Any = None) -> None:
        super().__init__(str(status))
        self.status = status
        self.error = error
        self.result = result

    def reply(self, call_id: Any) -> dict[str, Any]:
        entry: dict[str, Any] = {"id": call_id, "status": self.status}
        if self.error is not None:
            entry["error"] = self.error
        if self.result is not None:
            entry["result"] = self.result
        return entry


class RequestFailure(Exception):
    """The whole request fails: ``{"error": {code, message, context}}``."""

    def __init__(self, code: int, message: str, context: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.context = context

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "context": self.context}}


def invalid(why: str = "") -> CallFailure:
    return CallFailure("invalid", {"code": 400, "message": why, "context": "arguments"} if why else None)


def restricted() -> CallFailure:
    return CallFailure("restricted")


def noauth() -> CallFailure:
    return CallFailure("noauth")


def unsupported(procedure: str) -> CallFailure:
    return CallFailure(
        "fail", {"code": 501, "message": f"arguments not supported by {procedure}", "context": "arguments"}
    )
