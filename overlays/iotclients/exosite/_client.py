"""The One Platform facade: credentials, base URL, seed-compatible names and the bulk point writer."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Self, overload

import httpx

from iotclients.core.batching import run_plan, run_plan_async
from iotclients.core.client import BaseAPIClient
from iotclients.core.errors import InvalidArgumentError
from iotclients.core.redaction import register_secret
from iotclients.core.retry import RetryPolicy
from iotclients.core.rpc_calls import Pending, normalise_auth
from iotclients.core.rpc_errors import CallError
from iotclients.core.write_results import checked
from iotclients_generated.exosite.client import GeneratedAsyncOnePlatformClient, GeneratedOnePlatformClient

if TYPE_CHECKING:
    from iotclients_generated.exosite.models import AuthLike, GrantOptions, Permissions, Point, Rid

    from . import points as _points

__all__ = ["DEFAULT_BASE_URL", "AsyncOnePlatformClient", "OnePlatformClient"]

DEFAULT_BASE_URL = "https://m2.exosite.com"

_CREATE_TYPES = ("client", "dataport", "datarule", "dispatch", "clone")


def settings(cik: str | None, base_url: str | None) -> tuple[str | None, str]:
    """The key (``$EXOSITE_CIK`` when not given) and base URL every Exosite client starts from."""
    key = cik if cik is not None else os.environ.get("EXOSITE_CIK") or None
    if key is not None:
        register_secret(key)
    return key, base_url or os.environ.get("EXOSITE_BASE_URL") or DEFAULT_BASE_URL


def _create_method(type: str) -> str:
    if type not in _CREATE_TYPES:
        raise InvalidArgumentError("type", f"must be one of {', '.join(_CREATE_TYPES)}, got {type!r}")
    return f"create_{type}"


def _grant_options(options: GrantOptions | Mapping[str, Any] | None, ttl: int | None) -> Any:
    if ttl is None:
        return options
    if options is not None:
        raise InvalidArgumentError("ttl", "give either ttl or options, not both")
    return {"ttl": ttl}


def _wait_options(timeout_ms: int, since: int | None) -> dict[str, Any]:
    return {"timeout": timeout_ms, "since": since}


class _Views(BaseAPIClient):
    """``connect_as``/``connect_owner``: a client acting as a descendant, sharing the connections."""

    _default_auth: dict[str, Any] | None
    _envelope: Any

    def _acting(self, key: str, rid: str) -> Self:
        auth = self._default_auth
        if not auth or ("cik" not in auth and "token" not in auth):
            raise InvalidArgumentError("auth", "connect_as/connect_owner need the client's own CIK or token")
        base = {k: v for k, v in auth.items() if k in ("cik", "token")}
        view = self._copy_with(self._options)
        view._default_auth = normalise_auth(self._envelope, {**base, key: rid})
        return view

    def connect_as(self, rid: str) -> Self:
        """A client acting as descendant client ``rid`` (auth ``{cik, client_id}``)."""
        return self._acting("client_id", rid)

    def connect_owner(self, rid: str) -> Self:
        """A client acting as the owner of resource ``rid`` (auth ``{cik, resource_id}``)."""
        return self._acting("resource_id", rid)


class OnePlatformClient(_Views, GeneratedOnePlatformClient):
    """Blocking client for the Exosite One Platform JSON-RPC API.

    ``cik`` (the default auth of every call) defaults to ``$EXOSITE_CIK``; any call takes
    ``auth=`` (a CIK, ``{"cik", "client_id"}``, ``{"cik", "resource_id"}`` or ``{"token"}``)
    instead. ``base_url`` defaults to ``$EXOSITE_BASE_URL`` or ``https://m2.exosite.com``.
    Calls go ``max_calls_per_request`` per request in batches and deferred sends.
    """

    def __init__(
        self,
        cik: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        max_calls_per_request: int | None = None,
        start_id: int = 0,
        log_requests: bool = False,
        user_agent: str | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        key, url = settings(cik, base_url)
        super().__init__(
            base_url=url,
            auth=key,
            max_calls_per_request=max_calls_per_request,
            start_id=start_id,
            log_requests=log_requests,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            headers={"User-Agent": user_agent} if user_agent else None,
            http_client=http_client,
            transport=transport,
        )

    @overload
    def create(
        self,
        type: str,
        desc: Mapping[str, Any] | Any,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create(
        self, type: str, desc: Mapping[str, Any] | Any, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[Rid]: ...

    def create(
        self, type: str, desc: Mapping[str, Any] | Any, *, auth: AuthLike | None = None, defer: bool = False
    ) -> Rid | Pending[Rid]:
        """Create a ``client``, ``dataport``, ``datarule``, ``dispatch`` or ``clone`` from ``desc``."""
        method = getattr(self, _create_method(type))
        result: Rid | Pending[Rid] = method(desc, auth=auth, defer=defer)
        return result

    @overload
    def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> str: ...

    @overload
    def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[str]: ...

    def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> str | Pending[str]:
        """Make a token for ``permissions`` (RID -> procedures); ``ttl`` (seconds) as in pyonep."""
        opts = _grant_options(options, ttl)
        if defer:
            return super().grant(resource, permissions, opts, auth=auth, defer=True)
        return super().grant(resource, permissions, opts, auth=auth)

    def wait_for(
        self,
        resource: Any,
        *,
        timeout_ms: int = 30000,
        since: int | None = None,
        auth: AuthLike | None = None,
    ) -> Point | None:
        """The next point of ``resource`` newer than ``since``, or ``None`` when ``timeout_ms`` passes."""
        try:
            return self.wait(resource, _wait_options(timeout_ms, since), auth=auth)
        except CallError as error:
            if error.rpc_status == "expire":
                return None
            raise

    def write_points(
        self,
        resource: Any,
        points: Iterable[Sequence[Any]],
        *,
        chunk_size: int | None = None,
        auth: AuthLike | None = None,
        on_progress: _points.ProgressCallback | None = None,
        check: bool = False,
    ) -> _points.WritePointsResult:
        """Record any number of ``[timestamp, value]`` points: all in one request, as the protocol
        allows, or ``chunk_size`` per request.

        Every point is checked before the first request. The result counts the points written,
        lists each rejected one with its index and status (the server's ``invalid``, or why its
        request failed) and, in ``unknown``, each point whose request left without a reply saying
        what happened; recordbatch is not safe to repeat, so a failed request is not resent.
        """
        from . import points as _points

        plan = _points.write_points_plan(points, chunk_size, on_progress)
        return checked(run_plan(plan, lambda chunk: self.recordbatch(resource, chunk, auth=auth)), check)


class AsyncOnePlatformClient(_Views, GeneratedAsyncOnePlatformClient):
    """The ``OnePlatformClient`` API as coroutines (``async with AsyncOnePlatformClient() as op: ...``)."""

    def __init__(
        self,
        cik: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        retry: RetryPolicy | None = None,
        max_calls_per_request: int | None = None,
        start_id: int = 0,
        log_requests: bool = False,
        user_agent: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        key, url = settings(cik, base_url)
        super().__init__(
            base_url=url,
            auth=key,
            max_calls_per_request=max_calls_per_request,
            start_id=start_id,
            log_requests=log_requests,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            retry=retry,
            headers={"User-Agent": user_agent} if user_agent else None,
            http_client=http_client,
            transport=transport,
        )

    @overload
    async def create(
        self,
        type: str,
        desc: Mapping[str, Any] | Any,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create(
        self, type: str, desc: Mapping[str, Any] | Any, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[Rid]: ...

    async def create(
        self, type: str, desc: Mapping[str, Any] | Any, *, auth: AuthLike | None = None, defer: bool = False
    ) -> Rid | Pending[Rid]:
        """See ``OnePlatformClient.create``."""
        method = getattr(self, _create_method(type))
        result: Rid | Pending[Rid] = await method(desc, auth=auth, defer=defer)
        return result

    @overload
    async def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> str: ...

    @overload
    async def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[str]: ...

    async def grant(
        self,
        resource: Any,
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        ttl: int | None = None,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> str | Pending[str]:
        """See ``OnePlatformClient.grant``."""
        opts = _grant_options(options, ttl)
        if defer:
            return await super().grant(resource, permissions, opts, auth=auth, defer=True)
        return await super().grant(resource, permissions, opts, auth=auth)

    async def wait_for(
        self,
        resource: Any,
        *,
        timeout_ms: int = 30000,
        since: int | None = None,
        auth: AuthLike | None = None,
    ) -> Point | None:
        """See ``OnePlatformClient.wait_for``."""
        try:
            return await self.wait(resource, _wait_options(timeout_ms, since), auth=auth)
        except CallError as error:
            if error.rpc_status == "expire":
                return None
            raise

    async def write_points(
        self,
        resource: Any,
        points: Iterable[Sequence[Any]],
        *,
        chunk_size: int | None = None,
        auth: AuthLike | None = None,
        on_progress: _points.ProgressCallback | None = None,
        check: bool = False,
    ) -> _points.WritePointsResult:
        """See ``OnePlatformClient.write_points``."""
        from . import points as _points

        plan = _points.write_points_plan(points, chunk_size, on_progress)

        async def send(chunk: Any) -> None:
            await self.recordbatch(resource, chunk, auth=auth)

        return checked(await run_plan_async(plan, send), check)
