"""Every procedure of specs/exosite.openrpc.yaml as a typed method: sync client, async client and batch.

Generated; do not edit. The vendor facade subclasses the clients and adds credentials and overlays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from iotclients.core.rpc_calls import Pending
from iotclients.core.rpc_client import AsyncRPCClient, Batch, SyncRPCClient

from .procedures import ENVELOPE, procedures

if TYPE_CHECKING:
    from .models import (
        Alias,
        AliasName,
        AuthLike,
        ClientDescription,
        CloneDescription,
        Code,
        CodeType,
        DataportDescription,
        DataruleDescription,
        DispatchDescription,
        FlushOptions,
        GrantOptions,
        Info,
        InfoOptions,
        Listing,
        ListingOptions,
        LookupType,
        MoveOptions,
        Permissions,
        Point,
        ReadOptions,
        ResourceType,
        Rid,
        ShareOptions,
        Timestamp,
        Token,
        UpdateDescription,
        UsageMetric,
        Value,
        WaitOptions,
    )

__all__ = ["GeneratedAsyncOnePlatformClient", "GeneratedOnePlatformBatch", "GeneratedOnePlatformClient"]

_ = (Any, Mapping, Sequence, Literal)  # used in annotations


class GeneratedOnePlatformClient(SyncRPCClient):
    """Every procedure of the spec as a typed method (blocking).

    ``defer=True`` queues a call for ``send_deferred(auth)`` and returns its ``Pending``.
    """

    _envelope = ENVELOPE

    def batch(
        self, *, auth: AuthLike | None = None, max_calls: int | None = None
    ) -> GeneratedOnePlatformBatch:
        """Queue calls in a ``with`` block; they are sent on exit in requests of at most ``max_calls``."""
        return GeneratedOnePlatformBatch(self, auth, max_calls)

    @overload
    def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> list[Point]: ...

    @overload
    def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[list[Point]]: ...

    def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> list[Point] | Pending[list[Point]]:
        """Read points from a dataport.

        With `{}` the newest point is returned. `limit` applies after sorting; `selection`
        samples the window without averaging.

        Procedure ``read``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "list[Point] | Pending[list[Point]]",
            self._rpc(
                procedures()["read"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Write one value to a dataport, timestamped by the server.

        Not safe to repeat: a second write adds a second point.

        Procedure ``write``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            value: A dataport value (its format decides which kind is accepted).

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["write"],
                (
                    resource,
                    value,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Write one value to each of several dataports; all points share one timestamp.

        Procedure ``writegroup``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            entries

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("None | Pending[None]", self._rpc(procedures()["writegroup"], (entries,), auth, defer))

    @overload
    def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Record historical points (deprecated; use recordbatch).

        A negative timestamp means that many seconds before now.

        Deprecated by the vendor.

        Procedure ``record``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries
            options (default ``{}``): Unused; always {}.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``[[timestamp, invalid], ...]``: Some points were rejected; the status is a list naming each rejected point's timestamp
                and why.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["record"],
                (
                    resource,
                    entries,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Record historical points; rejected points come back as `[timestamp, "invalid"]` statuses.

        A negative timestamp means that many seconds before now. Not marked safe to repeat: the
        server's handling of a point recorded twice at one timestamp is not documented. The
        protocol sets no limit on the entries of one call (pyonep sends them all in one), so
        `write_points` sends every point in one call unless given a chunk size.

        Procedure ``recordbatch``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``[[timestamp, invalid], ...]``: Some points were rejected; the status is a list naming each rejected point's timestamp
                and why.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["recordbatch"],
                (
                    resource,
                    entries,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Delete a dataport's points, all of them or those in a window.

        Not safe to repeat: points written between two attempts would be deleted too.

        Procedure ``flush``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (optional)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["flush"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Point: ...

    @overload
    def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Point]: ...

    def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Point | Pending[Point]:
        """Long-poll until a dataport receives a point, or the timeout passes (status `expire`).

        Procedure ``wait``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            RequestTimeoutError: status ``expire``: wait timed out without a new point; not a failure, wait again.
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``error``: listing with an invalid type, or a bad wait.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Point | Pending[Point]",
            self._rpc(
                procedures()["wait"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a client under the caller (or under the given client).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]",
            self._rpc(
                procedures()["create_client"],
                (
                    resource,
                    desc,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a dataport; `format` and `retention` are required.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("Rid | Pending[Rid]", self._rpc(procedures()["create_dataport"], (desc,), auth, defer))

    @overload
    def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a datarule (a dataport whose value is computed by a rule).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("Rid | Pending[Rid]", self._rpc(procedures()["create_datarule"], (desc,), auth, defer))

    @overload
    def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a dispatch (email, HTTP, SMS or XMPP notifications).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("Rid | Pending[Rid]", self._rpc(procedures()["create_dispatch"], (desc,), auth, defer))

    @overload
    def create_clone(
        self,
        desc: CloneDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def create_clone(
        self,
        desc: CloneDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def create_clone(
        self, desc: CloneDescription | Mapping[str, Any], *, auth: AuthLike | None = None, defer: bool = False
    ) -> Rid | Pending[Rid]:
        """Create a copy of a client, named by RID or by share code.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc: Exactly one of `rid` and `code`; the source must be a client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("Rid | Pending[Rid]", self._rpc(procedures()["create_clone"], (desc,), auth, defer))

    @overload
    def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Move a resource to another client in the caller's subhierarchy.

        Procedure ``move``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            destinationresource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{'aliases': True}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["move"],
                (
                    resource,
                    destinationresource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Change a resource's description (not the caller's own; `format` is immutable).

        Not safe to repeat: an update refills the daily `_bucket` allowances of a client.

        Procedure ``update``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc: The keys of a create description to change; limits may not drop below current use.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["update"],
                (
                    resource,
                    desc,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Info: ...

    @overload
    def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Info]: ...

    def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Info | Pending[Info]:
        """Describe a resource; `{}` asks for everything the caller may see.

        Procedure ``info``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``): Which parts to return; `{}` means all the caller may see.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Info | Pending[Info]",
            self._rpc(
                procedures()["info"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Listing: ...

    @overload
    def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Listing]: ...

    def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Listing | Pending[Listing]:
        """List the RIDs of a client's children by type.

        Procedure ``listing``; safe to repeat: retried automatically after transient failures.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            types
            options (default ``{}``): `{}` means owned only.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``error``: listing with an invalid type, or a bad wait.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Listing | Pending[Listing]",
            self._rpc(
                procedures()["listing"],
                (
                    resource,
                    types,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def drop(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def drop(
        self, resource: Rid | Alias | Mapping[str, Any], *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    def drop(
        self, resource: Rid | Alias | Mapping[str, Any], *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Delete a resource and everything below it.

        Not safe to repeat: a second drop of the same RID answers `restricted`.

        Procedure ``drop``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("None | Pending[None]", self._rpc(procedures()["drop"], (resource,), auth, defer))

    @overload
    def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> float: ...

    @overload
    def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[float]: ...

    def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> float | Pending[float]:
        """How much of a metric a client and its subhierarchy used in a time window.

        Procedure ``usage``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            metric
            starttime: Unix seconds; in record entries a negative value means that many seconds before now.
            endtime: Unix seconds; in record entries a negative value means that many seconds before now.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "float | Pending[float]",
            self._rpc(
                procedures()["usage"],
                (
                    resource,
                    metric,
                    starttime,
                    endtime,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Give a resource an alias in the caller.

        Not safe to repeat: mapping an alias that exists answers `invalid`.

        Procedure ``map``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A resource id, 40 lower-case hex characters.
            alias

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["map"],
                (
                    resource,
                    alias,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Remove an alias of a client (the caller by default).

        Procedure ``unmap``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            alias

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["unmap"],
                (
                    client,
                    alias,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Find a RID by alias, by owned resource (its owner) or by share code.

        Procedure ``lookup``; safe to repeat: retried automatically after transient failures.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            type
            mapping: An alias ("" = the client itself), a RID or a share code.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]",
            self._rpc(
                procedures()["lookup"],
                (
                    client,
                    type,
                    mapping,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Code: ...

    @overload
    def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Code]: ...

    def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Code | Pending[Code]:
        """Make a share code for a resource.

        Not safe to repeat: every call makes a new code.

        Procedure ``share``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Code | Pending[Code]",
            self._rpc(
                procedures()["share"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Revoke a share code, or regenerate a client's CIK (the new one must be activated).

        Procedure ``revoke``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["revoke"],
                (
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Activate a client's CIK or a share code for a client (the caller by default).

        Procedure ``activate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["activate"],
                (
                    client,
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Deactivate a client's CIK or a share code activated for a client (the caller by default).

        Procedure ``deactivate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            self._rpc(
                procedures()["deactivate"],
                (
                    client,
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Token: ...

    @overload
    def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Token]: ...

    def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Token | Pending[Token]:
        """Make a token (40 characters) allowing some procedures on some resources (undocumented by the vendor).

        Not safe to repeat: every call makes a new token. `ttl` is taken to be in seconds.

        Procedure ``grant``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            permissions: RID to the list of procedures the token may call on it.
            options (optional)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Token | Pending[Token]",
            self._rpc(
                procedures()["grant"],
                (
                    resource,
                    permissions,
                    options,
                ),
                auth,
                defer,
            ),
        )


class GeneratedAsyncOnePlatformClient(AsyncRPCClient):
    """Every procedure of the spec as a typed coroutine method."""

    _envelope = ENVELOPE

    def batch(
        self, *, auth: AuthLike | None = None, max_calls: int | None = None
    ) -> GeneratedOnePlatformBatch:
        """Queue calls in an ``async with`` block; they are sent on exit."""
        return GeneratedOnePlatformBatch(self, auth, max_calls)

    @overload
    async def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> list[Point]: ...

    @overload
    async def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[list[Point]]: ...

    async def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> list[Point] | Pending[list[Point]]:
        """Read points from a dataport.

        With `{}` the newest point is returned. `limit` applies after sorting; `selection`
        samples the window without averaging.

        Procedure ``read``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "list[Point] | Pending[list[Point]]",
            await self._rpc(
                procedures()["read"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def write(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        value: Value,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Write one value to a dataport, timestamped by the server.

        Not safe to repeat: a second write adds a second point.

        Procedure ``write``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            value: A dataport value (its format decides which kind is accepted).

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["write"],
                (
                    resource,
                    value,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    async def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    async def writegroup(
        self, entries: Sequence[Sequence[Any]], *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Write one value to each of several dataports; all points share one timestamp.

        Procedure ``writegroup``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            entries

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]", await self._rpc(procedures()["writegroup"], (entries,), auth, defer)
        )

    @overload
    async def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Record historical points (deprecated; use recordbatch).

        A negative timestamp means that many seconds before now.

        Deprecated by the vendor.

        Procedure ``record``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries
            options (default ``{}``): Unused; always {}.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``[[timestamp, invalid], ...]``: Some points were rejected; the status is a list naming each rejected point's timestamp
                and why.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["record"],
                (
                    resource,
                    entries,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def recordbatch(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Record historical points; rejected points come back as `[timestamp, "invalid"]` statuses.

        A negative timestamp means that many seconds before now. Not marked safe to repeat: the
        server's handling of a point recorded twice at one timestamp is not documented. The
        protocol sets no limit on the entries of one call (pyonep sends them all in one), so
        `write_points` sends every point in one call unless given a chunk size.

        Procedure ``recordbatch``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``[[timestamp, invalid], ...]``: Some points were rejected; the status is a list naming each rejected point's timestamp
                and why.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["recordbatch"],
                (
                    resource,
                    entries,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Delete a dataport's points, all of them or those in a window.

        Not safe to repeat: points written between two attempts would be deleted too.

        Procedure ``flush``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (optional)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["flush"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Point: ...

    @overload
    async def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Point]: ...

    async def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Point | Pending[Point]:
        """Long-poll until a dataport receives a point, or the timeout passes (status `expire`).

        Procedure ``wait``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            RequestTimeoutError: status ``expire``: wait timed out without a new point; not a failure, wait again.
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``error``: listing with an invalid type, or a bad wait.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Point | Pending[Point]",
            await self._rpc(
                procedures()["wait"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a client under the caller (or under the given client).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]",
            await self._rpc(
                procedures()["create_client"],
                (
                    resource,
                    desc,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def create_dataport(
        self,
        desc: DataportDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a dataport; `format` and `retention` are required.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]", await self._rpc(procedures()["create_dataport"], (desc,), auth, defer)
        )

    @overload
    async def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def create_datarule(
        self,
        desc: DataruleDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a datarule (a dataport whose value is computed by a rule).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]", await self._rpc(procedures()["create_datarule"], (desc,), auth, defer)
        )

    @overload
    async def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def create_dispatch(
        self,
        desc: DispatchDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Create a dispatch (email, HTTP, SMS or XMPP notifications).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]", await self._rpc(procedures()["create_dispatch"], (desc,), auth, defer)
        )

    @overload
    async def create_clone(
        self,
        desc: CloneDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def create_clone(
        self,
        desc: CloneDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def create_clone(
        self, desc: CloneDescription | Mapping[str, Any], *, auth: AuthLike | None = None, defer: bool = False
    ) -> Rid | Pending[Rid]:
        """Create a copy of a client, named by RID or by share code.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc: Exactly one of `rid` and `code`; the source must be a client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("Rid | Pending[Rid]", await self._rpc(procedures()["create_clone"], (desc,), auth, defer))

    @overload
    async def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Move a resource to another client in the caller's subhierarchy.

        Procedure ``move``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            destinationresource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{'aliases': True}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["move"],
                (
                    resource,
                    destinationresource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def update(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        desc: UpdateDescription | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Change a resource's description (not the caller's own; `format` is immutable).

        Not safe to repeat: an update refills the daily `_bucket` allowances of a client.

        Procedure ``update``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc: The keys of a create description to change; limits may not drop below current use.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["update"],
                (
                    resource,
                    desc,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Info: ...

    @overload
    async def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Info]: ...

    async def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Info | Pending[Info]:
        """Describe a resource; `{}` asks for everything the caller may see.

        Procedure ``info``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``): Which parts to return; `{}` means all the caller may see.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Info | Pending[Info]",
            await self._rpc(
                procedures()["info"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Listing: ...

    @overload
    async def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Listing]: ...

    async def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Listing | Pending[Listing]:
        """List the RIDs of a client's children by type.

        Procedure ``listing``; safe to repeat: retried automatically after transient failures.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            types
            options (default ``{}``): `{}` means owned only.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            BadRequestError: status ``error``: listing with an invalid type, or a bad wait.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Listing | Pending[Listing]",
            await self._rpc(
                procedures()["listing"],
                (
                    resource,
                    types,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def drop(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def drop(
        self, resource: Rid | Alias | Mapping[str, Any], *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    async def drop(
        self, resource: Rid | Alias | Mapping[str, Any], *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Delete a resource and everything below it.

        Not safe to repeat: a second drop of the same RID answers `restricted`.

        Procedure ``drop``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast("None | Pending[None]", await self._rpc(procedures()["drop"], (resource,), auth, defer))

    @overload
    async def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> float: ...

    @overload
    async def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[float]: ...

    async def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> float | Pending[float]:
        """How much of a metric a client and its subhierarchy used in a time window.

        Procedure ``usage``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            metric
            starttime: Unix seconds; in record entries a negative value means that many seconds before now.
            endtime: Unix seconds; in record entries a negative value means that many seconds before now.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "float | Pending[float]",
            await self._rpc(
                procedures()["usage"],
                (
                    resource,
                    metric,
                    starttime,
                    endtime,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    async def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    async def map(
        self, resource: Rid, alias: AliasName, *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Give a resource an alias in the caller.

        Not safe to repeat: mapping an alias that exists answers `invalid`.

        Procedure ``map``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A resource id, 40 lower-case hex characters.
            alias

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["map"],
                (
                    resource,
                    alias,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def unmap(
        self,
        alias: AliasName,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Remove an alias of a client (the caller by default).

        Procedure ``unmap``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            alias

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["unmap"],
                (
                    client,
                    alias,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Rid: ...

    @overload
    async def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Rid]: ...

    async def lookup(
        self,
        type: LookupType,
        mapping: str,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Rid | Pending[Rid]:
        """Find a RID by alias, by owned resource (its owner) or by share code.

        Procedure ``lookup``; safe to repeat: retried automatically after transient failures.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            type
            mapping: An alias ("" = the client itself), a RID or a share code.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Rid | Pending[Rid]",
            await self._rpc(
                procedures()["lookup"],
                (
                    client,
                    type,
                    mapping,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Code: ...

    @overload
    async def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Code]: ...

    async def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Code | Pending[Code]:
        """Make a share code for a resource.

        Not safe to repeat: every call makes a new code.

        Procedure ``share``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Code | Pending[Code]",
            await self._rpc(
                procedures()["share"],
                (
                    resource,
                    options,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: Literal[False] = False
    ) -> None: ...

    @overload
    async def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: Literal[True]
    ) -> Pending[None]: ...

    async def revoke(
        self, codetype: CodeType, code: Code, *, auth: AuthLike | None = None, defer: bool = False
    ) -> None | Pending[None]:
        """Revoke a share code, or regenerate a client's CIK (the new one must be activated).

        Procedure ``revoke``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["revoke"],
                (
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def activate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Activate a client's CIK or a share code for a client (the caller by default).

        Procedure ``activate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["activate"],
                (
                    client,
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> None: ...

    @overload
    async def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[None]: ...

    async def deactivate(
        self,
        codetype: CodeType,
        code: Code,
        client: Rid | Alias | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> None | Pending[None]:
        """Deactivate a client's CIK or a share code activated for a client (the caller by default).

        Procedure ``deactivate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            AuthenticationError: status ``noauth``: The caller does not own the client or code.
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "None | Pending[None]",
            await self._rpc(
                procedures()["deactivate"],
                (
                    client,
                    codetype,
                    code,
                ),
                auth,
                defer,
            ),
        )

    @overload
    async def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[False] = False,
    ) -> Token: ...

    @overload
    async def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: Literal[True],
    ) -> Pending[Token]: ...

    async def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
        *,
        auth: AuthLike | None = None,
        defer: bool = False,
    ) -> Token | Pending[Token]:
        """Make a token (40 characters) allowing some procedures on some resources (undocumented by the vendor).

        Not safe to repeat: every call makes a new token. `ttl` is taken to be in seconds.

        Procedure ``grant``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            permissions: RID to the list of procedures the token may call on it.
            options (optional)

        Raises:
            BadRequestError: status ``invalid``: Bad arguments: an unknown alias (most often), a negative limit or starttime, an
                unknown sort, bad flush timestamps, a share or activation code not found, used or
                expired.
            PermissionDeniedError: status ``restricted``: The resource is not owned by or visible to the caller (e.g. dropped).
            LockedError: status ``locked``: The calling client's description has locked=true; every call answers this.
            RequestRejectedError: the whole request was refused (bad JSON, credentials or envelope).
            APIConnectionError: the server could not be reached (APITimeoutError on timeouts).
        """
        return cast(
            "Token | Pending[Token]",
            await self._rpc(
                procedures()["grant"],
                (
                    resource,
                    permissions,
                    options,
                ),
                auth,
                defer,
            ),
        )


class GeneratedOnePlatformBatch(Batch):
    """The procedures as queueing methods: each returns a ``Pending`` settled when the batch is sent."""

    def read(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ReadOptions | Mapping[str, Any] | None = None,
    ) -> Pending[list[Point]]:
        """Read points from a dataport.

        With `{}` the newest point is returned. `limit` applies after sorting; `selection`
        samples the window without averaging.

        Procedure ``read``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["read"],
            (
                resource,
                options,
            ),
        )

    def write(self, resource: Rid | Alias | Mapping[str, Any], value: Value) -> Pending[None]:
        """Write one value to a dataport, timestamped by the server.

        Not safe to repeat: a second write adds a second point.

        Procedure ``write``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            value: A dataport value (its format decides which kind is accepted).

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["write"],
            (
                resource,
                value,
            ),
        )

    def writegroup(self, entries: Sequence[Sequence[Any]]) -> Pending[None]:
        """Write one value to each of several dataports; all points share one timestamp.

        Procedure ``writegroup``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            entries

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["writegroup"], (entries,))

    def record(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        entries: Sequence[Sequence[Any]],
        options: Mapping[str, Any] | None = None,
    ) -> Pending[None]:
        """Record historical points (deprecated; use recordbatch).

        A negative timestamp means that many seconds before now.

        Deprecated by the vendor.

        Procedure ``record``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries
            options (default ``{}``): Unused; always {}.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["record"],
            (
                resource,
                entries,
                options,
            ),
        )

    def recordbatch(
        self, resource: Rid | Alias | Mapping[str, Any], entries: Sequence[Sequence[Any]]
    ) -> Pending[None]:
        """Record historical points; rejected points come back as `[timestamp, "invalid"]` statuses.

        A negative timestamp means that many seconds before now. Not marked safe to repeat: the
        server's handling of a point recorded twice at one timestamp is not documented. The
        protocol sets no limit on the entries of one call (pyonep sends them all in one), so
        `write_points` sends every point in one call unless given a chunk size.

        Procedure ``recordbatch``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            entries

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["recordbatch"],
            (
                resource,
                entries,
            ),
        )

    def flush(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: FlushOptions | Mapping[str, Any] | None = None,
    ) -> Pending[None]:
        """Delete a dataport's points, all of them or those in a window.

        Not safe to repeat: points written between two attempts would be deleted too.

        Procedure ``flush``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (optional)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["flush"],
            (
                resource,
                options,
            ),
        )

    def wait(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: WaitOptions | Mapping[str, Any] | None = None,
    ) -> Pending[Point]:
        """Long-poll until a dataport receives a point, or the timeout passes (status `expire`).

        Procedure ``wait``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["wait"],
            (
                resource,
                options,
            ),
        )

    def create_client(
        self,
        desc: ClientDescription | Mapping[str, Any],
        resource: Rid | Alias | Mapping[str, Any] | None = None,
    ) -> Pending[Rid]:
        """Create a client under the caller (or under the given client).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["create_client"],
            (
                resource,
                desc,
            ),
        )

    def create_dataport(self, desc: DataportDescription | Mapping[str, Any]) -> Pending[Rid]:
        """Create a dataport; `format` and `retention` are required.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["create_dataport"], (desc,))

    def create_datarule(self, desc: DataruleDescription | Mapping[str, Any]) -> Pending[Rid]:
        """Create a datarule (a dataport whose value is computed by a rule).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["create_datarule"], (desc,))

    def create_dispatch(self, desc: DispatchDescription | Mapping[str, Any]) -> Pending[Rid]:
        """Create a dispatch (email, HTTP, SMS or XMPP notifications).

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["create_dispatch"], (desc,))

    def create_clone(self, desc: CloneDescription | Mapping[str, Any]) -> Pending[Rid]:
        """Create a copy of a client, named by RID or by share code.

        Procedure ``create``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            desc: Exactly one of `rid` and `code`; the source must be a client.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["create_clone"], (desc,))

    def move(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        destinationresource: Rid | Alias | Mapping[str, Any],
        options: MoveOptions | Mapping[str, Any] | None = None,
    ) -> Pending[None]:
        """Move a resource to another client in the caller's subhierarchy.

        Procedure ``move``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            destinationresource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{'aliases': True}``)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["move"],
            (
                resource,
                destinationresource,
                options,
            ),
        )

    def update(
        self, resource: Rid | Alias | Mapping[str, Any], desc: UpdateDescription | Mapping[str, Any]
    ) -> Pending[None]:
        """Change a resource's description (not the caller's own; `format` is immutable).

        Not safe to repeat: an update refills the daily `_bucket` allowances of a client.

        Procedure ``update``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            desc: The keys of a create description to change; limits may not drop below current use.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["update"],
            (
                resource,
                desc,
            ),
        )

    def info(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: InfoOptions | Mapping[str, Any] | None = None,
    ) -> Pending[Info]:
        """Describe a resource; `{}` asks for everything the caller may see.

        Procedure ``info``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``): Which parts to return; `{}` means all the caller may see.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["info"],
            (
                resource,
                options,
            ),
        )

    def listing(
        self,
        types: Sequence[ResourceType],
        options: ListingOptions | Mapping[str, Any] | None = None,
        resource: Rid | Alias | Mapping[str, Any] | None = None,
    ) -> Pending[Listing]:
        """List the RIDs of a client's children by type.

        Procedure ``listing``; safe to repeat: retried automatically after transient failures.

        Args:
            resource (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            types
            options (default ``{}``): `{}` means owned only.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["listing"],
            (
                resource,
                types,
                options,
            ),
        )

    def drop(self, resource: Rid | Alias | Mapping[str, Any]) -> Pending[None]:
        """Delete a resource and everything below it.

        Not safe to repeat: a second drop of the same RID answers `restricted`.

        Procedure ``drop``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(procedures()["drop"], (resource,))

    def usage(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        metric: UsageMetric,
        starttime: Timestamp,
        endtime: Timestamp,
    ) -> Pending[float]:
        """How much of a metric a client and its subhierarchy used in a time window.

        Procedure ``usage``; safe to repeat: retried automatically after transient failures.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            metric
            starttime: Unix seconds; in record entries a negative value means that many seconds before now.
            endtime: Unix seconds; in record entries a negative value means that many seconds before now.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["usage"],
            (
                resource,
                metric,
                starttime,
                endtime,
            ),
        )

    def map(self, resource: Rid, alias: AliasName) -> Pending[None]:
        """Give a resource an alias in the caller.

        Not safe to repeat: mapping an alias that exists answers `invalid`.

        Procedure ``map``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A resource id, 40 lower-case hex characters.
            alias

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["map"],
            (
                resource,
                alias,
            ),
        )

    def unmap(self, alias: AliasName, client: Rid | Alias | Mapping[str, Any] | None = None) -> Pending[None]:
        """Remove an alias of a client (the caller by default).

        Procedure ``unmap``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            alias

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["unmap"],
            (
                client,
                alias,
            ),
        )

    def lookup(
        self, type: LookupType, mapping: str, client: Rid | Alias | Mapping[str, Any] | None = None
    ) -> Pending[Rid]:
        """Find a RID by alias, by owned resource (its owner) or by share code.

        Procedure ``lookup``; safe to repeat: retried automatically after transient failures.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            type
            mapping: An alias ("" = the client itself), a RID or a share code.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["lookup"],
            (
                client,
                type,
                mapping,
            ),
        )

    def share(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        options: ShareOptions | Mapping[str, Any] | None = None,
    ) -> Pending[Code]:
        """Make a share code for a resource.

        Not safe to repeat: every call makes a new code.

        Procedure ``share``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            options (default ``{}``)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["share"],
            (
                resource,
                options,
            ),
        )

    def revoke(self, codetype: CodeType, code: Code) -> Pending[None]:
        """Revoke a share code, or regenerate a client's CIK (the new one must be activated).

        Procedure ``revoke``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            codetype
            code: A share code, or a CIK when the code type is client.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["revoke"],
            (
                codetype,
                code,
            ),
        )

    def activate(
        self, codetype: CodeType, code: Code, client: Rid | Alias | Mapping[str, Any] | None = None
    ) -> Pending[None]:
        """Activate a client's CIK or a share code for a client (the caller by default).

        Procedure ``activate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["activate"],
            (
                client,
                codetype,
                code,
            ),
        )

    def deactivate(
        self, codetype: CodeType, code: Code, client: Rid | Alias | Mapping[str, Any] | None = None
    ) -> Pending[None]:
        """Deactivate a client's CIK or a share code activated for a client (the caller by default).

        Procedure ``deactivate``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            client (default ``{'alias': ''}``): A 40-hex RID in the caller's subhierarchy, or an alias object.
            codetype
            code: A share code, or a CIK when the code type is client.

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["deactivate"],
            (
                client,
                codetype,
                code,
            ),
        )

    def grant(
        self,
        resource: Rid | Alias | Mapping[str, Any],
        permissions: Permissions,
        options: GrantOptions | Mapping[str, Any] | None = None,
    ) -> Pending[Token]:
        """Make a token (40 characters) allowing some procedures on some resources (undocumented by the vendor).

        Not safe to repeat: every call makes a new token. `ttl` is taken to be in seconds.

        Procedure ``grant``; not safe to repeat: never retried once the request may have reached the server.

        Args:
            resource: A 40-hex RID in the caller's subhierarchy, or an alias object.
            permissions: RID to the list of procedures the token may call on it.
            options (optional)

        Returns a ``Pending`` whose ``result()`` is available once the batch is sent.
        """
        return self._add(
            procedures()["grant"],
            (
                resource,
                permissions,
                options,
            ),
        )
