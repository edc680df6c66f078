"""GET /api/v1/project/{id}/ — Get a project by UUID"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_project",
    method="GET",
    path="/api/v1/project/{id}/",
    idempotent=True,
    summary="Get a project by UUID",
    params=(
        Param(
            argument="id",
            wire_name="id",
            location="path",
            required=True,
            schema={"format": "uuid", "type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Project,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
