"""``ProvisionClient``: the Exosite Provisioning API (``AsyncProvisionClient`` is in ``provision_async``).

Every operation of ``specs/exosite-provision.openapi.yaml`` is a generated method (``list_models``,
``edit_serial_numbers``, ...; raw text replies); on top of them these clients offer every method
of pyonep's ``Provision`` with its names and parameters, CSV and form replies read into typed rows.
Mutations answer 205 and return ``None``; 4xx replies raise the shared typed errors (409 is
``ConflictError``).

One client sends three kinds of credentials, chosen per call: management calls carry the vendor
key (``X-Exosite-CIK``, or ``X-Exosite-Token`` with ``manage_by_cik=False``; ``key=`` replaces it
for one call), device calls (``content_download``, ``content_info`` with a vendor) carry the
device's CIK in ``X-Exosite-CIK``, and activation carries none, as the spec's security says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import httpx

from iotclients.core.retry import RetryPolicy
from iotclients_generated.exosite_provision.client import GeneratedProvisionClient
from iotclients_generated.exosite_provision.models.read_serial_number_show import ReadSerialNumberShow

from . import provision_forms as forms
from .provision_base import ProvisionKeys, answered, device_cik
from .provision_rows import ContentInfo, LogEntry, ModelInfo, SerialNumber, SerialNumberInfo, lines

__all__ = ["ProvisionClient"]


class ProvisionClient(ProvisionKeys, GeneratedProvisionClient):
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
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
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

    def vendor_register(self, vendor: str, *, key: str | None = None) -> None:
        """Register ``vendor`` for the key's client."""
        with self._managing(key):
            self.register_vendor({"vendor": vendor})

    def vendor_unregister(self, vendor: str, *, key: str | None = None) -> None:
        """Unregister ``vendor``."""
        with self._managing(key):
            self.register_vendor({"vendor": vendor, "delete": "true"})

    def vendor_show(self, *, key: str | None = None) -> str:
        """The vendor name registered for the key."""
        with self._managing(key):
            return self.read_vendor().strip()

    # -- models -----------------------------------------------------------------------------------

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
        fields = {"model": model, **self._template("sharecode", sharecode, aliases, comments, historical)}
        with self._managing(key):
            self.create_model(fields)

    def model_list(self, *, key: str | None = None) -> list[str]:
        """The vendor's model names."""
        with self._managing(key):
            return lines(self.list_models())

    def model_info(self, model: str, *, key: str | None = None) -> ModelInfo:
        """A model's template and options."""
        with self._managing(key):
            return ModelInfo.parse(self.read_model(model))

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
        with self._managing(key):
            self.update_model(self._template("clonerid", clonerid, aliases, comments, historical), model)

    def model_remove(self, model: str, *, key: str | None = None) -> None:
        """Delete a model with its serial numbers and content."""
        with self._managing(key):
            self.delete_model(model)

    # -- serial numbers ---------------------------------------------------------------------------

    def serialnumber_add(
        self, model: str, sn: str, extra: str | None = None, *, key: str | None = None
    ) -> None:
        """Add one serial number (``extra`` is free text kept with it)."""
        fields = {"add": "true", "sn": sn, **({"extra": extra} if extra is not None else {})}
        with self._managing(key):
            self.edit_serial_numbers(fields, model)

    def serialnumber_add_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """Add several serial numbers (``sn[]`` fields)."""
        fields = {"add": "true", "sn_list": forms.serial_numbers("sns", sns)}
        with self._managing(key):
            self.edit_serial_numbers(fields, model)

    def serialnumber_add_batch_csv(
        self, model: str, csv: str | Iterable[Sequence[str]], *, key: str | None = None
    ) -> None:
        """Add serial numbers from ``sn,extra`` lines (text, or rows of ``(sn, extra)``)."""
        with self._managing(key):
            self.edit_serial_numbers(forms.batch_csv(csv), model, content_type="text/csv")

    def serialnumber_list(
        self, model: str, offset: int = 0, limit: int = 1000, status: bool = False, *, key: str | None = None
    ) -> list[SerialNumber]:
        """One page of serial numbers (the server keeps ``limit`` within 5..1000)."""
        with self._managing(key):
            text = self.list_serial_numbers(
                model, offset=offset, limit=limit, status=True if status else None
            )
        return SerialNumber.parse_all(text, status)

    def serialnumber_remove_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        """Remove several serial numbers (the documented ``delete=true`` form)."""
        fields = {"delete": "true", "sn_list": forms.serial_numbers("sns", sns)}
        with self._managing(key):
            self.edit_serial_numbers(fields, model)

    def serialnumber_info(
        self, model: str, sn: str, actvtn_log: bool = False, *, key: str | None = None
    ) -> SerialNumberInfo | list[LogEntry] | None:
        """``status,rid,extra`` (``None`` when never enabled), or the activation log with ``actvtn_log``."""
        if actvtn_log:
            with self._managing(key):
                return LogEntry.parse_all(self.read_serial_number(model, sn, show=ReadSerialNumberShow.LOG))
        with self._managing(key):
            return SerialNumberInfo.parse_reply(self.read_serial_number(model, sn))

    def serialnumber_enable(self, model: str, sn: str, owner: str, *, key: str | None = None) -> str:
        """Enable ``sn`` with a new client under ``owner``; returns that client's RID."""
        with self._managing(key):
            rid = self.update_serial_number({"enable": "true", "owner": forms.rid("owner", owner)}, model, sn)
        return answered(rid, "the new client's RID")

    def serialnumber_reenable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Give the device a new CIK; it must activate again."""
        with self._managing(key):
            self.update_serial_number({"enable": "true"}, model, sn)

    def serialnumber_remap(self, model: str, sn: str, oldsn: str, *, key: str | None = None) -> None:
        """Move ``oldsn``'s client to ``sn``."""
        with self._managing(key):
            self.update_serial_number({"enable": "true", "oldsn": oldsn}, model, sn)

    def serialnumber_disable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Disable ``sn`` (its client's status becomes ``expired``)."""
        with self._managing(key):
            self.update_serial_number({"disable": "true"}, model, sn)

    def serialnumber_remove(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Remove one serial number."""
        with self._managing(key):
            self.delete_serial_number(model, sn)

    def serialnumber_activate(self, model: str, sn: str, vendor: str) -> str:
        """Activate as the device (no key is sent); returns the device's CIK."""
        return device_cik(self.activate_serial_number(forms.activation(vendor, model, sn)))

    # -- content ----------------------------------------------------------------------------------

    def content_create(
        self, model: str, contentid: str, meta: str, protected: bool = False, *, key: str | None = None
    ) -> None:
        """Create a content entity (a named blob slot)."""
        fields = {"id": contentid, "meta": meta, **({"protected": "true"} if protected else {})}
        with self._managing(key):
            self.create_content(fields, model)

    def content_list(self, model: str, *, key: str | None = None) -> list[str]:
        """The content ids of a model."""
        with self._managing(key):
            return lines(self.list_content(model))

    def content_info(
        self, model: str, contentid: str, vendor: str | None = None, *, key: str | None = None
    ) -> ContentInfo:
        """Describe content; with ``vendor`` as a device (``key`` is then the device's CIK)."""
        forms.non_empty("contentid", contentid)
        if vendor is None:
            with self._managing(key):
                return ContentInfo.parse(self.read_content(model, contentid))
        with self._as_device("key", key):
            described = self.download_content(vendor, model, contentid, info=True)
        return ContentInfo.parse(described.decode("utf-8"))

    def content_upload(
        self, model: str, contentid: str, data: bytes, mimetype: str, *, key: str | None = None
    ) -> None:
        """Store a blob; it is served back with ``mimetype``."""
        forms.non_empty("contentid", contentid)
        with self._managing(key):
            self.upload_content(forms.blob(data), model, contentid, content_type=mimetype)

    def content_download(self, cik: str, vendor: str, model: str, contentid: str) -> bytes:
        """A device fetches a blob with its own CIK."""
        forms.non_empty("contentid", contentid)
        with self._as_device("cik", cik):
            return self.download_content(vendor, model, contentid)

    def content_remove(self, model: str, contentid: str, *, key: str | None = None) -> None:
        """Delete a content entity and its blob."""
        forms.non_empty("contentid", contentid)
        with self._managing(key):
            self.delete_content(model, contentid)
