"""A vendor's spec taken as published: the OpenAPI 3.1 petstore generates with no edits and works.

The spec (``tests/generator/specs/petstore.yaml``) has what real specs have and ours do not: a path
item by ``$ref``, ``default`` error responses, an unquoted ``200:``, camelCase operationIds, schemas
without ``type: object`` and a property literally named ``$ref``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from iotclients.core.errors import APIStatusError, NotFoundError

SPEC = Path(__file__).parent / "specs" / "petstore.yaml"
PACKAGE = "petstore_generated"
BASE_URL = "https://petstore.test/v1"
PETS = [{"id": 1, "name": "Rex", "tag": "dog", "$ref": "#/pets/1"}, {"id": 2, "name": "Tom"}]


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from generator.vendors import Vendor
    from tests.generated_package import generated_package

    vendor = Vendor(
        name="petstore",
        spec=str(SPEC),
        kind="openapi",
        facade_module=f"{PACKAGE}.petstore.client",
        sync_base="PetstoreClient",
        async_base="AsyncPetstoreClient",
        house=False,
    )
    with generated_package(vendor, tmp_path_factory.mktemp("generated"), PACKAGE) as package:
        yield package


class Server:
    """Answers each request with the next scripted reply, keeping the requests."""

    def __init__(self, *replies: httpx.Response) -> None:
        self.replies = list(replies)
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.replies.pop(0)


def _client(petstore: ModuleType, server: Server, *, asynchronous: bool = False) -> Any:
    cls = petstore.client.AsyncPetstoreClient if asynchronous else petstore.client.PetstoreClient
    return cls(base_url=BASE_URL, transport=httpx.MockTransport(server), max_retries=0)


def test_every_operation_of_the_spec_is_a_snake_case_method(petstore: ModuleType) -> None:
    methods = {name for name in vars(petstore.client.PetstoreClient) if not name.startswith("_")}
    assert methods == {"list_pets", "create_pets", "show_pet_by_id", "with_raw_response"}


def test_list_pets_sends_the_query_and_decodes_the_pets(petstore: ModuleType) -> None:
    server = Server(httpx.Response(200, json=PETS), httpx.Response(200, json=[]))
    with _client(petstore, server) as client:
        pets = client.list_pets(limit=20)
        assert client.list_pets() == []
    first, second = server.seen
    assert (first.method, first.url.path, dict(first.url.params)) == ("GET", "/v1/pets", {"limit": "20"})
    assert (second.url.path, dict(second.url.params)) == ("/v1/pets", {})
    assert [type(p) for p in pets] == [petstore.models.Pet] * 2
    assert (pets[0].id, pets[0].name, pets[0].tag, pets[0].ref) == (1, "Rex", "dog", "#/pets/1")
    assert pets[1].name == "Tom"


def test_create_pets_posts_without_a_body(petstore: ModuleType) -> None:
    server = Server(httpx.Response(201))
    with _client(petstore, server) as client:
        assert client.create_pets() is None
    (request,) = server.seen
    assert (request.method, request.url.path, request.content) == ("POST", "/v1/pets", b"")


def test_the_operation_behind_a_path_item_reference_is_generated(petstore: ModuleType) -> None:
    server = Server(httpx.Response(200, json=PETS[:1]))
    with _client(petstore, server) as client:
        (pet,) = client.show_pet_by_id("a/b")
    (request,) = server.seen
    assert (request.method, request.url.raw_path) == ("GET", b"/v1/pets/a%2Fb")
    assert pet.ref == "#/pets/1"


def test_a_pet_is_sent_back_with_its_wire_names(petstore: ModuleType) -> None:
    from iotclients.core import codec

    pet = petstore.models.Pet(id=3, name="Kit", ref="#/pets/3")
    sent = codec.encode_json(pet, petstore.models.Pet, argument="pet")
    assert json.loads(sent) == {"id": 3, "name": "Kit", "$ref": "#/pets/3"}


@pytest.mark.parametrize(("status", "expected"), [(404, NotFoundError), (418, APIStatusError)])
def test_an_undeclared_status_raises_with_the_default_error_model(
    petstore: ModuleType, status: int, expected: type[APIStatusError]
) -> None:
    server = Server(httpx.Response(status, json={"code": 7, "message": "no such pet"}))
    with _client(petstore, server) as client, pytest.raises(expected) as caught:
        client.show_pet_by_id("42")
    assert caught.value.status_code == status
    assert isinstance(caught.value.error, petstore.models.Error)
    assert (caught.value.error.code, caught.value.error.message) == (7, "no such pet")


async def test_the_async_client_calls_the_same_way(petstore: ModuleType) -> None:
    server = Server(httpx.Response(200, json=PETS), httpx.Response(500, json={"code": 1, "message": "down"}))
    async with _client(petstore, server, asynchronous=True) as client:
        pets = await client.list_pets(limit=1)
        with pytest.raises(APIStatusError) as caught:
            await client.create_pets()
    assert [p.id for p in pets] == [1, 2]
    assert [(r.method, r.url.path) for r in server.seen] == [("GET", "/v1/pets"), ("POST", "/v1/pets")]
    assert caught.value.error.message == "down"


def test_the_fixture_is_the_published_file_unedited() -> None:
    text = SPEC.read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("# "))
    assert "openapi-spec-validator" in text and "Apache" in text
    assert body.startswith('openapi: "3.1.0"\n')
    assert "        200:\n" in body and '$ref: "#/components/pathItems/PetPath"' in body


def test_an_openapi_3_0_spec_generates_a_client_with_nullable_fields(tmp_path: Path) -> None:
    from generator.vendors import Vendor
    from tests.generated_package import generated_package
    from tests.generator.test_lint_diagnostics import FOREIGN_3_0

    spec = tmp_path / "meters.yaml"
    spec.write_text(json.dumps(FOREIGN_3_0), encoding="utf-8")  # JSON is YAML
    vendor = Vendor(
        name="meters",
        spec=str(spec),
        kind="openapi",
        facade_module="meters_generated.meters.client",
        sync_base="MetersClient",
        async_base="AsyncMetersClient",
        house=False,
    )
    server = Server(
        httpx.Response(200, json={"reading": 2.5, "label": None}),
        httpx.Response(404, json={"detail": "no meter m-9"}),
    )
    with generated_package(vendor, tmp_path / "out", "meters_generated") as meters:
        transport = httpx.MockTransport(server)
        with meters.client.MetersClient(base_url=BASE_URL, transport=transport, max_retries=0) as client:
            meter = client.get_meter("m-1")
            with pytest.raises(NotFoundError) as caught:
                client.get_meter("m-9")
    assert (meter.reading, meter.label) == (2.5, None)
    assert caught.value.error.detail == "no meter m-9"
    assert [r.url.path for r in server.seen] == ["/v1/meters/m-1", "/v1/meters/m-9"]
