"""Multiply/divide/offset ("MDO") conversions, as IOTile Cloud applies them to stream values.

A unit or stream carries ``m``, ``d`` and ``o``; a stored value ``v`` is shown as ``o + v*m/d``
and a shown value goes back with ``(v - o)*d/m``. The server sends ``m`` and ``d`` as JSON
numbers, so integral floats such as ``3785.0`` are accepted; a fractional or zero ``m``/``d`` is
refused, as is ``bool`` (``True`` is far more likely a mistake than a factor of 1).
"""

from __future__ import annotations

import math

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.record import Record

__all__ = ["MdoHelper"]


def _factor(value: object, argument: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentError(
            argument, f"must be a non-zero integer (int or integral float); got {value!r}"
        )
    if isinstance(value, float) and not value.is_integer():
        # is_integer() is also False for inf and nan.
        raise InvalidArgumentError(
            argument, f"must be a non-zero integer (int or integral float); got {value!r}"
        )
    number = int(value)
    if number == 0:
        rule = (
            "must not be zero (it is a divisor)"
            if argument == "d"
            else "must not be zero (values would be lost)"
        )
        raise InvalidArgumentError(argument, rule)
    return number


def _number(value: object, argument: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentError(argument, f"must be an int or float; got {type(value).__name__}")
    result = float(value)
    if not math.isfinite(result):
        raise InvalidArgumentError(argument, f"must be finite; got {value!r}")
    return result


class MdoHelper(Record):
    """Apply (``compute``) or undo (``compute_reverse``) a multiplier, divisor and offset.

    ``m`` and ``d`` are kept as ints, ``o`` as a float (``None`` means 0, no offset); results are
    floats. ``str()`` gives ``'0.5+3.0x/2.0'``, or ``'3.0x/2.0'`` without an offset.
    """

    __slots__ = ("m", "d", "o")  # noqa: RUF023 - the repr reads in formula order

    m: int
    d: int
    o: float

    def __init__(self, m: int | float = 1, d: int | float = 1, o: int | float | None = None) -> None:
        self.m = _factor(m, "m")
        self.d = _factor(d, "d")
        self.o = 0.0 if o is None else _number(o, "o")

    def compute(self, value: int | float) -> float:
        """``o + value*m/d``."""
        # Multiply before dividing, as the server does, so integral inputs stay exact longer.
        return self.o + (_number(value, "value") * self.m) / self.d

    def compute_reverse(self, value: int | float) -> float:
        """``(value - o)*d/m``: the stored value that ``compute`` turns into ``value``."""
        return ((_number(value, "value") - self.o) * self.d) / self.m

    def __str__(self) -> str:
        scale = f"{float(self.m)}x/{float(self.d)}"
        return f"{self.o}+{scale}" if self.o else scale
