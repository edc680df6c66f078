"""GET /api/v1/stream/{slug}/data/ — The data points of a stream"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_stream_data",
    method="GET",
    path="/api/v1/stream/{slug}/data/",
    idempotent=True,
    summary="The data points of a stream",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
        Param(
            argument="page", wire_name="page", location="query", required=False, schema={"type": "integer"}
        ),
        Param(
            argument="page_size",
            wire_name="page_size",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(
            argument="start", wire_name="start", location="query", required=False, schema={"type": "string"}
        ),
        Param(argument="end", wire_name="end", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="lastn", wire_name="lastn", location="query", required=False, schema={"type": "integer"}
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedStreamIdDataList,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    pagination=Pagination(
        next="next",
        page_param="page",
        page_size_param="page_size",
        results="results",
        style="next_url",
    ),
    security=((_s["JWTAuth"],),),
)
