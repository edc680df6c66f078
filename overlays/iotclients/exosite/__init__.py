"""Exosite One Platform: ``OnePlatformClient`` and ``AsyncOnePlatformClient`` (JSON-RPC), and the
Provisioning API's ``ProvisionClient`` and ``AsyncProvisionClient`` (REST).

JSON-RPC models live in ``iotclients.exosite.models`` and load on first use; Provisioning rows
(``SerialNumber``, ``ContentInfo``, ...) in ``iotclients.exosite.provision_rows``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, AsyncOnePlatformClient, OnePlatformClient

if TYPE_CHECKING:
    from iotclients.core.rpc_calls import Pending
    from iotclients.core.rpc_errors import CallError, LockedError, RejectedEntriesError, RequestRejectedError
    from iotclients_generated.exosite import models as models

    from .points import RejectedPoint, WritePointsResult
    from .provision import ProvisionClient
    from .provision_async import AsyncProvisionClient

_HOMES = {
    "AsyncProvisionClient": "iotclients.exosite.provision_async",
    "ProvisionClient": "iotclients.exosite.provision",
    "RejectedPoint": "iotclients.exosite.points",
    "WritePointsResult": "iotclients.exosite.points",
    "Pending": "iotclients.core.rpc_calls",
    "CallError": "iotclients.core.rpc_errors",
    "LockedError": "iotclients.core.rpc_errors",
    "RejectedEntriesError": "iotclients.core.rpc_errors",
    "RequestRejectedError": "iotclients.core.rpc_errors",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncOnePlatformClient",
    "AsyncProvisionClient",
    "CallError",
    "LockedError",
    "OnePlatformClient",
    "Pending",
    "ProvisionClient",
    "RejectedEntriesError",
    "RejectedPoint",
    "RequestRejectedError",
    "WritePointsResult",
    "models",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name == "models":
        return importlib.import_module("iotclients_generated.exosite.models")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
