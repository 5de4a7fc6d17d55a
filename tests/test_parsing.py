"""Parsing beside the extraction (kg/parsing.py): a child process parses while the
build extracts and writes; the graph is the one a build in one process makes,
a failure in the child reaches the build, and the child never outlives it.

Most tests use a blank French pipeline (tokenizer and sentencizer) saved to a
temporary folder and named by KG_SPACY_MODEL; one slow test uses the model.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.parsing
from kg.documents import survey
from kg.errors import InputError, KgError

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Netflix", "Disney", "la WGA", "Amazon"]


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory) -> str:
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    path = tmp_path_factory.mktemp("model") / "blank_fr"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture
def blank(blank_model, monkeypatch):
    import kg.nlp

    monkeypatch.setenv("KG_SPACY_MODEL", blank_model)
    kg.nlp.load.cache_clear()
    yield kg.nlp.load()
    kg.nlp.load.cache_clear()


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = NAMES[i % len(NAMES)], NAMES[(i + 1) % len(NAMES)]
        body = " ".join(f"{a} propose {j} postes à {b}. {b} refuse l'offre numéro {i}." for j in range(1 + i % 4))
        (folder / f"doc {i:03d}.txt").write_text(f"date 2023-{1 + i % 12:02d} {body}\n", encoding="utf-8")
    return folder


def quads_of(store: ox.Store) -> set[ox.Quad]:
    from kg.vocab import ONTOLOGY_GRAPH

    return {q for q in store if q.graph_name != ONTOLOGY_GRAPH}  # the ontology has blank nodes


def built(folder: Path, aside: bool, workers: int = 1) -> set[ox.Quad]:
    from kg.build import build

    previous, kg.parsing.ASIDE = kg.parsing.ASIDE, aside
    try:
        store = ox.Store()
        build([folder], store, workers=workers)
        return quads_of(store)
    finally:
        kg.parsing.ASIDE = previous


def test_the_child_gives_the_documents_and_parses_of_a_parse_in_this_process(tmp_path, blank):
    sources = survey([write_corpus(tmp_path / "docs", 20)])
    aside = kg.parsing.parsed(sources, blank)
    assert isinstance(aside, kg.parsing.ParsedAside) and aside.process.pid != os.getpid()
    try:
        got = [(d, [(t.idx, t.text, t.is_sent_start) for t in doc], doc.user_data["offset"]) for d, doc in aside]
    finally:
        aside.close()
    assert aside.process.exitcode == 0
    kg.parsing.ASIDE = False
    try:
        here = kg.parsing.parsed(sources, blank)
        assert not isinstance(here, kg.parsing.ParsedAside)
        want = [(d, [(t.idx, t.text, t.is_sent_start) for t in doc], doc.user_data["offset"]) for d, doc in here]
    finally:
        kg.parsing.ASIDE = True
    assert got == want and len(got) == 20
    assert got[0][0].id == "doc 000" and got[0][2] == len("date 2023-01 ")


def test_a_build_with_the_parse_aside_writes_the_graph_of_a_build_in_one_process(tmp_path, blank):
    docs = write_corpus(tmp_path / "docs", 20)
    aside, here = built(docs, True), built(docs, False)
    assert aside == here
    assert len({q.graph_name for q in aside}) == 21  # 20 documents and the shared entity graph


def test_one_batch_or_less_is_parsed_here(tmp_path, blank):
    sources = survey([write_corpus(tmp_path / "docs", 8)])
    assert not isinstance(kg.parsing.parsed(sources, blank, batch_size=8), kg.parsing.ParsedAside)


def test_a_file_unreadable_once_surveyed_stops_the_build_with_its_name(tmp_path, blank):
    sources = survey([write_corpus(tmp_path / "docs", 20)])
    (tmp_path / "docs" / "doc 013.txt").write_bytes(b"\xff\xfe latin")
    stream = kg.parsing.parsed(sources, blank)
    try:
        with pytest.raises(InputError, match=r"doc 013\.txt: is not UTF-8"):
            for _ in stream:
                pass
    finally:
        stream.close()


def test_a_parser_process_that_dies_is_reported_not_waited_for(tmp_path, blank):
    sources = survey([write_corpus(tmp_path / "docs", 60)])
    stream = kg.parsing.parsed(sources, blank)
    try:
        next(stream)
        os.kill(stream.process.pid, signal.SIGKILL)
        with pytest.raises(KgError, match=r"the parser process stopped \(exit code -9\)"):
            for _ in stream:  # what it sent before dying comes first
                pass
    finally:
        stream.close()


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")  # left, waiting to be reaped by whoever adopted it


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc (Linux)")
def test_the_parser_process_leaves_when_the_build_is_killed(tmp_path, blank_model):
    docs = write_corpus(tmp_path / "docs", 200)
    env = {**os.environ, "KG_SPACY_MODEL": blank_model, "PYTHONUNBUFFERED": "1"}
    env.pop("KG_STORE", None)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(docs), "--store", str(tmp_path / "store")],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert re.match(r".+: \d+ events", line), line
        children = _children(proc.pid)
        assert children, "the build parses in a child process"
        proc.kill()
        proc.wait(timeout=60)
        deadline = time.monotonic() + 30
        while not all(_gone(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(_gone(c) for c in children), "the parser process outlived the build"
    finally:
        proc.kill()
        proc.stdout.close()


@pytest.mark.slow
def test_with_the_model_the_parse_aside_gives_the_same_graph(tmp_path):
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    head, _, rest = seed.partition("\n")
    paragraphs = [p for p in rest.split("\n") if p.strip()]
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(12):  # a batch of 8, then the last batch in halves (2 + 1 + 1)
        order = paragraphs[i % len(paragraphs):] + paragraphs[:i % len(paragraphs)]
        (docs / f"v{i}.txt").write_text(head + "\n\n" + "\n\n".join(order) + "\n", encoding="utf-8")
    aside, here = built(docs, True), built(docs, False)
    assert aside == here
    assert len({q.graph_name for q in aside}) == 13


class Flushes:
    """A store that counts its flushes, and fails the ``fail_at``-th as a full disk does."""

    def __init__(self, fail_at: int = 0) -> None:
        self.store, self.flushes, self.fail_at = ox.Store(), 0, fail_at

    def flush(self) -> None:
        self.flushes += 1
        if self.flushes == self.fail_at:
            raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_build_flushes_the_store_as_it_goes_so_memory_stays_flat(tmp_path, blank, monkeypatch):
    import importlib

    from kg.errors import StoreError

    building = importlib.import_module("kg.build")  # the module (kg.build is also the library's function)
    docs = write_corpus(tmp_path / "docs", 20)
    monkeypatch.setattr(building, "FLUSH_EVERY", 1)  # every document, and once at the end
    store = Flushes()
    building.build([docs], store)
    assert store.flushes == 21
    failing = Flushes(fail_at=3)
    with pytest.raises(StoreError, match=r"No space left on device.*3 document\(s\) \(doc 000, doc 001, "
                                                  r"doc 002\).*run the same build again"):
        building.build([docs], failing)
    assert len([g for g in failing.store.named_graphs() if "/graph/doc" in g.value]) == 3
