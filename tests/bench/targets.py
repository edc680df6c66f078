"""The ratios the benchmarks hold us to; ``--check`` fails when a measured row misses one.

Each is a ceiling on measured / baseline (below 1 is faster or smaller), measured with the garbage
collector on and taken as the median of the repeats.
"""

from __future__ import annotations

DECODE_1K = 1.15
"""``codec.decode(body, list[Line])`` of 1,000 lines vs ``json.loads``."""
DECODE_10K = 1.3
"""The same at 10,000 lines, where the collector traverses more live objects per pass."""
DECODE_RETAINED = 0.65
"""Bytes the decoded 1,000 lines keep alive vs the dicts ``json.loads`` keeps."""
CALL_1K = 1.15
"""``search_lines`` returning 1,000 lines vs raw httpx + ``json.loads`` on the same transport."""
CALL_1_EXTRA_NS = 25_000
"""A 1-line ``search_lines`` may cost at most this much more than raw httpx."""
IMPORT = 1.3
"""``import iotclients.oden`` plus the models the quickstart imports vs ``import httpx``."""
BULK_ENCODE = 1.3
"""``bulk_set_intervals`` of 100,000 intervals, client side, vs raw httpx posting prebuilt dicts."""
EXOSITE_CPU = 1.2
"""``write_points`` of 10,000 points vs one raw ``recordbatch`` call as pyonep sends it."""
IOTILE_MEMORY = 0.7
"""``StreamData`` holding 100,000 points vs iotile-cloud's ``StreamData``."""
IOTILE_CPU = 1.0
"""Client CPU of downloading those points into ``StreamData`` vs iotile-cloud's."""
PACKING_SCALING = 4.5
"""``pack_telemetry`` of 400,000 rows vs 100,000: linear is 4, quadratic 16."""
PACKING_CPU = 1.5
"""``pack_telemetry`` of 100,000 rows vs a stable sort by measurement then next-fit."""
PACKING_BOUND = 1.1
"""Bodies sent vs the lower bound no packing can beat."""
