"""PUT /api/v1/org/{slug}/ — Replace an organisation's fields"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="update_org",
    method="PUT",
    path="/api/v1/org/{slug}/",
    idempotent=True,
    summary="Replace an organisation's fields",
    body=Body(argument="org_write", content_type="application/json", type=lambda: _m.OrgWrite),
    params=(
        Param(argument="slug", wire_name="slug", location="path", required=True, schema={"type": "string"}),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: _m.Org,
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
