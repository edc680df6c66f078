"""The sandbox's One Platform semantics, call by call (raw JSON-RPC over loopback)."""

from __future__ import annotations

import threading
import time

from sandbox_calls import PORT, SELF, dataport, result, rpc, status

from iotclients_sandbox import Sandbox


def test_read_options_window_sort_limit_and_selection(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "series")
    points = [[1000 + 10 * i, i] for i in range(100)]
    assert status(sandbox, "recordbatch", rid, points) == "ok"
    assert result(sandbox, "read", rid, {}) == [[1990, 99]]
    window = {"starttime": 1100, "endtime": 1200}
    assert result(sandbox, "read", rid, {**window, "limit": 3, "sort": "asc"}) == [
        [1100, 10],
        [1110, 11],
        [1120, 12],
    ]
    assert result(sandbox, "read", rid, {**window, "limit": 100}) == [
        [1000 + 10 * i, i] for i in range(20, 9, -1)
    ]
    sampled = result(
        sandbox,
        "read",
        rid,
        {"starttime": 1000, "endtime": 1990, "limit": 5, "selection": "autowindow", "sort": "asc"},
    )
    assert [p[1] for p in sampled] == [0, 20, 40, 60, 80]
    given = result(
        sandbox,
        "read",
        rid,
        {"starttime": 1000, "endtime": 2000, "limit": 4, "selection": "givenwindow", "sort": "asc"},
    )
    assert len(given) == 4
    assert all(1000 + 250 * k <= p[0] < 1000 + 250 * (k + 1) for k, p in enumerate(given))


def test_record_takes_negative_timestamps_as_seconds_before_now(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "relative")
    before = int(time.time())
    assert status(sandbox, "record", rid, [[-60, 1], [-30, 2]], {}) == "ok"
    after = int(time.time())
    points = result(sandbox, "read", rid, {"limit": 10, "sort": "asc"})
    assert [p[1] for p in points] == [1, 2]
    assert before - 60 <= points[0][0] <= after - 60
    assert points[1][0] - points[0][0] == 30


def test_recordbatch_rejects_values_off_the_format_by_timestamp(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "typed")
    entry = rpc(sandbox, "recordbatch", rid, [[10, 1], [11, "eleven"], [12, 3], [13, 4.5]])
    assert entry["status"] == [[11, "invalid"], [13, "invalid"]]
    assert result(sandbox, "read", rid, {"limit": 10, "sort": "asc"}) == [[10, 1], [12, 3]]


def test_retention_by_count_and_by_duration(sandbox: Sandbox) -> None:
    by_count = dataport(
        sandbox, "last3", {"format": "integer", "retention": {"count": 3, "duration": "infinity"}}
    )
    assert status(sandbox, "recordbatch", by_count, [[100 + i, i] for i in range(10)]) == "ok"
    assert result(sandbox, "read", by_count, {"limit": 10, "sort": "asc"}) == [[107, 7], [108, 8], [109, 9]]
    hourly = dataport(
        sandbox, "hour", {"format": "integer", "retention": {"count": "infinity", "duration": 1}}
    )
    assert status(sandbox, "recordbatch", hourly, [[-7200, 1], [-60, 2]]) == "ok"
    assert [p[1] for p in result(sandbox, "read", hourly, {"limit": 10})] == [2]


def test_flush_windows_are_exclusive(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "flushed")
    assert status(sandbox, "recordbatch", rid, [[t, t] for t in range(1, 11)]) == "ok"
    assert status(sandbox, "flush", rid, {"newerthan": 3, "olderthan": 8}) == "ok"
    assert [p[0] for p in result(sandbox, "read", rid, {"limit": 20, "sort": "asc"})] == [1, 2, 3, 8, 9, 10]
    assert status(sandbox, "flush", rid, {"newerthan": 8, "olderthan": 3}) == "invalid"
    assert status(sandbox, "flush", rid) == "ok"
    assert result(sandbox, "read", rid, {}) == []


def test_writegroup_shares_one_timestamp(sandbox: Sandbox) -> None:
    a, b = dataport(sandbox, "a"), dataport(sandbox, "b")
    assert status(sandbox, "writegroup", [[a, 1], [{"alias": "b"}, 2]]) == "ok"
    (pa,), (pb,) = result(sandbox, "read", a, {}), result(sandbox, "read", b, {})
    assert pa[0] == pb[0]
    assert (pa[1], pb[1]) == (1, 2)
    assert status(sandbox, "writegroup", [[a, 3], [b, "x"]]) == "invalid"
    assert result(sandbox, "read", a, {}) == [pa]


def test_info_parts_and_visibility(sandbox: Sandbox) -> None:
    device = result(sandbox, "lookup", SELF, "alias", "device")
    info = result(sandbox, "info", device, {})
    assert len(info["key"]) == 40
    assert info["basic"]["type"] == "client"
    assert info["basic"]["status"] == "activated"
    assert info["counts"]["dataport"] == 3
    assert sorted(alias for names in info["aliases"].values() for alias in names) == [
        "count",
        "status",
        "temperature",
    ]
    only = result(sandbox, "info", device, {"basic": True, "storage": True})
    assert set(only) == {"basic", "storage"}
    temperature = result(sandbox, "lookup", SELF, "alias", "temperature", auth={"cik": _cik(sandbox, device)})
    # The root is an ancestor but not the direct owner of the dataport: no aliases, no key.
    seen_by_root = result(sandbox, "info", temperature, {})
    assert "aliases" not in seen_by_root
    assert "key" not in seen_by_root
    assert seen_by_root["storage"]["count"] == 60


def _cik(sandbox: Sandbox, client: str) -> str:
    return str(result(sandbox, "info", client, {"key": True})["key"])


def test_listing_options(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "owned")
    owned = result(sandbox, "listing", SELF, ["dataport"], {})
    assert owned == {"dataport": [rid]}
    public = result(sandbox, "create", "dataport", {**PORT, "public": True})
    listed = result(sandbox, "listing", SELF, ["dataport"], {"public": True})
    assert listed == {"dataport": [public]}
    aliased = result(sandbox, "listing", SELF, ["dataport", "client"], {"aliased": True})
    assert rid in aliased["dataport"]
    assert public not in aliased["dataport"]


def test_drop_then_restricted(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "doomed")
    assert status(sandbox, "drop", rid) == "ok"
    assert status(sandbox, "info", rid, {}) == "restricted"
    assert status(sandbox, "drop", rid) == "restricted"
    assert status(sandbox, "read", {"alias": "doomed"}, {}) == "invalid"


def test_share_activate_lookup_deactivate_revoke(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "shared")
    code = result(sandbox, "share", rid, {"meta": "for the device"})
    device = result(sandbox, "lookup", SELF, "alias", "device")
    as_device = {"cik": _cik(sandbox, device)}
    assert result(sandbox, "lookup", SELF, "shared", code, auth=as_device) == rid
    assert status(sandbox, "activate", SELF, "share", code, auth=as_device) == "ok"
    assert status(sandbox, "activate", SELF, "share", code, auth=as_device) == "invalid"
    assert result(sandbox, "listing", SELF, ["dataport"], {"activated": True}, auth=as_device) == {
        "dataport": [rid]
    }
    assert result(sandbox, "info", rid, {"shares": True})["shares"][0]["activator"] == device
    assert status(sandbox, "revoke", "share", code, auth=as_device) == "noauth"
    assert status(sandbox, "deactivate", SELF, "share", code, auth=as_device) == "ok"
    assert status(sandbox, "revoke", "share", code) == "ok"
    assert status(sandbox, "lookup", SELF, "shared", code) == "invalid"


def test_lookup_owner_move_update_and_clone(sandbox: Sandbox) -> None:
    device = result(sandbox, "lookup", SELF, "alias", "device")
    rid = dataport(sandbox, "mover")
    assert result(sandbox, "lookup", SELF, "owner", rid) == result(sandbox, "lookup", SELF, "alias", "")
    assert status(sandbox, "move", rid, device, {"aliases": False}) == "ok"
    assert result(sandbox, "lookup", SELF, "owner", rid) == device
    assert status(sandbox, "update", rid, {"name": "renamed"}) == "ok"
    assert result(sandbox, "info", rid, {"description": True})["description"]["name"] == "renamed"
    assert status(sandbox, "update", rid, {"format": "string"}) == "invalid"
    clone = result(sandbox, "create", "clone", {"rid": device, "nohistorical": True})
    counts = result(sandbox, "info", clone, {"counts": True})["counts"]
    assert counts["dataport"] == 4


def test_usage_counts_entities_per_second_of_the_window(sandbox: Sandbox) -> None:
    device = result(sandbox, "lookup", SELF, "alias", "device")
    assert result(sandbox, "usage", device, "dataport", 0, 10) == 30
    assert status(sandbox, "usage", device, "dataport", 10, 0) == "invalid"


def test_wait_answers_a_new_point_or_expires(sandbox: Sandbox) -> None:
    rid = dataport(sandbox, "waited")
    started = time.monotonic()
    assert status(sandbox, "wait", rid, {"timeout": 200}) == "expire"
    assert 0.15 <= time.monotonic() - started < 5

    def write_soon() -> None:
        time.sleep(0.2)
        result(sandbox, "write", rid, 42)

    writer = threading.Thread(target=write_soon)
    writer.start()
    point = result(sandbox, "wait", rid, {"timeout": 10000, "since": None})
    writer.join()
    assert point[1] == 42


def test_client_limits_are_enforced(sandbox: Sandbox) -> None:
    child = result(sandbox, "create", SELF, "client", {"limits": {"dataport": 1}})
    auth = {"cik": _cik(sandbox, child)}
    assert status(sandbox, "create", "dataport", PORT, auth=auth) == "ok"
    assert status(sandbox, "create", "dataport", PORT, auth=auth) == "invalid"
