"""POST /provision/manage/content/{model}/ — Create a content entity (a named blob slot) for a model."""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_content",
    method="POST",
    path="/provision/manage/content/{model}/",
    idempotent=False,
    summary="Create a content entity (a named blob slot) for a model.",
    body=Body(
        argument="content_create",
        content_type="application/x-www-form-urlencoded",
        type=lambda: _m.ContentCreate,
    ),
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        205: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
