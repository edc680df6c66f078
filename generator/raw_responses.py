"""``raw_responses.py`` of a vendor package: every operation again, returning its raw response.

openapi-python-client renders a fixed set of modules; this one is rendered from our template with
the same globals (operations, class names) right after them. The client reaches it through
``with_raw_response``, which imports it on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_raw_responses"]


def write_raw_responses(env: Any, out_dir: Path) -> None:
    text = env.get_template("raw_responses.py.jinja").render()
    (out_dir / "raw_responses.py").write_text(text, encoding="utf-8")
