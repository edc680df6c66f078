"""The vendors we generate, and where their spec and output live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated" / "iotclients_generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Vendor:
    name: str
    spec: str
    kind: str  # "openapi" | "openrpc"
    facade_module: str
    sync_base: str
    async_base: str

    @property
    def spec_path(self) -> Path:
        return SPECS / self.spec


VENDORS: dict[str, Vendor] = {
    vendor.name: vendor
    for vendor in (
        Vendor(
            name="oden",
            spec="oden.openapi.yaml",
            kind="openapi",
            facade_module="iotclients.oden",
            sync_base="GeneratedOdenClient",
            async_base="GeneratedAsyncOdenClient",
        ),
        Vendor(
            name="exosite",
            spec="exosite.openrpc.yaml",
            kind="openrpc",
            facade_module="iotclients.exosite",
            sync_base="GeneratedOnePlatformClient",
            async_base="GeneratedAsyncOnePlatformClient",
        ),
        Vendor(
            name="iotile",
            spec="iotile.openapi.yaml",
            kind="openapi",
            facade_module="iotclients.iotile",
            sync_base="GeneratedIOTileClient",
            async_base="GeneratedAsyncIOTileClient",
        ),
        Vendor(
            name="iotticket",
            spec="iotticket.openapi.yaml",
            kind="openapi",
            facade_module="iotclients.iotticket",
            sync_base="GeneratedIoTTicketClient",
            async_base="GeneratedAsyncIoTTicketClient",
        ),
    )
}
