"""ParameterError (specs/oden.openapi.yaml: #/components/schemas/ParameterError)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import Model, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ParameterError(Model):
    """ParameterError.

    An error about one of the input parameters.

    Attributes:
        error (str)
        name (str): The name of the offending parameter.
        retryable (bool)
    """

    error: str
    name: str
    retryable: bool
