"""NotUniqueError (specs/oden.openapi.yaml: #/components/schemas/NotUniqueError)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class NotUniqueError(Model):
    """NotUniqueError.

    Several entities matched where a unique match was required.

    Attributes:
        entity_name (str)
        num_matches (int)
        error (str)
        retryable (bool)
    """

    entity_name: str
    num_matches: int
    error: str
    retryable: bool
