"""ModelCreate (specs/exosite-provision.openapi.yaml: #/components/schemas/ModelCreate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ModelCreate(Model):
    """ModelCreate.

    Exactly one of `rid` and `code` names the template client.

    Attributes:
        model (str)
        rid (str, optional)
        code (str, optional)
        options (list[ModelOption], optional, wire name options[])
    """

    __wire_names__: ClassVar[dict[str, str]] = {"options": "options[]"}

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {
        "code": {"min_length": 1, "type": "string"},
        "model": {"min_length": 1, "type": "string"},
        "rid": {"pattern": "^[0-9a-f]{40}$", "type": "string"},
    }

    model: str
    rid: str | Unset = UNSET
    code: str | Unset = UNSET
    options: list[ModelOption] | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .model_option import ModelOption  # noqa: E402
