"""What ``ProvisionClient`` and ``AsyncProvisionClient`` share: credentials per call, settings,
and the replies that must carry text."""

from __future__ import annotations

from typing import Self

from iotclients.core.client import BaseAPIClient
from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.core.redaction import Secret, register_secret

from . import provision_forms as forms
from ._client import settings

__all__ = ["CIK_HEADER", "TOKEN_HEADER", "ProvisionKeys", "answered", "device_cik"]

CIK_HEADER = "X-Exosite-CIK"
TOKEN_HEADER = "X-Exosite-Token"  # noqa: S105  (a header name)


def answered(text: str | None, what: str) -> str:
    """The text a call must answer with (the spec lets the operation answer 205 without one)."""
    found = (text or "").strip()
    if not found:
        raise APIError(f"the server answered without {what}")
    return found


def device_cik(text: str | None) -> str:
    cik = answered(text, "the device's CIK")
    register_secret(cik)  # a device's key from now on: masked wherever it might be shown
    return cik


class ProvisionKeys(BaseAPIClient):
    """Which credential a call carries, and the settings both clients share."""

    _key: Secret | None
    _key_header: str
    _by_sharecode: bool

    def _setup(
        self, key: str | None, base_url: str | None, manage_by_cik: bool, manage_by_sharecode: bool
    ) -> str:
        """Keep the settings; the base URL to use (the same defaults as ``OnePlatformClient``)."""
        chosen, url = settings(key, base_url)
        self._key = Secret(chosen) if chosen else None
        self._key_header = CIK_HEADER if manage_by_cik else TOKEN_HEADER
        self._by_sharecode = manage_by_sharecode
        return url

    def _auth_headers(self) -> dict[str, str]:
        return {self._key_header: self._key.get()} if self._key else {}

    def _carrying(self, key: Secret | None, header: str) -> Self:
        copy = self._copy_with(self._options)
        copy._key, copy._key_header = key, header
        return copy

    def _managing(self, key: str | None) -> Self:
        """This client, or a copy with ``key`` in the vendor-key header; a key is required."""
        if key is None:
            if self._key is None:
                raise InvalidArgumentError(
                    "key", "is required: pass key=... or give the client a key (or set EXOSITE_CIK)"
                )
            return self
        return self._carrying(Secret(forms.non_empty("key", key)), self._key_header)

    def _as_device(self, argument: str, cik: str | None) -> Self:
        """A copy sending a device's own CIK, whatever the vendor key's header is."""
        if cik is None:
            raise InvalidArgumentError(argument, "is required: the device's CIK")
        return self._carrying(Secret(forms.non_empty(argument, cik)), CIK_HEADER)

    def _anonymous(self) -> Self:
        return self._carrying(None, CIK_HEADER)

    def _template(
        self, argument: str, template: str, aliases: bool, comments: bool, historical: bool
    ) -> dict[str, object]:
        return forms.model_template(
            argument,
            template,
            by_sharecode=self._by_sharecode,
            aliases=aliases,
            comments=comments,
            historical=historical,
        )
