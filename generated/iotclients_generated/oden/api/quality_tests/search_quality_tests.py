"""POST /v2/quality_test/search — Search quality tests"""

from iotclients.core.operation import Body, Operation, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="search_quality_tests",
    method="POST",
    path="/v2/quality_test/search",
    idempotent=True,
    summary="Search quality tests",
    body=Body(argument="quality_test", content_type="application/json", type=lambda: _m.QualityTest),
    replies={
        200: Reply(
            {
                "application/json": lambda: list[_m.QualityTest],
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
