"""GET /api/v1/df/ — The data of a filter as a table (CSV, JSON or text)"""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="get_data_frame",
    method="GET",
    path="/api/v1/df/",
    idempotent=True,
    summary="The data of a filter as a table (CSV, JSON or text)",
    params=(
        Param(
            argument="filter_", wire_name="filter", location="query", required=True, schema={"type": "string"}
        ),
        Param(
            argument="start", wire_name="start", location="query", required=False, schema={"type": "string"}
        ),
        Param(argument="end", wire_name="end", location="query", required=False, schema={"type": "string"}),
        Param(
            argument="apply_mdo",
            wire_name="apply_mdo",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(
            argument="extended",
            wire_name="extended",
            location="query",
            required=False,
            schema={"type": "integer"},
        ),
        Param(
            argument="pivot", wire_name="pivot", location="query", required=False, schema={"type": "integer"}
        ),
        Param(
            argument="stats", wire_name="stats", location="query", required=False, schema={"type": "integer"}
        ),
        Param(
            argument="mask", wire_name="mask", location="query", required=False, schema={"type": "integer"}
        ),
        Param(
            argument="format_",
            wire_name="format",
            location="query",
            required=False,
            schema={"enum": ["csv", "json", "txt"], "type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "text/csv": None,
                "text/plain": None,
                "application/json": lambda: _m.DataFrameSplit,
            }
        ),
    },
    errors={
        400: lambda: _m.ErrorDetail,
        401: lambda: _m.ErrorDetail,
    },
    security=((_s["JWTAuth"],),),
)
