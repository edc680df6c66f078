"""``raise_for_errors()`` for the results of batched writes.

A batched write returns a result listing what was written and what was not, because raising on
the first refused batch would hide which of the other batches landed. A script that does not look
at the result would lose data silently, so every such result can turn itself into an exception:
``client.write_...(...).raise_for_errors()``, or ``check=True`` on the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Self, TypeVar

from .errors import APIError

__all__ = ["IncompleteWriteError", "RaisesForErrors", "checked"]

_R = TypeVar("_R", bound="RaisesForErrors")


class IncompleteWriteError(APIError):
    """A batched write left items unwritten.

    ``result`` is the whole write result (what was written, what was not and why); ``errors`` are
    the API errors behind the failures, first one also chained as ``__cause__``.
    """

    def __init__(self, message: str, *, result: Any, errors: Sequence[APIError]) -> None:
        first = errors[0] if errors else None
        super().__init__(
            message,
            method=first.method if first is not None else None,
            url=first.url if first is not None else None,
        )
        self.result: Any = result
        self.errors: tuple[APIError, ...] = tuple(errors)


class RaisesForErrors:
    """Mixin for write results with an ``ok`` property: adds ``raise_for_errors``."""

    __slots__ = ()

    @property
    def ok(self) -> bool:
        raise NotImplementedError

    def _failures(self) -> tuple[str, tuple[APIError, ...]]:
        """What was not written, in a few words, and the errors behind it."""
        raise NotImplementedError

    def raise_for_errors(self) -> Self:
        """Return this result if everything was written; raise ``IncompleteWriteError`` otherwise."""
        if self.ok:
            return self
        summary, errors = self._failures()
        detail = f": {type(errors[0]).__name__}: {errors[0]}" if errors else ""
        raise IncompleteWriteError(f"{summary}{detail}", result=self, errors=errors) from (
            errors[0] if errors else None
        )


def checked(result: _R, check: bool) -> _R:
    """``result``, raised for errors when ``check`` is set (what a ``check=True`` argument does)."""
    return result.raise_for_errors() if check else result
