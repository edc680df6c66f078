"""POST /v2/oql/query — Run an OQL query"""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="run_oql_query",
    method="POST",
    path="/v2/oql/query",
    idempotent=True,
    summary="Run an OQL query",
    body=Body(argument="oql_query", content_type="application/json", type=lambda: _m.OQLQuery),
    params=(
        Param(
            argument="format_",
            wire_name="format",
            location="query",
            required=False,
            schema={"enum": ["json", "jsonextended", "csv"], "type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "application/json": lambda: object,
                "text/csv": None,
            }
        ),
    },
    errors={
        400: lambda: _m.ParameterError,
        401: lambda: _m.GenericError,
        403: lambda: _m.GenericError,
        404: lambda: _m.GenericError,
        409: lambda: _m.NotUniqueError,
        429: lambda: _m.GenericError,
        500: lambda: _m.InternalError,
        501: lambda: _m.GenericError,
    },
    security=((_s["APIKeyAuth"],),),
)
