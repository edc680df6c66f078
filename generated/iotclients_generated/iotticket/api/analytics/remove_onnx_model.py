"""DELETE /api/v1/organizations/{orgId}/onnx-models/{modelId} — Delete an ONNX model (409 while an asset uses it)"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="remove_onnx_model",
    method="DELETE",
    path="/api/v1/organizations/{orgId}/onnx-models/{modelId}",
    idempotent=False,
    summary="Delete an ONNX model (409 while an asset uses it)",
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
        401: lambda: _m.Error,
        403: lambda: _m.Error,
        404: lambda: _m.Error,
        409: lambda: _m.Error,
    },
    security=((_s["OAuth2"],),),
)
