"""VarTypeSchemaType0 (specs/iotile.openapi.yaml: #/components/schemas/schema_type_0)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, AwareDatetime, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=False)
class VarTypeSchemaType0(Model):
    """VarTypeSchemaType0."""

    pass
