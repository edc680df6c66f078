"""Accounts, organisations, projects, devices, variables and variable types."""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list
from iotclients_sandbox.iotile.records import Device, Org, Project, Variable
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import (
    account_view,
    device_view,
    org_view,
    project_view,
    variable_view,
    vartype_view,
)

__all__ = ["Catalog"]

LARGE = {"default": 1000, "maximum": 10000}


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "org"


def _fields(call: Call, allowed: tuple[str, ...]) -> dict[str, Any]:
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
            raise IOTileError.detail(400, "Project ID must be a UUID") from None
        project = self.state.projects.get(project_id)
        if project is None:
            raise IOTileError.detail(404, "Not found.")
        return project

    def device(self, call: Call) -> Device:
        device = self.state.device_by_slug(call.path["slug"])
        if device is None:
            raise IOTileError.detail(404, "Not found.")
        return device

    def variable(self, call: Call) -> Variable:
        variable = self.state.variables.get(call.path["slug"])
        if variable is None:
            raise IOTileError.detail(404, "Not found.")
        return variable

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
        for key, value in _fields(call, ("name", "tagline")).items():
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
        for key, value in _fields(call, ("name", "about")).items():
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

    def invite_org_member(self, call: Call) -> Reply:
        self._admin_org(call)
        body = call.body or {}
        return Reply(202, {"email": body["email"], "role": body.get("role", "m1")})

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
        user = call.require_user()
        body = call.body or {}
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
        return Reply(201, project_view(project))

    def get_project(self, call: Call) -> Reply:
        return Reply(200, project_view(self.project(call)))

    def partial_update_project(self, call: Call) -> Reply:
        project = self.project(call)
        for key, value in _fields(call, ("name", "about")).items():
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
        for key, value in _fields(call, ("label", "lat", "lon", "external_id", "active")).items():
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
                "counts": {"stream_counts": len(streams), "data_counts": sum(len(s.series) for s in streams)},
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

    # -- variables and types -------------------------------------------------------------------

    def list_variables(self, call: Call) -> Reply:
        call.require_user()
        variables = list(self.state.variables.values())
        project_ref = call.arg("project")
        if project_ref is not None:
            project = self.state.project_by_ref(project_ref)
            variables = [v for v in variables if project is not None and v.project == project.id]
        if call.arg("org") is not None:
            variables = [v for v in variables if v.org == call.arg("org")]
        search = (call.arg("search") or "").lower()
        variables = [v for v in variables if search in v.name.lower()]
        return Reply(200, paginate_list(call, variables, variable_view, **LARGE))

    def create_variable(self, call: Call) -> Reply:
        body = call.body or {}
        project = self.state.project_by_ref(str(body["project"]))
        if project is None:
            raise IOTileError(400, {"project": ["Project not found."]})
        vartype = self.state.vartypes.get(str(body.get("var_type", "water-meter-volume")))
        if vartype is None:
            raise IOTileError(400, {"var_type": ["Variable type not found."]})
        variable = Variable(
            id=self.state.next_id(),
            name=str(body["name"]),
            lid=int(body["lid"]),
            project=project.id,
            project_gid=project.gid,
            org=project.org,
            var_type=vartype,
            input_unit=vartype.input_units[0],
            output_unit=vartype.output_units[0],
            about=str(body.get("about", "")),
            multiplication_factor=int(body.get("multiplication_factor", 1)),
            division_factor=int(body.get("division_factor", 1)),
            offset=float(body.get("offset", 0.0)),
        )
        if variable.slug in self.state.variables:
            raise IOTileError(400, {"lid": [f"Variable {variable.slug} already exists."]})
        self.state.variables[variable.slug] = variable
        return Reply(201, variable_view(variable))

    def get_variable(self, call: Call) -> Reply:
        return Reply(200, variable_view(self.variable(call)))

    def partial_update_variable(self, call: Call) -> Reply:
        variable = self.variable(call)
        fields = ("name", "about", "multiplication_factor", "division_factor", "offset")
        for key, value in _fields(call, fields).items():
            setattr(variable, key, value)
        return Reply(200, variable_view(variable))

    def get_variable_type(self, call: Call) -> Reply:
        return Reply(200, vartype_view(self.variable(call).var_type))

    def list_vartypes(self, call: Call) -> Reply:
        search = (call.arg("search") or "").lower()
        types = [t for t in self.state.vartypes.values() if search in t.name.lower()]
        return Reply(200, paginate_list(call, types, vartype_view))

    def get_vartype(self, call: Call) -> Reply:
        vartype = self.state.vartypes.get(call.path["slug"])
        if vartype is None:
            raise IOTileError.detail(404, "Not found.")
        return Reply(200, vartype_view(vartype))
