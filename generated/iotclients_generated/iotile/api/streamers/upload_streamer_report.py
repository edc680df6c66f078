"""POST /api/v1/streamer/report/ — Upload a streamer report"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="upload_streamer_report",
    method="POST",
    path="/api/v1/streamer/report/",
    idempotent=False,
    summary="Upload a streamer report",
    body=Body(
        argument="streamer_report_upload",
        content_type="multipart/form-data",
        type=lambda: _m.StreamerReportUpload,
        files=("file",),
    ),
    params=(
        Param(
            argument="timestamp",
            wire_name="timestamp",
            location="query",
            required=True,
            schema={"type": "string"},
        ),
    ),
    replies={
        201: Reply(
            {
                "application/json": lambda: _m.StreamerReportUploadResult,
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
