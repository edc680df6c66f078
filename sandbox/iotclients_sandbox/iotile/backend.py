"""The IOTile sandbox's state and semantics, independent of HTTP (the moto ``models`` role).

:meth:`IOTileBackend.execute` runs one operation by its operationId under a lock, so the server
thread and a test inspecting the store never see half a change.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from iotclients_sandbox.iotile.auth import Auth
from iotclients_sandbox.iotile.calls import Call, Reply
from iotclients_sandbox.iotile.catalog import Catalog
from iotclients_sandbox.iotile.device_actions import DeviceActions
from iotclients_sandbox.iotile.events import Events
from iotclients_sandbox.iotile.firmware import Firmware
from iotclients_sandbox.iotile.groups import Groups
from iotclients_sandbox.iotile.properties import Properties
from iotclients_sandbox.iotile.records import User
from iotclients_sandbox.iotile.seed import DEMO_EMAIL, DEMO_PASSWORD, populate
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.streamers import Streamers
from iotclients_sandbox.iotile.tables import Tables
from iotclients_sandbox.iotile.timeseries import TimeSeries
from iotclients_sandbox.iotile.tokens import DEFAULT_LIFETIME, REFRESH_WINDOW, TokenIssuer
from iotclients_sandbox.iotile.uploads import Uploads
from iotclients_sandbox.iotile.variables import Variables

__all__ = ["IOTileBackend"]

Handler = Callable[[Call], Reply]


class IOTileBackend:
    """In-memory IOTile Cloud with the demo data (one user, 3 projects, 50 devices, 200,000 points)."""

    def __init__(
        self,
        *,
        email: str = DEMO_EMAIL,
        password: str = DEMO_PASSWORD,
        token_lifetime: float = DEFAULT_LIFETIME,
        refresh_window: float = REFRESH_WINDOW,
        clock: Callable[[], float] = time.time,
        demo_data: bool = True,
    ) -> None:
        self._lock = threading.RLock()
        self.email = email
        self.password = password
        self.tokens = TokenIssuer(lifetime=token_lifetime, refresh_window=refresh_window, clock=clock)
        self._demo_data = demo_data
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.state = IOTileState()
            if self._demo_data:
                populate(self.state, email=self.email, password=self.password)
            else:
                self.state.users[self.email] = User(
                    id=1, email=self.email, username="demo", password=self.password, name="Demo", slug="demo"
                )
            self.auth = Auth(self.state, self.tokens)
            catalog = Catalog(self.state)
            series = TimeSeries(self.state)
            events = Events(self.state, series)
            uploads = Uploads(self.state, events)
            streamers = Streamers(self.state)
            properties = Properties(self.state)
            groups = Groups(self.state)
            self._handlers: dict[str, Handler] = {}
            for owner, names in (
                (self.auth, _AUTH),
                (catalog, _CATALOG),
                (Firmware(), _FIRMWARE),
                (Variables(self.state), _VARIABLES),
                (series, _SERIES),
                (events, _EVENTS),
                (streamers, _STREAMERS),
                (uploads, ("upload_streamer_report", "upload_event")),
                (groups, _GROUPS),
                (properties, _PROPERTIES),
                (DeviceActions(self.state, catalog), _DEVICE_ACTIONS),
                (Tables(self.state, series), _TABLES),
            ):
                for name in names:
                    self._handlers[name] = getattr(owner, name)

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(self._handlers)

    def authenticate(self, header: str | None) -> User | None:
        with self._lock:
            return self.auth.authenticate(header)

    def execute(self, operation_id: str, call: Call) -> Reply:
        handler = self._handlers.get(operation_id)
        if handler is None:
            raise KeyError(f"unknown IOTile operation {operation_id!r}")
        with self._lock:
            return handler(call)

    @contextmanager
    def locked(self) -> Iterator[IOTileState]:
        with self._lock:
            yield self.state


_AUTH = (
    "login",
    "logout",
    "obtain_jwt",
    "refresh_jwt",
    "verify_jwt",
    "get_user_info",
    "get_tokens",
    "request_password_reset",
    "sign_up",
    "set_account_password",
)
_DEVICE_ACTIONS = (
    "check_device_claimable",
    "unclaim_device",
    "upgrade_device",
    "reset_device",
    "trim_device",
    "get_device_sensor_graph",
    "get_device_template",
    "list_device_versions",
    "list_device_filter_logs",
    "get_device_status",
    "get_device_key",
    "get_device_health",
    "partial_update_device_health",
    "get_device_mask",
    "set_device_mask",
    "delete_device_mask",
)
_TABLES = (
    "get_stream_csv",
    "get_stream_datatable",
    "get_stream_eventtable",
    "get_data_point",
    "get_data_frame",
)
_CATALOG = (
    "list_accounts",
    "get_account",
    "partial_update_account",
    "list_orgs",
    "create_org",
    "get_org",
    "update_org",
    "partial_update_org",
    "delete_org",
    "list_org_projects",
    "list_org_devices",
    "list_org_members",
    "get_org_extra",
    "get_org_membership",
    "invite_org_member",
    "list_org_pending",
    "register_org",
    "list_projects",
    "create_project",
    "new_project",
    "get_project",
    "partial_update_project",
    "get_project_extra",
    "list_devices",
    "get_device",
    "partial_update_device",
    "get_device_extra",
    "claim_device",
)
_FIRMWARE = ("list_sensor_graphs", "get_sensor_graph", "list_device_templates", "get_template")
_VARIABLES = (
    "list_variables",
    "create_variable",
    "get_variable",
    "partial_update_variable",
    "get_variable_type",
    "list_vartypes",
    "get_vartype",
)
_PROPERTIES = (
    "list_properties",
    "create_property",
    "get_property",
    "partial_update_property",
    "delete_property",
    "list_project_properties",
    "list_device_properties",
    "new_project_property",
)
_GROUPS = (
    "list_org_archives",
    "list_datablocks",
    "create_datablock",
    "get_datablock",
    "partial_update_datablock",
    "delete_datablock",
    "list_fleets",
    "create_fleet",
    "get_fleet",
    "partial_update_fleet",
    "delete_fleet",
    "list_fleet_devices",
    "register_fleet_device",
)
_SERIES = (
    "list_streams",
    "create_stream",
    "get_stream",
    "partial_update_stream",
    "list_stream_data",
    "list_data",
    "create_data",
)
_EVENTS = (
    "list_events",
    "create_event",
    "get_event",
    "partial_update_event",
    "get_event_data",
    "get_event_url",
)
_STREAMERS = (
    "list_device_streamers",
    "list_reports_of_streamer",
    "list_streamers",
    "get_streamer",
    "list_streamer_reports",
    "get_streamer_report",
)
