"""Where the two versions of a spec come from: a git ref or two files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ..vendors import ROOT, SPECS, Vendor


class SourceError(Exception):
    pass


def parse(text: str, where: str) -> dict[str, Any]:
    try:
        document = json.loads(text)  # JSON is YAML too, and far quicker to read this way
    except ValueError:
        document = YAML(typ="safe", pure=True).load(text)
    if not isinstance(document, dict):
        raise SourceError(f"{where}: a spec must be a mapping at the top level")
    return document


def read_file(path: Path) -> dict[str, Any]:
    try:
        return parse(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        raise SourceError(f"{path}: {error.strerror}") from error


def _git(*args: str) -> str:
    git = shutil.which("git")
    if git is None:
        raise SourceError("git is not installed; compare two files with --old and --new")
    completed = subprocess.run([git, *args], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if completed.returncode:
        raise SourceError(f"git {' '.join(args)}: {completed.stderr.strip() or 'failed'}")
    return completed.stdout


def merge_base(branches: tuple[str, ...] = ("main", "origin/main")) -> str:
    """Where this branch left main (a CI checkout may only know ``origin/main``)."""
    problems = []
    for branch in branches:
        try:
            return _git("merge-base", "HEAD", branch).strip()
        except SourceError as error:
            problems.append(str(error))
    raise SourceError("no merge-base with main; pass --base REF (" + "; ".join(problems) + ")")


def read_at(ref: str, vendor: Vendor) -> dict[str, Any] | None:
    """The vendor's spec as committed at ``ref``; None when the spec did not exist there."""
    relative = (SPECS / vendor.spec).relative_to(ROOT).as_posix()
    listed = _git("ls-tree", "--name-only", ref, "--", relative).strip()
    if not listed:
        return None
    return parse(_git("show", f"{ref}:{relative}"), f"{ref}:{relative}")
