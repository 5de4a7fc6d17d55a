"""The streaming build: documents read, parsed in batches, written one by one.

1. Every file is read and checked first (:func:`kg.documents.survey`), keeping
   no text: a bad file stops the build before the store is touched.
2. The store is opened (its lock checked) before the model loads or anything
   is parsed.
3. A document whose text, kg's extractor and model are what built its graph
   (the content hash kept with the graph, ``kg:contentHash``) is not parsed
   again.
4. The others are read again, a batch at a time, parsed with ``nlp.pipe``
   (:mod:`kg.parsing`: one child process, or spaCy's ``workers`` processes,
   parse while this process extracts and writes what they parsed before),
   extracted and written: each document in one update, whole or not at all.
   Memory holds a few batches, whatever the corpus size (the store is flushed
   every FLUSH_EVERY quads, so its write buffers do not grow either). Only this
   process writes the store.
5. Ctrl-C or SIGTERM stops after the document being written; the error says
   which documents were written. After SIGKILL or a full disk, each graph is
   still whole (old or new), and running the same build again completes the
   rest, skipping what is already done.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import sys
import threading
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from .documents import Source, digest, survey
from .errors import InputError, KgError, StoreError
from .parsing import parsed  # noqa: F401  (kg.build.parsed, as before)
from .rdf import CONTENT_HASH, doc_iri, graph_iri, to_quads
from .resources import ontology_dir, ontology_file
from .store import ONTOLOGY_FILES, content_hashes, load_ontology, replace_graph
from .vocab import ONTOLOGY_GRAPH

#: ``progress(done, total, what, written)``: what the build is doing, for a progress bar;
#: ``written`` is ``(id, events, quads)`` when a document has just been written.
Progress = Callable[..., None]

#: spaCy's default limit; a longer article is refused before anything is written.
MAX_CHARS = 1_000_000

#: Quads written between two flushes of the store. An on-disk store keeps what it
#: wrote in memory (RocksDB's memtables) until they are large: without a flush now
#: and then a build's memory grows with the corpus (about 0.45 MB an article, 550 MB
#: at 100 articles and 960 MB at 1,000); with it, it stays flat.
FLUSH_EVERY = 50_000


class Flusher:
    """Counts the quads written into ``store`` and flushes it every FLUSH_EVERY."""

    def __init__(self, store) -> None:
        self.store, self.unflushed = store, 0

    def wrote(self, quads: int, written: list[str]) -> None:
        self.unflushed += quads
        if self.unflushed >= FLUSH_EVERY:
            try:
                self.store.flush()
            except OSError as err:
                raise StoreError(f"Flushing the store to disk failed ({err}). Written before it, each whole: "
                                 f"{len(written)} document(s) ({_names(written)}). Fix the cause (disk space?) "
                                 "and run the same build again: it completes the rest.") from err
            self.unflushed = 0


class BuildInterrupted(KgError):
    """Ctrl-C or SIGTERM during a build: what was written is whole, the rest is not built."""

    exit_code = 130

    def __init__(self, message: str, report=None) -> None:
        super().__init__(message)
        self.report = report


class ExtractionFailed(KgError):
    """A document the rules could not read: a bug in kg. The other documents are built."""

    exit_code = 7

    def __init__(self, message: str, report=None) -> None:
        super().__init__(message)
        self.report = report


def model_id() -> str:
    """The spaCy model kg.nlp.load would load, with its version, without loading it."""
    import os
    from importlib.metadata import PackageNotFoundError, version

    from .nlp import MODELS

    wanted = [os.environ["KG_SPACY_MODEL"]] if os.environ.get("KG_SPACY_MODEL") else list(MODELS)
    for name in wanted:
        try:
            return f"{name}-{version(name)}"
        except PackageNotFoundError:
            try:
                return f"{name}-{version(name.replace('_', '-'))}"
            except PackageNotFoundError:
                continue
    return "+".join(wanted)  # not installed: loading it will say so


def fingerprint() -> str:
    """What besides its text decides a document's graph: kg's extraction code, the
    ontology, lexicon and gazetteer, and the spaCy model. Any change rebuilds."""
    from importlib.metadata import PackageNotFoundError, version

    here = Path(__file__).resolve().parent
    files = sorted((here / "extract").glob("*.py")) + [here / f for f in (
        "nlp.py", "rdf.py", "lexicon.py", "gazetteer.py", "text.py", "vocab.py", "documents.py")]
    files += sorted(ontology_dir().glob("*.ttl"))
    h = hashlib.sha256()
    try:
        h.update(version("kg").encode())
    except PackageNotFoundError:
        pass
    h.update(model_id().encode())
    for path in files:
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def content_hash(text_digest: str, extractor: str) -> str:
    return hashlib.sha256(f"{extractor}:{text_digest}".encode()).hexdigest()


@contextmanager
def stop_requests() -> Iterator[list[str]]:
    """Ctrl-C and SIGTERM ask the build to stop after the document it is writing
    (the list gets the signal's name). Worker processes forked meanwhile inherit
    the handler, so they do not die mid-batch either."""
    asked: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield asked
        return

    def handler(signum, frame):  # noqa: ARG001
        asked.append(signal.Signals(signum).name)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield asked
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def _names(ids: list[str], most: int = 20) -> str:
    shown = ", ".join(ids[:most])
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "") if ids else "none"


def build(paths: Iterable[str | Path], store: ox.Store | str | None = None, workers: int = 1,
          progress: Progress | None = None, force: bool = False):
    """Build ``paths`` (files or folders) into ``store``; see the module's docstring.
    ``force`` parses every document again, changed or not."""
    from .api import _store

    tell = progress or (lambda done, total, what, written=None: None)
    sources = survey([Path(p) for p in paths])
    too_long = [s for s in sources if s.chars > MAX_CHARS]
    if too_long:
        raise InputError(f"{too_long[0].path}: is {too_long[0].chars} characters long, more than the {MAX_CHARS} "
                         "the parser takes at once. kg reads one article a file: split it.")
    target = _store(store)  # the lock is checked here, before the model loads
    try:
        return _build(sources, target, workers, tell, force)
    except BaseException as err:
        # Let go of a store this call opened: a failed build must not keep it locked
        # (a notebook, or the test that called it, may open it next).
        if target is not store:
            traceback.clear_frames(err.__traceback__)
            target = None  # noqa: F841
        raise


def split_unchanged(sources: list[Source], target, force: bool):
    """A report listing the documents whose text and extractor are those of
    their graph (nothing to do), the sources left to extract, and the
    extractor's fingerprint their new hashes are made with."""
    from .api import BuildReport

    extractor = fingerprint()
    known = {} if force else content_hashes(target)
    report = BuildReport(target)
    todo = []
    for s in sources:
        if known.get(graph_iri(s.id).value) == content_hash(s.digest, extractor):
            report.unchanged.append(s.id)
        else:
            todo.append(s)
    return report, todo, extractor


def write_ontology(target) -> None:
    """The ontology, lexicon and gazetteer into their graph (:func:`kg.store.load_ontology`).
    Into an embedded store that has no such graph yet (a first build) they are added in one
    transaction, as they are: what load_ontology's update adds too, without the SPARQL text
    of some 3,700 triples to write and parse, nor the entity records to reconcile (these
    files hold none): 0.3 s -> 0.06 s, a tenth of the parse of 40 articles."""
    if isinstance(target, ox.Store) and not target.contains_named_graph(ONTOLOGY_GRAPH):
        quads = []
        for name in ONTOLOGY_FILES:
            quads += [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                      for t in ox.parse(path=str(ontology_file(name)), format=ox.RdfFormat.TURTLE)]
        try:
            target.extend(quads)
        except OSError as err:
            raise StoreError(f"Writing {ONTOLOGY_GRAPH.value} failed ({err}); nothing was written.") from err
    else:
        load_ontology(target)


def _build(sources: list[Source], target, workers: int, tell: Progress, force: bool):
    from .extract.pipeline import extract_parsed
    from .gazetteer import load_gazetteer
    from .lexicon import load_lexicon
    from .nlp import load

    report, todo, extractor = split_unchanged(sources, target, force)
    # graphs the store holds: a document that has none is written without retracting anything first
    existing = {g.value for g in target.named_graphs()}
    total = len(sources) + 1
    done = len(report.unchanged)
    tell(done, total, "loading the model")
    nlp = load() if todo else None  # nothing changed: no model to wait for
    written: list[str] = []
    failed: list[tuple[str, str]] = []
    flusher = Flusher(target)
    with stop_requests() as asked:
        before = set(multiprocessing.active_children())
        # started first: with one worker, a child process parses the first batch meanwhile
        stream = parsed(todo, nlp, workers) if todo else iter(())
        try:
            lexicon, gazetteer = load_lexicon(), load_gazetteer()
            write_ontology(target)
            done += 1
            tell(done, total, "parsing")
            for document, doc in stream:
                try:
                    x = extract_parsed(document, doc, lexicon, gazetteer)
                    quads = to_quads(x)
                except Exception as err:  # noqa: BLE001 - a bug in the rules must not stop the others
                    # one document the rules fail on keeps its previous graph (or none); the rest are built
                    failed.append((document.id, f"{type(err).__name__}: {err}"[:160]))
                    done += 1
                    tell(done, total, document.id)
                    continue
                graph = graph_iri(document.id)
                quads.append(ox.Quad(doc_iri(document.id), CONTENT_HASH,
                                     ox.Literal(content_hash(digest(document), extractor)), graph))
                try:
                    replace_graph(target, graph, quads, fresh=graph.value not in existing)
                except StoreError as err:
                    raise StoreError(
                        f"{err} Written before it, whole: {len(written)} document(s) ({_names(written)}); "
                        f"{len(todo) - len(written) - 1} more not built. Fix the cause (disk space?) and run the "
                        "same build again: it completes the rest.") from err
                written.append(document.id)
                flusher.wrote(len(quads), written)
                report.documents.append((document.id, len(x.events), len(set(quads))))
                done += 1
                tell(done, total, document.id, report.documents[-1])
                if asked:
                    break
        finally:
            if asked or sys.exc_info()[0] is not None:
                # Stopping early: spaCy's workers may be blocked sending batches nobody
                # will read (they ignore SIGINT/SIGTERM, like this process): end them.
                for child in set(multiprocessing.active_children()) - before:
                    child.kill()
            if hasattr(stream, "close"):
                stream.close()  # stops the parser's worker processes
        target.flush()
    if asked:
        left = [s.id for s in todo[len(written):]]
        raise BuildInterrupted(
            f"interrupted ({asked[0]}): {len(written)} document(s) written, each whole: {_names(written)}. "
            f"Not built yet: {_names(left)}. Run the same build again to complete the rest.",
            report)
    if failed:
        raise ExtractionFailed(
            f"kg failed to read {len(failed)} document(s), a bug in kg: {failed[0][0]} ({failed[0][1]})"
            f"{'; also ' + _names([f for f, _ in failed[1:]]) if len(failed) > 1 else ''}. Their graphs keep their "
            f"previous content; the {len(written)} other document(s) were built, each whole. Please report it "
            "with the file; `kg build` of the other files works meanwhile.", report)
    return report
