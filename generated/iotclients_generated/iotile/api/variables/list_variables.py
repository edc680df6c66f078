"""GET /api/v1/variable/ — List variables"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_variables",
    method="GET",
    path="/api/v1/variable/",
    idempotent=True,
    summary="List variables",
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
            argument="search", wire_name="search", location="query", required=False, schema={"type": "string"}
        ),
        Param(
            argument="include_templates",
            wire_name="include_templates",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedVariableList,
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
