"""Pictures of the graph (`kg draw`), readable from one article to hundreds.

Events are squares in one colour, entities circles coloured by class, with
a legend. Only the most connected nodes are named, and a name is written
only where it overlaps no other: the rest is left to the HTML view (hover,
search, zoom). Edge roles are written only on small graphs. The layout is
networkx's spring layout, and above 500 nodes the same algorithm in numpy
(networkx's needs scipy there, and its energy method takes minutes), the
same layout the HTML view starts from.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from .errors import KgError

COLOURS = {"Event": "#f4a261", "Organization": "#2a9d8f", "Person": "#e76f51", "Place": "#8ab17d",
           "CreativeWork": "#9b5de5", "Participant": "#b0bec5", "Thing": "#78909c"}
PICTURE_FORMATS = ("png", "svg", "pdf")
FORMATS = PICTURE_FORMATS + ("html",)
#: Edge roles are written on the picture up to this many nodes.
EDGE_LABELS_UP_TO = 40
#: At most this many names on a picture (all of them on small graphs).
MAX_LABELS = 45
#: Above this many nodes, a picture leaves out the groups (connected
#: components) made only of events and participants: no named entity.
LOOSE_GROUPS_FROM = 400


def node_class(data: dict) -> str:
    """The legend class of a node: ``Event`` or the entity's class."""
    if data.get("kind") == "event":
        return "Event"
    return data.get("type") if data.get("type") in COLOURS else "Thing"


def node_text(data: dict, width: int = 30) -> str:
    """The name written on a node: an event is 'Type: label'."""
    text = f"{data['type']}: {data['label']}" if data.get("kind") == "event" else str(data.get("label", ""))
    return text if len(text) <= width else text[: width - 1] + "…"


def layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]², the same for the picture and the HTML view.

    Each connected component is laid out alone and the components are packed
    in rows, biggest first: one spring layout of many small components
    scatters them around a crowded middle.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    simple = nx.Graph(graph.to_undirected(as_view=True))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed: dict[str, tuple[float, float]] = {}
    # Each component gets a square whose side grows as the square root of its size.
    sides = [math.sqrt(len(c)) for c in components]
    row_width = max(max(sides), math.sqrt(sum(s * s for s in sides)) * 1.15)
    x = y = row_height = 0.0
    for comp, side in zip(components, sides):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        sub = simple.subgraph(comp)
        if len(comp) == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif len(comp) == 2:
            pos = {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        elif len(comp) < 500:
            pos = nx.spring_layout(sub, seed=seed, k=1.0 / math.sqrt(len(comp)), iterations=80, method="force")
        else:  # networkx would need scipy here, and its energy method takes minutes at a few thousand nodes
            pos = force_layout(sub, seed=seed)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        inner = side * 0.84 if len(comp) > 1 else 0.0
        for node, (px, py) in pos.items():
            placed[node] = (x + side / 2 + (px - cx) / span * inner, -(y + side / 2) + (py - cy) / span * inner)
        x += side
        row_height = max(row_height, side)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node: (2 * (px - cx) / span, 2 * (py - cy) / span) for node, (px, py) in placed.items()}


def force_layout(graph: nx.Graph, seed: int = 7, iterations: int = 50, chunk: int = 512) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold in plain numpy, the repulsion computed a block
    of rows at a time: memory stays at ``chunk`` x n pairs, time at n² per
    iteration (about a second per iteration at 10,000 nodes)."""
    import numpy as np

    nodes = list(graph.nodes)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=int).reshape(-1, 2)
    x, y = np.random.default_rng(seed).random((2, n), dtype=np.float32)
    k2 = 1.0 / n  # k = 1/sqrt(n): the ideal distance in a unit square
    k = math.sqrt(k2)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    u, v = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        dx_all, dy_all = np.empty(n, dtype=np.float32), np.empty(n, dtype=np.float32)
        for start in range(0, n, chunk):
            dx = x[start:start + chunk, None] - x[None, :]
            dy = y[start:start + chunk, None] - y[None, :]
            force = dx * dx
            force += dy * dy
            np.maximum(force, 1e-9, out=force)
            np.divide(k2, force, out=force)  # repulsion k²/d along the unit vector: k² d / d²
            dx_all[start:start + chunk] = np.einsum("ij,ij->i", dx, force)
            dy_all[start:start + chunk] = np.einsum("ij,ij->i", dy, force)
        if len(edges):  # attraction d²/k along the edge
            ex, ey = x[u] - x[v], y[u] - y[v]
            pull = np.sqrt(ex * ex + ey * ey) / k
            np.add.at(dx_all, u, -ex * pull)
            np.add.at(dx_all, v, ex * pull)
            np.add.at(dy_all, u, -ey * pull)
            np.add.at(dy_all, v, ey * pull)
        length = np.maximum(np.sqrt(dx_all * dx_all + dy_all * dy_all), 0.01)
        step = np.minimum(length, temperature) / length
        x += dx_all * step
        y += dy_all * step
        temperature -= cooling
    pos = np.column_stack([x, y])
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def label_order(graph: nx.MultiDiGraph) -> list[str]:
    """Nodes by how connected they are, then by name: who gets a name first."""
    degree = dict(graph.degree())
    return sorted(graph.nodes, key=lambda n: (-degree[n], node_text(graph.nodes[n]), n))


def _named_groups(graph: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, int]:
    """The connected components that hold a named entity, and how many others there were.

    At hundreds of articles, the many small groups of an event and its
    common-noun participants ("emploi", "acteurs") fill the picture and say
    little; the HTML view keeps them."""
    keep: set[str] = set()
    dropped = 0
    for comp in nx.weakly_connected_components(graph):
        if any(node_class(graph.nodes[v]) not in ("Event", "Participant") for v in comp):
            keep |= comp
        else:
            dropped += 1
    if not keep:
        return graph, 0
    return graph.subgraph(keep).copy(), dropped


def _inside(box, frame) -> bool:
    return frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1


def _overlaps(box, boxes) -> bool:
    return any(box.x0 < b.x1 and b.x0 < box.x1 and box.y0 < b.y1 and b.y0 < box.y1 for b in boxes)


def draw(graph: nx.MultiDiGraph, path: Path, title: str = "kg") -> int:
    """Write ``graph`` as a picture (the format is the file's extension);
    returns how many nodes were named."""
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in PICTURE_FORMATS:
        raise KgError(f"{path}: kg draws {', '.join(FORMATS)} files; name the file with one of those extensions.")
    if graph.number_of_nodes() == 0:
        raise KgError("The graph has no events to draw. Run `kg build` first, or check the --doc name.")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    full = graph
    graph, left_out = _named_groups(graph) if graph.number_of_nodes() > LOOSE_GROUPS_FROM else (graph, 0)
    n = graph.number_of_nodes()
    pos = layout(graph)
    degree = dict(graph.degree())
    side = min(22.0, 8.0 + 0.35 * math.sqrt(n))
    fig, ax = plt.subplots(figsize=(side, side * 0.8))
    base = max(12.0, min(600.0, 24000.0 / n))  # marker area in points²
    area = {v: base * (1 + 0.6 * math.log1p(degree[v])) for v in graph.nodes}
    simple_edges = sorted({(u, v) for u, v in graph.edges()})
    nx.draw_networkx_edges(graph, pos, edgelist=simple_edges, ax=ax, edge_color="#607d8b",
                           alpha=0.7 if n <= 60 else max(0.12, 0.6 - n / 4000), width=1.0 if n <= 200 else 0.4,
                           arrows=n <= 200, arrowsize=10, nodelist=list(graph.nodes),
                           node_size=[area[v] for v in graph.nodes])
    classes = {v: node_class(d) for v, d in graph.nodes(data=True)}
    for cls, colour in COLOURS.items():
        nodes = [v for v in graph.nodes if classes[v] == cls]
        if nodes:
            nx.draw_networkx_nodes(graph, pos, nodelist=nodes, node_color=colour, node_size=[area[v] for v in nodes],
                                   node_shape="s" if cls == "Event" else "o", alpha=0.9, linewidths=0.5,
                                   edgecolors="white", ax=ax)
    handles = [Line2D([], [], marker="s" if cls == "Event" else "o", linestyle="", markersize=10,
                      markerfacecolor=COLOURS[cls], markeredgecolor="white",
                      label=f"{cls} ({sum(c == cls for c in classes.values())})")
               for cls in COLOURS if cls in classes.values()]
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=10,
                       title="class (nodes)")
    ax.axis("off")
    ax.margins(0.06)
    docs = len({d.get("document") for _, d in full.nodes(data=True) if d.get("document")})
    events = sum(d.get("kind") == "event" for _, d in full.nodes(data=True))
    others = full.number_of_nodes() - events
    summary = (f"{title}: {docs} document{'s' * (docs != 1)}, {events} event{'s' * (events != 1)}, "
               f"{others} entit{'ies' if others != 1 else 'y'} or participant{'s' * (others != 1)}")
    if left_out:
        summary += f"; {left_out} small groups that name no entity left out"
    heading = ax.set_title(f"{summary}\n", fontsize=12)  # two lines now, so that the layout does not move later
    fig.tight_layout()
    named = _write_names(fig, ax, graph, pos, area, legend)
    heading.set_text(f"{summary}\n" + (f"{named} of {n} nodes shown named, the most connected first; "
                                        "every name: kg draw -o graph.html" if named < n else "every node named"))
    try:
        fig.savefig(path, format=fmt, dpi=110)
    except OSError as err:
        raise KgError(f"{path}: cannot write the picture ({err.strerror}). Check the folder exists and is writable.") from err
    finally:
        plt.close(fig)
    return named


#: Where a name may go around its node, in points from its centre (as a
#: multiple of the marker's half-size): above, below, right, left.
_PLACES = ((0, 1, "center", "bottom"), (0, -1, "center", "top"), (1, 0, "left", "center"), (-1, 0, "right", "center"))


def _write_names(fig, ax, graph: nx.MultiDiGraph, pos: dict, area: dict, legend) -> int:
    """Name the most connected nodes first, each where it overlaps no name,
    no legend and (on small graphs) no node; then, on small graphs, the
    edges' roles where they fit. Returns how many nodes were named."""
    from matplotlib.transforms import Bbox

    n = graph.number_of_nodes()
    renderer = fig.canvas.get_renderer()
    points = fig.dpi / 72
    boxes = [legend.get_window_extent(renderer)]
    frame = fig.bbox.padded(-4)  # a name must not run off the picture
    if n <= 120:  # every node is an obstacle
        for v, (x, y) in pos.items():
            cx, cy = ax.transData.transform((x, y))
            r = math.sqrt(area[v]) / 2 * points
            boxes.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))
    budget = n if n <= 30 else MAX_LABELS
    font = 10 if n <= 60 else 9 if n <= 400 else 8
    box_style = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
    named = 0
    for node in label_order(graph)[: max(budget * 8, 80)]:
        if named >= budget:
            break
        data = graph.nodes[node]
        gap = math.sqrt(area[node]) / 2 + 3
        for dx, dy, ha, va in _PLACES:
            text = ax.annotate(node_text(data), pos[node], xytext=(dx * gap, dy * gap), textcoords="offset points",
                               fontsize=font, ha=ha, va=va, color="#212121", zorder=5, bbox=box_style,
                               fontweight="bold" if data.get("centre") else "normal")
            box = text.get_window_extent(renderer).expanded(1.02, 1.08)
            if _inside(box, frame) and not _overlaps(box, boxes):
                boxes.append(box)
                named += 1
                break
            text.remove()
    if n <= EDGE_LABELS_UP_TO:
        for u, v in sorted({(u, v) for u, v in graph.edges()}):
            role = " / ".join(sorted({d["role"] for d in graph.get_edge_data(u, v).values()}))
            (x0, y0), (x1, y1) = pos[u], pos[v]
            text = ax.text((x0 + x1) / 2, (y0 + y1) / 2, role, fontsize=8, color="#455a64", ha="center",
                           va="center", zorder=4, style="italic",
                           bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85})
            box = text.get_window_extent(renderer)
            if not _inside(box, frame) or _overlaps(box, boxes):
                text.remove()
            else:
                boxes.append(box)
    return named
