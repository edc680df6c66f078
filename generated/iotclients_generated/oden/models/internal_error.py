"""InternalError (specs/oden.openapi.yaml: #/components/schemas/InternalError)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class InternalError(Model):
    """InternalError.

    An internal server error.

    Attributes:
        error (str)
        retryable (bool)
        id (UUID): The error id to quote when reporting the error to Oden.
    """

    error: str
    retryable: bool
    id: UUID
