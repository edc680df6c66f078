"""Typed methods for every operation of specs/exosite-provision.openapi.yaml, sync and async. Generated; do not edit.

The vendor facade subclasses these and adds what a spec cannot say (credentials, chunking, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from iotclients.core.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from iotclients.core.operation import Operation

    from .models import (
        Activation,
        ContentCreate,
        ModelCreate,
        ModelUpdate,
        SerialNumberBatch,
        SerialnumberInfoShow,
        SerialNumberUpdate,
        VendorRegistration,
    )


@cache
def operation(module: str) -> Operation:
    """The descriptor in ``api/<module>.py``, imported on first use to keep the package import cheap."""
    descriptor: Operation = importlib.import_module(f"{__package__}.api.{module}").OPERATION
    return descriptor


class GeneratedProvisionClient(SyncAPIClient):
    """Every operation of the spec as a typed method (blocking)."""

    def content_create(self, content_create: ContentCreate | Mapping[str, Any], model: str) -> None:
        """Create a content entity (a named blob slot) for a model.

        ``POST /provision/manage/content/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("content.content_create"), content_create=content_create, model=model)

    def content_download(self, vendor: str, model: str, id: str, *, info: bool | None = None) -> bytes | str:
        """A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`).

        ``GET /provision/download`` — safe to repeat: retried automatically on transient failures.

        Authenticated with the device's own CIK in `X-Exosite-CIK`.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "bytes | str",
            self._call(operation("content.content_download"), vendor=vendor, model=model, id=id, info=info),
        )

    def content_info(self, model: str, id: str) -> str:
        """Describe a content entity: `type,size,updated,meta,protected`.

        ``GET /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("content.content_info"), model=model, id=id))

    def content_list(self, model: str) -> str:
        """List the content ids of a model, one per line.

        ``GET /provision/manage/content/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("content.content_list"), model=model))

    def content_remove(self, model: str, id: str) -> None:
        """Delete a content entity and its blob.

        ``DELETE /provision/manage/content/{model}/{id}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("content.content_remove"), model=model, id=id)

    def content_upload(self, content: bytes | str, model: str, id: str, *, content_type: str) -> None:
        """Store the blob of a content entity; its Content-Type is served back on download.

        ``POST /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the blob is replaced, not appended to.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("content.content_upload"),
            content=content,
            content_type=content_type,
            model=model,
            id=id,
        )

    def model_create(self, model_create: ModelCreate | Mapping[str, Any]) -> None:
        """Create a model from a template client, named by RID or by share code.

        ``POST /provision/manage/model/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.model_create"), model_create=model_create)

    def model_info(self, model: str) -> str:
        """The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded.

        ``GET /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("models.model_info"), model=model))

    def model_list(self) -> str:
        """List the vendor's model names, one per line.

        ``GET /provision/manage/model/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("models.model_list")))

    def model_remove(self, model: str) -> None:
        """Delete a model with its serial numbers and content.

        ``DELETE /provision/manage/model/{model}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.model_remove"), model=model)

    def model_update(self, model_update: ModelUpdate | Mapping[str, Any], model: str) -> None:
        """Change a model's template client and options.

        ``PUT /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the same update leaves the same model.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("models.model_update"), model_update=model_update, model=model)

    def serialnumber_activate(self, activation: Activation | Mapping[str, Any]) -> str:
        """A device activates its serial number and receives its CIK (unauthenticated).

        ``POST /provision/activate`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("activation.serialnumber_activate"), activation=activation))

    def serialnumber_batch(
        self, serial_number_batch: SerialNumberBatch | Mapping[str, Any], model: str
    ) -> None:
        """Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several.

        ``POST /provision/manage/model/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(
            operation("serial_numbers.serialnumber_batch"),
            serial_number_batch=serial_number_batch,
            model=model,
        )

    def serialnumber_info(
        self, model: str, sn: str, *, show: SerialnumberInfoShow | None = None
    ) -> str | None:
        """A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines).

        ``GET /provision/manage/model/{model}/{sn}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            self._call(operation("serial_numbers.serialnumber_info"), model=model, sn=sn, show=show),
        )

    def serialnumber_list(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> str:
        """List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true`.

        ``GET /provision/manage/model/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str",
            self._call(
                operation("serial_numbers.serialnumber_list"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    def serialnumber_remove(self, model: str, sn: str) -> None:
        """Remove one serial number.

        ``DELETE /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("serial_numbers.serialnumber_remove"), model=model, sn=sn)

    def serialnumber_update(
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
                operation("serial_numbers.serialnumber_update"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    def vendor_register(self, vendor_registration: VendorRegistration | Mapping[str, Any]) -> None:
        """Register a vendor name for the key's client, or with `delete=true` unregister it.

        ``POST /provision/register`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        self._call(operation("vendors.vendor_register"), vendor_registration=vendor_registration)

    def vendor_show(self) -> str:
        """The vendor name registered for the key.

        ``GET /provision/register`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", self._call(operation("vendors.vendor_show")))


class GeneratedAsyncProvisionClient(AsyncAPIClient):
    """Every operation of the spec as a typed coroutine method."""

    async def content_create(self, content_create: ContentCreate | Mapping[str, Any], model: str) -> None:
        """Create a content entity (a named blob slot) for a model.

        ``POST /provision/manage/content/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("content.content_create"), content_create=content_create, model=model)

    async def content_download(
        self, vendor: str, model: str, id: str, *, info: bool | None = None
    ) -> bytes | str:
        """A device fetches a content blob (or, with `info=true`, its `type,size,updated,meta`).

        ``GET /provision/download`` — safe to repeat: retried automatically on transient failures.

        Authenticated with the device's own CIK in `X-Exosite-CIK`.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "bytes | str",
            await self._call(
                operation("content.content_download"), vendor=vendor, model=model, id=id, info=info
            ),
        )

    async def content_info(self, model: str, id: str) -> str:
        """Describe a content entity: `type,size,updated,meta,protected`.

        ``GET /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("content.content_info"), model=model, id=id))

    async def content_list(self, model: str) -> str:
        """List the content ids of a model, one per line.

        ``GET /provision/manage/content/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("content.content_list"), model=model))

    async def content_remove(self, model: str, id: str) -> None:
        """Delete a content entity and its blob.

        ``DELETE /provision/manage/content/{model}/{id}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("content.content_remove"), model=model, id=id)

    async def content_upload(self, content: bytes | str, model: str, id: str, *, content_type: str) -> None:
        """Store the blob of a content entity; its Content-Type is served back on download.

        ``POST /provision/manage/content/{model}/{id}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the blob is replaced, not appended to.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("content.content_upload"),
            content=content,
            content_type=content_type,
            model=model,
            id=id,
        )

    async def model_create(self, model_create: ModelCreate | Mapping[str, Any]) -> None:
        """Create a model from a template client, named by RID or by share code.

        ``POST /provision/manage/model/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.model_create"), model_create=model_create)

    async def model_info(self, model: str) -> str:
        """The model's template (`rid=...` or `code=...`) and `options[]=...`, form-encoded.

        ``GET /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("models.model_info"), model=model))

    async def model_list(self) -> str:
        """List the vendor's model names, one per line.

        ``GET /provision/manage/model/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("models.model_list")))

    async def model_remove(self, model: str) -> None:
        """Delete a model with its serial numbers and content.

        ``DELETE /provision/manage/model/{model}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.model_remove"), model=model)

    async def model_update(self, model_update: ModelUpdate | Mapping[str, Any], model: str) -> None:
        """Change a model's template client and options.

        ``PUT /provision/manage/model/{model}`` — safe to repeat: retried automatically on transient failures.

        Safe to repeat: the same update leaves the same model.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("models.model_update"), model_update=model_update, model=model)

    async def serialnumber_activate(self, activation: Activation | Mapping[str, Any]) -> str:
        """A device activates its serial number and receives its CIK (unauthenticated).

        ``POST /provision/activate`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str", await self._call(operation("activation.serialnumber_activate"), activation=activation)
        )

    async def serialnumber_batch(
        self, serial_number_batch: SerialNumberBatch | Mapping[str, Any], model: str
    ) -> None:
        """Add serial numbers (one with `sn` and `extra`, several with `sn[]`, or a CSV of `sn,extra` lines), or remove several.

        ``POST /provision/manage/model/{model}/`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(
            operation("serial_numbers.serialnumber_batch"),
            serial_number_batch=serial_number_batch,
            model=model,
        )

    async def serialnumber_info(
        self, model: str, sn: str, *, show: SerialnumberInfoShow | None = None
    ) -> str | None:
        """A serial number's `status,rid,extra`, or with `show=log` its activation log (`ts,conninfo,entry` lines).

        ``GET /provision/manage/model/{model}/{sn}`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str | None",
            await self._call(operation("serial_numbers.serialnumber_info"), model=model, sn=sn, show=show),
        )

    async def serialnumber_list(
        self, model: str, *, offset: int | None = None, limit: int | None = None, status: bool | None = None
    ) -> str:
        """List serial numbers: `sn,rid,extra`, or `sn,status,rid,extra` with `status=true`.

        ``GET /provision/manage/model/{model}/`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast(
            "str",
            await self._call(
                operation("serial_numbers.serialnumber_list"),
                model=model,
                offset=offset,
                limit=limit,
                status=status,
            ),
        )

    async def serialnumber_remove(self, model: str, sn: str) -> None:
        """Remove one serial number.

        ``DELETE /provision/manage/model/{model}/{sn}`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("serial_numbers.serialnumber_remove"), model=model, sn=sn)

    async def serialnumber_update(
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
                operation("serial_numbers.serialnumber_update"),
                serial_number_update=serial_number_update,
                model=model,
                sn=sn,
            ),
        )

    async def vendor_register(self, vendor_registration: VendorRegistration | Mapping[str, Any]) -> None:
        """Register a vendor name for the key's client, or with `delete=true` unregister it.

        ``POST /provision/register`` — not safe to repeat: never retried once the request may have reached the server.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        await self._call(operation("vendors.vendor_register"), vendor_registration=vendor_registration)

    async def vendor_show(self) -> str:
        """The vendor name registered for the key.

        ``GET /provision/register`` — safe to repeat: retried automatically on transient failures.

        Raises:
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """

        return cast("str", await self._call(operation("vendors.vendor_show")))
