"""Say which extra to install when a module of the server stack is missing."""

from __future__ import annotations

from typing import Final

__all__ = ["SANDBOX_EXTRA", "missing_extra"]

SANDBOX_EXTRA: Final = frozenset({"starlette", "uvicorn", "jsonschema", "referencing", "ruamel"})


def missing_extra(exc: ModuleNotFoundError, what: str) -> ModuleNotFoundError | None:
    """An error naming the ``sandbox`` extra if ``exc`` is about one of its modules, else ``None``."""
    root = (exc.name or "").split(".")[0]
    if root not in SANDBOX_EXTRA:
        return None
    return ModuleNotFoundError(
        f"{what} needs {root}, which comes with the sandbox extra: pip install 'iotclients[sandbox]'",
        name=exc.name,
    )
