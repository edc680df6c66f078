"""One API call as the backend sees it, the replies and errors it gives, and DRF pagination."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox.iotile.records import User

__all__ = ["Call", "IOTileError", "Reply", "UploadedFile", "paginate", "parse_time"]


class IOTileError(Exception):
    """An error answer: its status and the JSON body (``{"detail"}``, field errors or a string)."""

    def __init__(self, status: int, payload: Any) -> None:
        super().__init__(f"{status}: {payload}")
        self.status = status
        self.payload = payload

    @classmethod
    def detail(cls, status: int, message: str) -> IOTileError:
        return cls(status, {"detail": message})


@dataclass(frozen=True, slots=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class Call:
    path: Mapping[str, str]
    query: Mapping[str, Sequence[str]]
    body: Any
    user: User | None
    url: Any  # starlette.datastructures.URL: the absolute URL asked for (for next/previous links)
    files: Mapping[str, UploadedFile] = field(default_factory=dict)
    form: Mapping[str, str] = field(default_factory=dict)

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def int_arg(self, name: str) -> int | None:
        text = self.arg(name)
        try:
            return int(text) if text is not None else None
        except ValueError:
            return None

    def require_user(self) -> User:
        if self.user is None:
            raise IOTileError.detail(401, "Authentication credentials were not provided.")
        return self.user


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer: JSON ``payload``, or text when ``media_type`` is not JSON."""

    status: int
    payload: Any = None
    media_type: str = "application/json"


def parse_time(text: str | None, name: str) -> float | None:
    """An ISO 8601 time (``Z``, offsets, fractions, date only) as epoch seconds; naive means UTC."""
    if text is None or text == "":
        return None
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise IOTileError(400, {name: [f"Enter a valid date/time: {text!r}."]}) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def paginate(
    call: Call,
    count: int,
    page_of: Callable[[int, int], Sequence[Any]],
    *,
    default: int,
    maximum: int,
) -> dict[str, Any]:
    """DRF PageNumberPagination: ``page_of(offset, limit)`` builds only the page answered."""
    size = call.int_arg("page_size")
    size = default if size is None or size < 1 else min(size, maximum)
    text = call.arg("page") or "1"
    pages = max(1, math.ceil(count / size))
    try:
        page = int(text)
    except ValueError:
        page = 0
    if not 1 <= page <= pages:
        raise IOTileError.detail(404, "Invalid page.")
    next_url = str(call.url.include_query_params(page=page + 1)) if page < pages else None
    previous: str | None = None
    if page > 1:
        previous = str(
            call.url.remove_query_params("page")
            if page == 2
            else call.url.include_query_params(page=page - 1)
        )
    return {
        "count": count,
        "next": next_url,
        "previous": previous,
        "results": list(page_of((page - 1) * size, size)),
    }


def paginate_list(
    call: Call, items: Sequence[Any], view: Callable[[Any], Any], *, default: int = 100, maximum: int = 1000
) -> dict[str, Any]:
    return paginate(
        call,
        len(items),
        lambda offset, limit: [view(item) for item in items[offset : offset + limit]],
        default=default,
        maximum=maximum,
    )
