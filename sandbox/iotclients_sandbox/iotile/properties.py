"""Name/value properties of projects, devices and blocks (``property/?target=``)."""

from __future__ import annotations

from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply, paginate_list
from iotclients_sandbox.iotile.records import Property
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.views import property_view

__all__ = ["Properties"]

_VALUE_FIELDS = ("str_value", "int_value", "bool_value")


class Properties:
    def __init__(self, state: IOTileState) -> None:
        self.state = state

    def list_properties(self, call: Call) -> Reply:
        call.require_user()
        target = call.arg("target")
        if not target:
            raise IOTileError.detail(406, "target argument is required")
        found = [p for p in self.state.properties.values() if p.target == target]
        return Reply(200, paginate_list(call, found, property_view))

    def create_property(self, call: Call) -> Reply:
        user = call.require_user()
        body = call.body or {}
        name, target = str(body["name"]), str(body["target"])
        if any(p.name == name and p.target == target for p in self.state.properties.values()):
            raise IOTileError(400, {"name": [f"{target} already has a property named {name!r}."]})
        values = [body[key] for key in _VALUE_FIELDS if key in body]
        if len(values) != 1:
            raise IOTileError(
                400, {"non_field_errors": ["Give exactly one of str_value, int_value, bool_value."]}
            )
        prop = Property(
            id=max(self.state.properties, default=0) + 1,
            name=name,
            target=target,
            value=values[0],
            created_by=user.username,
        )
        self.state.properties[prop.id] = prop
        return Reply(201, property_view(prop))

    def _property(self, call: Call) -> Property:
        prop = self.state.properties.get(int(call.path["id"]))
        if prop is None:
            raise IOTileError.detail(404, "Not found.")
        return prop

    def get_property(self, call: Call) -> Reply:
        return Reply(200, property_view(self._property(call)))

    def partial_update_property(self, call: Call) -> Reply:
        prop = self._property(call)
        values = [(call.body or {})[key] for key in _VALUE_FIELDS if key in (call.body or {})]
        if len(values) > 1:
            raise IOTileError(400, {"non_field_errors": ["Give one of str_value, int_value, bool_value."]})
        if values:
            prop.value = values[0]
        return Reply(200, property_view(prop))

    def delete_property(self, call: Call) -> Reply:
        del self.state.properties[self._property(call).id]
        return Reply(204)
