"""The errors the Oden sandbox answers with, shaped like the vendor's error bodies."""

from __future__ import annotations

from typing import Any

__all__ = [
    "BadParameter",
    "Forbidden",
    "NotFound",
    "NotUnique",
    "OdenError",
    "Unauthorized",
]


class OdenError(Exception):
    """An error response: ``status`` plus the JSON body the API sends for it."""

    status = 500
    retryable = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"error": self.message, "retryable": self.retryable}


class BadParameter(OdenError):
    """400 ParameterError: ``name`` is the offending field, written as a JSON path."""

    status = 400

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name

    def body(self) -> dict[str, Any]:
        return {"error": self.message, "name": self.name, "retryable": False}


class Unauthorized(OdenError):
    status = 401


class Forbidden(OdenError):
    status = 403


class NotFound(OdenError):
    """404: the entity does not exist. ``name`` is the field that referred to it, if any.

    Operations whose contract has no 404 answer 400 naming that field instead.
    """

    status = 404

    def __init__(self, message: str, *, name: str = "") -> None:
        super().__init__(message)
        self.name = name


class NotUnique(OdenError):
    """409 NotUniqueError: a unique match was asked for (or implied) but several entities matched."""

    status = 409

    def __init__(self, entity_name: str, num_matches: int, *, name: str = "") -> None:
        super().__init__(
            f"{num_matches} {entity_name} entities match where one was expected; "
            "narrow the query or send match 'all', 'first' or 'last'"
        )
        self.entity_name = entity_name
        self.num_matches = num_matches
        self.name = name

    def body(self) -> dict[str, Any]:
        return {
            "entity_name": self.entity_name,
            "num_matches": self.num_matches,
            "error": self.message,
            "retryable": False,
        }
