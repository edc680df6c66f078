"""GET /api/v1/project/{id}/extra/ — A project with counts of its devices, variables and streams"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_project_extra",
    method="GET",
    path="/api/v1/project/{id}/extra/",
    idempotent=True,
    summary="A project with counts of its devices, variables and streams",
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
                "application/json": lambda: _m.ProjectExtra,
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
