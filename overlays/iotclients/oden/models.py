"""The Oden models (generated from the spec), importable as ``iotclients.oden.models``.

Each model loads on first access, as in the generated package: a star import here would load
all of them with the first ``from iotclients.oden.models import Line``.
"""

from typing import TYPE_CHECKING

from iotclients_generated.oden.models import __all__ as __all__
from iotclients_generated.oden.models import __dir__ as __dir__
from iotclients_generated.oden.models import __getattr__ as __getattr__

if TYPE_CHECKING:
    from iotclients_generated.oden.models import *  # noqa: F403
