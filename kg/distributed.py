"""Extraction on a Dask distributed cluster: ``kg build --dask SCHEDULER_ADDRESS``.

Extracting one document is a pure function, :func:`extract_quads`: a
document's text in, its quads out, nothing shared. The cluster's workers run
it (each loads the French model once), and this process writes each result
into the store as it arrives, one document's graph per update, as a local
build does. The store is opened, and the scheduler reached, before any work.

Every worker needs kg, its data files and the model installed (the same
versions as here): ``pip install 'kg[dask]'`` and the model on each machine.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import pyoxigraph as ox

from .documents import Document
from .errors import KgError

if TYPE_CHECKING:
    from .api import BuildReport, StoreLike

#: Seconds to wait for the scheduler to answer.
CONNECT_TIMEOUT = "10s"


def extract_quads(document: Document, model: str | None = None) -> tuple[int, bytes]:
    """One document's extraction: (number of events, its quads as N-Quads).

    Runs on a worker: the model is loaded once per worker process.
    """
    from .extract.pipeline import extract
    from .nlp import load
    from .rdf import to_quads

    x = extract(document, load(model))
    return len(x.events), ox.serialize(to_quads(x), format=ox.RdfFormat.N_QUADS)


def connect(address: str):
    """A Dask client of the scheduler at ``address``, or a KgError saying what to do."""
    try:
        from distributed import Client
    except ImportError as err:
        raise KgError("kg build --dask needs Dask distributed: `pip install 'kg[dask]'` "
                      "(here and on every worker).") from err
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise KgError(f"cannot reach the Dask scheduler at {address} ({err}). Start one (`dask scheduler`, then "
                      f"`dask worker {address}` on each machine) or check the address.") from err


def extract_on_cluster(documents: Iterable[Document], client, model: str | None = None
                       ) -> Iterator[tuple[Document, int, list[ox.Quad]]]:
    """(document, events, quads) for each document, in the order they finish.

    At most two tasks per worker thread are in flight, so neither this
    process nor the cluster holds the whole corpus's results at once.
    """
    from distributed import as_completed

    window = max(2, 2 * sum(client.nthreads().values()))
    pending = iter(documents)
    by_key = {}

    def submit():
        for doc in pending:
            future = client.submit(extract_quads, doc, model, pure=False)
            by_key[future.key] = doc
            return future
        return None

    first = [f for f in (submit() for _ in range(window)) if f is not None]
    running = as_completed(first, loop=client.loop)
    try:
        for future in running:
            doc = by_key.pop(future.key)
            events, nquads = future.result()  # a worker's KgError comes back as itself
            future.release()
            nxt = submit()
            if nxt is not None:
                running.add(nxt)
            yield doc, events, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    finally:
        for f in running.futures:
            f.cancel()


def build_on_cluster(paths: Iterable[str | os.PathLike], store: StoreLike, address: str,
                     progress=None, force: bool = False) -> BuildReport:
    """``kg.build`` with the extraction run on the Dask cluster at ``address``.

    As a local build (kg.build): every file is checked, the store opened and
    the scheduler reached before anything is parsed; a document unchanged
    since it was built (its content hash) is not sent at all; each document's
    graph is replaced whole when its quads arrive, with its content hash; if
    the build stops half-way (an error, Ctrl-C, SIGTERM), the message names
    the documents written, and the same build run again completes the rest.
    """
    from .api import _store
    from .build import (MAX_CHARS, BuildInterrupted, Flusher, content_hash, split_unchanged, stop_requests,
                        write_ontology)
    from .documents import digest, read_document, survey
    from .errors import InputError
    from .rdf import CONTENT_HASH, doc_iri, graph_iri
    from .store import replace_graph

    tell = progress or (lambda *args: None)
    sources = survey([Path(p) for p in paths])
    too_long = [s for s in sources if s.chars > MAX_CHARS]
    if too_long:
        raise InputError(f"{too_long[0].path}: is {too_long[0].chars} characters long, more than the {MAX_CHARS} "
                         "the parser takes at once. kg reads one article a file: split it.")
    target = _store(store)
    report, todo, extractor = split_unchanged(sources, target, force)
    done, total = len(report.unchanged), len(sources) + 1
    tell(done, total, "reaching the Dask scheduler")
    client = connect(address) if todo else None
    done += 1
    tell(done, total, "parsing on the cluster")
    written: list[str] = []
    flusher = Flusher(target)
    try:
        write_ontology(target)  # a fresh store takes the ontology in one transaction, as a local build
        with stop_requests() as asked:
            documents = (read_document(s.path) for s in todo)  # read when sent: memory stays flat
            results = extract_on_cluster(documents, client, os.environ.get("KG_SPACY_MODEL")) if todo else iter(())
            try:
                for doc, events, quads in results:
                    graph = graph_iri(doc.id)
                    quads.append(ox.Quad(doc_iri(doc.id), CONTENT_HASH,
                                         ox.Literal(content_hash(digest(doc), extractor)), graph))
                    replace_graph(target, graph, quads)
                    written.append(doc.id)
                    flusher.wrote(len(quads), written)
                    report.documents.append((doc.id, events, len(set(quads))))
                    done += 1
                    tell(done, total, doc.id, report.documents[-1])
                    if asked:
                        break
            finally:
                if hasattr(results, "close"):
                    results.close()  # cancels the tasks still on the cluster
        target.flush()
    except KgError as err:
        raise type(err)(f"{err} Written before the build stopped, each whole: {_names(written)}. Run the same "
                        "build again: it completes the rest.") from err
    finally:
        if client is not None:
            client.close()
    if asked:
        left = [s.id for s in todo if s.id not in written]
        raise BuildInterrupted(f"interrupted ({asked[0]}): {len(written)} document(s) written, each whole: "
                               f"{_names(written)}. Not built yet: {_names(left)}. Run the same build again to "
                               "complete the rest.", report)
    return report


def _names(ids: list[str], most: int = 20) -> str:
    if not ids:
        return "none"
    return ", ".join(ids[:most]) + (f" and {len(ids) - most} more" if len(ids) > most else "")
