"""The built wheel works on its own: a fresh venv, a non-editable install, no source tree in sight."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

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


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=300,
    )
    wheels = list(dist.glob("iotclients-*.whl"))
    assert len(wheels) == 1, wheels
    names = zipfile.ZipFile(wheels[0]).namelist()
    assert "iotclients_sandbox/specs/oden.openapi.yaml" in names
    assert "iotclients_generated/oden/client.py" in names
    assert not any(name.startswith(("tests/", "generator/")) for name in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"{wheels[0]}[sandbox]",
        ],
        check=True,
        timeout=600,
    )
    result = subprocess.run(
        [str(python), "-c", SMOKE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": str(env_dir / "bin"), "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "factories: ['Factory A', 'Factory B']" in result.stdout
    cli = subprocess.run(
        [str(env_dir / "bin" / "iotclients"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert cli.returncode == 0 and "sandbox" in cli.stdout
