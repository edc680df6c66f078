"""GET /api/v1/data/ — Data points of the streams a filter names"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_data",
    method="GET",
    path="/api/v1/data/",
    idempotent=True,
    summary="Data points of the streams a filter names",
    params=(
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
            argument="filter_",
            wire_name="filter",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="start", wire_name="start", location="query", required=False, schema={"type": "string"}
        ),
        Param(argument="end", wire_name="end", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="lastn", wire_name="lastn", location="query", required=False, schema={"type": "integer"}
        ),
        Param(
            argument="streamer_id_0",
            wire_name="streamer_id_0",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(
            argument="streamer_id_1",
            wire_name="streamer_id_1",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(
            argument="mask", wire_name="mask", location="query", required=False, schema={"type": "integer"}
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedStreamDataList,
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
