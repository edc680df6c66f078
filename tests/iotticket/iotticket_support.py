"""Helpers shared by the IoT-TICKET test modules."""

from __future__ import annotations

import base64

import httpx

from iotclients_sandbox.iotticket import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


def fetch_token(http: httpx.Client, client_id: str = DEMO_CLIENT_ID, secret: str = DEMO_CLIENT_SECRET) -> str:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    response = http.post("/oauth2/token", data=form)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


PUMP_A = ["Tampere Factory", "Line 1", "Press A", "Hydraulics", "Pump"]
"""The demo tree's five-level path to the pump of press A."""


def demo_client_kwargs(url: str) -> dict[str, str]:
    return {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "organization_id": "demo-org",
        "base_url": url,
    }
