"""OAuthError (specs/iotticket.openapi.yaml: #/components/schemas/OAuthError)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OAuthError(Model):
    """OAuthError.

    Attributes:
        error (OAuthErrorError)
        error_description (str, optional)
    """

    error: OAuthErrorError
    error_description: str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .o_auth_error_error import OAuthErrorError  # noqa: E402
