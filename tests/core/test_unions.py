"""``oneOf``/``anyOf`` end to end: the generated types, decoding into the right member, encoding the
member's JSON with its discriminator, and typed errors naming the members, through a generated
client on a recording transport (spec: tests/generator/specs/unions.openapi.yaml)."""

from __future__ import annotations

import json
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import APIResponseValidationError, InvalidArgumentError
from iotclients.core.model import UNSET, Unset
from iotclients.core.unions import OneOf
from tests.core.union_specs import PROBE, oden_shaped_probe


class Recorder:
    def __init__(self, status: int = 200, reply: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.status, json=self.reply)

    def sent(self) -> Any:
        return json.loads(self.requests[-1].content)


def _client(package: ModuleType, recorder: Recorder, name: str = "UnionsClient") -> Any:
    return getattr(package.client, name)(
        base_url="https://unions.test", transport=httpx.MockTransport(recorder)
    )


# -- generated types -----------------------------------------------------------------------------


def _returns(package: ModuleType, method: str) -> Any:
    """The return annotation of a client method (models are imported only for type checkers)."""
    names = {name: getattr(package.models, name) for name in package.models.__all__}
    function = getattr(package.client.UnionsClient, method)
    return typing.get_type_hints(function, globalns={**vars(package.client), **names})["return"]


def test_named_unions_are_type_aliases_of_their_members(unions: ModuleType) -> None:
    m = unions.models
    assert typing.get_args(m.Pet)[0] == m.Cat | m.Dog
    marker = typing.get_args(m.Pet)[1]
    assert isinstance(marker, OneOf)
    assert (marker.kind, marker.discriminator, marker.mapping) == (
        "oneOf",
        "petType",
        {"cat": "Cat", "dog": "Dog"},
    )
    # Without a mapping the component names are the discriminator values.
    assert typing.get_args(m.Shape)[1].mapping == {"Circle": "Circle", "Square": "Square"}
    assert "Pet" in m.__all__


def test_every_body_and_reply_type_of_the_probe_resolves(unions: ModuleType) -> None:
    import importlib
    import pkgutil

    api = importlib.import_module(f"{unions.__name__}.api")
    resolved = []
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        op = getattr(importlib.import_module(info.name), "OPERATION", None)
        if op is None:
            continue
        thunks = [t for reply in op.replies.values() for t in reply.content.values() if t]
        resolved += [
            thunk() for thunk in [*thunks, *op.errors.values(), *([op.body.type] if op.body else [])]
        ]
    m = unions.models
    assert m.Pet in resolved
    assert m.Drawing in resolved
    assert m.Ticket in resolved


def test_method_annotations_are_the_unions(unions: ModuleType) -> None:
    m = unions.models
    assert _returns(unions, "create_pet") == m.Cat | m.Dog
    assert _returns(unions, "search_pets") == list[m.Cat | m.Dog]
    assert _returns(unions, "add_contact") == m.Email | m.Phone | str
    hints = typing.get_type_hints(m.Drawing)
    assert hints["shapes"] == list[m.Circle | m.Square] | Unset
    assert set(typing.get_args(hints["highlight"])) >= {m.Circle, m.Square, type(None)}
    assert set(typing.get_args(hints["label"])) >= {m.TextLabel, m.IconLabel, str}


def test_several_success_schemas_make_a_union_return_decoded_by_status(unions: ModuleType) -> None:
    m = unions.models
    assert _returns(unions, "save_drawing") == m.Drawing | m.Ticket
    stored = _client(unions, Recorder(201, {"title": "T"})).save_drawing(m.Drawing(title="T"))
    assert stored == m.Drawing(title="T")
    queued = _client(unions, Recorder(202, {"ticket": "abc"})).save_drawing(m.Drawing(title="T"))
    assert queued == m.Ticket(ticket="abc")


# -- decoding ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "cls"),
    [
        ({"petType": "cat", "name": "Tom", "lives": 9}, "Cat"),
        ({"petType": "dog", "name": "Rex", "goodBoy": True}, "Dog"),
    ],
)
def test_an_explicit_mapping_picks_the_member(unions: ModuleType, reply: dict[str, Any], cls: str) -> None:
    pet = _client(unions, Recorder(reply=reply)).create_pet(reply)
    assert type(pet) is getattr(unions.models, cls)
    assert pet.to_dict() == reply


async def test_the_async_client_decodes_unions_too(unions: ModuleType) -> None:
    m = unions.models
    recorder = Recorder(reply=[{"petType": "dog", "name": "Rex"}, {"petType": "cat", "name": "Tom"}])
    async with unions.client.AsyncUnionsClient(
        base_url="https://unions.test", transport=httpx.MockTransport(recorder)
    ) as client:
        pets = await client.search_pets(m.PetQuery(name="R"))
    assert [type(p) for p in pets] == [m.Dog, m.Cat]


def test_an_implicit_mapping_is_the_component_name(unions: ModuleType) -> None:
    m = unions.models
    # Square's fields would not fit a circle, but the value names the member, so no guessing.
    shape = _client(unions, Recorder(reply={"kind": "Square", "side": 2})).add_shape(m.Square(side=2.0))
    assert shape == m.Square(kind="Square", side=2.0)
    with pytest.raises(APIResponseValidationError, match=r"Object missing required field `side`"):
        _client(unions, Recorder(reply={"kind": "Square", "radius": 1})).add_shape(m.Square(side=2.0))


def test_an_unknown_discriminator_value_names_the_members(unions: ModuleType) -> None:
    with pytest.raises(APIResponseValidationError, match=r"'cow', which names none of Cat, Dog"):
        _client(unions, Recorder(reply={"petType": "cow", "name": "Daisy"})).create_pet(
            {"petType": "cat", "name": "Tom"}
        )


def test_lists_of_a_union_decode_each_item_into_its_member(unions: ModuleType) -> None:
    m = unions.models
    reply = [{"petType": "dog", "name": "Rex"}, {"petType": "cat", "name": "Tom"}]
    pets = _client(unions, Recorder(reply=reply)).search_pets(m.PetQuery())
    assert [type(p) for p in pets] == [m.Dog, m.Cat]


def test_without_a_discriminator_the_one_member_that_validates_is_taken(unions: ModuleType) -> None:
    m = unions.models
    client = _client(unions, Recorder(reply={"phone": "+358"}))
    assert client.add_contact(m.Email(email="a@example.com")) == m.Phone(phone="+358")


def test_an_object_matching_no_member_names_every_member_and_why(unions: ModuleType) -> None:
    m = unions.models
    client = _client(unions, Recorder(reply={"fax": "1"}))
    with pytest.raises(APIResponseValidationError) as caught:
        client.add_contact(m.Email(email="a@example.com"))
    text = str(caught.value)
    assert "matches none of Email | Phone, str" in text
    assert "Object missing required field `email`" in text
    assert "Object missing required field `phone`" in text


def test_an_object_matching_several_members_of_a_one_of_is_refused(unions: ModuleType) -> None:
    m = unions.models
    client = _client(unions, Recorder(reply={"email": "a@example.com", "phone": "+358"}))
    with pytest.raises(APIResponseValidationError, match=r"matches more than one of Email, Phone \(oneOf"):
        client.add_contact(m.Email(email="a@example.com"))


def test_unions_of_objects_and_primitives(unions: ModuleType) -> None:
    m = unions.models
    assert _client(unions, Recorder(reply="a@example.com")).add_contact(m.Email(email="x")) == "a@example.com"
    with pytest.raises(APIResponseValidationError, match=r"matches none of"):
        _client(unions, Recorder(reply=5)).add_contact(m.Email(email="x"))
    drawing = m.Drawing.from_dict({"title": "T", "label": "plain"})
    assert drawing.label == "plain"


def test_any_of_takes_the_member_that_names_every_key_else_the_first(unions: ModuleType) -> None:
    m = unions.models
    assert m.Drawing.from_dict({"title": "T", "label": {"icon": "i", "size": 3}}).label == m.IconLabel(
        icon="i", size=3
    )
    # Both labels validate (each ignores the other's key): anyOf allows that, the first is taken.
    assert type(m.Drawing.from_dict({"title": "T", "label": {"icon": "i", "text": "t"}}).label) is m.TextLabel


def test_nullable_unions(unions: ModuleType) -> None:
    m = unions.models
    assert m.Drawing.from_dict({"title": "T", "highlight": None}).highlight is None
    assert m.Drawing.from_dict(
        {"title": "T", "highlight": {"kind": "Circle", "radius": 1}}
    ).highlight == m.Circle(kind="Circle", radius=1.0)
    assert m.Drawing.from_dict({"title": "T"}).highlight is UNSET


def test_a_member_typed_string_or_null(unions: ModuleType) -> None:
    m = unions.models
    hints = typing.get_type_hints(m.Drawing)
    assert set(typing.get_args(hints["caption"])) == {m.TextLabel, m.IconLabel, str, type(None), Unset}
    assert m.Drawing.from_dict({"title": "T", "caption": None}).caption is None
    assert m.Drawing.from_dict({"title": "T", "caption": "c"}).caption == "c"
    assert m.Drawing.from_dict({"title": "T", "caption": {"icon": "i"}}).caption == m.IconLabel(icon="i")
    recorder = Recorder(201, {"title": "T"})
    _client(unions, recorder).save_drawing(m.Drawing(title="T", caption=None))
    assert recorder.sent() == {"title": "T", "caption": None}


def test_a_bad_field_inside_a_member_is_located(unions: ModuleType) -> None:
    m = unions.models
    with pytest.raises(InvalidArgumentError) as caught:
        m.Drawing.from_dict({"title": "T", "shapes": [{"kind": "Circle", "radius": 1}, {"kind": "Circle"}]})
    assert caught.value.argument == "Drawing.shapes[1]"
    assert "radius" in str(caught.value)


# -- encoding ------------------------------------------------------------------------------------


def test_a_member_is_sent_as_its_own_json_plus_the_discriminator(unions: ModuleType) -> None:
    m = unions.models
    recorder = Recorder(reply={"petType": "cat", "name": "Tom"})
    _client(unions, recorder).create_pet(m.Cat(name="Tom", pet_type="cat", lives=9))
    assert recorder.sent() == {"petType": "cat", "name": "Tom", "lives": 9}

    recorder = Recorder(201, {"title": "T"})
    drawing = m.Drawing(
        title="T", shapes=[m.Circle(radius=1.0), m.Square(side=2.0)], highlight=m.Square(side=3.0), label="x"
    )
    _client(unions, recorder).save_drawing(drawing)
    assert recorder.sent() == {
        "title": "T",
        "shapes": [{"radius": 1.0, "kind": "Circle"}, {"side": 2.0, "kind": "Square"}],
        "highlight": {"side": 3.0, "kind": "Square"},
        "label": "x",
    }


def test_a_mapping_body_is_sent_as_the_member_it_names(unions: ModuleType) -> None:
    recorder = Recorder(reply={"petType": "dog", "name": "Rex"})
    _client(unions, recorder).create_pet({"petType": "dog", "name": "Rex", "goodBoy": True})
    assert recorder.sent() == {"petType": "dog", "name": "Rex", "goodBoy": True}


def test_a_misspelt_key_in_a_mapping_for_a_union_is_refused_before_sending(unions: ModuleType) -> None:
    recorder = Recorder()
    client = _client(unions, recorder)
    with pytest.raises(InvalidArgumentError, match=r"^pet\.goodboy: is not a field of Dog"):
        client.create_pet({"petType": "dog", "name": "Rex", "goodboy": True})
    drawing = {"title": "T", "shapes": [{"kind": "Circle", "radius": 1}, {"kind": "Square", "sied": 2}]}
    with pytest.raises(InvalidArgumentError, match=r"^drawing\.shapes\[1\]"):
        client.save_drawing(drawing)
    assert recorder.requests == []


def test_a_model_that_is_no_member_is_refused_before_sending(unions: ModuleType) -> None:
    m = unions.models
    recorder = Recorder()
    with pytest.raises(InvalidArgumentError, match=r"^pet: must be one of Cat, Dog .*got a Email"):
        _client(unions, recorder).create_pet(m.Email(email="a@example.com"))
    with pytest.raises(InvalidArgumentError, match=r"^drawing\.shapes\[0\]"):
        _client(unions, recorder).save_drawing(m.Drawing(title="T", shapes=[m.Email(email="x")]))
    assert recorder.requests == []


def test_a_discriminator_naming_another_member_is_refused_before_sending(unions: ModuleType) -> None:
    m = unions.models
    recorder = Recorder()
    with pytest.raises(InvalidArgumentError, match=r"^pet\.petType: is 'dog', which names Dog, not Cat"):
        _client(unions, recorder).create_pet(m.Cat(name="Tom", pet_type="dog"))
    assert recorder.requests == []


# -- round trips ---------------------------------------------------------------------------------

_text = st.text(min_size=1, max_size=8)
_numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def _shapes(m: Any) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.builds(lambda r: m.Circle(kind="Circle", radius=r), _numbers),
        st.builds(lambda s: m.Square(kind="Square", side=s), _numbers),
    )


def _drawings(m: Any) -> st.SearchStrategy[Any]:
    labels = st.one_of(
        _text.map(lambda t: m.TextLabel(text=t)), _text.map(lambda i: m.IconLabel(icon=i, size=1)), _text
    )
    return st.builds(
        lambda title, shapes, highlight, label: m.Drawing(
            title=title, shapes=shapes, highlight=highlight, label=label
        ),
        _text,
        st.lists(_shapes(m), max_size=4),
        st.none() | _shapes(m),
        labels,
    )


def test_round_trip_through_dicts_and_json(unions: ModuleType) -> None:
    m = unions.models

    @settings(max_examples=40, deadline=None)
    @given(_drawings(m))
    def check(drawing: Any) -> None:
        assert m.Drawing.from_dict(drawing.to_dict()) == drawing
        assert m.Drawing.from_json(drawing.to_json()) == drawing

    check()


def test_members_without_their_discriminator_gain_it_in_their_json(unions: ModuleType) -> None:
    m = unions.models
    built = m.Drawing(title="T", shapes=[m.Circle(radius=1.0)]).to_dict()
    assert built["shapes"] == [{"radius": 1.0, "kind": "Circle"}]
    assert m.Drawing.from_dict(built).shapes == [m.Circle(kind="Circle", radius=1.0)]


# -- interval metadata as Oden publishes it --------------------------------------------------------


def test_oden_interval_metadata_decodes_by_metadata_type(oden_unions: ModuleType) -> None:
    m = oden_unions.models
    reply = [
        {"line": "L", "type": "RUN", "metadata": {"metadata_type": "run", "product": {"name": "P"}}},
        {"line": "L", "type": "STATE", "metadata": {"metadata_type": "state", "comment": "jam"}},
        {"line": "L", "type": "operator id", "metadata": {"metadata_type": "custom", "operator": "Ann"}},
        {
            "line": "L",
            "type": "BATCH",
            "metadata": {"metadata_type": "batch", "run": {"line": "L", "type": "RUN", "id": "r1"}},
        },
    ]
    client = _client(oden_unions, Recorder(reply=reply), "UnionsOdenClient")
    intervals = client.set_interval(m.Interval(line="L", type="RUN"))
    kinds = [type(i.metadata) for i in intervals]
    assert kinds == [m.RunMetadata, m.StateMetadata, m.CustomMetadata, m.BatchMetadata]
    assert intervals[0].metadata.product == m.Product(name="P")
    assert intervals[2].metadata["operator"] == "Ann"  # custom keys are kept
    assert intervals[3].metadata.run == m.Interval(line="L", type="RUN", id="r1")
    assert [i.to_dict() for i in intervals] == reply


def test_oden_interval_metadata_is_sent_with_its_metadata_type(oden_unions: ModuleType) -> None:
    m = oden_unions.models
    recorder = Recorder(reply=[])
    client = _client(oden_unions, recorder, "UnionsOdenClient")
    client.set_interval(m.Interval(line="L", type="RUN", metadata=m.RunMetadata(product=m.Product(name="X"))))
    assert recorder.sent() == {
        "line": "L",
        "type": "RUN",
        "metadata": {"product": {"name": "X"}, "metadata_type": "run"},
    }
    custom = m.CustomMetadata()
    custom["operator"] = "Ann"
    client.set_interval({"line": "L", "type": "operator id", "metadata": custom})
    assert recorder.sent()["metadata"] == {"operator": "Ann", "metadata_type": "custom"}


def test_oden_metadata_without_metadata_type_matches_every_branch(oden_unions: ModuleType) -> None:
    # Every branch is open and all-optional: only the discriminator tells them apart.
    client = _client(
        oden_unions, Recorder(reply=[{"line": "L", "type": "RUN", "metadata": {}}]), "UnionsOdenClient"
    )
    with pytest.raises(
        APIResponseValidationError, match=r"matches more than one of BatchMetadata, RunMetadata"
    ):
        client.set_interval({"line": "L", "type": "RUN"})


# -- what a type checker sees ----------------------------------------------------------------------

_USER_SCRIPT = """
from unions_generated.unions.client import UnionsClient
from unions_generated.unions.models import Cat, Dog, Drawing, Email, Pet


def use(client: UnionsClient) -> None:
    pet = client.create_pet(Cat(pet_type="cat", name="Tom"))
    reveal_type(pet)
    if isinstance(pet, Cat):
        print(pet.lives)
    print(pet.lives)
    reveal_type(client.save_drawing(Drawing(title="T")))
    Drawing(title="T", shapes=[Email(email="x")])
    kept: Pet = Dog(pet_type="dog", name="Rex")
    print(kept)
"""


def test_mypy_sees_the_unions(unions: ModuleType, tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(unions.__file__).parents[1]
    script = tmp_path / "user.py"
    script.write_text(_USER_SCRIPT, encoding="utf-8")
    overlays = Path(__file__).parents[2] / "overlays"
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(script),
        ],
        capture_output=True,
        text=True,
        env={"MYPYPATH": f"{root.parent}:{overlays}", "PATH": "/usr/bin:/bin"},
        check=False,
    ).stdout
    assert (
        'Revealed type is "unions_generated.unions.models.cat.Cat | unions_generated.unions.models.dog.Dog"'
        in found
    )
    assert 'Item "Dog" of "Cat | Dog" has no attribute "lives"' in found
    assert "models.drawing.Drawing | unions_generated.unions.models.ticket.Ticket" in found
    assert 'List item 0 has incompatible type "Email"; expected "Circle | Square"' in found
    assert "Found 2 errors in 1 file" in found, found


# -- what the client sends is what the spec (and so the sandbox) accepts ---------------------------


def test_sent_union_bodies_pass_the_sandbox_validation(unions: ModuleType) -> None:
    from iotclients_sandbox import OpenAPIValidator, load_spec

    validator = OpenAPIValidator(load_spec(PROBE))
    recorder = Recorder(201, {"title": "T"})
    client = _client(unions, recorder)

    @settings(max_examples=40, deadline=None)
    @given(_drawings(unions.models))
    def check(drawing: Any) -> None:
        client.save_drawing(drawing)
        sent = recorder.requests[-1]
        verdict = validator.validate_request(
            "post", "/drawings", body=sent.content, content_type="application/json"
        )
        assert verdict is not None
        assert verdict.ok, verdict.issues

    check()


def test_sent_oden_metadata_passes_the_sandbox_validation(oden_unions: ModuleType, tmp_path: Path) -> None:
    from iotclients_sandbox import OpenAPIValidator, load_spec

    m = oden_unions.models
    validator = OpenAPIValidator(load_spec(oden_shaped_probe(tmp_path)))
    recorder = Recorder(reply=[])
    client = _client(oden_unions, recorder, "UnionsOdenClient")
    run = m.Interval(line="L", type="RUN", id="r1")
    for metadata in (
        m.RunMetadata(product=m.Product(name="X")),
        m.StateMetadata(comment="jam"),
        m.BatchMetadata(run=run),
        m.CustomMetadata(),
    ):
        client.set_interval(m.Interval(line="L", type="RUN", metadata=metadata))
        verdict = validator.validate_request("post", "/interval/set", body=recorder.requests[-1].content)
        assert verdict is not None
        assert verdict.ok, (metadata, verdict.issues)


# -- the probe lints clean; a member the generator cannot name still decodes ----------------------


def test_the_probes_lint_clean(tmp_path: Path) -> None:
    from generator.lint import lint_openapi
    from generator.specload import load_spec

    assert lint_openapi(load_spec(PROBE)) == []
    assert lint_openapi(load_spec(oden_shaped_probe(tmp_path))) == []


def test_a_union_with_an_inline_object_member_decodes_by_trying_each_member(tmp_path: Path) -> None:
    import yaml

    from tests.core.conftest import generate

    document = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    inline = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
    document["components"]["schemas"]["Drawing"]["properties"]["extra"] = {
        "oneOf": [inline, {"$ref": "#/components/schemas/Cat"}]
    }
    spec = tmp_path / "inline.openapi.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    for package in generate(tmp_path, spec, "unions_inline_generated", "unions_inline", "UnionsInline"):
        m = package.models
        assert (
            type(m.Drawing.from_dict({"title": "T", "extra": {"a": "x"}}).extra).__name__
            == "DrawingExtraType0"
        )
        assert m.Drawing.from_dict({"title": "T", "extra": {"petType": "cat", "name": "Tom"}}).extra == m.Cat(
            pet_type="cat", name="Tom"
        )
        with pytest.raises(InvalidArgumentError, match=r"matches none of"):
            m.Drawing.from_dict({"title": "T", "extra": {"b": 1}})
