"""The models of the spec. Each loads on first access, so importing this package costs nothing."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activation import Activation
    from .content_create import ContentCreate
    from .content_create_protected import ContentCreateProtected
    from .flag import Flag
    from .model_create import ModelCreate
    from .model_option import ModelOption
    from .model_update import ModelUpdate
    from .read_serial_number_show import ReadSerialNumberShow
    from .serial_number_batch import SerialNumberBatch
    from .serial_number_update import SerialNumberUpdate
    from .vendor_registration import VendorRegistration

_MODULES = {
    "Activation": "activation",
    "ContentCreate": "content_create",
    "ContentCreateProtected": "content_create_protected",
    "Flag": "flag",
    "ModelCreate": "model_create",
    "ModelOption": "model_option",
    "ModelUpdate": "model_update",
    "ReadSerialNumberShow": "read_serial_number_show",
    "SerialNumberBatch": "serial_number_batch",
    "SerialNumberUpdate": "serial_number_update",
    "VendorRegistration": "vendor_registration",
}

__all__ = (
    "Activation",
    "ContentCreate",
    "ContentCreateProtected",
    "Flag",
    "ModelCreate",
    "ModelOption",
    "ModelUpdate",
    "ReadSerialNumberShow",
    "SerialNumberBatch",
    "SerialNumberUpdate",
    "VendorRegistration",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
