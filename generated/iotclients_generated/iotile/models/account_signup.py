"""AccountSignup (specs/iotile.openapi.yaml: #/components/schemas/AccountSignup)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class AccountSignup(Model):
    """AccountSignup.

    Attributes:
        email (str)
        username (str)
        password (str)
        confirm_password (str)
        name (str, optional)
        tagline (str, optional)
        captcha_token (str, optional)
    """

    email: str
    username: str
    password: str
    confirm_password: str
    name: str | Unset = UNSET
    tagline: str | Unset = UNSET
    captcha_token: str | Unset = UNSET
