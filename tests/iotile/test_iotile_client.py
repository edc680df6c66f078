"""IOTileClient end to end against the sandbox over loopback: login, tokens, resources, data."""

from __future__ import annotations

import asyncio
import datetime
import io
import json
import logging
import threading

import httpx
import pytest

from iotclients.core.errors import (
    APIError,
    AuthenticationError,
    InvalidArgumentError,
    MissingCredentialError,
    NotFoundError,
)
from iotclients.iotile import (
    AccumulationReportGenerator,
    AsyncIOTileClient,
    BaseMain,
    IOTileClient,
    NotLoggedInError,
    RawData,
    StreamData,
    upload_event,
    upload_streamer_report,
)
from iotclients_sandbox import Sandbox
from iotclients_sandbox.iotile import BIG_STREAM, DEMO_EMAIL, DEMO_PASSWORD, EVENT_STREAM, create_app

UTC = datetime.UTC


class FakeClock:
    def __init__(self) -> None:
        self.now = 2_000_000_000.0

    def __call__(self) -> float:
        return self.now


# -- login and tokens ------------------------------------------------------------------------------


def test_login_is_keyword_only_and_wrong_passwords_raise(
    iotile: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with IOTileClient(base_url=iotile.url) as client:
        with pytest.raises(TypeError):
            client.login(DEMO_PASSWORD, DEMO_EMAIL)  # type: ignore[misc]  # the seed's positional trap
        with pytest.raises(InvalidArgumentError, match="email"):
            client.login(email="not-an-email", password="x")
        with pytest.raises(AuthenticationError) as caught:
            client.login(email=DEMO_EMAIL, password="wrong-password-123")
        assert caught.value.status_code == 401
        assert "Username/password combination invalid." in str(caught.value)
        assert caught.value.error == "Username/password combination invalid."  # the parsed body
        assert "wrong-password-123" not in str(caught.value) + repr(caught.value) + caplog.text
        account = client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
        assert account.username == client.username == "demo"


def test_calls_before_login_raise_a_typed_error_before_sending(iotile: Sandbox) -> None:
    with IOTileClient(base_url=iotile.url) as client:
        before = iotile.journal.count("list_orgs")
        with pytest.raises(MissingCredentialError, match=r"list_orgs: .* 'JWTAuth'") as caught:
            client.list_orgs()
        assert caught.value.operation == "list_orgs" and caught.value.schemes == ("JWTAuth",)
        assert isinstance(caught.value, APIError)
        assert iotile.journal.count("list_orgs") == before  # nothing was sent
        with pytest.raises(NotLoggedInError):
            client.refresh_token()


def test_token_from_argument_and_environment(iotile: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    with IOTileClient(base_url=iotile.url) as first:
        first.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
        token = first.token
    assert token is not None
    with IOTileClient(token, base_url=iotile.url) as client:
        assert client.list_orgs().count == 1
    monkeypatch.setenv("IOTILE_TOKEN", token)
    monkeypatch.setenv("IOTILE_BASE_URL", iotile.url)
    with IOTileClient() as client:
        assert client.list_projects().count == 3


def test_logout_forgets_the_token(cloud: IOTileClient, iotile: Sandbox) -> None:
    cloud.logout()
    assert cloud.token is None and cloud.username is None
    assert iotile.journal.count("logout") == 1
    with pytest.raises(MissingCredentialError):  # nothing left to send: refused before sending
        cloud.list_orgs()


def _clocked_sandbox(clock: FakeClock, lifetime: float) -> Sandbox:
    return Sandbox(create_app(token_lifetime=lifetime, clock=clock, validate_responses=True))


def test_token_is_refreshed_once_for_20_concurrent_threads() -> None:
    clock = FakeClock()
    sandbox = _clocked_sandbox(clock, 600)
    with sandbox, IOTileClient(base_url=sandbox.url, refresh_margin=120, clock=clock) as client:
        client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
        first = client.token
        clock.now += 500  # within the margin: the next requests must renew, once
        barrier = threading.Barrier(20)
        failures: list[BaseException] = []

        def work() -> None:
            try:
                barrier.wait()
                client.list_orgs()
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=work) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert not failures
        assert sandbox.journal.count("refresh_jwt") == 1 and client.token_refreshes == 1
        assert client.token != first
        assert sandbox.journal.count("list_orgs") == 20


def test_token_is_refreshed_once_for_20_concurrent_tasks() -> None:
    clock = FakeClock()
    with _clocked_sandbox(clock, 600) as sandbox:

        async def run() -> int:
            async with AsyncIOTileClient(base_url=sandbox.url, refresh_margin=120, clock=clock) as client:
                await client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
                clock.now += 500
                pages = await asyncio.gather(*(client.list_orgs() for _ in range(20)))
                assert client.token_refreshes == 1
                return len(pages)

        assert asyncio.run(run()) == 20
        assert sandbox.journal.count("refresh_jwt") == 1 and sandbox.journal.count("list_orgs") == 20


def test_an_expired_token_is_replaced_by_logging_in_again() -> None:
    clock = FakeClock()
    with _clocked_sandbox(clock, 600) as sandbox:
        with IOTileClient(base_url=sandbox.url, clock=clock) as client:
            client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
            clock.now += 3600  # long expired: refresh is impossible, the kept password works
            assert client.list_projects().count == 3
            assert sandbox.journal.count("login") == 2 and sandbox.journal.count("refresh_jwt") == 0
        with IOTileClient(client.token, base_url=sandbox.url, clock=clock) as bare_token:
            clock.now += 3600
            with pytest.raises(NotLoggedInError):
                bare_token.list_projects()


def test_a_refused_token_is_renewed_and_the_call_resent_once(iotile: Sandbox, cloud: IOTileClient) -> None:
    iotile.backend.tokens._secret = b"rotated"  # every token issued so far is now refused
    assert cloud.list_orgs().count == 1
    assert iotile.journal.count("list_orgs") == 2 and iotile.journal.count("login") == 2


def test_secrets_stay_out_of_reprs_logs_and_errors(
    iotile: Sandbox, cloud: IOTileClient, caplog: pytest.LogCaptureFixture
) -> None:
    token = cloud.token
    assert token is not None
    with caplog.at_level(logging.DEBUG):
        cloud.list_orgs()
        with pytest.raises(NotFoundError) as caught:
            cloud.get_device("d--0000-0000-0000-0999")
    for text in (repr(cloud), repr(cloud._session), caplog.text, str(caught.value), repr(caught.value)):
        assert token not in text and DEMO_PASSWORD not in text
    assert "JWT" in caplog.text or "authorization" in caplog.text.lower()


# -- typed methods, paging and generic resources ------------------------------------------------------


def test_list_iterators_page_with_one_request_per_page(iotile: Sandbox, cloud: IOTileClient) -> None:
    devices = list(cloud.iter_list_devices(page_size=7))
    assert [d.id for d in devices] == list(range(1, 51))
    assert iotile.journal.count("list_devices") == 8
    pages = list(cloud.list_projects_pages(page_size=2))
    assert [len(p.results) for p in pages] == [2, 1]


def test_generic_resources_go_through_the_same_runtime(iotile: Sandbox, cloud: IOTileClient) -> None:
    assert cloud.api.org.get()["count"] == 1
    assert cloud.api.org("demo-org").projects.get()["count"] == 3
    created = cloud.api.org.post({"name": "My new Org"})
    assert created["slug"] == "my-new-org"
    assert cloud.api.org(created["slug"]).patch({"about": "About new Org"})["about"] == "About new Org"
    assert cloud.api.org(created["slug"]).put({"name": "Renamed", "about": "x"})["name"] == "Renamed"
    assert cloud.api.org(created["slug"]).delete() is None
    with pytest.raises(NotFoundError):
        cloud.api.org(created["slug"]).get()
    assert cloud.api.project.get(org__slug="demo-org", page_size=1)["next"].endswith("page=2")
    with pytest.raises(InvalidArgumentError):
        cloud.api.org("../admin")


def test_generic_get_is_retried_post_is_not(iotile: Sandbox, cloud: IOTileClient) -> None:
    from iotclients_sandbox import Fault

    iotile.faults.script(Fault.status(503))
    assert cloud.with_options(retry=None).api.org.get()["count"] == 1
    assert iotile.journal.count() >= 2
    iotile.faults.script(Fault.status(503))
    with pytest.raises(APIError):
        cloud.api.org.post({"name": "Once"})
    assert [o["name"] for o in cloud.api.org.get()["results"]] == ["Demo Org"]


# -- seed parity: StreamData, RawData, reports, uploads, BaseMain --------------------------------------


def test_stream_data_lastn_start_end(cloud: IOTileClient) -> None:
    data = StreamData(BIG_STREAM, cloud)
    data.initialize_from_server(lastn=12_000)
    assert len(data.data) == 12_000 and data.data[-1].streamer_local_id == 100_000
    data.initialize_from_server(
        start=datetime.datetime(2026, 1, 1, 0, 10, tzinfo=UTC), end="2026-01-01T00:13:00Z"
    )
    assert [p.timestamp.minute for p in data.data] == [10, 11, 12]
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        data.initialize_from_server(start=datetime.datetime(2026, 1, 1))
    with pytest.raises(InvalidArgumentError, match="s--XXXX"):
        StreamData("s--nope", cloud)


def test_raw_data_filters(cloud: IOTileClient) -> None:
    raw = RawData(cloud)
    raw.initialize_from_server(filter="d--0000-0000-0000-0002", page_size=500)
    assert len(raw.data) == 2 * 1011
    with pytest.raises(InvalidArgumentError, match="lastn"):
        raw.initialize_from_server(filter=BIG_STREAM, lastn=100_001)


def test_accumulation_report_sums_every_page(iotile: Sandbox, cloud: IOTileClient) -> None:
    start, end = datetime.datetime(2026, 1, 1, tzinfo=UTC), datetime.datetime(2026, 3, 1, tzinfo=UTC)
    report = AccumulationReportGenerator(cloud).compute_sum([BIG_STREAM, "p--0000-0002", "q--1"], start, end)
    with iotile.backend.locked() as state:
        stream = state.streams[BIG_STREAM]
        expected = sum(
            stream.output(p.value) for p in stream.series.window(start.timestamp(), end.timestamp())
        )
        points = len(stream.series.window(start.timestamp(), end.timestamp()))
    assert points > 5000  # more than one page of the stream
    big = report.streams[BIG_STREAM]
    assert big.points == points and big.sum == pytest.approx(expected) and big.units == "G"
    assert len(report.streams) == 31 and set(report.unresolved) == {"q--1"}
    assert report.total == pytest.approx(sum(s.sum for s in report.streams.values()))
    assert report.to_dict()["streams"][BIG_STREAM] == {"sum": big.sum, "units": "G"}


def test_report_counts_non_numeric_values_as_skipped() -> None:
    stream = {
        "id": "6f1d2c3e-0a4b-4c5d-8e9f-a0b1c2d3e4f5",
        "slug": BIG_STREAM,
        "output_unit": {"unit_short": "G", "m": 1, "d": 1},
    }
    pages = [
        [{"timestamp": "2026-01-01T00:00:00Z", "output_value": 1.5}, {"timestamp": "2026-01-01T00:01:00Z"}],
        [
            {"timestamp": "2026-01-01T00:02:00Z", "output_value": None},
            {"timestamp": "2026-01-01T00:03:00Z", "output_value": 2},
        ],
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/data/"):
            return httpx.Response(200, json=stream)
        page = int(request.url.params.get("page", "1"))
        following = str(request.url.copy_set_param("page", 2)) if page == 1 else None
        return httpx.Response(200, json={"count": 4, "next": following, "results": pages[page - 1]})

    with IOTileClient(
        "t.e.s", base_url="https://iotile.test", transport=httpx.MockTransport(answer)
    ) as client:
        report = AccumulationReportGenerator(client).compute_sum([BIG_STREAM], "2026-01-01T00:00:00Z")
    assert (
        report.streams[BIG_STREAM].sum == 3.5
        and report.skipped == 2
        and report.streams[BIG_STREAM].points == 4
    )


def test_streamer_report_upload_streams_the_file_with_progress(
    iotile: Sandbox, cloud: IOTileClient, tmp_path: object
) -> None:
    from pathlib import Path

    rows = [
        {"stream": "5002", "device_timestamp": i, "streamer_local_id": 300_000 + i, "value": i}
        for i in range(40_000)
    ]
    report = {"format": "v2", "device": 2, "streamer_index": 0, "device_sent_timestamp": 50_000, "data": rows}
    path = Path(str(tmp_path)) / "big-report.json"
    path.write_text(json.dumps(report))
    progress: list[tuple[int, int]] = []
    result = upload_streamer_report(
        cloud,
        path,
        timestamp=datetime.datetime(2026, 6, 1, tzinfo=UTC),
        on_progress=lambda s, t: progress.append((s, t)),
    )
    assert result.count == 40_000
    size = path.stat().st_size
    assert len(progress) > 1 and progress[-1] == (size, size)
    assert [s for s, _ in progress] == sorted(s for s, _ in progress)
    sent = cloud.list_streamer_reports().results[0].sent_timestamp
    assert sent == datetime.datetime(2026, 6, 1, tzinfo=UTC)
    with pytest.raises(InvalidArgumentError, match="filename"):
        upload_streamer_report(cloud, b"{}", timestamp="2026-06-01T00:00:00Z")


def test_event_upload_with_extra_data(cloud: IOTileClient) -> None:
    result = upload_event(
        cloud,
        io.BytesIO(b'{"samples": [1, 2]}'),
        filename="trip.json",
        stream=EVENT_STREAM,
        timestamp="2026-02-01T00:00:00Z",
        extra_data={"foo": "bar"},
    )
    assert result.encoded_extra_data == '{"foo": "bar"}'
    extra = cloud.get_event(result.id).extra_data
    assert extra is not None and extra.to_dict() == {"foo": "bar"}  # type: ignore[union-attr]


def test_base_main_runs_login_work_logout(iotile: Sandbox) -> None:
    seen: list[str] = []

    class Script(BaseMain):
        def get_password(self) -> str:
            return DEMO_PASSWORD

        def after_login(self) -> None:
            seen.append(self.api.list_orgs().results[0].slug)

        def after_logout(self) -> None:
            seen.append(str(self.api.token))

    assert Script(["-u", DEMO_EMAIL, "--server", iotile.url]).main() == 0
    assert seen == ["demo-org", "None"]
    assert iotile.journal.count("logout") == 1

    class WrongPassword(Script):
        def get_password(self) -> str:
            return "nope"

    assert WrongPassword(["-u", DEMO_EMAIL, "--server", iotile.url]).main() == 1
    with pytest.raises(SystemExit):
        Script(["--server", iotile.url])


def test_seed_usage_pattern_against_the_sandbox(iotile: Sandbox) -> None:
    """What iotile-cloud 0.9.14 sends: ``jwt <token>`` in lower case, JSON content type on every
    request, and ``page=1, 2, ...`` counted by the client while ``next`` is truthy."""
    root = iotile.url + "/api/v1/"
    headers = {"Content-Type": "application/json", "Authorization": "jwt None"}
    with httpx.Client(headers=headers) as http:
        assert http.get(root + "org/").status_code == 401  # before login, as the seed does
        login = httpx.post(
            root + "auth/login/", content=json.dumps({"email": DEMO_EMAIL, "password": DEMO_PASSWORD})
        )
        http.headers["Authorization"] = "jwt " + login.json()["jwt"]
        data: list[dict[str, object]] = []
        page = 1
        while True:
            body = http.get(
                root + f"stream/{BIG_STREAM}/data/", params={"lastn": 12_345, "page": page}
            ).json()
            data.extend(body["results"])
            if not body["next"]:
                break
            page += 1
        assert len(data) == 12_345 and page == 3
        assert http.post(root + "auth/logout/").status_code == 204


def test_a_failed_page_is_retried_and_iteration_stays_exact(iotile: Sandbox, cloud: IOTileClient) -> None:
    from iotclients_sandbox import Fault

    iotile.journal.clear()
    iotile.faults.script(Fault.ok(), Fault.ok(), Fault.status(503), Fault.rate_limit(0.0))
    points = [p.streamer_local_id for p in cloud.iter_list_stream_data(BIG_STREAM, lastn=30_000)]
    assert points == list(range(70_001, 100_001))
    assert iotile.journal.count("list_stream_data") == 6 + 2  # six pages; page 3 failed twice (503, 429)


def test_uploads_are_not_resent_after_a_server_error(iotile: Sandbox, cloud: IOTileClient) -> None:
    from iotclients_sandbox import Fault

    iotile.journal.clear()
    iotile.faults.script(Fault.status(503))
    report = {"format": "v2", "device": 2, "streamer_index": 0, "device_sent_timestamp": 1, "data": []}
    with pytest.raises(APIError):
        upload_streamer_report(
            cloud, json.dumps(report).encode(), filename="r.json", timestamp="2026-06-01T00:00:00Z"
        )
    assert iotile.journal.count("upload_streamer_report") == 1


def test_async_uploads_and_streaming(iotile: Sandbox) -> None:
    from iotclients.iotile import aiter_stream_data, upload_event_async, upload_streamer_report_async

    rows = [
        {"stream": "5001", "device_timestamp": i, "streamer_local_id": 400_000 + i, "value": 1}
        for i in range(500)
    ]
    report = json.dumps(
        {"format": "v2", "device": 4, "streamer_index": 0, "device_sent_timestamp": 500, "data": rows}
    )
    progress: list[int] = []

    async def run() -> tuple[int, int, int]:
        async with AsyncIOTileClient(base_url=iotile.url) as client:
            await client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)
            sent = await upload_streamer_report_async(
                client,
                io.BytesIO(report.encode()),
                filename="r.json",
                timestamp="2026-06-01T00:00:00Z",
                on_progress=lambda done, total: progress.append(done),
            )
            event = await upload_event_async(
                client, b"{}", filename="e.json", stream=EVENT_STREAM, timestamp="2026-06-01T00:00:00Z"
            )
            stream = "s--0000-0001--0000-0000-0000-0004--5001"
            points = [p async for p in aiter_stream_data(client, stream, start="2026-05-31T23:00:00Z")]
            return sent.count, event.id, len(points)

    count, event_id, points = asyncio.run(run())
    assert count == 500 and points == 500 and event_id > 25
    assert progress[-1] == len(report.encode())


def test_seed_style_upload_file_on_resources(cloud: IOTileClient, tmp_path: object) -> None:
    from pathlib import Path

    report = {"format": "v2", "device": 5, "streamer_index": 0, "device_sent_timestamp": 9, "data": []}
    path = Path(str(tmp_path)) / "report.json"
    path.write_text(json.dumps(report))
    assert cloud.api.streamer.report.upload_file(path, timestamp="2026-07-01T00:00:00Z") == {"count": 0}
    data = {
        "stream": EVENT_STREAM,
        "timestamp": "2026-07-01T00:00:00Z",
        "encoded_extra_data": '{"foo": "bar"}',
    }
    event = cloud.api.event.upload.upload_fp(io.BytesIO(b"{}"), data=data)
    assert event["encoded_extra_data"] == '{"foo": "bar"}' and event["stream"] == EVENT_STREAM
    with pytest.raises(InvalidArgumentError, match="timestamp"):
        cloud.api.streamer.report.upload_file(path)
    with pytest.raises(InvalidArgumentError, match="only streamer/report/"):
        cloud.api.org.upload_file(path)
    with pytest.raises(InvalidArgumentError, match="nonsense"):
        cloud.api.event.upload.upload_fp(io.BytesIO(b"{}"), data={**data, "nonsense": 1})
