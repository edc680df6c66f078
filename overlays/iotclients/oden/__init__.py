"""Oden Technologies API v2: ``OdenClient`` and ``AsyncOdenClient``.

Models live in ``iotclients.oden.models`` and load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, AsyncOdenClient, OdenClient
from .bulk import BulkDeleteResult, BulkUpdateResult, BulkWriteResult, FailedItem, FailedWindow

if TYPE_CHECKING:
    from iotclients_generated.oden import models as models

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
    if name == "models":
        from iotclients_generated.oden import models

        return models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
