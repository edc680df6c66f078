"""The README's first call runs as written against a sandbox, and its operation counts are the specs'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iotclients_sandbox import Sandbox, load_spec

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def test_the_first_call_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    snippet = re.search(r"```python\n(.*?)```", README, re.S)
    assert snippet is not None
    with Sandbox("oden", api_key="readme-key") as sandbox:
        monkeypatch.setenv("ODEN_API_KEY", "readme-key")
        monkeypatch.setenv("ODEN_BASE_URL", sandbox.url)
        exec(compile(snippet[1], "README.md", "exec"), {})
        assert sandbox.journal.count("search_lines") == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed and all(re.fullmatch(r"[0-9a-f-]{36} \S.*", line) for line in printed), printed


@pytest.mark.parametrize(
    ("spec", "label"), [("oden.openapi.yaml", "oden"), ("iotile.openapi.yaml", "iotile")]
)
def test_operation_counts_in_the_vendor_table_are_the_specs(spec: str, label: str) -> None:
    stated = re.search(rf"`specs/{re.escape(spec)}` \([^)]*?(\d+) operations\)", README)
    assert stated is not None, f"README states no operation count for {spec}"
    document = load_spec(spec)
    counted = sum(1 for item in document["paths"].values() for method in item if method in _METHODS)
    assert int(stated[1]) == counted, label
