"""The IOTile Cloud sandbox: a stateful fake of ``/api/v1/`` for tests, demos and benchmarks."""

from __future__ import annotations

from iotclients_sandbox.iotile.app import create_app
from iotclients_sandbox.iotile.backend import IOTileBackend
from iotclients_sandbox.iotile.seed import BIG_STREAM, DEMO_EMAIL, DEMO_PASSWORD, EVENT_STREAM

__all__ = ["BIG_STREAM", "DEMO_EMAIL", "DEMO_PASSWORD", "EVENT_STREAM", "IOTileBackend", "create_app"]
