"""``ProvisionClient``: the Exosite Provisioning API (vendors, models, serial numbers, activation, content).

Described by ``specs/exosite-provision.openapi.yaml``. Its form fields named ``sn[]`` and
``options[]`` and its raw blob and CSV bodies are beyond what the OpenAPI generator emits yet, so
this client builds its requests here, on the shared runtime (timeouts, retries of safe calls, typed
errors, redaction). Replies are parsed into typed rows; mutations answer 205 and return ``None``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from iotclients.core.client import SyncAPIClient
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.operation import Operation
from iotclients.core.redaction import Secret, register_secret
from iotclients.core.retry import RetryPolicy

from .provision_rows import ContentInfo, LogEntry, ModelInfo, SerialNumber, SerialNumberInfo, csv_rows, lines

__all__ = ["ProvisionClient"]

DEFAULT_BASE_URL = "https://m2.exosite.com"
FORM = "application/x-www-form-urlencoded; charset=utf-8"
Fields = Sequence[tuple[str, str]]


def _segment(argument: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(argument, "must be a non-empty string")
    return quote(value, safe="")


def _options(aliases: bool, comments: bool, historical: bool) -> list[tuple[str, str]]:
    # An option names what the clone leaves out.
    flags = (("noaliases", aliases), ("nocomments", comments), ("nohistorical", historical))
    return [("options[]", name) for name, keep in flags if not keep]


class ProvisionClient(SyncAPIClient):
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
        chosen = key if key is not None else os.environ.get("EXOSITE_CIK") or None
        self._key = Secret(chosen) if chosen else None
        self._key_header = "X-Exosite-CIK" if manage_by_cik else "X-Exosite-Token"
        self._by_sharecode = manage_by_sharecode
        super().__init__(
            base_url=base_url or os.environ.get("EXOSITE_BASE_URL") or DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    # -- plumbing ---------------------------------------------------------------------------------

    def _key_headers(self, key: str | None, header: str | None = None) -> dict[str, str]:
        value = key if key is not None else (self._key.get() if self._key else None)
        if not value:
            raise InvalidArgumentError("key", "is required: pass key=... or give the client a key")
        register_secret(value)
        return {header or self._key_header: value}

    def _request(
        self,
        name: str,
        method: str,
        path: str,
        *,
        idempotent: bool,
        headers: Mapping[str, str],
        query: Fields = (),
        form: Fields | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
    ) -> httpx.Response:
        sent = {**self._headers, **dict(self._options.extra_headers), **headers}
        if form is not None:
            content, content_type = urlencode(list(form)).encode("ascii"), FORM
        if content_type is not None:
            sent["Content-Type"] = content_type
        request = self._http.build_request(
            method,
            str(self._base_url).rstrip("/") + path,
            params=list(query) or None,
            content=content,
            headers=sent,
            timeout=self._options.timeout,
        )
        return self._send(Operation(name, method, path, idempotent), request)

    def _manage(self, name: str, method: str, path: str, key: str | None, **kwargs: Any) -> httpx.Response:
        idempotent = kwargs.pop("idempotent", method in ("GET", "PUT"))
        return self._request(
            name, method, path, idempotent=idempotent, headers=self._key_headers(key), **kwargs
        )

    # -- vendors ----------------------------------------------------------------------------------

    def vendor_register(self, vendor: str, *, key: str | None = None) -> None:
        """Register ``vendor`` for the key's client."""
        self._manage("vendor_register", "POST", "/provision/register", key, form=[("vendor", vendor)])

    def vendor_unregister(self, vendor: str, *, key: str | None = None) -> None:
        self._manage(
            "vendor_register",
            "POST",
            "/provision/register",
            key,
            form=[("delete", "true"), ("vendor", vendor)],
        )

    def vendor_show(self, *, key: str | None = None) -> str:
        """The vendor name registered for the key."""
        return self._manage("vendor_show", "GET", "/provision/register", key).text.strip()

    # -- models -----------------------------------------------------------------------------------

    def _template(self, value: str) -> tuple[str, str]:
        return ("code", value) if self._by_sharecode else ("rid", value)

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
        """Create ``model`` cloned from a template client (by share code with ``manage_by_sharecode``)."""
        form = [("model", model), self._template(sharecode), *_options(aliases, comments, historical)]
        self._manage("model_create", "POST", "/provision/manage/model/", key, form=form)

    def model_list(self, *, key: str | None = None) -> list[str]:
        return lines(self._manage("model_list", "GET", "/provision/manage/model/", key).text)

    def model_info(self, model: str, *, key: str | None = None) -> ModelInfo:
        path = f"/provision/manage/model/{_segment('model', model)}"
        return ModelInfo.parse(self._manage("model_info", "GET", path, key).text)

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
        form = [self._template(clonerid), *_options(aliases, comments, historical)]
        path = f"/provision/manage/model/{_segment('model', model)}"
        self._manage("model_update", "PUT", path, key, form=form)

    def model_remove(self, model: str, *, key: str | None = None) -> None:
        self._manage("model_remove", "DELETE", f"/provision/manage/model/{_segment('model', model)}", key)

    # -- serial numbers ---------------------------------------------------------------------------

    def _sns_path(self, model: str) -> str:
        return f"/provision/manage/model/{_segment('model', model)}/"

    def _sn_path(self, model: str, sn: str) -> str:
        return self._sns_path(model) + _segment("sn", sn)

    def serialnumber_add(
        self, model: str, sn: str, extra: str | None = None, *, key: str | None = None
    ) -> None:
        form = [("add", "true"), ("sn", sn), *([("extra", extra)] if extra is not None else [])]
        self._manage("serialnumber_batch", "POST", self._sns_path(model), key, form=form)

    def serialnumber_add_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        form = [("add", "true"), *(("sn[]", _checked_sn(sn)) for sn in sns)]
        self._manage("serialnumber_batch", "POST", self._sns_path(model), key, form=form)

    def serialnumber_add_batch_csv(
        self, model: str, csv: str | Iterable[Sequence[str]], *, key: str | None = None
    ) -> None:
        """Add serial numbers from ``sn,extra`` lines (text, or rows of ``(sn, extra)``)."""
        text = csv if isinstance(csv, str) else "".join(",".join(row) + "\n" for row in csv)
        if not csv_rows(text):
            raise InvalidArgumentError("csv", "must hold at least one sn,extra line")
        body = text.encode("utf-8")
        self._manage(
            "serialnumber_batch", "POST", self._sns_path(model), key, content=body, content_type="text/csv"
        )

    def serialnumber_list(
        self, model: str, offset: int = 0, limit: int = 1000, status: bool = False, *, key: str | None = None
    ) -> list[SerialNumber]:
        """One page of serial numbers (the server keeps ``limit`` within 5..1000)."""
        query = [("offset", str(offset)), ("limit", str(limit)), *([("status", "true")] if status else [])]
        text = self._manage("serialnumber_list", "GET", self._sns_path(model), key, query=query).text
        return [SerialNumber.parse(row, status) for row in csv_rows(text)]

    def serialnumber_remove_batch(self, model: str, sns: Iterable[str], *, key: str | None = None) -> None:
        # The documented field is delete=true (older clients sent remove=true).
        form = [("delete", "true"), *(("sn[]", _checked_sn(sn)) for sn in sns)]
        self._manage("serialnumber_batch", "POST", self._sns_path(model), key, form=form)

    def serialnumber_info(
        self, model: str, sn: str, actvtn_log: bool = False, *, key: str | None = None
    ) -> SerialNumberInfo | list[LogEntry] | None:
        """``status,rid,extra`` (``None`` when never enabled), or the activation log with ``actvtn_log``."""
        query = [("show", "log")] if actvtn_log else []
        response = self._manage("serialnumber_info", "GET", self._sn_path(model, sn), key, query=query)
        if actvtn_log:
            return LogEntry.parse_all(response.text)
        return (
            None
            if response.status_code == 204 or not response.content
            else SerialNumberInfo.parse(response.text)
        )

    def serialnumber_enable(self, model: str, sn: str, owner: str, *, key: str | None = None) -> str:
        """Enable ``sn`` with a new client under ``owner``; returns that client's RID."""
        form = [("enable", "true"), ("owner", owner)]
        return self._manage(
            "serialnumber_update", "POST", self._sn_path(model, sn), key, form=form
        ).text.strip()

    def serialnumber_reenable(self, model: str, sn: str, *, key: str | None = None) -> None:
        """Give the device a new CIK; it must activate again."""
        self._manage("serialnumber_update", "POST", self._sn_path(model, sn), key, form=[("enable", "true")])

    def serialnumber_remap(self, model: str, sn: str, oldsn: str, *, key: str | None = None) -> None:
        form = [("enable", "true"), ("oldsn", oldsn)]
        self._manage("serialnumber_update", "POST", self._sn_path(model, sn), key, form=form)

    def serialnumber_disable(self, model: str, sn: str, *, key: str | None = None) -> None:
        self._manage("serialnumber_update", "POST", self._sn_path(model, sn), key, form=[("disable", "true")])

    def serialnumber_remove(self, model: str, sn: str, *, key: str | None = None) -> None:
        self._manage("serialnumber_remove", "DELETE", self._sn_path(model, sn), key)

    def serialnumber_activate(self, model: str, sn: str, vendor: str) -> str:
        """Activate as the device (no key is sent); returns the device's CIK."""
        form = [("vendor", vendor), ("model", model), ("sn", sn)]
        response = self._request(
            "serialnumber_activate", "POST", "/provision/activate", idempotent=False, headers={}, form=form
        )
        cik = response.text.strip()
        register_secret(cik)
        return cik

    # -- content ----------------------------------------------------------------------------------

    def _content_path(self, model: str, contentid: str | None = None) -> str:
        base = f"/provision/manage/content/{_segment('model', model)}/"
        return base if contentid is None else base + _segment("contentid", contentid)

    def content_create(
        self, model: str, contentid: str, meta: str, protected: bool = False, *, key: str | None = None
    ) -> None:
        form = [("id", contentid), ("meta", meta), *([("protected", "true")] if protected else [])]
        self._manage("content_create", "POST", self._content_path(model), key, form=form)

    def content_list(self, model: str, *, key: str | None = None) -> list[str]:
        return lines(self._manage("content_list", "GET", self._content_path(model), key).text)

    def content_info(
        self, model: str, contentid: str, vendor: str | None = None, *, key: str | None = None
    ) -> ContentInfo:
        """Describe content; with ``vendor`` as a device (``key`` is then the device's CIK)."""
        if vendor is None:
            return ContentInfo.parse(
                self._manage("content_info", "GET", self._content_path(model, contentid), key).text
            )
        query = [("vendor", vendor), ("model", model), ("id", contentid), ("info", "true")]
        headers = self._key_headers(key, "X-Exosite-CIK")
        text = self._request(
            "content_download", "GET", "/provision/download", idempotent=True, headers=headers, query=query
        ).text
        return ContentInfo.parse(text)

    def content_upload(
        self, model: str, contentid: str, data: bytes, mimetype: str, *, key: str | None = None
    ) -> None:
        """Store the blob; it is served back with ``mimetype``."""
        if not isinstance(data, bytes | bytearray):
            raise InvalidArgumentError("data", "must be bytes")
        path = self._content_path(model, contentid)
        self._manage(
            "content_upload", "POST", path, key, content=bytes(data), content_type=mimetype, idempotent=True
        )

    def content_download(self, cik: str, vendor: str, model: str, contentid: str) -> bytes:
        """A device fetches a blob with its own CIK."""
        query = [("vendor", vendor), ("model", model), ("id", contentid)]
        headers = {**self._key_headers(cik, "X-Exosite-CIK"), "Accept": "*/*"}
        return self._request(
            "content_download", "GET", "/provision/download", idempotent=True, headers=headers, query=query
        ).content

    def content_remove(self, model: str, contentid: str, *, key: str | None = None) -> None:
        self._manage("content_remove", "DELETE", self._content_path(model, contentid), key, idempotent=False)


def _checked_sn(sn: str) -> str:
    if not isinstance(sn, str) or not sn:
        raise InvalidArgumentError("sns", "every serial number must be a non-empty string")
    return sn
