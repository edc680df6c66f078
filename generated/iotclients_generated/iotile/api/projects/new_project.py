"""POST /api/v1/project/new/ — Create a project the way the web app does, optionally claiming a device into it"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="new_project",
    method="POST",
    path="/api/v1/project/new/",
    idempotent=False,
    summary="Create a project the way the web app does, optionally claiming a device into it",
    body=Body(argument="project_new", content_type="application/json", type=lambda: _m.ProjectNew),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.ProjectId,
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
