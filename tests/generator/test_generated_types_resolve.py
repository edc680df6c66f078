"""Every type a generated operation names can be resolved: a missing import there would only
surface when a user first meets that reply or error."""

from __future__ import annotations

import importlib
import pkgutil
import typing

import attrs
import pytest

from generator.vendors import VENDORS

OPENAPI_VENDORS = sorted(name for name, vendor in VENDORS.items() if vendor.kind == "openapi")


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_every_body_reply_and_error_type_of_every_operation_resolves(vendor: str) -> None:
    api = importlib.import_module(f"iotclients_generated.{vendor}.api")
    checked = 0
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        op = getattr(module, "OPERATION", None)
        if op is None:
            continue
        thunks = [t for reply in op.replies.values() for t in reply.content.values() if t]
        thunks += list(op.errors.values())
        thunks += [h.type for reply in op.replies.values() for h in reply.headers.values()]
        if op.body is not None:
            thunks += [op.body.type, *(media.type for media in op.body.media)]
        for thunk in thunks:
            thunk()
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("vendor", OPENAPI_VENDORS)
def test_every_model_annotation_resolves(vendor: str) -> None:
    models = importlib.import_module(f"iotclients_generated.{vendor}.models")
    names = [n for n in dir(models) if n[:1].isupper()]
    for name in names:
        cls = getattr(models, name)
        if attrs.has(cls):
            typing.get_type_hints(cls)
    assert names
