"""The first calls of a fresh process, made from many threads at once, build their types once and
safely: nothing crashes and every body is encoded as in a single thread."""

from __future__ import annotations

import subprocess
import sys

import pytest

_SCRIPT = r"""
import threading
from concurrent.futures import ThreadPoolExecutor

from iotclients.core import codec
from iotclients_generated.iotile.client import operation as iotile_operation
from iotclients_generated.iotticket.client import operation as iotticket_operation
from iotclients_generated.oden.client import operation as oden_operation

ops = [
    oden_operation("intervals.bulk_set_intervals"),
    oden_operation("machine_groups.search_lines"),
    iotticket_operation("device_adapter.put_device_telemetry"),
    iotile_operation("data.create_data"),
]
start = threading.Barrier(16)


def first_use(index):
    start.wait()
    op = ops[index % len(ops)]
    body_type = codec.resolve(op.body.type) if op.body else None
    replies = [codec.resolve(t) for reply in op.replies.values() for t in reply.content.values() if t]
    for tp in [body_type, *replies]:
        try:  # the first conversions race the other threads' first resolutions
            codec.convert([] if repr(tp).startswith("list") else {}, tp)
        except Exception as exc:  # a refusal is fine here; a crash of the interpreter is not
            assert type(exc).__name__ in ("ValidationError", "InvalidArgumentError"), exc
    return op.name, repr(body_type), len(replies)


with ThreadPoolExecutor(16) as pool:
    results = sorted(set(pool.map(first_use, range(16))))
print(len(results))
"""


@pytest.mark.parametrize("run", range(3))
def test_types_first_used_from_sixteen_threads(run: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "4"
