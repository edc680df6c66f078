"""``python -m tests.bench [--quick] [--only SECTION ...] [--check] [--no-stock] [--profile]``."""

from __future__ import annotations

import argparse
import sys

from .report import missed
from .runner import SECTIONS, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="fewest repeats, 10,000 bulk items: checks the runner"
    )
    parser.add_argument(
        "--only", nargs="+", choices=SECTIONS, default=(), metavar="SECTION",
        help=f"measure these sections only ({', '.join(SECTIONS)})",
    )  # fmt: skip
    parser.add_argument("--check", action="store_true", help="exit 1 when a measured ratio misses its target")
    parser.add_argument(
        "--no-stock", action="store_true", help="do not generate openapi-python-client's stock client"
    )
    parser.add_argument("--profile", action="store_true", help="print where ours spends its time, then exit")
    args = parser.parse_args(argv)
    if args.profile:
        from .profile import main as profile

        profile()
        return 0
    rows = run(quick=args.quick, with_stock=not args.no_stock, only=args.only)
    if args.check:
        failures = missed(rows)
        for row in failures:
            print(
                f"missed: {row.measurement}: {row.value}, ratio {row.ratio}, target {row.target}",
                file=sys.stderr,
            )
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
