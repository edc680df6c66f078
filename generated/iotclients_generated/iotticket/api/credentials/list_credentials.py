"""GET /api/v1/organizations/{orgId}/credentials — Credentials, optionally filtered (secrets are never returned)"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_credentials",
    method="GET",
    path="/api/v1/organizations/{orgId}/credentials",
    idempotent=True,
    summary="Credentials, optionally filtered (secrets are never returned)",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(argument="id", wire_name="id", location="query", required=False, schema={"type": "string"}),
        Param(argument="name", wire_name="name", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="client_id",
            wire_name="clientId",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="scope", wire_name="scope", location="query", required=False, schema={"type": "string"}
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.Credential],
            }
        ),
    },
    errors={
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
