"""pytest fixtures that run the vendor sandboxes and hand out clients connected to them.

Registered through the ``pytest11`` entry point, so installing ``iotclients[sandbox]`` is all it
takes. Per vendor (``oden``, ``iotile``, ``iotticket``, ``exosite``):

- ``<vendor>_sandbox``: the :class:`~iotclients_sandbox.Sandbox`, reset before every test (initial
  data back, journal empty, no faults). One server per vendor serves the whole session.
  Script faults with ``sandbox.faults.script(Fault.status(503), Fault.ok())``, assert on traffic
  with ``sandbox.journal.count("search_factories")``.
- ``<vendor>_client`` and ``async_<vendor>_client``: a client holding the sandbox's demo
  credentials (IOTile's already logged in), closed after the test. Async fixtures need
  ``pytest-asyncio``.
- ``exosite_provision_client`` and ``async_exosite_provision_client``: the Provisioning API.

Without the extra the fixtures fail with the command that installs it; this module itself
imports nothing beyond pytest, so it never breaks a test run.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Final

import pytest

if TYPE_CHECKING:
    from iotclients_sandbox import Sandbox

__all__ = ["SANDBOX_EXTRA_MODULES", "missing_sandbox_modules"]

SANDBOX_EXTRA_MODULES: Final = ("starlette", "uvicorn", "jsonschema", "ruamel.yaml")
_INSTALL: Final = "pip install 'iotclients[sandbox]'"
_IOTTICKET_ORGANIZATION: Final = "demo-org"


def missing_sandbox_modules() -> list[str]:
    """The modules of the sandbox extra that cannot be imported here."""
    missing = []
    for name in SANDBOX_EXTRA_MODULES:
        try:
            found = importlib.util.find_spec(name)
        except ModuleNotFoundError:  # the parent package is missing
            found = None
        if found is None:
            missing.append(name)
    return missing


def _require_extra(fixture: str) -> None:
    missing = missing_sandbox_modules()
    if missing:
        pytest.fail(
            f"the {fixture} fixture needs the sandbox extra ({', '.join(missing)} missing): {_INSTALL}",
            pytrace=False,
        )


def _server_fixture(vendor: str) -> Callable[..., Iterator[Sandbox]]:
    def server() -> Iterator[Sandbox]:
        _require_extra(f"{vendor}_sandbox")
        from iotclients_sandbox import Sandbox

        with Sandbox(vendor, shutdown_timeout=3.0) as running:
            yield running

    server.__name__ = f"_iotclients_{vendor}_server"
    return server


def _reset(sandbox: Sandbox) -> Sandbox:
    sandbox.reset()
    return sandbox


_iotclients_oden_server = pytest.fixture(scope="session")(_server_fixture("oden"))
_iotclients_iotile_server = pytest.fixture(scope="session")(_server_fixture("iotile"))
_iotclients_iotticket_server = pytest.fixture(scope="session")(_server_fixture("iotticket"))
_iotclients_exosite_server = pytest.fixture(scope="session")(_server_fixture("exosite"))


@pytest.fixture
def oden_sandbox(_iotclients_oden_server: Sandbox) -> Sandbox:
    """The Oden sandbox, reset: initial data, empty journal, no faults."""
    return _reset(_iotclients_oden_server)


@pytest.fixture
def iotile_sandbox(_iotclients_iotile_server: Sandbox) -> Sandbox:
    """The IOTile sandbox, reset: initial data, empty journal, no faults."""
    return _reset(_iotclients_iotile_server)


@pytest.fixture
def iotticket_sandbox(_iotclients_iotticket_server: Sandbox) -> Sandbox:
    """The IoT-TICKET sandbox, reset: initial data, empty journal, no faults."""
    return _reset(_iotclients_iotticket_server)


@pytest.fixture
def exosite_sandbox(_iotclients_exosite_server: Sandbox) -> Sandbox:
    """The Exosite sandbox (One Platform and Provisioning), reset: initial data, empty journal, no faults."""
    return _reset(_iotclients_exosite_server)


# -- clients ------------------------------------------------------------------------------------


@pytest.fixture
def oden_client(oden_sandbox: Sandbox) -> Iterator[Any]:
    """An ``OdenClient`` holding the sandbox's API key."""
    from iotclients.oden import OdenClient

    with OdenClient(oden_sandbox.credentials["api_key"], base_url=oden_sandbox.url) as client:
        yield client


@pytest.fixture
def iotile_client(iotile_sandbox: Sandbox) -> Iterator[Any]:
    """An ``IOTileClient`` logged in as the sandbox's demo user."""
    from iotclients.iotile import IOTileClient

    credentials = iotile_sandbox.credentials
    with IOTileClient(base_url=iotile_sandbox.url) as client:
        client.login(email=credentials["email"], password=credentials["password"])
        yield client


def _iotticket_credentials(sandbox: Sandbox) -> tuple[str, str]:
    credentials = sandbox.credentials
    return credentials["client_id"], credentials["client_secret"]


@pytest.fixture
def iotticket_client(iotticket_sandbox: Sandbox) -> Iterator[Any]:
    """An ``IoTTicketClient`` holding the sandbox's API client credentials (demo organization)."""
    from iotclients.iotticket import IoTTicketClient

    client_id, secret = _iotticket_credentials(iotticket_sandbox)
    with IoTTicketClient(
        client_id, secret, organization_id=_IOTTICKET_ORGANIZATION, base_url=iotticket_sandbox.url
    ) as client:
        yield client


@pytest.fixture
def exosite_client(exosite_sandbox: Sandbox) -> Iterator[Any]:
    """A ``OnePlatformClient`` holding the sandbox's root CIK."""
    from iotclients.exosite import OnePlatformClient

    with OnePlatformClient(exosite_sandbox.credentials["cik"], base_url=exosite_sandbox.url) as client:
        yield client


@pytest.fixture
def exosite_provision_client(exosite_sandbox: Sandbox) -> Iterator[Any]:
    """A ``ProvisionClient`` (the Provisioning API) holding the sandbox's root CIK."""
    from iotclients.exosite import ProvisionClient

    with ProvisionClient(exosite_sandbox.credentials["cik"], base_url=exosite_sandbox.url) as client:
        yield client


# -- async clients: need pytest-asyncio ------------------------------------------------------------

_HAS_ASYNCIO_PLUGIN: Final = importlib.util.find_spec("pytest_asyncio") is not None


def _async_fixture(name: str, vendor: str, factory: Callable[[Sandbox], AsyncIterator[Any]]) -> Any:

    if _HAS_ASYNCIO_PLUGIN:
        import pytest_asyncio

        async def with_client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
            sandbox: Sandbox = request.getfixturevalue(f"{vendor}_sandbox")
            async for client in factory(sandbox):
                yield client

        with_client.__name__ = name
        with_client.__doc__ = factory.__doc__
        return pytest_asyncio.fixture(with_client)

    def unavailable() -> None:
        pytest.fail(f"the {name} fixture needs pytest-asyncio: pip install pytest-asyncio", pytrace=False)

    unavailable.__name__ = name
    return pytest.fixture(unavailable)


async def _open_async_oden_client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """An ``AsyncOdenClient`` holding the sandbox's API key."""
    from iotclients.oden import AsyncOdenClient

    async with AsyncOdenClient(sandbox.credentials["api_key"], base_url=sandbox.url) as client:
        yield client


async def _open_async_iotile_client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """An ``AsyncIOTileClient`` logged in as the sandbox's demo user."""
    from iotclients.iotile import AsyncIOTileClient

    credentials = sandbox.credentials
    async with AsyncIOTileClient(base_url=sandbox.url) as client:
        await client.login(email=credentials["email"], password=credentials["password"])
        yield client


async def _open_async_iotticket_client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """An ``AsyncIoTTicketClient`` holding the sandbox's API client credentials."""
    from iotclients.iotticket import AsyncIoTTicketClient

    client_id, secret = _iotticket_credentials(sandbox)
    async with AsyncIoTTicketClient(
        client_id, secret, organization_id=_IOTTICKET_ORGANIZATION, base_url=sandbox.url
    ) as client:
        yield client


async def _open_async_exosite_client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """An ``AsyncOnePlatformClient`` holding the sandbox's root CIK."""
    from iotclients.exosite import AsyncOnePlatformClient

    async with AsyncOnePlatformClient(sandbox.credentials["cik"], base_url=sandbox.url) as client:
        yield client


async def _open_async_exosite_provision_client(sandbox: Sandbox) -> AsyncIterator[Any]:
    """An ``AsyncProvisionClient`` holding the sandbox's root CIK."""
    from iotclients.exosite import AsyncProvisionClient

    async with AsyncProvisionClient(sandbox.credentials["cik"], base_url=sandbox.url) as client:
        yield client


async_oden_client: Any = _async_fixture("async_oden_client", "oden", _open_async_oden_client)
async_iotile_client: Any = _async_fixture("async_iotile_client", "iotile", _open_async_iotile_client)
async_iotticket_client: Any = _async_fixture(
    "async_iotticket_client", "iotticket", _open_async_iotticket_client
)
async_exosite_client: Any = _async_fixture("async_exosite_client", "exosite", _open_async_exosite_client)
async_exosite_provision_client: Any = _async_fixture(
    "async_exosite_provision_client", "exosite", _open_async_exosite_provision_client
)
