"""The OpenRPC path: lint rules for JSON-RPC specs, and deterministic generation of the Exosite client."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.lint_openrpc import lint_openrpc
from generator.specload import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "exosite.openrpc.yaml"


def spec() -> dict[str, Any]:
    return copy.deepcopy(load_spec(SPEC))


def method(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(m for m in document["methods"] if m["name"] == name)


def rules(document: dict[str, Any]) -> list[str]:
    return [str(finding) for finding in lint_openrpc(document)]


def test_the_exosite_spec_is_clean() -> None:
    assert rules(spec()) == []


def _no_idempotent(d: dict[str, Any]) -> None:
    del method(d, "read")["x-iotclients-idempotent"]


def _optional_before_required(d: dict[str, Any]) -> None:
    method(d, "write")["params"][0]["required"] = False


def _unknown_extension(d: dict[str, Any]) -> None:
    method(d, "read")["x-iotclients-idempotnet"] = True


def _camel_case_method(d: dict[str, Any]) -> None:
    method(d, "read")["name"] = "readPoints"


def _dangling_ref(d: dict[str, Any]) -> None:
    method(d, "read")["params"][1]["schema"] = {"$ref": "#/components/schemas/Nope"}


def _bad_status(d: dict[str, Any]) -> None:
    d["x-iotclients-envelope"]["statuses"]["invalid"] = 200


def _inline_object(d: dict[str, Any]) -> None:
    method(d, "read")["params"][1]["schema"] = {
        "type": "object",
        "properties": {"limit": {"type": "integer"}},
    }


def _by_name(d: dict[str, Any]) -> None:
    method(d, "read")["paramStructure"] = "by-name"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_no_idempotent, "x-iotclients-idempotent must be declared"),
        (_optional_before_required, "by-position optional params must come last"),
        (_unknown_extension, "unknown extension 'x-iotclients-idempotnet'"),
        (_camel_case_method, "must be snake_case"),
        (_dangling_ref, "is referenced but not defined"),
        (_bad_status, "HTTP-like status between 400 and 599"),
        (_inline_object, "must be a component"),
        (_by_name, "must be by-position"),
    ],
)
def test_each_rule_is_enforced_and_named(mutate: Any, expected: str) -> None:
    document = spec()
    mutate(document)
    found = rules(document)
    assert any(expected in finding for finding in found), found


def test_two_renders_are_identical(tmp_path: Path) -> None:
    from generator.openrpc import render
    from generator.vendors import VENDORS

    render(VENDORS["exosite"], tmp_path / "a")
    render(VENDORS["exosite"], tmp_path / "b")
    for name in ("__init__.py", "models.py", "procedures.py", "client.py"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_every_method_has_a_descriptor_with_the_spec_idempotency() -> None:
    from iotclients_generated.exosite.procedures import procedures

    document = spec()
    table = procedures()
    assert sorted(table) == sorted(m["name"] for m in document["methods"])
    for entry in document["methods"]:
        assert table[entry["name"]].idempotent is entry["x-iotclients-idempotent"]
        assert [p.name for p in table[entry["name"]].params] == [p["name"] for p in entry["params"]]
