"""``iotclients ops`` lists what a client can call; ``iotclients call`` calls it against a sandbox."""

from __future__ import annotations

import json

import pytest

from iotclients import cli
from iotclients.cli_operations import http_operations
from iotclients_sandbox import Fault, Sandbox


@pytest.fixture
def oden_env(oden_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    monkeypatch.setenv("ODEN_API_KEY", oden_sandbox.credentials["api_key"])
    monkeypatch.setenv("ODEN_BASE_URL", oden_sandbox.url)
    return oden_sandbox


def test_ops_lists_every_oden_operation_with_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ops", "oden"]) == 0
    lines = capsys.readouterr().out.splitlines()
    operations = http_operations("oden")
    assert len(lines) == len(operations) > 30
    by_name = {line.split()[0]: line for line in lines}
    assert by_name["search_factories"].split(None, 1)[1] == "Search factories"
    assert all(op.summary and op.summary in by_name[op.name] for op in operations)


@pytest.mark.parametrize("vendor", ["iotile", "iotticket", "exosite-provision", "exosite"])
def test_ops_lists_the_other_vendors(vendor: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ops", vendor, "--routes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 10
    assert all(line.endswith("]") for line in lines)


def test_call_prints_the_result_as_json(oden_env: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["call", "oden", "search_factories", "--json", '{"match":"all"}'])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert sorted(factory["name"] for factory in json.loads(out.out)) == ["Factory A", "Factory B"]
    assert oden_env.journal.count("search_factories") == 1


def test_call_takes_body_fields_as_key_value_pairs(
    oden_env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["call", "oden", "search_factories", "match=all", "name=Factory A"]) == 0
    assert [factory["name"] for factory in json.loads(capsys.readouterr().out)] == ["Factory A"]


def test_a_failed_call_is_one_line_and_exit_status_1(
    oden_env: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    oden_env.faults.script(*[Fault.status(503)] * 10)
    status = cli.main(["call", "oden", "search_factories", "--json", '{"match":"all"}'])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and err.startswith("iotclients call: ServiceUnavailableError")


def test_missing_credentials_are_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ODEN_API_KEY", raising=False)
    assert cli.main(["call", "oden", "search_factories", "match=all"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ODEN_API_KEY" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["call", "oden", "no_such_operation"], "oden has no operation 'no_such_operation'"),
        (["call", "oden", "search_factories", "--json", "{"], "--json is not valid JSON"),
        (["call", "oden", "search_factories", "oops"], "expected key=value, got 'oops'"),
    ],
)
def test_a_malformed_call_is_one_line_and_exit_status_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_the_secret_never_reaches_the_error_line(
    oden_env: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ODEN_API_KEY", "wrong-key-5d1c9e7a3b")
    assert cli.main(["call", "oden", "search_factories", "match=all"]) == 1
    err = capsys.readouterr().err
    assert "AuthenticationError" in err and "wrong-key-5d1c9e7a3b" not in err
