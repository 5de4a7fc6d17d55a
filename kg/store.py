"""The embedded Oxigraph store: where it lives, and replacing a document's graph.

A store location is a folder path (created if needed), ``file://`` + path,
or ``memory:`` for a throw-away in-memory store (tests, notebooks).
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .errors import StoreError
from .rdf import CONTENT_HASH, DESCRIBES, ENTITY_GRAPH, ENTITY_TYPE, MENTION_COUNT, RECORD_FACTS
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
    ``fresh`` (the store holds no such graph) spares the retraction.

    A server store (or any object with only ``update``) gets :func:`replace_graph_update`,
    which any SPARQL 1.1 store runs as it is. An embedded store, which only this process writes, gets
    :func:`local_replace_update`: the same change worked out here and written as
    plain data, one update too."""
    from .remote import RemoteStore

    try:
        if isinstance(store, RemoteStore) or not all(hasattr(store, m) for m in _READS):
            store.update(replace_graph_update(graph, quads, fresh))
            return
        with _WRITING:  # read, work out, write: no other document is written by this process meanwhile
            update = local_replace_update(store, graph, quads, fresh)
            if update:
                store.update(update)
    except (OSError, SyntaxError) as err:
        raise StoreError(f"Writing {graph.value} failed ({err}); that document's graph keeps its previous "
                         "content.") from err


# The embedded store's way. The update above asks the store to find, in the
# document's old and new records, which entity facts and counts change, and to
# drop and rewrite the whole graph. For a store only this process writes, kg can
# read what it needs (the old graph, the counts of the entities concerned, who
# else states a fact about to be retracted), work out the same result and write
# only what changes as DELETE DATA and INSERT DATA, in one update still. What
# the store ends up holding is what the update above gives; whatever does not
# fit the way kg writes records (blank nodes, two counts for one entity, a count
# that is not an integer) goes through the update above instead.
_WRITING = threading.Lock()
_READS = ("contains_named_graph", "dump", "quads_for_pattern")  # what the data way reads a store with
_RECORD_PREDICATES = frozenset([DESCRIBES, MENTION_COUNT, *RECORD_FACTS])
_RECORD_OF = {fact: record for record, fact in RECORD_FACTS.items()}
#: An integer of xsd:nonNegativeInteger in canonical form, as N-Triples writes it (after the space
#: that starts an object: inside a literal a quote is escaped): the store keeps it as an xsd:integer.
_NON_NEGATIVE_TEXT = re.compile(r'(?<= )"(0|[1-9][0-9]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#nonNegativeInteger>')
_INTEGER_TEXT = r'"\1"^^<http://www.w3.org/2001/XMLSchema#integer>'


class _Irregular(Exception):
    """The store or the quads are not as kg writes them: use the SPARQL update."""


def local_replace_update(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad], fresh: bool = False) -> str:
    """The update that leaves ``store`` as :func:`replace_graph_update` would, as
    data: ``DELETE DATA`` of what goes, ``INSERT DATA`` of what comes ("" when
    nothing changes). Reads ``store``: it must not change before the update runs."""
    quads = list(quads)
    try:
        return _local_update(store, graph, quads, fresh)
    except _Irregular:
        return replace_graph_update(graph, quads, fresh)


def _local_update(store: ox.Store, graph: ox.NamedNode, quads: list[ox.Quad], fresh: bool) -> str:
    if fresh and store.contains_named_graph(graph):
        raise _Irregular  # not fresh after all: the update adds to what is there, as the caller asked
    new_text = _triples_text(graph, quads) if quads else ""
    if "_:" in new_text and any(_blank(q) for q in quads):
        raise _Irregular  # DELETE DATA cannot name a blank node
    new_facts, new_counts = _records(q for q in quads if q.predicate in _RECORD_PREDICATES)
    drop = not fresh and not quads  # the update above drops the graph, its name too
    old_facts: set = set()
    old_counts: list = []
    added, removed = new_text, ""
    if not fresh:
        old_facts, old_counts = _records(q for p in _RECORD_PREDICATES
                                         for q in store.quads_for_pattern(None, p, None, graph))
    if not fresh and not drop:
        # what changes: the lines of the new graph's N-Triples against the old's (both as the store
        # writes them), so a document written again as it was costs reads, not writes
        old_text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode("utf-8")
        if "_:" in old_text and any(_blank(q) for q in store.quads_for_pattern(None, None, None, graph)):
            raise _Irregular
        old_lines = set(old_text.splitlines(keepends=True))
        new_lines = set(_NON_NEGATIVE_TEXT.sub(_INTEGER_TEXT, new_text).splitlines(keepends=True))
        kept = len(old_lines & new_lines)
        if 2 * kept >= len(old_lines):
            added, removed = "".join(new_lines - old_lines), "".join(old_lines - new_lines)
        else:  # mostly new: dropping the graph costs less than naming each quad that goes
            drop = True
    delete, insert = _entity_changes(store, graph, old_facts, old_counts, new_facts, new_counts, fresh)
    update = ""
    if removed or delete:
        update += f"DELETE DATA {{ {_block(graph, removed)}{_block(ENTITY_GRAPH, _triples(delete))}}} ;\n"
    if drop:
        update += f"DROP SILENT GRAPH <{graph.value}> ;\n"
    if added or insert:
        update += f"INSERT DATA {{ {_block(graph, added)}{_block(ENTITY_GRAPH, _triples(insert))}}}\n"
    return update


def _blank(q: ox.Quad) -> bool:
    return not isinstance(q.subject, ox.NamedNode) or isinstance(q.object, (ox.BlankNode, ox.Triple))


def _block(graph: ox.NamedNode, triples: str) -> str:
    return f"GRAPH <{graph.value}> {{\n{triples}}} " if triples else ""


def _triples(triples: Iterable[tuple]) -> str:
    return ox.serialize([ox.Triple(*t) for t in triples], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _records(quads: Iterable[ox.Quad]) -> tuple[set, list]:
    """What records say: the entity facts ``(entity, fact, value)``, and the
    mention counts ``(entity, n)``, one for each record and entity it describes."""
    describes: dict = {}
    facts: dict = {}
    counts: dict = {}
    for q in quads:
        p = q.predicate
        if p == DESCRIBES:
            describes.setdefault(q.subject, []).append(q.object)
        elif p == MENTION_COUNT:
            counts.setdefault(q.subject, []).append(q.object)
        else:
            facts.setdefault(q.subject, []).append((RECORD_FACTS[p], q.object))
    stated = {(e, fact, o) for r, es in describes.items() for e in es for fact, o in facts.get(r, ())}
    counted = [(e, _count(n)) for r, es in describes.items() for e in es for n in counts.get(r, ())]
    if any(not isinstance(e, ox.NamedNode) or isinstance(o, (ox.BlankNode, ox.Triple)) for e, _, o in stated) \
            or any(not isinstance(e, ox.NamedNode) for e, _ in counted):
        raise _Irregular  # entity facts of blank nodes: DELETE DATA cannot name them
    if len({e for e, _ in counted}) != len(counted):
        raise _Irregular  # an entity counted twice by one document: not kg's records
    return stated, counted


def _count(term) -> int:
    if not isinstance(term, ox.Literal) or term.datatype != _INTEGER:
        raise _Irregular
    digits = term.value.removeprefix("-")
    if not (digits == "0" or (digits[:1] in "123456789" and digits.isascii() and digits.isdigit())):
        raise _Irregular
    return int(term.value)


def _entity_changes(store: ox.Store, graph: ox.NamedNode, old_facts: set, old_counts: list, new_facts: set,
                    new_counts: list, fresh: bool) -> tuple[set, set]:
    """The triples of the shared entity graph to delete and to insert, as the
    retraction of the old records and the statement of the new ones would."""
    current: dict = {}  # entity -> its mention count in the shared graph, None when it has none
    for e in {e for e, _ in old_counts} | {e for e, _ in new_counts}:
        found = list(store.quads_for_pattern(e, MENTION_COUNT, None, ENTITY_GRAPH))
        if len(found) > 1:
            raise _Irregular
        current[e] = _count(found[0].object) if found else None
    counts = dict(current)
    delete: set = set()
    # retracting: a fact of the old records that no other document's record states goes (one
    # the new records state again stays); counts go down; every count left at 0 goes
    for e, fact, o in old_facts - new_facts:
        if not _stated_elsewhere(store, graph, e, _RECORD_OF[fact], o):
            delete.add((e, fact, o))
    for e, n in old_counts:
        if counts[e] is not None:
            counts[e] -= n
    if not fresh:
        delete |= {(q.subject, MENTION_COUNT, q.object)
                   for q in store.quads_for_pattern(None, MENTION_COUNT, _integer(0), ENTITY_GRAPH)
                   if q.subject not in counts}
        counts = {e: None if c == 0 else c for e, c in counts.items()}
    # stating: the new records' facts are added (those the shared graph lacks), their counts summed in
    insert = {(e, fact, o) for e, fact, o in new_facts if not _any(store.quads_for_pattern(e, fact, o, ENTITY_GRAPH))}
    for e, n in new_counts:
        counts[e] = (counts[e] or 0) + n
    for e, c in counts.items():
        if c != current[e]:
            if current[e] is not None:
                delete.add((e, MENTION_COUNT, _integer(current[e])))
            if c is not None:
                insert.add((e, MENTION_COUNT, _integer(c)))
    return delete, insert


def _stated_elsewhere(store: ox.Store, graph: ox.NamedNode, e: ox.NamedNode, record: ox.NamedNode, o) -> bool:
    """Does a record in a graph other than ``graph`` describe ``e`` with ``record`` ``o``? The
    search starts from the rarer side, and stops at the first: a class is stated by many records
    of many entities, so from the entity's records; a name or sameAs from the records stating it."""
    def elsewhere(q: ox.Quad) -> bool:
        return q.graph_name != graph and not isinstance(q.graph_name, ox.DefaultGraph)

    if record == ENTITY_TYPE:
        return any(elsewhere(q) and _any(store.quads_for_pattern(q.subject, record, o, q.graph_name))
                   for q in store.quads_for_pattern(None, DESCRIBES, e, None))
    return any(elsewhere(q) and _any(store.quads_for_pattern(q.subject, DESCRIBES, e, q.graph_name))
               for q in store.quads_for_pattern(None, record, o, None))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def _any(found: Iterable) -> bool:
    return next(iter(found), None) is not None


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
