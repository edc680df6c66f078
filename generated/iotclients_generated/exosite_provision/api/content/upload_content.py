"""POST /provision/manage/content/{model}/{id} — Store the blob of a content entity; its Content-Type is served back on download."""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="upload_content",
    method="POST",
    path="/provision/manage/content/{model}/{id}",
    idempotent=True,
    summary="Store the blob of a content entity; its Content-Type is served back on download.",
    body=Body(argument="content", content_type="*/*", type=lambda: bytes),
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="id",
            wire_name="id",
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
