"""Organization (specs/iotticket.openapi.yaml: #/components/schemas/Organization)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Organization(Model):
    """Organization.

    Attributes:
        id (str)
        name (str)
        description (None | str, optional)
    """

    id: str
    name: str
    description: None | str | Unset = UNSET
