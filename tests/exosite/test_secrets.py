"""CIKs and tokens never show up in logs, reprs, exception texts or logged requests, yet go on the wire."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import httpx
import pytest
from exosite_testkit import BASE_URL, RID, Recorder, ok

from iotclients.core import errors
from iotclients.exosite import OnePlatformClient
from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK

SECRET_CIK = "5ec2e75ec2e75ec2e75ec2e75ec2e75ec2e75ec2"
TOKEN = "70c4e070c4e070c4e070c4e070c4e070c4e070c4"


@pytest.fixture(autouse=True)
def debug_logging(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("IOTCLIENTS_LOG", raising=False)
    caplog.set_level(logging.DEBUG, logger="iotclients")
    yield


def assert_clean(text: str, *secrets: str) -> None:
    for secret in secrets or (SECRET_CIK, TOKEN):
        assert secret not in text, text


def assert_exception_clean(exc: BaseException, *secrets: str) -> None:
    assert_clean(str(exc), *secrets)
    assert_clean(repr(exc), *secrets)
    assert_clean(repr(getattr(exc, "error", None)), *secrets)
    assert_clean(repr(getattr(exc, "body", b"")), *secrets)
    assert_clean("".join(traceback.format_exception(exc)), *secrets)


def echo_auth(request: httpx.Request) -> httpx.Response:
    """A server that echoes the credentials back in its error object."""
    import json

    body = json.loads(request.content)
    echoed = json.dumps(body["auth"])
    return httpx.Response(
        200,
        json=[
            {
                "id": c["id"],
                "status": "invalid",
                "error": {"code": 400, "message": f"bad auth {echoed}", "context": "auth"},
            }
            for c in body["calls"]
        ],
    )


def test_the_cik_goes_on_the_wire_but_nowhere_else(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(ok([[1, 1]]))
    with OnePlatformClient(
        SECRET_CIK, base_url=BASE_URL, transport=httpx.MockTransport(recorder), log_requests=True
    ) as one:
        one.read(RID)
        assert recorder.bodies[0]["auth"] == {"cik": SECRET_CIK}
        assert_clean(repr(one))
        assert_clean(str(one.logged_requests()))
        assert "***" in one.logged_requests()[0]
    assert_clean(caplog.text)


def test_credentials_echoed_by_the_server_are_masked_in_errors(caplog: pytest.LogCaptureFixture) -> None:
    with OnePlatformClient(SECRET_CIK, base_url=BASE_URL, transport=httpx.MockTransport(echo_auth)) as one:
        with pytest.raises(errors.BadRequestError) as caught:
            one.read(RID)
        assert_exception_clean(caught.value)
        with pytest.raises(errors.BadRequestError) as caught:
            one.read(RID, auth={"token": TOKEN})
        assert_exception_clean(caught.value)
    assert_clean(caplog.text)


def test_request_level_errors_and_transport_failures_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    def reject(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"error": {"code": 401, "message": f"Invalid {SECRET_CIK}", "context": "auth"}}
        )

    with (
        OnePlatformClient(SECRET_CIK, base_url=BASE_URL, transport=httpx.MockTransport(reject)) as one,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        one.info(RID)
    assert_exception_clean(caught.value)

    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused for {request.content.decode()}")

    with (
        OnePlatformClient(
            SECRET_CIK, base_url=BASE_URL, transport=httpx.MockTransport(drop), max_retries=0
        ) as one,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        one.info(RID)
    assert_exception_clean(caught.value)
    assert_clean(caplog.text)


def test_keys_and_tokens_received_from_the_server_are_masked_too(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    with OnePlatformClient(DEMO_CIK, base_url=sandbox.url, log_requests=True) as one:
        device = one.lookup("alias", "device")
        device_cik = one.info(device, {"key": True}).key
        assert isinstance(device_cik, str)
        rid = one.lookup("alias", "temperature", auth={"cik": device_cik})
        token = one.grant(rid, {rid: ["read"]}, ttl=60)
        one.read(rid, auth={"token": token})
        with pytest.raises(errors.PermissionDeniedError) as caught:
            one.write(rid, 1.0, auth={"token": token})
        shown = repr(one) + str(one.logged_requests()) + caplog.text
        for secret in (DEMO_CIK, device_cik, token):
            assert_clean(shown, secret)
            assert_exception_clean(caught.value, secret)


def test_cik_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXOSITE_CIK", SECRET_CIK)
    monkeypatch.setenv("EXOSITE_BASE_URL", "http://127.0.0.1:9")
    recorder = Recorder(ok([[1, 1]]))
    with OnePlatformClient(transport=httpx.MockTransport(recorder)) as one:
        assert one.base_url == "http://127.0.0.1:9"
        one.read(RID)
    assert recorder.bodies[0]["auth"] == {"cik": SECRET_CIK}
    monkeypatch.delenv("EXOSITE_CIK")
    with (
        OnePlatformClient(transport=httpx.MockTransport(recorder)) as one,
        pytest.raises(errors.InvalidArgumentError) as caught,
    ):
        one.read(RID)
    assert caught.value.argument == "auth"


def test_provisioning_keys_device_ciks_and_vendor_tokens_stay_on_the_wire(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    from iotclients.exosite import ProvisionClient
    from iotclients_sandbox.exosite.provision import DEMO_VENDOR_TOKEN

    with ProvisionClient(DEMO_VENDOR_TOKEN, base_url=sandbox.url, manage_by_cik=False) as provision:
        model, root = "secret-model", OnePlatformClient(DEMO_CIK, base_url=sandbox.url)
        with root:
            provision.model_create(model, root.create_client({}))
            owner = root.lookup("alias", "")
        provision.serialnumber_add(model, "S-1")
        provision.serialnumber_enable(model, "S-1", owner)
        device_cik = provision.serialnumber_activate(model, "S-1", "demovendor")
        provision.content_create(model, "blob", "")
        provision.content_upload(model, "blob", b"x", "application/octet-stream")
        assert provision.content_download(device_cik, "demovendor", model, "blob") == b"x"
        with pytest.raises(errors.AuthenticationError) as refused:
            provision.model_list(key=SECRET_CIK)
        with pytest.raises(errors.ConflictError) as conflict:
            provision.serialnumber_activate(model, "S-1", "demovendor")
        shown = repr(provision) + caplog.text
    for secret in (DEMO_VENDOR_TOKEN, device_cik, SECRET_CIK):
        assert_clean(shown, secret)
        assert_exception_clean(refused.value, secret)
        assert_exception_clean(conflict.value, secret)
    assert "x-exosite-token" in caplog.text.lower()  # the header was logged, its value masked
