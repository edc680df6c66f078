"""Typed methods for every operation of specs/exosite-provision.openapi.yaml, sync and async. Generated; do not edit.

The vendor facade subclasses these and adds what a spec cannot say (credentials, chunking, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, cast

from iotclients.core.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from iotclients.core.operation import Operation

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
    from .raw_responses import GeneratedAsyncProvisionClientRawResponses, GeneratedProvisionClientRawResponses


@cache
def operation(module: str) -> Operation:
    """The descriptor in ``api/<module>.py``, imported on first use to keep the package import cheap."""
    descriptor: Operation = importlib.import_module(f"{__package__}.api.{module}").OPERATION
    return descriptor


class GeneratedProvisionClient(SyncAPIClient):
    """Every operation of the spec as a typed method (blocking)."""

    @property
    def with_raw_response(self) -> GeneratedProvisionClientRawResponses:
        """Every operation again, returning the whole response: ``status_code``, ``headers``, ``request_id``,
        ``declared_headers`` (the spec's response headers, typed) and ``parsed`` (what the plain call returns)."""
        from .raw_responses import GeneratedProvisionClientRawResponses

        return GeneratedProvisionClientRawResponses(self)

    def activate_serial_number(self, activation: Activation | Mapping[str, Any]) -> str:
        """A device activates its serial number and receives its CIK (unauthenticated).

        ``POST /provision/activate`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("activation.activate_serial_number"), activation=activation))

    def create_content(self, content_create: ContentCreate | Mapping[str, Any], model: str) -> None:
        """Create a content entity (a named blob slot) for a model.

        ``POST /provision/manage/content/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("content.create_content"), content_create=content_create, model=model)

    def create_model(self, model_create: ModelCreate | Mapping[str, Any]) -> None:
        """Create a model from a template client, named by RID or by share code.

        ``POST /provision/manage/model/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.create_model"), model_create=model_create)

    def delete_content(self, model: str, id: str) -> None:
        """Delete a content entity and its blob.

        ``DELETE /provision/manage/content/{model}/{id}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("content.delete_content"), model=model, id=id)

    def delete_model(self, model: str) -> None:
        """Delete a model with its serial numbers and content.

        ``DELETE /provision/manage/model/{model}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.delete_model"), model=model)

    def delete_serial_number(self, model: str, sn: str) -> None:
        """Remove one serial number.

        ``DELETE /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("serial_numbers.delete_serial_number"), model=model, sn=sn)

    def download_content(self, vendor: str, model: str, id: str, *, info: bool | None = None) -> bytes:
        """A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`).

        ``GET /provision/download`` — safe to repeat: retried automatically on transient failures.

        Authenticated with the device's own CIK in `X-Exosite-CIK`.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "bytes",
            self._call(operation("content.download_content"), vendor=vendor, model=model, id=id, info=info),
        )

    def edit_serial_numbers(
        self,
        serial_number_batch: SerialNumberBatch | Mapping[str, Any] | bytes | str,
        model: str,
        *,
        content_type: Literal[
            "application/x-www-form-urlencoded", "text/csv"
        ] = "application/x-www-form-urlencoded",
    ) -> None:
        """Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several.

        ``POST /provision/manage/model/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        The body goes out as ``application/x-www-form-urlencoded``; ``content_type=`` sends it as ``text/csv`` instead.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("serial_numbers.edit_serial_numbers"),
            serial_number_batch=serial_number_batch,
            content_type=content_type,
            model=model,
        )

    def list_content(self, model: str) -> str:
        """List the content ids of a model, one per line.

        ``GET /provision/manage/content/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("content.list_content"), model=model))

    def list_models(self) -> str:
        """List the vendor's model names, one per line.

        ``GET /provision/manage/model/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("models.list_models")))

    def list_serial_numbers(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> str:
        """List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true` (status blank until instantiated).

        ``GET /provision/manage/model/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str",
            self._call(
                operation("serial_numbers.list_serial_numbers"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    def read_content(self, model: str, id: str) -> str:
        """Describe a content entity: `type,size,updated,meta,protected`.

        ``GET /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("content.read_content"), model=model, id=id))

    def read_model(self, model: str) -> str:
        """The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded.

        ``GET /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("models.read_model"), model=model))

    def read_serial_number(
        self, model: str, sn: str, *, show: ReadSerialNumberShow | None = None
    ) -> str | None:
        """A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines).

        ``GET /provision/manage/model/{model}/{sn}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            self._call(operation("serial_numbers.read_serial_number"), model=model, sn=sn, show=show),
        )

    def read_vendor(self) -> str:
        """The vendor name registered for the key.

        ``GET /provision/register`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("vendors.read_vendor")))

    def register_vendor(self, vendor_registration: VendorRegistration | Mapping[str, Any]) -> None:
        """Register a vendor name for the key's client, or with `delete=true` unregister it.

        ``POST /provision/register`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("vendors.register_vendor"), vendor_registration=vendor_registration)

    def update_model(self, model_update: ModelUpdate | Mapping[str, Any], model: str) -> None:
        """Change a model's template client and options.

        ``PUT /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the same update leaves the same model.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.update_model"), model_update=model_update, model=model)

    def update_serial_number(
        self, serial_number_update: SerialNumberUpdate | Mapping[str, Any], model: str, sn: str
    ) -> str | None:
        """Enable (with `owner`: a new client, its RID answered), re-enable (a new CIK), remap from `oldsn`, or disable.

        ``POST /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            self._call(
                operation("serial_numbers.update_serial_number"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    def upload_content(self, content: bytes | str, model: str, id: str, *, content_type: str) -> None:
        """Store the blob of a content entity; its Content-Type is served back on download.

        ``POST /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the blob is replaced, not appended to.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("content.upload_content"),
            content=content,
            content_type=content_type,
            model=model,
            id=id,
        )


class GeneratedAsyncProvisionClient(AsyncAPIClient):
    """Every operation of the spec as a typed coroutine method."""

    @property
    def with_raw_response(self) -> GeneratedAsyncProvisionClientRawResponses:
        """Every operation again, returning the whole response (see ``GeneratedProvisionClient.with_raw_response``)."""
        from .raw_responses import GeneratedAsyncProvisionClientRawResponses

        return GeneratedAsyncProvisionClientRawResponses(self)

    async def activate_serial_number(self, activation: Activation | Mapping[str, Any]) -> str:
        """A device activates its serial number and receives its CIK (unauthenticated).

        ``POST /provision/activate`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str", await self._call(operation("activation.activate_serial_number"), activation=activation)
        )

    async def create_content(self, content_create: ContentCreate | Mapping[str, Any], model: str) -> None:
        """Create a content entity (a named blob slot) for a model.

        ``POST /provision/manage/content/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("content.create_content"), content_create=content_create, model=model)

    async def create_model(self, model_create: ModelCreate | Mapping[str, Any]) -> None:
        """Create a model from a template client, named by RID or by share code.

        ``POST /provision/manage/model/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.create_model"), model_create=model_create)

    async def delete_content(self, model: str, id: str) -> None:
        """Delete a content entity and its blob.

        ``DELETE /provision/manage/content/{model}/{id}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("content.delete_content"), model=model, id=id)

    async def delete_model(self, model: str) -> None:
        """Delete a model with its serial numbers and content.

        ``DELETE /provision/manage/model/{model}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.delete_model"), model=model)

    async def delete_serial_number(self, model: str, sn: str) -> None:
        """Remove one serial number.

        ``DELETE /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("serial_numbers.delete_serial_number"), model=model, sn=sn)

    async def download_content(self, vendor: str, model: str, id: str, *, info: bool | None = None) -> bytes:
        """A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`).

        ``GET /provision/download`` — safe to repeat: retried automatically on transient failures.

        Authenticated with the device's own CIK in `X-Exosite-CIK`.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "bytes",
            await self._call(
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
    ) -> None:
        """Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several.

        ``POST /provision/manage/model/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        The body goes out as ``application/x-www-form-urlencoded``; ``content_type=`` sends it as ``text/csv`` instead.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("serial_numbers.edit_serial_numbers"),
            serial_number_batch=serial_number_batch,
            content_type=content_type,
            model=model,
        )

    async def list_content(self, model: str) -> str:
        """List the content ids of a model, one per line.

        ``GET /provision/manage/content/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("content.list_content"), model=model))

    async def list_models(self) -> str:
        """List the vendor's model names, one per line.

        ``GET /provision/manage/model/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("models.list_models")))

    async def list_serial_numbers(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> str:
        """List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true` (status blank until instantiated).

        ``GET /provision/manage/model/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str",
            await self._call(
                operation("serial_numbers.list_serial_numbers"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    async def read_content(self, model: str, id: str) -> str:
        """Describe a content entity: `type,size,updated,meta,protected`.

        ``GET /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("content.read_content"), model=model, id=id))

    async def read_model(self, model: str) -> str:
        """The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded.

        ``GET /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("models.read_model"), model=model))

    async def read_serial_number(
        self, model: str, sn: str, *, show: ReadSerialNumberShow | None = None
    ) -> str | None:
        """A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines).

        ``GET /provision/manage/model/{model}/{sn}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            await self._call(operation("serial_numbers.read_serial_number"), model=model, sn=sn, show=show),
        )

    async def read_vendor(self) -> str:
        """The vendor name registered for the key.

        ``GET /provision/register`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("vendors.read_vendor")))

    async def register_vendor(self, vendor_registration: VendorRegistration | Mapping[str, Any]) -> None:
        """Register a vendor name for the key's client, or with `delete=true` unregister it.

        ``POST /provision/register`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("vendors.register_vendor"), vendor_registration=vendor_registration)

    async def update_model(self, model_update: ModelUpdate | Mapping[str, Any], model: str) -> None:
        """Change a model's template client and options.

        ``PUT /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the same update leaves the same model.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.update_model"), model_update=model_update, model=model)

    async def update_serial_number(
        self, serial_number_update: SerialNumberUpdate | Mapping[str, Any], model: str, sn: str
    ) -> str | None:
        """Enable (with `owner`: a new client, its RID answered), re-enable (a new CIK), remap from `oldsn`, or disable.

        ``POST /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            await self._call(
                operation("serial_numbers.update_serial_number"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    async def upload_content(self, content: bytes | str, model: str, id: str, *, content_type: str) -> None:
        """Store the blob of a content entity; its Content-Type is served back on download.

        ``POST /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the blob is replaced, not appended to.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("content.upload_content"),
            content=content,
            content_type=content_type,
            model=model,
            id=id,
        )
