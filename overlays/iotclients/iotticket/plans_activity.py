"""Plans of the seed's event and command methods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iotclients.core.errors import InvalidArgumentError

from ._runner import Plan, Step
from .checks import (
    EVENT_TYPES,
    MAX_LIMIT,
    at_most_one,
    check_enum,
    check_limit,
    check_timestamp_form,
    exactly_one,
    optional_utc,
    parse_tz,
)
from .frames import OutputOptions, stamp_out
from .names_path import pick_attribute
from .resolve import Session, attributes_of, locate_asset, locate_attribute, nodes, retrying, tree_of
from .results import CommandLogEntry

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import (
        ActiveAssetEvent,
        CommandAccepted,
        HistoryAssetEvent,
        SimpleCommandLogData,
    )


__all__ = [
    "active_count",
    "command_target",
    "get_asset_event_history",
    "get_asset_events_active",
    "get_command_details",
    "send",
]


def _asset_ids(session: Session, asset_ids: Any, asset_names: Any) -> Plan[str | None]:
    if asset_ids is not None:
        if (
            isinstance(asset_ids, str)
            or not asset_ids
            or not all(isinstance(a, str) and a for a in asset_ids)
        ):
            raise InvalidArgumentError("asset_ids", "must be a non-empty list of asset ids")
        return ",".join(asset_ids)
    if asset_names is not None:
        if isinstance(asset_names, str) or not asset_names:
            raise InvalidArgumentError("asset_names", "must be a non-empty list of asset names")
        tree = yield from tree_of(session)
        return ",".join(
            tree.resolve_asset_name(n, argument=f"asset_names[{i}]").asset_id
            for i, n in enumerate(asset_names)
        )
    return None


def get_asset_event_history(session: Session, args: dict[str, Any]) -> Plan[list[HistoryAssetEvent]]:
    which = exactly_one(asset_ids=args["asset_ids"], asset_names=args["asset_names"])
    check_enum("event_type", args["event_type"], EVENT_TYPES)
    if args["only_acknowledged"] and not args["acknowledged"]:
        raise InvalidArgumentError(
            "acknowledged, only_acknowledged",
            "only_acknowledged=True with acknowledged=False always gives nothing",
        )
    limit = check_limit(args["limit"])
    start, end = optional_utc(args["start_time"], "start_time"), optional_utc(args["end_time"], "end_time")

    def run() -> Plan[list[HistoryAssetEvent]]:
        ids = yield from _asset_ids(session, args["asset_ids"], args["asset_names"])
        events: list[HistoryAssetEvent] = yield Step(
            "list_event_history",
            org_id=session.organization_id,
            asset_ids=ids,
            type_=args["event_type"],
            start=start,
            end=end,
            acknowledged=bool(args["acknowledged"]),
            only_acknowledged=bool(args["only_acknowledged"]),
            limit=limit,
        )
        return events

    return (yield from retrying(session, which == "asset_names", run))


def get_asset_events_active(session: Session, args: dict[str, Any]) -> Plan[list[ActiveAssetEvent]]:
    which = at_most_one(asset_ids=args["asset_ids"], asset_names=args["asset_names"])
    check_enum("event_type", args["event_type"], EVENT_TYPES)
    limit = check_limit(args["limit"])
    start = optional_utc(args["start_time"], "start_time")

    def run() -> Plan[list[ActiveAssetEvent]]:
        ids = yield from _asset_ids(session, args["asset_ids"], args["asset_names"])
        events: list[ActiveAssetEvent] = yield Step(
            "list_active_events",
            org_id=session.organization_id,
            asset_ids=ids,
            type_=args["event_type"],
            start=start,
            acknowledged=bool(args["acknowledged"]),
            limit=limit,
        )
        return events

    return (yield from retrying(session, which == "asset_names", run))


def active_count(session: Session) -> Plan[int]:
    count = (yield Step("count_active_events", org_id=session.organization_id)).count
    if count > MAX_LIMIT:
        raise InvalidArgumentError(
            "asset_event_active_count", f"{count} events are active; the limit is {MAX_LIMIT}"
        )
    return int(count)


def get_command_details(session: Session, args: dict[str, Any]) -> Plan[list[CommandLogEntry]]:
    which = exactly_one(
        names_path=args["names_path"], asset_name=args["asset_name"], asset_id=args["asset_id"]
    )
    options = OutputOptions(
        epoch=check_timestamp_form(args["timestamp"]) == "epoch", zone=parse_tz(args["tz"])
    )

    def run() -> Plan[list[CommandLogEntry]]:
        located = yield from locate_asset(
            session, names_path=args["names_path"], asset_name=args["asset_name"], asset_id=args["asset_id"]
        )
        logs: list[SimpleCommandLogData] = yield Step(
            "list_latest_commands",
            org_id=session.organization_id,
            asset_id=located.asset_id,
            identifier_name=args["identifier_name"],
        )
        return [CommandLogEntry.of(log, stamp_out(log.timestamp, options)) for log in logs]

    return (yield from retrying(session, which != "asset_id", run))


def command_target(session: Session, args: dict[str, Any]) -> Plan[str]:
    """The Command attribute a ``names_path`` or an asset locator plus an attribute locator designate."""
    if args["names_path"] is not None:
        if any(args[k] is not None for k in ("asset_name", "asset_id", "attribute_name", "attribute_id")):
            raise InvalidArgumentError(
                "names_path, asset_name, asset_id, attribute_name, attribute_id",
                "give names_path alone, or an asset and an attribute locator",
            )
        attribute, _ = yield from locate_attribute(session, args["names_path"], types=("Command",))
        return attribute.id
    exactly_one(asset_name=args["asset_name"], asset_id=args["asset_id"])
    exactly_one(attribute_name=args["attribute_name"], attribute_id=args["attribute_id"])
    located = yield from locate_asset(session, asset_name=args["asset_name"], asset_id=args["asset_id"])
    pool = [a for a in (yield from attributes_of(session, located.asset_id))]
    if args["attribute_id"] is not None:
        if not any(a.id == args["attribute_id"] and str(a.type) == "Command" for a in pool):
            raise InvalidArgumentError(
                "attribute_id", f"no Command attribute {args['attribute_id']!r} in asset {located.asset_id!r}"
            )
        return str(args["attribute_id"])
    names = (*(located.names or (located.asset_id,)), args["attribute_name"])
    return pick_attribute(nodes(pool), names, ("Command",), "attribute_name").id


def send(session: Session, args: dict[str, Any], control: bool) -> Plan[CommandAccepted]:
    if not control and (args["payload"] is None) == (args["template_variables"] is None):
        raise InvalidArgumentError(
            "payload, template_variables", "exactly one of payload and template_variables must be given"
        )
    if (
        not control
        and args["template_variables"] is not None
        and not isinstance(args["template_variables"], dict)
    ):
        raise InvalidArgumentError(
            "template_variables", "must be a dict of template variable names and values"
        )
    uses_snapshot = args["asset_id"] is None

    def run() -> Plan[CommandAccepted]:
        attribute_id = yield from command_target(session, args)
        if control:
            body = {
                "desiredValue": args["desired_value"],
                "skipFirstCommand": bool(args["skip_first_command"]),
            }
            accepted: CommandAccepted = yield Step(
                "create_control_command",
                org_id=session.organization_id,
                attribute_id=attribute_id,
                control_command_request=body,
            )
            return accepted
        body = {"aggregated": bool(args["aggregated"])}
        body.update(
            {"payload": args["payload"]}
            if args["payload"] is not None
            else {"templateVariables": args["template_variables"]}
        )
        accepted = yield Step(
            "create_command", org_id=session.organization_id, attribute_id=attribute_id, command_request=body
        )
        return accepted

    return (yield from retrying(session, uses_snapshot, run))
