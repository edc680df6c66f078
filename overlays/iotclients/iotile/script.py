"""``BaseMain``: the parse arguments → log in → work → log out boilerplate of IOTile scripts.

As iotile-cloud's ``BaseMain``: ``-u/--user`` (the email), ``add_extra_args()`` for your own
arguments, logging configured after parsing, and ``main()`` running ``before_login()``,
``login()`` (password prompt), then, only if that worked, ``after_login()``, ``logout()`` and
``after_logout()``. ``--server`` (or ``$IOTILE_BASE_URL``) points the script at another cloud,
e.g. the sandbox. ``logout()`` runs even when ``after_login()`` raises.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence

from iotclients.core.errors import APIError

from ._auth import base_url
from ._client import IOTileClient

__all__ = ["BaseMain"]

logger: logging.Logger = logging.getLogger("iotclients.iotile.script")


class BaseMain:
    api: IOTileClient

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        self.parser: argparse.ArgumentParser = argparse.ArgumentParser(description=self.__doc__)
        self.parser.add_argument("-u", "--user", dest="email", type=str, help="email used to log in")
        self.parser.add_argument(
            "--server",
            dest="server",
            default=None,
            help="base URL (default: $IOTILE_BASE_URL or https://iotile.cloud)",
        )
        self.add_extra_args()
        self.args: argparse.Namespace = self.parser.parse_args(list(argv) if argv is not None else None)
        self.config_logging()
        if not self.args.email:
            logger.error("an email is required: -u/--user EMAIL")
            sys.exit(1)

    def add_extra_args(self) -> None:
        """Add your own arguments to ``self.parser``."""

    def config_logging(self) -> None:
        logging.basicConfig(level=logging.INFO, format="[%(asctime)-15s] %(levelname)-6s %(message)s")

    def get_domain(self) -> str:
        return base_url(self.args.server)

    def get_password(self) -> str:
        return getpass.getpass()

    def before_login(self) -> None:
        """Runs before the password prompt."""

    def login(self) -> bool:
        try:
            self.api.login(email=self.args.email, password=self.get_password())
        except APIError as exc:
            logger.error("login failed: %s", exc)
            return False
        return True

    def after_login(self) -> None:
        """The script's work: override this."""

    def logout(self) -> None:
        self.api.logout()

    def after_logout(self) -> None:
        """Runs after logging out."""

    def main(self) -> int:
        """Run the flow; 0 when the login worked, 1 when it did not."""
        with IOTileClient(base_url=self.get_domain()) as self.api:
            self.before_login()
            if not self.login():
                return 1
            try:
                self.after_login()
            finally:
                self.logout()
            self.after_logout()
        return 0
