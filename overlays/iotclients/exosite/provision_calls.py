"""The Provisioning requests, described without I/O: one ``Call`` per method of the seed.

``ProvisionClient`` and ``AsyncProvisionClient`` only send them; building, checking and parsing
live here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar
from urllib.parse import quote, urlencode

import httpx

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.record import Record
from iotclients.core.redaction import register_secret

from .provision_rows import ContentInfo, LogEntry, ModelInfo, SerialNumber, SerialNumberInfo, csv_rows, lines

__all__ = ["Call", "ProvisionCalls"]

T = TypeVar("T")
FORM = "application/x-www-form-urlencoded; charset=utf-8"
Fields = Sequence[tuple[str, str]]

MANAGED = "managed"
"""``Call.key``: the vendor key (CIK or token, as the client is set up)."""
DEVICE = "device"
"""``Call.key``: a device's CIK in ``X-Exosite-CIK``."""


class Call(Record, Generic[T]):
    """One request: where it goes, what it carries, which key it needs, how its reply is read."""

    __slots__ = ("content", "content_type", "idempotent", "key", "method", "name", "parse", "path", "query")

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        parse: Callable[[httpx.Response], T],
        *,
        key: str | None = MANAGED,
        query: Fields = (),
        form: Fields | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        idempotent: bool | None = None,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.parse = parse
        self.key = key
        self.query = query
        if form is not None:
            content, content_type = urlencode(list(form)).encode("ascii"), FORM
        self.content = content
        self.content_type = content_type
        self.idempotent = method in ("GET", "PUT") if idempotent is None else idempotent


def _none(_response: httpx.Response) -> None:
    return None


def _text(response: httpx.Response) -> str:
    return response.text.strip()


def _lines(response: httpx.Response) -> list[str]:
    return lines(response.text)


def _segment(argument: str, value: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(argument, "must be a non-empty string")
    return quote(value, safe="")


def _sns(argument: str, values: Iterable[str]) -> list[tuple[str, str]]:
    fields = [("sn[]", value) for value in values]
    if not fields or any(not isinstance(v, str) or not v for _, v in fields):
        raise InvalidArgumentError(argument, "must be one or more non-empty serial numbers")
    return fields


def _options(aliases: bool, comments: bool, historical: bool) -> list[tuple[str, str]]:
    # An option names what the clone leaves out.
    flags = (("noaliases", aliases), ("nocomments", comments), ("nohistorical", historical))
    return [("options[]", name) for name, keep in flags if not keep]


def _cik(response: httpx.Response) -> str:
    cik = response.text.strip()
    register_secret(cik)
    return cik


def _serial_info(response: httpx.Response) -> SerialNumberInfo | None:
    if response.status_code == 204 or not response.content:
        return None
    return SerialNumberInfo.parse(response.text)


class ProvisionCalls:
    """Every Provisioning request; ``by_sharecode`` names model templates by share code, not RID."""

    def __init__(self, by_sharecode: bool) -> None:
        self.by_sharecode = by_sharecode

    def _template(self, value: str) -> tuple[str, str]:
        return ("code", value) if self.by_sharecode else ("rid", value)

    # -- vendors ----------------------------------------------------------------------------------

    def vendor_register(self, vendor: str) -> Call[None]:
        return Call("vendor_register", "POST", "/provision/register", _none, form=[("vendor", vendor)])

    def vendor_unregister(self, vendor: str) -> Call[None]:
        form = [("delete", "true"), ("vendor", vendor)]
        return Call("vendor_register", "POST", "/provision/register", _none, form=form)

    def vendor_show(self) -> Call[str]:
        return Call("vendor_show", "GET", "/provision/register", _text)

    # -- models -----------------------------------------------------------------------------------

    def model_create(
        self, model: str, sharecode: str, aliases: bool, comments: bool, historical: bool
    ) -> Call[None]:
        form = [("model", model), self._template(sharecode), *_options(aliases, comments, historical)]
        return Call("model_create", "POST", "/provision/manage/model/", _none, form=form)

    def model_list(self) -> Call[list[str]]:
        return Call("model_list", "GET", "/provision/manage/model/", _lines)

    def model_info(self, model: str) -> Call[ModelInfo]:
        path = f"/provision/manage/model/{_segment('model', model)}"
        return Call("model_info", "GET", path, lambda r: ModelInfo.parse(r.text))

    def model_update(
        self, model: str, clonerid: str, aliases: bool, comments: bool, historical: bool
    ) -> Call[None]:
        form = [self._template(clonerid), *_options(aliases, comments, historical)]
        return Call(
            "model_update", "PUT", f"/provision/manage/model/{_segment('model', model)}", _none, form=form
        )

    def model_remove(self, model: str) -> Call[None]:
        return Call("model_remove", "DELETE", f"/provision/manage/model/{_segment('model', model)}", _none)

    # -- serial numbers ---------------------------------------------------------------------------

    @staticmethod
    def _sns_path(model: str) -> str:
        return f"/provision/manage/model/{_segment('model', model)}/"

    def _sn_path(self, model: str, sn: str) -> str:
        return self._sns_path(model) + _segment("sn", sn)

    def serialnumber_add(self, model: str, sn: str, extra: str | None) -> Call[None]:
        form = [("add", "true"), ("sn", sn), *([("extra", extra)] if extra is not None else [])]
        return Call("serialnumber_batch", "POST", self._sns_path(model), _none, form=form)

    def serialnumber_add_batch(self, model: str, sns: Iterable[str]) -> Call[None]:
        form = [("add", "true"), *_sns("sns", sns)]
        return Call("serialnumber_batch", "POST", self._sns_path(model), _none, form=form)

    def serialnumber_add_batch_csv(self, model: str, csv: str | Iterable[Sequence[str]]) -> Call[None]:
        text = csv if isinstance(csv, str) else "".join(",".join(row) + "\n" for row in csv)
        if not csv_rows(text):
            raise InvalidArgumentError("csv", "must hold at least one sn,extra line")
        path = self._sns_path(model)
        return Call("serialnumber_batch", "POST", path, _none, content=text.encode(), content_type="text/csv")

    def serialnumber_list(
        self, model: str, offset: int, limit: int, status: bool
    ) -> Call[list[SerialNumber]]:
        query = [("offset", str(offset)), ("limit", str(limit)), *([("status", "true")] if status else [])]
        parse: Callable[[httpx.Response], list[SerialNumber]] = lambda r: [  # noqa: E731
            SerialNumber.parse(row, status) for row in csv_rows(r.text)
        ]
        return Call("serialnumber_list", "GET", self._sns_path(model), parse, query=query)

    def serialnumber_remove_batch(self, model: str, sns: Iterable[str]) -> Call[None]:
        # The documented field is delete=true (older clients sent remove=true).
        form = [("delete", "true"), *_sns("sns", sns)]
        return Call("serialnumber_batch", "POST", self._sns_path(model), _none, form=form)

    def serialnumber_info(self, model: str, sn: str) -> Call[SerialNumberInfo | None]:
        return Call("serialnumber_info", "GET", self._sn_path(model, sn), _serial_info)

    def serialnumber_log(self, model: str, sn: str) -> Call[list[LogEntry]]:
        path = self._sn_path(model, sn)
        return Call(
            "serialnumber_info", "GET", path, lambda r: LogEntry.parse_all(r.text), query=[("show", "log")]
        )

    def serialnumber_enable(self, model: str, sn: str, owner: str) -> Call[str]:
        form = [("enable", "true"), ("owner", owner)]
        return Call("serialnumber_update", "POST", self._sn_path(model, sn), _text, form=form)

    def serialnumber_reenable(self, model: str, sn: str) -> Call[None]:
        return Call("serialnumber_update", "POST", self._sn_path(model, sn), _none, form=[("enable", "true")])

    def serialnumber_remap(self, model: str, sn: str, oldsn: str) -> Call[None]:
        form = [("enable", "true"), ("oldsn", oldsn)]
        return Call("serialnumber_update", "POST", self._sn_path(model, sn), _none, form=form)

    def serialnumber_disable(self, model: str, sn: str) -> Call[None]:
        return Call(
            "serialnumber_update", "POST", self._sn_path(model, sn), _none, form=[("disable", "true")]
        )

    def serialnumber_remove(self, model: str, sn: str) -> Call[None]:
        return Call("serialnumber_remove", "DELETE", self._sn_path(model, sn), _none)

    def serialnumber_activate(self, model: str, sn: str, vendor: str) -> Call[str]:
        form = [("vendor", vendor), ("model", model), ("sn", sn)]
        return Call("serialnumber_activate", "POST", "/provision/activate", _cik, key=None, form=form)

    # -- content ----------------------------------------------------------------------------------

    @staticmethod
    def _content_path(model: str, contentid: str | None = None) -> str:
        base = f"/provision/manage/content/{_segment('model', model)}/"
        return base if contentid is None else base + _segment("contentid", contentid)

    def content_create(self, model: str, contentid: str, meta: str, protected: bool) -> Call[None]:
        form = [("id", contentid), ("meta", meta), *([("protected", "true")] if protected else [])]
        return Call("content_create", "POST", self._content_path(model), _none, form=form)

    def content_list(self, model: str) -> Call[list[str]]:
        return Call("content_list", "GET", self._content_path(model), _lines)

    def content_info(self, model: str, contentid: str, vendor: str | None) -> Call[ContentInfo]:
        parse: Callable[[httpx.Response], ContentInfo] = lambda r: ContentInfo.parse(r.text)  # noqa: E731
        if vendor is None:
            return Call("content_info", "GET", self._content_path(model, contentid), parse)
        query = [("vendor", vendor), ("model", model), ("id", contentid), ("info", "true")]
        return Call("content_download", "GET", "/provision/download", parse, key=DEVICE, query=query)

    def content_upload(self, model: str, contentid: str, data: bytes, mimetype: str) -> Call[None]:
        if not isinstance(data, bytes | bytearray):
            raise InvalidArgumentError("data", "must be bytes")
        path = self._content_path(model, contentid)
        # Safe to repeat: the blob is replaced, not appended to.
        return Call(
            "content_upload", "POST", path, _none, content=bytes(data), content_type=mimetype, idempotent=True
        )

    def content_download(self, vendor: str, model: str, contentid: str) -> Call[bytes]:
        query = [("vendor", vendor), ("model", model), ("id", contentid)]
        return Call(
            "content_download", "GET", "/provision/download", lambda r: r.content, key=DEVICE, query=query
        )

    def content_remove(self, model: str, contentid: str) -> Call[None]:
        return Call("content_remove", "DELETE", self._content_path(model, contentid), _none)
