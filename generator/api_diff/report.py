"""The diff as Markdown for people and as JSON for tools."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .changes import Change, Impact, suggested_bump

_ORDER = (Impact.BREAKING_CALLERS, Impact.BREAKING_WIRE, Impact.COMPATIBLE)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(changes: Sequence[Change], compared: str) -> str:
    bump = suggested_bump(changes)
    lines = [f"# API diff ({compared})", "", f"Suggested version bump: **{bump}**", ""]
    broken_overlays = sorted({path for c in changes for path in c.overlays})
    if broken_overlays:
        lines += ["## Overlays broken", ""]
        for path in broken_overlays:
            names = sorted({c.python for c in changes if path in c.overlays})
            lines.append(f"- `{path}` uses {', '.join(f'`{n}`' for n in names)}")
        lines.append("")
    if not changes:
        lines.append("No changes to the generated API or the wire.")
        return "\n".join(lines) + "\n"
    for impact in _ORDER:
        selected = [c for c in changes if c.impact is impact]
        if not selected:
            continue
        lines += [f"## {impact.value.capitalize()} ({len(selected)})", ""]
        lines += ["| vendor | change | Python | spec | detail |", "|---|---|---|---|---|"]
        for c in selected:
            detail = c.detail + (f"; breaks {', '.join(c.overlays)}" if c.overlays else "")
            lines.append(
                f"| {c.vendor} | {c.kind} | `{_cell(c.python)}` | `{_cell(c.pointer)}` | {_cell(detail)} |"
            )
        lines.append("")
    return "\n".join(lines)


def as_json(changes: Sequence[Change], compared: str) -> str:
    document = {
        "compared": compared,
        "bump": suggested_bump(changes),
        "breaking": any(c.impact.breaking or c.overlays for c in changes),
        "changes": [c.as_json() for c in changes],
    }
    return json.dumps(document, indent=2, sort_keys=True)
