"""Command line: run one vendor's sandbox in the foreground.

    iotclients sandbox --vendor oden --port 8080 --fault-error-rate 0.1 --fault-seed 7

(The project's command calls :func:`run`; ``python -m iotclients_sandbox`` does too.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from iotclients_sandbox.faults import DEFAULT_ERROR_STATUSES, FaultController
from iotclients_sandbox.server import check_host, serve_forever
from iotclients_sandbox.vendors import VENDORS, create_app

__all__ = ["build_parser", "run"]


def build_parser(prog: str = "iotclients sandbox") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a local fake of an IoT cloud API (loopback only), with optional fault injection.",
    )
    parser.add_argument(
        "--vendor", choices=sorted(VENDORS), default="oden", help="which API to fake (default: oden)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="127.0.0.1 or localhost; nothing else is accepted"
    )
    parser.add_argument("--port", type=int, default=8080, help="TCP port (0 picks a free one; default 8080)")
    parser.add_argument("--api-key", default=None, help="API key to accept instead of the demo key")
    parser.add_argument("--email", default=None, help="demo user's email (vendors with email login: iotile)")
    parser.add_argument("--password", default=None, help="demo user's password (vendors with email login)")
    parser.add_argument(
        "--cik", dest="api_key", default=None, help="exosite: the root demo client's CIK (40 hex characters)"
    )
    parser.add_argument(
        "--client-id", default=None, help="OAuth2 client id to accept (client-credentials vendors: iotticket)"
    )
    parser.add_argument(
        "--client-secret", default=None, help="OAuth2 client secret to accept (with --client-id)"
    )
    parser.add_argument(
        "--validate-responses", action="store_true", help="check every response against the spec"
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    faults = parser.add_argument_group("fault injection (rates are probabilities per request)")
    faults.add_argument(
        "--fault-error-rate", type=_rate, default=0.0, metavar="F", help="answer with an error status"
    )
    faults.add_argument(
        "--fault-error-statuses",
        type=_statuses,
        default=DEFAULT_ERROR_STATUSES,
        metavar="CODES",
        help="comma-separated statuses to pick from (default: 500,502,503)",
    )
    faults.add_argument("--fault-rate-limit-rate", type=_rate, default=0.0, metavar="F", help="answer 429")
    faults.add_argument(
        "--fault-retry-after", type=_non_negative, default=1.0, metavar="S", help="Retry-After of a 429"
    )
    faults.add_argument(
        "--fault-latency-ms", type=_non_negative, default=0.0, metavar="MS", help="delay every answer"
    )
    faults.add_argument(
        "--fault-drop-rate", type=_rate, default=0.0, metavar="F", help="drop the connection mid-answer"
    )
    faults.add_argument(
        "--fault-seed", type=int, default=None, metavar="N", help="seed for reproducible faults"
    )
    return parser


def run(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Parse ``argv``, serve until interrupted, return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        check_host(args.host)
        faults = FaultController(
            error_rate=args.fault_error_rate,
            error_statuses=args.fault_error_statuses,
            rate_limit_rate=args.fault_rate_limit_rate,
            retry_after=args.fault_retry_after,
            latency_ms=args.fault_latency_ms,
            drop_rate=args.fault_drop_rate,
            seed=args.fault_seed,
        )
        login = {
            name: value
            for name in ("email", "password", "client_id", "client_secret")
            if (value := getattr(args, name))
        }
        app = create_app(
            args.vendor,
            api_key=args.api_key,
            validate_responses=args.validate_responses,
            faults=faults,
            **login,
        )
    except ValueError as exc:  # HostNotAllowedError included
        print(f"error: {exc}", file=err)
        return 2

    def announce(url: str) -> None:
        print(f"{args.vendor} sandbox listening on {url}", file=out)
        for name, value in app.credentials.items():
            print(f"  {name}: {value}", file=out)
        print(f"  admin: {url}/_sandbox/health, {url}/_sandbox/requests, {url}/_sandbox/faults", file=out)
        if app.coverage is not None:
            print(f"  coverage: {app.coverage.summary()} ({url}/_sandbox/coverage)", file=out)
        settings = faults.settings
        if settings != type(settings)(seed=settings.seed):
            print(f"  faults: {settings.to_json()}", file=out)
        print("Press Ctrl-C to stop.", file=out, flush=True)

    try:
        serve_forever(app, host=args.host, port=args.port, log_level=args.log_level, on_ready=announce)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=err)
        return 1
    return 0


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _statuses(text: str) -> tuple[int, ...]:
    try:
        codes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated status codes, got {text!r}") from None
    if not codes or any(not 400 <= code <= 599 for code in codes):
        raise argparse.ArgumentTypeError(f"statuses must be 4xx or 5xx codes, got {text!r}")
    return codes
