"""GET /api/v1/org/{slug}/extra/ — An organisation with counts of its projects, devices and members"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_org_extra",
    method="GET",
    path="/api/v1/org/{slug}/extra/",
    idempotent=True,
    summary="An organisation with counts of its projects, devices and members",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.OrgExtra,
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
