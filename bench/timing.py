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
