"""Every operation of specs/exosite-provision.openapi.yaml with its raw HTTP response, sync and async. Generated; do not edit.

``client.with_raw_response.<operation>(...)`` sends the request ``client.<operation>(...)`` sends and
returns a ``RawResponse``: ``status_code``, ``headers``, ``request_id``, ``parsed`` (the typed value the
plain call returns) and ``declared_headers`` (the response headers the spec declares, converted to
their types; a promised header that is missing, or one that does not convert, raises
``APIResponseValidationError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from iotclients.core.raw_response import NoDeclaredHeaders, RawResponse

from .client import operation

if TYPE_CHECKING:
    from iotclients.core.client import AsyncAPIClient, SyncAPIClient

    from .models import (
        Activation,
        ContentCreate,
        ModelCreate,
        ModelUpdate,
        ReadSerialNumberShow,
        SerialNumberBatch,
        SerialNumberUpdate,
        VendorRegistration,
    )


class GeneratedProvisionClientRawResponses:
    """Every operation of ``GeneratedProvisionClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def activate_serial_number(
        self, activation: Activation | Mapping[str, Any]
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``POST /provision/activate`` with its raw response; see ``GeneratedProvisionClient.activate_serial_number``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(operation("activation.activate_serial_number"), activation=activation),
        )

    def create_content(
        self, content_create: ContentCreate | Mapping[str, Any], model: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/content/{model}/`` with its raw response; see ``GeneratedProvisionClient.create_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("content.create_content"), content_create=content_create, model=model
            ),
        )

    def create_model(
        self, model_create: ModelCreate | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/`` with its raw response; see ``GeneratedProvisionClient.create_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("models.create_model"), model_create=model_create),
        )

    def delete_content(self, model: str, id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedProvisionClient.delete_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("content.delete_content"), model=model, id=id),
        )

    def delete_model(self, model: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/model/{model}`` with its raw response; see ``GeneratedProvisionClient.delete_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("models.delete_model"), model=model),
        )

    def delete_serial_number(self, model: str, sn: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedProvisionClient.delete_serial_number``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("serial_numbers.delete_serial_number"), model=model, sn=sn),
        )

    def download_content(
        self, vendor: str, model: str, id: str, *, info: bool | None = None
    ) -> RawResponse[bytes, NoDeclaredHeaders]:
        """``GET /provision/download`` with its raw response; see ``GeneratedProvisionClient.download_content``."""

        return cast(
            "RawResponse[bytes, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("content.download_content"), vendor=vendor, model=model, id=id, info=info
            ),
        )

    def edit_serial_numbers(
        self,
        serial_number_batch: SerialNumberBatch | Mapping[str, Any] | bytes | str,
        model: str,
        *,
        content_type: Literal[
            "application/x-www-form-urlencoded", "text/csv"
        ] = "application/x-www-form-urlencoded",
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/{model}/`` with its raw response; see ``GeneratedProvisionClient.edit_serial_numbers``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("serial_numbers.edit_serial_numbers"),
                serial_number_batch=serial_number_batch,
                content_type=content_type,
                model=model,
            ),
        )

    def list_content(self, model: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/content/{model}/`` with its raw response; see ``GeneratedProvisionClient.list_content``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(operation("content.list_content"), model=model),
        )

    def list_models(self) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/`` with its raw response; see ``GeneratedProvisionClient.list_models``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]", self._client._call_raw(operation("models.list_models"))
        )

    def list_serial_numbers(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}/`` with its raw response; see ``GeneratedProvisionClient.list_serial_numbers``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("serial_numbers.list_serial_numbers"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    def read_content(self, model: str, id: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedProvisionClient.read_content``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(operation("content.read_content"), model=model, id=id),
        )

    def read_model(self, model: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}`` with its raw response; see ``GeneratedProvisionClient.read_model``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            self._client._call_raw(operation("models.read_model"), model=model),
        )

    def read_serial_number(
        self, model: str, sn: str, *, show: ReadSerialNumberShow | None = None
    ) -> RawResponse[str | None, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedProvisionClient.read_serial_number``."""

        return cast(
            "RawResponse[str | None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("serial_numbers.read_serial_number"), model=model, sn=sn, show=show
            ),
        )

    def read_vendor(self) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/register`` with its raw response; see ``GeneratedProvisionClient.read_vendor``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]", self._client._call_raw(operation("vendors.read_vendor"))
        )

    def register_vendor(
        self, vendor_registration: VendorRegistration | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/register`` with its raw response; see ``GeneratedProvisionClient.register_vendor``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("vendors.register_vendor"), vendor_registration=vendor_registration
            ),
        )

    def update_model(
        self, model_update: ModelUpdate | Mapping[str, Any], model: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /provision/manage/model/{model}`` with its raw response; see ``GeneratedProvisionClient.update_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(operation("models.update_model"), model_update=model_update, model=model),
        )

    def update_serial_number(
        self, serial_number_update: SerialNumberUpdate | Mapping[str, Any], model: str, sn: str
    ) -> RawResponse[str | None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedProvisionClient.update_serial_number``."""

        return cast(
            "RawResponse[str | None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("serial_numbers.update_serial_number"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    def upload_content(
        self, content: bytes | str, model: str, id: str, *, content_type: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedProvisionClient.upload_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            self._client._call_raw(
                operation("content.upload_content"),
                content=content,
                content_type=content_type,
                model=model,
                id=id,
            ),
        )


class GeneratedAsyncProvisionClientRawResponses:
    """Every operation of ``GeneratedAsyncProvisionClient``, returning its raw response (``client.with_raw_response``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def activate_serial_number(
        self, activation: Activation | Mapping[str, Any]
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``POST /provision/activate`` with its raw response; see ``GeneratedAsyncProvisionClient.activate_serial_number``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("activation.activate_serial_number"), activation=activation
            ),
        )

    async def create_content(
        self, content_create: ContentCreate | Mapping[str, Any], model: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/content/{model}/`` with its raw response; see ``GeneratedAsyncProvisionClient.create_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("content.create_content"), content_create=content_create, model=model
            ),
        )

    async def create_model(
        self, model_create: ModelCreate | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/`` with its raw response; see ``GeneratedAsyncProvisionClient.create_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("models.create_model"), model_create=model_create),
        )

    async def delete_content(self, model: str, id: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedAsyncProvisionClient.delete_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("content.delete_content"), model=model, id=id),
        )

    async def delete_model(self, model: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/model/{model}`` with its raw response; see ``GeneratedAsyncProvisionClient.delete_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(operation("models.delete_model"), model=model),
        )

    async def delete_serial_number(self, model: str, sn: str) -> RawResponse[None, NoDeclaredHeaders]:
        """``DELETE /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedAsyncProvisionClient.delete_serial_number``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("serial_numbers.delete_serial_number"), model=model, sn=sn
            ),
        )

    async def download_content(
        self, vendor: str, model: str, id: str, *, info: bool | None = None
    ) -> RawResponse[bytes, NoDeclaredHeaders]:
        """``GET /provision/download`` with its raw response; see ``GeneratedAsyncProvisionClient.download_content``."""

        return cast(
            "RawResponse[bytes, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("content.download_content"), vendor=vendor, model=model, id=id, info=info
            ),
        )

    async def edit_serial_numbers(
        self,
        serial_number_batch: SerialNumberBatch | Mapping[str, Any] | bytes | str,
        model: str,
        *,
        content_type: Literal[
            "application/x-www-form-urlencoded", "text/csv"
        ] = "application/x-www-form-urlencoded",
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/{model}/`` with its raw response; see ``GeneratedAsyncProvisionClient.edit_serial_numbers``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("serial_numbers.edit_serial_numbers"),
                serial_number_batch=serial_number_batch,
                content_type=content_type,
                model=model,
            ),
        )

    async def list_content(self, model: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/content/{model}/`` with its raw response; see ``GeneratedAsyncProvisionClient.list_content``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(operation("content.list_content"), model=model),
        )

    async def list_models(self) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/`` with its raw response; see ``GeneratedAsyncProvisionClient.list_models``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(operation("models.list_models")),
        )

    async def list_serial_numbers(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}/`` with its raw response; see ``GeneratedAsyncProvisionClient.list_serial_numbers``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("serial_numbers.list_serial_numbers"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    async def read_content(self, model: str, id: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedAsyncProvisionClient.read_content``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(operation("content.read_content"), model=model, id=id),
        )

    async def read_model(self, model: str) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}`` with its raw response; see ``GeneratedAsyncProvisionClient.read_model``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(operation("models.read_model"), model=model),
        )

    async def read_serial_number(
        self, model: str, sn: str, *, show: ReadSerialNumberShow | None = None
    ) -> RawResponse[str | None, NoDeclaredHeaders]:
        """``GET /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedAsyncProvisionClient.read_serial_number``."""

        return cast(
            "RawResponse[str | None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("serial_numbers.read_serial_number"), model=model, sn=sn, show=show
            ),
        )

    async def read_vendor(self) -> RawResponse[str, NoDeclaredHeaders]:
        """``GET /provision/register`` with its raw response; see ``GeneratedAsyncProvisionClient.read_vendor``."""

        return cast(
            "RawResponse[str, NoDeclaredHeaders]",
            await self._client._call_raw(operation("vendors.read_vendor")),
        )

    async def register_vendor(
        self, vendor_registration: VendorRegistration | Mapping[str, Any]
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/register`` with its raw response; see ``GeneratedAsyncProvisionClient.register_vendor``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("vendors.register_vendor"), vendor_registration=vendor_registration
            ),
        )

    async def update_model(
        self, model_update: ModelUpdate | Mapping[str, Any], model: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``PUT /provision/manage/model/{model}`` with its raw response; see ``GeneratedAsyncProvisionClient.update_model``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("models.update_model"), model_update=model_update, model=model
            ),
        )

    async def update_serial_number(
        self, serial_number_update: SerialNumberUpdate | Mapping[str, Any], model: str, sn: str
    ) -> RawResponse[str | None, NoDeclaredHeaders]:
        """``POST /provision/manage/model/{model}/{sn}`` with its raw response; see ``GeneratedAsyncProvisionClient.update_serial_number``."""

        return cast(
            "RawResponse[str | None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("serial_numbers.update_serial_number"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    async def upload_content(
        self, content: bytes | str, model: str, id: str, *, content_type: str
    ) -> RawResponse[None, NoDeclaredHeaders]:
        """``POST /provision/manage/content/{model}/{id}`` with its raw response; see ``GeneratedAsyncProvisionClient.upload_content``."""

        return cast(
            "RawResponse[None, NoDeclaredHeaders]",
            await self._client._call_raw(
                operation("content.upload_content"),
                content=content,
                content_type=content_type,
                model=model,
                id=id,
            ),
        )
