"""Every OnepV1 method of the pyonep seed has its counterpart, with the seed's parameter names."""

from __future__ import annotations

import inspect

import pytest

from iotclients.exosite import AsyncOnePlatformClient, OnePlatformClient

# name -> the seed's parameters after `auth` (and before `defer`)
SEED = {
    "activate": ["codetype", "code"],
    "close": [],
    "create": ["type", "desc"],
    "create_dataport": ["desc"],
    "drop": ["resource"],
    "flush": ["resource", "options"],
    "grant": ["resource", "permissions", "ttl"],
    "info": ["resource", "options"],
    "listing": ["types", "options", "resource"],
    "logged_requests": [],
    "lookup": ["type", "mapping"],
    "map": ["resource", "alias"],
    "move": ["resource", "destinationresource", "options"],
    "read": ["resource", "options"],
    "record": ["resource", "entries", "options"],
    "recordbatch": ["resource", "entries"],
    "revoke": ["codetype", "code"],
    "send_deferred": ["auth"],
    "share": ["resource", "options"],
    "update": ["resource", "desc"],
    "usage": ["resource", "metric", "starttime", "endtime"],
    "wait": ["resource", "options"],
    "write": ["resource", "value"],
    "writegroup": ["entries"],
}


@pytest.mark.parametrize("cls", [OnePlatformClient, AsyncOnePlatformClient])
@pytest.mark.parametrize("name", sorted(SEED))
def test_seed_method_exists_with_the_seed_parameter_names(cls: type, name: str) -> None:
    method = getattr(cls, name)
    params = [p for p in inspect.signature(method).parameters if p not in ("self",)]
    assert [p for p in SEED[name] if p not in params] == []
    if name not in ("close", "logged_requests", "send_deferred"):
        assert "auth" in params
        assert "defer" in params or (name == "create" and "defer" in params)


@pytest.mark.parametrize("name", ["listing", "lookup", "activate", "map", "move", "read", "usage"])
def test_positional_order_matches_the_seed(name: str) -> None:
    params = [
        p.name
        for p in inspect.signature(getattr(OnePlatformClient, name)).parameters.values()
        if p.kind is p.POSITIONAL_OR_KEYWORD
    ][1:]
    assert params[: len(SEED[name])] == SEED[name]
