"""ProvisionClient on the generated client, against the sandbox: every operation of the spec is
reached through the seed's methods, with the credential each one needs and the replies read."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from iotclients.core import errors
from iotclients.exosite import AsyncProvisionClient, OnePlatformClient, ProvisionClient
from iotclients.exosite.provision_rows import LogEntry, SerialNumber
from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK
from iotclients_sandbox.exosite.app import provision_validator
from iotclients_sandbox.exosite.provision import DEMO_VENDOR_TOKEN


class Recorder:
    """What reached the server: each request with the operation it matched and the status."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, httpx.Request]] = []

    def __call__(self, response: httpx.Response) -> None:
        found = provision_validator().find(response.request.method, response.request.url.path)
        assert found is not None, response.request.url
        self.seen.append((found[0].operation_id, response.status_code, response.request))

    def statuses(self, operation: str) -> set[int]:
        return {status for op, status, _ in self.seen if op == operation}

    def requests(self, operation: str) -> list[httpx.Request]:
        return [request for op, _, request in self.seen if op == operation]


class Blocking:
    """An ``AsyncProvisionClient`` driven from plain test code, one coroutine at a time."""

    def __init__(self, client: AsyncProvisionClient, runner: asyncio.Runner) -> None:
        self._client, self._runner = client, runner

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)
        return lambda *args, **kwargs: self._runner.run(method(*args, **kwargs))


@pytest.fixture(params=["sync", "async"])
def recorded(sandbox: Sandbox, request: pytest.FixtureRequest) -> Iterator[tuple[Any, Recorder]]:
    recorder = Recorder()
    if request.param == "sync":
        with (
            httpx.Client(event_hooks={"response": [recorder]}) as http,
            ProvisionClient(DEMO_CIK, base_url=sandbox.url, http_client=http) as provision,
        ):
            yield provision, recorder
        return

    async def record(response: httpx.Response) -> None:
        recorder(response)

    with asyncio.Runner() as runner:
        http = httpx.AsyncClient(event_hooks={"response": [record]})
        yield (
            Blocking(AsyncProvisionClient(DEMO_CIK, base_url=sandbox.url, http_client=http), runner),
            recorder,
        )
        runner.run(http.aclose())


def test_every_operation_of_the_spec_is_reached_through_the_seed_methods(
    sandbox: Sandbox, recorded: tuple[Any, Recorder]
) -> None:
    provision, recorder = recorded
    with OnePlatformClient(DEMO_CIK, base_url=sandbox.url) as one:
        template = one.create_client({"limits": {"dataport": "inherit"}})
        other = one.create_client({"limits": {"dataport": "inherit"}})
        root = one.lookup("alias", "")

    provision.model_create("m", template, comments=False)
    with pytest.raises(errors.ConflictError):
        provision.model_create("m", template)
    provision.model_update("m", other, aliases=False)
    assert provision.model_info("m").rid == other and provision.model_info("m").options == ["noaliases"]
    assert provision.model_list() == ["demo-model", "m"]

    provision.serialnumber_add("m", "A", "first, with a comma")
    provision.serialnumber_add_batch("m", ["B", "C"])
    provision.serialnumber_add_batch_csv("m", "D,red\nE,\n")
    provision.serialnumber_remove_batch("m", ["C"])
    with pytest.raises(errors.ConflictError):
        provision.serialnumber_add("m", "A")
    assert provision.serialnumber_list("m") == [
        SerialNumber("A", None, "first, with a comma"),
        SerialNumber("B", None, ""),
        SerialNumber("D", None, "red"),
        SerialNumber("E", None, ""),
    ]
    assert [s.sn for s in provision.serialnumber_list("m", offset=1, limit=5)] == ["B", "D", "E"]
    assert provision.serialnumber_info("m", "B") is None  # 204: never enabled
    assert provision.serialnumber_info("m", "B", actvtn_log=True) == []

    rid = provision.serialnumber_enable("m", "A", root)
    cik = provision.serialnumber_activate("m", "A", "demovendor")
    assert len(rid) == 40 and len(cik) == 40
    log = provision.serialnumber_info("m", "A", actvtn_log=True)
    assert isinstance(log, list) and [type(e) for e in log] == [LogEntry]
    provision.serialnumber_reenable("m", "A")
    provision.serialnumber_disable("m", "A")
    provision.serialnumber_remap("m", "B", "A")
    provision.serialnumber_remove("m", "E")

    provision.content_create("m", "fw", "v2")
    with pytest.raises(errors.ConflictError):
        provision.content_create("m", "fw", "v2")
    provision.content_upload("m", "fw", b"\xffraw\x00", "application/x-fw")
    assert provision.content_list("m") == ["fw"]
    assert provision.content_info("m", "fw").size == 5
    provision.serialnumber_enable("m", "D", root)
    device = provision.serialnumber_activate("m", "D", "demovendor")
    assert provision.content_download(device, "demovendor", "m", "fw") == b"\xffraw\x00"
    assert provision.content_info("m", "fw", "demovendor", key=device).type == "application/x-fw"
    provision.content_remove("m", "fw")
    assert provision.vendor_show() == "demovendor"
    provision.model_remove("m")

    spec_operations = {operation.operation_id for operation in provision_validator().operations}
    assert {op for op, _, _ in recorder.seen} | {"register_vendor"} == spec_operations
    assert recorder.statuses("create_model") == {205, 409}
    assert recorder.statuses("read_serial_number") == {200, 204}
    assert recorder.statuses("update_serial_number") == {200, 205}
    csv_sent, *forms = recorder.requests("edit_serial_numbers")[2:3] + recorder.requests("create_model")
    assert csv_sent.headers["content-type"] == "text/csv" and csv_sent.content == b"D,red\nE,\n"
    assert all(r.headers["content-type"].startswith("application/x-www-form-urlencoded") for r in forms)
    (upload,) = recorder.requests("upload_content")
    assert upload.headers["content-type"] == "application/x-fw" and upload.content == b"\xffraw\x00"
    downloads = recorder.requests("download_content")
    assert {r.headers["x-exosite-cik"] for r in downloads} == {device}
    assert all("x-exosite-cik" not in r.headers for r in recorder.requests("activate_serial_number"))


def test_a_vendor_token_manages_and_key_can_change_per_call(sandbox: Sandbox) -> None:
    with ProvisionClient(DEMO_VENDOR_TOKEN, base_url=sandbox.url, manage_by_cik=False) as by_token:
        assert by_token.model_list() == ["demo-model"]
        assert by_token.vendor_show() == "demovendor"
    with ProvisionClient(base_url=sandbox.url) as keyless:
        with pytest.raises(errors.InvalidArgumentError, match="key"):
            keyless.model_list()
        assert keyless.model_list(key=DEMO_CIK) == ["demo-model"]
        with pytest.raises(errors.AuthenticationError):
            keyless.model_list(key="0" * 40)
        with pytest.raises(errors.InvalidArgumentError, match="key"):
            keyless.content_info("demo-model", "fw", "demovendor")


def test_the_generated_methods_are_there_too_with_raw_replies(sandbox: Sandbox) -> None:
    with ProvisionClient(DEMO_CIK, base_url=sandbox.url) as provision:
        assert provision.list_models() == "demo-model\n"
        assert provision.list_serial_numbers("demo-model", limit=5).splitlines()[0] == "SN-0001,,"


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda p: p.serialnumber_add_batch("m", []), "sns"),
        (lambda p: p.serialnumber_add_batch_csv("m", "\n"), "csv"),
        (lambda p: p.content_upload("m", "fw", "text", "text/plain"), "data"),
        (lambda p: p.content_remove("m", ""), "contentid"),
        (lambda p: p.content_download("", "v", "m", "fw"), "cik"),
        (lambda p: p.model_create("m", "NOTARID"), "sharecode"),
        (lambda p: p.model_update("m", "A" * 40), "clonerid"),
        (lambda p: p.serialnumber_enable("m", "sn", "0" * 39), "owner"),
    ],
)
def test_bad_input_is_refused_before_sending(
    call: Callable[[ProvisionClient], object], argument: str
) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(205))
    with (
        ProvisionClient(DEMO_CIK, base_url="https://m2.exosite.com", transport=transport) as provision,
        pytest.raises(errors.InvalidArgumentError) as caught,
    ):
        call(provision)
    assert caught.value.argument == argument and sent == []
