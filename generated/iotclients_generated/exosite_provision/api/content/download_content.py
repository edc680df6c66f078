"""GET /provision/download — A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`)."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="download_content",
    method="GET",
    path="/provision/download",
    idempotent=True,
    summary="A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`).",
    params=(
        Param(
            argument="vendor",
            wire_name="vendor",
            location="query",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="model",
            wire_name="model",
            location="query",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="id",
            wire_name="id",
            location="query",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="info", wire_name="info", location="query", required=False, schema={"type": "boolean"}
        ),
    ),
    replies={
        200: Reply(
            {
                "*/*": None,
            }
        ),
    },
    errors={},
    security=((_s["cik"],),),
)
