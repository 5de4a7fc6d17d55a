"""Benchmark: what kg costs on top of the work it cannot avoid.

Each figure is a ratio against a baseline measured in the same run, on the
same documents, so the numbers compare across machines. Each step runs right
after its baseline, timed in CPU seconds of this process (every step here runs
in it), and a ratio comes from the quietest of five such pairs
(timing.best_pair): other processes on a shared machine must not decide it.

- (parse + rules) / parse: kg's extraction against the bare spaCy parse, from rounds that
  parse the documents and run the rules on those Docs back to back (median of 7);
- write / bulk: kg's atomic graph replacement against a plain bulk insert of
  the same quads;
- events query / count query: the `events` saved query against a bare count
  of the store's quads;
- peak memory of extraction against peak memory of parsing (tracemalloc).

    python bench/bench_build.py [PATH ...]     (default: seeds/)
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_pair  # noqa: E402

from kg.documents import read_documents
from kg.extract.pipeline import extract, extract_parsed
from kg.nlp import load, parse
from kg.queries import find_query, run
from kg.rdf import graph_iri, to_quads
from kg.store import replace_graph



def peak(fn) -> int:
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def parse_then_rules(docs, nlp, rounds: int = 7) -> tuple[list[float], list[float]]:
    """(parse + extraction rules) / parse for each of ``rounds`` rounds, and the rules' CPU
    seconds. Each round parses the documents, then runs the rules on those very Docs, back to
    back: the two figures share the machine's state, which a series of parses and a later
    series of whole extractions (parse included) did not (their ratio came out below 1, which
    no extraction can be, when the parse alone varied more between series than the rules cost)."""
    ratios, rules = [], []
    for _ in range(rounds):
        start = time.process_time()
        parsed = [(d, parse(d, nlp)) for d in docs]
        t_parse = time.process_time() - start
        start = time.process_time()
        for d, doc in parsed:
            extract_parsed(d, doc)
        t_rules = time.process_time() - start
        ratios.append((t_parse + t_rules) / t_parse)
        rules.append(t_rules)
    return ratios, rules


def main(paths: list[str]) -> None:
    docs = read_documents([Path(p) for p in paths or ["seeds"]])
    nlp = load()
    chars = sum(len(d.text) for d in docs)
    parse_all = lambda: [parse(d, nlp) for d in docs]  # noqa: E731
    extract_all = lambda: [extract(d, nlp) for d in docs]  # noqa: E731
    parse_all()  # warm up caches (lexicon, gazetteer, model)
    extract_all()
    ratios, rules = parse_then_rules(docs, nlp)
    m_parse, m_extract = peak(parse_all), peak(extract_all)

    extractions = extract_all()
    quads = [(graph_iri(x.doc_id), to_quads(x)) for x in extractions]

    def write_kg() -> None:
        store = ox.Store()
        for graph, qs in quads:
            replace_graph(store, graph, qs)

    def write_bulk() -> None:
        store = ox.Store()
        for _, qs in quads:
            store.extend(qs)

    t_write, t_bulk = best_pair(write_kg, write_bulk)
    store = ox.Store()
    for graph, qs in quads:
        replace_graph(store, graph, qs)
    events = find_query("events")
    t_query, t_count = best_pair(lambda: run(store, events),
                                 lambda: list(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))

    n_quads = sum(len(q) for _, q in quads)
    print(f"documents: {len(docs)}, characters: {chars}, quads: {n_quads}")
    print("times: CPU of this process; each step right after its baseline, the quietest of 3 pairs")
    ratios.sort()
    print(f"extraction rules {statistics.median(rules) * 1000:8.1f} ms   ratio (parse + rules)/parse = "
          f"{statistics.median(ratios):.2f} (median of {len(ratios)} rounds, {ratios[0]:.2f}-{ratios[-1]:.2f})")
    print(f"bulk insert     {t_bulk * 1000:9.1f} ms   (baseline)")
    print(f"kg write        {t_write * 1000:9.1f} ms   ratio write/bulk = {t_write / t_bulk:.2f}")
    print(f"count query     {t_count * 1000:9.1f} ms   (baseline)")
    print(f"events query    {t_query * 1000:9.1f} ms   ratio events/count = {t_query / t_count:.2f}")
    print(f"peak memory     parse {m_parse / 1e6:.1f} MB, extract {m_extract / 1e6:.1f} MB, "
          f"ratio extract/parse = {m_extract / m_parse:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
