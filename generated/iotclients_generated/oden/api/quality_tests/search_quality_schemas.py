"""POST /v2/quality_schema/search — Search quality schemas"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_quality_schemas",
    method="POST",
    path="/v2/quality_schema/search",
    idempotent=True,
    summary="Search quality schemas",
    body=Body(argument="quality_schema", content_type="application/json", type=lambda: _m.QualitySchema),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.QualitySchema],
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
