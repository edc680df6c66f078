"""OnePlatformClient and AsyncOnePlatformClient against the sandbox over real loopback HTTP."""

from __future__ import annotations

import time

from iotclients.core import errors
from iotclients.core.retry import RetryPolicy
from iotclients.exosite import AsyncOnePlatformClient, OnePlatformClient
from iotclients_sandbox import Fault, Sandbox
from iotclients_sandbox.exosite import DEMO_CIK

PORT = {"format": "float", "retention": {"count": "infinity", "duration": "infinity"}, "name": "e2e"}


def test_dataport_lifecycle(client: OnePlatformClient) -> None:
    rid = client.create("dataport", PORT)
    client.map(rid, "e2e")
    client.write({"alias": "e2e"}, 21.5)
    outcome = client.write_points(rid, [[-30 + i, float(i)] for i in range(20)], chunk_size=6)
    assert outcome.ok and outcome.requests == 4
    assert client.read(rid, {"limit": 1})[0][1] == 21.5
    info = client.info(rid, {"basic": True, "storage": True, "description": True})
    assert info.basic is not None and info.basic.type == "dataport"
    assert info.storage is not None and info.storage.count == 21
    assert info.description == PORT
    assert client.listing(["dataport"]) == {"dataport": [rid]}
    client.drop(rid)
    try:
        client.info(rid)
    except errors.PermissionDeniedError as exc:
        assert exc.rpc_status == "restricted"  # type: ignore[attr-defined]
    else:
        raise AssertionError("info on a dropped dataport must fail")


def test_a_client_survives_the_server_closing_every_100th_connection(
    client: OnePlatformClient, sandbox: Sandbox
) -> None:
    rid = client.create_dataport(PORT)
    for i in range(250):
        client.write(rid, float(i))
    assert sandbox.backend.calls["write"] == 250
    assert sandbox.backend.connections_closed >= 2


def test_batch_and_deferred_over_loopback(client: OnePlatformClient, sandbox: Sandbox) -> None:
    before = sandbox.journal.total
    with client.batch() as batch:
        device = batch.lookup("alias", "device")
        missing = batch.lookup("alias", "nope")
    assert len(device.result()) == 40
    assert isinstance(missing.error, errors.BadRequestError)
    client.listing(["client"], defer=True)
    client.info({"alias": ""}, {"basic": True}, defer=True)
    listing, info = client.send_deferred()
    assert listing.result() == {"client": [device.result()]}
    assert info.result().basic.status == "activated"
    assert sandbox.journal.total - before == 2


def test_injected_failures_retry_reads_only(client: OnePlatformClient, sandbox: Sandbox) -> None:
    fast = client.with_options(retry=RetryPolicy(max_retries=2, initial_backoff=0, max_backoff=0))
    sandbox.faults.script(Fault.status(503), Fault.ok())
    assert fast.lookup("alias", "device")
    sandbox.faults.script(Fault.status(503), Fault.ok())
    rid = fast.lookup("alias", "device")
    before = sandbox.backend.calls["write"]
    sandbox.faults.script(Fault.status(503))
    try:
        fast.create_dataport(PORT, auth=DEMO_CIK)
    except errors.ServiceUnavailableError:
        pass
    else:
        raise AssertionError("a create is not resent")
    assert sandbox.backend.calls["write"] == before
    assert rid


async def test_async_client_flows(sandbox: Sandbox) -> None:
    async with AsyncOnePlatformClient(DEMO_CIK, base_url=sandbox.url) as one:
        rid = await one.create_dataport(PORT)
        outcome = await one.write_points(
            rid, [[int(time.time()) - 100 + i, i * 1.0] for i in range(100)], chunk_size=30
        )
        assert outcome.written == 100 and outcome.requests == 4
        async with one.batch() as batch:
            newest = batch.read(rid)
            usage = batch.usage({"alias": ""}, "dataport", 0, 10)
        assert newest.result()[0][1] == 99.0
        assert usage.result() > 0
        assert await one.wait_for(rid, timeout_ms=100) is None
