"""GET /api/v1/streamer/report/ — List streamer reports"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_streamer_reports",
    method="GET",
    path="/api/v1/streamer/report/",
    idempotent=True,
    summary="List streamer reports",
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
            argument="streamer_slug",
            wire_name="streamer__slug",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="created_by_slug",
            wire_name="created_by__slug",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="start", wire_name="start", location="query", required=False, schema={"type": "string"}
        ),
        Param(argument="end", wire_name="end", location="query", required=False, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedStreamerReportList,
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
