"""Types of specs/exosite.openrpc.yaml: attrs models for object schemas, aliases for the rest. Generated; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeAlias

from attrs import define
from iotclients.core.model import UNSET, Model, OpenModel, Unset, absent_by_default
from msgspec import Meta

__all__ = [
    "Alias",
    "CikAuth",
    "ClientAuth",
    "ClientDescription",
    "CloneDescription",
    "CountRule",
    "DataportDescription",
    "DataruleDescription",
    "DispatchDescription",
    "FlushOptions",
    "GrantOptions",
    "Info",
    "InfoBasic",
    "InfoCounts",
    "InfoOptions",
    "InfoShare",
    "InfoStorage",
    "Limits",
    "ListingOptions",
    "MoveOptions",
    "OwnerAuth",
    "ReadOptions",
    "Retention",
    "Rule",
    "ShareOptions",
    "SimpleRule",
    "TimeoutRule",
    "TokenAuth",
    "UpdateDescription",
    "WaitOptions",
    "WindowRule",
    "AliasName",
    "Cik",
    "Code",
    "CodeType",
    "Comparison",
    "Format",
    "Infinite",
    "Limit",
    "LookupType",
    "Permissions",
    "PreprocessStep",
    "ResourceType",
    "Rid",
    "Selection",
    "Sort",
    "Timestamp",
    "Token",
    "UsageMetric",
    "Value",
    "Listing",
    "Point",
    "ResourceId",
    "GroupEntry",
    "AuthLike",
]


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Alias(Model):
    """Alias: A child of the caller by alias; `{"alias": ""}` is the caller itself.

    Attributes:
        alias
    """

    alias: AliasName


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CikAuth(Model):
    """CikAuth: Act as the client owning this CIK.

    Attributes:
        cik: A client interface key (the credential of a client), 40 lower-case hex characters.
    """

    cik: Cik


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ClientAuth(Model):
    """ClientAuth: Act as descendant client `client_id` (the CIK belongs to an ancestor).

    Attributes:
        cik: A client interface key (the credential of a client), 40 lower-case hex characters.
        client_id: A resource id, 40 lower-case hex characters.
    """

    cik: Cik
    client_id: Rid


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ClientDescription(Model):
    """ClientDescription

    Attributes:
        limits (optional)
        locked (optional)
        meta (optional)
        name (optional)
        public (optional)
        writeinterval (optional): Undocumented; sent by some clients as "inherit".
        visibility (optional): Undocumented; sent by some clients as "parent".
    """

    limits: Limits | Unset = UNSET
    locked: bool | Unset = UNSET
    meta: str | Unset = UNSET
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    writeinterval: Any | Unset = UNSET
    visibility: str | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CloneDescription(Model):
    """CloneDescription: Exactly one of `rid` and `code`; the source must be a client.

    Attributes:
        rid (optional): A resource id, 40 lower-case hex characters.
        code (optional): A share code, or a CIK when the code type is client.
        noaliases (optional)
        nohistorical (optional)
    """

    rid: Rid | Unset = UNSET
    code: Code | Unset = UNSET
    noaliases: bool | Unset = UNSET
    nohistorical: bool | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class CountRule(Model):
    """CountRule

    Attributes:
        comparison
        constant
        count
        timeout: Seconds.
        repeat
    """

    comparison: Comparison
    constant: float
    count: Annotated[int, Meta(ge=1)]
    timeout: Annotated[int, Meta(ge=0)]
    repeat: bool


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataportDescription(Model):
    """DataportDescription

    Attributes:
        format
        retention
        meta (optional)
        name (optional)
        public (optional)
        preprocess (optional)
        limits (optional): Not documented for dataports; sent by pyonep's tests, accepted and ignored.
        subscribe (optional): A resource to copy points from, or null.
    """

    format: Format
    retention: Retention
    meta: str | Unset = UNSET
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    preprocess: list[PreprocessStep] | Unset = UNSET
    limits: dict[str, Any] | Unset = UNSET
    subscribe: ResourceId | None | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DataruleDescription(Model):
    """DataruleDescription

    Attributes:
        format
        retention
        rule: Exactly one of the rule kinds.
        meta (optional)
        name (optional)
        public (optional)
        preprocess (optional)
        subscribe (optional)
    """

    format: Format
    retention: Retention
    rule: Rule
    meta: str | Unset = UNSET
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    preprocess: list[PreprocessStep] | Unset = UNSET
    subscribe: ResourceId | None | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class DispatchDescription(Model):
    """DispatchDescription

    Attributes:
        method
        recipient
        retention
        subject (optional)
        message (optional)
        locked (optional)
        meta (optional)
        name (optional)
        public (optional)
        preprocess (optional)
        subscribe (optional)
    """

    method: Literal["email", "http_get", "http_post", "http_put", "sms", "xmpp"]
    recipient: str
    retention: Retention
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    locked: bool | Unset = UNSET
    meta: str | Unset = UNSET
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    preprocess: list[PreprocessStep] | Unset = UNSET
    subscribe: ResourceId | None | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class FlushOptions(Model):
    """FlushOptions

    Attributes:
        newerthan (optional): Only points newer than this (exclusive).
        olderthan (optional): Only points older than this (exclusive).
    """

    newerthan: int | Unset = UNSET
    olderthan: int | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class GrantOptions(Model):
    """GrantOptions

    Attributes:
        ttl (optional): Lifetime (taken to be seconds).
    """

    ttl: Annotated[int, Meta(ge=1)] | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class Info(OpenModel):
    """Info: The parts asked for in the options (and visible to the caller).

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        aliases (optional)
        basic (optional)
        counts (optional)
        description (optional)
        key (optional): A client interface key (the credential of a client), 40 lower-case hex characters.
        shares (optional)
        storage (optional)
        subscribers (optional)
        tagged (optional)
        tags (optional)
        comments (optional): Deprecated; `[visibility, text]` pairs, always empty now.
        usage (optional)
    """

    aliases: dict[str, list[str]] | Unset = UNSET
    basic: InfoBasic | Unset = UNSET
    counts: InfoCounts | Unset = UNSET
    description: dict[str, Any] | Unset = UNSET
    key: Cik | Unset = UNSET
    shares: list[InfoShare] | Unset = UNSET
    storage: InfoStorage | Unset = UNSET
    subscribers: list[Rid] | Unset = UNSET
    tagged: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    comments: list[list[str]] | Unset = UNSET
    usage: dict[str, Any] | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class InfoBasic(OpenModel):
    """InfoBasic

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        modified (optional)
        status (optional): For clients and dispatches: activated, notactivated, locked or expired.
        subscribers (optional)
        type (optional)
    """

    modified: int | Unset = UNSET
    status: str | Unset = UNSET
    subscribers: int | Unset = UNSET
    type: ResourceType | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class InfoCounts(OpenModel):
    """InfoCounts

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        client (optional)
        dataport (optional)
        datarule (optional)
        disk (optional)
        dispatch (optional)
        email (optional)
        http (optional)
        share (optional)
        sms (optional)
        xmpp (optional)
    """

    client: int | Unset = UNSET
    dataport: int | Unset = UNSET
    datarule: int | Unset = UNSET
    disk: int | Unset = UNSET
    dispatch: int | Unset = UNSET
    email: int | Unset = UNSET
    http: int | Unset = UNSET
    share: int | Unset = UNSET
    sms: int | Unset = UNSET
    xmpp: int | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class InfoOptions(Model):
    """InfoOptions: Which parts to return; `{}` means all the caller may see.

    Attributes:
        aliases (optional)
        basic (optional)
        counts (optional)
        description (optional)
        key (optional)
        shares (optional)
        storage (optional)
        subscribers (optional)
        tagged (optional)
        tags (optional)
        usage (optional)
        comments (optional): Deprecated; answered with an empty list.
    """

    aliases: bool | Unset = UNSET
    basic: bool | Unset = UNSET
    counts: bool | Unset = UNSET
    description: bool | Unset = UNSET
    key: bool | Unset = UNSET
    shares: bool | Unset = UNSET
    storage: bool | Unset = UNSET
    subscribers: bool | Unset = UNSET
    tagged: bool | Unset = UNSET
    tags: bool | Unset = UNSET
    usage: bool | Unset = UNSET
    comments: bool | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class InfoShare(OpenModel):
    """InfoShare

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        activator (optional)
        code (optional)
        meta (optional)
    """

    activator: str | None | Unset = UNSET
    code: str | Unset = UNSET
    meta: str | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True, eq=False)
class InfoStorage(OpenModel):
    """InfoStorage

    Keys the spec does not name are kept in ``additional_properties`` (also ``model["key"]``).

    Attributes:
        count (optional)
        first (optional)
        last (optional)
        size (optional)
    """

    count: int | Unset = UNSET
    first: int | Unset = UNSET
    last: int | Unset = UNSET
    size: int | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Limits(Model):
    """Limits

    Attributes:
        client (optional): A number, or "inherit".
        dataport (optional): A number, or "inherit".
        datarule (optional): A number, or "inherit".
        disk (optional): A number, or "inherit".
        dispatch (optional): A number, or "inherit".
        email (optional): A number, or "inherit".
        email_bucket (optional): A number, or "inherit".
        http (optional): A number, or "inherit".
        http_bucket (optional): A number, or "inherit".
        io (optional): A number, or "inherit".
        share (optional): A number, or "inherit".
        sms (optional): A number, or "inherit".
        sms_bucket (optional): A number, or "inherit".
        xmpp (optional): A number, or "inherit".
        xmpp_bucket (optional): A number, or "inherit".
    """

    client: Limit | Unset = UNSET
    dataport: Limit | Unset = UNSET
    datarule: Limit | Unset = UNSET
    disk: Limit | Unset = UNSET
    dispatch: Limit | Unset = UNSET
    email: Limit | Unset = UNSET
    email_bucket: Limit | Unset = UNSET
    http: Limit | Unset = UNSET
    http_bucket: Limit | Unset = UNSET
    io: Limit | Unset = UNSET
    share: Limit | Unset = UNSET
    sms: Limit | Unset = UNSET
    sms_bucket: Limit | Unset = UNSET
    xmpp: Limit | Unset = UNSET
    xmpp_bucket: Limit | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ListingOptions(Model):
    """ListingOptions: `{}` means owned only.

    Attributes:
        owned (optional)
        activated (optional)
        aliased (optional)
        public (optional)
        tagged (optional)
    """

    owned: bool | Unset = UNSET
    activated: bool | Unset = UNSET
    aliased: bool | Unset = UNSET
    public: bool | Unset = UNSET
    tagged: list[str] | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class MoveOptions(Model):
    """MoveOptions

    Attributes:
        aliases (optional): Keep the aliases of the moved resource (default true).
    """

    aliases: bool | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class OwnerAuth(Model):
    """OwnerAuth: Act as the owner of resource `resource_id` (the CIK belongs to an ancestor).

    Attributes:
        cik: A client interface key (the credential of a client), 40 lower-case hex characters.
        resource_id: A resource id, 40 lower-case hex characters.
    """

    cik: Cik
    resource_id: Rid


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ReadOptions(Model):
    """ReadOptions

    Attributes:
        starttime (optional): Unix seconds (default 0).
        endtime (optional): Unix seconds (default now).
        sort (optional)
        limit (optional): At most this many points (default 1)
        selection (optional)
    """

    starttime: Annotated[int, Meta(ge=0)] | Unset = UNSET
    endtime: Annotated[int, Meta(ge=0)] | Unset = UNSET
    sort: Sort | Unset = UNSET
    limit: Annotated[int, Meta(ge=0)] | Unset = UNSET
    selection: Selection | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Retention(Model):
    """Retention

    Attributes:
        count: Points kept, or "infinity".
        duration: Hours kept, or "infinity".
    """

    count: Annotated[int, Meta(ge=0)] | Infinite
    duration: Annotated[int, Meta(ge=0)] | Infinite


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class Rule(Model):
    """Rule: Exactly one of the rule kinds.

    Attributes:
        simple (optional)
        timeout (optional)
        interval (optional): An interval or duration rule.
        duration (optional): An interval or duration rule.
        count (optional)
        script (optional): Lua source; the datarule's format must be string.
    """

    simple: SimpleRule | Unset = UNSET
    timeout: TimeoutRule | Unset = UNSET
    interval: WindowRule | Unset = UNSET
    duration: WindowRule | Unset = UNSET
    count: CountRule | Unset = UNSET
    script: str | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class ShareOptions(Model):
    """ShareOptions

    Attributes:
        meta (optional)
        code (optional): A share code, or a CIK when the code type is client.
    """

    meta: str | Unset = UNSET
    code: Code | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class SimpleRule(Model):
    """SimpleRule

    Attributes:
        comparison
        constant
        repeat
    """

    comparison: Comparison
    constant: float
    repeat: bool


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TimeoutRule(Model):
    """TimeoutRule

    Attributes:
        timeout: Seconds.
        repeat
    """

    timeout: Annotated[int, Meta(ge=0)]
    repeat: bool


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class TokenAuth(Model):
    """TokenAuth: A token from grant, optionally acting as a client or as a resource's owner.

    Attributes:
        token: A token made by grant.
        client_id (optional): A resource id, 40 lower-case hex characters.
        resource_id (optional): A resource id, 40 lower-case hex characters.
    """

    token: Token
    client_id: Rid | Unset = UNSET
    resource_id: Rid | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class UpdateDescription(Model):
    """UpdateDescription: The keys of a create description to change; limits may not drop below current use.

    Attributes:
        limits (optional)
        locked (optional)
        meta (optional)
        name (optional)
        public (optional)
        retention (optional)
        preprocess (optional)
        subscribe (optional)
        rule (optional): Exactly one of the rule kinds.
        recipient (optional)
        subject (optional)
        message (optional)
    """

    limits: Limits | Unset = UNSET
    locked: bool | Unset = UNSET
    meta: str | Unset = UNSET
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    retention: Retention | Unset = UNSET
    preprocess: list[PreprocessStep] | Unset = UNSET
    subscribe: ResourceId | None | Unset = UNSET
    rule: Rule | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    message: str | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class WaitOptions(Model):
    """WaitOptions

    Attributes:
        timeout (optional): Milliseconds (default 30000).
        since (optional): Wait for a point newer than this; null means from the request's arrival.
    """

    timeout: Annotated[int, Meta(ge=0, le=300000)] | Unset = UNSET
    since: int | None | Unset = UNSET


@absent_by_default
@define(kw_only=True, repr=False, slots=True)
class WindowRule(Model):
    """WindowRule: An interval or duration rule.

    Attributes:
        comparison
        constant
        timeout: Seconds.
        repeat
    """

    comparison: Comparison
    constant: float
    timeout: Annotated[int, Meta(ge=0)]
    repeat: bool


AliasName: TypeAlias = Annotated[str, Meta(max_length=255)]

Cik: TypeAlias = Annotated[str, Meta(pattern="^[0-9a-f]{40}$")]
"""A client interface key (the credential of a client), 40 lower-case hex characters."""

Code: TypeAlias = Annotated[str, Meta(min_length=1, max_length=64)]
"""A share code, or a CIK when the code type is client."""

CodeType: TypeAlias = Literal["client", "share"]

Comparison: TypeAlias = Literal["gt", "lt", "eq", "geq", "leq", "neq"]

Format: TypeAlias = Literal["float", "integer", "string"]

Infinite: TypeAlias = Literal["infinity"]

Limit: TypeAlias = Annotated[int, Meta(ge=0)] | Literal["inherit"]
"""A number, or "inherit"."""

LookupType: TypeAlias = Literal["alias", "owner", "shared"]

Permissions: TypeAlias = dict[
    str,
    list[
        Literal[
            "read",
            "write",
            "writegroup",
            "record",
            "recordbatch",
            "flush",
            "wait",
            "info",
            "create",
            "move",
            "update",
            "listing",
            "drop",
            "usage",
            "map",
            "lookup",
            "unmap",
            "share",
            "revoke",
        ]
    ],
]
"""RID to the list of procedures the token may call on it."""

PreprocessStep: TypeAlias = tuple[
    Literal["add", "sub", "mul", "div", "mod", "gt", "geq", "lt", "leq", "eq", "neq", "value"], float | str
]
"""[operation, value or RID], e.g. ["mul", 10]"""

ResourceType: TypeAlias = Literal["client", "dataport", "datarule", "dispatch"]

Rid: TypeAlias = Annotated[str, Meta(pattern="^[0-9a-f]{40}$")]
"""A resource id, 40 lower-case hex characters."""

Selection: TypeAlias = Literal["all", "givenwindow", "autowindow"]

Sort: TypeAlias = Literal["asc", "desc"]

Timestamp: TypeAlias = int
"""Unix seconds; in record entries a negative value means that many seconds before now."""

Token: TypeAlias = Annotated[str, Meta(min_length=1, max_length=40)]
"""A token made by grant."""

UsageMetric: TypeAlias = Literal[
    "client", "dataport", "datarule", "dispatch", "share", "email", "http", "sms", "xmpp"
]

Value: TypeAlias = int | float | str
"""A dataport value (its format decides which kind is accepted)."""

Listing: TypeAlias = dict[str, list[Rid]]
"""RIDs per requested type."""

Point: TypeAlias = tuple[Timestamp, Value]
"""[timestamp, value]"""

ResourceId: TypeAlias = Rid | Alias
"""A 40-hex RID in the caller's subhierarchy, or an alias object."""

GroupEntry: TypeAlias = tuple[ResourceId, Value]
"""[resource, value]"""

AuthLike: TypeAlias = str | Mapping[str, Any] | CikAuth | ClientAuth | OwnerAuth | TokenAuth
"""The calling client: a CIK string, or a CikAuth, ClientAuth, OwnerAuth, or TokenAuth (as a model or a mapping)."""
