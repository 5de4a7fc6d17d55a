"""How long `kg query entities` takes to start, as a ratio to `python -c 'import pyoxigraph'`
measured in the same run (goal: <= 3x). `kg --help` and `kg stats` are shown the same way.

The store holds the ontology only: the figure is the cost of starting (imports, opening
the store), not of answering. Each command runs once to warm up (byte-code compiled and
cached, as in an installed kg), then REPEAT times; the median is kept.

    python bench/bench_start.py
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 7
KG = [sys.executable, "-m", "kg.cli"]


def median_seconds(cmd: list[str], env: dict[str, str]) -> float:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # warm-up
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    import pyoxigraph as ox

    from kg.store import load_ontology

    with tempfile.TemporaryDirectory() as tmp:
        store_path = str(Path(tmp) / "store")
        store = ox.Store(store_path)
        load_ontology(store)
        store.flush()
        del store
        gc.collect()
        # as an installed kg runs: byte-code cached (in a folder of our own, not in the tree)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        base = median_seconds([sys.executable, "-c", "import pyoxigraph"], env)
        print(f"python -c 'import pyoxigraph'   {base:6.3f} s   1.00x  (baseline, median of {REPEAT})")
        for label, args in [("kg query entities", ["query", "entities", "--store", store_path]),
                            ("kg stats", ["stats", "--store", store_path]),
                            ("kg --help", ["--help"])]:
            t = median_seconds(KG + args, env)
            goal = "  (goal <= 3x)" if label == "kg query entities" else ""
            print(f"{label:32} {t:6.3f} s  {t / base:5.2f}x{goal}")


if __name__ == "__main__":
    main()
