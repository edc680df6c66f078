"""ContentCreate (specs/exosite-provision.openapi.yaml: #/components/schemas/ContentCreate)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ContentCreate(Model):
    """ContentCreate.

    Attributes:
        id (str)
        meta (str)
        protected (ContentCreateProtected, optional): Only for the serial numbers it is assigned to.
    """

    # The spec's value rules per field (msgspec.Meta arguments), checked before a body is sent.
    __constraints__: ClassVar[dict[str, object]] = {"id": {"min_length": 1, "type": "string"}}

    id: str
    meta: str
    protected: ContentCreateProtected | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .content_create_protected import ContentCreateProtected  # noqa: E402
