"""Every class and method the IOTile seed names has a counterpart; the sandbox registers itself."""

from __future__ import annotations

import inspect

import pytest

import iotclients.iotile as iotile
from iotclients_sandbox.cli import build_parser
from iotclients_sandbox.vendors import VENDORS, create_app

SEED_NAMES = {
    "IOTileClient": ["login", "logout", "set_token", "refresh_token", "api"],
    "StreamData": ["initialize_from_server", "iter_stream_data", "to_dataframe"],
    "RawData": ["initialize_from_server"],
    "AccumulationReportGenerator": ["compute_sum"],
    "MdoHelper": ["compute", "compute_reverse"],
    "BaseMain": [
        "add_extra_args",
        "config_logging",
        "get_domain",
        "before_login",
        "login",
        "after_login",
        "logout",
        "after_logout",
        "main",
    ],
    "IOTileProjectSlug": ["formatted_id", "get_id"],
    "IOTileDeviceSlug": ["formatted_id", "get_id"],
    "IOTileBlockSlug": ["formatted_id", "get_id", "get_block"],
    "IOTileVariableSlug": ["formatted_id", "formatted_local_id"],
    "IOTileStreamSlug": ["formatted_id", "get_parts", "from_parts"],
    "IOTileFleetSlug": ["formatted_id", "get_id"],
    "IOTileStreamerSlug": ["formatted_id", "get_device", "get_index"],
}


@pytest.mark.parametrize(("name", "methods"), SEED_NAMES.items())
def test_seed_classes_and_methods_exist(name: str, methods: list[str]) -> None:
    cls = getattr(iotile, name)
    for method in methods:
        assert hasattr(cls, method), f"{name}.{method}"


def test_login_takes_email_and_password_by_keyword_only() -> None:
    parameters = inspect.signature(iotile.IOTileClient.login).parameters
    assert [p.kind for name, p in parameters.items() if name != "self"] == [
        inspect.Parameter.KEYWORD_ONLY
    ] * 2
    assert set(parameters) == {"self", "email", "password"}


def test_uploads_and_streaming_readers_exist() -> None:
    for name in ("upload_streamer_report", "upload_event", "iter_stream_data"):
        assert callable(getattr(iotile, name))


def test_sandbox_is_registered_with_email_and_password_options() -> None:
    assert "iotile" in VENDORS
    args = build_parser().parse_args(
        ["--vendor", "iotile", "--email", "me@example.com", "--password", "pw-1"]
    )
    assert (args.vendor, args.email, args.password) == ("iotile", "me@example.com", "pw-1")
    app = create_app("iotile", email="me@example.com", password="pw-1")
    assert app.credentials == {"email": "me@example.com", "password": "pw-1"}
    with pytest.raises(ValueError, match="does not take"):
        create_app("oden", email="me@example.com")
