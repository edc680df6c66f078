"""Focused behaviour of the generated models: UNSET vs null, types of decoded fields, open models,
errors that name the bad field, and lazy loading."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import uuid
from typing import Any

import pytest
from oden_testkit import ROOT, Recorder, json_response, make_client

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.model import UNSET
from iotclients.oden import models

LINE_ID = "2fc8b5e5-fb88-48a7-9c35-4a763206608c"


def sent_body(op: str, body: Any, answer: Any = None) -> dict[str, Any]:
    recorder = Recorder(lambda request: json_response(200, [] if answer is None else answer))
    with make_client(recorder) as client:
        getattr(client, op)(body)
    return json.loads(recorder.requests[0].content)


# -- UNSET vs None ------------------------------------------------------------------------------------


def test_factory_secondary_name_unset_is_omitted_and_none_is_null() -> None:
    assert models.Factory(name="A").to_dict() == {"name": "A"}
    assert models.Factory(name="A", secondary_name=None).to_dict() == {"name": "A", "secondary_name": None}
    assert sent_body("search_factories", models.Factory(name="A")) == {"name": "A"}
    assert sent_body("search_factories", models.Factory(name="A", secondary_name=None)) == {
        "name": "A",
        "secondary_name": None,
    }
    assert sent_body("search_factories", {"name": "A", "secondary_name": None}) == {
        "name": "A",
        "secondary_name": None,
    }


def test_factory_secondary_name_decodes_tri_state() -> None:
    assert models.Factory.from_dict({}).secondary_name is UNSET
    assert models.Factory.from_dict({"secondary_name": None}).secondary_name is None
    assert models.Factory.from_dict({"secondary_name": "B"}).secondary_name == "B"


@pytest.mark.parametrize(
    ("tags", "wire"),
    [(UNSET, "absent"), (None, None), ([], []), (["a", "b"], ["a", "b"])],
)
def test_interval_type_set_tags_tri_state_goes_on_the_wire(tags: Any, wire: Any) -> None:
    body = models.IntervalTypeSet(id=uuid.UUID(LINE_ID), metadata_schema='{"type":"object"}', tags=tags)
    sent = sent_body("set_interval_type", body, answer={})
    if wire == "absent":
        assert "tags" not in sent
    else:
        assert sent["tags"] == wire
    assert sent["metadata_schema"] == '{"type":"object"}'
    assert "name" not in sent


@pytest.mark.parametrize(
    ("raw", "expected"), [({}, UNSET), ({"tags": None}, None), ({"tags": []}, []), ({"tags": ["x"]}, ["x"])]
)
def test_interval_type_set_tags_decode_tri_state(raw: dict[str, Any], expected: Any) -> None:
    tags = models.IntervalTypeSet.from_dict(raw).tags
    assert tags is expected if expected is UNSET or expected is None else tags == expected


def test_a_non_nullable_field_refuses_none() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        models.Line.from_dict({"secondary_name": None})
    assert info.value.argument == "Line.secondary_name"


# -- decoded types ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2021-04-04T08:00:04Z", datetime.timedelta(0)),
        ("2021-04-04T08:00:04.250+02:00", datetime.timedelta(hours=2)),
        ("2021-04-04T08:00:04-05:30", -datetime.timedelta(hours=5, minutes=30)),
    ],
)
def test_datetimes_decode_timezone_aware(text: str, offset: datetime.timedelta) -> None:
    interval = models.Interval.from_dict({"type": {}, "line": {}, "start_time": text})
    assert isinstance(interval.start_time, datetime.datetime)
    assert interval.start_time.tzinfo is not None
    assert interval.start_time.utcoffset() == offset
    recorder = Recorder(lambda request: json_response(200, [{"type": {}, "line": {}, "end_time": text}]))
    with make_client(recorder) as client:
        [found] = client.search_intervals({"type": {"name": "RUN"}, "line": {"name": "L"}})
    assert found.end_time.utcoffset() == offset
    assert found.end_time == datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_naive_datetime_is_not_sent_without_an_offset() -> None:
    body = models.Interval(
        type=models.IntervalType(name="operator id"),
        line=models.Line(name="Line 01"),
        start_time=datetime.datetime(2021, 4, 4, 8, 0),
    )
    recorder = Recorder(lambda request: json_response(200, []))
    with make_client(recorder) as client:
        try:
            client.set_interval(body)
        except InvalidArgumentError as exc:
            assert exc.argument == "interval.start_time"
            assert recorder.requests == []
            return
    sent = json.loads(recorder.requests[0].content)["start_time"]
    assert datetime.datetime.fromisoformat(sent.replace("Z", "+00:00")).tzinfo is not None, sent


def test_uuid_fields_decode_to_uuid_and_encode_canonically() -> None:
    line = models.Line.from_dict({"id": LINE_ID.upper(), "factory": {"id": LINE_ID}})
    assert isinstance(line.id, uuid.UUID) and line.id == uuid.UUID(LINE_ID)
    assert isinstance(line.factory.id, uuid.UUID)
    assert line.to_dict() == {"id": LINE_ID, "factory": {"id": LINE_ID}}
    test = models.BulkDeleteQualityTestsRequest.from_dict({"ids": [LINE_ID]})
    assert test.ids == [uuid.UUID(LINE_ID)]


def test_string_ids_that_look_like_numbers_stay_strings() -> None:
    assert models.QualitySchema.from_dict({"id": "23"}).id == "23"
    assert models.Interval.from_dict({"type": {}, "line": {}, "id": "1809d88adf0"}).id == "1809d88adf0"
    assert models.StateReason.from_dict({"id": 7}).id == 7


def test_enums_decode_to_their_enum_classes() -> None:
    line = models.Line.from_dict({"match": "all"})
    assert line.match is models.Match.ALL
    meta = models.StateMetadata.from_dict({"metadata_type": "state"})
    assert isinstance(meta.metadata_type, models.StateMetadataMetadataType)
    assert meta.metadata_type.value == "state"
    column = models.DashboardColumnSpec.from_dict({"name": "speed", "type": "number"})
    assert isinstance(column.type, models.DashboardColumnSpecType)
    assert sent_body("search_lines", models.Line(match=models.Match.LAST)) == {"match": "last"}


def test_an_enum_value_outside_the_spec_is_refused() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        models.Line.from_dict({"match": "ALL"})
    assert info.value.argument == "Line.match"


# -- open models -------------------------------------------------------------------------------------


def test_interval_metadata_keeps_and_reemits_unknown_keys() -> None:
    meta = models.StateMetadata.from_dict(
        {"operator": "Operator 7", "comment": "night shift", "shift": {"n": 3}}
    )
    assert meta["operator"] == "Operator 7"
    assert meta["shift"] == {"n": 3}
    assert meta.comment == "night shift"
    assert "comment" not in meta.additional_properties
    assert meta.to_dict() == {"operator": "Operator 7", "comment": "night shift", "shift": {"n": 3}}


def test_interval_metadata_extra_keys_go_on_the_wire_and_come_back() -> None:
    meta = models.CustomMetadata()
    meta["operator"] = "Operator 9"
    meta["comment"] = "c"
    body = models.Interval(
        type=models.IntervalType(name="operator id"), line=models.Line(name="L"), metadata=meta
    )
    answer = [
        {
            "type": {"name": "operator id"},
            "line": {"name": "L"},
            "metadata": {"operator": "Operator 9", "comment": "c", "metadata_type": "custom"},
        }
    ]
    recorder = Recorder(lambda request: json_response(200, answer))
    with make_client(recorder) as client:
        [stored] = client.set_interval(body)
    assert json.loads(recorder.requests[0].content)["metadata"] == {
        "operator": "Operator 9",
        "comment": "c",
        "metadata_type": "custom",
    }
    assert isinstance(stored.metadata, models.CustomMetadata)
    assert stored.metadata["operator"] == "Operator 9"
    assert stored.metadata.metadata_type is models.CustomMetadataMetadataType("custom")
    assert models.Interval.from_dict(stored.to_dict()) == stored


def test_open_model_equality_includes_extra_keys() -> None:
    a = models.CustomMetadata.from_dict({"operator": "A"})
    b = models.CustomMetadata.from_dict({"operator": "B"})
    assert a != b
    assert a == models.CustomMetadata.from_dict({"operator": "A"})


# -- errors name the field -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "raw", "argument"),
    [
        (models.Interval, {"type": {}, "line": {"factory": {"id": "nope"}}}, "Interval.line.factory.id"),
        (
            models.IntervalBulkCreate,
            {"intervals": [{}, {"start_time": "soon"}]},
            "IntervalBulkCreate.intervals[1].start_time",
        ),
        (models.Factory, {"name": 5}, "Factory.name"),
        (models.Target, {"target_value": "high"}, "Target.target_value"),
        (models.DashboardExecuteRequest, {"dashboard": {"id": "x"}}, "DashboardExecuteRequest.dashboard.id"),
        (models.StateReason, {"id": "seven"}, "StateReason.id"),
    ],
)
def test_from_dict_on_a_bad_value_names_the_field_path(cls: type, raw: dict[str, Any], argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        cls.from_dict(raw)
    assert isinstance(info.value, ValueError)
    assert info.value.argument == argument
    assert info.value.rule
    assert str(info.value).startswith(argument)


def test_from_dict_on_a_missing_required_field_names_it() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        models.Interval.from_dict({"type": {}})
    assert "line" in str(info.value)
    assert info.value.argument.startswith("Interval")


def test_from_dict_does_not_mutate_its_input() -> None:
    raw = {
        "type": {"name": "t"},
        "line": {"name": "l"},
        "metadata": {"metadata_type": "custom", "operator": "x"},
    }
    snapshot = json.dumps(raw, sort_keys=True)
    models.Interval.from_dict(raw).to_dict()["line"]["name"] = "changed"
    assert json.dumps(raw, sort_keys=True) == snapshot


def test_repr_leaves_out_absent_fields() -> None:
    assert repr(models.Line(name="L")) == "Line(name='L')"


# -- lazy loading ---------------------------------------------------------------------------------------


def test_importing_the_facade_does_not_load_models_until_used() -> None:
    code = """
import sys
import iotclients.oden
from iotclients.oden import OdenClient
client = OdenClient("lazy-test-key")
loaded = sorted(m for m in sys.modules if m.startswith("iotclients_generated.oden.models."))
assert loaded == [], loaded
from iotclients.oden import models
assert "iotclients_generated.oden.models.line" not in sys.modules
models.Line
assert "iotclients_generated.oden.models.line" in sys.modules
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")])}
    env.pop("ODEN_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
