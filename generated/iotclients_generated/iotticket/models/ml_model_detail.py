"""MLModelDetail (specs/iotticket.openapi.yaml: #/components/schemas/MLModelDetail)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import (
    UNSET,
    AwareDatetime,
    Model,
    Unset,
    absent_by_default,
    register_secret_fields,
)


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MLModelDetail(Model):
    """MLModelDetail.

    Attributes:
        id (str)
        name (str)
        trigger_url (str, wire name triggerUrl)
        organization (str)
        subscription (str)
        updated_at (AwareDatetime, wire name updatedAt)
        created_at (AwareDatetime, wire name createdAt)
        inputs (list[MLParameter])
        outputs (list[MLParameter])
        description (None | str, optional)
        help_text (None | str, optional, wire name helpText)
        method (HttpMethod, optional)
        job_id (None | str, optional, wire name jobId)
        client_id (None | str, optional, wire name clientId)
        token (None | str, optional): Always null in responses; a stored secret is never returned.
        updated_by (None | str, optional, wire name updatedBy)
        created_by (None | str, optional, wire name createdBy)
        headers (StringMap, optional)
        in_use (bool, optional, wire name inUse): Whether an asset uses the model.
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "client_id": "clientId",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "help_text": "helpText",
        "in_use": "inUse",
        "job_id": "jobId",
        "trigger_url": "triggerUrl",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
    }

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["token"])

    id: str
    name: str
    trigger_url: str
    organization: str
    subscription: str
    updated_at: AwareDatetime
    created_at: AwareDatetime
    inputs: list[MLParameter]
    outputs: list[MLParameter]
    description: None | str | Unset = UNSET
    help_text: None | str | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    job_id: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    headers: StringMap | Unset = UNSET
    in_use: bool | Unset = UNSET

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)


# Imported after the class so that models referring to each other resolve without cycles.
from .http_method import HttpMethod  # noqa: E402
from .ml_parameter import MLParameter  # noqa: E402
from .string_map import StringMap  # noqa: E402
