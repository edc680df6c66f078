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


def test_every_list_operation_declares_drf_pagination() -> None:
    from iotile_spec import OPERATIONS

    for op in OPERATIONS:
        _, schema = op.success()
        listing = (
            bool(schema) and "$ref" in schema and schema["$ref"].rsplit("/", 1)[-1].startswith("Paginated")
        )
        assert listing == op.paginated, op.id
        if listing:
            assert op.definition["x-iotclients-pagination"] == {
                "style": "next_url",
                "results": "results",
                "next": "next",
                "page_param": "page",
                "page_size_param": "page_size",
            }
            assert {p["name"] for p in op.params} >= {"page", "page_size"}


def test_generic_resources_have_the_seed_verbs() -> None:
    from iotclients.iotile.resources import AsyncResource, Resource

    for cls in (Resource, AsyncResource):
        for verb in ("get", "post", "put", "patch", "delete", "upload_file", "upload_fp"):
            assert callable(getattr(cls, verb)), f"{cls.__name__}.{verb}"
    assert list(inspect.signature(iotile.StreamData).parameters) == ["stream_id", "api"]


def test_every_list_operation_has_item_and_page_iterators_on_both_clients() -> None:
    from iotile_spec import OPERATIONS

    listed = [op.id for op in OPERATIONS if op.paginated]
    assert len(listed) == 22  # list operations with DRF pages
    for client in (iotile.IOTileClient, iotile.AsyncIOTileClient):
        for name in listed:
            assert callable(getattr(client, f"iter_{name}")) and callable(getattr(client, f"{name}_pages"))


def test_generated_operations_are_open_exactly_where_the_spec_leaves_them_open() -> None:
    import importlib
    import pkgutil

    from iotile_spec import OPERATIONS

    import iotclients_generated.iotile.api as api

    generated = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        descriptor = getattr(importlib.import_module(info.name), "OPERATION", None)
        if descriptor is not None:
            generated[descriptor.name] = descriptor
    assert len(generated) == len(OPERATIONS)
    open_in_spec = {op.id for op in OPERATIONS if not op.secured}
    assert open_in_spec == {name for name, op in generated.items() if not op.security}
    assert {"login", "sign_up", "refresh_jwt"} <= open_in_spec
    for name, op in generated.items():
        if name not in open_in_spec:
            assert [[scheme.name for scheme in alternative] for alternative in op.security] == [["JWTAuth"]]


def test_a_logged_in_client_sends_its_jwt_to_secured_operations_and_nothing_to_open_ones() -> None:
    import httpx

    from iotclients_generated.iotile.models import JWTToken

    seen: dict[str, str | None] = {}

    def handle(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = request.headers.get("Authorization")
        if request.url.path.endswith("api-jwt-verify/"):
            return httpx.Response(200, json={"token": "header.payload.sig"})
        return httpx.Response(200, json={"count": 0, "next": None, "previous": None, "results": []})

    client = iotile.IOTileClient("header.payload.sig-abcdef", transport=httpx.MockTransport(handle))
    with client:
        client.verify_jwt(JWTToken(token="header.payload.sig"))
        client.list_orgs()
    assert seen == {
        "/api/v1/auth/api-jwt-verify/": None,
        "/api/v1/org/": "JWT header.payload.sig-abcdef",
    }
