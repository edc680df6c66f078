"""Maintenance work orders of lines."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound
from iotclients_sandbox.oden.matching import Body, Match, match_of, obj, required_obj, select, text
from iotclients_sandbox.oden.records import WorkOrder
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import parse_time
from iotclients_sandbox.oden.views import work_order_view

__all__ = ["WorkOrders"]

_CREATE_FIELDS = ("name", "line", "external_id", "started_at")


class WorkOrders:
    def __init__(self, state: OdenState, catalog: Catalog) -> None:
        self.state = state
        self.catalog = catalog

    def set_maintenance_work_order(self, body: Body) -> dict[str, Any]:
        order_id = text(body, "id")
        if order_id is None:
            order = self._create(body)
        else:
            found = self.state.work_orders.get(order_id)
            if found is None:
                raise NotFound(f"maintenance work order {order_id!r} not found", name="id")
            order = found
            # An update by id is partial: only the fields sent change.
            if obj(body, "line") is not None:
                order.line_id = self.catalog.resolve_line(required_obj(body, "line")).id
            for key in ("name", "external_id"):
                value = text(body, key)
                if value is not None:
                    setattr(order, key, value)
            if body.get("started_at") is not None:
                order.started_at = parse_time(body["started_at"], "started_at")
        if "description" in body:
            order.description = text(body, "description")
        if "completed_at" in body:
            value = body["completed_at"]
            order.completed_at = parse_time(value, "completed_at") if value is not None else None
        if "metadata" in body:
            metadata = obj(body, "metadata")
            order.metadata = dict(metadata) if metadata is not None else None
        if order.completed_at is not None and order.completed_at < order.started_at:
            raise BadParameter("completed_at", "completed_at is before started_at")
        return work_order_view(self.state, order)

    def _create(self, body: Body) -> WorkOrder:
        for key in _CREATE_FIELDS:
            if body.get(key) is None:
                raise BadParameter(
                    key, f"{key} is required to create a work order ({', '.join(_CREATE_FIELDS)})"
                )
        line = self.catalog.resolve_line(required_obj(body, "line"))
        order = WorkOrder(
            self.state.new_uuid(),
            str(body["name"]),
            str(body["external_id"]),
            line.id,
            parse_time(body["started_at"], "started_at"),
            self.state.next_sequence(),
        )
        self.state.work_orders[order.id] = order
        return order

    def _find(self, body: Body, *, needs_range: bool) -> list[WorkOrder]:
        orders = list(self.state.work_orders.values())
        order_id = text(body, "id")
        if order_id is not None:
            return [order for order in orders if order.id == order_id]
        external_id = text(body, "external_id")
        line_ref = obj(body, "line")
        if line_ref is not None:
            line = self.catalog.resolve_line(line_ref)
            orders = [order for order in orders if order.line_id == line.id]
        if external_id is not None:
            return [order for order in orders if order.external_id == external_id]
        if line_ref is None:
            raise BadParameter("id", "give id, external_id, or line with start_time and end_time")
        if needs_range:
            for key in ("start_time", "end_time"):
                if body.get(key) is None:
                    raise BadParameter(key, f"searching by line needs {key}")
            start = parse_time(body["start_time"], "start_time")
            end = parse_time(body["end_time"], "end_time")
            orders = [order for order in orders if start <= order.started_at < end]
        return sorted(orders, key=lambda order: (order.started_at, order.sequence))

    def search_maintenance_work_orders(self, body: Body) -> list[dict[str, Any]]:
        found = select(
            self._find(body, needs_range=True),
            match_of(body),
            "maintenance_work_order",
            missing="no work order matches",
        )
        return [work_order_view(self.state, order) for order in found]

    def delete_maintenance_work_order(self, body: Body) -> list[dict[str, Any]]:
        if match_of(body) is not Match.UNIQUE:
            raise BadParameter("match", "work orders are deleted one at a time: match must be unique")
        if text(body, "id") is None and text(body, "external_id") is None:
            raise BadParameter("id", "give the work order id, or its external_id (and line)")
        found = select(
            self._find(body, needs_range=False),
            Match.UNIQUE,
            "maintenance_work_order",
            missing="no work order matches",
        )
        view = work_order_view(self.state, found[0])
        del self.state.work_orders[found[0].id]
        return [view]
