"""The Provisioning sandbox, end to end over loopback: the flow of pyonep's provisioning example,
form bodies with repeated ``sn[]``/``options[]`` fields, CSV replies, 205/204/409 and key headers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_calls import SELF, result

from iotclients_sandbox import Sandbox
from iotclients_sandbox.exosite import DEMO_CIK

FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
TOKEN = "7e57ab1e7e57ab1e7e57ab1e7e57ab1e7e57ab1e"


def call(
    sandbox: Sandbox, method: str, path: str, *, key: dict[str, str] | None = None, **kwargs: Any
) -> httpx.Response:
    headers = {**(key if key is not None else {"X-Exosite-CIK": DEMO_CIK}), **kwargs.pop("headers", {})}
    if "data" in kwargs:
        headers.update(FORM)
    return httpx.request(method, sandbox.url + path, headers=headers, timeout=10, **kwargs)


def test_vendor_model_serial_numbers_activation_and_content(sandbox: Sandbox) -> None:
    assert call(sandbox, "GET", "/provision/register").text == "demovendor"
    assert call(sandbox, "GET", "/provision/register", key={"X-Exosite-Token": TOKEN}).text == "demovendor"

    template = result(sandbox, "create", SELF, "client", {"limits": {"dataport": "inherit"}})
    assert result(
        sandbox,
        "create",
        "dataport",
        {"format": "float", "retention": {"count": 10, "duration": "infinity"}},
        auth={"cik": result(sandbox, "info", template, {"key": True})["key"]},
    )
    code = result(sandbox, "share", template, {"meta": '["demovendor", "sensor"]'})
    created = call(
        sandbox,
        "POST",
        "/provision/manage/model/",
        data={"model": "sensor", "code": code, "options[]": ["noaliases"]},
    )
    assert created.status_code == 205 and created.content == b""
    assert (
        call(sandbox, "POST", "/provision/manage/model/", data={"model": "sensor", "code": code}).status_code
        == 409
    )
    assert "sensor" in call(sandbox, "GET", "/provision/manage/model/").text.splitlines()
    assert (
        call(sandbox, "GET", "/provision/manage/model/sensor").text == f"code={code}&options%5B%5D=noaliases"
    )

    sns = "/provision/manage/model/sensor/"
    assert call(sandbox, "POST", sns, data={"add": "true", "sn": "A-1"}).status_code == 205
    assert call(sandbox, "POST", sns, data={"add": "true", "sn": "A-2", "extra": "blue"}).status_code == 205
    assert call(sandbox, "POST", sns, data={"add": "true", "sn[]": ["B-1", "B-2", "B-3"]}).status_code == 205
    csv_body = call(
        sandbox, "POST", sns, content=b"C-1,red\nC-2,green\n", headers={"Content-Type": "text/csv"}
    )
    assert csv_body.status_code == 205
    assert call(sandbox, "POST", sns, data={"add": "true", "sn": "A-1"}).status_code == 409
    listed = call(sandbox, "GET", sns).text.splitlines()
    assert listed == ["A-1,,", "A-2,,blue", "B-1,,", "B-2,,", "B-3,,", "C-1,,red", "C-2,,green"]
    assert call(sandbox, "POST", sns, data={"remove": "true", "sn[]": ["B-2", "B-3"]}).status_code == 205
    assert call(sandbox, "GET", sns, params={"status": "true", "limit": 2}).text.splitlines() == [
        "A-1,,,",
        "A-2,,,blue",
        "B-1,,,",
        "C-1,,,red",
        "C-2,,,green",
    ]

    root = result(sandbox, "lookup", SELF, "alias", "")
    enabled = call(sandbox, "POST", sns + "A-1", data={"enable": "true", "owner": root})
    assert enabled.status_code == 200 and len(enabled.text) == 40
    device_rid = enabled.text
    assert call(sandbox, "GET", sns + "A-1").text == f"enabled,{device_rid},\n"
    assert call(sandbox, "GET", sns + "A-2").status_code == 204
    assert call(sandbox, "POST", sns + "A-1", data={"disable": "true"}).status_code == 205
    activation = {"vendor": "demovendor", "model": "sensor", "sn": "A-1"}
    assert call(sandbox, "POST", "/provision/activate", key={}, data=activation).status_code == 409
    assert call(sandbox, "POST", sns + "A-1", data={"enable": "true"}).status_code == 205
    activated = call(sandbox, "POST", "/provision/activate", key={}, data=activation)
    assert activated.status_code == 200
    device_cik = activated.text
    assert (
        result(sandbox, "info", SELF, {"basic": True}, auth={"cik": device_cik})["basic"]["status"]
        == "activated"
    )
    assert call(sandbox, "POST", "/provision/activate", key={}, data=activation).status_code == 409
    assert (
        call(sandbox, "POST", "/provision/activate", key={}, data={**activation, "sn": "nope"}).status_code
        == 404
    )
    assert call(sandbox, "GET", sns + "A-1", params={"show": "log"}).text.count("activated") == 1

    contents = "/provision/manage/content/sensor/"
    assert call(sandbox, "POST", contents, data={"id": "fw.bin", "meta": "v1"}).status_code == 205
    assert call(sandbox, "POST", contents, data={"id": "fw.bin", "meta": "v1"}).status_code == 409
    assert call(sandbox, "GET", contents).text == "fw.bin\n"
    upload = call(
        sandbox,
        "POST",
        contents + "fw.bin",
        content=b"\x00\x01firmware",
        headers={"Content-Type": "application/x-firmware"},
    )
    assert upload.status_code == 205
    assert call(sandbox, "GET", contents + "fw.bin").text.startswith("application/x-firmware,10,")
    query = {"vendor": "demovendor", "model": "sensor", "id": "fw.bin"}
    download = call(sandbox, "GET", "/provision/download", key={"X-Exosite-CIK": device_cik}, params=query)
    assert download.content == b"\x00\x01firmware"
    assert download.headers["content-type"] == "application/x-firmware"
    info = call(
        sandbox,
        "GET",
        "/provision/download",
        key={"X-Exosite-CIK": device_cik},
        params={**query, "info": "true"},
    )
    assert info.text.split(",")[:2] == ["application/x-firmware", "10"]
    assert call(sandbox, "GET", "/provision/download", params=query).status_code == 403
    assert call(sandbox, "DELETE", contents + "fw.bin").status_code == 205
    assert call(sandbox, "DELETE", "/provision/manage/model/sensor").status_code == 205
    assert call(sandbox, "GET", "/provision/manage/model/sensor").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("POST", "/provision/manage/model/", {"model": "x", "rid": "NOTARID"}, 400),
        ("POST", "/provision/manage/model/", {"model": "x", "options[]": ["sideways"], "rid": "0" * 40}, 400),
        ("POST", "/provision/manage/model/demo-model/", {"add": "maybe", "sn": "x"}, 400),
        ("POST", "/provision/manage/content/demo-model/", {"meta": "no id"}, 400),
    ],
)
def test_forms_off_the_spec_are_refused(
    sandbox: Sandbox, method: str, path: str, data: dict[str, Any], status: int
) -> None:
    response = call(sandbox, method, path, data=data)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/plain")


def test_keys_are_checked(sandbox: Sandbox) -> None:
    assert call(sandbox, "GET", "/provision/manage/model/", key={}).status_code == 401
    assert (
        call(sandbox, "GET", "/provision/manage/model/", key={"X-Exosite-CIK": "0" * 40}).status_code == 401
    )
    assert (
        call(sandbox, "GET", "/provision/manage/model/", key={"X-Exosite-Token": "nope"}).status_code == 401
    )
    assert (
        call(sandbox, "GET", "/provision/manage/model/", key={"X-Exosite-Token": TOKEN}).text
        == "demo-model\n"
    )


def test_register_and_unregister_a_vendor(sandbox: Sandbox) -> None:
    child = result(sandbox, "create", SELF, "client", {})
    key = {"X-Exosite-CIK": result(sandbox, "info", child, {"key": True})["key"]}
    assert call(sandbox, "GET", "/provision/register", key=key).status_code == 404
    assert call(sandbox, "POST", "/provision/register", key=key, data={"vendor": "acme"}).status_code == 205
    assert call(sandbox, "GET", "/provision/register", key=key).text == "acme"
    assert (
        call(sandbox, "POST", "/provision/register", key=key, data={"vendor": "demovendor"}).status_code
        == 409
    )
    assert (
        call(
            sandbox, "POST", "/provision/register", key=key, data={"vendor": "acme", "delete": "true"}
        ).status_code
        == 205
    )
    assert call(sandbox, "GET", "/provision/register", key=key).status_code == 404


def test_the_provisioning_spec_is_valid_openapi_lints_clean_and_is_generated() -> None:
    from pathlib import Path

    from openapi_spec_validator import validate

    from generator.lint import lint_openapi
    from generator.specload import load_spec
    from generator.vendors import VENDORS

    document = load_spec(Path(__file__).resolve().parents[2] / "specs" / "exosite-provision.openapi.yaml")
    validate(document)
    assert [str(f) for f in lint_openapi(document)] == []
    assert VENDORS["exosite_provision"].spec == "exosite-provision.openapi.yaml"


def test_the_request_forms_pyonep_sends_are_understood(sandbox: Sandbox) -> None:
    model = "/provision/manage/model/demo-model"
    rid = call(sandbox, "GET", model).text.removeprefix("rid=")
    # model_update: a PUT whose form has no Content-Type at all.
    updated = call(sandbox, "PUT", model, content=f"rid={rid}&options%5B%5D=nocomments".encode())
    assert updated.status_code == 205, updated.text
    assert call(sandbox, "GET", model).text == f"rid={rid}&options%5B%5D=nocomments"
    # serialnumber_remove_batch: remove=true where the docs say delete=true.
    assert call(sandbox, "POST", model + "/", data={"remove": "true", "sn[]": ["SN-0003"]}).status_code == 205
    assert "SN-0003" not in call(sandbox, "GET", model + "/").text
    # serialnumber_activate: an empty key header.
    activation = {"vendor": "demovendor", "model": "demo-model", "sn": "SN-0001"}
    refused = call(sandbox, "POST", "/provision/activate", key={"X-Exosite-CIK": ""}, data=activation)
    assert refused.status_code == 409  # known but not enabled: the empty key is not what is refused
    # model_remove: a DELETE carrying a form the operation takes no part of.
    removed = call(
        sandbox, "DELETE", model, data={"delete": "true", "model": "demo-model", "confirm": "true"}
    )
    assert removed.status_code == 205
    assert call(sandbox, "GET", model).status_code == 404


def test_a_body_of_a_type_the_operation_does_not_take_is_refused(sandbox: Sandbox) -> None:
    sent = call(
        sandbox,
        "POST",
        "/provision/manage/model/",
        content=b"model,rid\n",
        headers={"Content-Type": "text/csv"},
    )
    assert (sent.status_code, sent.text) == (400, "send the body as application/x-www-form-urlencoded")
