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
from .rdf import CONTENT_HASH, DESCRIBES, ENTITY_GRAPH, MENTION_COUNT, RECORD_FACTS
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
        text = str(err)
        if "lock" in text.lower():
            raise StoreError(
                f"{path}: the store is in use by another process ({text}). Wait for the other kg command "
                "to finish, or close the notebook (Python session) that opened it, then try again."
            ) from err
        if "ermission" in text:
            raise StoreError(f"{path}: cannot open the store ({text}). Check the folder's permissions.") from err
        raise _damaged(path, err) from err
    except Exception as err:  # noqa: BLE001  RocksDB reports a corrupt store in several ways
        raise _damaged(path, err) from err


def _damaged(path: Path, err: Exception) -> StoreError:
    return StoreError(
        f"{path}: the store is damaged or was only half created ({_first_line(err)}). "
        "Build into a new folder (kg build --store NEW_FOLDER), or move this one aside and build again."
    )


def _first_line(err: Exception) -> str:
    text = str(err).strip().strip("'\"")
    return text.splitlines()[0] if text else type(err).__name__


def is_inside_store(path: str | os.PathLike, location: str | os.PathLike | None = None) -> bool:
    """Would writing ``path`` write into the on-disk store at ``location``?"""
    where = store_location(location)
    if where == "memory:" or where.startswith(("http://", "https://")):
        return False
    store = Path(where.removeprefix("file://")).resolve()
    target = Path(path).resolve()
    return target == store or store in target.parents


# One update replaces a document. Its old records say which entity facts it
# gave: those no other document's record gives are deleted, its mention counts
# subtracted (an entity left with none loses its count); its graph is replaced;
# the facts its new records state are added and their counts summed in. Every
# step starts from the document's own records, so a write costs the same
# whatever the size of the store, and the store applies the update whole or
# not at all.
_E = f"<{ENTITY_GRAPH.value}>"
_DESCRIBES = f"<{DESCRIBES.value}>"
_COUNT = f"<{MENTION_COUNT.value}>"
_FACT_VALUES = " ".join(f"(<{r.value}> <{f.value}>)" for r, f in RECORD_FACTS.items())
_RETRACT = f"""DELETE {{ GRAPH {_E} {{ ?e ?fact ?o }} }}
WHERE {{ GRAPH <{{g}}> {{ ?r {_DESCRIBES} ?e ; ?rp ?o }}
        VALUES (?rp ?fact) {{ {_FACT_VALUES} }}
        FILTER NOT EXISTS {{ GRAPH ?other {{ ?r2 ?rp ?o ; {_DESCRIBES} ?e }} FILTER(?other != <{{g}}>) }} }} ;
DELETE {{ GRAPH {_E} {{ ?e {_COUNT} ?before }} }} INSERT {{ GRAPH {_E} {{ ?e {_COUNT} ?after }} }}
WHERE {{ GRAPH <{{g}}> {{ ?r {_DESCRIBES} ?e ; {_COUNT} ?n }}
        GRAPH {_E} {{ ?e {_COUNT} ?before }}
        BIND(?before - ?n AS ?after) }} ;
DELETE WHERE {{ GRAPH {_E} {{ ?e {_COUNT} 0 }} }} ;
DROP SILENT GRAPH <{{g}}> ;
"""
_STATE = f"""INSERT {{ GRAPH {_E} {{ ?e ?fact ?o }} }}
WHERE {{ GRAPH <{{g}}> {{ ?r {_DESCRIBES} ?e ; ?rp ?o }} VALUES (?rp ?fact) {{ {_FACT_VALUES} }} }} ;
DELETE {{ GRAPH {_E} {{ ?e {_COUNT} ?before }} }} INSERT {{ GRAPH {_E} {{ ?e {_COUNT} ?after }} }}
WHERE {{ GRAPH <{{g}}> {{ ?r {_DESCRIBES} ?e ; {_COUNT} ?n }}
        OPTIONAL {{ GRAPH {_E} {{ ?e {_COUNT} ?before }} }}
        BIND(COALESCE(?before, 0) + ?n AS ?after) }}
"""


def replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad], fresh: bool = False) -> str:
    """The one SPARQL update that makes ``graph`` hold exactly ``quads`` and
    keeps the shared entity graph equal to the union of the documents' records
    (any SPARQL 1.1 store can run it). ``fresh``: the caller knows the store has
    no such graph, so there is nothing to retract first."""
    quads = list(quads)
    update = "" if fresh else _RETRACT.replace("{g}", graph.value)
    if quads:
        update += f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{_triples_text(graph, quads)}}} }} ;\n"
        update += _STATE.replace("{g}", graph.value)
    return update


def _triples_text(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """``quads`` as N-Triples: their N-Quads less the graph that ends each line (a
    line break ends every statement, none is inside a term), or, were some in
    another graph, through triples."""
    body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    suffix = f" <{graph.value}> .\n"
    if body.count(suffix) == body.count("\n"):
        return body.replace(suffix, " .\n")
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def replace_graph(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad], fresh: bool = False) -> None:
    """Make ``graph`` hold exactly ``quads``, in one update: a reader sees
    the old graph or the new one, and a failure leaves the old one whole.
    ``fresh`` (the store holds no such graph) spares the retraction."""
    try:
        store.update(replace_graph_update(graph, quads, fresh))
    except (OSError, SyntaxError) as err:
        raise StoreError(f"Writing {graph.value} failed ({err}); that document's graph keeps its previous "
                         "content.") from err


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
    """The graphs of documents: all but the ontology's and the shared entity graph."""
    return [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g not in (ONTOLOGY_GRAPH, ENTITY_GRAPH)]


def content_hashes(store: ox.Store) -> dict[str, str]:
    """Each document graph's content hash (graph IRI -> hash), as the build wrote it."""
    found = store.query(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?d <{CONTENT_HASH.value}> ?h }} }}")
    return {row["g"].value: row["h"].value for row in found}
