"""The sandboxes this package can run, by vendor name.

Each entry is an app factory imported only when called, so listing vendors (e.g. for the
command line's ``--vendor`` choices) costs nothing.
"""

from __future__ import annotations

from typing import Any, Protocol

from iotclients_sandbox.app import SandboxApp
from iotclients_sandbox.extra import missing_extra
from iotclients_sandbox.faults import FaultController
from iotclients_sandbox.journal import RequestJournal

__all__ = ["VENDORS", "AppFactory", "create_app"]


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


def _exosite(
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
) -> SandboxApp:
    # The API key of the One Platform is the root client's CIK.
    from iotclients_sandbox.exosite import create_app as create_exosite_app

    return create_exosite_app(
        cik=api_key, faults=faults, journal=journal, validate_responses=validate_responses
    )


def _iotile(
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    email: str | None = None,
    password: str | None = None,
) -> SandboxApp:
    from iotclients_sandbox.iotile import create_app as create_iotile_app

    # IOTile users log in with email and password; an API key given here is the password.
    return create_iotile_app(
        email=email,
        password=password or api_key,
        validate_responses=validate_responses,
        faults=faults,
        journal=journal,
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


VENDORS: dict[str, AppFactory] = {
    "oden": _oden,
    "exosite": _exosite,
    "iotile": _iotile,
    "iotticket": _iotticket,
}


def create_app(
    vendor: str = "oden",
    *,
    api_key: str | None = None,
    validate_responses: bool = False,
    faults: FaultController | None = None,
    journal: RequestJournal | None = None,
    **options: Any,
) -> SandboxApp:
    """Build the sandbox application of ``vendor`` (see :data:`VENDORS`).

    ``options`` are vendor-specific: ``email``/``password`` of the IOTile demo user,
    ``client_id``/``client_secret`` of the IoT-TICKET API client.
    """
    factory = VENDORS.get(vendor)
    if factory is None:
        raise ValueError(f"unknown sandbox vendor {vendor!r}; choose from {', '.join(sorted(VENDORS))}")
    try:
        return factory(
            api_key=api_key, validate_responses=validate_responses, faults=faults, journal=journal, **options
        )
    except ModuleNotFoundError as exc:
        named = missing_extra(exc, f"the {vendor} sandbox")
        if named is None:
            raise
        raise named from exc
    except TypeError as exc:
        if options:
            raise ValueError(
                f"the {vendor} sandbox does not take {', '.join(sorted(options))}: {exc}"
            ) from None
        raise
