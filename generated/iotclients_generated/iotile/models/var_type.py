"""VarType (specs/iotile.openapi.yaml: #/components/schemas/VarType)."""

from __future__ import annotations

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class VarType(Model):
    """VarType.

    Attributes:
        slug (str)
        name (str, optional)
        available_input_units (list[Unit], optional)
        available_output_units (list[Unit], optional)
        stream_data_type (None | str, optional)
        decoder (None | VarTypeDecoderType0, optional)
        schema (None | VarTypeSchemaType0, optional)
        storage_units_full (None | str, optional)
        storage_units_short (None | str, optional)
    """

    slug: str
    name: str | Unset = UNSET
    available_input_units: list[Unit] | Unset = UNSET
    available_output_units: list[Unit] | Unset = UNSET
    stream_data_type: None | str | Unset = UNSET
    decoder: None | Unset | VarTypeDecoderType0 = UNSET
    schema: None | Unset | VarTypeSchemaType0 = UNSET
    storage_units_full: None | str | Unset = UNSET
    storage_units_short: None | str | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .unit import Unit  # noqa: E402
from .var_type_decoder_type_0 import VarTypeDecoderType0  # noqa: E402
from .var_type_schema_type_0 import VarTypeSchemaType0  # noqa: E402
