"""The IOTile Cloud models (generated from the spec), importable as ``iotclients.iotile.models``."""

from iotclients_generated.iotile.models import *  # noqa: F403
from iotclients_generated.iotile.models import __all__ as __all__
from iotclients_generated.iotile.models import __getattr__ as __getattr__
