"""The IoT-TICKET sandbox's state and semantics, independent of HTTP (the moto ``models`` role).

:class:`IoTTicketBackend` owns the store, issues tokens and runs each management operation by its
operationId under one lock, so the server thread and a test thread never see half a change.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from iotclients_sandbox._secrets import same_secret
from iotclients_sandbox.iotticket.activity import activity_handlers
from iotclients_sandbox.iotticket.adapter import authenticate_device, ingest_events, ingest_telemetry
from iotclients_sandbox.iotticket.analytics import analytics_handlers, register_onnx
from iotclients_sandbox.iotticket.call import Call
from iotclients_sandbox.iotticket.data import data_handlers
from iotclients_sandbox.iotticket.errors import OAuthFailure, Unauthorized
from iotclients_sandbox.iotticket.records import ApiClient
from iotclients_sandbox.iotticket.seed import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, populate
from iotclients_sandbox.iotticket.state import IoTTicketState
from iotclients_sandbox.iotticket.tree import tree_handlers

__all__ = ["IoTTicketBackend"]

Handler = Callable[[Call], Any]


class IoTTicketBackend:
    """In-memory IoT-TICKET: tokens, organizations and every operation of the spec."""

    def __init__(
        self,
        *,
        client_id: str = DEMO_CLIENT_ID,
        client_secret: str = DEMO_CLIENT_SECRET,
        token_ttl: float = 3600.0,
        clock: Callable[[], float] = time.time,
        demo_data: bool = True,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_ttl = token_ttl
        self._clock = clock
        self._demo_data = demo_data
        self._lock = threading.RLock()
        self._handlers: dict[str, Handler] = {
            **tree_handlers(),
            **data_handlers(),
            **activity_handlers(),
            **analytics_handlers(),
        }
        self.tokens_issued = 0
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.state = IoTTicketState(self._clock)
            if self._demo_data:
                populate(self.state, self.client_id, self._client_secret)
            else:
                self.state.clients[self.client_id] = ApiClient(
                    self.client_id, self._client_secret, frozenset()
                )
            self.tokens_issued = 0

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(self._handlers) | {
            "create_token",
            "create_onnx_model",
            "put_device_telemetry",
            "put_device_events",
        }

    @contextmanager
    def locked(self) -> Iterator[IoTTicketState]:
        with self._lock:
            yield self.state

    # -- tokens -------------------------------------------------------------------------------

    def issue_token(self, form: Mapping[str, str]) -> dict[str, Any]:
        if form.get("grant_type") != "client_credentials":
            raise OAuthFailure(400, "unsupported_grant_type", "grant_type must be client_credentials")
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if not client_id or not secret:
            raise OAuthFailure(400, "invalid_request", "client_id and client_secret are required")
        with self._lock:
            client = self.state.clients.get(client_id)
            if client is None or not same_secret(client.secret, secret):
                raise OAuthFailure(401, "invalid_client", "unknown client or wrong secret")
            self.tokens_issued += 1
            token = self.state.issue_token(client.client_id, self.token_ttl)
        return {"access_token": token, "token_type": "Bearer", "expires_in": int(self.token_ttl)}

    def client_for(self, authorization: str | None) -> ApiClient:
        if authorization is None or not authorization.lower().startswith("bearer "):
            raise Unauthorized("send 'Authorization: Bearer <token>' (POST /oauth2/token issues one)")
        with self._lock:
            client = self.state.client_for_token(authorization[7:].strip())
        if client is None:
            raise Unauthorized("the token is unknown or expired")
        return client

    # -- operations ---------------------------------------------------------------------------

    def execute(
        self,
        operation_id: str,
        client: ApiClient,
        path: Mapping[str, str],
        query: Mapping[str, str],
        body: Any,
    ) -> Any:
        handler = self._handlers.get(operation_id)
        if handler is None:
            raise KeyError(f"unknown IoT-TICKET operation {operation_id!r}")
        with self._lock:
            return handler(Call(self.state, client, path, query, body))

    def upload_onnx(
        self, client: ApiClient, path: Mapping[str, str], fields: Mapping[str, str], file_name: str, size: int
    ) -> dict[str, str]:
        with self._lock:
            return register_onnx(Call(self.state, client, path, {}, None), fields, file_name, size)

    def check_device(self, authorization: str | None, path: Mapping[str, str]) -> None:
        """401/403 for wrong device credentials, before the body is even looked at."""
        with self._lock:
            authenticate_device(self.state, authorization, path["orgId"], path["deviceId"])

    def device_write(
        self, channel: str, authorization: str | None, path: Mapping[str, str], body: Mapping[str, Any]
    ) -> None:
        with self._lock:
            store, device = authenticate_device(self.state, authorization, path["orgId"], path["deviceId"])
            if channel == "telemetry":
                ingest_telemetry(store, device, body)
            else:
                ingest_events(self.state, store, device, body)
