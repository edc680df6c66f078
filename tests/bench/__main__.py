"""``python -m tests.bench [--quick] [--no-stock] [--profile]``."""

from __future__ import annotations

import argparse

from .runner import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="few samples, 10,000 bulk items: checks the runner"
    )
    parser.add_argument(
        "--no-stock", action="store_true", help="do not generate openapi-python-client's stock client"
    )
    parser.add_argument("--profile", action="store_true", help="print where ours spends its time, then exit")
    args = parser.parse_args(argv)
    if args.profile:
        from .profile import main as profile

        profile()
        return 0
    run(quick=args.quick, with_stock=not args.no_stock)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
