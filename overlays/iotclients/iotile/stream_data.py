"""Stream data as iotile-cloud's ``StreamData`` and ``RawData`` read it, plus streaming readers.

``StreamData(stream_id, api).initialize_from_server(lastn=100)`` (``api``: an ``IOTileClient``)
fills ``.data`` with every point of every page (typed ``StreamIdData``, oldest first), as 0.9.14
does, but by following the server's ``next`` links, so a response without results ends the loop
instead of spinning forever. ``iter_stream_data(...)`` yields the same points while holding a single page, for
streams too long for a list; ``to_dataframe()`` needs the ``pandas`` extra.

Times may be given as timezone-aware datetimes (sent in UTC as ``%Y-%m-%dT%H:%M:%SZ``) or as
the server's ISO strings; a naive datetime is refused rather than guessed to be UTC.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from iotclients.core.errors import InvalidArgumentError

from .slugs import IOTileStreamSlug

if TYPE_CHECKING:
    import pandas

    from iotclients_generated.iotile.models import StreamData as StreamDataPoint
    from iotclients_generated.iotile.models import StreamIdData

    from ._client import AsyncIOTileClient, IOTileClient

__all__ = [
    "AsyncRawData",
    "AsyncStreamData",
    "RawData",
    "StreamData",
    "TimeArg",
    "aiter_stream_data",
    "iter_stream_data",
    "stream_dataframe",
    "time_arg",
]

TimeArg: TypeAlias = "datetime.datetime | str | None"
_COLUMNS = ("timestamp", "value", "output_value", "int_value", "display_value", "streamer_local_id")


def time_arg(value: datetime.datetime | str | None, argument: str) -> str | None:
    """A time as the server reads it: aware datetimes in UTC, strings passed through."""
    if value is None or isinstance(value, str):
        if value == "":
            raise InvalidArgumentError(argument, "must be a datetime or a non-empty ISO 8601 string")
        return value
    if not isinstance(value, datetime.datetime):
        raise InvalidArgumentError(argument, "must be a timezone-aware datetime or an ISO 8601 string")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidArgumentError(
            argument, "must be timezone-aware (e.g. tzinfo=datetime.UTC); naive times are ambiguous"
        )
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stream_id(stream_id: IOTileStreamSlug | str) -> str:
    return str(stream_id if isinstance(stream_id, IOTileStreamSlug) else IOTileStreamSlug(stream_id))


def _lastn(lastn: int | None) -> int | None:
    if lastn is not None and (isinstance(lastn, bool) or not isinstance(lastn, int) or lastn < 1):
        raise InvalidArgumentError("lastn", "must be an int >= 1 (the server caps it at 100,000)")
    return lastn


def iter_stream_data(
    client: IOTileClient,
    stream_id: IOTileStreamSlug | str,
    *,
    lastn: int | None = None,
    start: datetime.datetime | str | None = None,
    end: datetime.datetime | str | None = None,
    page_size: int | None = None,
) -> Iterator[StreamIdData]:
    """The points of a stream with ``start <= timestamp < end`` (or the newest ``lastn``), oldest
    first, one page in memory at a time."""
    return client.iter_list_stream_data(**_stream_query(stream_id, lastn, start, end, page_size))


def aiter_stream_data(
    client: AsyncIOTileClient,
    stream_id: IOTileStreamSlug | str,
    *,
    lastn: int | None = None,
    start: datetime.datetime | str | None = None,
    end: datetime.datetime | str | None = None,
    page_size: int | None = None,
) -> AsyncIterator[StreamIdData]:
    """``iter_stream_data`` for the async client (``async for point in aiter_stream_data(...)``)."""
    return client.iter_list_stream_data(**_stream_query(stream_id, lastn, start, end, page_size))


def _stream_query(
    stream_id: IOTileStreamSlug | str,
    lastn: int | None,
    start: datetime.datetime | str | None,
    end: datetime.datetime | str | None,
    page_size: int | None,
) -> dict[str, Any]:
    """The arguments of ``list_stream_data``, checked before anything is sent."""
    return {
        "slug": _stream_id(stream_id),
        "lastn": _lastn(lastn),
        "start": time_arg(start, "start"),
        "end": time_arg(end, "end"),
        "page_size": page_size,
    }


def points_dataframe(points: Any) -> pandas.DataFrame:
    """A DataFrame of stream points (one column per field, timestamps as UTC ``datetime64``)."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe() needs pandas: pip install 'iotclients[pandas]'") from exc
    from iotclients.core.model import UNSET  # with pandas, not with the package

    columns: dict[str, list[Any]] | None = None
    if isinstance(points, list):
        try:
            columns = {name: _column(points, name, UNSET) for name in _COLUMNS}
        except AttributeError:  # points of another shape: read field by field below
            columns = None
    if columns is None:  # an iterator over pages: one pass, keeping values only, never the points
        columns = {name: [] for name in _COLUMNS}
        for point in points:
            for name in _COLUMNS:
                value = getattr(point, name, None)
                columns[name].append(None if value is None or value is UNSET else value)
    frame = pandas.DataFrame(columns)
    frame["timestamp"] = pandas.to_datetime(frame["timestamp"], utc=True)
    return frame


def _column(points: list[Any], name: str, unset: Any) -> list[Any]:
    """One field of every point, read in C (``map``/``attrgetter``); absent values become ``None``."""
    values = list(map(operator.attrgetter(name), points))
    if values.count(unset):  # rare: the server sends every column of a point
        values = [None if value is unset else value for value in values]
    return values


def stream_dataframe(
    api: IOTileClient,
    stream_id: IOTileStreamSlug | str,
    *,
    lastn: int | None = None,
    start: datetime.datetime | str | None = None,
    end: datetime.datetime | str | None = None,
    page_size: int | None = None,
) -> pandas.DataFrame:
    """A stream straight into a DataFrame, page by page: only the columns grow, no point objects
    are kept (for streams too long for ``StreamData.data``)."""
    points = iter_stream_data(api, stream_id, lastn=lastn, start=start, end=end, page_size=page_size)
    return points_dataframe(points)


_Api = TypeVar("_Api", "IOTileClient", "AsyncIOTileClient")


class _StreamPoints(Generic[_Api]):
    """What ``StreamData`` and ``AsyncStreamData`` share: the stream, the client and ``.data``."""

    def __init__(self, stream_id: IOTileStreamSlug | str, api: _Api) -> None:
        self.stream_id: str = _stream_id(stream_id)
        self.api: _Api = api
        self.data: list[StreamIdData] = []

    def to_dataframe(self) -> pandas.DataFrame:
        """``.data`` as a pandas DataFrame."""
        return points_dataframe(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.stream_id!r}, points={len(self.data)})"


class StreamData(_StreamPoints["IOTileClient"]):
    """All the points of one stream, read with ``initialize_from_server`` (iotile-cloud's API)."""

    def initialize_from_server(
        self,
        *,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> None:
        """Replace ``.data`` with every point matching the filters (all pages)."""
        self.data = list(self.iter_stream_data(lastn=lastn, start=start, end=end, page_size=page_size))

    def iter_stream_data(
        self,
        *,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> Iterator[StreamIdData]:
        """The points one page at a time, without keeping them in ``.data``."""
        return iter_stream_data(
            self.api, self.stream_id, lastn=lastn, start=start, end=end, page_size=page_size
        )


class AsyncStreamData(_StreamPoints["AsyncIOTileClient"]):
    """``StreamData`` for the async client: ``await sd.initialize_from_server(lastn=100)``."""

    async def initialize_from_server(
        self,
        *,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> None:
        """Replace ``.data`` with every point matching the filters (all pages)."""
        points = self.iter_stream_data(lastn=lastn, start=start, end=end, page_size=page_size)
        self.data = [point async for point in points]

    def iter_stream_data(
        self,
        *,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[StreamIdData]:
        """The points one page at a time (``async for``), without keeping them in ``.data``."""
        return aiter_stream_data(
            self.api, self.stream_id, lastn=lastn, start=start, end=end, page_size=page_size
        )


def _raw_query(
    filter: str,
    lastn: int | None,
    start: datetime.datetime | str | None,
    end: datetime.datetime | str | None,
    page_size: int | None,
) -> dict[str, Any]:
    """The arguments of ``list_data``, checked before anything is sent."""
    if not isinstance(filter, str) or not filter:
        raise InvalidArgumentError("filter", "is required: a s--, d--, b-- or p-- slug")
    if (_lastn(lastn) or 0) > 100_000:
        raise InvalidArgumentError("lastn", "must be between 1 and 100,000 on data/")
    return {
        "filter_": filter,
        "lastn": lastn,
        "start": time_arg(start, "start"),
        "end": time_arg(end, "end"),
        "page_size": page_size,
    }


class RawData:
    """Points of the streams a ``filter`` names, from ``data/`` (the README's ``StreamRawData``)."""

    def __init__(self, api: IOTileClient) -> None:
        self.api: IOTileClient = api
        self.data: list[StreamDataPoint] = []

    def initialize_from_server(
        self,
        *,
        filter: str,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> None:
        """Replace ``.data`` with every point matching the filters (all pages)."""
        self.data = list(self.api.iter_list_data(**_raw_query(filter, lastn, start, end, page_size)))


class AsyncRawData:
    """``RawData`` for the async client: ``await raw.initialize_from_server(filter=...)``."""

    def __init__(self, api: AsyncIOTileClient) -> None:
        self.api: AsyncIOTileClient = api
        self.data: list[StreamDataPoint] = []

    async def initialize_from_server(
        self,
        *,
        filter: str,
        lastn: int | None = None,
        start: datetime.datetime | str | None = None,
        end: datetime.datetime | str | None = None,
        page_size: int | None = None,
    ) -> None:
        """Replace ``.data`` with every point matching the filters (all pages)."""
        points = self.api.iter_list_data(**_raw_query(filter, lastn, start, end, page_size))
        self.data = [point async for point in points]
