"""IoT-TICKET building blocks that need no network: request-body packing and locator resolution.

``packing`` turns device writes into http-adapter bodies of at most 2,048 bytes; ``names_path``
resolves ``names_path`` and ``asset_name`` locators over a cached snapshot of the asset tree.
The HTTP client that sends the bodies and loads the snapshots comes later and builds on these.
"""

from __future__ import annotations

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
from .packing import pack_telemetry_set as pack_telemetry_set
from .packing import pack_timesignals as pack_timesignals

__all__ = [
    "MAX_BODY_BYTES",
    "AmbiguousPathError",
    "AssetMatch",
    "AssetNode",
    "AssetTree",
    "AttributeMatch",
    "AttributeNode",
    "Body",
    "InvalidLocatorError",
    "NamesPathError",
    "PackResult",
    "PathNotFoundError",
    "SetSample",
    "SnapshotCache",
    "TelemetryRow",
    "TimesignalRow",
    "format_timestamp",
    "pack_telemetry",
    "pack_telemetry_set",
    "pack_timesignals",
]
