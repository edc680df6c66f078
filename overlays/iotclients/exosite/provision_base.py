"""What ``ProvisionClient`` and ``AsyncProvisionClient`` share: credentials per call, settings,
and the replies that must carry text.

The spec says which credential each operation takes (the ``cik`` or ``token`` scheme for
management, ``cik`` for a device's download, none for activation); a key given for one call or a
device's CIK is supplied for that call only (``core.security.using``), on the client's own
connections.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from iotclients.core.client import BaseAPIClient
from iotclients.core.errors import APIError, InvalidArgumentError
from iotclients.core.redaction import Secret, register_secret
from iotclients.core.security import using

from . import provision_forms as forms
from ._client import settings

__all__ = ["ProvisionKeys", "answered", "device_cik"]

# Security scheme names of specs/exosite-provision.openapi.yaml: a CIK, or a vendor token.
_CIK = "cik"
_TOKEN = "token"  # noqa: S105  (a scheme name)


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
    _key_scheme: str
    _by_sharecode: bool

    def _setup(
        self, key: str | None, base_url: str | None, manage_by_cik: bool, manage_by_sharecode: bool
    ) -> str:
        """Keep the settings; the base URL to use (the same defaults as ``OnePlatformClient``)."""
        chosen, url = settings(key, base_url)
        self._key = Secret(chosen) if chosen else None
        self._key_scheme = _CIK if manage_by_cik else _TOKEN
        self._by_sharecode = manage_by_sharecode
        return url

    def _credential_providers(self) -> Mapping[str, Any]:
        return {self._key_scheme: self._key} if self._key else {}

    def _managing(self, key: str | None) -> contextlib.AbstractContextManager[None]:
        """Calls inside carry ``key`` as the vendor key (the client's own without it); a key is required."""
        if key is None:
            if self._key is None:
                raise InvalidArgumentError(
                    "key", "is required: pass key=... or give the client a key (or set EXOSITE_CIK)"
                )
            return contextlib.nullcontext()
        return using({self._key_scheme: Secret(forms.non_empty("key", key))})

    def _as_device(self, argument: str, cik: str | None) -> contextlib.AbstractContextManager[None]:
        """Calls inside carry a device's own CIK, whatever scheme the vendor key uses."""
        if cik is None:
            raise InvalidArgumentError(argument, "is required: the device's CIK")
        return using({_CIK: Secret(forms.non_empty(argument, cik))})

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
