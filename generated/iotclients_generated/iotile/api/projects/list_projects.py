"""GET /api/v1/project/ — List projects"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_projects",
    method="GET",
    path="/api/v1/project/",
    idempotent=True,
    summary="List projects",
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
            argument="org_slug",
            wire_name="org__slug",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(argument="slug", wire_name="slug", location="query", required=False, schema={"type": "string"}),
        Param(argument="name", wire_name="name", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="created_by",
            wire_name="created_by",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="property_",
            wire_name="property",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedProjectList,
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
