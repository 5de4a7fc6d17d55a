"""The RDF mapping and the store, on hand-made extractions: no model."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

import kg
from kg.extract.model import Event, Filler, Span
from kg.rdf import ENTITY_GRAPH, doc_id_of, doc_iri, event_iri, event_label, graph_iri, to_quads
from kg.store import document_graphs, graph_quads, replace_graph
from kg.vocab import KG, NIF, ONTOLOGY_GRAPH, PREFIXES, RDF, RDFS, RES, SCHEMA, SKOS

NETFLIX = ox.NamedNode(RES + "entity/netflix")


def graph_set(store: ox.Store, doc_id: str) -> set:
    return set(store.quads_for_pattern(None, None, None, graph_iri(doc_id)))


def ask(store: ox.Store, text: str) -> list:
    return list(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True))


def test_every_quad_is_in_the_document_graph(articles):
    article_a, _ = articles
    quads = to_quads(article_a())
    assert quads
    assert {q.graph_name for q in quads} == {graph_iri("a")}


def test_mapping_is_deterministic(articles):
    article_a, _ = articles
    assert to_quads(article_a()) == to_quads(article_a())


def test_store_gives_back_the_quads_kg_wrote(articles):
    article_a, _ = articles
    store = ox.Store()
    replace_graph(store, graph_iri("a"), to_quads(article_a()))
    assert set(graph_quads(store, graph_iri("a"))) == set(to_quads(article_a()))


def test_writing_twice_gives_the_same_quads(articles):
    article_a, _ = articles
    store = ox.Store()
    replace_graph(store, graph_iri("a"), to_quads(article_a()))
    first = set(store)
    replace_graph(store, graph_iri("a"), to_quads(article_a()))
    assert len(store) == len(first)
    assert set(store) == first
    assert set(graph_quads(store, graph_iri("a"))) == set(to_quads(article_a()))


def test_shared_entity_is_one_node(hand_store):
    rows = ask(hand_store, """
        SELECT DISTINCT ?e ?doc WHERE {
          ?m itsrdf:taIdentRef ?e ; nif:referenceContext/rdfs:label ?doc .
          ?e rdfs:label "Netflix" }""")
    assert {r["e"].value for r in rows} == {RES + "entity/netflix"}
    assert {r["doc"].value for r in rows} == {"a", "b"}
    (count,) = ask(hand_store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Organization ; rdfs:label 'Netflix' }")
    assert count["n"].value == "1"


def test_replacing_one_document_leaves_the_other_untouched(hand_store, articles):
    article_a, article_b = articles
    before_b, before_a = graph_set(hand_store, "b"), graph_set(hand_store, "a")
    smaller = article_a()
    smaller.events = smaller.events[:1]
    replace_graph(hand_store, graph_iri("a"), to_quads(smaller))
    assert graph_set(hand_store, "b") == before_b
    after_a = graph_set(hand_store, "a")
    assert after_a < before_a  # replaced, not added to
    assert set(graph_quads(hand_store, graph_iri("a"))) == set(to_quads(smaller))
    # the shared entity is typed once, in the shared entity graph
    typed_in = [q.graph_name for q in hand_store.quads_for_pattern(NETFLIX, ox.NamedNode(RDF + "type"), None)]
    assert typed_in.count(ENTITY_GRAPH) == 1 and graph_iri("a") not in typed_in


def test_replace_with_nothing_empties_the_graph(hand_store):
    replace_graph(hand_store, graph_iri("a"), [])
    assert graph_set(hand_store, "a") == set()
    assert graph_set(hand_store, "b")


def entity_facts(store: ox.Store, entity: ox.NamedNode) -> set[tuple[str, str]]:
    return {(q.predicate.value, q.object.value) for q in store.quads_for_pattern(entity, None, None, ENTITY_GRAPH)}


def test_entity_facts_are_once_in_the_shared_graph_however_many_documents(articles):
    article_a, article_b = articles
    store = ox.Store()
    for i in range(5):
        replace_graph(store, graph_iri(f"b{i}"), to_quads(article_b(f"b{i}")))
    labels = list(store.quads_for_pattern(NETFLIX, ox.NamedNode(RDFS + "label"), None))
    assert [(q.object.value, q.graph_name) for q in labels] == [("Netflix", ENTITY_GRAPH)]
    rows = ask(store, "SELECT ?c ?l WHERE { <%s> a ?c ; rdfs:label ?l }" % NETFLIX.value)
    assert len(rows) == 1  # the union of all graphs sees it once, not once per document


def test_removing_a_document_keeps_shared_entities_and_drops_the_rest(hand_store, articles):
    article_a, _ = articles
    sag = ox.NamedNode(RES + "entity/sag-aftra")
    assert entity_facts(hand_store, sag)
    count = KG + "mentionCount"
    netflix_before = entity_facts(hand_store, NETFLIX)
    assert (count, "2") in netflix_before
    replace_graph(hand_store, graph_iri("a"), [])
    assert entity_facts(hand_store, sag) == set()  # only document a mentioned it
    # b still mentions Netflix, once
    assert entity_facts(hand_store, NETFLIX) == netflix_before - {(count, "2")} | {(count, "1")}
    replace_graph(hand_store, graph_iri("b"), [])
    assert set(hand_store.quads_for_pattern(None, None, None, ENTITY_GRAPH)) == set()


def test_what_only_the_old_version_of_a_document_said_goes_with_it(articles):
    _, article_b = articles
    store = ox.Store()
    replace_graph(store, graph_iri("b"), to_quads(article_b("b", netflix_label="NETFLIX")))
    replace_graph(store, graph_iri("c"), to_quads(article_b("c")))
    assert {o for p, o in entity_facts(store, NETFLIX) if p == RDFS + "label"} == {"NETFLIX", "Netflix"}
    replace_graph(store, graph_iri("b"), to_quads(article_b("b")))
    assert {o for p, o in entity_facts(store, NETFLIX) if p == RDFS + "label"} == {"Netflix"}
    replace_graph(store, graph_iri("c"), [])
    assert {o for p, o in entity_facts(store, NETFLIX) if p == RDFS + "label"} == {"Netflix"}  # b still says so


def test_entity_aliases_come_from_the_documents(hand_store):
    sag = ox.NamedNode(RES + "entity/sag-aftra")
    assert (SKOS + "altLabel", "Screen Actors Guild") in entity_facts(hand_store, sag)


def test_document_ids_of_any_characters_make_iris_that_give_the_id_back(articles):
    article_a, _ = articles
    store = ox.Store()
    for doc_id in ["m b", "#", 'a"b', "<x>", "100%", "été 2023", "a/b"]:
        graph = graph_iri(doc_id)
        replace_graph(store, graph, to_quads(article_a(doc_id)))
        assert doc_id_of(graph.value) == doc_id_of(doc_iri(doc_id).value) == doc_id
    assert len(document_graphs(store)) == 7


def test_document_graphs_leave_out_the_ontology(hand_store):
    graphs = document_graphs(hand_store)
    assert sorted(g.value for g in graphs) == [graph_iri("a").value, graph_iri("b").value]
    assert ONTOLOGY_GRAPH in set(hand_store.named_graphs())


def test_offsets_slice_the_document_text(hand_store, articles):
    article_a, article_b = articles
    texts = {"a": article_a().text, "b": article_b().text}
    rows = ask(hand_store, """
        SELECT ?doc ?anchor ?b ?e WHERE {
          ?s nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/rdfs:label ?doc }""")
    assert len(rows) >= 10
    for r in rows:
        assert texts[r["doc"].value][int(r["b"].value):int(r["e"].value)] == r["anchor"].value


def test_hand_made_graph_conforms_to_the_shapes(hand_store):
    conforms, text = kg.validate(hand_store)
    assert conforms, text
    assert "Conforms: True" in text


def test_validation_fails_on_an_event_without_status(hand_store, articles):
    # the control for the test above: validate can say no
    _, article_b = articles
    target = event_iri("b", article_b().events[0])
    status = ox.Quad(target, ox.NamedNode(KG + "status"), ox.NamedNode(KG + "Asserted"), graph_iri("b"))
    assert status in hand_store
    hand_store.remove(status)
    conforms, text = kg.validate(hand_store)
    assert not conforms
    assert "kg:status" in text


def test_offsets_are_exported_as_non_negative_integers(hand_store):
    # Oxigraph keeps xsd:nonNegativeInteger as xsd:integer; what kg exports is what it wrote.
    nt = kg.export("ntriples", hand_store, include_ontology=False).decode("utf-8")
    begins = [line for line in nt.splitlines() if f"<{NIF}beginIndex>" in line]
    assert begins and all("XMLSchema#nonNegativeInteger>" in line for line in begins)


def test_event_label_is_trigger_and_theme():
    e = Event("JobOffer", [Span(0, 7, "propose")], [0])
    e.add("theme", Filler("job dans l'IA"))
    assert event_label(e) == "propose job dans l'IA"


def test_event_label_of_a_noun_that_is_its_own_theme_says_the_noun_once():
    e = Event("Proposal", [Span(0, 11, "proposition")], [0])
    e.add("theme", Filler("proposition de l'AMPTP"))
    assert event_label(e) == "proposition de l'AMPTP"


def test_event_label_of_merged_statements_is_the_noun_that_names_the_event():
    # 'chaque salarié licencié' and 'ce plan social' are one layoff: the noun names it
    e = Event("Layoff", [Span(0, 8, "licencié"), Span(40, 44, "plan")], [0])
    e.add("theme", Filler("salarié licencié"))
    e.add("theme", Filler("plan social"))
    assert event_label(e) == "plan social"


def test_event_label_of_a_verb_whose_theme_starts_elsewhere_is_trigger_and_theme():
    e = Event("Layoff", [Span(0, 8, "licencié"), Span(40, 44, "plan")], [0])
    e.add("theme", Filler("salarié licencié"))
    assert event_label(e) == "licencié salarié licencié"


def test_document_node(hand_store, articles):
    article_a, _ = articles
    doc = doc_iri("a")
    types = {q.object.value for q in hand_store.quads_for_pattern(doc, ox.NamedNode(RDF + "type"), None)}
    assert {KG + "Document", NIF + "Context", SCHEMA + "NewsArticle"} <= types
    (text,) = list(hand_store.quads_for_pattern(doc, ox.NamedNode(NIF + "isString"), None))
    assert text.object.value == article_a().text
    (date,) = list(hand_store.quads_for_pattern(doc, ox.NamedNode(SCHEMA + "datePublished"), None))
    assert (date.object.value, date.object.datatype.value) == ("2023-07", "http://www.w3.org/2001/XMLSchema#gYearMonth")


# ---------------------------------------------------------------- faults (through the command, no model)

def _cli(*args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_corrupt_store_exits_5_saying_what_to_do(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "CURRENT").write_text("garbage\n")
    result = _cli("stats", "--store", folder)
    assert result.exit_code == 5, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert "damaged or was only half created" in result.stderr and "kg build --store" in result.stderr


def test_a_half_created_store_exits_5(tmp_path, disk_store):
    import shutil

    half = tmp_path / "half"
    shutil.copytree(disk_store, half)
    for sst in half.glob("*.sst"):
        sst.unlink()
    (half / "LOCK").unlink(missing_ok=True)
    result = _cli("query", "events", "--store", half)
    if not list(Path(disk_store).glob("*.sst")):  # nothing flushed to tables: remove the manifest instead
        for manifest in half.glob("MANIFEST-*"):
            manifest.write_bytes(b"\x00" * 16)
        result = _cli("query", "events", "--store", half)
    assert result.exit_code == 5, result.output
    assert "damaged or was only half created" in result.stderr


def test_export_refuses_to_write_inside_the_store(disk_store, quads_of):
    before = quads_of(disk_store)
    for target in [Path(disk_store) / "CURRENT", Path(disk_store) / "new.ttl"]:
        result = _cli("export", "-o", target, "--store", disk_store)
        assert result.exit_code == 2, result.output
        assert "inside the store" in result.stderr
    assert quads_of(disk_store) == before
    result = _cli("export", "-o", Path(disk_store).parent / "out.ttl", "--store", disk_store)
    assert result.exit_code == 0, result.output


def test_remove_an_id_with_a_space(tmp_path, articles, disk_store_of, quads_of):
    article_a, article_b = articles
    path = disk_store_of(tmp_path / "store", article_a("a b"), article_b("c"))
    result = _cli("remove", "a b", "--store", path)
    assert result.exit_code == 0, result.output
    assert "removed a b" in result.stdout
    left = quads_of(path)
    assert not any("/graph/a%20b>" in q for q in left) and any("/graph/c>" in q for q in left)
    result = _cli("remove", "a b", "--store", path)
    assert result.exit_code == 2 and "No document a b" in result.stderr and "c" in result.stderr


def test_service_is_refused_before_any_request(disk_store):
    result = _cli("query", "--sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                  "--store", disk_store)
    assert result.exit_code == 4, result.output
    assert "SERVICE" in result.stderr and "Traceback" not in result.output
    ok = _cli("query", "--sparql", 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }', "--store", disk_store)
    assert ok.exit_code == 0, ok.output


def test_mention_totals_stay_equal_to_the_mentions_whatever_is_written_and_removed(articles):
    import random

    article_a, article_b = articles
    store = ox.Store()
    rng = random.Random(3)
    for _ in range(40):
        doc_id = rng.choice(["a", "b", "c", "d"])
        action = rng.random()
        if action < 0.3:
            replace_graph(store, graph_iri(doc_id), [])
        elif action < 0.6:
            replace_graph(store, graph_iri(doc_id), to_quads(article_a(doc_id)))
        else:
            replace_graph(store, graph_iri(doc_id), to_quads(article_b(doc_id, netflix_label=rng.choice(["Netflix", "NETFLIX"]))))
        counted = {r["e"].value: int(r["n"].value) for r in ask(store, """
            SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e""")}
        kept = {r["e"].value: int(r["n"].value) for r in ask(store, """
            SELECT ?e ?n WHERE { GRAPH kgr:graph\\/shared\\/entities { ?e kg:mentionCount ?n } }""")}
        assert {e: n for e, n in kept.items() if n} == counted
        labels = {r["l"].value for r in ask(store, "SELECT ?l WHERE { GRAPH kgr:graph\\/shared\\/entities { kgr:entity\\/netflix rdfs:label ?l } }")}
        said = {r["l"].value for r in ask(store, "SELECT ?l WHERE { ?r kg:describes kgr:entity\\/netflix ; kg:entityLabel ?l }")}
        assert labels == said
