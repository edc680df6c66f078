"""The README's IOTile Cloud calls as a user writes them, and the mistakes a type checker must catch."""

from __future__ import annotations

import datetime

from iotclients.iotile import (
    AccumulationReportGenerator,
    AsyncAccumulationReportGenerator,
    AsyncIOTileClient,
    AsyncStreamData,
    IOTileClient,
    StreamData,
)
from iotclients.iotile.models import GetDataFrameFormat, ProjectNew, StreamDataWrite, StreamDataWriteType


def tour(base_url: str) -> None:
    with IOTileClient(base_url=base_url) as cloud:
        cloud.login(email="demo@iotile.test", password="iotile-demo")
        for project in cloud.iter_list_projects():
            print(project.slug, project.name)
        stream = "s--0000-0001--0000-0000-0000-0001--5001"
        points = list(cloud.iter_list_stream_data(stream, lastn=10_000))
        data = StreamData(stream, cloud)
        data.initialize_from_server(start="2026-01-01T00:00:00Z", end="2026-01-02T00:00:00Z")
        report = AccumulationReportGenerator(cloud).compute_sum(
            ["p--0000-0002"], start="2026-01-01T00:00:00Z"
        )
        print(cloud.api.org("demo-org").projects.get()["count"], len(points), report)
        now = datetime.datetime.now(datetime.UTC)
        cloud.create_data(
            [StreamDataWrite(stream=stream, timestamp=now, type=StreamDataWriteType.NUM, value=1.5)]
        )
        table = cloud.get_data_frame(
            "d--0000-0000-0000-0002", start="2026-01-02T00:00:00Z", format_=GetDataFrameFormat.CSV
        )
        print(table, cloud.new_project(ProjectNew(name="Line 1", org="demo-org")))
        cloud.new_project(StreamDataWrite(stream=stream, timestamp=now))  # misuse: wrong model class
        cloud.get_data_frame("d--0000-0000-0000-0002", format_="csv")  # misuse: str for an enum
        print([point.valeu for point in points])  # misuse: misspelt model field
        cloud.new_project(ProjectNew(name="Line 1"))  # misuse: missing required argument
        cloud.login(mail="demo@iotile.test", password="iotile-demo")  # misuse: wrong keyword


async def tour_async(base_url: str) -> str:
    async with AsyncIOTileClient(base_url=base_url) as cloud:
        await cloud.login(email="demo@iotile.test", password="iotile-demo")
        data = AsyncStreamData("s--0000-0001--0000-0000-0000-0001--5001", cloud)
        await data.initialize_from_server(lastn=1000)
        report = await AsyncAccumulationReportGenerator(cloud).compute_sum(
            ["d--0002"], start="2026-01-01T00:00:00Z"
        )
        print(report)
        csv_text = await cloud.get_data_frame("d--0000-0000-0000-0002", start="2026-01-02T00:00:00Z")
        return str(csv_text)
