"""The graph as networkx, for analysis and pictures: entities and events as
nodes, roles as labelled edges (agent, theme, recipient, place, source)."""

from __future__ import annotations

from typing import Iterator

import networkx as nx

ROLE_EDGES = """
SELECT ?event ?eventLabel ?type ?role ?node ?nodeLabel ?nodeType WHERE {
  VALUES (?p ?role) { (kg:agent "agent") (kg:theme "theme") (kg:recipient "recipient")
                      (sem:hasPlace "place") (prov:wasAttributedTo "source") }
  ?event a sem:Event ; a ?class ; rdfs:label ?eventLabel ; ?p ?node .
  FILTER(?class != sem:Event && STRSTARTS(STR(?class), STR(kg:)))
  BIND(STRAFTER(STR(?class), STR(kg:)) AS ?type)
  ?node rdfs:label ?nodeLabel .
  OPTIONAL { ?node a ?nt . FILTER(?nt != sem:Event) }
  BIND(REPLACE(STR(COALESCE(?nt, "")), "^.*[/#]", "") AS ?nodeType)
}
"""


def role_edges(store) -> Iterator[tuple[str, str, dict]]:
    """(event, node, attributes) for every role an event gives a node."""
    from .queries import plain
    from .vocab import PREFIXES

    for row in store.query(ROLE_EDGES, prefixes=PREFIXES, use_default_graph_as_union=True):
        yield (row["event"].value, row["node"].value, {
            "role": row["role"].value, "event_label": row["eventLabel"].value, "type": row["type"].value,
            "node_label": plain(row["nodeLabel"]), "node_type": plain(row["nodeType"]),
        })


def to_networkx(store=None) -> nx.MultiDiGraph:
    """A MultiDiGraph: event -> participant edges keyed by role."""
    from .api import _store

    graph = nx.MultiDiGraph()
    for event, node, data in role_edges(_store(store, read_only=True)):
        graph.add_node(event, label=data["event_label"], kind="event", type=data["type"])
        if node not in graph or graph.nodes[node].get("kind") != "event":
            graph.add_node(node, label=data["node_label"], kind="entity", type=data["node_type"])
        graph.add_edge(event, node, key=data["role"], role=data["role"])
    return graph
