"""The Oden sandbox: a stateful fake of the Oden API v2 for tests and demos."""

from __future__ import annotations

from iotclients_sandbox.oden.app import create_app
from iotclients_sandbox.oden.backend import OdenBackend
from iotclients_sandbox.oden.seed import DEMO_API_KEY, READ_ONLY_API_KEY

__all__ = ["DEMO_API_KEY", "READ_ONLY_API_KEY", "OdenBackend", "create_app"]
