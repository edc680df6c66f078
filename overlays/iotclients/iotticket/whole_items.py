"""Packing whole items into http-adapter bodies of at most 2,048 bytes: telemetry data set samples
(``t_set``), timesignals (``ts``) and device events (``e``). An item is never split, so this is bin
packing; ``bin_packing`` does the packing and gives the lower bound the result is measured against.
Bytes are measured exactly as in ``packing``: each item is encoded once and bodies join them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

from iotclients.core.errors import InvalidArgumentError

from .bin_packing import lower_bound, pack_weights
from .packing import (
    MAX_BODY_BYTES,
    Body,
    DataType,
    PackResult,
    SetSample,
    TimesignalRow,
    _check_name,
    _check_short,
    _check_value,
    _encode,
    _infer_type,
    _is_missing,
    _too_large,
    format_timestamp,
)

__all__ = ["pack_events", "pack_telemetry_set", "pack_timesignals"]


def _pack_atomic(items: list[bytes], opening: bytes, limit: int, what: str) -> PackResult:
    """Bin packing of indivisible fragments (see ``bin_packing``).

    A body holding items of weights w (fragment length + 1 for its separator) fits when
    sum(w) <= limit - envelope + 1, so the bodies are bins of that capacity and the lower bound
    on bins is a lower bound on requests.
    """
    envelope = len(opening) + 2
    for index, item in enumerate(items):
        if envelope + len(item) > limit:
            raise _too_large(f"{what}[{index}]", envelope + len(item), limit)
    payload = sum(map(len, items)) + max(len(items) - 1, 0)
    weights = [len(item) + 1 for item in items]
    capacity = limit - envelope + 1
    members = pack_weights(weights, capacity)
    used = [envelope - 1 + sum(weights[i] for i in chosen) for chosen in members]
    bodies: list[Body] = []
    for filled, chosen in zip(used, members, strict=True):
        chosen.sort()  # items go out in input order inside each body
        content = opening + b",".join(items[i] for i in chosen) + b"]}"
        assert len(content) == filled <= limit, (len(content), filled)
        bodies.append(Body(content, tuple(chosen)))
    bound = lower_bound(weights, capacity)
    return PackResult(tuple(bodies), (), bound, payload)


def pack_telemetry_set(
    set_id: str,
    samples: Iterable[SetSample],
    *,
    data_types: Mapping[str, DataType] | None = None,
    limit: int = MAX_BODY_BYTES,
) -> PackResult:
    """Pack set samples into ``{"t_set": [...]}`` bodies; a sample is never split.

    A set must be complete at every timestamp, so a NaN or ``None`` value raises
    ``InvalidArgumentError`` naming ``samples[i].values[name]`` instead of being dropped.
    """
    _check_name(set_id, "set_id")
    _check_short(set_id, "set_id")
    types = dict(data_types or {})
    items: list[bytes] = []
    for index, sample in enumerate(samples):
        argument = f"samples[{index}]"
        if not isinstance(sample, SetSample):
            raise InvalidArgumentError(argument, "must be a SetSample")
        if not sample.values:
            raise InvalidArgumentError(f"{argument}.values", "must hold at least one value")
        entries: list[dict[str, Any]] = []
        for name, value in sample.values.items():
            where = f"{argument}.values[{name!r}]"
            _check_name(name, where)
            if _is_missing(value):
                raise InvalidArgumentError(where, "a telemetry data set cannot carry NaN or None")
            data_type = types.get(name) or _infer_type(value, where)
            _check_value(value, data_type, where)
            entries.append({"n": name, "dt": data_type, "value": value})
        stamp = format_timestamp(sample.timestamp, f"{argument}.timestamp")
        items.append(_encode({"id": set_id, "ts": stamp, "t": entries}))
    return _pack_atomic(items, b'{"t_set":[', limit, "samples")


def pack_timesignals(signals: Iterable[TimesignalRow], *, limit: int = MAX_BODY_BYTES) -> PackResult:
    """Pack timesignals into ``{"ts": [...]}`` bodies; a timesignal is never split."""
    items: list[bytes] = []
    for index, signal in enumerate(signals):
        argument = f"signals[{index}]"
        if not isinstance(signal, TimesignalRow):
            raise InvalidArgumentError(argument, "must be a TimesignalRow")
        _check_name(signal.name, f"{argument}.name")
        _check_name(signal.signal_id, f"{argument}.signal_id")
        _check_short(signal.signal_id, f"{argument}.signal_id")
        if not isinstance(signal.value, Mapping):
            raise InvalidArgumentError(f"{argument}.value", "must be a JSON object")
        stamp = format_timestamp(signal.timestamp, f"{argument}.timestamp")
        try:
            fragment = _encode({"n": signal.name, "ts": stamp, "id": signal.signal_id, "value": signal.value})
        except (TypeError, msgspec.EncodeError) as error:
            raise InvalidArgumentError(f"{argument}.value", f"not JSON-serialisable: {error}") from None
        items.append(fragment)
    return _pack_atomic(items, b'{"ts":[', limit, "signals")


_EVENT_KEYS = ("id", "m", "ts", "gn", "type", "severity", "active")


def pack_events(events: Iterable[Mapping[str, Any]], *, limit: int = MAX_BODY_BYTES) -> PackResult:
    """Pack device events (``{id, m, ts, gn?, type?, severity?, active?}``) into ``{"e": [...]}``
    bodies; an event is never split. Keys go out in the documented order; ``ts`` may be any
    ``Timestamp`` and is sent in the wire form."""
    items: list[bytes] = []
    for index, event in enumerate(events):
        argument = f"events[{index}]"
        if not isinstance(event, Mapping):
            raise InvalidArgumentError(argument, "must be a dict")
        unknown = sorted(set(event) - set(_EVENT_KEYS))
        if unknown:
            raise InvalidArgumentError(argument, f"unknown keys {unknown}; allowed: {', '.join(_EVENT_KEYS)}")
        for key in ("id", "m", "ts"):
            if key not in event:
                raise InvalidArgumentError(f"{argument}.{key}", "is required")
        wire = {key: event[key] for key in _EVENT_KEYS if key in event and event[key] is not None}
        wire["ts"] = format_timestamp(event["ts"], f"{argument}.ts")
        items.append(_encode(wire))
    return _pack_atomic(items, b'{"e":[', limit, "events")
