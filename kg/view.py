"""An interactive HTML view of the graph in one file that works offline.

The page holds its data, its style and its script (``kg/static/view.js``,
written for kg: no library, no CDN). It starts from the same layout as the
pictures and draws on a canvas: colours by class with a legend, zoom and
pan, search, names of the most connected nodes (more as one zooms in), and
on hover a node's or an edge's evidence sentence. Once drawn, the page
writes how many nodes and edges it drew into ``#drawn-nodes`` and
``#drawn-edges`` (the tests read them).
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import networkx as nx

from .picture import COLOURS, label_order, layout, node_class
from .errors import KgError


def _asset(name: str) -> str:
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


def view_data(graph: nx.MultiDiGraph) -> dict:
    """Nodes, edges and classes as the page's script reads them."""
    pos = layout(graph)
    order = label_order(graph)
    rank = {node: i for i, node in enumerate(order)}
    index = {node: i for i, node in enumerate(order)}
    degree = dict(graph.degree())
    nodes = []
    for node in order:
        d = graph.nodes[node]
        x, y = pos[node]
        nodes.append({
            "id": node, "label": str(d.get("label", "")), "cls": node_class(d), "type": str(d.get("type", "")),
            "x": round(x, 5), "y": round(-y, 5), "deg": degree[node], "rank": rank[node],
            "doc": str(d.get("document", "")), "sentence": str(d.get("sentence", "")),
            "centre": bool(d.get("centre")),
        })
    edges = [{"s": index[u], "t": index[v], "role": str(d.get("role", "")), "doc": str(d.get("document", "")),
              "sentence": str(d.get("sentence", ""))} for u, v, d in graph.edges(data=True)]
    present = [c for c in COLOURS if any(n["cls"] == c for n in nodes)]
    return {"nodes": nodes, "edges": edges, "classes": [{"name": c, "colour": COLOURS[c]} for c in present]}


def page(graph: nx.MultiDiGraph, title: str = "kg") -> str:
    """The whole page as text."""
    data = json.dumps(view_data(graph), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/")  # nothing in the data can close the script element
    return (_asset("view.html")
            .replace("/*KG_CSS*/", _asset("view.css"))
            .replace("/*KG_JS*/", _asset("view.js"))
            .replace("KG_TITLE", html.escape(title))
            .replace("/*KG_DATA*/", data))


def write_view(graph: nx.MultiDiGraph, path: Path, title: str = "kg") -> None:
    """Write the page to ``path``, whole or not at all."""
    if graph.number_of_nodes() == 0:
        raise KgError("The graph has no events to draw. Run `kg build` first, or check the --doc name.")
    from .api import write_file

    write_file(path, page(graph, title).encode("utf-8"))
