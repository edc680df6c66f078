"""The resource tree: clients own clients, dataports, datarules and dispatches; CIKs, aliases, tokens.

State only (the moto ``models`` role); procedures live in ``procedures.py``, HTTP in ``http.py``.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from iotclients_sandbox.exosite.errors import RequestFailure, invalid, restricted
from iotclients_sandbox.exosite.series import Series

__all__ = ["Caller", "Grant", "Resource", "Share", "Tree", "new_key"]

SELF = {"alias": ""}
SHARED_PROCEDURES = frozenset({"read", "info", "wait", "map"})
"""What an activated share or a public resource lets another client do with it."""


def new_key() -> str:
    return secrets.token_hex(20)


@dataclass
class Resource:
    rid: str
    type: str
    parent: str | None
    description: dict[str, Any]
    created: int
    modified: int
    cik: str | None = None
    status: str = "activated"
    children: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    """For clients: alias -> RID of a resource in this client's subhierarchy."""
    activated_shares: list[str] = field(default_factory=list)
    series: Series = field(default_factory=Series)

    @property
    def format(self) -> str:
        return str(self.description.get("format", "string"))


@dataclass
class Share:
    code: str
    rid: str
    owner: str
    """The client that made the share (may revoke it)."""
    meta: str
    created: int
    activators: list[str] = field(default_factory=list)


@dataclass
class Grant:
    token: str
    grantor: str
    permissions: dict[str, list[str]]
    expires: float | None


@dataclass(frozen=True)
class Caller:
    """Who a call acts as, and the token's permissions when it came with one."""

    client: str
    permissions: dict[str, list[str]] | None = None


class Tree:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.resources: dict[str, Resource] = {}
        self.by_cik: dict[str, str] = {}
        self.shares: dict[str, Share] = {}
        self.grants: dict[str, Grant] = {}
        self.dropped: set[str] = set()

    def now(self) -> int:
        return int(self.clock())

    # -- building -------------------------------------------------------------------------------

    def add(
        self, type: str, parent: str | None, description: dict[str, Any], *, cik: str | None = None
    ) -> Resource:
        rid = new_key()
        now = self.now()
        resource = Resource(rid, type, parent, dict(description), now, now)
        if type == "client":
            resource.cik = cik or new_key()
            self.by_cik[resource.cik] = rid
        self.resources[rid] = resource
        if parent is not None:
            self.resources[parent].children.append(rid)
        return resource

    def remove(self, rid: str) -> None:
        resource = self.resources[rid]
        for child in list(resource.children):
            self.remove(child)
        if resource.parent is not None and resource.parent in self.resources:
            parent = self.resources[resource.parent]
            parent.children.remove(rid)
        for client in self.resources.values():
            if client.aliases:
                client.aliases = {a: r for a, r in client.aliases.items() if r != rid}
        if resource.cik is not None:
            self.by_cik.pop(resource.cik, None)
        self.shares = {c: s for c, s in self.shares.items() if s.rid != rid}
        del self.resources[rid]
        self.dropped.add(rid)

    # -- relations --------------------------------------------------------------------------------

    def ancestors(self, rid: str) -> Iterator[str]:
        parent = self.resources[rid].parent
        while parent is not None:
            yield parent
            parent = self.resources[parent].parent

    def within(self, rid: str, client: str) -> bool:
        """Whether ``rid`` is ``client`` itself or in its subhierarchy."""
        return rid == client or client in self.ancestors(rid)

    def subtree(self, rid: str) -> Iterator[Resource]:
        resource = self.resources[rid]
        yield resource
        for child in resource.children:
            yield from self.subtree(child)

    # -- resolving --------------------------------------------------------------------------------

    def authenticate(self, auth: Any) -> Caller:
        if not isinstance(auth, dict) or not auth:
            raise RequestFailure(400, "Invalid", "auth")
        if "token" in auth:
            grant = self.grants.get(str(auth["token"]))
            if grant is None or (grant.expires is not None and grant.expires < self.clock()):
                raise RequestFailure(401, "Invalid", "auth")
            if grant.grantor not in self.resources:
                raise RequestFailure(401, "Invalid", "auth")
            base = Caller(grant.grantor, grant.permissions)
        else:
            cik = auth.get("cik")
            rid = self.by_cik.get(cik) if isinstance(cik, str) else None
            if rid is None:
                raise RequestFailure(401, "Invalid", "auth")
            if self.resources[rid].status in ("notactivated", "expired"):
                raise RequestFailure(401, "Invalid", "auth")
            base = Caller(rid)
        for key in ("client_id", "resource_id"):
            target = auth.get(key)
            if target is None:
                continue
            if not isinstance(target, str) or target not in self.resources:
                raise RequestFailure(401, "Invalid", "auth")
            if not self.within(target, base.client) or target == base.client:
                raise RequestFailure(401, "Invalid", "auth")
            acting = target if key == "client_id" else self.resources[target].parent
            if acting is None or self.resources[acting].type != "client":
                raise RequestFailure(401, "Invalid", "auth")
            return Caller(acting, base.permissions)
        return base

    def resolve(self, caller: Caller, identifier: Any, procedure: str) -> Resource:
        """The resource an identifier names for ``caller`` (``invalid``/``restricted`` otherwise)."""
        if isinstance(identifier, dict):
            alias = identifier.get("alias")
            if not isinstance(alias, str):
                raise invalid('a resource is a RID or {"alias": name}')
            if alias == "":
                rid = caller.client
            else:
                found = self.resources[caller.client].aliases.get(alias)
                if found is None:
                    raise invalid(f"no alias {alias!r}")
                rid = found
        elif isinstance(identifier, str):
            rid = identifier
            if rid not in self.resources:
                raise restricted()
            if not self.within(rid, caller.client) and not self.reachable(caller.client, rid, procedure):
                raise restricted()
        else:
            raise invalid('a resource is a RID or {"alias": name}')
        if caller.permissions is not None and not self._granted(caller.permissions, rid, procedure):
            raise restricted()
        return self.resources[rid]

    def reachable(self, client: str, rid: str, procedure: str) -> bool:
        """Whether ``client`` reaches ``rid`` from outside its subtree for a reading ``procedure``.

        A share exists "to gain access to the shared resource" (until revoked or deactivated),
        and ``public`` "makes the resource readable by any client".
        """
        if procedure not in SHARED_PROCEDURES:
            return False
        if self.resources[rid].description.get("public"):
            return True
        activated = self.resources[client].activated_shares
        return any(code in self.shares and self.shares[code].rid == rid for code in activated)

    def _granted(self, permissions: dict[str, list[str]], rid: str, procedure: str) -> bool:
        # A grant on a client covers its subtree, as the caller's own CIK would.
        return any(procedure in permissions.get(owner, []) for owner in (rid, *self.ancestors(rid)))

    def client_of(self, caller: Caller, identifier: Any, procedure: str) -> Resource:
        resource = self.resolve(caller, identifier, procedure)
        if resource.type != "client":
            raise invalid("the resource must be a client")
        return resource

    def locked(self, caller: Caller) -> bool:
        return bool(self.resources[caller.client].description.get("locked"))
