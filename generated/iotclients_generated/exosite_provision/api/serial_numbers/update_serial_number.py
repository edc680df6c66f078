"""POST /provision/manage/model/{model}/{sn} — Enable (with `owner`: a new client, its RID answered), re-enable (a new CIK), remap from `oldsn`, or disable."""

from iotclients.core.operation import Body, Operation, Param, Reply

from ... import models as _m  # noqa: F401  (lazy: nothing loads until a type is resolved)
from ...security import SCHEMES as _s

OPERATION = Operation(
    name="update_serial_number",
    method="POST",
    path="/provision/manage/model/{model}/{sn}",
    idempotent=False,
    summary="Enable (with `owner`: a new client, its RID answered), re-enable (a new CIK), remap from `oldsn`, or disable.",
    body=Body(
        argument="serial_number_update",
        content_type="application/x-www-form-urlencoded",
        type=lambda: _m.SerialNumberUpdate,
    ),
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
    ),
    replies={
        200: Reply(
            {
                "text/plain": None,
            }
        ),
        205: Reply({}),
    },
    errors={},
    security=(
        (_s["cik"],),
        (_s["token"],),
    ),
)
