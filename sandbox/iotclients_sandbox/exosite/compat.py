"""The argument orders clients really send, normalised to the documented ones.

Older clients (pyonep among them) omit the leading client argument of lookup, unmap, activate,
deactivate, listing and of creating a client, add an unused ``{}`` to write, and call listing
with one argument (answered as a list of lists in type order). The platform accepts all of
them and acts on the calling client; so does the sandbox.
"""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.exosite.errors import CallFailure, unsupported

__all__ = ["CREATE_METHODS", "normalise"]

SELF = {"alias": ""}
CREATE_METHODS = {
    "client": "create_client",
    "dataport": "create_dataport",
    "datarule": "create_datarule",
    "dispatch": "create_dispatch",
    "clone": "create_clone",
}
_LEADING_CLIENT = {"lookup": 3, "unmap": 3, "activate": 3, "deactivate": 3}
_LISTING_TYPES = ("client", "dataport", "datarule", "dispatch")


def normalise(procedure: str, args: list[Any]) -> tuple[str, list[Any], bool]:
    """``(spec method, documented arguments, answer listing as a list of lists)``."""
    if procedure in _LEADING_CLIENT and len(args) == _LEADING_CLIENT[procedure] - 1:
        return procedure, [SELF, *args], False
    if procedure == "write" and len(args) == 3 and args[2] == {}:
        return "write", args[:2], False
    if procedure == "listing":
        return _listing(args)
    if procedure == "create":
        return _create(args)
    return procedure, args, False


def _listing(args: list[Any]) -> tuple[str, list[Any], bool]:
    if len(args) in (1, 2) and isinstance(args[0], list):
        _check_types(args[0])
        options = args[1] if len(args) == 2 else {}
        return "listing", [SELF, args[0], options], len(args) == 1
    if len(args) == 3:
        if isinstance(args[1], list):
            _check_types(args[1])
        return "listing", args, False
    raise unsupported("listing")


def _check_types(types: list[Any]) -> None:
    # An unknown type is answered with status "error" and a message as the result.
    for kind in types:
        if kind not in _LISTING_TYPES:
            raise CallFailure("error", result=f"invalid type {kind!r}")


def _create(args: list[Any]) -> tuple[str, list[Any], bool]:
    if len(args) == 3 and args[1] == "client":
        return "create_client", args, False
    if len(args) == 2 and isinstance(args[0], str):
        if args[0] == "client":
            return "create_client", [SELF, *args], False
        method = CREATE_METHODS.get(args[0])
        if method is not None:
            return method, args, False
    raise unsupported("create")
