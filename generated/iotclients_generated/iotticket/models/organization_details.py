"""OrganizationDetails (specs/iotticket.openapi.yaml: #/components/schemas/OrganizationDetails)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OrganizationDetails(Model):
    """OrganizationDetails.

    Attributes:
        id (str)
        name (str)
        enable (bool)
        limits (OrganizationLimits): Named limits (devices, attributes, analytics items...); -1 means unlimited.
        used_limits (OrganizationLimits, wire name usedLimits): Named limits (devices, attributes, analytics items...); -1 means unlimited.
        created (AwareDatetime)
        last_modified (AwareDatetime, wire name lastModified)
        description (None | str, optional)
        contact_person (None | str, optional, wire name contactPerson)
        account_manager (None | str, optional, wire name accountManager)
        created_by (None | str, optional, wire name createdBy)
        modified_by (None | str, optional, wire name modifiedBy)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "account_manager": "accountManager",
        "contact_person": "contactPerson",
        "created_by": "createdBy",
        "last_modified": "lastModified",
        "modified_by": "modifiedBy",
        "used_limits": "usedLimits",
    }

    id: str
    name: str
    enable: bool
    limits: OrganizationLimits
    used_limits: OrganizationLimits
    created: AwareDatetime
    last_modified: AwareDatetime
    description: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    account_manager: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    modified_by: None | str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .organization_limits import OrganizationLimits  # noqa: E402
