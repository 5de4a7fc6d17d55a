"""The embedded Oxigraph store: where it lives, and replacing a document's graph.

A store location is a folder path (created if needed), ``file://`` + path,
or ``memory:`` for a throw-away in-memory store (tests, notebooks).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .errors import StoreError
from .resources import ontology_file
from .vocab import NIF, ONTOLOGY_GRAPH, XSD

DEFAULT_STORE = ".kg-store"
ONTOLOGY_FILES = ("kg.ttl", "lexicon.ttl", "gazetteer.ttl")


def store_location(location: str | os.PathLike | None = None) -> str:
    """The location to use: the argument, else ``KG_STORE``, else ``.kg-store``."""
    return str(location or os.environ.get("KG_STORE") or DEFAULT_STORE)


def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> ox.Store:
    """Open (or create) the store at ``location``; an http(s) URL is a SPARQL 1.1 server (kg.remote)."""
    from .remote import RemoteStore, open_remote

    if isinstance(location, RemoteStore):
        return location
    where = store_location(location)
    if where == "memory:":
        return ox.Store()
    if where.startswith(("http://", "https://")):
        return open_remote(where, read_only=read_only)
    path = Path(where.removeprefix("file://"))
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder. Give a folder path with --store or KG_STORE.")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: this folder holds other files, not an Oxigraph store; kg will not write "
                         "into it. Give an empty or new folder with --store or KG_STORE.")
    if read_only and not path.exists():
        raise StoreError(f"{path}: there is no store here yet. Run `kg build` first, or point --store/KG_STORE at one.")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        raise StoreError(
            f"{path}: cannot open the store ({err}). If another kg command is running on it, "
            "wait for it to finish; otherwise check the folder's permissions."
        ) from err


def replace_graph(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
    """Make ``graph`` hold exactly ``quads``, in one update: a reader sees
    the old graph or the new one, and a failure leaves the old one whole."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
    update = f"DROP SILENT GRAPH <{graph.value}> ;\nINSERT DATA {{ GRAPH <{graph.value}> {{\n{body}}} }}"
    try:
        store.update(update)
    except (OSError, SyntaxError) as err:
        raise StoreError(f"Writing {graph.value} failed ({err}); the store keeps its previous content.") from err


def load_ontology(store: ox.Store) -> None:
    """The ontology, lexicon and gazetteer in their own graph, for labels and class hierarchy."""
    quads = []
    for name in ONTOLOGY_FILES:
        path = ontology_file(name)
        quads += [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                  for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    replace_graph(store, ONTOLOGY_GRAPH, quads)


#: Oxigraph stores a literal of a derived XSD integer type as xsd:integer
#: ("5"^^xsd:nonNegativeInteger comes back as "5"^^xsd:integer). kg writes NIF
#: offsets as xsd:nonNegativeInteger (what NIF and ontology/shapes.ttl ask
#: for): reading a graph out gives them that datatype back.
_OFFSETS = {ox.NamedNode(NIF + "beginIndex"), ox.NamedNode(NIF + "endIndex")}
_INTEGER = ox.NamedNode(XSD + "integer")
_NON_NEGATIVE = ox.NamedNode(XSD + "nonNegativeInteger")


def graph_quads(store: ox.Store, graph: ox.NamedNode) -> list[ox.Quad]:
    """The quads of ``graph``, with the datatypes kg wrote."""
    out = []
    for q in store.quads_for_pattern(None, None, None, graph):
        o = q.object
        if q.predicate in _OFFSETS and isinstance(o, ox.Literal) and o.datatype == _INTEGER and not o.value.startswith("-"):
            q = ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=_NON_NEGATIVE), q.graph_name)
        out.append(q)
    return out


def document_graphs(store: ox.Store) -> list[ox.NamedNode]:
    return [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g != ONTOLOGY_GRAPH]
