"""POST /api/v1/project/ — Create a project"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_project",
    method="POST",
    path="/api/v1/project/",
    idempotent=False,
    summary="Create a project",
    body=Body(argument="project_write", content_type="application/json", type=lambda: _m.ProjectWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Project,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
