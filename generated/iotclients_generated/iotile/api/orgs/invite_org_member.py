"""POST /api/v1/org/{slug}/invite/ — Invite someone to an organisation"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="invite_org_member",
    method="POST",
    path="/api/v1/org/{slug}/invite/",
    idempotent=False,
    summary="Invite someone to an organisation",
    body=Body(argument="org_invitation", content_type="application/json", type=lambda: _m.OrgInvitation),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        202: Reply(
            {
                "application/json": lambda: _m.OrgInvitation,
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
