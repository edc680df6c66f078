"""GET /api/v1/dt/ — List device templates"""

from iotclients.core.operation import Operation, Pagination, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_device_templates",
    method="GET",
    path="/api/v1/dt/",
    idempotent=True,
    summary="List device templates",
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
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.PaginatedDeviceTemplateList,
            }
        ),
    },
    errors={
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
