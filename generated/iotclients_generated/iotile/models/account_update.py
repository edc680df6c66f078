"""AccountUpdate (specs/iotile.openapi.yaml: #/components/schemas/AccountUpdate)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class AccountUpdate(Model):
    """AccountUpdate.

    Attributes:
        name (str, optional)
        tagline (str, optional)
    """

    name: str | Unset = UNSET
    tagline: str | Unset = UNSET
