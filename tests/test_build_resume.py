"""The streaming build: unchanged documents are not parsed again, and a real
`kg build` killed at several moments leaves every document graph whole and is
completed by running it again.

These builds run in subprocesses on small generated texts with a blank French
pipeline (tokenizer and sentencizer, saved to a temporary folder and named by
KG_SPACY_MODEL), so they exercise the build, not the model. They run a copy of
kg taken when the module starts (PYTHONPATH and KG_HOME point at it): the
extractor's fingerprint is part of each document's content hash, and a source
file edited meanwhile would rightly rebuild everything.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf import CONTENT_HASH, ENTITY_GRAPH, doc_id_of, graph_iri
from kg.store import document_graphs
from kg.vocab import ONTOLOGY_GRAPH

N_DOCS = 60
NAMES = ["Netflix", "la SAG-AFTRA", "Disney", "l'AMPTP", "la WGA", "Amazon"]


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def kg_copy(tmp_path_factory) -> Path:
    """kg's package and data folders as they are now."""
    snap = tmp_path_factory.mktemp("kg-copy")
    shutil.copytree(ROOT / "kg", snap / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("ontology", "queries"):
        shutil.copytree(ROOT / folder, snap / folder)
    return snap


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory, kg_copy) -> str:
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    path = tmp_path_factory.mktemp("model") / "blank_fr"
    nlp.to_disk(path)
    global KG_COPY
    KG_COPY = kg_copy
    return str(path)


KG_COPY: Path | None = None


def write_corpus(folder: Path, n: int = N_DOCS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = NAMES[i % len(NAMES)], NAMES[(i * 7 + 1) % len(NAMES)]
        body = " ".join(f"{a} propose {j} postes à {b}. {b} refuse l'offre numéro {i}." for j in range(1 + i % 5))
        (folder / f"doc {i:03d}.txt").write_text(f"date 2023-{1 + i % 12:02d} {body}\n", encoding="utf-8")
    return folder


def kg_build(store: Path, docs: Path, model: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "KG_SPACY_MODEL": model, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": str(KG_COPY), "KG_HOME": str(KG_COPY)}
    env.pop("KG_STORE", None)
    # run from the copy's folder: `python -m` puts the current folder first on sys.path
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(docs), "--store", str(store), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=KG_COPY)


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, err


def written_ids(stdout: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^(.+): \d+ events, \d+ triples$", stdout, re.M)}


def graphs_of(path: Path) -> dict[str, set[ox.Quad]]:
    """The document graphs and the shared entity graph of a closed on-disk store:
    document id (or graph IRI) -> its quads. (The ontology graph is left out: it
    has blank nodes, named afresh by every build.)"""
    store = ox.Store.read_only(str(path))
    out: dict[str, set[ox.Quad]] = {}
    docs = {g.value for g in document_graphs(store)}
    for q in store:
        if q.graph_name == ONTOLOGY_GRAPH:
            continue
        key = doc_id_of(q.graph_name.value) if q.graph_name.value in docs else q.graph_name.value
        out.setdefault(key, set()).add(q)
    del store
    gc.collect()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, blank_model):
    """The generated articles and a store built from them in one uninterrupted run."""
    root = tmp_path_factory.mktemp("corpus")
    docs = write_corpus(root / "docs")
    code, out, err = finish(kg_build(root / "reference", docs, blank_model))
    assert code == 0, err
    assert f"built {N_DOCS} documents" in out
    reference = graphs_of(root / "reference")
    assert len([k for k in reference if not k.startswith("http")]) == N_DOCS
    return docs, reference


def assert_whole(found: dict[str, set[ox.Quad]], reference: dict[str, set[ox.Quad]]) -> set[str]:
    """Every document graph in ``found`` is exactly the reference's; returns their ids."""
    ids = {k for k in found if not k.startswith("http")}
    for doc_id in ids:
        extra, missing = found[doc_id] - reference[doc_id], reference[doc_id] - found[doc_id]
        assert not extra and not missing, f"graph of {doc_id} is not whole: {extra} {missing}"
        assert any(q.predicate == CONTENT_HASH for q in found[doc_id])
    return ids


def kill_after(proc: subprocess.Popen, lines: int, sig: int) -> set[str]:
    """Send ``sig`` once the build has reported ``lines`` documents written; returns the ids of
    those documents (read off the lines this consumed, not assumed to be the first by name)."""
    seen: set[str] = set()
    while len(seen) < lines:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        seen |= written_ids(line)
    proc.send_signal(sig)
    return seen


@pytest.mark.parametrize("after", [1, 25])
def test_sigkill_leaves_whole_graphs_and_the_same_build_completes_the_rest(tmp_path, corpus, blank_model, after):
    docs, reference = corpus
    store = tmp_path / "store"
    proc = kg_build(store, docs, blank_model)
    kill_after(proc, after, signal.SIGKILL)
    proc.wait(timeout=600)
    assert proc.returncode == -signal.SIGKILL
    done = assert_whole(graphs_of(store), reference)
    assert after <= len(done) < N_DOCS  # killed mid-way: some documents are in, whole, and not all
    code, out, err = finish(kg_build(store, docs, blank_model))
    assert code == 0, err
    assert f"{len(done)} unchanged (not parsed again)" in out  # nothing done twice
    assert written_ids(out) == {f"doc {i:03d}" for i in range(N_DOCS)} - done
    assert graphs_of(store) == reference


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_stop_cleanly_saying_which_documents_were_written(tmp_path, corpus, blank_model, sig):
    docs, reference = corpus
    store = tmp_path / "store"
    proc = kg_build(store, docs, blank_model)
    reported = kill_after(proc, 3, sig)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert f"interrupted ({signal.Signals(sig).name})" in err and "Run the same build again" in err
    found = graphs_of(store)
    done = assert_whole(found, reference)
    # stdout listed exactly the documents the store now holds (3 before the signal, and any written after it)
    assert written_ids(out) | reported == done
    assert 3 <= len(done) < N_DOCS
    assert re.search(rf"{len(done)} document\(s\) written", err)
    if sig == signal.SIGTERM:
        code, out, err = finish(kg_build(store, docs, blank_model))
        assert code == 0, err
        assert graphs_of(store) == reference


def test_an_unchanged_document_is_not_parsed_again_and_a_changed_one_is(tmp_path, corpus, blank_model):
    docs, _ = corpus
    small = tmp_path / "docs"
    small.mkdir()
    for name in ["doc 000.txt", "doc 001.txt", "doc 002.txt"]:
        (small / name).write_bytes((docs / name).read_bytes())
    store = tmp_path / "store"
    assert finish(kg_build(store, small, blank_model))[0] == 0
    before = graphs_of(store)
    (small / "doc 001.txt").write_text("date 2023-08 Disney recrute.", encoding="utf-8")
    code, out, err = finish(kg_build(store, small, blank_model))
    assert code == 0, err
    assert written_ids(out) == {"doc 001"}
    assert "built 1 document, 2 unchanged (not parsed again)" in out
    after = graphs_of(store)
    assert after["doc 000"] == before["doc 000"] and after["doc 001"] != before["doc 001"]
    code, out, _ = finish(kg_build(store, small, blank_model, "--force"))
    assert code == 0 and written_ids(out) == {"doc 000", "doc 001", "doc 002"}
    assert graphs_of(store) == after


def test_a_locked_store_is_reported_before_any_parsing(tmp_path, corpus, blank_model):
    docs, _ = corpus
    store = tmp_path / "store"
    holder = ox.Store(str(store))  # as a notebook would hold it
    try:
        code, out, err = finish(kg_build(store, docs, blank_model))
    finally:
        del holder
        gc.collect()
    assert code == 5, err
    assert "another process" in err and "Traceback" not in err
    assert written_ids(out) == set()


def test_document_ids_that_are_not_iri_safe_build_and_can_be_removed(tmp_path, blank_model):
    docs = tmp_path / "docs"
    docs.mkdir()
    ids = ["m b", "#", 'x"y', "<z>", "100%", "été"]
    for doc_id in ids:
        (docs / f"{doc_id}.txt").write_text("Netflix recrute.", encoding="utf-8")
    store = tmp_path / "store"
    code, out, err = finish(kg_build(store, docs, blank_model))
    assert code == 0, err
    assert {k for k in graphs_of(store) if not k.startswith("http")} == set(ids)
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    env.update(PYTHONPATH=str(KG_COPY), KG_HOME=str(KG_COPY))
    removed = subprocess.run([sys.executable, "-m", "kg.cli", "remove", "m b", "--store", str(store)],
                             capture_output=True, text=True, env=env, cwd=KG_COPY)
    assert removed.returncode == 0, removed.stderr
    left = graphs_of(store)
    assert {k for k in left if not k.startswith("http")} == set(ids) - {"m b"}
    assert graph_iri("m b").value.endswith("/graph/m%20b")
    assert ENTITY_GRAPH.value in left  # Netflix: still mentioned by the others


def test_two_workers_stop_cleanly_on_ctrl_c_and_complete_to_the_same_graph(tmp_path, corpus, blank_model):
    docs, reference = corpus
    store = tmp_path / "store"
    proc = kg_build(store, docs, blank_model, "--workers", "2")
    kill_after(proc, 3, signal.SIGINT)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted (SIGINT)" in err
    done = assert_whole(graphs_of(store), reference)
    assert written_ids(out) | {f"doc {i:03d}" for i in range(3)} == done
    code, out, err = finish(kg_build(store, docs, blank_model, "--workers", "2"))
    assert code == 0, err
    assert graphs_of(store) == reference


class FullDisk:
    """A store that fills up: the ``fail_at``-th write fails as a full disk does."""

    def __init__(self, fail_at: int) -> None:
        self.store, self.writes, self.fail_at = ox.Store(), 0, fail_at

    def update(self, text: str, **kw) -> None:
        if "INSERT DATA" in text and "/graph/doc" in text:
            self.writes += 1
            if self.writes == self.fail_at:
                raise OSError(28, "No space left on device")
        self.store.update(text, **kw)

    def __getattr__(self, name):
        return getattr(self.store, name)


@pytest.fixture
def blank_in_process(blank_model, monkeypatch):
    import kg.nlp

    monkeypatch.setenv("KG_SPACY_MODEL", blank_model)
    kg.nlp.load.cache_clear()
    yield
    kg.nlp.load.cache_clear()


def test_a_full_disk_says_which_documents_were_written_and_the_same_build_completes(tmp_path, blank_in_process):
    from kg.build import build
    from kg.errors import StoreError

    docs = write_corpus(tmp_path / "docs", 8)
    full = FullDisk(fail_at=4)
    with pytest.raises(StoreError) as err:
        build([docs], full)
    message = str(err.value)
    assert "No space left on device" in message and "3 document(s) (doc 000, doc 001, doc 002)" in message
    assert "run the same build again" in message
    assert {doc_id_of(g.value) for g in document_graphs(full.store)} == {"doc 000", "doc 001", "doc 002"}
    full.fail_at = 0
    report = build([docs], full)
    assert sorted(report.unchanged) == ["doc 000", "doc 001", "doc 002"]
    assert len(report.documents) == 5 and len(document_graphs(full.store)) == 8


def test_a_document_the_rules_fail_on_is_named_and_the_others_are_built(tmp_path, blank_in_process, monkeypatch):
    import kg.extract.pipeline
    from kg.build import ExtractionFailed, build

    docs = write_corpus(tmp_path / "docs", 4)
    store = ox.Store()
    build([docs], store)
    before = {q for q in store.quads_for_pattern(None, None, None, graph_iri("doc 001"))}
    real = kg.extract.pipeline.extract_parsed

    def buggy(document, doc, *args, **kw):
        if document.id == "doc 001":
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, doc, *args, **kw)

    monkeypatch.setattr(kg.extract.pipeline, "extract_parsed", buggy)
    with pytest.raises(ExtractionFailed) as err:
        build([docs], store, force=True)
    message = str(err.value)
    assert "doc 001 (RecursionError" in message and "3 other document(s) were built" in message
    assert err.value.exit_code == 7
    # the failed document keeps its previous graph, whole; the others were rebuilt
    assert {q for q in store.quads_for_pattern(None, None, None, graph_iri("doc 001"))} == before
    assert sorted(d for d, *_ in err.value.report.documents) == ["doc 000", "doc 002", "doc 003"]
