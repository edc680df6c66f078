"""Binary streamer reports (the signed list report layout real devices upload).

The layout, as iotile-cloud's own mock cloud parses it: a 20-byte header
``<BBHLLLBBH`` (format 1, the total length in a low byte and a high 16-bit word, device id,
report id, device sent timestamp, signature flags, streamer index, streamer selector), then
16-byte readings ``<HHLLL`` (stream id, reserved, reading id, device timestamp, value), then a
24-byte footer (lowest and highest reading id, 16 bytes of signature). The signature is not
checked: the sandbox holds no device keys.
"""

from __future__ import annotations

import struct
from typing import Any, Final

from iotclients_sandbox.iotile.calls import IOTileError

__all__ = ["FOOTER", "HEADER", "READING", "parse_binary_report"]

HEADER: Final = struct.Struct("<BBHLLLBBH")
READING: Final = struct.Struct("<HHLLL")
FOOTER: Final = struct.Struct("<LL16s")
_FORMAT: Final = 1


def parse_binary_report(data: bytes) -> dict[str, Any]:
    """The report in the shape of a v2 JSON report (400 when the bytes do not follow the layout)."""
    if len(data) < HEADER.size + FOOTER.size:
        raise IOTileError(400, {"error": "invalid file length"})
    fmt, len_low, len_high, device, report_id, sent, _flags, streamer, selector = HEADER.unpack_from(data)
    if fmt != _FORMAT:
        raise IOTileError(400, {"error": f"unknown binary report format {fmt} (expected {_FORMAT})"})
    length = (len_high << 8) | len_low
    body = length - HEADER.size - FOOTER.size
    if length != len(data) or body % READING.size:
        raise IOTileError(
            400, {"error": f"the header gives a length of {length} bytes, the file has {len(data)}"}
        )
    lowest, highest, _signature = FOOTER.unpack_from(data, length - FOOTER.size)
    readings = [
        READING.unpack_from(data, offset) for offset in range(HEADER.size, HEADER.size + body, READING.size)
    ]
    return {
        "format": "v2",
        "device": device,
        "streamer_index": streamer,
        "streamer_selector": selector,
        "incremental_id": report_id,
        "device_sent_timestamp": sent,
        "lowest_id": lowest,
        "highest_id": highest,
        "data": [
            {"stream": stream, "streamer_local_id": reading_id, "device_timestamp": timestamp, "value": value}
            for stream, _reserved, reading_id, timestamp, value in readings
        ],
    }
