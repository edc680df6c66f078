"""MLParameter (specs/iotticket.openapi.yaml: #/components/schemas/MLParameter)."""

from __future__ import annotations

from typing import ClassVar

from attrs import define
from iotclients.core.model import UNSET, OpenModel, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class MLParameter(OpenModel):
    """MLParameter.

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        name (str)
        data_type (str, wire name dataType)
        description (None | str, optional)
    """

    __wire_names__: ClassVar[dict[str, str]] = {"data_type": "dataType"}

    name: str
    data_type: str
    description: None | str | Unset = UNSET
