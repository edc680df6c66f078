"""Bodies are checked against mirrors of their models before sending: same rules, same errors."""

from __future__ import annotations

import datetime

import msgspec
import pytest
from attrs import define

from iotclients.core import codec
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.model import UNSET, Model, Unset, absent_by_default
from iotclients.core.validation import validator
from iotclients.oden.models import BulkIntervalItem, Factory, IntervalBulkCreate, IntervalType, Line

UTC = datetime.UTC


def _body(*items: BulkIntervalItem) -> IntervalBulkCreate:
    return IntervalBulkCreate(
        type=IntervalType(name="operator id"),
        line=Line(name="L", factory=Factory(name="F")),
        intervals=list(items),
    )


def test_a_naive_time_deep_in_a_bulk_body_is_refused_by_path() -> None:
    good = BulkIntervalItem(name="a", start_time=datetime.datetime(2026, 1, 1, tzinfo=UTC))
    bad = BulkIntervalItem(name="b", start_time=datetime.datetime(2026, 1, 1))
    with pytest.raises(InvalidArgumentError) as caught:
        codec.encode_json(_body(good, bad), IntervalBulkCreate, argument="body")
    assert caught.value.argument == "body.intervals[1].start_time"


def test_a_wrong_type_is_refused_and_a_good_body_passes() -> None:
    item = BulkIntervalItem(name=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError) as caught:
        codec.encode_json(_body(item), IntervalBulkCreate, argument="body")
    assert caught.value.argument == "body.intervals[0].name"
    payload = codec.encode_json(_body(BulkIntervalItem(name="ok")), IntervalBulkCreate, argument="body")
    assert b'"intervals":[{"name":"ok"}]' in payload


def test_the_check_builds_no_models() -> None:
    line = Line(name="L", factory=Factory(name="F"))
    payload = codec.encode_json(line, Line, argument="line")
    checker = validator(Line)
    assert checker is not None
    checked = checker.decode(payload)
    assert not isinstance(checked, Line)
    assert checked.factory.name == "F"


def test_a_body_holding_a_union_of_models_is_checked_by_its_own_decoder() -> None:
    # Interval metadata is a oneOf of four models: mirrors cannot tell them apart, the models can.
    assert validator(IntervalBulkCreate) is None
    payload = codec.encode_json(_body(BulkIntervalItem(name="ok")), IntervalBulkCreate, argument="body")
    assert b'"intervals":[{"name":"ok"}]' in payload


@absent_by_default
@define(kw_only=True, slots=True)
class Node(Model):
    name: str
    child: Node | Unset = UNSET


def test_a_model_that_contains_itself_is_checked_by_its_own_decoder() -> None:
    assert validator(Node) is None
    payload = codec.encode_json(Node(name="a", child=Node(name="b")), Node, argument="node")
    assert msgspec.json.decode(payload) == {"name": "a", "child": {"name": "b"}}
    with pytest.raises(InvalidArgumentError) as caught:
        codec.encode_json(Node(name="a", child=Node(name=1)), Node, argument="node")  # type: ignore[arg-type]
    assert caught.value.argument == "node.child.name"
