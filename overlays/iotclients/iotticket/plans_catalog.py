"""Plans of the seed's asset, device, organization and credential methods."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iotclients.core.errors import InvalidArgumentError

from ._runner import Plan, Step
from .checks import ATTRIBUTE_TYPES, at_most_one, check_enum, exactly_one
from .names_path import AmbiguousPathError, PathNotFoundError
from .resolve import Session, locate_asset, retrying, tree_of

if TYPE_CHECKING:
    from iotclients_generated.iotticket.models import (
        Asset,
        AssetAttribute,
        AssetTemplateDetail,
        Credential,
        Device,
    )


__all__ = [
    "asset_tree_lines",
    "get_all_assets",
    "get_asset_template",
    "get_assets",
    "get_attributes",
    "get_credential_query",
    "get_devices",
    "one_by_name",
]


def one_by_name(items: list[Any], name: str, argument: str, what: str, name_of: Any = None) -> Any:
    """The single item called ``name``; not found and ambiguous raise naming ``argument``."""
    matches = [item for item in items if (name_of(item) if name_of else item.name) == name]
    if not matches:
        raise PathNotFoundError(argument, (name,), None, (), what)
    if len(matches) > 1:
        raise AmbiguousPathError(argument, (name,), None, [str(m.id) for m in matches], what)
    return matches[0]


def get_all_assets(session: Session, templates: bool | None, event_types: bool | None) -> Plan[list[Asset]]:
    assets: list[Asset] = yield Step(
        "list_assets",
        org_id=session.organization_id,
        include_templates=bool(templates) or None,
        include_event_types=bool(event_types) or None,
    )
    return assets


def get_asset_template(session: Session, template_id: Any, template_name: Any) -> Plan[AssetTemplateDetail]:
    exactly_one(template_id=template_id, template_name=template_name)
    if template_name is not None:
        listed = yield Step("list_asset_templates", org_id=session.organization_id, name=template_name)
        template_id = one_by_name(list(listed), template_name, "template_name", "asset template").id
    detail: AssetTemplateDetail = yield Step(
        "read_asset_template", org_id=session.organization_id, template_id=template_id
    )
    return detail


def get_assets(session: Session, asset_id: Any, asset_name: Any, names_path: Any) -> Plan[list[Asset]]:
    which = at_most_one(asset_id=asset_id, asset_name=asset_name, names_path=names_path)
    if which is None:
        roots: list[Asset] = yield Step("list_assets", org_id=session.organization_id, root=True)
        return roots

    def run() -> Plan[list[Asset]]:
        located = yield from locate_asset(
            session, names_path=names_path, asset_name=asset_name, asset_id=asset_id
        )
        children: list[Asset] = yield Step(
            "list_asset_children", org_id=session.organization_id, asset_id=located.asset_id
        )
        return children

    return (yield from retrying(session, which != "asset_id", run))


def get_attributes(
    session: Session, asset_id: Any, asset_name: Any, names_path: Any, attribute_type: Any
) -> Plan[list[AssetAttribute]]:
    which = exactly_one(asset_id=asset_id, asset_name=asset_name, names_path=names_path)
    check_enum("attribute_type", attribute_type, ATTRIBUTE_TYPES)

    def run() -> Plan[list[AssetAttribute]]:
        located = yield from locate_asset(
            session, names_path=names_path, asset_name=asset_name, asset_id=asset_id
        )
        attributes: list[AssetAttribute] = yield Step(
            "list_asset_attributes",
            org_id=session.organization_id,
            asset_id=located.asset_id,
            type_=attribute_type,
        )
        return attributes

    return (yield from retrying(session, which != "asset_id", run))


def asset_tree_lines(session: Session, asset_id: Any, asset_name: Any, names_path: Any) -> Plan[list[str]]:
    """The lines ``print_asset_tree`` prints: the subtree below the located asset, or every root."""
    at_most_one(asset_id=asset_id, asset_name=asset_name, names_path=names_path)
    tree = yield from tree_of(session)
    if asset_id is None and asset_name is None and names_path is None:
        start = None
    else:
        located = yield from locate_asset(
            session, names_path=names_path, asset_name=asset_name, asset_id=asset_id
        )
        start = located.asset_id
        try:
            tree.asset(start)
        except KeyError:
            raise InvalidArgumentError("asset_id", f"no asset {start!r} in the tree") from None
    lines: list[str] = []

    def walk(parent: str | None, depth: int) -> None:
        for child in tree.children(parent):
            lines.append("    " * depth + child.name)
            walk(child.id, depth + 1)

    walk(start, 0)
    return lines


def get_devices(session: Session, asset_id: Any, asset_name: Any, names_path: Any) -> Plan[list[str]]:
    which = at_most_one(asset_id=asset_id, asset_name=asset_name, names_path=names_path)

    def run() -> Plan[list[str]]:
        target = None
        if which is not None:
            located = yield from locate_asset(
                session, names_path=names_path, asset_name=asset_name, asset_id=asset_id
            )
            target = located.asset_id
        devices: list[Device] = yield Step("list_devices", org_id=session.organization_id, asset_id=target)
        return [device.id for device in devices]

    return (yield from retrying(session, which not in (None, "asset_id"), run))


def get_credential_query(
    session: Session,
    organization_id: str | None,
    *,
    credential_id: str | None,
    credential_name: str | None,
    client_id: str | None,
    scope: str | None,
) -> Plan[Credential]:
    filters = {"id": credential_id, "name": credential_name, "client_id": client_id, "scope": scope}
    if all(value is None for value in filters.values()):
        raise InvalidArgumentError(
            "credential_id, credential_name, client_id, scope", "give at least one of them to query by"
        )
    found: list[Credential] = yield Step(
        "list_credentials", org_id=organization_id or session.organization_id, **filters
    )
    shown = ", ".join(f"{key}={value!r}" for key, value in filters.items() if value is not None)
    if not found:
        raise PathNotFoundError(
            "credential_id, credential_name, client_id, scope", (shown,), None, (), "credential"
        )
    if len(found) > 1:
        raise AmbiguousPathError(
            "credential_id, credential_name, client_id, scope",
            (shown,),
            None,
            [c.id for c in found],
            "credential",
        )
    return found[0]
