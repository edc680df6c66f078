"""GET /provision/manage/model/{model}/ — List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true` (status blank until instantiated)."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="list_serial_numbers",
    method="GET",
    path="/provision/manage/model/{model}/",
    idempotent=True,
    summary="List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true` (status blank until instantiated).",
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="offset",
            wire_name="offset",
            location="query",
            required=False,
            schema={"minimum": 0, "type": "integer"},
        ),
        Param(
            argument="limit",
            wire_name="limit",
            location="query",
            required=False,
            schema={"minimum": 0, "type": "integer"},
        ),
        Param(
            argument="status",
            wire_name="status",
            location="query",
            required=False,
            schema={"type": "boolean"},
        ),
    ),
    replies={
        200: Reply(
            {
                "text/csv": None,
            }
        ),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
