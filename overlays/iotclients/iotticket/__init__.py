"""Wapice IoT-TICKET: ``IoTTicketClient`` / ``AsyncIoTTicketClient`` with every method of the
vendor's Python SDK, plus the pieces they are built from: ``packing`` (device writes in bodies of
at most 2,048 bytes) and ``names_path`` (locators resolved over a cached asset-tree snapshot).
"""

from __future__ import annotations

from ._async_client import AsyncIoTTicketClient as AsyncIoTTicketClient
from ._auth import DEFAULT_BASE_URL as DEFAULT_BASE_URL
from ._client import IoTTicketClient as IoTTicketClient
from .names_path import AmbiguousPathError as AmbiguousPathError
from .names_path import AssetMatch as AssetMatch
from .names_path import AssetNode as AssetNode
from .names_path import AssetTree as AssetTree
from .names_path import AttributeMatch as AttributeMatch
from .names_path import AttributeNode as AttributeNode
from .names_path import InvalidLocatorError as InvalidLocatorError
from .names_path import NamesPathError as NamesPathError
from .names_path import PathNotFoundError as PathNotFoundError
from .names_path import SnapshotCache as SnapshotCache
from .packing import MAX_BODY_BYTES as MAX_BODY_BYTES
from .packing import Body as Body
from .packing import PackResult as PackResult
from .packing import SetSample as SetSample
from .packing import TelemetryRow as TelemetryRow
from .packing import TimesignalRow as TimesignalRow
from .packing import format_timestamp as format_timestamp
from .packing import pack_telemetry as pack_telemetry
from .results import CommandLogEntry as CommandLogEntry
from .results import RequestReport as RequestReport
from .results import WriteResult as WriteResult
from .whole_items import pack_events as pack_events
from .whole_items import pack_telemetry_set as pack_telemetry_set
from .whole_items import pack_timesignals as pack_timesignals

__all__ = [
    "DEFAULT_BASE_URL",
    "MAX_BODY_BYTES",
    "AmbiguousPathError",
    "AssetMatch",
    "AssetNode",
    "AssetTree",
    "AsyncIoTTicketClient",
    "AttributeMatch",
    "AttributeNode",
    "Body",
    "CommandLogEntry",
    "InvalidLocatorError",
    "IoTTicketClient",
    "NamesPathError",
    "PackResult",
    "PathNotFoundError",
    "RequestReport",
    "SetSample",
    "SnapshotCache",
    "TelemetryRow",
    "TimesignalRow",
    "WriteResult",
    "format_timestamp",
    "pack_events",
    "pack_telemetry",
    "pack_telemetry_set",
    "pack_timesignals",
]
