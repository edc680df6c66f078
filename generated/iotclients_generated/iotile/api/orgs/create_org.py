"""POST /api/v1/org/ — Create an organisation"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_org",
    method="POST",
    path="/api/v1/org/",
    idempotent=False,
    summary="Create an organisation",
    body=Body(argument="org_write", content_type="application/json", type=lambda: _m.OrgWrite),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Org,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
