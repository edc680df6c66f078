"""MdoHelper: the o + v*m/d formula, its reverse, integral floats from JSON, and refused inputs."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iotclients.core.errors import InvalidArgumentError
from iotclients.iotile import MdoHelper

# Deadlines measure the machine, not the code: a loaded runner must not fail these.
relaxed = settings(deadline=None)


def test_documented_values() -> None:
    mdo = MdoHelper(3, 2, -1)
    assert mdo.compute(5) == 6.5
    assert mdo.compute_reverse(6.5) == 5.0
    assert str(mdo) == "-1.0+3.0x/2.0"
    assert str(MdoHelper(3, 2, 0.5)) == "0.5+3.0x/2.0"
    assert str(MdoHelper(3, 2)) == "3.0x/2.0"
    assert str(MdoHelper(3, 2, 0)) == "3.0x/2.0"


def test_results_are_floats() -> None:
    mdo = MdoHelper(2, 1)
    assert isinstance(mdo.compute(3), float)
    assert isinstance(mdo.compute_reverse(6), float)
    assert MdoHelper().compute(7) == 7.0


def test_integral_floats_from_json_are_accepted() -> None:
    mdo = MdoHelper(m=3785.0, d=1000.0, o=0.0)
    assert (mdo.m, mdo.d, mdo.o) == (3785, 1000, 0.0)
    assert mdo.compute(1000) == 3785.0
    assert mdo == MdoHelper(3785, 1000)
    assert MdoHelper(-2.0, 1).compute(3) == -6.0


def test_none_offset_means_zero() -> None:
    assert MdoHelper(1, 1, None).o == 0.0
    assert MdoHelper(1, 1, None).compute(4) == 4.0


@pytest.mark.parametrize(
    ("kwargs", "argument", "rule"),
    [
        ({"m": 1, "d": 0}, "d", "must not be zero"),
        ({"m": 1, "d": 0.0}, "d", "must not be zero"),
        ({"m": 0, "d": 1}, "m", "must not be zero"),
        ({"m": 1.5, "d": 1}, "m", "non-zero integer"),
        ({"m": 1, "d": 2.5}, "d", "non-zero integer"),
        ({"m": math.inf, "d": 1}, "m", "non-zero integer"),
        ({"m": 1, "d": math.nan}, "d", "non-zero integer"),
        ({"m": True, "d": 1}, "m", "non-zero integer"),
        ({"m": "3", "d": 1}, "m", "non-zero integer"),
        ({"m": None, "d": 1}, "m", "non-zero integer"),
        ({"m": 1, "d": 1, "o": "0.5"}, "o", "must be an int or float"),
        ({"m": 1, "d": 1, "o": math.nan}, "o", "must be finite"),
        ({"m": 1, "d": 1, "o": True}, "o", "must be an int or float"),
    ],
)
def test_invalid_factors(kwargs: dict[str, Any], argument: str, rule: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        MdoHelper(**kwargs)
    assert info.value.argument == argument
    assert rule in info.value.rule


@pytest.mark.parametrize("value", ["5", None, True, math.inf])
def test_invalid_values(value: Any) -> None:
    mdo = MdoHelper(3, 2)
    for method in (mdo.compute, mdo.compute_reverse):
        with pytest.raises(InvalidArgumentError) as info:
            method(value)
        assert info.value.argument == "value"


factors = st.integers(-10_000, 10_000).filter(bool)
offsets = st.floats(-1e6, 1e6, allow_nan=False)
values = st.floats(-1e9, 1e9, allow_nan=False) | st.integers(-(10**9), 10**9)


@relaxed
@given(factors, factors, offsets, values)
def test_formula_and_round_trip(m: int, d: int, o: float, value: float) -> None:
    mdo = MdoHelper(m, d, o)
    assert mdo.compute(value) == o + (float(value) * m) / d
    assert mdo.compute_reverse(value) == ((float(value) - o) * d) / m
    back = mdo.compute_reverse(mdo.compute(value))
    assert math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-6 * (1 + abs(o) * abs(d / m)))
    assert MdoHelper(float(m), float(d), o) == mdo
