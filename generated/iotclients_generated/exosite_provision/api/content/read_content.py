"""GET /provision/manage/content/{model}/{id} — Describe a content entity: `type,size,updated,meta,protected`."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_content",
    method="GET",
    path="/provision/manage/content/{model}/{id}",
    idempotent=True,
    summary="Describe a content entity: `type,size,updated,meta,protected`.",
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
        200: Reply(
            {
                "text/csv": None,
            }
        ),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
