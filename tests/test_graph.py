"""The networkx projection and the pictures drawn from it (hand-made stores, no model)."""

from __future__ import annotations

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import main
from kg.graph import to_networkx

PNG = b"\x89PNG\r\n\x1a\n"


def test_projection_has_an_edge_per_role_and_one_node_per_entity(hand_store):
    graph = to_networkx(hand_store)
    roles = list(hand_store.query(
        "SELECT DISTINCT ?e ?p ?n WHERE { VALUES ?p { kg:agent kg:theme kg:recipient sem:hasPlace prov:wasAttributedTo } "
        "?e a sem:Event ; ?p ?n . ?n rdfs:label ?l }",
        prefixes={"kg": "https://w3id.org/kg-news/ontology#", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
                  "prov": "http://www.w3.org/ns/prov#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        use_default_graph_as_union=True))
    assert graph.number_of_edges() == len(roles) > 0
    events = [n for n, d in graph.nodes(data=True) if d["kind"] == "event"]
    assert events and all(graph.nodes[e]["type"] for e in events)
    assert all(d["role"] in ("agent", "theme", "recipient", "place", "source") for _, _, d in graph.edges(data=True))


def test_projection_of_one_document_keeps_only_its_events(hand_store):
    docs = [s["d"].value for s in hand_store.query(
        "SELECT ?d WHERE { ?x a <https://w3id.org/kg-news/ontology#Document> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?d } ORDER BY ?d", use_default_graph_as_union=True)]
    whole = to_networkx(hand_store)
    parts = [to_networkx(hand_store, doc=d) for d in docs]
    assert len(docs) == 2 and all(p.number_of_edges() for p in parts)
    assert sum(p.number_of_edges() for p in parts) == whole.number_of_edges()
    assert to_networkx(hand_store, doc='nope" } ; DROP ALL ; #').number_of_nodes() == 0
    assert len(hand_store) > 0


def test_kg_draw_writes_a_png_of_the_graph(tmp_path, disk_store):
    out = tmp_path / "graph.png"
    result = CliRunner().invoke(main, ["draw", "-o", str(out), "--store", disk_store])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == PNG and out.stat().st_size > 10_000
    graph = to_networkx(ox.Store.read_only(disk_store))
    assert f"({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)" in result.stdout


def test_kg_draw_refuses_an_unknown_picture_format_and_an_empty_graph(tmp_path, disk_store):
    bad = CliRunner().invoke(main, ["draw", "-o", str(tmp_path / "graph.gif"), "--store", disk_store])
    assert bad.exit_code == 1 and isinstance(bad.exception, SystemExit)
    assert "png" in bad.stderr and not (tmp_path / "graph.gif").exists()
    empty = CliRunner().invoke(main, ["draw", "-o", str(tmp_path / "g.png"), "--doc", "nope", "--store", disk_store])
    assert empty.exit_code == 1 and "no events" in empty.stderr
