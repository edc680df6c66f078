"""``python -m iotclients_sandbox``: the same as the project's ``iotclients sandbox`` command."""

from __future__ import annotations

import sys

from iotclients_sandbox.cli import run

if __name__ == "__main__":
    sys.exit(run())
