"""``ProvisionClient`` and ``AsyncProvisionClient``: the Exosite Provisioning API.

Described by ``specs/exosite-provision.openapi.yaml``. Its form fields named ``sn[]`` and
``options[]`` and its raw blob and CSV bodies are beyond what the OpenAPI generator emits yet, so
the requests are described in ``provision_calls`` and sent here on the shared runtime (timeouts,
retries of safe calls, typed errors, redaction). Mutations answer 205 and return ``None``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import httpx

from iotclients.core.client import AsyncAPIClient, BaseAPIClient, SyncAPIClient
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.operation import Operation
from iotclients.core.redaction import Secret, register_secret
from iotclients.core.retry import RetryPolicy

from .provision_calls import DEVICE, MANAGED, Call, ProvisionCalls
from .provision_rows import ContentInfo, LogEntry, ModelInfo, SerialNumber, SerialNumberInfo

__all__ = ["AsyncProvisionClient", "ProvisionClient"]

DEFAULT_BASE_URL = "https://m2.exosite.com"
T = TypeVar("T")


class _ProvisionBase(BaseAPIClient):
    """Key handling and request building shared by the sync and async clients."""

    _calls: ProvisionCalls

    def _setup(self, key: str | None, manage_by_cik: bool, manage_by_sharecode: bool) -> None:
        chosen = key if key is not None else os.environ.get("EXOSITE_CIK") or None
        self._key = Secret(chosen) if chosen else None
        self._key_header = "X-Exosite-CIK" if manage_by_cik else "X-Exosite-Token"
        self._calls = ProvisionCalls(manage_by_sharecode)

    def _key_headers(self, call: Call[Any], key: str | None) -> dict[str, str]:
        if call.key is None:
            return {}  # activation is unauthenticated: no key header at all
        value = key if key is not None else (self._key.get() if self._key and call.key == MANAGED else None)
        if not value:
            raise InvalidArgumentError("key", "is required: pass key=... or give the client a key")
        register_secret(value)
        return {("X-Exosite-CIK" if call.key == DEVICE else self._key_header): value}

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], key: str | None
    ) -> tuple[Operation, httpx.Request]:
        headers = {**self._headers, **dict(self._options.extra_headers), **self._key_headers(call, key)}
        if call.content_type is not None:
            headers["Content-Type"] = call.content_type
        if call.key == DEVICE:
            headers["Accept"] = "*/*"
        request = http.build_request(
            call.method,
            str(self._base_url).rstrip("/") + call.path,
            params=list(call.query) or None,
            content=call.content,
            headers=headers,
            timeout=self._options.timeout,
        )
        return Operation(call.name, call.method, call.path, call.idempotent), request


class ProvisionClient(_ProvisionBase, SyncAPIClient):
    """Blocking client for the Provisioning API.

    ``key`` (a vendor CIK, or a vendor token with ``manage_by_cik=False``) defaults to
    ``$EXOSITE_CIK``; every management method also takes ``key=`` for one call.
    ``manage_by_sharecode`` makes models name their template by share code instead of RID.
    """

    def __init__(
        self,
        key: str | None = None,
        *,
        base_url: str | None = None,
        manage_by_cik: bool = True,
        manage_by_sharecode: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._setup(key, manage_by_cik, manage_by_sharecode)
        super().__init__(
            base_url=base_url or os.environ.get("EXOSITE_BASE_URL") or DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    def _run(self, call: Call[T], key: str | None) -> T:
        op, request = self._build(self._http, call, key)
        return call.parse(self._send(op, request))

    def vendor_register(self, vendor: str, *, key: str | None = None) -> None:
        """Register ``vendor`` for the key's client."""
        return self._run(self._calls.vendor_register(vendor), key)

    def vendor_unregister(self, vendor: str, *, key: str | None = None) -> None:
        """Unregister ``vendor``."""
        return self._run(self._calls.vendor_unregister(vendor), key)

    def vendor_show(self, *, key: str | None = None) -> str:
        """The vendor name registered for the key."""
        return self._run(self._calls.vendor_show(), key)

    def model_create(
        self,
        model: str,
        sharecode: str,
        aliases: bool = True,
        comments: bool = True,
        historical: bool = True,
        *,
        key: str | None = None,
    ) -> None:
        """Create ``model`` cloned from a template client (a share code with ``manage_by_sharecode``)."""
        return self._run(self._calls.model_create(model, sharecode, aliases, comments, historical), key)

    def model_list(self, *, key: str | None = None) -> list[str]:
        """The vendor's model names."""
        return self._run(self._calls.model_list(), key)

    def model_info(self, model: str, *, key: str | None = None) -> ModelInfo:
        """A model's template and options."""
        return self._run(self._calls.model_info(model), key)

    def model_update(
        self,
        model: str,
        clonerid: str,
        aliases: bool = True,
        comments: bool = True,
        historical: bool = True,
        *,
        key: str | None = None,
    ) -> None:
        """Change a model's template client and options."""
        return self._run(self._calls.model_update(model, clonerid, aliases, comments, historical), key)

    def model_remove(self, model: str, *, key: str | None = None) -> None:
        """Delete a model with its serial numbers and content."""
        return self._run(self._calls.model_remove(model), key)

    def serialnumber_add(
        self, model: str, sn: str, extra: str | None = None, *, key: str | None = None
    ) -> None:
        """Add one serial number (``extra`` is free text kept with it)."""
        return self._run(self._calls.serialnumber_add(model, sn, extra), key)

    def serialnumber_add_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """Add several serial numbers (``sn[]`` fields)."""
        return self._run(self._calls.serialnumber_add_batch(model, sns), key)

    def serialnumber_add_batch_csv(
        self, model: str, csv: str | Iterable[Sequence[str]], *, key: str | None = None
    ) -> None:
        """Add serial numbers from ``sn,extra`` lines (text, or rows of ``(sn, extra)``)."""
        return self._run(self._calls.serialnumber_add_batch_csv(model, csv), key)

    def serialnumber_list(
        self, model: str, offset: int = 0, limit: int = 1000, status: bool = False, *, key: str | None = None
    ) -> list[SerialNumber]:
        """One page of serial numbers (the server keeps ``limit`` within 5..1000)."""
        return self._run(self._calls.serialnumber_list(model, offset, limit, status), key)

    def serialnumber_remove_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """Remove several serial numbers (the documented ``delete=true`` form)."""
        return self._run(self._calls.serialnumber_remove_batch(model, sns), key)

    def serialnumber_enable(self, model: str, sn: str, owner: str, *, key: str | None = None) -> str:
        """Enable ``sn`` with a new client under ``owner``; returns that client's RID."""
        return self._run(self._calls.serialnumber_enable(model, sn, owner), key)

    def serialnumber_reenable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Give the device a new CIK; it must activate again."""
        return self._run(self._calls.serialnumber_reenable(model, sn), key)

    def serialnumber_remap(self, model: str, sn: str, oldsn: str, *, key: str | None = None) -> None:
        """Move ``oldsn``'s client to ``sn``."""
        return self._run(self._calls.serialnumber_remap(model, sn, oldsn), key)

    def serialnumber_disable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Disable ``sn`` (its client's status becomes ``expired``)."""
        return self._run(self._calls.serialnumber_disable(model, sn), key)

    def serialnumber_remove(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Remove one serial number."""
        return self._run(self._calls.serialnumber_remove(model, sn), key)

    def content_create(
        self, model: str, contentid: str, meta: str, protected: bool = False, *, key: str | None = None
    ) -> None:
        """Create a content entity (a named blob slot)."""
        return self._run(self._calls.content_create(model, contentid, meta, protected), key)

    def content_list(self, model: str, *, key: str | None = None) -> list[str]:
        """The content ids of a model."""
        return self._run(self._calls.content_list(model), key)

    def content_upload(
        self, model: str, contentid: str, data: bytes, mimetype: str, *, key: str | None = None
    ) -> None:
        """Store a blob; it is served back with ``mimetype``."""
        return self._run(self._calls.content_upload(model, contentid, data, mimetype), key)

    def content_remove(self, model: str, contentid: str, *, key: str | None = None) -> None:
        """Delete a content entity and its blob."""
        return self._run(self._calls.content_remove(model, contentid), key)

    def serialnumber_info(
        self, model: str, sn: str, actvtn_log: bool = False, *, key: str | None = None
    ) -> SerialNumberInfo | list[LogEntry] | None:
        """``status,rid,extra`` (``None`` when never enabled), or the activation log with ``actvtn_log``."""
        if actvtn_log:
            return self._run(self._calls.serialnumber_log(model, sn), key)
        return self._run(self._calls.serialnumber_info(model, sn), key)

    def serialnumber_activate(self, model: str, sn: str, vendor: str) -> str:
        """Activate as the device (no key is sent); returns the device's CIK."""
        return self._run(self._calls.serialnumber_activate(model, sn, vendor), None)

    def content_info(
        self, model: str, contentid: str, vendor: str | None = None, *, key: str | None = None
    ) -> ContentInfo:
        """Describe content; with ``vendor`` as a device (``key`` is then the device's CIK)."""
        return self._run(self._calls.content_info(model, contentid, vendor), key)

    def content_download(self, cik: str, vendor: str, model: str, contentid: str) -> bytes:
        """A device fetches a blob with its own CIK."""
        return self._run(self._calls.content_download(vendor, model, contentid), cik)


class AsyncProvisionClient(_ProvisionBase, AsyncAPIClient):
    """The ``ProvisionClient`` API as coroutines."""

    def __init__(
        self,
        key: str | None = None,
        *,
        base_url: str | None = None,
        manage_by_cik: bool = True,
        manage_by_sharecode: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._setup(key, manage_by_cik, manage_by_sharecode)
        super().__init__(
            base_url=base_url or os.environ.get("EXOSITE_BASE_URL") or DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    async def _run(self, call: Call[T], key: str | None) -> T:
        op, request = self._build(self._http, call, key)
        return call.parse(await self._send(op, request))

    async def vendor_register(self, vendor: str, *, key: str | None = None) -> None:
        """Register ``vendor`` for the key's client."""
        return await self._run(self._calls.vendor_register(vendor), key)

    async def vendor_unregister(self, vendor: str, *, key: str | None = None) -> None:
        """Unregister ``vendor``."""
        return await self._run(self._calls.vendor_unregister(vendor), key)

    async def vendor_show(self, *, key: str | None = None) -> str:
        """The vendor name registered for the key."""
        return await self._run(self._calls.vendor_show(), key)

    async def model_create(
        self,
        model: str,
        sharecode: str,
        aliases: bool = True,
        comments: bool = True,
        historical: bool = True,
        *,
        key: str | None = None,
    ) -> None:
        """Create ``model`` cloned from a template client (a share code with ``manage_by_sharecode``)."""
        return await self._run(self._calls.model_create(model, sharecode, aliases, comments, historical), key)

    async def model_list(self, *, key: str | None = None) -> list[str]:
        """The vendor's model names."""
        return await self._run(self._calls.model_list(), key)

    async def model_info(self, model: str, *, key: str | None = None) -> ModelInfo:
        """A model's template and options."""
        return await self._run(self._calls.model_info(model), key)

    async def model_update(
        self,
        model: str,
        clonerid: str,
        aliases: bool = True,
        comments: bool = True,
        historical: bool = True,
        *,
        key: str | None = None,
    ) -> None:
        """Change a model's template client and options."""
        return await self._run(self._calls.model_update(model, clonerid, aliases, comments, historical), key)

    async def model_remove(self, model: str, *, key: str | None = None) -> None:
        """Delete a model with its serial numbers and content."""
        return await self._run(self._calls.model_remove(model), key)

    async def serialnumber_add(
        self, model: str, sn: str, extra: str | None = None, *, key: str | None = None
    ) -> None:
        """Add one serial number (``extra`` is free text kept with it)."""
        return await self._run(self._calls.serialnumber_add(model, sn, extra), key)

    async def serialnumber_add_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """Add several serial numbers (``sn[]`` fields)."""
        return await self._run(self._calls.serialnumber_add_batch(model, sns), key)

    async def serialnumber_add_batch_csv(
        self, model: str, csv: str | Iterable[Sequence[str]], *, key: str | None = None
    ) -> None:
        """Add serial numbers from ``sn,extra`` lines (text, or rows of ``(sn, extra)``)."""
        return await self._run(self._calls.serialnumber_add_batch_csv(model, csv), key)

    async def serialnumber_list(
        self, model: str, offset: int = 0, limit: int = 1000, status: bool = False, *, key: str | None = None
    ) -> list[SerialNumber]:
        """One page of serial numbers (the server keeps ``limit`` within 5..1000)."""
        return await self._run(self._calls.serialnumber_list(model, offset, limit, status), key)

    async def serialnumber_remove_batch(
        self, model: str, sns: Iterable[str], *, key: str | None = None
    ) -> None:
        """Remove several serial numbers (the documented ``delete=true`` form)."""
        return await self._run(self._calls.serialnumber_remove_batch(model, sns), key)

    async def serialnumber_enable(self, model: str, sn: str, owner: str, *, key: str | None = None) -> str:
        """Enable ``sn`` with a new client under ``owner``; returns that client's RID."""
        return await self._run(self._calls.serialnumber_enable(model, sn, owner), key)

    async def serialnumber_reenable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Give the device a new CIK; it must activate again."""
        return await self._run(self._calls.serialnumber_reenable(model, sn), key)

    async def serialnumber_remap(self, model: str, sn: str, oldsn: str, *, key: str | None = None) -> None:
        """Move ``oldsn``'s client to ``sn``."""
        return await self._run(self._calls.serialnumber_remap(model, sn, oldsn), key)

    async def serialnumber_disable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Disable ``sn`` (its client's status becomes ``expired``)."""
        return await self._run(self._calls.serialnumber_disable(model, sn), key)

    async def serialnumber_remove(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Remove one serial number."""
        return await self._run(self._calls.serialnumber_remove(model, sn), key)

    async def content_create(
        self, model: str, contentid: str, meta: str, protected: bool = False, *, key: str | None = None
    ) -> None:
        """Create a content entity (a named blob slot)."""
        return await self._run(self._calls.content_create(model, contentid, meta, protected), key)

    async def content_list(self, model: str, *, key: str | None = None) -> list[str]:
        """The content ids of a model."""
        return await self._run(self._calls.content_list(model), key)

    async def content_upload(
        self, model: str, contentid: str, data: bytes, mimetype: str, *, key: str | None = None
    ) -> None:
        """Store a blob; it is served back with ``mimetype``."""
        return await self._run(self._calls.content_upload(model, contentid, data, mimetype), key)

    async def content_remove(self, model: str, contentid: str, *, key: str | None = None) -> None:
        """Delete a content entity and its blob."""
        return await self._run(self._calls.content_remove(model, contentid), key)

    async def serialnumber_info(
        self, model: str, sn: str, actvtn_log: bool = False, *, key: str | None = None
    ) -> SerialNumberInfo | list[LogEntry] | None:
        """``status,rid,extra`` (``None`` when never enabled), or the activation log with ``actvtn_log``."""
        if actvtn_log:
            return await self._run(self._calls.serialnumber_log(model, sn), key)
        return await self._run(self._calls.serialnumber_info(model, sn), key)

    async def serialnumber_activate(self, model: str, sn: str, vendor: str) -> str:
        """Activate as the device (no key is sent); returns the device's CIK."""
        return await self._run(self._calls.serialnumber_activate(model, sn, vendor), None)

    async def content_info(
        self, model: str, contentid: str, vendor: str | None = None, *, key: str | None = None
    ) -> ContentInfo:
        """Describe content; with ``vendor`` as a device (``key`` is then the device's CIK)."""
        return await self._run(self._calls.content_info(model, contentid, vendor), key)

    async def content_download(self, cik: str, vendor: str, model: str, contentid: str) -> bytes:
        """A device fetches a blob with its own CIK."""
        return await self._run(self._calls.content_download(vendor, model, contentid), cik)
