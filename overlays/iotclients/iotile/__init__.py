"""IOTile Cloud (Arch Systems): ``IOTileClient`` / ``AsyncIOTileClient``, global id slugs, MDO.

``IOTileClient`` has a typed method per operation of ``specs/iotile.openapi.yaml`` (with
``iter_<list>`` and ``<list>_pages`` iterators for every paginated list), ``login``/``logout``
with automatic JWT renewal, and ``client.api`` for any other resource. ``StreamData``,
``AccumulationReportGenerator``, the upload functions and ``BaseMain`` keep the names of
iotile-cloud 0.9.14 (see ``iotclients.iotile.stream_data``, ``.report``, ``.uploads``, ``.script``);
``AsyncStreamData``, ``AsyncRawData``, ``AsyncAccumulationReportGenerator`` and the ``*_async``
uploads are their twins for ``AsyncIOTileClient``.

``IOTileProjectSlug``, ``IOTileDeviceSlug``, ``IOTileBlockSlug``, ``IOTileVariableSlug``,
``IOTileStreamSlug``, ``IOTileFleetSlug`` and ``IOTileStreamerSlug`` parse and write the ids the
API uses; ``MdoHelper`` applies a multiplier, divisor and offset. Every object is immutable,
equal by value and hashable, and ``Cls(str(slug)) == slug``. Invalid input raises
``iotclients.core.errors.InvalidArgumentError`` (a ``ValueError``) naming the argument and the rule.

How the behaviour of iotile-cloud 0.9.14 was settled (every quirk is either normalised or refused):

========================================  ==============================================================
iotile-cloud 0.9.14                       Here, and why
========================================  ==============================================================
No ``__eq__``: ``==`` compares identity    Equal and hashable by class and slug: slugs are values.
Mutable; ``from_parts`` fills an object    Immutable; ``from_parts`` is a classmethod returning a new one.
``True`` counts as id 1                    ``bool`` refused everywhere: almost always a mistake.
Ints over 48 bits truncated: D(2**48),     Never truncated or wrapped. D keeps all 64 bits (the top 16
D(2**64-1), ``'0x1000000000000'``, B, T    are the block group); P, B, G, T raise when out of range.
Device strings kept verbatim (``'0'``,     Every string is normalised to lowercase 4-hex groups:
``'12345'``, ``'ABCD'``); stream and       ``'12345'`` -> ``d--0000-0000-0001-2345``: one spelling
variable terms kept verbatim               per id, so equal ids compare equal.
Upper-case hex digits (``'p--ABCD'``)      Accepted and written in lower case (hand-typed ids).
``0x``, ``_``, spaces (``int(x, 16)``)     A bare ``0x`` run (``'0x1234'``) is accepted: it reads one
                                          way. ``_``, spaces and other ``0x`` uses are refused.
Upper-case / foreign prefix (``'P--'``)    Refused: the prefix must be exactly the class's letter.
Extra groups dropped (``'1-2-3-4-5'``),    Refused, like empty groups or terms (``'p----0001'``) and
extra terms dropped (``'p--1--2'``),       short groups (``'1-2'``): each would silently name
``'1-2'`` read as ``0x12``                 another id. A term is one hex run or groups of 4.
V: project None/0/'' -> AttributeError     ``None`` (the default) means project 0, the wildcard.
V(full slug, project=7) ignores 7          Raises when ``project`` disagrees with the slug's project.
V local id strings verbatim (``'10000'``,  1..0xffff for ints and strings alike, written as 4 hex.
``'0x5001'``, ``'5'``)
S: prefix unchecked; empty device term     Prefix must be ``s``; an empty project term still means
fails only in ``get_parts``                project 0 (a server form); an empty device term is refused.
S ``get_parts`` and T ``get_device``       Return slug objects; ``str()`` gives the same text.
return strings
S.from_parts ignores the variable's        Raises when the variable's project is non-zero and differs.
own project
B: ``d--`` strings unchecked               Every form is hex-checked; the device part must be
(``'d--zzzz'``, ``'d--0000'``)             non-zero; a ``b--`` string needs all 4 groups.
B: ``block`` wraps (65536, -1); a          ``block`` must be 0..0xffff; a non-zero block group in the
``d--`` block group overrides it           string (always, for ``b--``) must agree with it.
T: device block group dropped; index       Block group must be 0000; index an int 0..0xffff (a str
wraps; index ``'3'`` read as decimal       index was decimal in, hex out). A full ``t--`` slug works.
G: 4 groups keep the right-most 3;         4 groups refused; messages name ``g--`` and the 48-bit limit.
messages mention ``p`` and 16^8
``get_id()`` on V, S, T raises             Defined only where meaningful: P, D, B, G.
MdoHelper: float m/d (``3785.0``) fail;    Integral floats accepted; fractional, zero, non-finite and
bool m/d accepted                          bool m/d refused; a non-number value is refused.
========================================  ==============================================================

Kept as documented: canonical outputs such as ``'p--abc'`` → ``p--0000-0abc``, ``'d--abcd'`` →
``d--0000-0000-0000-abcd``, ``('d--abcd', block=2)`` → ``b--0002-0000-0000-abcd``,
``from_parts(9, 3, '5001')`` → ``s--0000-0009--0000-0000-0000-0003--5001``, fleet 0 accepted,
device ``get_id()`` including the block group, and the MDO formulas and ``str()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .mdo import MdoHelper
from .slugs import (
    IOTileBlockSlug,
    IOTileDeviceSlug,
    IOTileFleetSlug,
    IOTileProjectSlug,
    IOTileStreamerSlug,
    IOTileStreamSlug,
    IOTileVariableSlug,
    StreamParts,
)

if TYPE_CHECKING:
    from iotclients_generated.iotile import models as models

    from ._client import DEFAULT_BASE_URL, AsyncIOTileClient, IOTileClient, NotLoggedInError
    from .report import AccumulationReportGenerator, AsyncAccumulationReportGenerator, ReportResult
    from .script import BaseMain
    from .stream_data import (
        AsyncRawData,
        AsyncStreamData,
        RawData,
        StreamData,
        aiter_stream_data,
        iter_stream_data,
        stream_dataframe,
    )
    from .uploads import (
        UploadProgress,
        upload_event,
        upload_event_async,
        upload_streamer_report,
        upload_streamer_report_async,
    )

_LAZY = {
    "DEFAULT_BASE_URL": "._client",
    "AsyncIOTileClient": "._client",
    "IOTileClient": "._client",
    "NotLoggedInError": "._client",
    "AccumulationReportGenerator": ".report",
    "AsyncAccumulationReportGenerator": ".report",
    "AsyncRawData": ".stream_data",
    "AsyncStreamData": ".stream_data",
    "ReportResult": ".report",
    "BaseMain": ".script",
    "RawData": ".stream_data",
    "StreamData": ".stream_data",
    "iter_stream_data": ".stream_data",
    "UploadProgress": ".uploads",
    "upload_event": ".uploads",
    "upload_streamer_report": ".uploads",
    "upload_event_async": ".uploads",
    "upload_streamer_report_async": ".uploads",
    "aiter_stream_data": ".stream_data",
    "stream_dataframe": ".stream_data",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "AccumulationReportGenerator",
    "AsyncAccumulationReportGenerator",
    "AsyncIOTileClient",
    "AsyncRawData",
    "AsyncStreamData",
    "BaseMain",
    "IOTileBlockSlug",
    "IOTileClient",
    "IOTileDeviceSlug",
    "IOTileFleetSlug",
    "IOTileProjectSlug",
    "IOTileStreamSlug",
    "IOTileStreamerSlug",
    "IOTileVariableSlug",
    "MdoHelper",
    "NotLoggedInError",
    "RawData",
    "ReportResult",
    "StreamData",
    "StreamParts",
    "UploadProgress",
    "aiter_stream_data",
    "iter_stream_data",
    "models",
    "stream_dataframe",
    "upload_event",
    "upload_event_async",
    "upload_streamer_report",
    "upload_streamer_report_async",
]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the slugs alone need neither httpx nor the generated client.
    import importlib

    if name == "models":
        return importlib.import_module("iotclients_generated.iotile.models")
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)
