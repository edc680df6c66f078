"""The generator: output is reproducible, drift is caught and named, spec rules are enforced."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.lint import lint_openapi
from generator.specload import load_spec

ROOT = Path(__file__).resolve().parents[2]
ODEN_SPEC = ROOT / "specs" / "oden.openapi.yaml"


def _copy_project(target: Path) -> Path:
    for name in ("specs", "generator", "generated", "overlays"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _generator(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_check_passes_on_the_committed_tree() -> None:
    result = _generator(ROOT, "check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_editing_the_spec_without_regenerating_fails_and_names_the_file(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    spec = project / "specs" / "oden.openapi.yaml"
    text = spec.read_text()
    marker = "A production line, named by"
    assert marker in text
    spec.write_text(text.replace(marker, "A production line (edited), named by", 1))
    result = _generator(project, "check")
    assert result.returncode == 1
    assert "generated/iotclients_generated/oden/models/line.py" in result.stdout
    assert "differs" in result.stdout
    regenerated = _generator(project, "generate")
    assert regenerated.returncode == 0, regenerated.stdout + regenerated.stderr
    assert _generator(project, "check").returncode == 0


@pytest.mark.slow
def test_two_generations_into_empty_directories_are_byte_identical(tmp_path: Path) -> None:
    from generator.__main__ import build
    from generator.vendors import VENDORS

    first, second = tmp_path / "a" / "iotclients_generated", tmp_path / "b" / "iotclients_generated"
    build(list(VENDORS.values()), first)
    build(list(VENDORS.values()), second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert len(files) > 100
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


def _spec() -> dict[str, Any]:
    return copy.deepcopy(load_spec(ODEN_SPEC))


def _operation(document: dict[str, Any], path: str = "/v2/line/search") -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path]["post"]
    return operation


def _rules(document: dict[str, Any]) -> list[str]:
    return [f"{finding.where} {finding.rule}" for finding in lint_openapi(document)]


def test_the_oden_spec_is_clean() -> None:
    assert _rules(_spec()) == []


def test_a_3_0_nullable_is_refused() -> None:
    document = _spec()
    document["components"]["schemas"]["Line"]["properties"]["name"]["nullable"] = True
    assert any("nullable" in rule and "/Line/properties/name" in rule for rule in _rules(document))


def test_an_unknown_extension_is_refused() -> None:
    document = _spec()
    _operation(document)["x-iotclients-retries"] = 3
    assert any("unknown extension 'x-iotclients-retries'" in rule for rule in _rules(document))


def test_a_missing_operation_id_and_idempotency_flag_are_refused() -> None:
    document = _spec()
    del _operation(document)["operationId"]
    del _operation(document)["x-iotclients-idempotent"]
    rules = _rules(document)
    assert any("needs an operationId" in rule for rule in rules)
    assert any("x-iotclients-idempotent must be declared" in rule for rule in rules)


def test_a_request_body_without_an_example_is_refused() -> None:
    document = _spec()
    media = _operation(document)["requestBody"]["content"]["application/json"]
    media.pop("example", None)
    media.pop("examples", None)
    assert any("needs an example" in rule for rule in _rules(document))


def test_an_error_response_outside_the_vendor_error_schemas_is_refused() -> None:
    document = _spec()
    _operation(document)["responses"]["418"] = {
        "description": "teapot",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    assert any("/responses/418" in rule and "vendor error schema" in rule for rule in _rules(document))


def test_a_malformed_batch_extension_is_refused() -> None:
    document = _spec()
    _operation(document, "/v2/intervals/set")["x-iotclients-batch"] = {"items": "intervals", "max": 10}
    assert any("x-iotclients-batch" in rule for rule in _rules(document))


def test_the_batch_limits_reach_the_generated_code() -> None:
    from iotclients_generated.oden.client import operation

    assert operation("intervals.bulk_set_intervals").batch.max_items == 2500
    assert operation("intervals.bulk_delete_intervals").batch.max_window_days == 30
    assert operation("machine_groups.search_lines").idempotent is True
    assert operation("intervals.set_interval").idempotent is False


def test_a_structured_body_in_an_unsupported_media_type_is_refused_raw_text_is_not() -> None:
    document = _spec()
    body = _operation(document)["requestBody"]
    body["content"] = {"application/xml": {"schema": {"type": "object"}, "example": {}}}
    assert any("request bodies must be one of" in rule for rule in _rules(document))
    body["content"] = {"application/xml": {"schema": {"type": "string"}, "example": "<a/>"}}
    assert not any("request bodies must be one of" in rule for rule in _rules(document))


def test_camel_case_property_names_are_accepted_unless_two_share_an_attribute() -> None:
    document = _spec()
    schema = next(iter(document["components"]["schemas"].values()))
    schema.setdefault("properties", {})["orgId"] = {"type": "string"}
    assert not any("orgId" in rule for rule in _rules(document))
    schema["properties"]["org_id"] = {"type": "string"}
    assert any("attribute name 'org_id' is also that of 'orgId'" in rule for rule in _rules(document))
