"""The demo data every sandbox starts with: a portal client, a device with dataports and history."""

from __future__ import annotations

from typing import Any, Final

from iotclients_sandbox.exosite.tree import Resource, Tree

__all__ = ["DEMO_CIK", "DEVICE_CIK", "seed_tree"]

DEMO_CIK: Final = "5de0c4f0a1b2c3d4e5f60718293a4b5c6d7e8f90"
"""The root demo client's CIK (``--cik`` replaces it)."""
DEVICE_CIK: Final = "0a1b2c3d4e5f60718293a4b5c6d7e8f905de0c4f"

_UNLIMITED = {"limits": {k: "inherit" for k in ("client", "dataport", "datarule", "dispatch", "share")}}


def seed_tree(tree: Tree, cik: str) -> Resource:
    """Build the demo tree into ``tree``; returns the root client."""
    root = tree.add("client", None, {"name": "Demo portal", **_UNLIMITED}, cik=cik)
    device = tree.add("client", root.rid, {"name": "Demo device", **_UNLIMITED}, cik=DEVICE_CIK)
    root.aliases["device"] = device.rid
    now = tree.now()
    ports: dict[str, tuple[str, list[tuple[int, Any]]]] = {
        "temperature": (
            "float",
            [(now - 3600 + 60 * i, round(20.0 + (i % 10) * 0.25, 2)) for i in range(60)],
        ),
        "status": ("string", [(now - 600, "running")]),
        "count": ("integer", [(now - 3600 + 300 * i, i * 10) for i in range(12)]),
    }
    for alias, (fmt, points) in ports.items():
        port = tree.add(
            "dataport",
            device.rid,
            {"format": fmt, "name": alias, "retention": {"count": "infinity", "duration": "infinity"}},
        )
        port.series.put_many(points)
        device.aliases[alias] = port.rid
    return root
