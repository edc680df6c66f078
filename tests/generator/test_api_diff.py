"""``python -m generator diff`` on a table of spec mutations: classification, names and exit status.

Each mutation is applied to a copy of a real spec; the diff of the original against the copy must
report the change with the expected impact, Python name and pointer, and exit 1 exactly when
something breaks (0 with ``--allow-breaking``).
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.specload import load_spec
from generator.vendors import VENDORS

Mutation = Callable[[dict[str, Any]], None]

ODEN = load_spec(VENDORS["oden"].spec_path)
EXOSITE = load_spec(VENDORS["exosite"].spec_path)


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _operation(spec: dict[str, Any], op_id: str) -> tuple[str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == op_id:
                return path, operation
    raise LookupError(op_id)


def _method(spec: dict[str, Any], name: str) -> dict[str, Any]:
    method: dict[str, Any] = next(m for m in spec["methods"] if m["name"] == name)
    return method


def add_optional_field(spec: dict[str, Any]) -> None:
    _schema(spec, "Line")["properties"]["timezone"] = {"type": "string"}


def rename_field(spec: dict[str, Any]) -> None:
    props = _schema(spec, "Line")["properties"]
    props["second_name"] = props.pop("secondary_name")


def make_field_required(spec: dict[str, Any]) -> None:
    _schema(spec, "Line").setdefault("required", []).append("name")


def change_a_type(spec: dict[str, Any]) -> None:
    _schema(spec, "Interval")["properties"]["id"] = {"type": "integer"}


def remove_wrapped_operation(spec: dict[str, Any]) -> None:
    path, _ = _operation(spec, "bulk_set_intervals")
    del spec["paths"][path]


def add_enum_member(spec: dict[str, Any]) -> None:
    _schema(spec, "Match")["enum"].append("newest")


def add_operation(spec: dict[str, Any]) -> None:
    _, template = _operation(spec, "search_lines")
    spec["paths"]["/2.0/search/lines_by_tag"] = {
        "post": {**copy.deepcopy(template), "operationId": "search_lines_by_tag"}
    }


def add_procedure(spec: dict[str, Any]) -> None:
    spec["methods"].append({**copy.deepcopy(_method(spec, "read")), "name": "readlatest"})


def remove_procedure(spec: dict[str, Any]) -> None:
    spec["methods"].remove(_method(spec, "write"))


def change_procedure_param(spec: dict[str, Any]) -> None:
    _method(spec, "write")["params"][1]["schema"] = {"type": "string"}


def deprecate_operation(spec: dict[str, Any]) -> None:
    _operation(spec, "search_lines")[1]["deprecated"] = True


def lower_batch_limit(spec: dict[str, Any]) -> None:
    batch = _operation(spec, "bulk_set_intervals")[1]["x-iotclients-batch"]
    batch["max_items"] = batch["max_items"] // 2


def lower_requests_per_connection(spec: dict[str, Any]) -> None:
    spec["x-iotclients-envelope"]["max_requests_per_connection"] = 10


# mutation, vendor, expected (kind, impact, python name), exit status without --allow-breaking
TABLE = [
    (add_optional_field, "oden", ("optional field added", "compatible", "Line.timezone"), 0),
    (rename_field, "oden", ("field renamed", "breaking for callers", "Line.secondary_name"), 1),
    (make_field_required, "oden", ("field now required", "breaking for callers", "Line.name"), 1),
    (change_a_type, "oden", ("type changed", "breaking for callers", "Interval.id"), 1),
    (
        remove_wrapped_operation,
        "oden",
        ("operation removed", "breaking for callers", "OdenClient.bulk_set_intervals"),
        1,
    ),
    (add_enum_member, "oden", ("enum member added", "compatible", "Match"), 0),
    (add_operation, "oden", ("operation added", "compatible", "OdenClient.search_lines_by_tag"), 0),
    (deprecate_operation, "oden", ("operation deprecated", "compatible", "OdenClient.search_lines"), 0),
    (
        lower_batch_limit,
        "oden",
        ("batching changed", "breaking for callers", "OdenClient.bulk_set_intervals"),
        1,
    ),
    (
        lower_requests_per_connection,
        "exosite",
        ("batching changed", "breaking on the wire", "OnePlatformClient"),
        1,
    ),
    (add_procedure, "exosite", ("procedure added", "compatible", "OnePlatformClient.readlatest"), 0),
    (
        remove_procedure,
        "exosite",
        ("procedure removed", "breaking for callers", "OnePlatformClient.write"),
        1,
    ),
    (
        change_procedure_param,
        "exosite",
        ("type changed", "breaking for callers", "OnePlatformClient.write(value)"),
        1,
    ),
]


def _diff(tmp_path: Path, vendor: str, mutation: Mutation, *extra: str) -> int:
    original = ODEN if vendor == "oden" else EXOSITE
    changed = copy.deepcopy(original)
    mutation(changed)
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(original), encoding="utf-8")
    new.write_text(json.dumps(changed), encoding="utf-8")
    return main(["diff", "--vendor", vendor, "--old", str(old), "--new", str(new), *extra])


@pytest.mark.parametrize(
    ("mutation", "vendor", "expected", "status"), TABLE, ids=[m.__name__ for m, *_ in TABLE]
)
def test_each_mutation_is_classified(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mutation: Mutation,
    vendor: str,
    expected: tuple[str, str, str],
    status: int,
) -> None:
    code = _diff(tmp_path, vendor, mutation, "--json")
    report = json.loads(capsys.readouterr().out)
    found = [(c["kind"], c["impact"], c["python"]) for c in report["changes"]]
    assert expected in found, found
    assert code == status
    assert report["breaking"] is bool(status)
    assert report["bump"] == ("major" if status else "minor")
    code = _diff(tmp_path, vendor, mutation, "--allow-breaking")
    capsys.readouterr()
    assert code == 0


def test_removing_an_operation_an_overlay_wraps_names_the_overlay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _diff(tmp_path, "oden", remove_wrapped_operation, "--json")
    changes = json.loads(capsys.readouterr().out)["changes"]
    removed = next(c for c in changes if c["python"] == "OdenClient.bulk_set_intervals")
    assert "overlays/iotclients/oden/_client.py" in removed["overlays"]
    path, _ = _operation(ODEN, "bulk_set_intervals")
    assert removed["pointer"] == "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/post"


def test_renamed_field_names_both_sides_and_the_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _diff(tmp_path, "oden", rename_field, "--json")
    changes = json.loads(capsys.readouterr().out)["changes"]
    renamed = next(c for c in changes if c["kind"] == "field renamed")
    assert renamed["pointer"] == "#/components/schemas/Line/properties/secondary_name"
    assert "second_name" in renamed["detail"]
    assert not [c for c in changes if c["kind"] in {"field removed", "optional field added"}]


def test_markdown_report_names_bump_and_impacts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = _diff(tmp_path, "oden", change_a_type)
    out = capsys.readouterr().out
    assert code == 1
    assert "Suggested version bump: **major**" in out
    assert "## Breaking for callers" in out
    assert "`Interval.id`" in out
    assert "string -> integer" in out


def test_no_change_reports_nothing_and_suggests_patch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _diff(tmp_path, "exosite", lambda spec: None, "--json")
    report = json.loads(capsys.readouterr().out)
    assert (code, report["changes"], report["bump"]) == (0, [], "patch")


def test_base_ref_reads_the_committed_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--base REF`` compares ``git show REF:specs/...`` with the working tree, like two files."""
    vendor = VENDORS["exosite"]
    shown = subprocess.run(
        ["git", "show", f"HEAD:specs/{vendor.spec}"],
        cwd=vendor.spec_path.parent.parent,
        capture_output=True,
        check=True,
    ).stdout
    committed = tmp_path / vendor.spec
    committed.write_bytes(shown)
    by_ref = main(["diff", "--base", "HEAD", "--vendor", "exosite", "--json"])
    from_ref = json.loads(capsys.readouterr().out)
    by_files = main(["diff", "--old", str(committed), "--new", str(vendor.spec_path), "--json"])
    from_files = json.loads(capsys.readouterr().out)
    assert by_ref == by_files
    assert from_ref["changes"] == from_files["changes"]


def test_unknown_ref_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--base", "no-such-ref-anywhere", "--vendor", "oden"]) == 2
    assert "no-such-ref-anywhere" in capsys.readouterr().out


def test_removing_a_field_an_overlay_reads_names_that_overlay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop_intervals(spec: dict[str, Any]) -> None:
        del _schema(spec, "IntervalBulkCreate")["properties"]["intervals"]

    assert _diff(tmp_path, "oden", drop_intervals, "--json") == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    removed = next(c for c in changes if c["python"] == "IntervalBulkCreate.intervals")
    assert removed["kind"] == "field removed"
    assert "overlays/iotclients/oden/bulk.py" in removed["overlays"]
    # A module that never names the model is not blamed for reading some other ``.intervals``.
    assert "overlays/iotclients/oden/__init__.py" not in removed["overlays"]


def test_a_field_no_overlay_uses_breaks_callers_but_no_overlay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _diff(tmp_path, "oden", rename_field, "--json")
    report = json.loads(capsys.readouterr().out)
    renamed = next(c for c in report["changes"] if c["kind"] == "field renamed")
    assert renamed["overlays"] == []


def test_removing_a_procedure_the_facade_calls_names_the_facade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop_recordbatch(spec: dict[str, Any]) -> None:
        spec["methods"].remove(_method(spec, "recordbatch"))

    assert _diff(tmp_path, "exosite", drop_recordbatch, "--json") == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    removed = next(c for c in changes if c["python"] == "OnePlatformClient.recordbatch")
    assert "overlays/iotclients/exosite/_client.py" in removed["overlays"]


def test_an_operation_no_overlay_calls_breaks_no_overlay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _diff(tmp_path, "exosite", remove_procedure, "--json")
    changes = json.loads(capsys.readouterr().out)["changes"]
    removed = next(c for c in changes if c["python"] == "OnePlatformClient.write")
    assert removed["overlays"] == []


def test_an_operation_a_plan_names_in_a_step_is_tied_to_that_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = load_spec(VENDORS["iotticket"].spec_path)
    path, _ = _operation(spec, "list_assets")
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(spec), encoding="utf-8")
    changed = copy.deepcopy(spec)
    del changed["paths"][path]["get"]
    new.write_text(json.dumps(changed), encoding="utf-8")
    assert main(["diff", "--vendor", "iotticket", "--old", str(old), "--new", str(new), "--json"]) == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    removed = next(c for c in changes if c["python"] == "IoTTicketClient.list_assets")
    assert "overlays/iotclients/iotticket/plans_catalog.py" in removed["overlays"]
