"""The sandboxes this package can run, by vendor name.

Each entry is an app factory imported only when called, so listing vendors (e.g. for the
command line's ``--vendor`` choices) costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.journal import RequestJournal

__all__ = ["CLIENT_CREDENTIAL_VENDORS", "VENDORS", "AppFactory", "create_app"]


class AppFactory(Protocol):
    def __call__(
        self,
        *,
        api_key: str | None = None,
        validate_responses: bool = False,
        faults: FaultController | None = None,
        journal: RequestJournal | None = None,
    ) -> SandboxApp: ...


def _oden(
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
) -> SandboxApp:
    from iotclients_sandbox.oden import create_app as create_oden_app

    return create_oden_app(
        api_key=api_key, validate_responses=validate_responses, faults=faults, journal=journal
    )


def _iotticket(
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
) -> SandboxApp:
    from iotclients_sandbox.iotticket import create_app as create_iotticket_app

    # IoT-TICKET logs in with OAuth2 client credentials; an API key stands for the client secret.
    return create_iotticket_app(
        client_id=client_id,
        client_secret=client_secret or api_key,
        validate_responses=validate_responses,
        faults=faults,
        journal=journal,
    )


VENDORS: dict[str, AppFactory] = {"oden": _oden, "iotticket": _iotticket}

CLIENT_CREDENTIAL_VENDORS: dict[str, Callable[..., SandboxApp]] = {"iotticket": _iotticket}
"""Vendors whose sandbox also takes OAuth2 ``client_id`` / ``client_secret``."""


def create_app(
    vendor: str = "oden",
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
) -> SandboxApp:
    """Build the sandbox application of ``vendor`` (see :data:`VENDORS`)."""
    factory = VENDORS.get(vendor)
    if factory is None:
        raise ValueError(f"unknown sandbox vendor {vendor!r}; choose from {', '.join(sorted(VENDORS))}")
    if client_id is not None or client_secret is not None:
        oauth = CLIENT_CREDENTIAL_VENDORS.get(vendor)
        if oauth is None:
            raise ValueError(f"the {vendor} sandbox takes no client id or secret; use --api-key")
        return oauth(
            api_key=api_key,
            validate_responses=validate_responses,
            faults=faults,
            journal=journal,
            client_id=client_id,
            client_secret=client_secret,
        )
    return factory(api_key=api_key, validate_responses=validate_responses, faults=faults, journal=journal)
