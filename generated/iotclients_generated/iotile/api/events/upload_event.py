"""POST /api/v1/event/upload/ — Upload an event with a data file"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="upload_event",
    method="POST",
    path="/api/v1/event/upload/",
    idempotent=False,
    summary="Upload an event with a data file",
    body=Body(
        argument="event_upload",
        content_type="multipart/form-data",
        type=lambda: _m.EventUpload,
        files=("file",),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.EventUploadResult,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
        403: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
