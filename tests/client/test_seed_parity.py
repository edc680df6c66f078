"""Every method of the seed's IntervalsApi is reachable, with the seed's parameter name."""

from __future__ import annotations

import inspect

import pytest

from iotclients.oden import AsyncOdenClient, OdenClient

# seed method -> (current operationId, the seed's parameter name)
SEED = {
    "v2_interval_delete_post": ("delete_interval", "interval"),
    "v2_interval_search_post": ("search_intervals", "interval"),
    "v2_interval_set_post": ("set_interval", "interval"),
    "v2_interval_type_search_post": ("search_interval_types", "interval_type"),
    "v2_intervals_delete_post": ("bulk_delete_intervals", "interval_bulk_delete"),
    "v2_intervals_set_post": ("bulk_set_intervals", "interval_bulk_create"),
}


@pytest.mark.parametrize("client_class", [OdenClient, AsyncOdenClient])
@pytest.mark.parametrize(("seed_name", "current"), SEED.items())
def test_seed_method_has_a_counterpart(client_class: type, seed_name: str, current: tuple[str, str]) -> None:
    name, parameter = current
    method = getattr(client_class, name)
    first = list(inspect.signature(method).parameters)[1]
    assert first == parameter, f"{seed_name} took `{parameter}`; {name} takes `{first}`"
    assert inspect.iscoroutinefunction(method) is (client_class is AsyncOdenClient)
