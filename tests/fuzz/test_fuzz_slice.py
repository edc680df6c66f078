"""A bounded slice of ``nox -s fuzz`` for every test run: a few operations per vendor (those that
take bodies, credentials and filters), a few cases each, fixed seeds; no 5xx, no undeclared
status, no response off the spec."""

from __future__ import annotations

import logging

import pytest

from tests.fuzz.openapi_fuzz import VENDORS, fuzz_vendor
from tests.fuzz.rpc_fuzz import fuzz_rpc

SLICE = {
    "oden": ["set_product", "search_products", "bulk_set_intervals"],
    "iotile": ["login", "create_org", "partial_update_stream", "create_variable"],
    "iotticket": ["create_token", "query_timeseries", "put_device_telemetry"],
    "exosite-provision": ["create_content", "upload_content", "create_model"],
}


@pytest.fixture(autouse=True)
def _quiet_sandbox_logs():
    # A 500 is logged with its traceback by the sandbox; the report already names it.
    logging.disable(logging.ERROR)
    yield
    logging.disable(logging.NOTSET)


@pytest.mark.parametrize("vendor", sorted(SLICE))
def test_openapi_sandbox_slice_breaks_no_rule(vendor: str) -> None:
    report = fuzz_vendor(VENDORS[vendor](), examples=3, operations=SLICE[vendor])
    assert report.requests >= len(SLICE[vendor]) * 2, report.render()
    assert report.ok, report.render()


def test_jsonrpc_slice_breaks_no_rule() -> None:
    report = fuzz_rpc(examples=40)
    assert report.requests > 40
    assert report.ok, report.render()
