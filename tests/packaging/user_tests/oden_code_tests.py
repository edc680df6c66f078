"""A user's own tests: only the plugin's fixtures and the strategies of iotclients.testing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from iotclients.core.errors import InvalidArgumentError, ServiceUnavailableError
from iotclients.oden import AsyncOdenClient, OdenClient
from iotclients.oden.models import Factory, Match
from iotclients.testing import documents, instances
from iotclients_sandbox import Fault, Sandbox


def factory_names(client: OdenClient) -> list[str]:
    """The code under test."""
    return sorted(str(f.name) for f in client.search_factories(Factory(match=Match.ALL)))


def test_lists_the_factories(oden_client: OdenClient, oden_sandbox: Sandbox) -> None:
    assert factory_names(oden_client) == ["Factory A", "Factory B"]
    assert oden_sandbox.journal.count("search_factories") == 1


def test_an_outage_reaches_the_caller(oden_client: OdenClient, oden_sandbox: Sandbox) -> None:
    oden_sandbox.faults.script(*[Fault.status(503)] * 5)
    with pytest.raises(ServiceUnavailableError):
        factory_names(oden_client.with_options(max_retries=1))
    assert oden_sandbox.journal.count("search_factories") == 2


@pytest.mark.asyncio
async def test_async_client(async_oden_client: AsyncOdenClient) -> None:
    assert len(await async_oden_client.search_factories(Factory(match=Match.ALL))) == 2


@settings(max_examples=20, deadline=None)
@given(instances(Factory))
def test_factories_survive_a_round_trip(factory: Factory) -> None:
    assert Factory.from_dict(factory.to_dict()) == factory


@settings(max_examples=20, deadline=None)
@given(documents(Factory, valid=False))
def test_malformed_factories_are_refused(document: object) -> None:
    with pytest.raises((InvalidArgumentError, TypeError, ValueError)):
        Factory.from_dict(document)  # type: ignore[arg-type]
