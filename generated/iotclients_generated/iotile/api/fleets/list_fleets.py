"""GET /api/v1/fleet/ — List fleets"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_fleets",
    method="GET",
    path="/api/v1/fleet/",
    idempotent=True,
    summary="List fleets",
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
        Param(argument="org", wire_name="org", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="device", wire_name="device", location="query", required=False, schema={"type": "string"}
        ),
        Param(
            argument="is_network",
            wire_name="is_network",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedFleetList,
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
