"""GET /api/v1/org/{slug}/pending/ — The invitations of an organisation not yet accepted"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_org_pending",
    method="GET",
    path="/api/v1/org/{slug}/pending/",
    idempotent=True,
    summary="The invitations of an organisation not yet accepted",
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.OrgInvitation],
            }
        ),
    },
    errors={
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
