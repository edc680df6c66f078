"""The spec's value rules on request bodies, every nested field, checked before anything is sent.

Generated from tests/core/specs/rules.openapi.yaml: ``Line`` holds a ``Factory`` holding a
``Site`` (pattern through a ``$ref``), bounds inclusive and exclusive, a multiple, item counts,
rules on list elements and map values, a nullable string, an enum and the uuid, date and
date-time formats; ``Node`` is recursive. Replies are decoded without these checks.
"""

from __future__ import annotations

import datetime
import json
import uuid
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import InvalidArgumentError


class Recorder:
    def __init__(self, reply: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.reply is None:
            return httpx.Response(201, content=request.content, headers={"Content-Type": "application/json"})
        return httpx.Response(201, json=self.reply)


def _client(rules: ModuleType, recorder: Recorder) -> Any:
    return rules.client.RulesClient(base_url="https://rules.test", transport=httpx.MockTransport(recorder))


def _line(**changes: Any) -> dict[str, Any]:
    line: dict[str, Any] = {"name": "L1", "factory": {"name": "north", "site": {"code": "FI-001"}}}
    line.update(changes)
    return line


def _refused(rules: ModuleType, send: str, body: Any) -> InvalidArgumentError:
    recorder = Recorder()
    with _client(rules, recorder) as client, pytest.raises(InvalidArgumentError) as caught:
        getattr(client, send)(body)
    assert recorder.requests == []  # refused before anything reached the transport
    return caught.value


@pytest.mark.parametrize(
    ("body", "path", "rule"),
    [
        (_line(name="L123456789"), "line.name", "length <= 8"),
        (_line(factory={"name": "", "site": {"code": "FI-001"}}), "line.factory.name", "length >= 1"),
        (_line(factory={"name": "North", "site": {"code": "FI-001"}}), "line.factory.name", "regex"),
        (_line(factory={"name": "north\n", "site": {"code": "FI-001"}}), "line.factory.name", "regex"),
        (_line(factory={"name": "north", "site": {"code": "FI-1"}}), "line.factory.site.code", "regex"),
        (_line(speed=0), "line.speed", "> 0"),
        (_line(speed=10.0), "line.speed", "< 10"),
        (_line(crewSize=0), "line.crew_size", ">= 1"),
        (_line(crewSize=51), "line.crew_size", "<= 50"),
        (_line(slots=[]), "line.slots", "length >= 1"),
        (_line(slots=["ab", "cd", "ef", "gh"]), "line.slots", "length <= 3"),
        (_line(slots=["ab", "c"]), "line.slots[1]", "length >= 2"),
        (_line(limits={"a": 1, "b": -1}), "line.limits", ">= 0"),
        (_line(note="12345"), "line.note", "length <= 4"),
        (_line(order="up"), "line.order", "enum"),
        (_line(startedAt="2026-01-01T00:00:00"), "line.started_at", "timezone"),
        (
            _line(factory={"name": "n", "site": {"code": "FI-001", "openedOn": "2026-13-01"}}),
            "line.factory.site",
            "date",
        ),
        (_line(factory={"name": "n", "site": {"code": "FI-001"}, "id": "x"}), "line.factory.id", "UUID"),
    ],
)
def test_every_rule_of_every_nested_field_names_its_path(
    rules: ModuleType, body: dict[str, Any], path: str, rule: str
) -> None:
    error = _refused(rules, "create_line", body)
    assert error.argument.startswith(path)
    assert rule in error.rule


def test_models_built_in_python_are_checked_too(rules: ModuleType) -> None:
    m = rules.models
    line = m.Line(name="L1", factory=m.Factory(name="north", site=m.Site(code="fi-001")))
    error = _refused(rules, "create_line", line)
    assert error.argument == "line.factory.site.code"


def test_each_item_of_a_bulk_body_and_each_level_of_a_recursive_one(rules: ModuleType) -> None:
    error = _refused(rules, "create_lines", [_line(), _line(crewSize=99)])
    assert error.argument == "body[1].crew_size"
    deep = {"label": "root", "children": [{"label": "a", "children": [{"label": "toolong"}]}]}
    error = _refused(rules, "create_node", deep)
    assert error.argument == "node.children[0].children[0].label"


def test_rules_on_a_whole_body_are_enforced(rules: ModuleType) -> None:
    error = _refused(rules, "create_lines", [_line()] * 4)
    assert error.argument == "body"
    assert "length <= 3" in error.rule
    assert "length >= 1" in _refused(rules, "set_line_tags", []).rule
    error = _refused(rules, "set_line_tags", ["hot", "Wet"])
    assert error.argument == "body[1]"
    recorder = Recorder()
    with _client(rules, recorder) as client:
        client.set_line_tags(["hot", "wet"])
        client.create_lines([_line()] * 3)
    assert [json.loads(r.content) for r in recorder.requests] == [["hot", "wet"], [_line()] * 3]


def test_replies_are_decoded_without_the_rules(rules: ModuleType) -> None:
    """A server's answer is what it is: a stored name longer than the spec allows still reads."""
    stored = _line(name="much too long for a request", speed=99)
    recorder = Recorder(reply=stored)
    with _client(rules, recorder) as client:
        line = client.create_line(_line())
    assert line.name == "much too long for a request"
    assert len(recorder.requests) == 1


def test_types_without_rules_compile_to_no_check() -> None:
    import attrs

    from iotclients.core import constraints

    @attrs.define
    class Plain:
        name: str
        sizes: list[int]

    assert constraints._check_decoder(Plain) is None
    assert constraints._check_decoder(list[Plain]) is None


# ---------------------------------------------------------------------------------------------
# Properties: valid bodies go out exactly as given; one broken rule anywhere is refused.

_factory_name = st.from_regex(r"\A[a-z]{1,12}\Z")
_site_code = st.from_regex(r"\A[A-Z]{2}-[0-9]{3}\Z")
_slot = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=2, max_size=6)


@st.composite
def valid_lines(draw: st.DrawFn) -> dict[str, Any]:
    site: dict[str, Any] = {"code": draw(_site_code)}
    if draw(st.booleans()):
        site["openedOn"] = draw(st.dates()).isoformat()
    factory: dict[str, Any] = {"name": draw(_factory_name), "site": site}
    if draw(st.booleans()):
        factory["id"] = str(draw(st.uuids()))
    line: dict[str, Any] = {"name": draw(st.text(max_size=8)), "factory": factory}
    optional = {
        "speed": st.floats(0, 10, exclude_min=True, exclude_max=True),
        "crewSize": st.integers(1, 50),
        "slots": st.lists(_slot, min_size=1, max_size=3),
        "limits": st.dictionaries(st.text(max_size=4), st.integers(0, 10**9), max_size=3),
        "order": st.sampled_from(["asc", "desc"]),
        "startedAt": st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat()),
        "note": st.one_of(st.none(), st.text(max_size=4)),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            line[key] = draw(strategy)
    return line


@settings(max_examples=60, deadline=None)
@given(line=valid_lines())
def test_valid_bodies_go_out_as_given(rules: ModuleType, line: dict[str, Any]) -> None:
    recorder = Recorder()
    with _client(rules, recorder) as client:
        client.create_line(line)
    assert len(recorder.requests) == 1
    sent = json.loads(recorder.requests[0].content)
    if "startedAt" in line:  # sent in msgspec's RFC 3339 spelling
        sent_at = datetime.datetime.fromisoformat(sent.pop("startedAt"))
        assert sent_at == datetime.datetime.fromisoformat(line.pop("startedAt"))
    if "id" in line["factory"]:
        assert uuid.UUID(sent["factory"].pop("id")) == uuid.UUID(line["factory"].pop("id"))
    assert sent == line


_breakers: dict[str, st.SearchStrategy[Any]] = {
    "name": st.text(min_size=9, max_size=20),
    "speed": st.one_of(st.floats(max_value=0, allow_nan=False), st.floats(min_value=10, allow_nan=False)),
    "crewSize": st.one_of(st.integers(max_value=0), st.integers(min_value=51)),
    "slots": st.one_of(st.just([]), st.lists(_slot, min_size=4, max_size=6), st.just(["x"])),
    "limits": st.dictionaries(st.text(max_size=3), st.integers(max_value=-1), min_size=1, max_size=2),
    "note": st.text(min_size=5, max_size=10),
}


@settings(max_examples=60, deadline=None)
@given(line=valid_lines(), field=st.sampled_from(sorted(_breakers)), data=st.data())
def test_one_broken_rule_anywhere_is_refused(
    rules: ModuleType, line: dict[str, Any], field: str, data: Any
) -> None:
    line[field] = data.draw(_breakers[field])
    error = _refused(rules, "create_line", line)
    attribute = {"crewSize": "crew_size"}.get(field, field)
    assert error.argument.startswith(f"line.{attribute}")


@pytest.mark.parametrize("vendor", ["oden", "exosite_provision", "iotile", "iotticket"])
def test_every_vendor_model_compiles_to_a_check(vendor: str) -> None:
    """Each model a vendor may send compiles once; those with rules anywhere inside get a check."""
    import importlib

    import attrs

    from iotclients.core import constraints

    models = importlib.import_module(f"iotclients_generated.{vendor}.models")
    classes = [getattr(models, name) for name in dir(models) if attrs.has(getattr(models, name))]
    checked = [cls for cls in classes if constraints._check_decoder(cls) is not None]
    constrained = [cls for cls in classes if getattr(cls, "__constraints__", None)]
    assert set(constrained) <= set(checked)
    assert constraints._check_decoder(list[classes[0]]) is not None or classes[0] not in checked
