"""Accounts, organisations, projects and devices."""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list
from iotclients_sandbox.iotile.firmware import check_firmware_fields
from iotclients_sandbox.iotile.records import Device, Org, Project
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import (
    account_view,
    device_view,
    org_view,
    project_view,
)

__all__ = ["Catalog"]

LARGE = {"default": 1000, "maximum": 10000}


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "org"


def fields_of(call: Call, allowed: tuple[str, ...]) -> dict[str, Any]:
    """The writable fields a PATCH or PUT body gives."""
    body = call.body or {}
    return {key: body[key] for key in allowed if key in body}


class Catalog:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    # -- lookups that answer 404 ---------------------------------------------------------------

    def org(self, call: Call) -> Org:
        org = self.state.orgs.get(call.path["slug"])
        if org is None or call.require_user().username not in org.members:
            raise IOTileError.detail(404, "Not found.")
        return org

    def project(self, call: Call) -> Project:
        try:
            project_id = uuid.UUID(call.path["id"])
        except ValueError:
            # DRF's get_object_or_404 turns a lookup value the UUID field refuses into a 404.
            raise IOTileError.detail(404, "Not found.") from None
        project = self.state.projects.get(project_id)
        if project is None:
            raise IOTileError.detail(404, "Not found.")
        return project

    def device(self, call: Call) -> Device:
        device = self.state.device_by_slug(call.path["slug"])
        if device is None:
            raise IOTileError.detail(404, "Not found.")
        return device

    # -- accounts ------------------------------------------------------------------------------

    def list_accounts(self, call: Call) -> Reply:
        return Reply(200, paginate_list(call, [call.require_user()], account_view))

    def get_account(self, call: Call) -> Reply:
        user = call.require_user()
        if call.path["slug"] != user.slug:
            raise IOTileError.detail(404, "Not found.")
        return Reply(200, account_view(user))

    def partial_update_account(self, call: Call) -> Reply:
        user = call.require_user()
        if call.path["slug"] != user.slug:
            raise IOTileError.detail(403, "You do not have permission to perform this action.")
        for key, value in fields_of(call, ("name", "tagline")).items():
            setattr(user, key, value)
        return Reply(200, account_view(user))

    # -- organisations -------------------------------------------------------------------------

    def list_orgs(self, call: Call) -> Reply:
        user = call.require_user()
        search = (call.arg("search") or "").lower()
        created_by = call.arg("created_by")
        orgs = [
            org
            for org in self.state.orgs.values()
            if user.username in org.members
            and search in org.name.lower()
            and (created_by is None or org.created_by == created_by)
        ]
        return Reply(200, paginate_list(call, orgs, org_view))

    def create_org(self, call: Call) -> Reply:
        user = call.require_user()
        body = call.body or {}
        slug = base = _slugify(str(body["name"]))
        number = 1
        while slug in self.state.orgs:
            number += 1
            slug = f"{base}-{number}"
        org = Org(
            id=uuid.uuid4(),
            name=str(body["name"]),
            slug=slug,
            created_by=user.username,
            about=str(body.get("about", "")),
            ot=body.get("ot"),
            created_on=datetime.datetime.now(datetime.UTC),
            members={user.username: "m0"},
        )
        self.state.orgs[slug] = org
        return Reply(201, org_view(org))

    def get_org(self, call: Call) -> Reply:
        return Reply(200, org_view(self.org(call)))

    def update_org(self, call: Call) -> Reply:
        org = self._admin_org(call)
        org.name = str((call.body or {})["name"])
        org.about = str((call.body or {}).get("about", ""))
        return Reply(200, org_view(org))

    def partial_update_org(self, call: Call) -> Reply:
        org = self._admin_org(call)
        for key, value in fields_of(call, ("name", "about")).items():
            setattr(org, key, value)
        return Reply(200, org_view(org))

    def delete_org(self, call: Call) -> Reply:
        org = self._admin_org(call)
        if any(project.org == org.slug for project in self.state.projects.values()):
            raise IOTileError.detail(403, "An organisation with projects cannot be deleted.")
        del self.state.orgs[org.slug]
        return Reply(204)

    def list_org_projects(self, call: Call) -> Reply:
        org = self.org(call)
        projects = [p for p in self.state.projects.values() if p.org == org.slug]
        return Reply(200, paginate_list(call, projects, project_view))

    def list_org_devices(self, call: Call) -> Reply:
        org = self.org(call)
        devices = [d for d in self.state.devices.values() if d.org == org.slug]
        return Reply(200, paginate_list(call, devices, device_view, **LARGE))

    def list_org_members(self, call: Call) -> Reply:
        org = self.org(call)
        users = {user.username: user for user in self.state.users.values()}
        members = [
            {
                "user": name,
                "name": users[name].name if name in users else None,
                "email": users[name].email if name in users else None,
                "role": role,
                "is_active": True,
                "created_on": None,
            }
            for name, role in org.members.items()
        ]
        return Reply(200, paginate_list(call, members, lambda item: item))

    def get_org_extra(self, call: Call) -> Reply:
        org = self.org(call)
        view = org_view(org)
        counts = {
            "projects": sum(1 for p in self.state.projects.values() if p.org == org.slug),
            "devices": sum(1 for d in self.state.devices.values() if d.org == org.slug),
            "members": len(org.members),
        }
        keep = ("id", "name", "slug", "about", "created_on", "created_by")
        return Reply(200, {**{key: view[key] for key in keep}, "counts": counts})

    def get_org_membership(self, call: Call) -> Reply:
        org = self.org(call)
        user = call.require_user()
        return Reply(
            200,
            {
                "user": user.username,
                "name": user.name,
                "email": user.email,
                "role": org.members[user.username],
                "is_active": True,
                "created_on": None,
            },
        )

    def invite_org_member(self, call: Call) -> Reply:
        org = self._admin_org(call)
        body = call.body or {}
        role = str(body.get("role", "m1"))
        self.state.invitations.setdefault(org.slug, {})[str(body["email"])] = role
        return Reply(202, {"email": body["email"], "role": role})

    def list_org_pending(self, call: Call) -> Reply:
        org = self._admin_org(call)
        pending = self.state.invitations.get(org.slug, {})
        return Reply(200, [{"email": email, "role": role} for email, role in pending.items()])

    def register_org(self, call: Call) -> Reply:
        """The caller joins the organisation: as invited, or as a plain member (``m1``)."""
        user = call.require_user()
        org = self.state.orgs.get(call.path["slug"])
        if org is None:
            raise IOTileError.detail(404, "Not found.")
        role = org.members.get(user.username) or self.state.invitations.get(org.slug, {}).pop(
            user.email, "m1"
        )
        org.members[user.username] = role
        return Reply(200, {"org": org.slug, "role": role})

    def _admin_org(self, call: Call) -> Org:
        org = self.org(call)
        if org.members.get(call.require_user().username) not in ("m0", "a0", "a1"):
            raise IOTileError.detail(403, "You do not have permission to perform this action.")
        return org

    # -- projects ------------------------------------------------------------------------------

    def list_projects(self, call: Call) -> Reply:
        call.require_user()
        org = call.arg("org") or call.arg("org__slug")
        slug, name = call.arg("slug"), call.arg("name")
        projects = [
            project
            for project in self.state.projects.values()
            if (org is None or project.org == org)
            and (slug is None or project.slug == slug)
            and (name is None or project.name == name)
        ]
        return Reply(200, paginate_list(call, projects, project_view))

    def create_project(self, call: Call) -> Reply:
        body = call.body or {}
        return Reply(201, project_view(self._new_project(call, body)))

    def new_project(self, call: Call) -> Reply:
        body = call.body or {}
        device = None
        if body.get("device"):
            device = self.state.device_by_slug(str(body["device"]))
            if device is None or device.project is not None:
                raise IOTileError(400, {"device": ["Device not found or already claimed."]})
        project = self._new_project(call, body)
        if device is not None:
            device.project, device.org, device.claimed_by = project.id, project.org, project.created_by
            device.claimed_on = datetime.datetime.now(datetime.UTC)
        return Reply(201, {"id": str(project.id)})

    def _new_project(self, call: Call, body: dict[str, Any]) -> Project:
        user = call.require_user()
        if str(body["org"]) not in self.state.orgs:
            raise IOTileError(400, {"org": [f"Object with slug={body['org']} does not exist."]})
        gid = max((p.gid for p in self.state.projects.values()), default=0) + 1
        project = Project(
            id=uuid.uuid4(),
            gid=gid,
            name=str(body["name"]),
            org=str(body["org"]),
            created_by=user.username,
            about=str(body.get("about", "")),
            created_on=datetime.datetime.now(datetime.UTC),
        )
        self.state.projects[project.id] = project
        return project

    def get_project(self, call: Call) -> Reply:
        return Reply(200, project_view(self.project(call)))

    def partial_update_project(self, call: Call) -> Reply:
        project = self.project(call)
        for key, value in fields_of(call, ("name", "about")).items():
            setattr(project, key, value)
        return Reply(200, project_view(project))

    def get_project_extra(self, call: Call) -> Reply:
        project = self.project(call)
        devices = [d for d in self.state.devices.values() if d.project == project.id]
        view = project_view(project)
        view["counts"] = {
            "active_devices": sum(1 for d in devices if d.active),
            "inactive_devices": sum(1 for d in devices if not d.active),
            "variables": sum(1 for v in self.state.variables.values() if v.project == project.id),
            "streams": len(self.state.streams_of(project=project)),
        }
        return Reply(200, view)

    # -- devices -------------------------------------------------------------------------------

    def list_devices(self, call: Call) -> Reply:
        call.require_user()
        devices = list(self.state.devices.values())
        project_ref = call.arg("project")
        if project_ref is not None:
            project = self.state.project_by_ref(project_ref)
            devices = [d for d in devices if project is not None and d.project == project.id]
        for name in ("sg", "external_id"):
            wanted = call.arg(name)
            if wanted is not None:
                devices = [d for d in devices if getattr(d, name) == wanted]
        if call.arg("dt") is not None:
            devices = [d for d in devices if d.template == call.arg("dt")]
        if call.arg("org__slug") is not None:
            devices = [d for d in devices if d.org == call.arg("org__slug")]
        claimed = call.arg("claimed")
        if claimed is not None:
            devices = [d for d in devices if (d.project is not None) == (claimed.lower() in ("true", "1"))]
        return Reply(200, paginate_list(call, devices, device_view, **LARGE))

    def get_device(self, call: Call) -> Reply:
        return Reply(200, device_view(self.device(call)))

    def partial_update_device(self, call: Call) -> Reply:
        device = self.device(call)
        firmware = check_firmware_fields(call.body or {})
        for key, value in {
            **fields_of(call, ("label", "lat", "lon", "external_id", "active")),
            **firmware,
        }.items():
            setattr(device, key, value)
        return Reply(200, device_view(device))

    def get_device_extra(self, call: Call) -> Reply:
        device = self.device(call)
        streams = self.state.streams_of(device=device)
        return Reply(
            200,
            {
                "id": device.id,
                "slug": device.slug,
                "label": device.label,
                "project": str(device.project) if device.project else None,
                "counts": {
                    # Per stream, as iotile-cloud's mock answers; streams without data are left out.
                    "stream_counts": {
                        stream.slug: {"data_cnt": len(stream.series), "has_streamid": True}
                        for stream in streams
                        if len(stream.series)
                    },
                    "data_counts": sum(len(s.series) for s in streams),
                },
            },
        )

    def claim_device(self, call: Call) -> Reply:
        user = call.require_user()
        body = call.body or {}
        device = self.state.device_by_slug(str(body["device"]))
        if device is None:
            raise IOTileError(400, {"device": ["Device not found."]})
        if device.project is not None:
            raise IOTileError(400, {"device": ["Device has already been claimed."]})
        project = self.state.project_by_ref(str(body["project"]))
        if project is None:
            raise IOTileError(400, {"project": ["Project not found."]})
        device.project, device.org, device.claimed_by = project.id, project.org, user.username
        device.claimed_on = datetime.datetime.now(datetime.UTC)
        return Reply(200, device_view(device))
