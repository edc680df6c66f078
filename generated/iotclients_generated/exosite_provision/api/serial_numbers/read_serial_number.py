"""GET /provision/manage/model/{model}/{sn} — A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines)."""

from iotclients.core.operation import Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="read_serial_number",
    method="GET",
    path="/provision/manage/model/{model}/{sn}",
    idempotent=True,
    summary="A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines).",
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="sn",
            wire_name="sn",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
        Param(
            argument="show",
            wire_name="show",
            location="query",
            required=False,
            schema={"enum": ["log"], "type": "string"},
        ),
    ),
    replies={
        200: Reply(
            {
                "text/csv": None,
            }
        ),
        204: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
