"""The procedures of specs/exosite.openrpc.yaml as runtime descriptors, and the envelope. Generated; do not edit."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal

from iotclients.core.jsonrpc import Envelope, LongPoll, Procedure, RpcParam
from msgspec import Meta

__all__ = ["ENVELOPE", "procedures"]


def _auth_variants() -> tuple[type, ...]:
    from . import models as m

    return (
        m.CikAuth,
        m.ClientAuth,
        m.OwnerAuth,
        m.TokenAuth,
    )


ENVELOPE = Envelope(
    "onep",
    "/onep:v1/rpc/process",
    content_type="application/json; charset=utf-8",
    statuses=dict(
        [
            ("error", 400),
            ("expire", 408),
            ("fail", 400),
            ("invalid", 400),
            ("locked", 423),
            ("noauth", 401),
            ("restricted", 403),
        ]
    ),
    auth_variants=_auth_variants,
    max_id_length=40,
    max_requests_per_connection=100,
)


@cache
def procedures() -> dict[str, Procedure]:
    """Every procedure by method name; built on first use so that importing the client stays cheap."""
    from . import models as m

    _ = (Annotated, Any, Literal, Meta, m)  # names the type expressions below may use
    return {
        "read": Procedure(
            "read",
            "read",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.ReadOptions,
                    default={},
                ),
            ),
            lambda: list[m.Point],
            True,
            summary="Read points from a dataport.",
        ),
        "write": Procedure(
            "write",
            "write",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "value",
                    lambda: m.Value,
                ),
            ),
            None,
            False,
            summary="Write one value to a dataport, timestamped by the server.",
        ),
        "writegroup": Procedure(
            "writegroup",
            "writegroup",
            (
                RpcParam(
                    "entries",
                    lambda: Annotated[list[m.GroupEntry], Meta(min_length=1)],
                ),
            ),
            None,
            False,
            summary="Write one value to each of several dataports; all points share one timestamp.",
        ),
        "record": Procedure(
            "record",
            "record",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "entries",
                    lambda: list[m.Point],
                ),
                RpcParam(
                    "options",
                    lambda: Annotated[dict[str, Any], Meta(max_length=0)],
                    default={},
                ),
            ),
            None,
            False,
            summary="Record historical points (deprecated; use recordbatch).",
        ),
        "recordbatch": Procedure(
            "recordbatch",
            "recordbatch",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "entries",
                    lambda: list[m.Point],
                ),
            ),
            None,
            False,
            summary='Record historical points; rejected points come back as `[timestamp, "invalid"]` statuses.',
        ),
        "flush": Procedure(
            "flush",
            "flush",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.FlushOptions,
                    required=False,
                ),
            ),
            None,
            False,
            summary="Delete a dataport's points, all of them or those in a window.",
        ),
        "wait": Procedure(
            "wait",
            "wait",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.WaitOptions,
                    default={},
                ),
            ),
            lambda: m.Point,
            True,
            summary="Long-poll until a dataport receives a point, or the timeout passes (status `expire`).",
            long_poll=LongPoll("options", "timeout", "ms", 30000),
        ),
        "create_client": Procedure(
            "create_client",
            "create",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "type",
                    lambda: Literal["client"],
                    const="client",
                ),
                RpcParam(
                    "desc",
                    lambda: m.ClientDescription,
                ),
            ),
            lambda: m.Rid,
            False,
            summary="Create a client under the caller (or under the given client).",
        ),
        "create_dataport": Procedure(
            "create_dataport",
            "create",
            (
                RpcParam(
                    "type",
                    lambda: Literal["dataport"],
                    const="dataport",
                ),
                RpcParam(
                    "desc",
                    lambda: m.DataportDescription,
                ),
            ),
            lambda: m.Rid,
            False,
            summary="Create a dataport; `format` and `retention` are required.",
        ),
        "create_datarule": Procedure(
            "create_datarule",
            "create",
            (
                RpcParam(
                    "type",
                    lambda: Literal["datarule"],
                    const="datarule",
                ),
                RpcParam(
                    "desc",
                    lambda: m.DataruleDescription,
                ),
            ),
            lambda: m.Rid,
            False,
            summary="Create a datarule (a dataport whose value is computed by a rule).",
        ),
        "create_dispatch": Procedure(
            "create_dispatch",
            "create",
            (
                RpcParam(
                    "type",
                    lambda: Literal["dispatch"],
                    const="dispatch",
                ),
                RpcParam(
                    "desc",
                    lambda: m.DispatchDescription,
                ),
            ),
            lambda: m.Rid,
            False,
            summary="Create a dispatch (email, HTTP, SMS or XMPP notifications).",
        ),
        "create_clone": Procedure(
            "create_clone",
            "create",
            (
                RpcParam(
                    "type",
                    lambda: Literal["clone"],
                    const="clone",
                ),
                RpcParam(
                    "desc",
                    lambda: m.CloneDescription,
                ),
            ),
            lambda: m.Rid,
            False,
            summary="Create a copy of a client, named by RID or by share code.",
        ),
        "move": Procedure(
            "move",
            "move",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "destinationresource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.MoveOptions,
                    default={"aliases": True},
                ),
            ),
            None,
            False,
            summary="Move a resource to another client in the caller's subhierarchy.",
        ),
        "update": Procedure(
            "update",
            "update",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "desc",
                    lambda: m.UpdateDescription,
                ),
            ),
            None,
            False,
            summary="Change a resource's description (not the caller's own; `format` is immutable).",
        ),
        "info": Procedure(
            "info",
            "info",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.InfoOptions,
                    default={},
                ),
            ),
            lambda: m.Info,
            True,
            summary="Describe a resource; `{}` asks for everything the caller may see.",
            secret_result=("key",),
        ),
        "listing": Procedure(
            "listing",
            "listing",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "types",
                    lambda: Annotated[list[m.ResourceType], Meta(min_length=1)],
                ),
                RpcParam(
                    "options",
                    lambda: m.ListingOptions,
                    default={},
                ),
            ),
            lambda: m.Listing,
            True,
            summary="List the RIDs of a client's children by type.",
        ),
        "drop": Procedure(
            "drop",
            "drop",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
            ),
            None,
            False,
            summary="Delete a resource and everything below it.",
        ),
        "usage": Procedure(
            "usage",
            "usage",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "metric",
                    lambda: m.UsageMetric,
                ),
                RpcParam(
                    "starttime",
                    lambda: m.Timestamp,
                ),
                RpcParam(
                    "endtime",
                    lambda: m.Timestamp,
                ),
            ),
            lambda: float,
            True,
            summary="How much of a metric a client and its subhierarchy used in a time window.",
        ),
        "map": Procedure(
            "map",
            "map",
            (
                RpcParam(
                    "type",
                    lambda: Literal["alias"],
                    const="alias",
                ),
                RpcParam(
                    "resource",
                    lambda: m.Rid,
                ),
                RpcParam(
                    "alias",
                    lambda: m.AliasName,
                ),
            ),
            None,
            False,
            summary="Give a resource an alias in the caller.",
        ),
        "unmap": Procedure(
            "unmap",
            "unmap",
            (
                RpcParam(
                    "client",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "type",
                    lambda: Literal["alias"],
                    const="alias",
                ),
                RpcParam(
                    "alias",
                    lambda: m.AliasName,
                ),
            ),
            None,
            False,
            summary="Remove an alias of a client (the caller by default).",
        ),
        "lookup": Procedure(
            "lookup",
            "lookup",
            (
                RpcParam(
                    "client",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "type",
                    lambda: m.LookupType,
                ),
                RpcParam(
                    "mapping",
                    lambda: Annotated[str, Meta(max_length=255)],
                ),
            ),
            lambda: m.Rid,
            True,
            summary="Find a RID by alias, by owned resource (its owner) or by share code.",
        ),
        "share": Procedure(
            "share",
            "share",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "options",
                    lambda: m.ShareOptions,
                    default={},
                ),
            ),
            lambda: m.Code,
            False,
            summary="Make a share code for a resource.",
        ),
        "revoke": Procedure(
            "revoke",
            "revoke",
            (
                RpcParam(
                    "codetype",
                    lambda: m.CodeType,
                ),
                RpcParam(
                    "code",
                    lambda: m.Code,
                ),
            ),
            None,
            False,
            summary="Revoke a share code, or regenerate a client's CIK (the new one must be activated).",
        ),
        "activate": Procedure(
            "activate",
            "activate",
            (
                RpcParam(
                    "client",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "codetype",
                    lambda: m.CodeType,
                ),
                RpcParam(
                    "code",
                    lambda: m.Code,
                ),
            ),
            None,
            False,
            summary="Activate a client's CIK or a share code for a client (the caller by default).",
        ),
        "deactivate": Procedure(
            "deactivate",
            "deactivate",
            (
                RpcParam(
                    "client",
                    lambda: m.ResourceId,
                    default={"alias": ""},
                ),
                RpcParam(
                    "codetype",
                    lambda: m.CodeType,
                ),
                RpcParam(
                    "code",
                    lambda: m.Code,
                ),
            ),
            None,
            False,
            summary="Deactivate a client's CIK or a share code activated for a client (the caller by default).",
        ),
        "grant": Procedure(
            "grant",
            "grant",
            (
                RpcParam(
                    "resource",
                    lambda: m.ResourceId,
                ),
                RpcParam(
                    "permissions",
                    lambda: m.Permissions,
                ),
                RpcParam(
                    "options",
                    lambda: m.GrantOptions,
                    required=False,
                ),
            ),
            lambda: m.Token,
            False,
            summary="Make a token (40 characters) allowing some procedures on some resources (undocumented by the vendor).",
            secret_result=("",),
        ),
    }
