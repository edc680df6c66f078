"""The client secret, device passwords and access tokens never reach logs, reprs or errors."""

from __future__ import annotations

import asyncio
import logging
import traceback

import pandas as pd
import pytest
from iotticket_support import demo_client_kwargs

from iotclients.core.errors import APIError, AuthenticationError
from iotclients.iotticket import AsyncIoTTicketClient, IoTTicketClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotticket import DEMO_CLIENT_SECRET

DEVICE_PASSWORD = "press-a-pass"
WRONG_PASSWORD = "wrong-device-password-1234"


def test_secrets_stay_out_of_logs_reprs_and_errors(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="iotclients")
    seen: list[str] = []
    with IoTTicketClient(**demo_client_kwargs(sandbox.url)) as client:
        seen += [repr(client), str(client), repr(client._settings)]
        client.get_assets()
        token = client._tokens.token
        assert token is not None
        data = pd.DataFrame({"timestamp": [0], "pressure": [1.0]})
        result = client.write_telemetry(data, "press-a-01", "press-a-01", DEVICE_PASSWORD)
        assert result.ok
        seen.append(repr(result))
        refused = client.write_telemetry(data, "press-a-01", "press-a-01", WRONG_PASSWORD)
        assert not refused.ok and isinstance(refused.errors[0], AuthenticationError)
        seen += [
            repr(refused),
            str(refused.errors[0]),
            "".join(traceback.format_exception(refused.errors[0])),
        ]
        with pytest.raises(APIError) as caught:
            client.read_asset("other-org", "asset-00001")
        seen += [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]
    with IoTTicketClient(
        **{**demo_client_kwargs(sandbox.url), "client_secret": "not-the-secret-xyz"}
    ) as wrong:
        with pytest.raises(AuthenticationError) as login:
            wrong.get_assets()
        seen += [str(login.value), repr(login.value)]
    text = "\n".join(seen) + "\n" + caplog.text
    for secret in (DEMO_CLIENT_SECRET, DEVICE_PASSWORD, WRONG_PASSWORD, token.value, "not-the-secret-xyz"):
        assert secret not in text
    assert any(
        "put_device_telemetry" in r.getMessage() or "telemetry" in r.getMessage() for r in caplog.records
    )


def test_async_client_keeps_secrets_out_too(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="iotclients")

    async def flow() -> list[str]:
        async with AsyncIoTTicketClient(**demo_client_kwargs(sandbox.url)) as client:
            await client.get_assets()
            rows = [{"timestamp": 0, "pressure": 1.0}]
            refused = await client.write_telemetry(rows, "press-a-01", "press-a-01", WRONG_PASSWORD)
            assert not refused and isinstance(refused.errors[0], AuthenticationError)
            token = client._tokens.token
            assert token is not None
            return [repr(client), repr(refused), str(refused.errors[0]), token.value]

    *seen, token = asyncio.run(flow())
    text = "\n".join(seen) + "\n" + caplog.text
    for secret in (DEMO_CLIENT_SECRET, WRONG_PASSWORD, token):
        assert secret not in text
