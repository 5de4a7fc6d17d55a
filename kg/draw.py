"""Pictures of the graph: events in one colour, entities by class, edges
labelled with their role. A thin writer over :func:`kg.graph.to_networkx`."""

from __future__ import annotations

import textwrap
from pathlib import Path

import networkx as nx

from .errors import KgError

COLOURS = {"event": "#f4a261", "Organization": "#2a9d8f", "Person": "#e76f51", "Place": "#8ab17d",
           "CreativeWork": "#9b5de5", "Participant": "#cfd8dc", "Thing": "#b0bec5"}
FORMATS = ("png", "svg", "pdf")


def _short(label: str, width: int = 22) -> str:
    return "\n".join(textwrap.wrap(label, width)[:3])


def draw(graph: nx.MultiDiGraph, path: Path, title: str = "") -> None:
    """Write ``graph`` as a picture; the format is the file's extension."""
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise KgError(f"{path}: kg draws {', '.join(FORMATS)} pictures; name the file with one of those extensions.")
    if graph.number_of_nodes() == 0:
        raise KgError("The graph has no events to draw. Run `kg build` first, or check the --doc name.")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    size = max(8.0, min(30.0, 6 + 1.6 * graph.number_of_nodes() ** 0.5))
    fig, ax = plt.subplots(figsize=(size, size * 0.75))
    pos = nx.spring_layout(graph, seed=7, k=1.8 / max(1, graph.number_of_nodes()) ** 0.5)
    colours = [COLOURS["event"] if d["kind"] == "event" else COLOURS.get(d["type"], COLOURS["Thing"])
               for _, d in graph.nodes(data=True)]
    nx.draw_networkx_nodes(graph, pos, node_color=colours, node_size=900, alpha=0.9, ax=ax)
    nx.draw_networkx_labels(graph, pos, {n: _short(d["label"] if d["kind"] != "event" else f"{d['type']}: {d['label']}")
                                         for n, d in graph.nodes(data=True)}, font_size=7, ax=ax)
    nx.draw_networkx_edges(graph, pos, arrows=True, arrowsize=12, edge_color="#607d8b",
                           connectionstyle="arc3,rad=0.08", ax=ax)
    edge_labels = {(u, v): " / ".join(sorted({d["role"] for d in graph.get_edge_data(u, v).values()}))
                   for u, v in {(u, v) for u, v in graph.edges()}}
    nx.draw_networkx_edge_labels(graph, pos, edge_labels, font_size=6, ax=ax)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    try:
        fig.savefig(path, format=fmt, dpi=110)
    except OSError as err:
        raise KgError(f"{path}: cannot write the picture ({err.strerror}). Check the folder exists and is writable.") from err
    finally:
        plt.close(fig)
