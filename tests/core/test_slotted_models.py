"""Generated models are slotted: typos are refused, absent fields read as UNSET, objects stay small."""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from iotclients.core import codec
from iotclients.core.model import UNSET
from iotclients.oden.models import Factory, Line, Match
from tests.bench import data


def test_a_misspelt_attribute_is_refused_not_sent() -> None:
    factory = Factory(name="A")
    with pytest.raises(AttributeError):
        factory.secondary_nmae = "B"  # type: ignore[attr-defined]
    factory.secondary_name = "B"
    assert codec.to_builtins(factory) == {"name": "A", "secondary_name": "B"}
    assert not hasattr(factory, "__dict__")


def test_decoded_models_read_absent_fields_as_unset() -> None:
    (line,) = codec.decode(b'[{"name": "L1", "factory": {"name": "F"}}]', list[Line])
    assert line.name == "L1" and line.factory.name == "F"
    assert line.id is UNSET and line.match is UNSET and line.factory.timezone is UNSET
    assert codec.to_builtins(line) == {"name": "L1", "factory": {"name": "F"}}
    with pytest.raises(AttributeError):
        line.mach = Match.ALL  # type: ignore[attr-defined]


def test_constructed_models_hold_their_defaults() -> None:
    line = Line(name="L1")
    assert line.factory is UNSET and line.match is UNSET
    assert Line(name="L1") == line


def _retained(build: Callable[[], Any]) -> int:
    build()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0] - before
        del kept
    finally:
        tracemalloc.stop()
    return size


def test_decoded_lines_keep_less_memory_than_the_same_json_as_dicts() -> None:
    body = data.lines_body(1000)
    ours = _retained(lambda: codec.decode(body, list[Line]))
    dicts = _retained(lambda: json.loads(body))
    # Slotted objects: about 0.8 of the dicts (a per-object __dict__ made it 1.5).
    assert ours <= 0.85 * dicts
