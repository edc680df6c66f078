"""What the generator knows about one API operation, in a form the runtime can act on.

Types are given as zero-argument callables so that building an ``Operation`` imports no models:
``import iotclients.oden`` stays cheap, and models load on the first call that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BatchLimits", "Body", "Operation", "Param", "Reply", "TypeThunk"]

TypeThunk = Callable[[], Any]


@dataclass(frozen=True, slots=True)
class Body:
    argument: str
    content_type: str
    type: TypeThunk


@dataclass(frozen=True, slots=True)
class Param:
    """A path, query or header parameter: the Python argument and its name on the wire."""

    argument: str
    wire_name: str
    location: str  # "path" | "query" | "header"
    required: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    """A documented success response: media types mapped to body types (``None`` = no body)."""

    content: Mapping[str, TypeThunk | None]


@dataclass(frozen=True, slots=True)
class BatchLimits:
    """``x-iotclients-batch``: how much one request may carry."""

    max_items: int
    items: str | None = None
    max_window_days: int | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    method: str
    path: str
    idempotent: bool
    summary: str = ""
    body: Body | None = None
    params: tuple[Param, ...] = ()
    replies: Mapping[int, Reply] = field(default_factory=dict)
    errors: Mapping[int, TypeThunk] = field(default_factory=dict)
    batch: BatchLimits | None = None
