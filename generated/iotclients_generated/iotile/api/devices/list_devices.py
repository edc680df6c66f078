"""GET /api/v1/device/ — List devices"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_devices",
    method="GET",
    path="/api/v1/device/",
    idempotent=True,
    summary="List devices",
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
        Param(argument="dt", wire_name="dt", location="query", required=False, schema={"type": "string"}),
        Param(argument="sg", wire_name="sg", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="external_id",
            wire_name="external_id",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="claimed",
            wire_name="claimed",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
        Param(
            argument="org_slug",
            wire_name="org__slug",
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
                "application/json": lambda: _m.PaginatedDeviceList,
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
