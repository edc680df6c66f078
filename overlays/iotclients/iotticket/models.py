"""The IoT-TICKET models (generated from the spec), importable as ``iotclients.iotticket.models``."""

from iotclients_generated.iotticket.models import *  # noqa: F403
from iotclients_generated.iotticket.models import __all__ as __all__
from iotclients_generated.iotticket.models import __getattr__ as __getattr__
