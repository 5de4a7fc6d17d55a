"""Writing a document into an embedded store: kg.store.replace_graph works out
the change itself and writes it as data (kg.store.local_replace_update). What the
store holds afterwards must be exactly what the one SPARQL update a server store
gets (kg.store.replace_graph_update) leaves, whatever was written before. No model."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.rdf import (DESCRIBES, ENTITY_ALIAS, ENTITY_GRAPH, ENTITY_LABEL, ENTITY_SAME_AS, ENTITY_TYPE, MENTION_COUNT,
                    graph_iri, to_quads)
from kg.store import load_ontology, local_replace_update, replace_graph, replace_graph_update
from kg.vocab import NIF, RES, SCHEMA, XSD

ENTITIES = [ox.NamedNode(RES + f"entity/e{i}") for i in range(6)]
TYPES = [ox.NamedNode(SCHEMA + t) for t in ("Organization", "Person", "Place")]
INTEGER = ox.NamedNode(XSD + "integer")
NON_NEGATIVE = ox.NamedNode(XSD + "nonNegativeInteger")


def synthetic(doc_id: str, rng: random.Random) -> list[ox.Quad]:
    """A document graph as kg writes one, its records drawn at random: shared and
    own labels, aliases, types, sameAs, mention counts (0 included), NIF offsets."""
    g = graph_iri(doc_id)
    doc = ox.NamedNode(RES + f"doc/{doc_id}")
    quads = [ox.Quad(doc, ox.NamedNode(NIF + "isString"), ox.Literal(f"texte {rng.randrange(3)}"), g)]
    for e in rng.sample(ENTITIES, rng.randrange(0, 4)):
        record = ox.NamedNode(f"{doc.value}/about/{e.value.rsplit('/', 1)[1]}")
        quads += [ox.Quad(record, DESCRIBES, e, g),
                  ox.Quad(record, MENTION_COUNT, ox.Literal(str(rng.randrange(3)), datatype=INTEGER), g),
                  ox.Quad(record, ENTITY_TYPE, rng.choice(TYPES[:2]), g),
                  ox.Quad(record, ENTITY_LABEL, ox.Literal(rng.choice(["X", "Y", e.value[-2:]])), g)]
        if rng.random() < 0.5:
            quads.append(ox.Quad(record, ENTITY_ALIAS, ox.Literal(rng.choice(["alias", doc_id])), g))
        if rng.random() < 0.3:
            same = ox.NamedNode(f"http://www.wikidata.org/entity/Q{rng.randrange(3)}")
            quads.append(ox.Quad(record, ENTITY_SAME_AS, same, g))
        span = ox.NamedNode(f"{doc.value}#char={rng.randrange(5)},9")
        begin = ox.Literal(str(rng.randrange(5)), datatype=NON_NEGATIVE)
        quads += [ox.Quad(span, ox.NamedNode(NIF + "beginIndex"), begin, g),
                  ox.Quad(span, ox.NamedNode(NIF + "endIndex"), ox.Literal("9", datatype=NON_NEGATIVE), g)]
    return quads


def reference(store: ox.Store, graph: ox.NamedNode, quads: list[ox.Quad], fresh: bool) -> None:
    """What a server store is sent: the SPARQL update, run as it is."""
    text = replace_graph_update(graph, quads, fresh)
    if text:
        store.update(text)


def contents(store: ox.Store) -> tuple[set, set]:
    return set(store), set(store.named_graphs())


def random_writes(fast: ox.Store, slow: ox.Store, steps: int, seed: int, articles=None) -> None:
    rng = random.Random(seed)
    for step in range(steps):
        doc_id = rng.choice(["a", "b", "c", "d", "e"])
        graph = graph_iri(doc_id)
        roll = rng.random()
        if roll < 0.15:
            quads = []  # kg remove
        elif articles and roll < 0.35:
            article_a, article_b = articles
            quads = to_quads(article_a(doc_id) if rng.random() < 0.5 else
                             article_b(doc_id, netflix_label=rng.choice(["Netflix", "NETFLIX"])))
        else:
            quads = synthetic(doc_id, rng)
        # as kg build does: fresh when the store has no such graph (and, now and then, not said)
        fresh = not fast.contains_named_graph(graph) and rng.random() < 0.8
        replace_graph(fast, graph, quads, fresh=fresh)
        reference(slow, graph, quads, fresh)
        assert contents(fast) == contents(slow), f"step {step}: {doc_id} fresh={fresh} {len(quads)} quads"


def test_embedded_writes_leave_what_the_sparql_update_leaves(articles):
    fast, slow = ox.Store(), ox.Store()
    random_writes(fast, slow, 400, seed=11, articles=articles)
    assert any(q.graph_name == ENTITY_GRAPH for q in fast)  # the sequence did exercise the shared graph


def test_on_disk_too(tmp_path, articles):
    fast, slow = ox.Store(str(tmp_path / "fast")), ox.Store(str(tmp_path / "slow"))
    random_writes(fast, slow, 80, seed=5, articles=articles)


def test_a_count_left_at_zero_goes_with_any_retraction_as_the_update_does():
    # a record with 0 mentions leaves a count 0 in the shared graph; the next retraction of any
    # document deletes every count 0 (DELETE WHERE in the SPARQL update): the data way must too
    fast, slow = ox.Store(), ox.Store()
    g0, g1 = graph_iri("zero"), graph_iri("other")
    record = ox.NamedNode(RES + "doc/zero/about/e0")
    zero = [ox.Quad(record, DESCRIBES, ENTITIES[0], g0),
            ox.Quad(record, MENTION_COUNT, ox.Literal("0", datatype=INTEGER), g0)]
    for store, write in ((fast, replace_graph), (slow, reference)):
        write(store, g0, zero, True)
        assert ox.Quad(ENTITIES[0], MENTION_COUNT, ox.Literal("0", datatype=INTEGER), ENTITY_GRAPH) in store
        write(store, g1, [], False)
    assert contents(fast) == contents(slow)
    assert not list(fast.quads_for_pattern(None, MENTION_COUNT, None, ENTITY_GRAPH))


class Recording:
    """An embedded store whose updates are recorded; ``fail`` makes the next one fail as a full disk does."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.updates, self.fail = store, [], False

    def update(self, text: str, **kw) -> None:
        self.updates.append(text)
        if self.fail:
            raise OSError(28, "No space left on device")
        self.store.update(text, **kw)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_document_written_again_as_it_was_writes_nothing(articles):
    article_a, _ = articles
    store = Recording(ox.Store())
    replace_graph(store, graph_iri("a"), to_quads(article_a()), fresh=True)
    before = contents(store.store)
    replace_graph(store, graph_iri("a"), to_quads(article_a()))
    assert len(store.updates) == 1
    assert contents(store.store) == before


def test_a_changed_document_writes_only_what_changed(articles):
    article_a, _ = articles
    store = Recording(ox.Store())
    quads = to_quads(article_a())
    replace_graph(store, graph_iri("a"), quads, fresh=True)
    extra = ox.Quad(ox.NamedNode(RES + "doc/a"), ox.NamedNode(NIF + "predLang"),
                    ox.NamedNode("http://lexvo.org/id/iso639-3/fra"), graph_iri("a"))
    replace_graph(store, graph_iri("a"), quads + [extra])
    text = store.updates[-1]
    assert "iso639-3/fra" in text and "DROP" not in text and "DELETE" not in text
    assert "Netflix propose un poste" not in text  # the text of the document (nif:isString) is not written again
    slow = ox.Store()
    reference(slow, graph_iri("a"), quads, True)
    reference(slow, graph_iri("a"), quads + [extra], False)
    assert contents(store.store) == contents(slow)


def test_a_failed_write_leaves_the_store_as_it_was(articles):
    article_a, article_b = articles
    store = Recording(ox.Store())
    replace_graph(store, graph_iri("a"), to_quads(article_a()), fresh=True)
    before = contents(store.store)
    store.fail = True
    for graph, quads, fresh in ((graph_iri("b"), to_quads(article_b()), True),
                                (graph_iri("a"), to_quads(article_b("a")), False),
                                (graph_iri("a"), [], False)):
        with pytest.raises(StoreError, match="No space left on device.*keeps its previous content"):
            replace_graph(store, graph, quads, fresh=fresh)
        assert contents(store.store) == before


def test_what_kg_does_not_write_takes_the_sparql_update():
    # the ontology has blank nodes (DELETE DATA cannot name them): the SPARQL update is used, same result
    fast, slow = ox.Store(), ox.Store()
    load_ontology(fast)
    load_ontology(slow)
    assert len(fast) == len(slow) and set(fast.named_graphs()) == set(slow.named_graphs())
    blank = [ox.Quad(ox.BlankNode(), DESCRIBES, ENTITIES[0], graph_iri("x"))]
    assert local_replace_update(fast, graph_iri("x"), blank) == replace_graph_update(graph_iri("x"), blank)


def test_a_server_store_is_sent_the_sparql_update(articles):
    from kg.remote import RemoteStore

    article_a, _ = articles
    sent = []
    server = RemoteStore("http://127.0.0.1:9/store")
    server.update = lambda text, **kw: sent.append(text)
    quads = to_quads(article_a())
    replace_graph(server, graph_iri("a"), quads, fresh=True)
    assert sent == [replace_graph_update(graph_iri("a"), quads, True)]


@pytest.mark.parametrize("value", ["0", "7", "120", "007", "+3"])
def test_offsets_are_compared_as_the_store_keeps_them(value):
    # a canonical xsd:nonNegativeInteger comes back from the store as an xsd:integer: writing it
    # again is no change; any other form counts as changed (deleted and added again: same result)
    g = graph_iri("n")
    quad = ox.Quad(ox.NamedNode(RES + "doc/n#char=0,1"), ox.NamedNode(NIF + "beginIndex"),
                   ox.Literal(value, datatype=NON_NEGATIVE), g)
    store = ox.Store()
    replace_graph(store, g, [quad], fresh=True)
    before = set(store)
    text = local_replace_update(store, g, [quad])
    assert (text == "") == (value in ("0", "7", "120"))
    if text:
        store.update(text)
    assert set(store) == before


def test_a_store_that_only_runs_updates_is_sent_the_sparql_update(articles):
    article_a, _ = articles

    class UpdateOnly:
        def __init__(self) -> None:
            self.sent: list[str] = []

        def update(self, text: str, **kw) -> None:
            self.sent.append(text)

    store = UpdateOnly()
    quads = to_quads(article_a())
    replace_graph(store, graph_iri("a"), quads)
    assert store.sent == [replace_graph_update(graph_iri("a"), quads)]
