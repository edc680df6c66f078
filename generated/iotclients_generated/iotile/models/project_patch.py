"""ProjectPatch (specs/iotile.openapi.yaml: #/components/schemas/ProjectPatch)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ProjectPatch(Model):
    """ProjectPatch.

    Attributes:
        name (str, optional)
        about (str, optional)
    """

    name: str | Unset = UNSET
    about: str | Unset = UNSET
