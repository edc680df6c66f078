"""Bin packing of indivisible items by weight, and lower bounds on the number of bins.

The packers never split an item. ``pack_weights`` returns the better of two deterministic
heuristics; ``lower_bound`` is the largest of four classic bounds, each a count of bins that no
packing can beat. The telemetry-set and timesignal bodies are measured against it.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence

__all__ = ["lower_bound", "pack_weights"]


def first_fit_decreasing(weights: Sequence[int], capacity: int) -> list[list[int]]:
    """Each item, largest first, goes to the first bin with room; ties break on the index."""
    loads: list[int] = []
    bins: list[list[int]] = []
    for index in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        weight = weights[index]
        for slot, load in enumerate(loads):
            if load + weight <= capacity:
                loads[slot] += weight
                bins[slot].append(index)
                break
        else:
            loads.append(weight)
            bins.append([index])
    return bins


_SEARCH_BUDGET = 400  # subsets tried per bin; bounds the cost at O(bins * budget * log items)


class _SlackSearch:
    """Depth-first search for the subset of ``rest`` that best fills the room left in one bin."""

    __slots__ = ("best", "best_load", "budget", "capacity", "chosen", "negated")

    def __init__(self, weights: Sequence[int], rest: Sequence[int], capacity: int, load: int) -> None:
        self.negated = [-weights[i] for i in rest]  # ascending, for bisect
        self.capacity: int = capacity
        self.best: list[int] = []
        self.best_load: int = load
        self.budget = _SEARCH_BUDGET
        self.chosen: list[int] = []

    def run(self, start: int, load: int) -> None:
        if load > self.best_load:
            self.best, self.best_load = list(self.chosen), load
        # The first position at or after ``start`` whose item still fits. Trying every fitting
        # item would spend the budget among near-equal large ones, so the search branches on
        # five spread positions: the largest, three quartiles and the smallest.
        low = max(start, bisect.bisect_left(self.negated, load - self.capacity))
        span = len(self.negated) - low
        if span <= 0:
            return
        positions = sorted({low + span * k // 4 for k in range(4)} | {len(self.negated) - 1})
        previous = -1
        for position in positions:
            if self.budget <= 0 or self.best_load >= self.capacity:
                return
            weight = -self.negated[position]
            if weight != previous:  # an equal item in the same place gives the same loads
                previous = weight
                self.budget -= 1
                self.chosen.append(position)
                self.run(position + 1, load + weight)
                self.chosen.pop()


def minimum_slack(weights: Sequence[int], capacity: int) -> list[list[int]]:
    """Fill one bin at a time with the largest remaining item plus the subset that leaves least room.

    FFD fills bins with big items first and cannot trade "three large" for "one large and three
    small"; this search can, which matters when items are a fifth to a half of a body. The
    search has a node budget, so it degrades to a greedy fill, never to exponential time.
    """
    remaining = sorted(range(len(weights)), key=lambda i: (-weights[i], i))
    bins: list[list[int]] = []
    while remaining:
        first, rest = remaining[0], remaining[1:]
        search = _SlackSearch(weights, rest, capacity, weights[first])
        search.run(0, weights[first])
        taken = {rest[p] for p in search.best}
        bins.append([first, *(rest[p] for p in search.best)])
        remaining = [i for i in rest if i not in taken]
    return bins


def pack_weights(weights: Sequence[int], capacity: int) -> list[list[int]]:
    """Bins (lists of item indexes) of total weight <= ``capacity``: the fewer of FFD and the
    minimum-slack search, FFD on ties. Deterministic: ties break on the index."""
    greedy = first_fit_decreasing(weights, capacity)
    searched = minimum_slack(weights, capacity)
    return searched if len(searched) < len(greedy) else greedy


# ---------------------------------------------------------------------------------------------
# Lower bounds. Each holds for every packing of the items into bins of ``capacity``.


def lower_bound(weights: Sequence[int], capacity: int) -> int:
    """The largest of the volume bound, Martello and Toth's L2, and the cardinality-excess bound.

    * volume: ``ceil(sum(w) / capacity)``;
    * L2 (Martello & Toth 1990): for every threshold K <= capacity / 2, items heavier than
      ``capacity - K`` each need a bin of their own, items in (capacity / 2, capacity - K] too,
      and items in [K, capacity / 2] fill the room those leave before opening more bins;
    * cardinality-excess (``_excess_bound``): where no bin can take more than k items, the k-item
      bins are limited by how much the items exceed ``capacity / k``.
    """
    if not weights:
        return 0
    ordered = sorted(weights)
    return max(
        -(-sum(ordered) // capacity),
        _martello_toth(ordered, capacity),
        _excess_bound(ordered, capacity),
    )


def _martello_toth(ordered: Sequence[int], capacity: int) -> int:
    # Prefix sums make each threshold O(log n): the bound stays cheap for thousands of items.
    prefix = [0, *itertools.accumulate(ordered)]
    count = len(ordered)
    half_index = bisect.bisect_right(ordered, capacity // 2)  # items <= capacity / 2
    best = 0
    for k in sorted({0, *ordered[:half_index]}):
        cut = bisect.bisect_right(ordered, capacity - k)  # items <= capacity - k
        big = count - cut
        middle = cut - half_index
        room = middle * capacity - (prefix[cut] - prefix[half_index])
        first_small = bisect.bisect_left(ordered, k)
        small = prefix[half_index] - prefix[first_small]
        best = max(best, big + middle + max(0, -(-(small - room) // capacity)))
    return best


def _thresholds(ordered: Sequence[int], capacity: int) -> list[int]:
    """Start indexes of the item subsets the excess bound examines: the first item above
    capacity / (k + 1) for small k (where the per-bin count changes), and 32 quantiles."""
    count = len(ordered)
    starts = {bisect.bisect_right(ordered, capacity // (k + 1)) for k in range(1, 16)}
    starts |= {q * count // 32 for q in range(32)}
    return sorted(start for start in starts if start < count)


def _excess_bound(ordered: Sequence[int], capacity: int) -> int:
    """Fewest bins for the items from a threshold up, given how many of them a bin can hold.

    Take the m items from some index on (dropping lighter items only lowers the optimum). If the
    k + 1 lightest of them overflow a bin, no bin holds more than k. A bin holding exactly k has
    sum(k * w - capacity) <= 0 over them, so x such bins use k * x items whose values of
    ``k * w - capacity`` sum to at most 0, and hence x <= t, the largest t for which the k * t
    smallest such values sum to at most 0. The other bins hold at most k - 1 items each, so
    bins >= x + (m - k * x) / (k - 1), which decreases in x: bins >= t + ceil((m - k t) / (k - 1)).
    """
    best = 0
    for start in _thresholds(ordered, capacity):
        items = ordered[start:]
        m = len(items)
        per_bin, load = 0, 0
        while per_bin < m and load + items[per_bin] <= capacity:
            load += items[per_bin]
            per_bin += 1
        if per_bin <= 1:
            best = max(best, m)
            continue
        full_bins, excess, used = 0, 0, 0
        while used + per_bin <= m:
            step = sum(per_bin * w - capacity for w in items[used : used + per_bin])
            if excess + step > 0:  # the values ascend, so later groups only add more
                break
            excess += step
            used += per_bin
            full_bins += 1
        best = max(best, full_bins + math.ceil((m - per_bin * full_bins) / (per_bin - 1)))
    return best
