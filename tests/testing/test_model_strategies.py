"""``iotclients.testing``: documents drawn for a model are exactly what its spec schema allows.

Every named model of every spec is covered: valid documents pass the spec's JSON Schema and
decode into the model; invalid ones fail the schema and are refused by ``from_dict``.
"""

from __future__ import annotations

import enum
import functools
import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from iotclients.core.errors import InvalidArgumentError
from iotclients.testing import documents, instances, spec_strategies
from iotclients.testing.model_schemas import model_schema
from iotclients.testing.model_strategies import carries_files
from iotclients_sandbox.specs import load_spec

FEW = settings(
    max_examples=3,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PACKAGES = ("oden", "iotile", "iotticket", "exosite_provision", "exosite")


def _named_models() -> Iterator[type[Any]]:
    for package in PACKAGES:
        models = importlib.import_module(f"iotclients_generated.{package}.models")
        for name in sorted(models.__all__):
            value = getattr(models, name)
            if not isinstance(value, type) or issubclass(value, enum.Enum):
                continue
            try:
                model_schema(value)
            except ValueError:  # models of inline schemas name no schema
                continue
            yield value


MODELS = list(_named_models())


@functools.cache
def _registry(spec_file: str) -> Registry[Any]:
    uri = f"urn:iotclients-tests:{spec_file}"
    contents = dict(load_spec(spec_file))
    return Registry().with_resource(uri, Resource.from_contents(contents, default_specification=DRAFT202012))


@functools.cache
def _validator(model: type[Any]) -> Draft202012Validator:
    located = model_schema(model)
    uri = f"urn:iotclients-tests:{located.spec_file}"
    return Draft202012Validator({"$ref": f"{uri}{located.pointer}"}, registry=_registry(located.spec_file))


def _carries_files(model: type[Any]) -> bool:
    located = model_schema(model)
    strategies = spec_strategies(located.spec_file)
    return carries_files(strategies, strategies.resolve(located.pointer))


def test_every_spec_has_models_with_named_schemas() -> None:
    modules = {model.__module__.split(".")[1] for model in MODELS}
    assert modules == set(PACKAGES)
    assert len(MODELS) > 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m.__module__.split('.')[1]}.{m.__name__}")
@FEW
@given(data=st.data())
def test_documents_are_valid_or_invalid_as_asked(model: type[Any], data: st.DataObject) -> None:
    validator = _validator(model)
    document = data.draw(documents(model), label="valid")
    errors = [error.message for error in validator.iter_errors(document)]
    assert not errors, (document, errors)
    if not _carries_files(model):  # multipart-only models are never decoded from JSON
        assert isinstance(model.from_dict(document), model)
    broken = data.draw(documents(model, valid=False), label="invalid")
    assert not validator.is_valid(broken), broken
    with pytest.raises((ValueError, TypeError)):  # InvalidArgumentError for any mapping
        model.from_dict(broken)


def test_instances_refuse_models_that_carry_files() -> None:
    from iotclients.iotticket.models import OnnxModelUpload

    with pytest.raises(ValueError, match="carries files"):
        instances(OnnxModelUpload)


@FEW
@given(st.data())
def test_instances_carry_decoded_types(data: st.DataObject) -> None:
    from iotclients.oden.models import Factory, Match

    factory = data.draw(instances(Factory))
    assert isinstance(factory, Factory)
    assert data.draw(instances(Match)) in set(Match)
    assert data.draw(documents(Match, valid=False)) not in {m.value for m in Match}


def test_a_hand_written_class_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="not a generated model"):
        documents(InvalidArgumentError)


def test_the_builder_is_shared_per_spec() -> None:
    assert spec_strategies("oden.openapi.yaml") is spec_strategies("oden.openapi.yaml")
