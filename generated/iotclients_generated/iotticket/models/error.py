"""Error (specs/iotticket.openapi.yaml: #/components/schemas/Error)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Error(Model):
    """Error.

    Attributes:
        code (str): A stable machine-readable code, e.g. not_found.
        message (str)
        details (ErrorDetails, optional)
    """

    code: str
    message: str
    details: ErrorDetails | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .error_details import ErrorDetails  # noqa: E402
