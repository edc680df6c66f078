"""Hypothesis builders for the JSON Schema constraints our specs may use, shared by the test kits.

The spec lint accepts any of these on a schema; a kit that ignores one draws values the spec
refuses. Each builder draws only values valid under every constraint it is given.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from typing import Any

from hypothesis import strategies as st

_TEXT_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])

FORMATS: Mapping[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(
        min_value=datetime.datetime(1971, 1, 1),
        max_value=datetime.datetime(2200, 1, 1),
        timezones=st.just(datetime.UTC),
    ).map(lambda moment: moment.isoformat().replace("+00:00", "Z")),
    "date": st.dates(datetime.date(1971, 1, 1), datetime.date(2200, 1, 1)).map(lambda day: day.isoformat()),
    "uuid": st.uuids().map(str),
    "email": st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.test", fullmatch=True),
}


def _within_length(schema: Mapping[str, Any]) -> Callable[[str], bool]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    return lambda text: len(text) >= low and (high is None or len(text) <= high)


def string_values(
    schema: Mapping[str, Any],
    *,
    alphabet: st.SearchStrategy[str] = _TEXT_CHARS,
    formats: Mapping[str, st.SearchStrategy[str]] = FORMATS,
    longest: int = 12,
) -> st.SearchStrategy[str]:
    """``pattern`` (any regex, within the lengths), known ``format``s, ``minLength``/``maxLength``."""
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True).filter(_within_length(schema))
    if schema.get("format") in formats:
        return formats[schema["format"]].filter(_within_length(schema))
    low = int(schema.get("minLength", 0))
    high = max(low, min(int(schema.get("maxLength", longest)), longest))
    return st.text(alphabet, min_size=low, max_size=high)


def _bounds(schema: Mapping[str, Any], low: float, high: float) -> tuple[float, float, bool, bool]:
    exclude_low, exclude_high = "exclusiveMinimum" in schema, "exclusiveMaximum" in schema
    low = schema["exclusiveMinimum"] if exclude_low else schema.get("minimum", low)
    high = schema["exclusiveMaximum"] if exclude_high else schema.get("maximum", high)
    return low, high, exclude_low, exclude_high


def integer_values(schema: Mapping[str, Any], limit: int = 2**31) -> st.SearchStrategy[int]:
    """``minimum``/``maximum``, exclusive or not, and ``multipleOf``."""
    low, high, exclude_low, exclude_high = _bounds(schema, -limit, limit)
    first, last = int(low) + int(exclude_low), int(high) - int(exclude_high)
    step = int(schema.get("multipleOf", 1))
    return st.integers(-(-first // step), last // step).map(lambda n: n * step)


def number_values(schema: Mapping[str, Any], limit: float = 1e9) -> st.SearchStrategy[float]:
    """Finite numbers within ``minimum``/``maximum`` (exclusive or not), on ``multipleOf`` if given."""
    low, high, exclude_low, exclude_high = _bounds(schema, -limit, limit)
    if "multipleOf" in schema:
        step = schema["multipleOf"]
        first = int(-(-low // step)) + int(exclude_low and low % step == 0)
        last = int(high // step) - int(exclude_high and high % step == 0)
        return st.integers(first, last).map(lambda n: n * step)
    return st.floats(
        low, high, exclude_min=exclude_low, exclude_max=exclude_high, allow_nan=False, allow_infinity=False
    )


def list_values(
    schema: Mapping[str, Any], items: st.SearchStrategy[Any], longest: int = 4
) -> st.SearchStrategy[list[Any]]:
    """``minItems``/``maxItems`` and ``uniqueItems`` around the drawn ``items``."""
    low = int(schema.get("minItems", 0))
    high = max(low, min(int(schema.get("maxItems", longest)), longest))
    if schema.get("uniqueItems"):
        return st.lists(items, min_size=low, max_size=high, unique_by=lambda v: json.dumps(v, sort_keys=True))
    return st.lists(items, min_size=low, max_size=high)
