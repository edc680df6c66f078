"""MLModelCreate (specs/iotticket.openapi.yaml: #/components/schemas/MLModelCreate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MLModelCreate(Model):
    """MLModelCreate.

    Attributes:
        name (str)
        trigger_url (str, wire name triggerUrl)
        method (HttpMethod)
        inputs (list[MLParameter])
        outputs (list[MLParameter])
        description (str, optional)
        help_text (str, optional, wire name helpText)
        client_id (str, optional, wire name clientId)
        scope (str, optional)
        headers (StringMap, optional)
        job_id (str, optional, wire name jobId)
        credential_id (str, optional, wire name credentialId)
    """

    __wire_names__: ClassVar[dict[str, str]] = {
        "client_id": "clientId",
        "credential_id": "credentialId",
        "help_text": "helpText",
        "job_id": "jobId",
        "trigger_url": "triggerUrl",
    }

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "name": {"max_length": 255, "min_length": 1, "type": "string"},
        "trigger_url": {"min_length": 1, "type": "string"},
    }

    name: str
    trigger_url: str
    method: HttpMethod
    inputs: list[MLParameter]
    outputs: list[MLParameter]
    description: str | Unset = UNSET
    help_text: str | Unset = UNSET
    client_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    headers: StringMap | Unset = UNSET
    job_id: str | Unset = UNSET
    credential_id: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .http_method import HttpMethod  # noqa: E402
from .ml_parameter import MLParameter  # noqa: E402
from .string_map import StringMap  # noqa: E402
