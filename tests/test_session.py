"""kg.open: the Graph a notebook holds, on hand-made stores (no model; one slow test builds the seed)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest
import rdflib

import kg
from kg.errors import KgError, QueryError, StoreError
from kg.rdf import graph_iri
from kg.session import Result

DOCS = "SELECT ?doc WHERE { ?d a kg:Document ; rdfs:label ?doc } ORDER BY ?doc"


def rejection(result: Result) -> dict:
    (row,) = [r for r in result if r["type"] == "Rejection"]
    return row


def test_open_is_a_context_manager_that_closes(disk_store):
    with kg.open(store=disk_store) as graph:
        assert [r["doc"] for r in graph.query(sparql=DOCS)] == ["a", "b"]
    assert graph.closed
    with pytest.raises(KgError, match="closed"):
        graph.query("events")
    # closed means the lock is gone: a plain pyoxigraph writer can open the folder again
    store = ox.Store(disk_store)
    del store


def test_multi_valued_cells_are_sorted_lists(disk_store):
    with kg.open(store=disk_store, read_only=True) as graph:
        events = graph.query("events")
    assert rejection(events)["agent"] == ["SAG-AFTRA", "acteurs"]  # sorted, the same on every run
    assert rejection(events)["recipient"] == []  # an empty multi-valued cell is an empty list
    assert rejection(events)["sentence"] == ["Les acteurs de la SAG-AFTRA rejettent la proposition."]
    assert [r["type"] for r in events if r["amount_max"] == 900000] == ["JobOffer"]  # numbers stay numbers
    # the module API and the CLI's JSON keep the SPEC's " | " join, in the same sorted order
    assert rejection(kg.query("events", store=disk_store))["agent"] == "SAG-AFTRA | acteurs"
    assert rejection(json.loads(events.render("json")))["agent"] == "SAG-AFTRA | acteurs"


def test_two_graphs_of_one_folder_share_the_store(disk_store):
    first = kg.open(store=disk_store)
    second = kg.open(store=disk_store)  # no lock error: the process already holds it
    assert second.store is first.store
    # the module API reuses it too, for reading and for writing
    assert kg.remove(["b"], store=disk_store) == ["b"]
    assert [r["doc"] for r in first.query(sparql=DOCS)] == ["a"]
    first.close()
    assert [r["doc"] for r in second.query(sparql=DOCS)] == ["a"]  # still open for the other
    second.close()
    store = ox.Store(disk_store)  # both closed: the lock is released
    del store


def test_a_graph_dropped_without_closing_lets_go_of_the_store(disk_store):
    graph = kg.open(store=disk_store)  # a notebook cell that opens the graph, run again
    graph = kg.open(store=disk_store)
    assert graph.query(sparql=DOCS)
    del graph
    store = ox.Store(disk_store)  # nobody holds it any more
    del store


def test_a_lock_held_by_another_process_says_so(disk_store):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, pyoxigraph
            store = pyoxigraph.Store({disk_store!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process holds this store") as err:
            kg.open(store=disk_store)
        assert "read_only=True" in str(err.value)
        with kg.open(store=disk_store, read_only=True) as reader:  # reading works meanwhile
            assert len(reader.query(sparql=DOCS)) == 2
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_read_only_graph_opens_the_store_only_when_asked(tmp_path):
    graph = kg.open(store=tmp_path / "nothing-here", read_only=True)
    with pytest.raises(QueryError, match="No saved query"):
        graph.query("no-such-query")  # a query problem comes before the store
    with pytest.raises(StoreError, match="no store here yet"):
        graph.query("events")
    with pytest.raises(KgError, match="read-only"):
        graph.build(["seeds/"])


def test_result_shows_as_html_and_as_a_dataframe(hand_store):
    with kg.open(store=hand_store) as graph:
        entities = graph.query("entities")
        events = graph.query("events")
    html = entities._repr_html_()
    assert html.count("<tr>") == len(entities) + 1
    assert 'title="https://w3id.org/kg-news/id/entity/netflix"' in html and "kgr:entity/netflix" in html
    assert "<b>entities</b>: 3 rows" in html
    frame = events.to_dataframe()
    assert list(frame.columns) == events.columns and len(frame) == len(events)
    assert frame.loc[frame["type"] == "Rejection", "agent"].iloc[0] == ["SAG-AFTRA", "acteurs"]
    assert "<" not in Result.of(["x"], [{"x": "<b>"}])._repr_html_().split("<td>")[1].split("</td>")[0]


def test_select_and_column(hand_store):
    with kg.open(store=hand_store) as graph:
        events = graph.query("events").select(["type", "agent"])
    assert events.columns == ["type", "agent"] and set(events[0]) == {"type", "agent"}
    assert sorted(events.column("type")) == ["Broadcast", "JobOffer", "Proposal", "Rejection"]
    with pytest.raises(QueryError, match="no column nope.*The columns are type,agent"):
        events.select(["nope"])


def test_iri_parameters_take_short_ids_and_prefixed_names(hand_store):
    with kg.open(store=hand_store) as graph:
        events = graph.query("events")
        offer = next(r for r in events if r["type"] == "JobOffer")["event"]
        short = offer.replace("https://w3id.org/kg-news/id/", "kgr:")
        for value in (offer, f"<{offer}>", short, short.removeprefix("kgr:")):
            evidence = graph.query("evidence", {"event": value})
            assert [r["type"] for r in evidence] == ["JobOffer"], value
            assert evidence.notes == []
        nothing = graph.query("evidence", {"event": short + "0"})
    assert len(nothing) == 0
    assert nothing.notes and "matches nothing" in nothing.notes[0] and short + "0" in nothing.notes[0]


def test_to_rdflib_keeps_the_named_graphs(disk_store, quads_of):
    with kg.open(store=disk_store, read_only=True) as graph:
        ds = graph.to_rdflib()
    assert isinstance(ds, rdflib.Dataset)
    names = {str(g.identifier) for g in ds.graphs()}
    for doc in ("a", "b"):
        assert graph_iri(doc).value in names
        assert len(ds.graph(rdflib.URIRef(graph_iri(doc).value))) > 0
    store = ox.Store.read_only(disk_store)
    in_doc_a = len(list(store.quads_for_pattern(None, None, None, graph_iri("a"))))
    del store
    assert len(ds.graph(rdflib.URIRef(graph_iri("a").value))) == in_doc_a
    assert dict(ds.namespaces())["kg"] == rdflib.URIRef("https://w3id.org/kg-news/ontology#")


def test_export_writes_a_file_rdflib_reads(disk_store, tmp_path):
    with kg.open(store=disk_store, read_only=True) as graph:
        path = graph.export("turtle", output=tmp_path / "kg.ttl", include_ontology=False)
        assert graph.export("turtle", include_ontology=False) == path.read_bytes()
    g = rdflib.Graph().parse(path, format="turtle")
    assert (None, rdflib.RDF.type, rdflib.URIRef("https://w3id.org/kg-news/ontology#Broadcast")) in g


def test_ask_answers_every_saved_question_as_one_json_document(disk_store):
    from kg.queries import saved_queries

    with kg.open(store=disk_store, read_only=True) as graph:
        answers = graph.ask()
    data = json.loads(answers.render("json"))
    assert [a["query"] for a in data] == list(saved_queries())
    timeline = next(a for a in data if a["query"] == "timeline")
    assert timeline["params"] == {"doc": "a"} and timeline["rows"]
    assert "<h4>" in answers._repr_html_()


def test_draw_gives_a_picture_a_notebook_shows(hand_store):
    with kg.open(store=hand_store) as graph:
        picture = graph.draw()
    assert picture.nodes > 0
    assert picture._repr_png_().startswith(b"\x89PNG")


@pytest.mark.slow
def test_building_twice_in_one_kernel(tmp_path, nlp):
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    with kg.open(store=tmp_path / "store") as graph:
        first = graph.build([seeds])
        size = len(graph.store)
        second = graph.build(seeds)  # the kernel holds the lock: the open store is reused
        assert len(graph.store) == size
        again = [d[0] for d in second.documents] + list(getattr(second, "unchanged", []))
        assert again == [d[0] for d in first.documents]
        kg.build([seeds], store=tmp_path / "store", force=True)  # the module API reuses it too
        assert len(graph.store) == size
    store = ox.Store(str(tmp_path / "store"))  # closed: released
    del store


def test_kg_build_stays_the_function_once_a_build_module_is_loaded():
    import importlib

    importlib.import_module("kg.build")  # what a first build does
    assert callable(kg.build) and kg.build.__module__ == "kg.api"
