"""The error family raised by this client (the one every vendor shares)."""

from iotclients.core.errors import *  # noqa: F403
from iotclients.core.errors import __all__ as __all__
