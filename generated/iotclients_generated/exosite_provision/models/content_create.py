"""ContentCreate (specs/exosite-provision.openapi.yaml: #/components/schemas/ContentCreate)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ContentCreate(Model):
    """ContentCreate.

    Attributes:
        id (str)
        meta (str)
        protected (ContentCreateProtected, optional): Only for the serial numbers it is assigned to.
    """

    id: str
    meta: str
    protected: ContentCreateProtected | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .content_create_protected import ContentCreateProtected  # noqa: E402
