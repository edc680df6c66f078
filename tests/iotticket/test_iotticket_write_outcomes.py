"""Every row of a write has one outcome: written, not written (refused or never sent, safe to send
again) or unknown (sent, no reply said what happened); together with ``dropped`` they add up."""

from __future__ import annotations

import pandas as pd
from iotticket_support import demo_client_kwargs

from iotclients.iotticket import IoTTicketClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.faults import Fault


def test_rows_of_a_lost_reply_are_unknown_and_refused_rows_are_not_written(sandbox: Sandbox) -> None:
    data = pd.DataFrame({"timestamp": list(range(600)), "pressure": [float(i) for i in range(600)]})
    with IoTTicketClient(**demo_client_kwargs(sandbox.url), max_retries=1, concurrency=1) as client:
        client.write_telemetry(data.head(1), "press-a-01", "press-a-01", "press-a-pass")  # token, warm-up
        # The first request loses its reply on both attempts; the next one is refused for good.
        sandbox.app.faults.script(Fault.drop(), Fault.drop(), Fault.status(403))
        result = client.write_telemetry(data, "press-a-01", "press-a-01", "press-a-pass")

    assert len(result.requests) > 2
    unknown, failed, accepted = result.unknown_items, result.failed_items, result.accepted_items
    assert unknown and failed and accepted
    assert sorted(accepted + failed + unknown + result.dropped) == list(range(600))
    lost = next(r for r in result.requests if r.outcome_unknown)
    assert lost.advice.startswith("outcome unknown") and "read the range" in lost.advice
    refused = next(r for r in result.requests if not r.accepted and not r.outcome_unknown)
    assert refused.advice.startswith("not written") and "safe to send again" in refused.advice
    assert not result.ok
