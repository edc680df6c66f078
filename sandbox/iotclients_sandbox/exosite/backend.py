"""The One Platform sandbox's state and call dispatch, apart from HTTP (the moto ``models`` role).

``execute`` runs the calls of one request body in order and returns the reply; ``wait`` calls are
handed back as ``WaitCall`` for the HTTP layer to hold open (a bounded long-poll).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iotclients_sandbox._json_guard import parse_request_json
from iotclients_sandbox.contract import ContractViolation, ViolationLog
from iotclients_sandbox.coverage import not_implemented_message
from iotclients_sandbox.exosite.compat import normalise
from iotclients_sandbox.exosite.data import DATA_PROCEDURES, newest_after, series_version
from iotclients_sandbox.exosite.errors import CallFailure, RequestFailure, invalid
from iotclients_sandbox.exosite.info import info
from iotclients_sandbox.exosite.manage import MANAGE_PROCEDURES
from iotclients_sandbox.exosite.provision import ProvisionState
from iotclients_sandbox.exosite.rpcspec import RpcSpec
from iotclients_sandbox.exosite.seed import DEMO_CIK, seed_tree
from iotclients_sandbox.exosite.tree import Caller, Tree

__all__ = ["OnePlatformBackend", "Reply", "WaitCall"]

_PROCEDURES: dict[str, Callable[[Tree, Caller, list[Any]], Any]] = {
    **DATA_PROCEDURES,
    **MANAGE_PROCEDURES,
    "info": info,
}
MAX_WAIT_MS = 300_000
_log = logging.getLogger(__name__)
# Spec methods the backend answers: its procedure table, and ``wait``, which is held open apart.
IMPLEMENTED: frozenset[str] = frozenset({*_PROCEDURES, "wait"})


@dataclass
class WaitCall:
    """A wait call to hold open: answered with the first newer point, or ``expire`` at the deadline."""

    call_id: Any
    caller: Caller
    resource: Any
    since: int | None
    version: int
    deadline: float


@dataclass
class Reply:
    """What a request gets: an error object, or entries (some may still be waits), or no body."""

    error: dict[str, Any] | None
    entries: list[dict[str, Any] | WaitCall]
    has_body: bool


class OnePlatformBackend:
    def __init__(self, spec: RpcSpec, *, cik: str = DEMO_CIK, clock: Callable[[], float] = time.time) -> None:
        self.spec = spec
        self.cik = cik
        self.clock = clock
        self.calls: Counter[str] = Counter()
        self.connections_closed = 0
        """Connections answered with ``Connection: close`` after their 100th request."""
        self.violations: ViolationLog | None = None
        """Where results off the spec are reported, when the app checks its replies."""
        self.check_replies: Callable[[], bool] = lambda: False
        self.tree = Tree(clock)
        self.reset()

    def reset(self) -> None:
        self.tree = Tree(self.clock)
        self.root = seed_tree(self.tree, self.cik)
        self.provision = ProvisionState(self.tree)
        self.provision.seed(self.root, self.root.aliases["device"])
        self.calls.clear()
        self.connections_closed = 0

    # -- requests -------------------------------------------------------------------------------

    def execute(self, body: bytes) -> Reply:
        try:
            # Too deep or holding a lone surrogate reads as not JSON, as the platform's parser says.
            envelope = parse_request_json(body)
        except ValueError:
            return Reply(RequestFailure(-1, "body is not valid JSON", "calls").body(), [], True)
        try:
            caller, calls = self._envelope(envelope)
        except RequestFailure as failure:
            return Reply(failure.body(), [], True)
        entries: list[dict[str, Any] | WaitCall] = []
        for call in calls:
            outcome = self._call(caller, call)
            if "id" in call:
                entries.append(outcome)
        return Reply(None, entries, any("id" in call for call in calls))

    def _envelope(self, envelope: Any) -> tuple[Caller, list[dict[str, Any]]]:
        if not isinstance(envelope, dict):
            raise RequestFailure(400, "badly formed request", "calls")
        if "auth" not in envelope:
            raise RequestFailure(400, "badly formed request", "auth")
        calls = envelope.get("calls")
        if not isinstance(calls, list):
            raise RequestFailure(400, "calls must be a list", "calls")
        for call in calls:
            if not isinstance(call, dict) or not isinstance(call.get("procedure"), str):
                raise RequestFailure(400, "a call needs a procedure", "procedure")
            if not isinstance(call.get("arguments"), list):
                raise RequestFailure(400, "a call needs a list of arguments", "arguments")
            if "id" in call and not _valid_id(call["id"]):
                raise RequestFailure(400, "an id is a number or a string of up to 40 characters", "calls")
        return self.tree.authenticate(envelope["auth"]), calls

    def _call(self, caller: Caller, call: dict[str, Any]) -> dict[str, Any] | WaitCall:
        call_id = call.get("id")
        procedure = call["procedure"]
        self.calls[procedure] += 1
        try:
            if self.tree.locked(caller):
                raise CallFailure("locked")
            if procedure not in self.spec.procedures:
                raise CallFailure(
                    "fail", {"code": 501, "message": "unknown procedure", "context": "procedure"}
                )
            method, args, as_lists = normalise(procedure, call["arguments"])
            problem = self.spec.check(method, args)
            if problem is not None:
                raise invalid(problem)
            if method == "wait":
                return self._wait(caller, call_id, args)
            handler = _PROCEDURES.get(method)
            if handler is None:
                # Declared by the spec, not implemented here: this call fails, the others go on.
                error = {"code": 501, "message": not_implemented_message(method), "context": "procedure"}
                raise CallFailure("fail", error)
            result = handler(self.tree, caller, args)
            if self.violations is not None and self.check_replies():
                self._check_result(method, result)
            if as_lists:
                result = [result[kind] for kind in args[1]]
        except CallFailure as failure:
            return failure.reply(call_id)
        except Exception:
            # A fault in one call is that call's failure; the other calls of the request go on.
            _log.exception("internal error in procedure %s", procedure)
            return CallFailure(
                "fail", {"code": 500, "message": "internal error", "context": "procedure"}
            ).reply(call_id)
        entry: dict[str, Any] = {"id": call_id, "status": "ok"}
        if result is not None:
            entry["result"] = result
        return entry

    def _check_result(self, method: str, result: Any) -> None:
        issues = self.spec.result_issues(method, result)
        if issues and self.violations is not None:
            self.violations.add(ContractViolation(method, "POST", "/onep:v1/rpc/process", 200, issues))

    def _wait(self, caller: Caller, call_id: Any, args: list[Any]) -> dict[str, Any] | WaitCall:
        options = args[1]
        since = options.get("since")
        timeout = min(int(options.get("timeout", 30000)), MAX_WAIT_MS)
        try:
            version = series_version(self.tree, caller, args[0])
        except CallFailure as failure:
            return failure.reply(call_id)
        deadline = self.clock() + timeout / 1000
        pending = WaitCall(call_id, caller, args[0], None if since is None else int(since), version, deadline)
        return self.poll(pending) or pending

    def poll(self, pending: WaitCall) -> dict[str, Any] | None:
        """The reply of a wait if it is due (a newer point, or the deadline passed), else ``None``."""
        try:
            point = newest_after(self.tree, pending.caller, pending.resource, pending.since, pending.version)
        except CallFailure as failure:
            return failure.reply(pending.call_id)
        if point is not None:
            return {"id": pending.call_id, "status": "ok", "result": point}
        if self.clock() >= pending.deadline:
            return {"id": pending.call_id, "status": "expire"}
        return None


def _valid_id(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and len(value) <= 40)
