"""Problems found in a spec, each printed as one line a reader (or an editor) can jump to.

``specs/oden.openapi.yaml:1088:7: error: #/paths/~1v2~1line/post [operation search_lines]: <what is
wrong> — <what to do>``. The line and column come from the YAML nodes the spec was read from; a
pointer into something that was added while loading (an inlined path item) is placed at the nearest
node that exists in the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Positions = Mapping[str, tuple[int, int]]


def escape(part: object) -> str:
    """One JSON-pointer token (RFC 6901): ``/`` and ``~`` escaped."""
    return str(part).replace("~", "~0").replace("/", "~1")


def pointer(*parts: object) -> str:
    """``#/a/b~1c`` for the tokens ``a``, ``b/c``."""
    return "#" + "".join("/" + escape(part) for part in parts)


@dataclass(frozen=True)
class Diagnostic:
    where: str  # a JSON pointer, ``#`` for the document
    problem: str  # what is wrong
    fix: str = ""  # what to do about it
    operation: str | None = None
    severity: str = "error"  # "error" | "warning"

    @property
    def rule(self) -> str:
        return f"{self.problem} — {self.fix}" if self.fix else self.problem

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}"

    def located(self, file: str, positions: Positions, aliases: Mapping[str, str] | None = None) -> str:
        """The one-line form; ``aliases`` maps a pointer prefix to where its content is written
        (a path item given by ``$ref`` is read from its target)."""
        from .spec_walk import aliased

        line, column = locate(aliased(self.where, dict(aliases or {})), positions)
        operation = f" [operation {self.operation}]" if self.operation else ""
        text = f"{file}:{line}:{column}: {self.severity}: {self.where}{operation}: {self.rule}"
        return " ".join(text.split())  # one line, whatever the messages carried


def locate(where: str, positions: Positions) -> tuple[int, int]:
    """1-based line and column of ``where``, or of its nearest ancestor the file has."""
    probe = where
    while True:
        if probe in positions:
            return positions[probe]
        if "/" not in probe:
            return 1, 1
        probe = probe.rsplit("/", 1)[0]


def errors(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error"]
