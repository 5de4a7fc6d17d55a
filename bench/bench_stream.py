"""Benchmark: the streaming build against the parse it cannot avoid.

On article files made from the seed (bench/corpus.py), each figure a ratio
against a baseline measured in the same run:

- build / parse: `kg build` (read, parse in batches, extract, write each
  document into an on-disk store, as the command does) against the bare
  spaCy parse of the same texts (``nlp.pipe`` of kg.nlp.load(), every
  component, same batch size, same ``n_process``); goal <= 1.15. The build
  overlaps extraction and writing with the parse (kg/parsing.py), so it uses
  one process more than the parse: the lines say what ran where, and the CPU
  seconds each side used (``cpu build/parse``). ``all in one process`` is the
  same build with the parse in the build's own process, one document after
  the other (what the work costs without the overlap). ``store write`` is
  what writing the documents into the store (kg.store.replace_graph) cost in
  the best build, a document on average, wall and CPU;
- incremental / full: building again after CHANGED articles changed, against
  the full build (the unchanged ones are not parsed again); goal for 10 of
  1,000: <= 0.05;
- peak memory: the resident size of a build of LARGE articles against one of
  SMALL (separate processes, each loading the model); goal <= 1.2, memory
  flat with corpus size.

    python bench/bench_stream.py [N] [WORKERS ...]   (default: 40 articles, 1 and 2 workers;
                                                      1 changed; memory at N and 4N)
    KG_BENCH_FULL=1 python bench/bench_stream.py     (the issue's scale: 1,000 articles, 1 worker;
                                                      10 changed; memory at 100 and 1,000; minutes)
"""

from __future__ import annotations

import collections
import gc
import importlib
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

import kg.parsing  # noqa: E402
from kg.build import build  # noqa: E402
from kg.documents import read_document  # noqa: E402
from kg.nlp import load, normalise  # noqa: E402

BATCH = 8  # the build's batch size (kg.parsing.parsed)
WRITES: list[tuple[float, float]] = []  # (wall, CPU of the writing thread) of each store write of a build


def _timed(write):
    """kg.build's store write (kg.store.replace_graph), timed: what writing a document costs."""
    def timed(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return write(*args, **kwargs)
        finally:
            WRITES.append((time.perf_counter() - wall, time.thread_time() - cpu))
    return timed


BUILD = importlib.import_module("kg.build")  # the module (kg.build is also the function kg.build())
BUILD.replace_graph = _timed(BUILD.replace_graph)
_PEAK = """
import resource, sys
import pyoxigraph as ox
from kg.build import build
build([sys.argv[1]], ox.Store(sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measured(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and of the children it waited for)."""
    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    c, start = cpu(), time.perf_counter()
    fn()
    wall = time.perf_counter() - start
    for child in multiprocessing.active_children():  # spaCy's workers: reaped, so their CPU counts
        child.join(timeout=30)
    return wall, cpu() - c


def peak_kb(folder: Path, store: Path) -> tuple[int, int]:
    """Peak resident size of a build in a fresh process, and of its largest child (parser)."""
    out = subprocess.run([sys.executable, "-c", _PEAK, str(folder), str(store)], capture_output=True, text=True,
                         check=True)
    own, child = out.stdout.split()[-2:]
    return int(own), int(child)


def where(workers: int, docs: int, aside: bool) -> tuple[str, str]:
    """What runs where, for the parse and for the build."""
    if workers > 1:
        return (f"{workers} spaCy worker processes parse, this process sends texts and receives Docs",
                f"{workers} spaCy worker processes parse, this process extracts and writes "
                f"({workers + 1} busy processes)")
    if aside and docs > BATCH and kg.parsing.can_parse_aside():
        return ("this process parses (1 process)",
                "1 child process parses (its last batch in halves: 4+2+1+1), this process extracts and writes "
                "meanwhile (2 busy processes)")
    return "this process parses (1 process)", "this process parses, extracts and writes (1 process)"


def main(n: int, workers: list[int], changed: int, small: int, large: int, repeat: int) -> None:
    nlp = load()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = corpus.write_files(root / "docs", n)
        texts = []
        for p in paths:
            d = read_document(p)
            texts.append(normalise(d.text[d.body_start:]))
        chars = sum(len(t) for t in texts)
        print(f"{n} articles, {chars} characters; batches of {BATCH}; {cores} cores; best of {repeat}; "
              f"on-disk store", flush=True)
        collections.deque(nlp.pipe(texts[:BATCH], batch_size=BATCH), maxlen=0)  # warm up
        kept: dict[int, Path] = {}  # the store of each worker count's last full build
        full: dict[int, float] = {}
        for w in workers:
            parse = lambda: collections.deque(nlp.pipe(texts, batch_size=BATCH, n_process=w), maxlen=0)  # noqa: E731
            stores = iter(range(10 ** 6))

            def build_once(aside: bool) -> None:
                kg.parsing.ASIDE = aside
                path = root / f"store-{w}-{aside}-{next(stores)}"
                WRITES.clear()
                try:
                    build([root / "docs"], ox.Store(str(path)), workers=w)
                finally:
                    kg.parsing.ASIDE = True
                if aside:
                    kept[w] = path
                    writes.append((sum(t for t, _ in WRITES), sum(c for _, c in WRITES), len(WRITES)))

            runs = {"parse": [], "build": [], "one": []}
            writes: list[tuple[float, float, int]] = []  # each build's store writes: wall, CPU, documents
            for _ in range(repeat):
                runs["parse"].append(measured(parse))
                runs["build"].append(measured(lambda: build_once(True)))
                if w == 1:
                    runs["one"].append(measured(lambda: build_once(False)))
            (tp, cp), (tb, cb) = min(runs["parse"]), min(runs["build"])
            full[w] = tb
            on_parse, on_build = where(w, n, True)
            print(f"workers {w}: parse {tp:7.2f} s ({cp:.2f} s CPU)   build {tb:7.2f} s ({cb:.2f} s CPU)   "
                  f"build/parse = {tb / tp:.2f} (goal <= 1.15)   cpu build/parse = {cb / cp:.2f}", flush=True)
            print(f"    parse: {on_parse}\n    build: {on_build}", flush=True)
            ww, wc, wn = writes[runs["build"].index(min(runs["build"]))]
            print(f"    store write (kg.store.replace_graph, in the best build): {ww / wn * 1000:.2f} ms a document "
                  f"({wc / wn * 1000:.2f} ms CPU), {ww / tb:.1%} of the build's time", flush=True)
            if runs["one"]:
                to, co = min(runs["one"])
                print(f"    all in one process: build {to:7.2f} s ({co:.2f} s CPU)   build/parse = {to / tp:.2f}   "
                      f"cpu build/parse = {co / cp:.2f}", flush=True)
        w = workers[0]
        gc.collect()  # the builds' stores closed
        store = ox.Store(str(kept[w]))  # built in full above, in (best) full[w] seconds
        step = max(1, n // changed)
        for p in paths[::step][:changed]:
            p.write_text(p.read_text(encoding="utf-8") + "\nNetflix recrute encore.\n", encoding="utf-8")
        t_again, _ = measured(lambda: build([root / "docs"], store, workers=w))
        print(f"{changed} article(s) of {n} changed, workers {w}: full build {full[w]:.2f} s, build again "
              f"{t_again:.2f} s   incremental/full = {t_again / full[w]:.3f} (the changed share is "
              f"{changed / n:.3f}; goal for 10 of 1,000: <= 0.05)", flush=True)
        store = None  # closed: the memory runs below are other processes
        corpus.write_files(root / "small", small)
        corpus.write_files(root / "large", large)
        s_own, s_child = peak_kb(root / "small", root / "s1")
        l_own, l_child = peak_kb(root / "large", root / "s2")
        print(f"peak memory (1 worker, fresh processes): {small} articles {s_own / 1024:.0f} MB, {large} articles "
              f"{l_own / 1024:.0f} MB   ratio = {l_own / s_own:.2f} (goal <= 1.2); its parser process "
              f"{s_child / 1024:.0f} MB and {l_child / 1024:.0f} MB   ratio = {l_child / max(1, s_child):.2f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if os.environ.get("KG_BENCH_FULL") == "1":
        n = int(args[0]) if args else 1000
        main(n, [int(a) for a in args[1:]] or [1], changed=10, small=n // 10, large=n, repeat=1)
    else:
        n = int(args[0]) if args else 40
        main(n, [int(a) for a in args[1:]] or [1, 2], changed=1, small=n, large=4 * n, repeat=2)
    sys.stdout.flush()
    os._exit(0)  # spaCy's worker processes are gone; do not wait on their queues' threads
