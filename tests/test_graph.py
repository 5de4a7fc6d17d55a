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


# ---------------------------------------------------------------- edges carry their evidence

def test_every_edge_carries_its_role_document_and_sentence_as_strings(hand_store):
    graph = to_networkx(hand_store)
    for u, v, key, d in graph.edges(keys=True, data=True):
        assert key == d["role"] and d["document"] in ("a", "b") and d["sentence"]
        assert all(isinstance(value, str) for value in d.values())
    broadcast = next(n for n, d in graph.nodes(data=True) if d.get("type") == "Broadcast")
    assert graph.nodes[broadcast]["sentence"] == "Netflix diffuse Deep Fake Love."
    assert all(isinstance(value, str) for _, d in graph.nodes(data=True) for value in d.values())


# ---------------------------------------------------------------- neighbourhoods

def labels(graph) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True)}


def test_the_neighbourhood_of_an_entity_grows_with_depth(hand_store):
    # SAG-AFTRA is found by an alias, in any case: an agent of the rejection, the source of the job offer
    one = to_networkx(hand_store, entity="screen actors GUILD", depth=1)
    assert labels(one) == {"SAG-AFTRA", "rejettent", "propose poste"}
    two = to_networkx(hand_store, entity="SAG-AFTRA", depth=2)
    assert labels(two) == labels(one) | {"acteurs", "proposition", "Netflix", "poste"}
    assert to_networkx(hand_store, entity="sag-aftra", depth=0).number_of_nodes() == 1
    assert [d.get("centre") for _, d in one.nodes(data=True) if d["label"] == "SAG-AFTRA"] == ["true"]


def test_a_neighbourhood_within_one_document(hand_store):
    graph = to_networkx(hand_store, doc="b", entity="Netflix", depth=2)
    assert labels(graph) == {"Netflix", "diffuse Deep Fake Love", "Deep Fake Love"}


def test_kg_draw_says_when_no_entity_has_the_name(tmp_path, disk_store):
    result = CliRunner().invoke(main, ["draw", "-o", str(tmp_path / "g.png"), "--entity", "Disney",
                                       "--store", disk_store])
    assert result.exit_code == 2 and "No entity of the articles is named 'Disney'" in result.stderr
    assert not (tmp_path / "g.png").exists()
    # named in document a only: nothing around it in document b
    result = CliRunner().invoke(main, ["draw", "-o", str(tmp_path / "g.png"), "--entity", "SAG-AFTRA",
                                       "--doc", "b", "--store", disk_store])
    assert result.exit_code == 2 and "takes part in no event" in result.stderr


# ---------------------------------------------------------------- pictures at every size

def test_a_picture_of_hundreds_of_nodes_needs_no_scipy_and_names_only_the_hubs(tmp_path, monkeypatch, articles):
    import sys

    from kg.picture import MAX_LABELS, draw, layout
    from kg.rdf import graph_iri, to_quads
    from kg.store import replace_graph

    monkeypatch.setitem(sys.modules, "scipy", None)  # importing scipy now fails
    store = ox.Store()
    for i in range(110):
        x = articles[0](f"a{i}")
        replace_graph(store, graph_iri(x.doc_id), to_quads(x))
    graph = to_networkx(store)
    assert graph.number_of_nodes() > 500
    pos = layout(graph)
    assert set(pos) == set(graph.nodes) and all(-1.01 <= c <= 1.01 for p in pos.values() for c in p)
    out = tmp_path / "big.png"
    named = draw(graph, out, title="kg")
    assert out.read_bytes()[:8] == PNG and 0 < named <= MAX_LABELS


def test_labels_of_a_small_picture_never_overlap(tmp_path, hand_store):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.text import Annotation

    from kg.picture import draw

    seen = {}
    real_savefig = plt.Figure.savefig

    def spy(fig, *args, **kwargs):
        renderer = fig.canvas.get_renderer()
        seen["boxes"] = [t.get_window_extent(renderer) for t in fig.axes[0].texts if isinstance(t, Annotation)]
        seen["frame"] = fig.bbox
        return real_savefig(fig, *args, **kwargs)

    plt.Figure.savefig = spy
    try:
        named = draw(to_networkx(hand_store), tmp_path / "g.png", title="kg")
    finally:
        plt.Figure.savefig = real_savefig
    boxes = seen["boxes"]
    assert len(boxes) == named == 10  # every node of a small graph is named...
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])  # ...and no two names touch
    frame = seen["frame"]
    assert all(frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1 for b in boxes)


# ---------------------------------------------------------------- GraphML and GEXF for Gephi

def test_kg_export_writes_graphml_and_gexf_that_networkx_reads_back(tmp_path, disk_store):
    import networkx as nx

    graph = to_networkx(disk_store)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", disk_store])
        assert result.exit_code == 0, result.output
        back = read(out)
        assert back.number_of_nodes() == graph.number_of_nodes()
        assert back.number_of_edges() == graph.number_of_edges()
        roles = sorted(d["role"] for _, _, d in back.edges(data=True))
        assert roles == sorted(d["role"] for _, _, d in graph.edges(data=True))
        assert all(d["document"] and d["sentence"] for _, _, d in back.edges(data=True))
        labels_back = {d.get("label") for _, d in back.nodes(data=True)}
        assert "Deep Fake Love" in labels_back


def test_a_big_picture_leaves_out_the_groups_that_name_no_entity():
    import networkx as nx

    from kg.picture import _named_groups

    graph = nx.MultiDiGraph()
    graph.add_node("e1", label="grève", kind="event", type="Strike")
    graph.add_node("n", label="Netflix", kind="entity", type="Organization")
    graph.add_edge("e1", "n", key="agent", role="agent")
    graph.add_node("e2", label="grève", kind="event", type="Strike")
    graph.add_node("p", label="acteurs", kind="entity", type="Participant")
    graph.add_edge("e2", "p", key="agent", role="agent")
    kept, dropped = _named_groups(graph)
    assert set(kept) == {"e1", "n"} and dropped == 1
    graph.remove_nodes_from(["e1", "n"])
    assert _named_groups(graph) == (graph, 0)  # nothing named at all: the picture keeps everything
