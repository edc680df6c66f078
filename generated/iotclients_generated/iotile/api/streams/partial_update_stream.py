"""PATCH /api/v1/stream/{slug}/ — Change some fields of a stream"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="partial_update_stream",
    method="PATCH",
    path="/api/v1/stream/{slug}/",
    idempotent=True,
    summary="Change some fields of a stream",
    body=Body(argument="stream_patch", content_type="application/json", type=lambda: _m.StreamPatch),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Stream,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
