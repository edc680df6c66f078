"""Scrap/yield records, quality tests and quality schemas, all attached to intervals."""

from __future__ import annotations

from typing import Any

from iotclients_sandbox.oden.catalog import Catalog
from iotclients_sandbox.oden.errors import BadParameter, NotFound, NotUnique
from iotclients_sandbox.oden.interval_refs import IntervalRefs
from iotclients_sandbox.oden.json_fields import json_object
from iotclients_sandbox.oden.matching import Body, match_of, obj, required_obj, select, text
from iotclients_sandbox.oden.records import QualitySchema, QualityTest, ScrapYieldRecord
from iotclients_sandbox.oden.state import OdenState
from iotclients_sandbox.oden.timefmt import parse_time
from iotclients_sandbox.oden.views import quality_schema_view, quality_test_view, scrap_yield_view

__all__ = ["Quality"]

_TESTABLE_TYPES = frozenset({"RUN", "BATCH"})


class Quality:
    def __init__(self, state: OdenState, catalog: Catalog, refs: IntervalRefs) -> None:
        self.state = state
        self.catalog = catalog
        self.refs = refs

    # -- scrap and yield ----------------------------------------------------------------------

    def search_scrap_yield(self, body: Body) -> list[dict[str, Any]]:
        interval = self.refs.resolve(required_obj(body, "interval"))
        records = [
            record for record in self.state.scrap_yield_records.values() if record.interval_id == interval.id
        ]
        record_id = text(obj(body, "data"), "id")
        if record_id is not None:
            records = [record for record in records if record.id == record_id]
        return [scrap_yield_view(self.state, record) for record in records]

    def set_scrap_yield(self, body: Body) -> None:
        data = required_obj(body, "data")
        interval = self.refs.resolve(required_obj(body, "interval"))
        record_id = text(data, "id")
        if record_id is not None:
            record = self.state.scrap_yield_records.get(record_id)
            if record is None or record.interval_id != interval.id:
                raise NotFound(f"no scrap/yield record {record_id!r} on this interval", name="data.id")
        else:
            raw = json_object(data, "raw_data", "data.raw_data")
            if raw is None:
                raise BadParameter("data.raw_data", "data.raw_data is required")
            line = self.state.lines[interval.line_id]
            schema_id = next(
                (
                    schema.id
                    for schema in self.state.scrap_yield_schemas.values()
                    if schema.factory_id == line.factory_id
                ),
                None,
            )
            record = ScrapYieldRecord(self.state.new_uuid(), interval.id, dict(raw), schema_id=schema_id)
            self.state.scrap_yield_records[record.id] = record
        raw_data = json_object(data, "raw_data", "data.raw_data")
        if raw_data is not None:
            record.raw_data = dict(raw_data)
        if "timestamp" in data:
            value = data["timestamp"]
            record.timestamp = parse_time(value, "data.timestamp") if value is not None else None

    def delete_scrap_yield(self, body: Body) -> None:
        record_id = text(obj(body, "data"), "id")
        if record_id is None:
            raise BadParameter("data.id", "data.id is required to delete a scrap/yield record")
        line_ref = obj(required_obj(body, "interval"), "line")
        if line_ref is None:
            raise BadParameter("interval.line", "interval.line is required to delete a scrap/yield record")
        line = self.catalog.resolve_line(line_ref, "interval.line")
        record = self.state.scrap_yield_records.get(record_id)
        interval = self.state.intervals.get(record.interval_id) if record is not None else None
        if record is None or interval is None or interval.line_id != line.id:
            raise NotFound(f"no scrap/yield record {record_id!r} on line {line.name!r}", name="data.id")
        del self.state.scrap_yield_records[record.id]

    # -- quality tests ------------------------------------------------------------------------

    def set_quality_test(self, body: Body) -> None:
        test_id = text(body, "id")
        if test_id is not None:
            test = self.state.quality_tests.get(test_id)
            if test is None:
                raise NotFound(f"quality test {test_id!r} not found", name="id")
            # With an id this is a partial update: only the fields sent change.
            if obj(body, "interval") is not None:
                test.interval_id = self._testable_interval(body)
        else:
            interval_id = self._testable_interval(body)
            test = QualityTest(self.state.new_uuid(), interval_id, self.state.next_sequence())
            self.state.quality_tests[test.id] = test
        raw_data = obj(body, "raw_data")
        if raw_data is not None:
            test.raw_data = dict(raw_data)
        if body.get("timestamp") is not None:
            test.timestamp = parse_time(body["timestamp"], "timestamp")
        schema_ref = obj(body, "quality_schema")
        if schema_ref is not None:
            test.schema_id = self._resolve_schema(schema_ref, "quality_schema").id

    def _testable_interval(self, body: Body) -> str:
        interval = self.refs.resolve(required_obj(body, "interval"))
        type_name = self.state.interval_types[interval.type_id].name
        if type_name not in _TESTABLE_TYPES:
            raise BadParameter(
                "interval.type", f"quality tests belong to RUN or BATCH intervals, not {type_name}"
            )
        return interval.id

    def _tests_of(self, body: Body) -> list[QualityTest]:
        test_id = text(body, "id")
        if test_id is not None:
            found = self.state.quality_tests.get(test_id)
            return [found] if found is not None else []
        tests = list(self.state.quality_tests.values())
        interval_ref = obj(body, "interval")
        if interval_ref is not None:
            interval = self.refs.resolve(interval_ref)
            tests = [test for test in tests if test.interval_id == interval.id]
        return tests

    def search_quality_tests(self, body: Body) -> list[dict[str, Any]]:
        found = select(
            self._tests_of(body), match_of(body), "quality_test", missing="no quality test matches"
        )
        return [quality_test_view(self.state, test) for test in found]

    def delete_quality_test(self, body: Body) -> None:
        if text(body, "id") is None and obj(body, "interval") is None:
            raise BadParameter("id", "give the quality test id, or the interval that has exactly one test")
        tests = self._tests_of(body)
        if not tests:
            raise NotFound("no quality test matches")
        if len(tests) > 1:
            # Deleting by interval only works while the interval has a single test.
            raise NotUnique("quality_test", len(tests), name="interval")
        del self.state.quality_tests[tests[0].id]

    def bulk_delete_quality_tests(self, body: Body) -> None:
        ids = body.get("ids")
        if isinstance(ids, list):
            # ids win over line + time range when both are sent.
            doomed = [str(test_id) for test_id in ids if str(test_id) in self.state.quality_tests]
            if ids and not doomed:
                raise NotFound("none of the quality test ids exist")
        else:
            line = self.catalog.resolve_line(required_obj(body, "line"))
            for key in ("start_time", "end_time"):
                if body.get(key) is None:
                    raise BadParameter(key, f"{key} is required with line")
            start = parse_time(body["start_time"], "start_time")
            end = parse_time(body["end_time"], "end_time")
            doomed = []
            for test in self.state.quality_tests.values():
                interval = self.state.intervals.get(test.interval_id)
                if interval is None or interval.line_id != line.id or test.timestamp is None:
                    continue
                if start <= test.timestamp < end:
                    doomed.append(test.id)
        for test_id in doomed:
            self.state.quality_tests.pop(test_id, None)

    # -- quality schemas ----------------------------------------------------------------------

    def _find_schemas(self, body: Body) -> list[QualitySchema]:
        schema_id = text(body, "id")
        if schema_id is not None:
            found = self.state.quality_schemas.get(schema_id)
            return [found] if found is not None else []
        schemas = list(self.state.quality_schemas.values())
        factory_ref = obj(body, "factory")
        if factory_ref is not None:
            factory = self.catalog.resolve_factory(factory_ref)
            schemas = [schema for schema in schemas if schema.factory_id == factory.id]
        return schemas

    def _resolve_schema(self, ref: Body, name: str) -> QualitySchema:
        found = self._find_schemas(ref)
        return select(found, match_of(ref), "quality_schema", missing="quality schema not found", name=name)[
            0
        ]

    def search_quality_schemas(self, body: Body) -> list[dict[str, Any]]:
        found = select(
            self._find_schemas(body), match_of(body), "quality_schema", missing="no quality schema matches"
        )
        return [quality_schema_view(self.state, schema) for schema in found]
