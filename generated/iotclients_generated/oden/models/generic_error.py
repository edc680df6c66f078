"""GenericError (specs/oden.openapi.yaml: #/components/schemas/GenericError)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class GenericError(Model):
    """GenericError.

    An error with a message.

    Attributes:
        error (str)
        retryable (bool)
    """

    error: str
    retryable: bool
