"""The IOTile bench rows cannot rot: the sandbox child process serves, our readers read every point."""

from __future__ import annotations

from tests.bench import iotile


def test_sandbox_process_serves_every_point_to_our_readers() -> None:
    announced: list[str] = []
    with iotile.sandbox_process(announced) as url:
        assert url.startswith("http://127.0.0.1:")
        assert f"  email: {iotile.EMAIL}" in announced and f"  password: {iotile.PASSWORD}" in announced
        assert iotile._ours_sync(url)() == iotile.POINTS
        assert iotile._ours_async(url)() == iotile.POINTS
