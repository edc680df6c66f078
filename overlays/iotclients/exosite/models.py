"""The One Platform JSON-RPC models (generated from the spec), importable as ``iotclients.exosite.models``."""

from iotclients_generated.exosite.models import *  # noqa: F403
from iotclients_generated.exosite.models import __all__ as __all__
