"""POST /provision/manage/model/{model}/ — Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several."""

from iotclients.core.operation import Body, BodyMedia, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="edit_serial_numbers",
    method="POST",
    path="/provision/manage/model/{model}/",
    idempotent=False,
    summary="Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several.",
    body=Body(
        argument="serial_number_batch",
        content_type="application/x-www-form-urlencoded",
        type=lambda: _m.SerialNumberBatch,
        media=(
            BodyMedia("application/x-www-form-urlencoded", lambda: _m.SerialNumberBatch),
            BodyMedia("text/csv", lambda: bytes),
        ),
    ),
    params=(
        Param(
            argument="model",
            wire_name="model",
            location="path",
            required=True,
            schema={"minLength": 1, "type": "string"},
        ),
    ),
    replies={
        205: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
