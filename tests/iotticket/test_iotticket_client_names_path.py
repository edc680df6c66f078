"""names_path through the client over random trees with repeated names, served by a fake server:
each lookup resolves as a naive level-by-level walk says (or raises the matching error), and the
whole run costs one tree listing plus one attribute listing per asset whose attributes were read."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_iotticket_names_path import expected_walk, path_of, trees

from iotclients.iotticket import AmbiguousPathError, AssetNode, IoTTicketClient, PathNotFoundError


class TreeServer:
    def __init__(self, assets: list[AssetNode]) -> None:
        self.assets = assets
        self.counts: dict[str, int] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/oauth2/token":
            return self._reply(
                "token", {"access_token": "tree-token-000000", "token_type": "Bearer", "expires_in": 3600}
            )
        if path.endswith("/attributes"):
            asset_id = path.split("/")[-2]
            node = next(a for a in self.assets if a.id == asset_id)
            listed = [
                {
                    "id": a.id,
                    "name": a.name,
                    "identifierName": a.name.lower(),
                    "assetId": asset_id,
                    "type": a.type,
                }
                for a in node.attributes
            ]
            return self._reply("attributes", listed)
        if path.endswith("/children"):
            parent = path.split("/")[-2]
            return self._reply("children", [self._view(a) for a in self.assets if a.parent_id == parent])
        return self._reply("assets", [self._view(a) for a in self.assets])

    @staticmethod
    def _view(asset: AssetNode) -> dict[str, Any]:
        return {"id": asset.id, "name": asset.name, "parentId": asset.parent_id}

    def _reply(self, what: str, payload: Any) -> httpx.Response:
        self.counts[what] = self.counts.get(what, 0) + 1
        return httpx.Response(
            200, content=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
        )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), st.data())
def test_client_lookups_match_the_reference_and_cost_one_listing(
    assets: list[AssetNode], data: st.DataObject
) -> None:
    server = TreeServer(assets)
    paths = [path_of(assets, data.draw(st.sampled_from([a.id for a in assets]))) for _ in range(12)]
    paths += data.draw(
        st.lists(
            st.lists(st.sampled_from(["Plant", "Line", "Pump", "Nope"]), min_size=1, max_size=4), max_size=6
        )
    )
    with IoTTicketClient(
        "id", "secret", organization_id="org", transport=httpx.MockTransport(server)
    ) as client:
        for path in paths:
            kind, detail = expected_walk(assets, path)
            if kind == "found":
                got = client.get_assets(names_path=path)
                assert {a.id for a in got} == {a.id for a in assets if a.parent_id == detail}
                attributes = client.get_attributes(names_path=path)
                assert [a.id for a in attributes] == [
                    a.id for a in next(x for x in assets if x.id == detail).attributes
                ]
            elif kind == "missing":
                try:
                    client.get_assets(names_path=path)
                except PathNotFoundError as error:
                    assert (error.depth, sorted(error.siblings)) == detail
                else:
                    raise AssertionError(f"{path} should not resolve")
            else:
                try:
                    client.get_assets(names_path=path)
                except AmbiguousPathError as error:
                    assert (error.depth, list(error.candidates)) == detail
                else:
                    raise AssertionError(f"{path} should be ambiguous")
    assert server.counts.get("assets", 0) == 1
    assert server.counts.get("attributes", 0) == len(
        [p for p in paths if expected_walk(assets, p)[0] == "found"]
    )
