"""``AsyncProvisionClient``: the ``ProvisionClient`` API as coroutines (see ``provision``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import httpx

from iotclients.core.retry import RetryPolicy
from iotclients_generated.exosite_provision.client import GeneratedAsyncProvisionClient
from iotclients_generated.exosite_provision.models.read_serial_number_show import ReadSerialNumberShow

from . import provision_forms as forms
from .provision_base import ProvisionKeys, answered, device_cik
from .provision_rows import ContentInfo, LogEntry, ModelInfo, SerialNumber, SerialNumberInfo, lines

__all__ = ["AsyncProvisionClient"]


class AsyncProvisionClient(ProvisionKeys, GeneratedAsyncProvisionClient):
    """The ``ProvisionClient`` API as coroutines (``async with AsyncProvisionClient() as p: ...``)."""

    def __init__(
        self,
        key: str | None = None,
        *,
        base_url: str | None = None,
        manage_by_cik: bool = True,
        manage_by_sharecode: bool = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        url = self._setup(key, base_url, manage_by_cik, manage_by_sharecode)
        super().__init__(
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    # -- vendors ----------------------------------------------------------------------------------

    async def vendor_register(self, vendor: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.vendor_register``."""
        with self._managing(key):
            await self.register_vendor({"vendor": vendor})

    async def vendor_unregister(self, vendor: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.vendor_unregister``."""
        with self._managing(key):
            await self.register_vendor({"vendor": vendor, "delete": "true"})

    async def vendor_show(self, *, key: str | None = None) -> str:
        """See ``ProvisionClient.vendor_show``."""
        with self._managing(key):
            return (await self.read_vendor()).strip()

    # -- models -----------------------------------------------------------------------------------

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
        """See ``ProvisionClient.model_create``."""
        fields = {"model": model, **self._template("sharecode", sharecode, aliases, comments, historical)}
        with self._managing(key):
            await self.create_model(fields)

    async def model_list(self, *, key: str | None = None) -> list[str]:
        """See ``ProvisionClient.model_list``."""
        with self._managing(key):
            return lines(await self.list_models())

    async def model_info(self, model: str, *, key: str | None = None) -> ModelInfo:
        """See ``ProvisionClient.model_info``."""
        with self._managing(key):
            return ModelInfo.parse(await self.read_model(model))

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
        """See ``ProvisionClient.model_update``."""
        with self._managing(key):
            await self.update_model(
                self._template("clonerid", clonerid, aliases, comments, historical), model
            )

    async def model_remove(self, model: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.model_remove``."""
        with self._managing(key):
            await self.delete_model(model)

    # -- serial numbers ---------------------------------------------------------------------------

    async def serialnumber_add(
        self, model: str, sn: str, extra: str | None = None, *, key: str | None = None
    ) -> None:
        """See ``ProvisionClient.serialnumber_add``."""
        fields = {"add": "true", "sn": sn, **({"extra": extra} if extra is not None else {})}
        with self._managing(key):
            await self.edit_serial_numbers(fields, model)

    async def serialnumber_add_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """See ``ProvisionClient.serialnumber_add_batch``."""
        fields = {"add": "true", "sn_list": forms.serial_numbers("sns", sns)}
        with self._managing(key):
            await self.edit_serial_numbers(fields, model)

    async def serialnumber_add_batch_csv(
        self, model: str, csv: str | Iterable[Sequence[str]], *, key: str | None = None
    ) -> None:
        """See ``ProvisionClient.serialnumber_add_batch_csv``."""
        with self._managing(key):
            await self.edit_serial_numbers(forms.batch_csv(csv), model, content_type="text/csv")

    async def serialnumber_list(
        self, model: str, offset: int = 0, limit: int = 1000, status: bool = False, *, key: str | None = None
    ) -> list[SerialNumber]:
        """See ``ProvisionClient.serialnumber_list``."""
        with self._managing(key):
            text = await self.list_serial_numbers(
                model, offset=offset, limit=limit, status=True if status else None
            )
        return SerialNumber.parse_all(text, status)

    async def serialnumber_remove_batch(
        self, model: str, sns: Iterable[str], *, key: str | None = None
    ) -> None:
        """See ``ProvisionClient.serialnumber_remove_batch``."""
        fields = {"delete": "true", "sn_list": forms.serial_numbers("sns", sns)}
        with self._managing(key):
            await self.edit_serial_numbers(fields, model)

    async def serialnumber_info(
        self, model: str, sn: str, actvtn_log: bool = False, *, key: str | None = None
    ) -> SerialNumberInfo | list[LogEntry] | None:
        """See ``ProvisionClient.serialnumber_info``."""
        if actvtn_log:
            with self._managing(key):
                return LogEntry.parse_all(
                    await self.read_serial_number(model, sn, show=ReadSerialNumberShow.LOG)
                )
        with self._managing(key):
            return SerialNumberInfo.parse_reply(await self.read_serial_number(model, sn))

    async def serialnumber_enable(self, model: str, sn: str, owner: str, *, key: str | None = None) -> str:
        """See ``ProvisionClient.serialnumber_enable``."""
        with self._managing(key):
            rid = await self.update_serial_number(
                {"enable": "true", "owner": forms.rid("owner", owner)}, model, sn
            )
        return answered(rid, "the new client's RID")

    async def serialnumber_reenable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.serialnumber_reenable``."""
        with self._managing(key):
            await self.update_serial_number({"enable": "true"}, model, sn)

    async def serialnumber_remap(self, model: str, sn: str, oldsn: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.serialnumber_remap``."""
        with self._managing(key):
            await self.update_serial_number({"enable": "true", "oldsn": oldsn}, model, sn)

    async def serialnumber_disable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.serialnumber_disable``."""
        with self._managing(key):
            await self.update_serial_number({"disable": "true"}, model, sn)

    async def serialnumber_remove(self, model: str, sn: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.serialnumber_remove``."""
        with self._managing(key):
            await self.delete_serial_number(model, sn)

    async def serialnumber_activate(self, model: str, sn: str, vendor: str) -> str:
        """See ``ProvisionClient.serialnumber_activate``."""
        return device_cik(await self.activate_serial_number(forms.activation(vendor, model, sn)))

    # -- content ----------------------------------------------------------------------------------

    async def content_create(
        self, model: str, contentid: str, meta: str, protected: bool = False, *, key: str | None = None
    ) -> None:
        """See ``ProvisionClient.content_create``."""
        fields = {"id": contentid, "meta": meta, **({"protected": "true"} if protected else {})}
        with self._managing(key):
            await self.create_content(fields, model)

    async def content_list(self, model: str, *, key: str | None = None) -> list[str]:
        """See ``ProvisionClient.content_list``."""
        with self._managing(key):
            return lines(await self.list_content(model))

    async def content_info(
        self, model: str, contentid: str, vendor: str | None = None, *, key: str | None = None
    ) -> ContentInfo:
        """See ``ProvisionClient.content_info``."""
        forms.non_empty("contentid", contentid)
        if vendor is None:
            with self._managing(key):
                return ContentInfo.parse(await self.read_content(model, contentid))
        with self._as_device("key", key):
            described = await self.download_content(vendor, model, contentid, info=True)
        return ContentInfo.parse(described.decode("utf-8"))

    async def content_upload(
        self, model: str, contentid: str, data: bytes, mimetype: str, *, key: str | None = None
    ) -> None:
        """See ``ProvisionClient.content_upload``."""
        forms.non_empty("contentid", contentid)
        with self._managing(key):
            await self.upload_content(forms.blob(data), model, contentid, content_type=mimetype)

    async def content_download(self, cik: str, vendor: str, model: str, contentid: str) -> bytes:
        """See ``ProvisionClient.content_download``."""
        forms.non_empty("contentid", contentid)
        with self._as_device("cik", cik):
            return await self.download_content(vendor, model, contentid)

    async def content_remove(self, model: str, contentid: str, *, key: str | None = None) -> None:
        """See ``ProvisionClient.content_remove``."""
        forms.non_empty("contentid", contentid)
        with self._managing(key):
            await self.delete_content(model, contentid)
