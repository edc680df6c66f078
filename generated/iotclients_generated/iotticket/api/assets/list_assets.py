"""GET /api/v1/organizations/{orgId}/assets — List assets (flat), optionally the children of one parent or the roots"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_assets",
    method="GET",
    path="/api/v1/organizations/{orgId}/assets",
    idempotent=True,
    summary="List assets (flat), optionally the children of one parent or the roots",
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="parent_id",
            wire_name="parentId",
            location="query",
            required=False,
            schema={"type": "string"},
        ),
        Param(
            argument="root", wire_name="root", location="query", required=False, schema={"type": "boolean"}
        ),
        Param(argument="name", wire_name="name", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="include_templates",
            wire_name="includeTemplates",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
        Param(
            argument="include_event_types",
            wire_name="includeEventTypes",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
        Param(
            argument="limit",
            wire_name="limit",
            location="query",
            required=False,
            schema={"maximum": 10000, "minimum": 1, "type": "integer"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.Asset],
            }
        ),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
