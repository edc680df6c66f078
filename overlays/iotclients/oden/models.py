"""The Oden models (generated from the spec), importable as ``iotclients.oden.models``."""

from iotclients_generated.oden.models import *  # noqa: F403
from iotclients_generated.oden.models import __all__ as __all__
from iotclients_generated.oden.models import __getattr__ as __getattr__
