"""``python -m generator generate [--vendor NAME] | check | lint | diff``."""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .api_diff import cli as api_diff_cli
from .lint import lint_openapi
from .lint_openrpc import lint_openrpc
from .specload import load_spec
from .vendors import GENERATED, VENDORS, Vendor

_PACKAGE_INIT = (
    '"""Code generated from the specs in ``specs/``. Never edit by hand: change the spec or the\n'
    'generator and run ``python -m generator generate``."""\n'
)


def _format(tree: Path) -> None:
    """Format with the pinned ruff, ignoring any project config so output is the same everywhere.

    Templates import what a model may need; imports a given model does not use are dropped here
    (F401), so the tree passes the same pyflakes rules as hand-written code."""
    common = ["--isolated", "--line-length", "110", "--target-version", "py311"]
    for args in (["check", "--select", "I,F401", "--fix", "--quiet"], ["format", "--quiet"]):
        subprocess.run([sys.executable, "-m", "ruff", *args, *common, str(tree)], check=True)  # noqa: S603


def build(vendors: list[Vendor], root: Path) -> None:
    """Render ``vendors`` into ``root`` (an ``iotclients_generated`` package directory)."""
    from . import openapi, openrpc

    root.mkdir(parents=True, exist_ok=True)
    (root / "__init__.py").write_text(_PACKAGE_INIT, encoding="utf-8")
    (root / "py.typed").write_text("", encoding="utf-8")
    for vendor in vendors:
        with contextlib.redirect_stdout(io.StringIO()):
            (openrpc if vendor.kind == "openrpc" else openapi).render(vendor, root / vendor.name)
    _format(root)
    for cache in root.rglob("__pycache__"):
        shutil.rmtree(cache)


def _files(tree: Path) -> set[Path]:
    return {p.relative_to(tree) for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def lint(vendors: list[Vendor]) -> int:
    failed = 0
    for vendor in vendors:
        document = load_spec(vendor.spec_path)
        findings = lint_openrpc(document) if vendor.kind == "openrpc" else lint_openapi(document)
        for finding in findings:
            print(f"specs/{vendor.spec}: {finding}")
        failed += len(findings)
    if not failed:
        print(f"lint: {len(vendors)} spec(s) clean")
    return 1 if failed else 0


def generate(vendors: list[Vendor]) -> int:
    if lint(vendors):
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "iotclients_generated"
        build(vendors, fresh)
        GENERATED.mkdir(parents=True, exist_ok=True)
        for name in ("__init__.py", "py.typed"):
            shutil.copyfile(fresh / name, GENERATED / name)
        for vendor in vendors:
            shutil.rmtree(GENERATED / vendor.name, ignore_errors=True)
            shutil.copytree(fresh / vendor.name, GENERATED / vendor.name)
    print(f"generated: {', '.join(v.name for v in vendors)} -> generated/iotclients_generated")
    return 0


def check() -> int:
    """Regenerate everything into a temporary tree and compare it with ``generated/``."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "iotclients_generated"
        build(list(VENDORS.values()), fresh)
        expected, actual = _files(fresh), _files(GENERATED) if GENERATED.exists() else set()
        differing = sorted(
            [f"missing  {p}" for p in expected - actual]
            + [f"extra    {p}" for p in actual - expected]
            + [
                f"differs  {p}"
                for p in expected & actual
                if not filecmp.cmp(fresh / p, GENERATED / p, shallow=False)
            ]
        )
    if differing:
        print("generated/ is out of date with specs/ and generator/ (run `python -m generator generate`):")
        for line in differing:
            print(f"  {line.split()[0]:8} generated/iotclients_generated/{line.split(maxsplit=1)[1]}")
        return 1
    print(f"check: generated/ matches specs/ ({len(expected)} files)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate generated/ from specs/")
    gen.add_argument("--vendor", choices=sorted(VENDORS), help="only this vendor (default: all)")
    commands.add_parser("check", help="fail, naming each file, if generated/ differs from a fresh generation")
    lint_cmd = commands.add_parser("lint", help="apply the spec rules")
    lint_cmd.add_argument("--vendor", choices=sorted(VENDORS), help="only this vendor (default: all)")
    diff_cmd = commands.add_parser("diff", help="what changed in the specs, in Python names, and what breaks")
    api_diff_cli.add_arguments(diff_cmd)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return api_diff_cli.run(args)
    selected = [VENDORS[args.vendor]] if getattr(args, "vendor", None) else list(VENDORS.values())
    if args.command == "generate":
        return generate(selected)
    if args.command == "check":
        return check()
    return lint(selected)


if __name__ == "__main__":
    raise SystemExit(main())
