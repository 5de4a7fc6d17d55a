"""The graph as networkx, for analysis and pictures: events and the entities
or participants they involve as nodes, roles as labelled edges (agent,
theme, recipient, place, source)."""

from __future__ import annotations

from typing import Iterator

import networkx as nx
import pyoxigraph as ox

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


def role_edges(store: ox.Store, doc: str | None = None) -> Iterator[tuple[str, str, dict]]:
    """(event, node, attributes) for every role an event gives a node; ``doc``
    keeps one document's events (bound as a literal, not pasted)."""
    from .queries import plain
    from .vocab import PREFIXES

    subs = {ox.Variable("doc"): ox.Literal(doc)} if doc else None
    for row in store.query(ROLE_EDGES, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs):
        yield (row["event"].value, row["node"].value, {
            "role": row["role"].value, "event_label": row["eventLabel"].value, "type": row["type"].value,
            "node_label": plain(row["nodeLabel"]), "node_type": plain(row["nodeType"]),
        })


def to_networkx(store=None, doc: str | None = None) -> nx.MultiDiGraph:
    """A MultiDiGraph: event -> participant edges keyed by role.

    Event nodes have ``kind="event"`` and their class as ``type``; the others
    ``kind="entity"`` and their schema.org class (or ``Participant``).
    """
    from .api import _store

    graph = nx.MultiDiGraph()
    for event, node, data in role_edges(_store(store, read_only=True), doc):
        graph.add_node(event, label=data["event_label"], kind="event", type=data["type"])
        if graph.nodes.get(node, {}).get("kind") != "event":
            graph.add_node(node, label=data["node_label"], kind="entity", type=data["node_type"])
        graph.add_edge(event, node, key=data["role"], role=data["role"])
    return graph
