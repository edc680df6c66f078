"""ScrapYieldSchema (specs/oden.openapi.yaml: #/components/schemas/ScrapYieldSchema)."""

from __future__ import annotations

from uuid import UUID

from attrs import define
from iotclients.core.model import UNSET, Model, Unset, absent_by_default


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ScrapYieldSchema(Model):
    """ScrapYieldSchema.

    How the scrap and yield records of a factory are converted and measured.

    Attributes:
        id (UUID, optional)
        factory (Factory, optional): A factory, named by `id` or `name`.
        scrap_conversion_factor (float, optional)
        yield_conversion_factor (float, optional)
        scrap_unit (Unit, optional): A unit of measure.
        yield_unit (Unit, optional): A unit of measure.
    """

    id: UUID | Unset = UNSET
    factory: Factory | Unset = UNSET
    scrap_conversion_factor: float | Unset = UNSET
    yield_conversion_factor: float | Unset = UNSET
    scrap_unit: Unit | Unset = UNSET
    yield_unit: Unit | Unset = UNSET


# Imported after the class so that models referring to each other resolve without cycles.
from .factory import Factory  # noqa: E402
from .unit import Unit  # noqa: E402
