"""ProvisionClient: the wire it sends (form fields, key headers, bodies) and the provisioning flow
end to end against the sandbox, with typed rows and typed errors."""

from __future__ import annotations

import inspect
from urllib.parse import parse_qsl

import httpx
import pytest

from iotclients.core import errors
from iotclients.exosite import AsyncProvisionClient, OnePlatformClient, ProvisionClient
from iotclients.exosite.provision_rows import SerialNumber
from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK

KEY = "d0d0cafed0d0cafed0d0cafed0d0cafed0d0cafe"
RID = "0123456789abcdef0123456789abcdef01234567"
DEVICE = "cafe" * 10


def recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/provision/activate" or b"owner=" in request.content:
            return httpx.Response(200, text=DEVICE, headers={"Content-Type": "text/plain"})
        return httpx.Response(205)

    return seen, httpx.MockTransport(respond)


def test_forms_repeat_array_fields_and_use_the_documented_names() -> None:
    seen, transport = recording()
    with ProvisionClient(KEY, base_url="https://m2.exosite.com", transport=transport) as provision:
        provision.serialnumber_add_batch("m 1", ["A", "B"])
        provision.serialnumber_remove_batch("m 1", ["A"])
        provision.model_create("m1", RID, aliases=False, historical=False)
        provision.model_update("m1", RID)
    assert [r.url.raw_path.decode() for r in seen] == [
        "/provision/manage/model/m%201/",
        "/provision/manage/model/m%201/",
        "/provision/manage/model/",
        "/provision/manage/model/m1",
    ]
    forms = [parse_qsl(r.content.decode()) for r in seen]
    assert forms[0] == [("add", "true"), ("sn[]", "A"), ("sn[]", "B")]
    assert forms[1] == [("delete", "true"), ("sn[]", "A")]
    # Fields go out in the model's order; a list repeats its key in list order (a stable sort keeps it).
    assert sorted(forms[2], key=lambda pair: pair[0]) == [
        ("model", "m1"),
        ("options[]", "noaliases"),
        ("options[]", "nohistorical"),
        ("rid", RID),
    ]
    assert seen[3].method == "PUT"
    assert all(r.headers["content-type"].startswith("application/x-www-form-urlencoded") for r in seen)
    assert all(r.headers["x-exosite-cik"] == KEY for r in seen)


def test_token_management_sharecodes_and_unauthenticated_activation() -> None:
    seen, transport = recording()
    with ProvisionClient(
        KEY,
        base_url="https://m2.exosite.com",
        manage_by_cik=False,
        manage_by_sharecode=True,
        transport=transport,
    ) as provision:
        provision.vendor_unregister("acme")
        provision.model_create("m1", "share-code-1")
        provision.content_upload("m1", "fw", b"\x00\x01", "application/x-fw")
        provision.serialnumber_activate("m1", "SN", "acme")
    assert seen[0].headers["x-exosite-token"] == KEY and "x-exosite-cik" not in seen[0].headers
    assert ("code", "share-code-1") in parse_qsl(seen[1].content.decode())
    assert seen[2].content == b"\x00\x01" and seen[2].headers["content-type"] == "application/x-fw"
    assert "x-exosite-token" not in seen[3].headers and "x-exosite-cik" not in seen[3].headers


def test_errors_are_typed_and_never_show_the_key() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, text=f"conflict for {request.headers['x-exosite-cik']}")

    with ProvisionClient(
        KEY, base_url="https://m2.exosite.com", transport=httpx.MockTransport(respond)
    ) as provision:
        with pytest.raises(errors.ConflictError) as caught:
            provision.serialnumber_add("m1", "A")
        with pytest.raises(errors.InvalidArgumentError):
            provision.serialnumber_add_batch("m1", ["A", ""])
    assert KEY not in str(caught.value) and KEY not in repr(caught.value.body)
    assert KEY not in repr(provision)


def test_the_provisioning_flow_against_the_sandbox(sandbox: Sandbox) -> None:
    with OnePlatformClient(DEMO_CIK, base_url=sandbox.url) as one:
        template = one.create_client({"limits": {"dataport": "inherit"}})
        root = one.lookup("alias", "")
    with ProvisionClient(DEMO_CIK, base_url=sandbox.url) as provision:
        assert provision.vendor_show() == "demovendor"
        provision.model_create("sensor", template, aliases=False)
        assert "sensor" in provision.model_list()
        assert provision.model_info("sensor").options == ["noaliases"]
        provision.serialnumber_add("sensor", "A-1")
        provision.serialnumber_add("sensor", "A-2", "blue")
        provision.serialnumber_add_batch("sensor", ["B-1", "B-2"])
        provision.serialnumber_add_batch_csv("sensor", [("C-1", "red")])
        provision.serialnumber_remove_batch("sensor", ["B-2"])
        listed = provision.serialnumber_list("sensor", status=True)
        assert [s.sn for s in listed] == ["A-1", "A-2", "B-1", "C-1"]
        # Not yet instantiated: the status column is blank, as the docs say.
        assert listed[1] == SerialNumber("A-2", None, "blue", "")
        assert provision.serialnumber_info("sensor", "A-1") is None
        device = provision.serialnumber_enable("sensor", "A-1", root)
        assert len(device) == 40
        provision.serialnumber_disable("sensor", "A-1")
        provision.serialnumber_reenable("sensor", "A-1")
        cik = provision.serialnumber_activate("sensor", "A-1", "demovendor")
        info = provision.serialnumber_info("sensor", "A-1")
        assert info is not None and info.status == "activated" and info.rid == device
        with pytest.raises(errors.ConflictError):
            provision.serialnumber_activate("sensor", "A-1", "demovendor")
        provision.content_create("sensor", "fw.bin", "v1", protected=True)
        assert provision.content_list("sensor") == ["fw.bin"]
        provision.content_upload("sensor", "fw.bin", b"\x00firmware", "application/x-fw")
        described = provision.content_info("sensor", "fw.bin")
        assert (described.type, described.size, described.protected) == ("application/x-fw", 9, True)
        assert provision.content_download(cik, "demovendor", "sensor", "fw.bin") == b"\x00firmware"
        assert provision.content_info("sensor", "fw.bin", "demovendor", key=cik).size == 9
        with pytest.raises(errors.PermissionDeniedError):
            provision.content_download(DEMO_CIK, "demovendor", "sensor", "fw.bin")
        provision.serialnumber_remap("sensor", "C-1", "A-1")
        remapped = provision.serialnumber_info("sensor", "C-1")
        assert remapped is not None and remapped.rid == device
        assert provision.serialnumber_info("sensor", "A-1") is None
        provision.content_remove("sensor", "fw.bin")
        provision.serialnumber_remove("sensor", "A-2")
        provision.model_remove("sensor")
        with pytest.raises(errors.NotFoundError):
            provision.model_info("sensor")


SEED = {
    "content_create": ["model", "contentid", "meta", "protected"],
    "content_download": ["cik", "vendor", "model", "contentid"],
    "content_info": ["model", "contentid", "vendor"],
    "content_list": ["model"],
    "content_remove": ["model", "contentid"],
    "content_upload": ["model", "contentid", "data", "mimetype"],
    "model_create": ["model", "sharecode", "aliases", "comments", "historical"],
    "model_info": ["model"],
    "model_list": [],
    "model_remove": ["model"],
    "model_update": ["model", "clonerid", "aliases", "comments", "historical"],
    "serialnumber_activate": ["model", "sn", "vendor"],
    "serialnumber_add": ["model", "sn", "extra"],
    "serialnumber_add_batch": ["model", "sns"],
    "serialnumber_add_batch_csv": ["model", "csv"],
    "serialnumber_disable": ["model", "sn"],
    "serialnumber_enable": ["model", "sn", "owner"],
    "serialnumber_info": ["model", "sn", "actvtn_log"],
    "serialnumber_list": ["model", "offset", "limit", "status"],
    "serialnumber_reenable": ["model", "sn"],
    "serialnumber_remap": ["model", "sn", "oldsn"],
    "serialnumber_remove": ["model", "sn"],
    "serialnumber_remove_batch": ["model", "sns"],
    "vendor_register": ["vendor"],
    "vendor_show": [],
    "vendor_unregister": ["vendor"],
    "close": [],
}


@pytest.mark.parametrize("cls", [ProvisionClient, AsyncProvisionClient])
@pytest.mark.parametrize("name", sorted(SEED))
def test_every_provision_method_of_the_seed_is_there_in_order(cls: type, name: str) -> None:
    params = list(inspect.signature(getattr(cls, name)).parameters)[1:]
    positional = [p for p in params if p not in ("key",)]
    assert positional[: len(SEED[name])] == SEED[name]


async def test_the_async_client_sends_the_same_requests_and_reads_the_same_replies(sandbox: Sandbox) -> None:
    def wire(requests: list[httpx.Request]) -> list[tuple[str, str, bytes, str | None]]:
        return [(r.method, str(r.url), r.content, r.headers.get("x-exosite-cik")) for r in requests]

    sync_seen, sync_transport = recording()
    async_seen: list[httpx.Request] = []

    async def respond(request: httpx.Request) -> httpx.Response:
        async_seen.append(request)
        if b"owner=" in request.content:
            return httpx.Response(200, text=DEVICE, headers={"Content-Type": "text/plain"})
        return httpx.Response(205)

    with ProvisionClient(KEY, base_url="https://m2.exosite.com", transport=sync_transport) as provision:
        provision.serialnumber_add_batch("m1", ["A", "B"])
        provision.serialnumber_enable("m1", "A", RID)
        provision.content_download("c" * 40, "v", "m1", "fw")
    async with AsyncProvisionClient(
        KEY, base_url="https://m2.exosite.com", transport=httpx.MockTransport(respond)
    ) as provision_async:
        await provision_async.serialnumber_add_batch("m1", ["A", "B"])
        await provision_async.serialnumber_enable("m1", "A", RID)
        await provision_async.content_download("c" * 40, "v", "m1", "fw")
    assert wire(async_seen) == wire(sync_seen)
    async with AsyncProvisionClient(DEMO_CIK, base_url=sandbox.url) as live:
        assert await live.vendor_show() == "demovendor"
        assert await live.model_list() == ["demo-model"]
        assert [s.sn for s in await live.serialnumber_list("demo-model")] == ["SN-0001", "SN-0002", "SN-0003"]
        with pytest.raises(errors.NotFoundError):
            await live.serialnumber_activate("demo-model", "SN-9999", "demovendor")


def test_vendor_registration_through_the_client(sandbox: Sandbox) -> None:
    with OnePlatformClient(DEMO_CIK, base_url=sandbox.url) as one:
        child = one.create_client({})
        child_cik = one.info(child, {"key": True}).key
    assert child_cik is not None
    with ProvisionClient(child_cik, base_url=sandbox.url) as provision:
        with pytest.raises(errors.NotFoundError):
            provision.vendor_show()
        provision.vendor_register("acme")
        assert provision.vendor_show() == "acme"
        with pytest.raises(errors.ConflictError):
            provision.vendor_register("acme")
        provision.vendor_unregister("acme")
        with pytest.raises(errors.NotFoundError):
            provision.vendor_show()
