"""kg build --dask: the extraction on a Dask distributed cluster gives the same graph as a local build."""

from __future__ import annotations

import socket
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.api import build
from kg.cli import main
from kg.store import document_graphs, graph_quads
from kg.vocab import ONTOLOGY_GRAPH

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_26ccd676af571225.txt"

SECOND = """date 2023-08-02
Netflix propose un poste de responsable de l'IA payé jusqu'à 900 000 dollars par an.
Selon le syndicat SAG-AFTRA, les acteurs rejettent la proposition des studios.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphs(store: ox.Store) -> dict[str, set[ox.Quad]]:
    """Every graph but the ontology's (whose blank nodes each store names anew), by IRI."""
    return {g.value: set(graph_quads(store, g)) for g in store.named_graphs() if g != ONTOLOGY_GRAPH}


def test_an_unreachable_scheduler_is_a_clear_error_and_the_store_is_untouched(disk_store, quads_of, monkeypatch):
    import kg.distributed

    monkeypatch.setattr(kg.distributed, "CONNECT_TIMEOUT", "2s")  # Dask retries until then
    before = quads_of(disk_store)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["build", str(SEED), "--store", disk_store, "--dask", address])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert address in result.stderr and "dask scheduler" in result.stderr
    assert quads_of(disk_store) == before


def test_a_bad_file_is_refused_before_the_cluster_is_asked(tmp_path, disk_store, quads_of):
    before = quads_of(disk_store)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe caf\xe9")
    result = CliRunner().invoke(main, ["build", str(bad), "--store", disk_store, "--dask", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2, result.output
    assert "UTF-8" in result.stderr
    assert quads_of(disk_store) == before


@pytest.mark.slow
def test_a_build_on_a_local_cluster_gives_the_graph_of_a_local_build(tmp_path, nlp):
    from distributed import LocalCluster

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / SEED.name).write_bytes(SEED.read_bytes())
    (docs / "second.txt").write_text(SECOND, encoding="utf-8")

    local = build([docs], store="memory:")
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    try:
        remote = build([docs], store="memory:", dask=cluster.scheduler_address)
    finally:
        cluster.close()

    assert sorted(remote.documents) == sorted(local.documents)
    assert len(remote.documents) == 2 and all(quads for _, _, quads in remote.documents)
    assert graphs(remote.store) == graphs(local.store)
    assert len(remote.store) == len(local.store)
    assert kg.query("events", store=remote.store) == kg.query("events", store=local.store)


def test_the_cluster_build_writes_what_the_workers_return_and_names_what_it_wrote_when_one_fails(
        tmp_path, articles, monkeypatch):
    """Without the model: threads in this process stand in for the workers, and the
    pure function is replaced by one that gives the hand-made extractions' quads."""
    from distributed import LocalCluster

    import kg.distributed
    from kg.errors import InputError
    from kg.rdf import graph_iri, to_quads

    made = {x.doc_id: x for x in (f() for f in articles)}

    def fake_extract(document, model=None):
        if document.id == "broken":
            raise InputError("broken.txt: the worker could not read it.")
        x = made[document.id]
        return len(x.events), ox.serialize(to_quads(x), format=ox.RdfFormat.N_QUADS)

    monkeypatch.setattr(kg.distributed, "extract_quads", fake_extract)
    for doc_id in ("a", "b"):
        (tmp_path / f"{doc_id}.txt").write_text(made[doc_id].text, encoding="utf-8")
    with LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as cluster:
        report = build([tmp_path], store="memory:", dask=cluster.scheduler_address)
        assert sorted(d for d, _, _ in report.documents) == ["a", "b"]
        for doc_id, x in made.items():
            written = set(graph_quads(report.store, graph_iri(doc_id)))
            assert set(to_quads(x)) < written  # the worker's quads, and the content hash beside them
            assert len(written - set(to_quads(x))) == 1

        (tmp_path / "broken.txt").write_text("date 2023-07 Rien.", encoding="utf-8")
        store = ox.Store()
        with pytest.raises(InputError) as failure:
            build([tmp_path], store=store, dask=cluster.scheduler_address)
    message = str(failure.value)
    assert message.startswith("broken.txt: the worker could not read it.")
    assert "Run the same build again" in message
    named = message.split("each whole: ", 1)[1].split(". Run", 1)[0]
    present = sorted(g.value.rsplit("/", 1)[-1] for g in document_graphs(store))
    assert sorted(named.split(", ")) == present if present else named == "none"
