"""POST /api/v1/project/{id}/new_property/ — Add a property to a project"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="new_project_property",
    method="POST",
    path="/api/v1/project/{id}/new_property/",
    idempotent=False,
    summary="Add a property to a project",
    body=Body(argument="property_new", content_type="application/json", type=lambda: _m.PropertyNew),
    params=(
        Param(
            argument="id",
            wire_name="id",
            location="path",
            required=True,
            schema={"format": "uuid", "type": "string"},
        ),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.Property,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        404: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
