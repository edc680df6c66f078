"""Oden Technologies API v2: ``OdenClient`` and ``AsyncOdenClient``.

Models live in ``iotclients.oden.models`` and load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, AsyncOdenClient, OdenClient

if TYPE_CHECKING:
    from iotclients_generated.oden import models as models

    from .bulk import BulkDeleteResult, BulkUpdateResult, BulkWriteResult, FailedItem, FailedWindow

_BULK_NAMES = frozenset(
    {"BulkDeleteResult", "BulkUpdateResult", "BulkWriteResult", "FailedItem", "FailedWindow"}
)

__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncOdenClient",
    "BulkDeleteResult",
    "BulkUpdateResult",
    "BulkWriteResult",
    "FailedItem",
    "FailedWindow",
    "OdenClient",
    "models",
]


def __getattr__(name: str) -> Any:
    # Loaded on first use: `import iotclients.oden` stays close to the cost of `import httpx`.
    if name in _BULK_NAMES:
        from . import bulk

        return getattr(bulk, name)
    if name == "models":
        from iotclients_generated.oden import models

        return models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
