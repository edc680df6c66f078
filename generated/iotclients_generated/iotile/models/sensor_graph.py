"""SensorGraph (specs/iotile.openapi.yaml: #/components/schemas/SensorGraph)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SensorGraph(Model):
    """SensorGraph.

    The sensor graph (application firmware configuration) a device runs; devices name it in `sg`.

    Attributes:
        slug (str)
        name (str, optional)
        app_tag (int, optional)
        app_major_version (int, optional)
        app_minor_version (int, optional)
        version (str, optional)
    """

    slug: str
    name: str | Unset = UNSET
    app_tag: int | Unset = UNSET
    app_major_version: int | Unset = UNSET
    app_minor_version: int | Unset = UNSET
    version: str | Unset = UNSET
