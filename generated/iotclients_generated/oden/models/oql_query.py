"""OQLQuery (specs/oden.openapi.yaml: #/components/schemas/OQLQuery)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OQLQuery(Model):
    """OQLQuery.

    An Oden Query Language query.

    Attributes:
        query (str)
    """

    query: str
