"""PATCH /api/v1/project/{id}/ — Change some fields of a project"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="partial_update_project",
    method="PATCH",
    path="/api/v1/project/{id}/",
    idempotent=True,
    summary="Change some fields of a project",
    body=Body(argument="project_patch", content_type="application/json", type=lambda: _m.ProjectPatch),
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
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
