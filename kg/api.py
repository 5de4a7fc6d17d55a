"""The library API: what the CLI and a notebook call.

>>> import kg
>>> report = kg.build(["seeds/"], store="memory:")    # doctest: +SKIP
>>> kg.query("job-offers", store=report.store)         # doctest: +SKIP
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox

from .errors import InputError, KgError
from .queries import SavedQuery, bind, find_query, parse_query, render, run
from .rdf import ENTITY_GRAPH, doc_id_of, graph_iri
from .store import document_graphs, graph_quads, open_store, replace_graph
from .vocab import ONTOLOGY_GRAPH, PREFIXES

StoreLike = ox.Store | str | os.PathLike | None
DEFAULT_INPUT = Path("seeds")


def _store(store: StoreLike, read_only: bool = False) -> ox.Store:
    if isinstance(store, ox.Store):
        return store
    from .session import held_or_open  # a store this process holds open (kg.open) is reused, not locked again

    return held_or_open(store, read_only=read_only)


@dataclass
class BuildReport:
    store: ox.Store
    documents: list[tuple[str, int, int]] = field(default_factory=list)  # (id, events, quads)
    unchanged: list[str] = field(default_factory=list)  # ids not parsed again: same text, same extractor

    def __str__(self) -> str:
        lines = [f"{doc}: {events} events, {quads} triples" for doc, events, quads in self.documents]
        lines.append(f"built {len(self.documents)} document{'s' if len(self.documents) != 1 else ''}")
        if self.unchanged:
            lines[-1] += f", {len(self.unchanged)} unchanged (not parsed again)"
        return "\n".join(lines)


def build(paths: Iterable[str | os.PathLike] | None = None, store: StoreLike = None,
          workers: int = 1, progress=None, force: bool = False, dask: str | None = None) -> BuildReport:
    """Read documents (files or folders, default ``seeds/``) into the store.

    ``dask``: a Dask scheduler's address; the extraction then runs on that
    cluster (kg.distributed) and this process writes the results.

    Every file is checked before the store is touched, so a bad file changes
    nothing; the store is opened before the model loads; documents are then
    parsed in batches (``workers`` processes) and each replaces its own graph,
    whole; a document unchanged since it was built is not parsed again
    (``force`` parses all). ``progress(done, total, what)`` is told how far it is.
    Stopped by Ctrl-C or SIGTERM it raises :class:`kg.build.BuildInterrupted`
    naming the documents written; the same build run again completes the rest.
    """
    if dask:
        from .distributed import build_on_cluster

        return build_on_cluster(paths or [DEFAULT_INPUT], store, dask, progress=progress, force=force)
    from .build import build as stream_build  # spaCy: only a build pays for importing it

    return stream_build(paths or [DEFAULT_INPUT], store, workers=workers, progress=progress, force=force)


def remove(doc_ids: Iterable[str], store: StoreLike = None) -> list[str]:
    """Retract documents: drop their graphs, whole, and nothing else.

    Unknown ids are refused before anything is dropped.
    """
    reader = _store(store, read_only=True)  # refuse before opening the store for writing
    present = {g.value for g in document_graphs(reader)}
    del reader
    ids = list(dict.fromkeys(doc_ids))
    unknown = [d for d in ids if graph_iri(d).value not in present]
    if unknown:
        known = sorted(doc_id_of(v) for v in present)
        shown = ", ".join(known[:10]) + (" …" if len(known) > 10 else "")
        raise InputError(f"No document {', '.join(unknown)} in the store; nothing was removed. "
                         f"Its documents: {shown or 'none'}.")
    target = _store(store)
    for d in ids:
        replace_graph(target, graph_iri(d), [])
    target.flush()
    return ids


def load_query(name_or_file: str | None = None, sparql: str | None = None) -> SavedQuery:
    if sparql is not None:
        return parse_query(sparql, "--sparql")
    if not name_or_file:
        raise KgError("Give a saved query name, a .rq file, or --sparql TEXT. `kg query --list` lists the saved ones.")
    return find_query(name_or_file)


def _answer(name_or_file: str | None, params: Mapping[str, str] | None, store: StoreLike,
            sparql: str | None) -> tuple[list[str], list[dict]]:
    q = load_query(name_or_file, sparql)
    bind(q, params or {})  # a bad name or parameter is reported before the store is opened
    return run(_store(store, read_only=True), q, params)


def query(name_or_file: str | None = None, params: Mapping[str, str] | None = None,
          store: StoreLike = None, sparql: str | None = None) -> list[dict]:
    """Rows of a saved query, a ``.rq`` file or SPARQL text, as plain dicts."""
    return _answer(name_or_file, params, store, sparql)[1]


def query_text(name_or_file: str | None = None, params: Mapping[str, str] | None = None,
               store: StoreLike = None, sparql: str | None = None, fmt: str = "table") -> str:
    """The same rows, rendered as a table, CSV, TSV or JSON."""
    return render(*_answer(name_or_file, params, store, sparql), fmt)


EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": None,  # through rdflib, with a context made of kg's prefixes
    "graphml": None,  # the networkx projection (events, entities, roles), for Gephi and yEd
    "gexf": None,  # the same, in Gephi's own format
}


def export(fmt: str = "turtle", store: StoreLike = None, include_ontology: bool = True) -> bytes:
    """The graph serialised; triple formats get the union of all graphs."""
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"Unknown export format '{fmt}': use one of {', '.join(EXPORT_FORMATS)}.")
    if fmt in ("graphml", "gexf"):
        from .graph import graph_bytes, to_networkx

        return graph_bytes(to_networkx(_store(store, read_only=True)), fmt)
    source = _store(store, read_only=True)
    graphs = document_graphs(source) + [ENTITY_GRAPH] + ([ONTOLOGY_GRAPH] if include_ontology else [])
    quads = [q for g in graphs for q in graph_quads(source, g)]
    if fmt == "jsonld":
        import rdflib

        ds = rdflib.Dataset()
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
        return ds.serialize(format="json-ld", context=PREFIXES, auto_compact=True).encode("utf-8")
    if fmt in ("trig", "nquads"):
        return ox.serialize(quads, format=EXPORT_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None)
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    prefixes = PREFIXES if fmt == "turtle" else None
    return ox.serialize(triples, format=EXPORT_FORMATS[fmt], prefixes=prefixes)


def stats(store: StoreLike = None) -> dict[str, int]:
    """How much the store holds."""
    s = _store(store, read_only=True)

    def count(text: str) -> int:
        (row,) = list(s.query(text, prefixes=PREFIXES, use_default_graph_as_union=True))
        return int(row[0].value)

    ontology = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?s ?p ?o }} }}")
    shared = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITY_GRAPH.value}> {{ ?s ?p ?o }} }}")
    return {
        "documents": count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"),
        "entities": count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }"),
        "events": count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event ; kg:document ?d }"),
        "mentions": count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }"),
        # in the documents' own graphs (what `kg build` counts for each), in the graph of facts
        # they share about entities, and in the ontology, lexicon and gazetteer: together, every triple
        "triples": len(s) - shared - ontology,
        "shared": shared,
        "ontology": ontology,
    }


def to_rdflib(store: StoreLike = None, include_ontology: bool = False):
    """The store's triples (all document graphs) as an ``rdflib.Graph``."""
    import rdflib

    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data=export("ntriples", store, include_ontology=include_ontology), format="nt")
    return g


def validate(store: StoreLike = None) -> tuple[bool, str]:
    """Check the document graphs against ``ontology/shapes.ttl`` with pySHACL."""
    import pyshacl
    import rdflib

    from .resources import ontology_file

    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(to_rdflib(store), shacl_graph=shapes, inference="none")
    return bool(conforms), text


def example_params(store: ox.Store, q: SavedQuery) -> dict[str, str] | None:
    """Values for a query's parameters from its ``# example:`` query, or None."""
    if not q.params:
        return {}
    if not q.example:
        return None
    _, rows = run(store, parse_query(q.example, f"{q.name} example"))
    if not rows:
        return None
    return {p.name: str(rows[0][p.name]) for p in q.params if rows[0].get(p.name) is not None}


def ask(store: StoreLike = None, names: Sequence[str] | None = None, fmt: str = "table") -> str:
    """Every saved question with its answer; a question with parameters is
    asked with the values its ``# example:`` query picks from the store."""
    from .queries import saved_queries

    s = _store(store, read_only=True)
    out = []
    for name, q in saved_queries().items():
        if names and name not in names:
            continue
        params = example_params(s, q)
        if params is None:
            continue
        columns, rows = run(s, q, params)
        given = " ".join(f"--param {k}={v}" for k, v in params.items())
        out.append(f"## {q.title or name} ({name}{' ' + given if given else ''})\n# {q.fr}\n# {q.en}\n"
                   f"{render(columns, rows, fmt)}\n")
    return "\n".join(out)


def list_queries() -> str:
    """The saved queries, each with its questions and parameters."""
    from .queries import saved_queries

    lines = []
    for name, q in saved_queries().items():
        lines.append(f"{name}" + "".join(f" --param {p.name}=…" for p in q.params))
        lines += [f"    fr: {q.fr}", f"    en: {q.en}"]
        lines += [f"    {p.name} ({p.kind}): {p.help}" for p in q.params]
    return "\n".join(lines)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all: a failed export leaves no half file."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise KgError(f"{path}: cannot write ({err.strerror}). Check the folder exists and is writable.") from err


def draw(output: str | os.PathLike, store: StoreLike = None, doc: str | None = None,
         entity: str | None = None, depth: int = 2) -> tuple[int, int]:
    """Draw the events and their participants to ``output``: a picture
    (.png, .svg, .pdf) or an interactive page (.html). ``doc`` keeps one
    document's events, ``entity`` the nodes ``depth`` steps around an entity."""
    from .picture import FORMATS
    from .picture import draw as draw_graph

    path = Path(output)
    if path.suffix.lstrip(".").lower() not in FORMATS:
        raise KgError(f"{path}: kg draws {', '.join(FORMATS)} files; name the file with one of those extensions.")
    from .graph import to_networkx

    graph = to_networkx(_store(store, read_only=True), doc=doc, entity=entity, depth=depth)
    parts = ([f"document {doc}"] if doc else []) + ([f"{depth} steps around {entity}"] if entity else [])
    title = "kg — " + ", ".join(parts) if parts else "kg"
    if path.suffix.lower() == ".html":
        from .view import write_view

        write_view(graph, path, title=title)
    else:
        draw_graph(graph, path, title=title)
    return graph.number_of_nodes(), graph.number_of_edges()


def serve(store: StoreLike = None, host: str = "127.0.0.1", port: int = 7878):
    """Start a read-only SPARQL endpoint over the on-disk store (Oxigraph's
    server) and return it once it answers; ``.stop()`` stops it."""
    from .endpoint import start

    if isinstance(store, ox.Store):
        raise KgError("kg serve needs the store's folder, not an open store: close it and pass its path.")
    return start(store, host=host, port=port)


def evaluate(gold_dir: str | os.PathLike, docs: str | os.PathLike | None = None):
    """Score kg on annotated articles: ``gold_dir/<name>.json`` against ``docs/<name>.txt``
    (default: the .txt files beside the gold). The documents are built into a fresh
    in-memory store; the user's store is never opened. Returns a
    :class:`kg.evaluate.Evaluation` (``as_text()``, ``as_json()``, ``as_dict()``)."""
    from .evaluate import document_files, read_gold_dir, score

    golds = read_gold_dir(Path(gold_dir))  # bad gold is reported before the model loads
    scratch = build(document_files(golds, Path(docs) if docs is not None else Path(gold_dir)), store="memory:").store
    classes = [r["c"] for r in query(sparql="SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf+ sem:Event }", store=scratch)]
    return score(golds, query("events", store=scratch), query("entities", store=scratch), event_types=classes)
