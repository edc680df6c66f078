"""PUT /api/v1/organizations/{orgId}/ml-models/{modelId} — Update an ML model"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="replace_ml_model",
    method="PUT",
    path="/api/v1/organizations/{orgId}/ml-models/{modelId}",
    idempotent=True,
    summary="Update an ML model",
    body=Body(argument="ml_model_update", content_type="application/json", type=lambda: _m.MLModelUpdate),
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="model_id",
            wire_name="modelId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        204: Reply({}),
    },
    errors={
        400: lambda: _m.Error,
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
        409: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
