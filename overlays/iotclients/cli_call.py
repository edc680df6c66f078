"""``iotclients call VENDOR OPERATION [--json BODY | key=value ...]``: one call, its result as JSON.

Credentials and the base URL come from the same environment variables the clients read
(``ODEN_API_KEY``/``ODEN_BASE_URL``, ``IOTTICKET_CLIENT_ID``..., ``IOTILE_TOKEN``, ``EXOSITE_CIK``).
``key=value`` pairs fill the operation's path, query and header parameters by argument name, and
the fields of its JSON body otherwise; a value that parses as JSON is taken as JSON
(``limit=5`` is a number, ``name=Line 1`` a string). Errors are one line on stderr with exit
status 1 (2 for a malformed command line).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, Final

from .cli_operations import HTTP_VENDORS, http_operations
from .core import codec
from .core.errors import APIError, InvalidArgumentError
from .core.operation import Operation

__all__ = ["main"]

USAGE_ERROR: Final = 2
CALL_FAILED: Final = 1


def _oden() -> Any:
    from .oden import OdenClient

    return OdenClient()


def _iotile() -> Any:
    from .iotile import IOTileClient

    return IOTileClient()


def _iotticket() -> Any:
    from .iotticket import IoTTicketClient

    return IoTTicketClient()


def _exosite_provision() -> Any:
    from .exosite import ProvisionClient

    return ProvisionClient()


_CLIENTS: Final[dict[str, Callable[[], Any]]] = {
    "oden": _oden,
    "iotile": _iotile,
    "iotticket": _iotticket,
    "exosite-provision": _exosite_provision,
}


class _CommandLineError(ValueError):
    """The arguments do not fit the operation."""


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _find_operation(vendor: str, name: str) -> Operation:
    """The descriptor of operation ``name``; ``LookupError`` naming the vendor otherwise."""
    for op in http_operations(vendor):
        if op.name == name:
            return op
    raise LookupError(f"{vendor} has no operation {name!r}; `iotclients ops {vendor}` lists them")


def _arguments(op: Operation, body: str | None, pairs: list[str]) -> dict[str, Any]:
    """The keyword arguments of ``op`` from ``--json`` and ``key=value`` pairs."""
    params = {param.argument for param in op.params}
    args: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or not key:
            raise _CommandLineError(f"expected key=value, got {pair!r}")
        if key in params:
            args[key] = _value(text)
        else:
            fields[key] = _value(text)
    if op.body is None:
        if body is not None or fields:
            unknown = sorted(fields) or ["--json"]
            raise _CommandLineError(
                f"{op.name} takes no body; its parameters are: {', '.join(sorted(params)) or 'none'} "
                f"(got {', '.join(unknown)})"
            )
        return args
    if body is not None:
        try:
            document = json.loads(body)
        except ValueError as exc:
            raise _CommandLineError(f"--json is not valid JSON: {exc}") from None
        if fields:
            if not isinstance(document, dict):
                raise _CommandLineError("key=value fields need --json to be an object")
            document = {**document, **fields}
        args[op.body.argument] = document
    elif fields or op.body.required:
        args[op.body.argument] = fields
    return args


def _fail(message: str, status: int) -> int:
    sys.stderr.write(f"iotclients call: {' '.join(message.split())}\n")
    return status


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="iotclients call",
        description="Call one operation with credentials from the environment; print its result as JSON.",
    )
    parser.add_argument("vendor", choices=HTTP_VENDORS)
    parser.add_argument("operation", help="an operation name, as `iotclients ops VENDOR` lists them")
    parser.add_argument("--json", dest="body", metavar="BODY", help="the request body, as JSON")
    parser.add_argument("pairs", nargs="*", metavar="key=value", help="parameters, or body fields")
    args = parser.parse_args(argv)
    try:
        op = _find_operation(args.vendor, args.operation)
        call_args = _arguments(op, args.body, args.pairs)
    except (LookupError, _CommandLineError) as exc:
        return _fail(str(exc), USAGE_ERROR)
    try:
        with _CLIENTS[args.vendor]() as client:
            value = client._call(op, **call_args)
    except (APIError, InvalidArgumentError) as exc:
        return _fail(f"{type(exc).__name__}: {exc}", CALL_FAILED)
    sys.stdout.write(json.dumps(codec.to_builtins(value), indent=2, ensure_ascii=False) + "\n")
    return 0
