"""The Sandbox runner: loopback only, ephemeral or fixed ports, bounded start and stop."""

from __future__ import annotations

import socket
import time

import httpx
import pytest
from sandbox_support import subprocess_env

from iotclients_sandbox import HostNotAllowedError, Sandbox, create_app
from iotclients_sandbox.server import bind_loopback, check_host


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", "", "127.0.0.2"])
def test_refuses_non_loopback_hosts(host):
    with pytest.raises(HostNotAllowedError, match=r"127\.0\.0\.1"):
        Sandbox("oden", host=host)
    with pytest.raises(HostNotAllowedError):
        check_host(host)


def test_localhost_binds_the_loopback_address():
    assert check_host("localhost") == "127.0.0.1"
    sock = bind_loopback("localhost", 0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
    finally:
        sock.close()


def test_ephemeral_port_context_manager_and_clean_stop():
    with Sandbox("oden") as sandbox:
        assert sandbox.url.startswith("http://127.0.0.1:")
        assert sandbox.port > 0
        assert sandbox.running
        response = httpx.post(
            sandbox.url + "/v2/factory/search",
            json={"match": "all"},
            headers={"Authorization": "Token oden-demo-key"},
        )
        assert response.status_code == 200
        assert sandbox.journal.count("search_factories") == 1
        port = sandbox.port
    assert not sandbox.running
    started = time.monotonic()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/_sandbox/health", timeout=2)
    assert time.monotonic() - started < 2


def test_stop_with_an_idle_keep_alive_connection_is_quick():
    sandbox = Sandbox("oden").start()
    client = httpx.Client(base_url=sandbox.url)
    client.get("/_sandbox/health")  # leaves a pooled keep-alive connection open
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 3
    client.close()


def test_fixed_port_and_clash():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Sandbox("oden", port=port) as sandbox:
        assert sandbox.port == port
        with pytest.raises(OSError):
            Sandbox("oden", port=port).start()


def test_url_before_start_is_an_error():
    sandbox = Sandbox("oden")
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.url
    assert "not started" in repr(sandbox)


def test_runs_a_prebuilt_app_and_exposes_its_parts():
    app = create_app("oden")
    with Sandbox(app, validate_responses=True) as sandbox:
        assert sandbox.app is app
        assert app.validate_responses is True
        assert sandbox.backend is app.backend
        assert sandbox.faults is app.faults
        assert sandbox.credentials == {"api_key": "oden-demo-key", "read_only_api_key": "oden-readonly-key"}
    with pytest.raises(ValueError):
        Sandbox(app, api_key="x")


def test_unknown_vendor():
    with pytest.raises(ValueError, match="unknown sandbox vendor"):
        Sandbox("acme")


def test_cheap_package_import():
    import subprocess
    import sys

    heavy = "('starlette', 'uvicorn', 'jsonschema', 'ruamel.yaml')"
    code = f"import sys, iotclients_sandbox; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        env=subprocess_env(),
    )
    assert result.stdout.strip() == "[]"
