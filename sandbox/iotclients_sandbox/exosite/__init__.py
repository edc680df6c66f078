"""The Exosite One Platform sandbox: a stateful fake of the 1P JSON-RPC API for tests and demos."""

from __future__ import annotations

from iotclients_sandbox.exosite.app import create_app
from iotclients_sandbox.exosite.backend import OnePlatformBackend
from iotclients_sandbox.exosite.seed import DEMO_CIK, DEVICE_CIK

__all__ = ["DEMO_CIK", "DEVICE_CIK", "OnePlatformBackend", "create_app"]
