"""Building binary streamer reports (the signed list report layout devices upload) for tests."""

from __future__ import annotations

import struct
from collections.abc import Sequence

__all__ = ["binary_report"]

_HEADER = struct.Struct("<BBHLLLBBH")
_READING = struct.Struct("<HHLLL")
_FOOTER_IDS = struct.Struct("<LL")
_SIGNATURE = bytes(16)


def binary_report(
    device: int,
    readings: Sequence[tuple[int, int, int, int]],
    *,
    sent: int,
    report_id: int = 1,
    streamer: int = 0,
    selector: int = 0x57FF,
) -> bytes:
    """A report of ``readings`` given as ``(stream, reading_id, device_timestamp, value)``."""
    length = _HEADER.size + _READING.size * len(readings) + _FOOTER_IDS.size + len(_SIGNATURE)
    header = _HEADER.pack(1, length & 0xFF, length >> 8, device, report_id, sent, 0, streamer, selector)
    body = b"".join(_READING.pack(stream, 0, rid, stamp, value) for stream, rid, stamp, value in readings)
    ids = [rid for _, rid, _, _ in readings]
    footer = _FOOTER_IDS.pack(min(ids, default=0), max(ids, default=0)) + _SIGNATURE
    return header + body + footer
