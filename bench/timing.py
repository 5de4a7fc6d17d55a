"""Timing shared by the benchmarks: the best of a few runs, so one slow run
(another process on a shared machine) does not decide a figure."""

from __future__ import annotations

import time
from typing import Callable

REPEAT = 3


def best(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """The shortest of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)



def best_pair(a: Callable[[], object], b: Callable[[], object], repeat: int = REPEAT,
              clock: Callable[[], float] = time.process_time) -> tuple[float, float]:
    """The times of ``a`` and ``b`` run one right after the other, from the quietest of
    ``repeat`` such pairs (the least time together), in seconds of ``clock``: by default
    the CPU time of this process (its threads included), the work a single-process step
    does. On a shared machine the wall clock also counts the time other processes held the
    cores, and their load changes between a series of ``a`` and a series of ``b``: the
    ratio of two such series moved by 30 % from one run to the next on the same code.
    Even CPU time stretches on a busy machine (caches and cores are shared), which is why
    both figures come from one pair, next to each other."""
    pairs = []
    for _ in range(repeat):
        times = []
        for fn in (a, b):
            start = clock()
            fn()
            times.append(clock() - start)
        pairs.append((times[0] + times[1], times[0], times[1]))
    _, time_a, time_b = min(pairs)
    return time_a, time_b
