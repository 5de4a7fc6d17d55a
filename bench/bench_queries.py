"""Benchmark: the saved queries on a large store, as ratios.

For each saved query (parameters picked by its ``# example:`` query):

- large / small: its time on a store of 1,000 articles against the same query
  on 10 articles (100 times the data; goal for ``entities``: <= 20x);
- rdflib / kg: the same SPARQL text (parameters given the same VALUES block)
  on rdflib, over the same quads, against kg's pyoxigraph store (goal: >= 10x).
  rdflib is run on the 100-article store: on 1,000 it takes minutes a query.

The articles are variants of the seed (paragraphs shuffled, bench/corpus.py);
a few are extracted once and their extractions written under 1,000 ids.

    python bench/bench_queries.py [LARGE] [SMALL] [RDFLIB_SIZE]     (default 1000 10 100)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from timing import best  # noqa: E402

from kg.api import example_params, stats  # noqa: E402
from kg.queries import bind, run, saved_queries, with_values  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402



def to_rdflib(store: ox.Store):
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def rdflib_time(ds, text: str, budget: float = 120.0) -> float | str:
    """Seconds for one run of ``text`` on rdflib (one run: it is slow), or why there is none."""
    start = time.perf_counter()
    try:
        for _ in ds.query(text, initNs=PREFIXES):
            if time.perf_counter() - start > budget:
                return f"over {budget:.0f} s"
    except Exception as err:  # noqa: BLE001  rdflib cannot run every SPARQL 1.1 query
        return f"rdflib fails ({type(err).__name__})"
    return time.perf_counter() - start


def main(large: int = 1000, small: int = 10, rdflib_size: int = 100) -> None:
    base = corpus.extractions(5)
    stores = {}
    for n in sorted({small, rdflib_size, large}):
        start = time.perf_counter()
        stores[n] = corpus.fill(ox.Store(), base, n)
        print(f"store of {n:5} articles: {len(stores[n]):8} quads, written in {time.perf_counter() - start:6.1f} s",
              flush=True)
    ds = to_rdflib(stores[rdflib_size])
    print(f"\n{'query':14} {small:>5} art. {large:>6} art.  large/small{'':15}  kg {rdflib_size} art.  rdflib   "
          "rdflib/kg (goal >= 10x)")
    for name, q in saved_queries().items():
        params = example_params(stores[small], q) or {}
        times = {n: best(lambda n=n: run(stores[n], q, params)) for n in (small, large, rdflib_size)}
        text = with_values(q.text, bind(q, params))
        slow = rdflib_time(ds, text)
        versus = f"{slow:7.2f} s {slow / times[rdflib_size]:8.1f}x" if isinstance(slow, float) else slow
        goal = "  (goal <= 20x)" if name == "entities" else ""
        print(f"{name:14} {times[small] * 1000:8.1f} ms {times[large] * 1000:8.1f} ms  {times[large] / times[small]:8.1f}x"
              f"{goal:15}  {times[rdflib_size] * 1000:9.1f} ms  {versus}", flush=True)
    t_small = best(lambda: stats(stores[small]))
    t_large = best(lambda: stats(stores[large]))
    print(f"{'stats':14} {t_small * 1000:8.1f} ms {t_large * 1000:8.1f} ms  {t_large / t_small:8.1f}x")


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:]])
