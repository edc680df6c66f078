"""Generic access to any ``/api/v1/`` resource, as iotile-cloud's slumber-style ``Api`` offers it.

``client.api.org.get()`` is ``GET /api/v1/org/``; ``client.api.org(slug).projects.get(page=2)``
is ``GET /api/v1/org/<slug>/projects/?page=2``; ``post``/``put``/``patch`` send JSON and
``delete`` answers ``None``. Each call is an ad-hoc operation run by the client's own runtime,
so timeouts, retries (never for POST once it may have reached the server), typed errors and
token refresh behave as for the typed methods. Answers are plain JSON values (dicts and lists).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from iotclients.core.errors import InvalidArgumentError
from iotclients.core.operation import Body, Operation, Param, Reply

if TYPE_CHECKING:
    from ._client import AsyncIOTileClient, IOTileClient

__all__ = ["AsyncResource", "Resource", "operation_for"]

_JSON = "application/json"
_ANSWERS = {status: Reply({_JSON: lambda: object}) for status in (200, 201, 202)}
_EMPTY = {204: Reply({}), 205: Reply({})}


def _segment(value: object, argument: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise InvalidArgumentError(argument, "must be a non-empty string or an int")
    if value in (".", "..") or "/" in str(value):
        raise InvalidArgumentError(argument, "must be one path segment (no '/', '.' or '..')")
    return quote(str(value), safe="")


def operation_for(method: str, path: str, query: Mapping[str, Any], with_body: bool) -> Operation:
    """The operation one generic call makes (PUT, PATCH, DELETE and GET are safe to repeat)."""
    from iotclients_generated.iotile.security import GLOBAL_SECURITY

    params = tuple(Param(name, name, "query") for name in query)
    body = Body("data", _JSON, lambda: object) if with_body else None
    return Operation(
        name=f"{method.lower()} {path}",
        method=method,
        path=path,
        idempotent=method != "POST",
        params=params,
        body=body,
        replies={**_ANSWERS, **_EMPTY},
        security=GLOBAL_SECURITY,
    )


class _Node:
    __slots__ = ("_client", "_parts")

    def __init__(self, client: IOTileClient | AsyncIOTileClient, parts: tuple[str, ...]) -> None:
        self._client: IOTileClient | AsyncIOTileClient = client
        self._parts: tuple[str, ...] = parts

    @property
    def path(self) -> str:
        return "/" + "/".join(self._parts) + "/"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return type(self)(self._client, (*self._parts, _segment(name, "resource")))

    def __call__(self, id: str | int) -> Any:
        return type(self)(self._client, (*self._parts, _segment(id, "id")))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"

    def _prepare(self, method: str, data: Any, query: Mapping[str, Any]) -> tuple[Operation, dict[str, Any]]:
        with_body = bool(data)  # iotile-cloud sends a body only when data is truthy
        op = operation_for(method, self.path, query, with_body)
        args = dict(query)
        if with_body:
            args["data"] = data
        return op, args


class Resource(_Node):
    """A path under ``/api/v1/`` on a blocking client."""

    def _sync(self) -> IOTileClient:
        from ._client import IOTileClient

        assert isinstance(self._client, IOTileClient)
        return self._client

    def get(self, **query: Any) -> Any:
        op, args = self._prepare("GET", None, query)
        return self._sync()._call(op, **args)

    def post(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("POST", data, query)
        return self._sync()._call(op, **args)

    def put(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("PUT", data, query)
        return self._sync()._call(op, **args)

    def patch(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("PATCH", data, query)
        return self._sync()._call(op, **args)

    def delete(self, data: Any = None, **query: Any) -> None:
        op, args = self._prepare("DELETE", data, query)
        self._sync()._call(op, **args)

    def upload_file(
        self, filename: str | os.PathLike[str], data: Mapping[str, Any] | None = None, **query: Any
    ) -> Any:
        """iotile-cloud's upload: the file in the ``file`` part, ``data`` as form fields, ``query``
        as parameters (``api.streamer.report.upload_file(path, timestamp=...)``)."""
        return self.upload_fp(Path(filename), data, **query)

    def upload_fp(
        self, fp: IO[bytes] | os.PathLike[str], data: Mapping[str, Any] | None = None, **query: Any
    ) -> Any:
        """``upload_file`` from an open binary file."""
        from .uploads import resource_upload

        with contextlib.ExitStack() as files:
            name, body, extra = resource_upload(self.path, fp, data, query, files)
            return getattr(self._sync(), name)(body, **extra).to_dict()


class AsyncResource(_Node):
    """A path under ``/api/v1/`` on an async client (the methods are coroutines)."""

    def _async(self) -> AsyncIOTileClient:
        from ._client import AsyncIOTileClient

        assert isinstance(self._client, AsyncIOTileClient)
        return self._client

    async def get(self, **query: Any) -> Any:
        op, args = self._prepare("GET", None, query)
        return await self._async()._call(op, **args)

    async def post(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("POST", data, query)
        return await self._async()._call(op, **args)

    async def put(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("PUT", data, query)
        return await self._async()._call(op, **args)

    async def patch(self, data: Any = None, **query: Any) -> Any:
        op, args = self._prepare("PATCH", data, query)
        return await self._async()._call(op, **args)

    async def delete(self, data: Any = None, **query: Any) -> None:
        op, args = self._prepare("DELETE", data, query)
        await self._async()._call(op, **args)

    async def upload_file(
        self, filename: str | os.PathLike[str], data: Mapping[str, Any] | None = None, **query: Any
    ) -> Any:
        """See ``Resource.upload_file``."""
        return await self.upload_fp(Path(filename), data, **query)

    async def upload_fp(
        self, fp: IO[bytes] | os.PathLike[str], data: Mapping[str, Any] | None = None, **query: Any
    ) -> Any:
        """See ``Resource.upload_fp``."""
        from .uploads import resource_upload

        with contextlib.ExitStack() as files:
            name, body, extra = resource_upload(self.path, fp, data, query, files)
            return (await getattr(self._async(), name)(body, **extra)).to_dict()
