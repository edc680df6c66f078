"""Hypothesis strategies for property-testing code that uses ``iotclients``.

Every generated model comes from a schema in the vendor's spec; these strategies draw from that
schema, so what they produce is what the real service may send or accept::

    from hypothesis import given
    from iotclients.oden.models import Factory
    from iotclients.testing import instances, documents

    @given(instances(Factory))
    def test_report_names_every_factory(factory: Factory) -> None: ...

    @given(documents(Factory, valid=False))
    def test_rejects_what_the_spec_forbids(document: dict) -> None: ...

Needs ``hypothesis`` and the bundled specs: ``pip install 'iotclients[sandbox]'``.
"""

from __future__ import annotations


def _require_extra() -> None:
    try:
        import hypothesis  # noqa: F401
        import ruamel.yaml  # noqa: F401
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installed extras
        raise ModuleNotFoundError(
            f"iotclients.testing needs {exc.name}, which comes with the sandbox extra: "
            "pip install 'iotclients[sandbox]'",
            name=exc.name,
        ) from exc


_require_extra()

from .model_strategies import documents, instances, spec_strategies  # noqa: E402 (after the check)
from .schema_strategies import SchemaStrategies, aware_datetimes, free_json, rfc3339, texts  # noqa: E402

__all__ = [
    "SchemaStrategies",
    "aware_datetimes",
    "documents",
    "free_json",
    "instances",
    "rfc3339",
    "spec_strategies",
    "texts",
]
