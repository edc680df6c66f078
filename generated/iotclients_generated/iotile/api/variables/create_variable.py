"""POST /api/v1/variable/ — Create a variable in a project"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_variable",
    method="POST",
    path="/api/v1/variable/",
    idempotent=False,
    summary="Create a variable in a project",
    body=Body(argument="variable_write", content_type="application/json", type=lambda: _m.VariableWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Variable,
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
