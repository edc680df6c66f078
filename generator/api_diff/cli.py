"""``python -m generator diff``: the arguments, the sources, the report and the exit status."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..vendors import VENDORS, Vendor
from .changes import Change
from .compare import compare_vendor
from .overlay_uses import overlay_uses
from .report import as_json, markdown
from .sources import SourceError, merge_base, read_at, read_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vendor", choices=sorted(VENDORS), help="only this vendor (default: all)")
    parser.add_argument(
        "--base", metavar="REF", help="git ref of the old specs (default: the merge-base with main)"
    )
    parser.add_argument("--old", type=Path, metavar="FILE", help="old spec file (with --new)")
    parser.add_argument("--new", type=Path, metavar="FILE", help="new spec file (with --old)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")


def _vendor_of(path: Path, chosen: str | None) -> Vendor:
    if chosen:
        return VENDORS[chosen]
    for vendor in VENDORS.values():
        if path.name == vendor.spec:
            return vendor
    raise SourceError(f"{path}: not a known spec file name; say which with --vendor")


def _changes(args: argparse.Namespace) -> tuple[list[Change], str]:
    if (args.old is None) != (args.new is None):
        raise SourceError("--old and --new go together")
    if args.old is not None:
        if args.base:
            raise SourceError("--base compares with git; --old/--new compare files: choose one")
        vendor = _vendor_of(args.new, args.vendor)
        old, new = read_file(args.old), read_file(args.new)
        return compare_vendor(vendor, old, new, overlay_uses(vendor)), f"{args.old} -> {args.new}"
    base = args.base or merge_base()
    vendors = [VENDORS[args.vendor]] if args.vendor else list(VENDORS.values())
    changes: list[Change] = []
    for vendor in vendors:
        new_doc = read_file(vendor.spec_path) if vendor.spec_path.exists() else None
        changes += compare_vendor(vendor, read_at(base, vendor), new_doc, overlay_uses(vendor))
    return changes, f"{base[:12]} -> working tree"


def run(args: argparse.Namespace) -> int:
    try:
        changes, compared = _changes(args)
    except SourceError as error:
        print(f"diff: {error}")
        return 2
    print(as_json(changes, compared) if args.json else markdown(changes, compared))
    breaking = any(c.impact.breaking or c.overlays for c in changes)
    return 1 if breaking and not args.allow_breaking else 0
