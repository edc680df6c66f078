"""LoginFailureType1 (an inline schema of specs/iotile.openapi.yaml)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import OpenModel, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class LoginFailureType1(OpenModel):
    """LoginFailureType1.

    A refused login: a bare JSON string for wrong credentials, or
    `{"detail"}` when the request carried an invalid `Authorization`
    header (the server checks it even here).

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    """

    pass
