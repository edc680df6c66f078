"""``python -m tests.fuzz [--examples N] [--rpc-examples N] [--vendor NAME ...]``.

Fuzzes each sandbox over loopback and prints, per vendor, the requests sent, the server errors
and every broken rule with a sample; exits 1 when anything broke a rule.
"""

from __future__ import annotations

import argparse
import logging
import time

from .openapi_fuzz import VENDORS, fuzz_vendor
from .rpc_fuzz import fuzz_rpc

ALL = [*VENDORS, "exosite"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--examples", type=int, default=10, help="cases per operation and mode (default 10)")
    parser.add_argument("--rpc-examples", type=int, default=300, help="JSON-RPC envelopes (default 300)")
    parser.add_argument("--vendor", action="append", choices=ALL, help="only these (repeatable)")
    args = parser.parse_args(argv)
    # The sandboxes log each 500 with its traceback; the report below names them all.
    logging.disable(logging.ERROR)
    failed = False
    for vendor in args.vendor or ALL:
        started = time.perf_counter()
        if vendor == "exosite":
            report = fuzz_rpc(examples=args.rpc_examples)
        else:
            report = fuzz_vendor(VENDORS[vendor](), examples=args.examples)
        failed |= not report.ok
        print(report.render(), f"\n  ({time.perf_counter() - started:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
