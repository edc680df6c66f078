"""Lint never crashes: every broken spec gives one located line per problem, exit status 1.

``tests/generator/broken/`` holds one spec per problem (and one with several);
``expected-diagnostics.txt`` is exactly what ``python -m generator lint --spec`` prints for them.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.lint import lint_openapi
from generator.prepare import prepare_document

ROOT = Path(__file__).resolve().parents[2]
BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))
EXPECTED = (Path(__file__).parent / "broken" / "expected-diagnostics.txt").read_text(encoding="utf-8")
LINE = re.compile(
    r"^(?P<file>[^:]+\.yaml):(?P<line>\d+):(?P<column>\d+): error: (?P<pointer>#\S*)( \[operation \w+\])?: .+"
)


def _lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "lint", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_broken_corpus_gives_exactly_the_expected_one_line_diagnostics() -> None:
    result = _lint("--spec", *(str(path.relative_to(ROOT)) for path in BROKEN))
    assert result.returncode == 1
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    assert result.stdout == EXPECTED
    lines = result.stdout.splitlines()
    assert all(LINE.match(line) for line in lines), [line for line in lines if not LINE.match(line)]
    per_file = {
        path.name: [line for line in lines if line.startswith(f"tests/generator/broken/{path.name}:")]
        for path in BROKEN
    }
    assert all(per_file.values()), [name for name, found in per_file.items() if not found]
    assert len(per_file["several_problems.yaml"]) >= 4
    assert len(per_file["structural_errors.yaml"]) == 2  # every structural error, not the first


@pytest.mark.parametrize(
    ("name", "where", "words"),
    [
        ("dangling_ref_in_request_body.yaml", "15:15", "'#/components/schemas/Thingy' points to nothing"),
        ("dangling_ref_in_response.yaml", "29:17", "'#/components/responses/Problem' points to nothing"),
        ("dangling_ref_in_parameter.yaml", "12:11", "'#/components/parameters/PageSize' points to nothing"),
        ("dangling_ref_in_schema.yaml", "38:11", "'#/components/schemas/Owner' points to nothing"),
        ("integer_status_key.yaml", "18:9", "quote it: '201'"),
        ("secret_on_operation.yaml", "11:7", "x-iotclients-secret is read only on a schema property"),
        ("batch_on_schema.yaml", "34:7", "x-iotclients-batch is read only on an operation"),
        ("unknown_extension.yaml", "11:7", "unknown extension 'x-iotclients-retries'"),
        ("inline_schema_at_the_top_of_a_response.yaml", "22:15", "inline object schema"),
        ("component_name_not_pascal_case.yaml", "32:5", "rename it 'ThingRecord'"),
        ("malformed_yaml.yaml", "10:6", "not readable as YAML"),
        ("batch_on_an_operation_without_a_facade_method.yaml", "11:7", "no public method"),
        ("pagination_without_the_results_property.yaml", "13:9", "no property 'items' to iterate"),
        ("secret_in_a_path_item_given_by_ref.yaml", "38:9", "[operation get_thing]: x-iotclients-secret"),
    ],
)
def test_each_problem_is_located_where_the_reader_must_edit(
    name: str, where: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.__main__ import main

    assert main(["lint", "--spec", str(ROOT / "tests" / "generator" / "broken" / name)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"tests/generator/broken/{name}:{where}: error: ")
    assert words in lines[0]
    assert " — " in lines[0]  # and what to do about it


def test_problems_inside_an_operation_name_it() -> None:
    line = next(line for line in EXPECTED.splitlines() if "secret_on_operation" in line)
    assert "[operation create_thing]" in line


def test_the_house_specs_lint_clean_and_the_exit_status_says_so() -> None:
    result = _lint()
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "lint: 5 spec(s) clean"


def _house(document: dict[str, Any]) -> list[str]:
    return [str(d) for d in lint_openapi(document)]


FOREIGN_3_0: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Meters", "version": "1"},
    "paths": {
        "/meters/{meterId}": {
            "get": {
                "operationId": "getMeter",
                "parameters": [
                    {"name": "meterId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "a meter",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Meter"}}},
                    },
                    "404": {
                        "description": "missing",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Fault"}}},
                    },
                },
            },
        },
        "/meters": {
            "post": {
                "operationId": "resetMeters",
                "responses": {"204": {"description": "reset"}},
            },
        },
    },
    "components": {
        "schemas": {
            "Meter": {
                "type": "object",
                "properties": {
                    "reading": {"type": "number", "minimum": 0, "exclusiveMinimum": True, "example": 3.5},
                    "label": {"type": "string", "nullable": True},
                },
            },
            "Fault": {"type": "object", "properties": {"detail": {"type": "string"}}},
        }
    },
}


def test_a_foreign_openapi_3_0_spec_is_read_as_3_1_with_our_rules_inferred() -> None:
    prepared = prepare_document(copy.deepcopy(FOREIGN_3_0), {}, house=False)
    document = prepared.document
    meter = document["components"]["schemas"]["Meter"]["properties"]
    assert document["openapi"] == "3.1.0"
    assert meter["label"]["type"] == ["string", "null"]
    assert meter["reading"] == {"type": "number", "exclusiveMinimum": 0, "examples": [3.5]}
    get, post = document["paths"]["/meters/{meterId}"]["get"], document["paths"]["/meters"]["post"]
    assert (get["operationId"], get["x-iotclients-idempotent"]) == ("get_meter", True)
    assert (post["operationId"], post["x-iotclients-idempotent"]) == ("reset_meters", False)
    assert document["x-iotclients-error-schemas"] == ["Fault"]
    assert {d.severity for d in prepared.diagnostics} == {"warning"}
    assert [str(d) for d in lint_openapi(FOREIGN_3_0, house=False) if d.severity == "error"] == []


def test_the_same_spec_is_refused_by_the_house_rules_with_every_reason() -> None:
    rules = _house(FOREIGN_3_0)
    assert any("must be OpenAPI 3.1.x" in rule for rule in rules)
    assert any("'getMeter' must be snake_case" in rule for rule in rules)
    assert any("x-iotclients-idempotent must be declared" in rule for rule in rules)
    assert any("nullable" in rule for rule in rules)


@pytest.mark.parametrize("house", [True, False])
def test_constructs_other_parts_of_the_generator_read_stay_lint_clean(house: bool) -> None:
    document = copy.deepcopy(FOREIGN_3_0)
    document["openapi"] = "3.1.0"
    schemas = document["components"]["schemas"]
    schemas["Meter"]["properties"]["label"] = {"type": ["string", "null"], "readOnly": True}
    schemas["Meter"]["properties"]["reading"] = {"type": "number", "exclusiveMinimum": 0}
    schemas["Reading"] = {
        "oneOf": [{"$ref": "#/components/schemas/Meter"}, {"$ref": "#/components/schemas/Fault"}]
    }
    get = document["paths"]["/meters/{meterId}"]["get"]
    get["deprecated"] = True
    get["security"] = [{"key": []}]
    get["parameters"].append({"name": "session", "in": "cookie", "schema": {"type": "string"}})
    get["responses"]["200"]["headers"] = {"X-Rate": {"schema": {"type": "integer"}}}
    get["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Reading"
    }
    document["components"]["securitySchemes"] = {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    document["security"] = [{"key": []}]
    post = document["paths"]["/meters"]["post"]
    post["requestBody"] = {
        "required": False,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Meter"}, "example": {}},
            "application/x-www-form-urlencoded": {
                "schema": {"$ref": "#/components/schemas/Meter"},
                "example": {},
            },
        },
    }
    if house:  # what our own specs declare, which a foreign spec has inferred
        document["x-iotclients-error-schemas"] = ["Fault"]
        get.update({"operationId": "get_meter", "x-iotclients-idempotent": True})
        post.update({"operationId": "reset_meters", "x-iotclients-idempotent": False})
    assert [str(d) for d in lint_openapi(document, house=house) if d.severity == "error"] == []


def test_an_unexpected_failure_while_checking_is_one_line_naming_the_spec(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.lint
    from generator.__main__ import main

    def broken(document: dict[str, Any], *, house: bool = True) -> list[Any]:
        raise RuntimeError("a construct nobody foresaw")

    monkeypatch.setattr(generator.lint, "lint_openapi", broken)
    assert main(["lint", "--spec", str(BROKEN[0])]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(
        f"{BROKEN[0].relative_to(ROOT)}:1:1: error: #: checking the spec failed (RuntimeError"
    )
    assert "a construct nobody foresaw" in line


def _copy_project(target: Path) -> Path:
    import shutil

    for name in ("specs", "generator", "overlays"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_add_vendor_copies_registers_and_generates_a_foreign_spec(tmp_path: Path) -> None:
    from generator.vendors import read_registry

    project = _copy_project(tmp_path)
    petstore = ROOT / "tests" / "generator" / "specs" / "petstore.yaml"

    def add(name: str, spec: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "generator", "add-vendor", name, str(spec)]
        return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)

    added = add("petstore", petstore)
    assert added.returncode == 0, added.stdout + added.stderr
    assert "warning: #/paths: operationIds become snake_case methods" in added.stdout
    assert (project / "specs" / "petstore.openapi.yaml").read_bytes() == petstore.read_bytes()
    vendor = read_registry(project / "specs" / "vendors.yaml")["petstore"]
    assert (vendor.spec, vendor.house, vendor.sync_base) == ("petstore.openapi.yaml", False, "PetstoreClient")
    client = project / "generated" / "iotclients_generated" / "petstore" / "client.py"
    assert "class PetstoreClient(SyncAPIClient):" in client.read_text()

    again = add("petstore", petstore)
    assert again.returncode == 1
    assert "already registered" in again.stdout

    refused = add("things", ROOT / "tests" / "generator" / "broken" / "dangling_ref_in_schema.yaml")
    assert refused.returncode == 1
    assert "'#/components/schemas/Owner' points to nothing" in refused.stdout
    assert not (project / "specs" / "things.openapi.yaml").exists()
    assert "things" not in read_registry(project / "specs" / "vendors.yaml")


def _pointers(node: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _pointers(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _pointers(value, (*where, index))
    return found


_MUTABLE_SPECS = [
    ROOT / "tests" / "generator" / "specs" / "petstore.yaml",
    ROOT / "tests" / "core" / "specs" / "widgets.openapi.yaml",
]
_JUNK: list[Any] = [None, 0, -1, True, "x", "3.0", [], {}, [{}], {"$ref": "#/nope"}, {"$ref": 7}, {"200": 5}]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), house=st.booleans(), spec=st.sampled_from(_MUTABLE_SPECS))
def test_no_mutation_of_a_spec_makes_the_lint_raise(data: st.DataObject, house: bool, spec: Path) -> None:
    from generator.specload import load_spec

    document = copy.deepcopy(load_spec(spec))
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(_pointers(document)[1:]))
        parent = document
        for part in where[:-1]:
            parent = parent[part]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = copy.deepcopy(data.draw(st.sampled_from(_JUNK)))
    found = lint_openapi(document, house=house)
    assert not any("could not be fully checked" in d.problem for d in found), found
    for diagnostic in found:
        line = diagnostic.located("spec.yaml", {})
        assert line.startswith("spec.yaml:1:1: ") and "\n" not in line
        assert diagnostic.where.startswith("#")


def test_a_generation_failure_is_one_line_naming_the_spec(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.__main__
    import generator.openapi
    from generator.__main__ import main

    def failing(vendor: Any, out_dir: Path) -> None:
        raise generator.openapi.GenerationError("first line\nsecond line")

    monkeypatch.setattr(generator.openapi, "render", failing)
    assert main(["check"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line == (
        "specs/oden.openapi.yaml:1:1: error: #: generating from the spec failed (GenerationError: "
        "first line second line) — the spec uses something the generator does not handle; "
        "simplify that part or report it"
    )

    def crashing() -> int:
        raise RuntimeError("anything at all\nat all")

    monkeypatch.setattr(generator.__main__, "check", crashing)
    assert main(["check"]) == 1
    expected = "python -m generator check: error: RuntimeError: anything at all at all\n"
    assert capsys.readouterr().out == expected
