"""Benchmark: the streaming build against the parse it cannot avoid.

On article files made from the seed (bench/corpus.py), each figure a ratio
against a baseline measured in the same run:

- build / parse: `kg build` (read, parse in batches, extract, write each
  document) against the bare spaCy parse of the same texts (``nlp.pipe``,
  same model, same batch size, same number of processes); goal <= 1.15;
- incremental / full: building again after one article changed, against the
  full build (the unchanged ones are not parsed again);
- peak memory: the resident size of a build of 4N articles against one of N
  (separate processes); goal <= 1.2, memory flat with corpus size.

    python bench/bench_stream.py [N] [WORKERS]       (default: 40 articles, 1 and 2 workers)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from kg.build import build  # noqa: E402
from kg.documents import read_document  # noqa: E402
from kg.nlp import load, normalise  # noqa: E402

BATCH = 8
_PEAK = """
import resource, sys
import pyoxigraph as ox
from kg.build import build
build([sys.argv[1]], ox.Store(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_kb(folder: Path, store: Path) -> int:
    out = subprocess.run([sys.executable, "-c", _PEAK, str(folder), str(store)], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.split()[-1])


def main(n: int = 40, workers: list[int] | None = None) -> None:
    workers = workers or [1, 2]
    nlp = load()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = corpus.write_files(root / "docs", n)
        texts = []
        for p in paths:
            d = read_document(p)
            texts.append(normalise(d.text[d.body_start:]))
        chars = sum(len(t) for t in texts)
        print(f"{n} articles, {chars} characters; batches of {BATCH}")
        list(nlp.pipe(texts[:BATCH], batch_size=BATCH))  # warm up
        for w in workers:
            t_parse = timed(lambda: list(nlp.pipe(texts, batch_size=BATCH, n_process=w)))
            store = ox.Store()
            t_build = timed(lambda: build([root / "docs"], store, workers=w))
            print(f"workers {w}: parse {t_parse:7.2f} s   build {t_build:7.2f} s   build/parse = "
                  f"{t_build / t_parse:.2f} (goal <= 1.15)", flush=True)
        paths[n // 2].write_text(paths[n // 2].read_text(encoding="utf-8") + "\nNetflix recrute encore.\n",
                                 encoding="utf-8")
        t_again = timed(lambda: build([root / "docs"], store, workers=workers[-1]))
        print(f"one article of {n} changed: build again {t_again:.2f} s   incremental/full = "
              f"{t_again / t_build:.3f} (the changed share is {1 / n:.3f}; goal for 10 of 1,000: <= 0.05)", flush=True)
        corpus.write_files(root / "many", 4 * n)
        small = peak_kb(root / "docs", root / "s1")
        large = peak_kb(root / "many", root / "s2")
        print(f"peak memory: {n} articles {small / 1024:.0f} MB, {4 * n} articles {large / 1024:.0f} MB   "
              f"ratio = {large / small:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(int(args[0]) if args else 40, [int(a) for a in args[1:]] or None)
    sys.stdout.flush()
    os._exit(0)  # spaCy's worker processes are gone; do not wait on their queues' threads
