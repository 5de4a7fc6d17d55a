"""The graph as networkx, for analysis, pictures and Gephi: events and the
entities or participants they involve as nodes, roles as labelled edges
(agent, theme, recipient, place, source), each edge carrying its document
and the sentence that states it.

Every attribute is a string, so that GraphML and GEXF writers take the
graph as it is."""

from __future__ import annotations

import io
from typing import Iterator

import networkx as nx
import pyoxigraph as ox

from .errors import InputError, KgError

ROLE_EDGES = """
SELECT ?doc ?event ?eventLabel ?type ?role ?node ?nodeLabel ?nodeType WHERE {
  VALUES (?p ?role) { (kg:agent "agent") (kg:theme "theme") (kg:recipient "recipient")
                      (sem:hasPlace "place") (prov:wasAttributedTo "source") }
  ?event a sem:Event ; a ?class ; rdfs:label ?eventLabel ; kg:document/rdfs:label ?doc ; ?p ?node .
  FILTER(?class != sem:Event && STRSTARTS(STR(?class), STR(kg:)))
  BIND(STRAFTER(STR(?class), STR(kg:)) AS ?type)
  ?node rdfs:label ?nodeLabel .
  OPTIONAL { ?node a ?nt . FILTER(?nt != sem:Event && (STRSTARTS(STR(?nt), STR(schema:)) || ?nt = kg:Participant)) }
  BIND(REPLACE(STR(COALESCE(?nt, ?class)), "^.*[/#]", "") AS ?nodeType)
}
ORDER BY ?event ?role ?node
"""

EVENT_SENTENCES = """
SELECT ?doc ?event ?begin ?text WHERE {
  ?event a sem:Event ; kg:document/rdfs:label ?doc ; prov:wasDerivedFrom ?s .
  ?s nif:anchorOf ?text ; nif:beginIndex ?begin .
}
ORDER BY ?event ?begin
"""

ENTITIES_NAMED = """
SELECT DISTINCT ?name ?entity WHERE {
  ?mention itsrdf:taIdentRef ?entity .
  ?entity rdfs:label|skos:altLabel ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
}
ORDER BY ?entity
"""

#: The more specific class an entity may also carry: the first in this list wins.
_CLASS_ORDER = ("Person", "Organization", "Place", "CreativeWork", "Participant", "Thing")
SEPARATOR = " | "


def _query(store: ox.Store, text: str, subs: dict | None):
    from .vocab import PREFIXES

    return store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)


def role_edges(store: ox.Store, doc: str | None = None) -> Iterator[tuple[str, str, dict]]:
    """(event, node, attributes) for every role an event gives a node; ``doc``
    keeps one document's events (bound as a literal, not pasted)."""
    from .queries import plain

    subs = {ox.Variable("doc"): ox.Literal(doc)} if doc else None
    for row in _query(store, ROLE_EDGES, subs):
        yield (row["event"].value, row["node"].value, {
            "role": row["role"].value, "event_label": row["eventLabel"].value, "type": row["type"].value,
            "node_label": plain(row["nodeLabel"]), "node_type": plain(row["nodeType"]),
            "doc": row["doc"].value,
        })


def event_sentences(store: ox.Store, doc: str | None = None) -> dict[str, str]:
    """Each event's evidence: its sentences in text order, joined with `` | ``."""
    subs = {ox.Variable("doc"): ox.Literal(doc)} if doc else None
    out: dict[str, list[str]] = {}
    for row in _query(store, EVENT_SENTENCES, subs):
        texts = out.setdefault(row["event"].value, [])
        if row["text"].value not in texts:
            texts.append(row["text"].value)
    return {event: SEPARATOR.join(texts) for event, texts in out.items()}


def _rank(cls: str) -> int:
    return _CLASS_ORDER.index(cls) if cls in _CLASS_ORDER else len(_CLASS_ORDER)


def to_networkx(store=None, doc: str | None = None, entity: str | None = None, depth: int = 2) -> nx.MultiDiGraph:
    """A MultiDiGraph: event -> participant edges keyed by role.

    Event nodes have ``kind="event"``, their class as ``type``, their
    ``document`` and evidence ``sentence``; the others ``kind="entity"`` and
    their schema.org class (or ``Participant``). Edges carry ``role``,
    ``document`` and ``sentence``. ``doc`` keeps one document's events;
    ``entity`` (a name or alias, any case) keeps the nodes at most ``depth``
    edges away from that entity.
    """
    from .api import _store

    source = _store(store, read_only=True)
    sentences = event_sentences(source, doc)
    graph = nx.MultiDiGraph()
    for event, node, data in role_edges(source, doc):
        sentence = sentences.get(event, "")
        graph.add_node(event, label=data["event_label"], kind="event", type=data["type"],
                       document=data["doc"], sentence=sentence)
        old = graph.nodes.get(node)
        if old is None or (old["kind"] != "event" and _rank(data["node_type"]) < _rank(old["type"])):
            graph.add_node(node, label=data["node_label"], kind="entity", type=data["node_type"])
        graph.add_edge(event, node, key=data["role"], role=data["role"], document=data["doc"], sentence=sentence)
    if entity is not None:
        graph = neighbourhood(graph, source, entity, depth)
    return graph


def neighbourhood(graph: nx.MultiDiGraph, store: ox.Store, name: str, depth: int = 2) -> nx.MultiDiGraph:
    """The nodes at most ``depth`` edges (either way) from the entity named
    ``name``: depth 1 is its events, 2 adds their other participants."""
    if depth < 0:
        raise InputError(f"--depth {depth}: give a number of steps, 0 or more.")
    named = [row["entity"].value for row in _query(store, ENTITIES_NAMED, {ox.Variable("name"): ox.Literal(name)})]
    if not named:
        raise InputError(f"No entity of the articles is named '{name}' (label or alias, any case). "
                         "`kg query entities` lists the entities and their names.")
    centres = [n for n in named if n in graph]
    if not centres:
        raise InputError(f"'{name}' is named in the articles but takes part in no event"
                         f"{' of this document' if graph.number_of_nodes() else ''}; there is nothing to draw around it.")
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    sub = graph.subgraph(keep).copy()
    for centre in centres:
        sub.nodes[centre]["centre"] = "true"
    return sub


def graph_bytes(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The projection as GraphML or GEXF (for Gephi, yEd, Cytoscape)."""
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buf, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buf, encoding="utf-8")
    else:
        raise KgError(f"Unknown graph format '{fmt}': use graphml or gexf.")
    return buf.getvalue()
