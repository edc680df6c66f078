"""Shared markers of the generated models (re-exported from the runtime)."""

from iotclients.core.model import UNSET, Unset

__all__ = ["UNSET", "Unset"]
