"""The account, org and device actions and the table endpoints, through the typed client, against the
sandbox over loopback (shapes as the spec's Spec decisions state them)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging

import httpx
import pytest

from iotclients.core.errors import AuthenticationError, BadRequestError, PermissionDeniedError
from iotclients.core.redaction import redact
from iotclients.iotile import IOTileClient
from iotclients_generated.iotile.models import DataFrameSplit
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import BIG_STREAM, DEMO_EMAIL, EVENT_STREAM

DEVICE = "d--0000-0000-0000-0002"
DAY = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)


def _stream_of(client: IOTileClient, device: str) -> str:
    return str(client.list_streams(device=device).results[0].slug)


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# -- accounts and auth -----------------------------------------------------------------------------


def test_sign_up_then_log_in_and_change_the_password(iotile: Sandbox) -> None:
    with IOTileClient(base_url=iotile.url) as client:
        account = client.sign_up(
            {
                "email": "new@iotile.test",
                "username": "newbie",
                "password": "first-pass",
                "confirm_password": "first-pass",
            }
        )
        assert account.username == "newbie" and account.email == "new@iotile.test"
        with pytest.raises(BadRequestError) as caught:
            client.sign_up(
                {"email": "new@iotile.test", "username": "other", "password": "a", "confirm_password": "b"}
            )
        assert set(caught.value.error.additional_properties) == {"email", "confirm_password"}
        client.login(email="new@iotile.test", password="first-pass")
        with pytest.raises(BadRequestError):
            client.set_account_password({"password": "x-1", "confirm_password": "x-2"}, slug="newbie")
        with pytest.raises(PermissionDeniedError):
            client.set_account_password({"password": "x", "confirm_password": "x"}, slug="demo")
        client.set_account_password(
            {"password": "second-pass", "confirm_password": "second-pass"}, slug="newbie"
        )
        with pytest.raises(AuthenticationError):
            client.login(email="new@iotile.test", password="first-pass")
        assert client.login(email="new@iotile.test", password="second-pass").username == "newbie"


def test_tokens_and_password_reset(iotile: Sandbox, cloud: IOTileClient) -> None:
    pair = cloud.get_tokens()
    assert pair.jwt.count(".") == 2 and len(pair.token) == 40
    assert cloud.get_tokens().token == pair.token  # the DRF key stays; the JWT is fresh
    with IOTileClient(base_url=iotile.url) as anonymous:  # open: no token needed
        known = anonymous.request_password_reset({"email": DEMO_EMAIL})
        unknown = anonymous.request_password_reset({"email": "nobody@iotile.test"})
    assert known.additional_properties == unknown.additional_properties  # tells nobody who exists
    assert iotile.backend.auth.password_resets == [DEMO_EMAIL, "nobody@iotile.test"]


# -- organisations ---------------------------------------------------------------------------------


def test_invitations_are_pending_until_the_invited_user_registers(
    iotile: Sandbox, cloud: IOTileClient
) -> None:
    assert cloud.list_org_pending(slug="demo-org") == []
    cloud.invite_org_member({"email": "new@iotile.test", "role": "a1"}, slug="demo-org")
    pending = cloud.list_org_pending(slug="demo-org")
    assert [(p.email, p.role) for p in pending] == [("new@iotile.test", "a1")]
    with IOTileClient(base_url=iotile.url) as newcomer:
        newcomer.sign_up(
            {"email": "new@iotile.test", "username": "newbie", "password": "p-1", "confirm_password": "p-1"}
        )
        newcomer.login(email="new@iotile.test", password="p-1")
        joined = newcomer.register_org({}, slug="demo-org")
        assert (joined["org"], joined["role"]) == ("demo-org", "a1")
        assert newcomer.get_org_membership(slug="demo-org").role == "a1"
    assert cloud.list_org_pending(slug="demo-org") == []


# -- device actions --------------------------------------------------------------------------------


def test_unclaim_makes_a_device_claimable_and_claim_takes_it_back(cloud: IOTileClient) -> None:
    assert cloud.check_device_claimable({"device": DEVICE}).claimable is False
    project = cloud.get_device(slug=DEVICE).project
    released = cloud.unclaim_device(slug=DEVICE)
    assert released.project is None and released.org is None and released.claimed_by is None
    assert cloud.check_device_claimable({"device": "d--0002"}).to_dict() == {
        "device": DEVICE,
        "claimable": True,
    }
    with pytest.raises(PermissionDeniedError):  # no longer in the user's organisation
        cloud.unclaim_device(slug=DEVICE)
    claimed = cloud.claim_device({"device": DEVICE, "project": str(project)})
    assert str(claimed.project) == str(project)
    assert cloud.check_device_claimable({"device": "d--0000-0000-0000-ffff"}).claimable is False


def test_upgrade_is_recorded_in_the_versions(cloud: IOTileClient) -> None:
    assert cloud.list_device_versions(slug=DEVICE) == []
    answer = cloud.upgrade_device({"firmware": "2.11.4"}, slug=DEVICE)
    assert (answer["device"], answer["firmware"]) == (DEVICE, "2.11.4")
    versions = cloud.list_device_versions(slug=DEVICE)
    assert [(v.type, v.version) for v in versions] == [("firmware", "2.11.4")]


def test_trim_keeps_only_the_window_and_reset_deletes_everything(cloud: IOTileClient) -> None:
    stream = _stream_of(cloud, DEVICE)
    before = cloud.list_stream_data(slug=stream, page_size=1).count
    start, end = DAY, DAY + datetime.timedelta(hours=10)
    inside = cloud.list_stream_data(slug=stream, start=start.isoformat(), end=end.isoformat()).count
    assert 0 < inside < before
    trimmed = cloud.trim_device({"start": start.isoformat(), "end": end.isoformat()}, slug=DEVICE)
    streams = cloud.list_streams(device=DEVICE).results
    assert cloud.list_stream_data(slug=stream).count == inside
    kept = cloud.list_stream_data(slug=stream).results
    assert all(start <= point.timestamp < end for point in kept)
    assert trimmed["count"] > 0
    with pytest.raises(BadRequestError):
        cloud.trim_device({"start": end.isoformat(), "end": start.isoformat()}, slug=DEVICE)
    total = sum(cloud.list_stream_data(slug=str(s.slug), page_size=1).count for s in streams)
    assert cloud.reset_device(slug=DEVICE)["count"] == total
    assert all(cloud.list_stream_data(slug=str(s.slug), page_size=1).count == 0 for s in streams)


def test_reset_also_deletes_the_events(cloud: IOTileClient) -> None:
    events = cloud.list_events(filter_=EVENT_STREAM).count
    points = sum(
        cloud.list_stream_data(slug=str(s.slug), page_size=1).count
        for s in cloud.list_streams(device="d--0001").results
    )
    assert cloud.reset_device(slug="d--0001")["count"] == points + events
    assert cloud.list_events(filter_=EVENT_STREAM).count == 0


def test_device_sub_resources(cloud: IOTileClient) -> None:
    device = cloud.get_device(slug=DEVICE)
    assert cloud.get_device_sensor_graph(slug=DEVICE).slug == device.sg
    assert cloud.get_device_template(slug=DEVICE).slug == device.template
    status = cloud.get_device_status(slug=DEVICE)
    assert (status.device, status.active, status.state) == (DEVICE, device.active, device.state)
    assert cloud.list_device_filter_logs(slug=DEVICE) == []
    key = cloud.get_device_key(slug=DEVICE, type_="ssh")
    assert key.type == "ssh" and len(key.key) == 32
    assert key.key not in redact(f"device key {key.key}")  # a secret from now on: masked in our logs
    assert cloud.get_device_key(slug=DEVICE, type_="ssh").key == key.key
    assert cloud.get_device_health(slug=DEVICE).additional_properties == {}
    cloud.partial_update_device_health({"enabled": True, "period": 3600}, slug=DEVICE)
    merged = cloud.partial_update_device_health({"period": 600}, slug=DEVICE)
    assert merged.additional_properties == {"enabled": True, "period": 600}
    assert cloud.get_device_health(slug=DEVICE).additional_properties == merged.additional_properties


def test_the_data_mask_narrows_stream_data_until_removed(cloud: IOTileClient) -> None:
    stream = _stream_of(cloud, DEVICE)
    everything = cloud.list_stream_data(slug=stream, page_size=1).count
    mask = cloud.get_device_mask(slug=DEVICE)
    assert (mask.start, mask.end) == (None, None)
    start, end = DAY, DAY + datetime.timedelta(hours=5)
    cloud.set_device_mask({"start": start.isoformat(), "end": end.isoformat()}, slug=DEVICE)
    assert cloud.get_device_mask(slug=DEVICE).start == start
    masked = cloud.list_stream_data(slug=stream).results
    assert len(masked) == 5 and all(start <= p.timestamp < end for p in masked)
    wider = (DAY - datetime.timedelta(days=1)).isoformat()
    assert cloud.list_stream_data(slug=stream, start=wider).count == 5  # the mask still narrows
    assert cloud.list_data(filter_=stream, page_size=1).count == everything  # data/ only with mask=1
    assert cloud.list_data(filter_=stream, mask=1).count == 5
    cloud.delete_device_mask(slug=DEVICE)
    assert cloud.list_stream_data(slug=stream, page_size=1).count == everything


# -- tables ----------------------------------------------------------------------------------------


def test_stream_csv_matches_the_stream_data(cloud: IOTileClient) -> None:
    start, end = DAY.isoformat(), (DAY + datetime.timedelta(hours=3)).isoformat()
    stream = _stream_of(cloud, DEVICE)
    rows = _csv_rows(cloud.get_stream_csv(slug=stream, start=start, end=end))
    points = cloud.list_stream_data(slug=stream, start=start, end=end).results
    assert rows[0] == ["timestamp", "value", "output_value"]
    assert [(float(r[1]), float(r[2])) for r in rows[1:]] == [(p.value, p.output_value) for p in points]


def test_data_and_event_tables(cloud: IOTileClient) -> None:
    stream = _stream_of(cloud, DEVICE)
    table = cloud.get_stream_datatable(slug=stream)
    assert table.records_total == table.records_filtered == len(table.data)
    assert table.records_total == cloud.list_stream_data(slug=stream, page_size=1).count
    events = cloud.get_stream_eventtable(slug=EVENT_STREAM)
    assert [row["id"] for row in events.data] == [
        e.id for e in cloud.list_events(filter_=EVENT_STREAM).results
    ]


def test_data_frame_formats_agree(cloud: IOTileClient) -> None:
    window = {"start": DAY.isoformat(), "end": (DAY + datetime.timedelta(hours=2)).isoformat()}
    as_csv = cloud.get_data_frame(DEVICE, **window)
    as_json = cloud.get_data_frame(DEVICE, format_="json", **window)  # type: ignore[arg-type]
    as_text = cloud.get_data_frame(DEVICE, format_="txt", **window)  # type: ignore[arg-type]
    assert isinstance(as_csv, str) and isinstance(as_text, str) and isinstance(as_json, DataFrameSplit)
    rows = _csv_rows(as_csv)
    assert rows[0] == as_json.columns == ["stream", "timestamp", "value"]
    assert [[r[0], r[1], float(r[2])] for r in rows[1:]] == as_json.data
    assert as_text.splitlines()[1].split("\t") == rows[1]
    streams = {row[0] for row in rows[1:]}
    assert len(streams) == len(cloud.list_streams(device=DEVICE).results)
    pivot = _csv_rows(str(cloud.get_data_frame(DEVICE, pivot=1, apply_mdo=1, **window)))
    assert pivot[0] == ["timestamp", *sorted(streams, key=pivot[0].index)] and len(pivot) == 3


def test_a_data_point_is_for_staff_only(iotile: Sandbox, cloud: IOTileClient) -> None:
    point = cloud.list_data(filter_=BIG_STREAM, page_size=1).results[0]
    with pytest.raises(PermissionDeniedError):
        cloud.get_data_point(id=point.id)
    with iotile.backend.locked() as state:
        state.users[DEMO_EMAIL].is_staff = True
    found = cloud.get_data_point(id=point.id)
    assert json.loads(found.to_json()) == json.loads(point.to_json())


@pytest.mark.parametrize("operation", ["sign_up", "set_account_password"])
def test_passwords_sent_never_reach_logs_or_errors(operation: str, caplog: pytest.LogCaptureFixture) -> None:
    """Even from a server that echoes the refused body back (as DRF field errors can)."""
    caplog.set_level(logging.DEBUG)
    body = {"password": "Sign-Up-Secret-1", "confirm_password": "Other-Secret-2"}
    if operation == "sign_up":
        body |= {"email": "x@iotile.test", "username": "x"}
    echo = httpx.MockTransport(lambda request: httpx.Response(400, json={"sent": json.loads(request.read())}))
    with IOTileClient("a.b.c", base_url="https://iotile.test", transport=echo, max_retries=0) as client:
        call = getattr(client, operation)
        with pytest.raises(BadRequestError) as caught:
            call(body) if operation == "sign_up" else call(body, slug="x")
    seen = str(caught.value) + repr(caught.value) + caplog.text
    assert "Sign-Up-Secret-1" not in seen and "Other-Secret-2" not in seen
