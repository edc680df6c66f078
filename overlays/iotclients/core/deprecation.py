"""Warnings for operations and parameters the spec marks ``deprecated``.

The warning points at the code that called the generated method, so Python's default filters
show it once per call site.
"""

from __future__ import annotations

__all__ = ["warn_deprecated"]


def warn_deprecated(operation: str, argument: str | None = None) -> None:
    """Warn that ``operation`` (or its ``argument``) is deprecated; call it from the generated method."""
    import warnings

    if argument is None:
        message = f"{operation}() is deprecated by the API and may be removed; see its docstring"
    else:
        message = f"{operation}(): the argument {argument!r} is deprecated by the API and may be removed"
    # 1: this function, 2: the generated method, 3: its caller.
    warnings.warn(message, DeprecationWarning, stacklevel=3)
