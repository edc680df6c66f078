"""``python -m generator generate [--vendor NAME] | check | lint [--vendor NAME | --spec FILE] |
diff | add-vendor NAME FILE``.

Every problem with a spec is printed as one line, ``file:line:column: error: <pointer> [operation
<id>]: <what is wrong> — <what to do>``; no traceback reaches the reader, whatever the input.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import filecmp
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .api_diff import cli as api_diff_cli
from .diagnostics import Diagnostic, errors, locate
from .spec_walk import aliased, path_item_aliases
from .specload import SpecLoadError, load_spec_with_positions
from .vendors import GENERATED, REGISTRY, SPECS, VENDORS, Vendor

_PACKAGE_INIT = (
    '"""Code generated from the specs in ``specs/``. Never edit by hand: change the spec or the\n'
    'generator and run ``python -m generator generate``."""\n'
)
_VENDOR_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class VendorGenerationError(Exception):
    """Rendering ``vendor`` failed; ``cause`` says why."""

    def __init__(self, vendor: Vendor, cause: BaseException) -> None:
        super().__init__(f"{vendor.name}: {type(cause).__name__}: {cause}")
        self.vendor = vendor
        self.cause = cause


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
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                (openrpc if vendor.kind == "openrpc" else openapi).render(vendor, root / vendor.name)
        except Exception as exc:
            raise VendorGenerationError(vendor, exc) from exc
    _format(root)
    for cache in root.rglob("__pycache__"):
        shutil.rmtree(cache)


def _files(tree: Path) -> set[Path]:
    return {p.relative_to(tree) for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def diagnose(vendor: Vendor) -> list[str]:
    """Every problem (and warning) of ``vendor``'s spec, one located line each."""
    from .batch_facades import unwrapped_batch_operations
    from .lint import lint_openapi
    from .lint_openrpc import lint_openrpc
    from .prepare import prepare_document

    display = vendor.display_path
    try:
        loaded = load_spec_with_positions(vendor.spec_path)
    except SpecLoadError as exc:
        return [
            f"{display}:{exc.line}:{exc.column}: error: #: {exc.message} — correct the file so that it reads"
        ]
    try:
        if vendor.kind == "openrpc":
            found: list[Diagnostic] = list(lint_openrpc(loaded.document))
        else:
            found = lint_openapi(loaded.document, house=vendor.house)
            if not errors(found):
                prepared = prepare_document(copy.deepcopy(loaded.document), {}, house=vendor.house)
                found += unwrapped_batch_operations(vendor, prepared.document)
    except Exception as exc:  # lint must never stop with a traceback
        found = [_unexpected(exc, "checking")]
    aliases = path_item_aliases(loaded.document)

    def order(diagnostic: Diagnostic) -> tuple[bool, tuple[int, int]]:
        """Errors first, each kind in the order of the file."""
        return diagnostic.severity != "error", locate(aliased(diagnostic.where, aliases), loaded.positions)

    return [d.located(display, loaded.positions, aliases) for d in sorted(found, key=order)]


def _unexpected(exc: BaseException, doing: str) -> Diagnostic:
    return Diagnostic(
        "#",
        f"{doing} the spec failed ({type(exc).__name__}: {exc})",
        "the spec uses something the generator does not handle; simplify that part or report it",
    )


def lint(vendors: list[Vendor]) -> int:
    failed = 0
    for vendor in vendors:
        for line in diagnose(vendor):
            print(line)
            failed += ": error: " in line
    if not failed:
        print(f"lint: {len(vendors)} spec(s) clean")
    return 1 if failed else 0


def _report_generation_failure(exc: VendorGenerationError) -> int:
    cause = exc.cause
    line = _unexpected(cause, "generating from").located(exc.vendor.display_path, {})
    print(line)
    return 1


def generate(vendors: list[Vendor]) -> int:
    if lint(vendors):
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "iotclients_generated"
        try:
            build(vendors, fresh)
        except VendorGenerationError as exc:
            return _report_generation_failure(exc)
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
        try:
            build(list(VENDORS.values()), fresh)
        except VendorGenerationError as exc:
            return _report_generation_failure(exc)
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


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def add_vendor(name: str, source: Path, registry: Path = REGISTRY, specs: Path = SPECS) -> int:
    """Copy ``source`` into ``specs/``, register it as a foreign spec, and generate its client."""
    if not _VENDOR_NAME.match(name):
        print(
            f"add-vendor: error: {name!r} must be a snake_case name (it becomes iotclients_generated.{name})"
        )
        return 1
    if name in VENDORS:
        print(f"add-vendor: error: {name!r} is already registered in {registry.name}")
        return 1
    target = specs / f"{name}.openapi.yaml"
    if target.exists():
        print(f"add-vendor: error: {target} already exists")
        return 1
    vendor = Vendor(
        name=name,
        spec=target.name,
        kind="openapi",
        facade_module=f"iotclients_generated.{name}.client",
        sync_base=f"{_pascal(name)}Client",
        async_base=f"Async{_pascal(name)}Client",
        house=False,
    )
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        print(f"add-vendor: error: cannot copy {source}: {exc}")
        return 1
    if lint([vendor]):
        target.unlink()
        print(f"add-vendor: {name} not added: correct the errors above in {source} and run again")
        return 1
    entry = "\n".join(
        [f"{name}:"]
        + [
            f"  {key}: {str(value).lower() if isinstance(value, bool) else value}"
            for key, value in vendor.registry_entry().items()
        ]
    )
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text + ("" if text.endswith("\n") else "\n") + entry + "\n", encoding="utf-8")
    VENDORS[name] = vendor
    print(f"add-vendor: registered {name} in {registry.name} ({target.name})")
    return generate([vendor])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate generated/ from specs/")
    gen.add_argument("--vendor", choices=sorted(VENDORS), help="only this vendor (default: all)")
    commands.add_parser("check", help="fail, naming each file, if generated/ differs from a fresh generation")
    lint_cmd = commands.add_parser("lint", help="apply the spec rules")
    lint_cmd.add_argument("--vendor", choices=sorted(VENDORS), help="only this vendor (default: all)")
    lint_cmd.add_argument("--spec", type=Path, nargs="+", help="these files instead of registered vendors")
    lint_cmd.add_argument(
        "--foreign", action="store_true", help="with --spec: a vendor's spec as published (rules inferred)"
    )
    add = commands.add_parser("add-vendor", help="add a vendor from its OpenAPI spec and generate its client")
    add.add_argument("name", help="snake_case vendor name (the generated package)")
    add.add_argument("spec", type=Path, help="the vendor's OpenAPI 3.0 or 3.1 spec (YAML or JSON)")
    diff_cmd = commands.add_parser("diff", help="what changed in the specs, in Python names, and what breaks")
    api_diff_cli.add_arguments(diff_cmd)
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except Exception as exc:  # the last guard: one line, never a traceback
        print(
            f"python -m generator {args.command}: error: {type(exc).__name__}: {' '.join(str(exc).split())}"
        )
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "diff":
        return api_diff_cli.run(args)
    if args.command == "add-vendor":
        return add_vendor(args.name, args.spec)
    if args.command == "check":
        return check()
    if args.command == "lint" and args.spec:
        return lint([_unregistered(path, house=not args.foreign) for path in args.spec])
    selected = [VENDORS[args.vendor]] if args.vendor else list(VENDORS.values())
    if args.command == "generate":
        return generate(selected)
    return lint(selected)


def _unregistered(path: Path, *, house: bool) -> Vendor:
    """A spec given by path, linted as if it were a vendor of its own."""
    name = re.sub(r"\W+", "_", path.name.split(".")[0]).lower()
    return Vendor(
        name=name,
        spec=str(path.resolve()),
        kind="openrpc" if ".openrpc." in path.name else "openapi",
        facade_module=f"iotclients.{name}",
        sync_base="Client",
        async_base="AsyncClient",
        house=house,
    )


if __name__ == "__main__":
    raise SystemExit(main())
