"""The ``User-Agent`` every client sends.

``iotclients/<version> (<vendor>) python/<version> httpx/<version>``:

Vendors' support desks and API logs then see which library and versions sent a request. A caller
replaces it per client with ``client.with_options(extra_headers={"User-Agent": "..."})``, or
for every client with the ``headers`` a client is built with.
"""

from __future__ import annotations

import functools
import sys
from typing import Final

import httpx

from .. import __version__

__all__ = ["VENDORS", "user_agent", "vendor_of"]

VENDORS: Final = ("oden", "iotile", "iotticket", "exosite")
_PYTHON: Final = "{}.{}.{}".format(*sys.version_info[:3])


@functools.cache
def user_agent(vendor: str | None) -> str:
    """The header value for ``vendor`` (``None``: a client of no particular vendor)."""
    where = f" ({vendor})" if vendor else ""
    return f"iotclients/{__version__}{where} python/{_PYTHON} httpx/{httpx.__version__}"


def vendor_of(client_class: type) -> str | None:
    """The vendor whose package (hand-written or generated) defines ``client_class`` or a base of it."""
    for cls in client_class.__mro__:
        parts = cls.__module__.split(".")
        if len(parts) > 1 and parts[0] in ("iotclients", "iotclients_generated"):
            vendor = parts[1].removesuffix("_provision")
            if vendor in VENDORS:
                return vendor
    return None
