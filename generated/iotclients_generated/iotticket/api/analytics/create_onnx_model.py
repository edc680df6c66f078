"""POST /api/v1/organizations/{orgId}/onnx-models — Upload and register an ONNX model"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="create_onnx_model",
    method="POST",
    path="/api/v1/organizations/{orgId}/onnx-models",
    idempotent=False,
    summary="Upload and register an ONNX model",
    body=Body(
        argument="onnx_model_upload",
        content_type="multipart/form-data",
        type=lambda: _m.OnnxModelUpload,
        files=("file",),
    ),
    params=(
        Param(
            argument="org_id",
            wire_name="orgId",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.CreatedId,
            }
        ),
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
