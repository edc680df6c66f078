"""The command line: loopback only, prints URL and demo credentials, stops on Ctrl-C."""

from __future__ import annotations

import io
import signal
import subprocess
import sys

import httpx
import pytest
from sandbox_support import subprocess_env

from iotclients_sandbox.cli import build_parser, run


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.1", "::"])
def test_refuses_other_hosts(host):
    out, err = io.StringIO(), io.StringIO()
    assert run(["--host", host, "--port", "0"], stdout=out, stderr=err) == 2
    assert "127.0.0.1" in err.getvalue()
    assert out.getvalue() == ""


def test_rejects_bad_fault_options():
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--fault-error-rate", "2"])
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--fault-error-statuses", "200"])
    args = build_parser().parse_args(["--fault-error-statuses", "500,504", "--fault-seed", "3"])
    assert (args.fault_error_statuses, args.fault_seed) == ((500, 504), 3)


def test_conflicting_rates_are_reported():
    err = io.StringIO()
    code = run(["--port", "0", "--fault-error-rate", "0.7", "--fault-drop-rate", "0.7"], stderr=err)
    assert code == 2
    assert "at most 1" in err.getvalue()


def test_serves_until_interrupted():
    env = subprocess_env()
    command = [
        sys.executable,
        "-m",
        "iotclients_sandbox",
        "--vendor",
        "oden",
        "--port",
        "0",
        "--fault-latency-ms",
        "1",
        "--fault-seed",
        "5",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(3)]
        assert banner[0].startswith("oden sandbox listening on http://127.0.0.1:")
        url = banner[0].split()[-1]
        assert "api_key: oden-demo-key" in banner[1]
        assert "read_only_api_key: oden-readonly-key" in banner[2]
        response = httpx.post(
            url + "/v2/line/search",
            json={"name": "Line 01", "factory": {"name": "Factory A"}},
            headers={"Authorization": "Token oden-demo-key"},
            timeout=5,
        )
        assert response.status_code == 200
        assert httpx.get(url + "/_sandbox/faults", timeout=5).json()["latency_ms"] == 1
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
