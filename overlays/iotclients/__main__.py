"""``python -m iotclients``: the same command as ``iotclients``."""

from .cli import main

raise SystemExit(main())
