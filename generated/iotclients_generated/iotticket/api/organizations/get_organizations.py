"""GET /api/v1/organizations — List the organizations the client may access"""

from iotclients.core.operation import Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_organizations",
    method="GET",
    path="/api/v1/organizations",
    idempotent=True,
    summary="List the organizations the client may access",
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.Organization],
            }
        ),
    },
    errors={
        401: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
