"""DeviceKey (specs/iotile.openapi.yaml: #/components/schemas/DeviceKey)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import (
    Model,
    absent_by_default,
    register_secret_fields,
)


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DeviceKey(Model):
    """DeviceKey.

    Attributes:
        type (str)
        key (str)
    """

    # Credentials: masked in repr, and registered so logs and error texts mask them too.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset(["key"])

    type: str
    key: str

    def __attrs_post_init__(self) -> None:
        register_secret_fields(self)
