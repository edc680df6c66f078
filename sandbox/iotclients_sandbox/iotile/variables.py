"""Variables (a project's numbered quantities) and variable types with their units."""

from __future__ import annotations

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list
from iotclients_sandbox.iotile.catalog import LARGE, fields_of
from iotclients_sandbox.iotile.mdo_checks import checked_mdo_changes
from iotclients_sandbox.iotile.records import Variable
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import variable_view, vartype_view

__all__ = ["Variables"]


class Variables:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    def variable(self, call: Call) -> Variable:
        variable = self.state.variables.get(call.path["slug"])
        if variable is None:
            raise IOTileError.detail(404, "Not found.")
        return variable

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
        defaults = {"multiplication_factor": 1, "division_factor": 1, "offset": 0.0}
        mdo = {key: body[key] if body.get(key) is not None else default for key, default in defaults.items()}
        checked_mdo_changes(None, mdo)
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
            multiplication_factor=int(mdo["multiplication_factor"]),
            division_factor=int(mdo["division_factor"]),
            offset=float(mdo["offset"]),
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
        for key, value in checked_mdo_changes(variable, fields_of(call, fields)).items():
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
