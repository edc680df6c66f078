"""Developer and CI sessions. Newcomers: `nox -s demo` and `nox -s tests`."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "check_generated"]
nox.options.reuse_existing_virtualenvs = True

HAND_WRITTEN = ["overlays", "generator", "sandbox", "tests", "noxfile.py"]
# Generated code keeps the generator's own formatting and import style, so it is held to the
# pyflakes rules (undefined names, unused imports, ...) without the project's style config.
GENERATED_RUFF = ["check", "--isolated", "--select", "F", "--target-version", "py311", "generated"]


@nox.session
def tests(session: nox.Session) -> None:
    """Unit, contract (hypothesis), sandbox end-to-end and packaging tests."""
    session.install("-e", ".[dev]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on hand-written code; the pyflakes rules on generated code (formatted by the generator)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    session.run("ruff", *GENERATED_RUFF)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on overlays, generator, sandbox and generated (files in pyproject's [tool.mypy])."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/ (pass --vendor NAME to limit)."""
    session.install("-e", ".[generator]")
    session.run("python", "-m", "generator", "generate", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail, naming each file, when generated/ is not what specs/ and generator/ produce."""
    session.install("-e", ".[generator]")
    session.run("python", "-m", "generator", "lint")
    session.run("python", "-m", "generator", "check")


@nox.session
def api_diff(session: nox.Session) -> None:
    """What the spec changes since the merge-base with main mean for callers and on the wire
    (`-- --base REF`, `-- --vendor NAME`, `-- --json`, `-- --allow-breaking`)."""
    session.install("-e", ".[generator]")
    session.run("python", "-m", "generator", "diff", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Tour each vendor's client against its sandbox on loopback (`-- --vendor NAME` for one)."""
    session.install(".[demo]")
    session.run("iotclients", "demo", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """schemathesis against each OpenAPI sandbox and hypothesis against the One Platform's JSON-RPC,
    fixed seeds, bounded examples (`-- --examples N`): prints requests and server errors per vendor;
    then the facade argument mutation property."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "tests.fuzz", *session.posargs)
    session.run("pytest", "-q", "tests/facade", "tests/fuzz")


@nox.session
def bench(session: nox.Session) -> None:
    """Print measured ratios: Oden decode, calls, imports and bulk writes; Exosite batching; IOTile
    downloads against iotile-cloud; IoT-TICKET lookups and packing."""
    session.install("-e", ".[dev]")
    session.install("iotile-cloud==0.9.14")  # the vendor's own client, measured side by side only
    session.run("python", "-m", "tests.bench", *session.posargs)
