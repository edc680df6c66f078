"""GET /api/v1/stream/ — List streams"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_streams",
    method="GET",
    path="/api/v1/stream/",
    idempotent=True,
    summary="List streams",
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
            argument="project",
            wire_name="project",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(argument="org", wire_name="org", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="device", wire_name="device", location="query", required=False, schema={"type": "string"}
        ),
        Param(
            argument="block", wire_name="block", location="query", required=False, schema={"type": "string"}
        ),
        Param(
            argument="variable",
            wire_name="variable",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="enabled",
            wire_name="enabled",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
        Param(
            argument="virtual",
            wire_name="virtual",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(argument="all_", wire_name="all", location="query", required=False, schema={"type": "integer"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedStreamList,
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
