"""Locating and loading spec files."""

from __future__ import annotations

import pytest

from iotclients_sandbox.specs import SpecNotFoundError, load_spec, spec_path


def test_finds_the_checkout_spec():
    path = spec_path("oden.openapi.yaml")
    assert path.is_file()
    assert path.parent.name == "specs"


def test_load_is_cached_and_safe():
    first = load_spec("oden.openapi.yaml")
    assert first is load_spec("oden.openapi.yaml")
    assert first["openapi"].startswith("3.1")
    assert load_spec(spec_path("oden.openapi.yaml")) is first


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "specs/oden.openapi.yaml"])
def test_only_bare_names(name):
    with pytest.raises(ValueError, match="bare file name"):
        spec_path(name)


def test_missing_spec():
    with pytest.raises(SpecNotFoundError):
        spec_path("nothing.openapi.yaml")


def test_non_mapping_yaml_is_refused(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- 1\n- 2\n")
    with pytest.raises(ValueError, match="mapping"):
        load_spec(path)
