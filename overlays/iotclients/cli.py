"""The ``iotclients`` command: run a vendor sandbox, or tour a client against one.

iotclients sandbox --vendor oden [--host 127.0.0.1] [--port N] [--api-key KEY] [fault options]
iotclients sandbox --vendor iotticket [--client-id ID --client-secret SECRET]
iotclients demo [--vendor NAME|all]   (all tours in turn by default)
iotclients ops VENDOR                 (operations with one-line summaries)
iotclients call VENDOR OPERATION [--json BODY | key=value ...]
iotclients --version
"""

from __future__ import annotations

import argparse
import sys

from . import __version__

DEMOS = ("oden", "exosite", "iotile", "iotticket")


def _sandbox(argv: list[str]) -> int:
    try:
        from iotclients_sandbox.cli import run
    except ImportError as exc:  # the server stack is an extra
        print(
            f"the sandbox needs the server extra: pip install 'iotclients[sandbox]' ({exc})", file=sys.stderr
        )
        return 2
    return run(argv)


def _demo(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="iotclients demo",
        description="Tour a client against its sandbox (started on 127.0.0.1, stopped afterwards).",
    )
    parser.add_argument(
        "--vendor", choices=(*DEMOS, "all"), default="all", help="which tour to run (default: all, in turn)"
    )
    args = parser.parse_args(argv)
    import importlib

    status = 0
    for vendor in DEMOS if args.vendor == "all" else (args.vendor,):
        try:
            demo = importlib.import_module(f".demo.{vendor}", __package__)
        except ImportError as exc:
            print(f"the demo needs: pip install 'iotclients[demo]' ({exc})", file=sys.stderr)
            return 2
        result: int = demo.main()
        status = status or result
    return status


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="iotclients",
        description="Typed clients for industrial IoT clouds, and local sandboxes speaking their protocols.",
        epilog="Run `iotclients COMMAND --help` for the options of each command.",
    )
    parser.add_argument("command", choices=("sandbox", "demo", "ops", "call"), help="what to run")
    parser.add_argument("--version", action="version", version=f"iotclients {__version__}")
    if args[:1] == ["--version"]:
        parser.parse_args(args)  # prints the version and exits
    if not args or args[0] in ("-h", "--help"):
        parser.print_help()
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "sandbox":
        return _sandbox(rest)
    if command == "demo":
        return _demo(rest)
    if command == "ops":
        from .cli_operations import main as ops

        return ops(rest)
    if command == "call":
        from .cli_call import main as call

        return call(rest)
    parser.parse_args(args)  # prints the usage error for an unknown command
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
