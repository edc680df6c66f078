"""Every batched-write result raises for what it did not write: ``raise_for_errors()``, ``check=True``."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from iotclients.core.errors import AuthenticationError, BadRequestError
from iotclients.core.write_results import IncompleteWriteError
from iotclients_sandbox import Fault, Sandbox

WRONG_PASSWORD = "wrong-device-password-1234"
INTERVALS = {
    "type": {"name": "operator id"},
    "line": {"name": "Line 03", "factory": {"name": "Factory A"}},
    "intervals": [
        {"name": f"op {i}", "start_time": f"2022-05-01T00:0{i}:00Z", "end_time": f"2022-05-01T00:0{i}:30Z"}
        for i in range(5)
    ],
}
PORT = {"format": "integer", "retention": {"count": "infinity", "duration": "infinity"}}


# -- IoT-TICKET: a refused device password no longer passes silently ------------------------------


def _telemetry() -> pd.DataFrame:
    return pd.DataFrame({"timestamp": [0, 1000], "pressure": [1.0, 2.0]})


def test_iotticket_refused_telemetry_raises_naming_the_error(iotticket_client: Any) -> None:
    result = iotticket_client.write_telemetry(_telemetry(), "press-a-01", "press-a-01", WRONG_PASSWORD)
    assert not result
    with pytest.raises(IncompleteWriteError) as raised:
        result.raise_for_errors()
    error = raised.value
    assert error.result is result
    assert isinstance(error.errors[0], AuthenticationError) and error.__cause__ is error.errors[0]
    assert str(error).startswith("1 of 1 write requests refused (2 items not written): AuthenticationError")
    assert WRONG_PASSWORD not in str(error)


def test_iotticket_check_true_raises_and_an_accepted_write_is_returned(iotticket_client: Any) -> None:
    with pytest.raises(IncompleteWriteError):
        iotticket_client.write_telemetry(_telemetry(), "press-a-01", "press-a-01", WRONG_PASSWORD, check=True)
    result = iotticket_client.write_telemetry(
        _telemetry(), "press-a-01", "press-a-01", "press-a-pass", check=True
    )
    assert result.ok and result.raise_for_errors() is result


async def test_iotticket_async_check_true(async_iotticket_client: Any) -> None:
    with pytest.raises(IncompleteWriteError):
        await async_iotticket_client.write_telemetry(
            _telemetry(), "press-a-01", "press-a-01", WRONG_PASSWORD, check=True
        )


# -- Oden bulk writes ------------------------------------------------------------------------------


def test_oden_bulk_set_with_a_refused_chunk(oden_client: Any, oden_sandbox: Sandbox) -> None:
    oden_sandbox.faults.script(Fault.status(400))
    result = oden_client.bulk_set_intervals(INTERVALS, chunk_size=2)
    assert [f.index for f in result.failed] == [0, 1] and len(result.ids) == 3
    with pytest.raises(
        IncompleteWriteError, match=r"^2 of 5 intervals not created: BadRequestError"
    ) as raised:
        result.raise_for_errors()
    assert all(isinstance(e, BadRequestError) for e in raised.value.errors)
    oden_sandbox.faults.script(Fault.status(400))
    with pytest.raises(IncompleteWriteError):
        oden_client.bulk_set_intervals(INTERVALS, chunk_size=2, check=True)
    assert oden_client.bulk_set_intervals(INTERVALS, check=True).ok


def test_oden_bulk_update_and_delete_raise_for_what_they_left(
    oden_client: Any, oden_sandbox: Sandbox
) -> None:
    ids = oden_client.bulk_set_intervals(INTERVALS, check=True).ids
    update = {**INTERVALS, "intervals": [{"id": i, "name": "renamed"} for i in ids]}
    oden_sandbox.faults.script(Fault.status(400))
    with pytest.raises(IncompleteWriteError, match=r"^5 of 5 intervals not updated"):
        oden_client.bulk_update_intervals(update, check=True)
    window = {
        "type": INTERVALS["type"],
        "line": INTERVALS["line"],
        "start_time": "2022-05-01T00:00:00Z",
        "end_time": "2022-05-02T00:00:00Z",
    }
    oden_sandbox.faults.script(Fault.status(400))
    with pytest.raises(IncompleteWriteError, match=r"^0 intervals and 1 time windows not deleted"):
        oden_client.bulk_delete_intervals(window, check=True)
    assert oden_client.bulk_delete_intervals(window, check=True).num_deleted == 5


async def test_oden_async_check_true(async_oden_client: Any, oden_sandbox: Sandbox) -> None:
    oden_sandbox.faults.script(Fault.status(400))
    with pytest.raises(IncompleteWriteError):
        await async_oden_client.bulk_set_intervals(INTERVALS, check=True)


# -- Exosite write_points --------------------------------------------------------------------------


def test_exosite_rejected_points_raise_with_the_first_one(exosite_client: Any) -> None:
    rid = exosite_client.create_dataport(PORT)
    points = [[10_000 + i, "oops" if i == 3 else i] for i in range(6)]
    result = exosite_client.write_points(rid, points)
    assert [p.index for p in result.rejected] == [3]
    with pytest.raises(
        IncompleteWriteError, match=r"^1 of 6 points not written \(first: point 3, status 'invalid'\)"
    ):
        result.raise_for_errors()
    with pytest.raises(IncompleteWriteError):
        exosite_client.write_points(rid, points, check=True)
    assert exosite_client.write_points(rid, [[20_000, 1]], check=True).written == 1


async def test_exosite_async_check_true(async_exosite_client: Any) -> None:
    rid = await async_exosite_client.create_dataport(PORT)
    with pytest.raises(IncompleteWriteError):
        await async_exosite_client.write_points(rid, [[10_000, "oops"]], check=True)
