"""What a change to the specs means for the generated Python API and for the wire.

``python -m generator diff`` compares two versions of the specs and classifies every change as
breaking for callers, breaking on the wire, or compatible, naming the Python attribute or method
it affects, the spec pointer, and any overlay that uses a removed or changed name.
"""

from __future__ import annotations

from .changes import Change, Impact, suggested_bump
from .compare import compare_vendor

__all__ = ["Change", "Impact", "compare_vendor", "suggested_bump"]
