"""The built wheel works on its own: a fresh venv, a non-editable install, no source tree in sight.

One wheel build and one venv serve the whole module: the venv also gets mypy and pyright (the
versions of our ``dev`` extra), so user scripts are type-checked against the installed package,
as a user's CI would check them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import tomllib
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USER_SCRIPTS = Path(__file__).resolve().parent / "user_scripts"
# Named so that our own test run does not collect them; copied as test_*.py for the user's run.
USER_TESTS = Path(__file__).resolve().parent / "user_tests"
MISUSE = re.compile(r"#\s*misuse:\s*(?P<kind>.+?)\s*$")
MISUSE_KINDS = {
    "wrong model class",
    "str for an enum",
    "misspelt model field",
    "missing required argument",
    "wrong keyword",
}

SMOKE = textwrap.dedent(
    """
    import sys
    import iotclients.oden
    from iotclients.oden import OdenClient
    from iotclients.oden.models import Factory, Match
    from iotclients_sandbox import Sandbox
    import iotclients_sandbox.specs as specs

    assert "site-packages" in iotclients.oden.__file__, iotclients.oden.__file__
    with Sandbox("oden", api_key="wheel-smoke-key") as sandbox:
        with OdenClient("wheel-smoke-key", base_url=sandbox.url) as oden:
            names = sorted(str(f.name) for f in oden.search_factories(Factory(match=Match.ALL)))
    print("factories:", names)
    """
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    env_dir: Path
    home: Path

    @property
    def bin(self) -> Path:
        return self.env_dir / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def run(self, *args: str | Path, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            # No version check against the package index on every pyright run.
            env={"PATH": str(self.bin), "HOME": str(self.home), "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"},
        )


def _dev_requirement(name: str) -> str:
    """``name``'s requirement in the ``dev`` extra, so the checkers here are the ones we develop with."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in extras["optional-dependencies"]["dev"]:
        if re.match(rf"{re.escape(name)}\b", requirement):
            return str(requirement)
    raise AssertionError(f"{name} is not in the dev extra")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=300,
    )
    wheels = list(dist.glob("iotclients-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    subprocess.run(
        [
            str(env_dir / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"{wheels[0]}[sandbox]",
            _dev_requirement("mypy"),
            _dev_requirement("pyright"),
            # What a user's test run has besides our wheel.
            _dev_requirement("pytest"),
            _dev_requirement("pytest-asyncio"),
        ],
        check=True,
        timeout=900,
    )
    home = base / "home"
    home.mkdir()
    return Installed(wheels[0], env_dir, home)


@pytest.mark.slow
def test_wheel_carries_the_packages_their_typing_marker_and_the_specs(installed: Installed) -> None:
    archive = zipfile.ZipFile(installed.wheel)
    names = archive.namelist()
    assert "iotclients_sandbox/specs/oden.openapi.yaml" in names
    assert "iotclients_generated/oden/client.py" in names
    assert not any(name.startswith(("tests/", "generator/")) for name in names)
    for package in ("iotclients", "iotclients_generated", "iotclients_sandbox"):
        assert f"{package}/py.typed" in names, package
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = archive.read(metadata).decode()
    assert "Classifier: Typing :: Typed" in text
    assert "License-Expression: MIT" in text and "License-File: LICENSE" in text
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_venv(installed: Installed, tmp_path: Path) -> None:
    result = installed.run(installed.python, "-c", SMOKE, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "factories: ['Factory A', 'Factory B']" in result.stdout
    cli = installed.run(installed.bin / "iotclients", "--help", cwd=tmp_path, timeout=60)
    assert cli.returncode == 0 and "sandbox" in cli.stdout


@pytest.mark.slow
def test_a_users_tests_run_on_the_plugin_fixtures_and_the_strategies(installed: Installed) -> None:
    work = installed.home / "user_tests"
    work.mkdir()
    for source in sorted(USER_TESTS.glob("*_tests.py")):
        (work / f"test_{source.stem}.py").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    # Nothing but the installed entry point brings the fixtures in: no conftest, no -p.
    result = installed.run(installed.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout, result.stdout


# --- What a user's type checker sees --------------------------------------------------------------


def _misuse_lines(script: Path) -> dict[int, str]:
    """Line number -> kind of mistake, for the lines marked ``# misuse: <kind>``."""
    lines = script.read_text(encoding="utf-8").splitlines()
    return {n: m["kind"] for n, line in enumerate(lines, 1) if (m := MISUSE.search(line))}


@pytest.fixture(scope="module")
def user_scripts(installed: Installed) -> Path:
    """The scripts as written, plus each one with its misuse lines removed (``*_correct.py``)."""
    work = installed.home / "scripts"
    work.mkdir()
    for script in sorted(USER_SCRIPTS.glob("use_*.py")):
        text = script.read_text(encoding="utf-8")
        (work / script.name).write_text(text, encoding="utf-8")
        kept = [line for line in text.splitlines(keepends=True) if not MISUSE.search(line)]
        (work / f"{script.stem}_correct.py").write_text("".join(kept), encoding="utf-8")
    # No project config in sight: the strictest settings of each checker, nothing else.
    (work / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}), encoding="utf-8"
    )
    return work


def test_every_user_script_seeds_every_kind_of_misuse() -> None:
    scripts = sorted(USER_SCRIPTS.glob("use_*.py"))
    assert [s.name for s in scripts] == ["use_exosite.py", "use_iotile.py", "use_iotticket.py", "use_oden.py"]
    for script in scripts:
        assert set(_misuse_lines(script).values()) == MISUSE_KINDS, script.name


def _reported(findings: list[tuple[str, int]]) -> dict[str, set[int]]:
    by_file: dict[str, set[int]] = {}
    for name, line in findings:
        by_file.setdefault(name, set()).add(line)
    return by_file


def _assert_reports_exactly_the_misuses(checker: str, reported: dict[str, set[int]], output: str) -> None:
    for script in sorted(USER_SCRIPTS.glob("use_*.py")):
        expected = set(_misuse_lines(script))
        assert reported.get(script.name, set()) == expected, (
            f"{checker} on {script.name}: reported lines {sorted(reported.get(script.name, set()))}, "
            f"misuse lines {sorted(expected)}\n{output}"
        )
        correct = f"{script.stem}_correct.py"
        assert not reported.get(correct), f"{checker} on {correct}: {sorted(reported[correct])}\n{output}"


@pytest.mark.slow
def test_mypy_strict_on_the_installed_package_reports_every_misuse_and_nothing_else(
    installed: Installed, user_scripts: Path
) -> None:
    result = installed.run(
        installed.python,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--show-error-codes",
        "--no-error-summary",
        ".",
        cwd=user_scripts,
    )
    assert result.returncode == 1, result.stdout + result.stderr  # errors found, no crash
    findings = [
        (Path(m["file"]).name, int(m["line"]))
        for m in re.finditer(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): error:", result.stdout, re.MULTILINE)
    ]
    assert "import-untyped" not in result.stdout and "import-not-found" not in result.stdout
    _assert_reports_exactly_the_misuses("mypy", _reported(findings), result.stdout)


@pytest.mark.slow
def test_pyright_strict_on_the_installed_package_reports_every_misuse_and_nothing_else(
    installed: Installed, user_scripts: Path
) -> None:
    result = installed.run(
        installed.bin / "pyright", "--outputjson", "--pythonpath", installed.python, ".", cwd=user_scripts
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert errors and report["summary"]["filesAnalyzed"] == 8, result.stdout
    assert not [d for d in errors if d.get("rule") == "reportMissingImports"], result.stdout
    # pyright counts lines from 0.
    findings = [(Path(d["file"]).name, int(d["range"]["start"]["line"]) + 1) for d in errors]
    _assert_reports_exactly_the_misuses("pyright", _reported(findings), result.stdout)


@pytest.mark.slow
def test_type_completeness_is_at_least_what_the_readme_states(installed: Installed, tmp_path: Path) -> None:
    stated = re.search(r"type completeness score of (\d+(?:\.\d+)?)%", (ROOT / "README.md").read_text())
    assert stated, "README.md states no type completeness score"
    result = installed.run(
        installed.bin / "pyright", "--verifytypes", "iotclients", "--ignoreexternal", cwd=tmp_path
    )
    assert "No py.typed file found" not in result.stdout, result.stdout
    measured = re.search(r"Type completeness score: (\d+(?:\.\d+)?)%", result.stdout)
    assert measured, result.stdout + result.stderr
    assert float(measured[1]) >= float(stated[1]), result.stdout[-2000:]
