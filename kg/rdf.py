"""Mapping an :class:`Extraction` to RDF quads in the document's named graph.

Every node a document makes is named from the document and the offsets of
the text that states it, so building the same text twice gives the same
quads. Entities are named from the gazetteer or their label and are shared
by all documents that mention them.

What a document says of an entity (its class, label, other names, sameAs)
is written twice: as a record in the document's graph (``kg:describes``,
``kg:entityType`` ...), which goes with the document, and as plain facts in
the one shared graph ``kgr:graph/shared/entities`` (:data:`ENTITY_GRAPH`), which
:func:`kg.store.replace_graph` keeps equal to the union of the records. So a
query over all graphs sees each entity fact once, however many documents
mention the entity, and removing a document retracts exactly what it said.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad

from . import vocab as v
from .extract.model import Amount, Event, Extraction, Filler, Span
from .text import slug

_NNI = NamedNode(v.XSD + "nonNegativeInteger")
_DECIMAL = NamedNode(v.XSD + "decimal")
_DATE_TYPES = {4: "gYear", 7: "gYearMonth", 10: "date"}


#: The shared graph of entity facts, kept by the store from the documents' records.
ENTITY_GRAPH = v.res("graph/shared/entities")  # a "/" no document id segment has

# Record predicates: what one document says of an entity, in its own graph.
DESCRIBES = v.kg("describes")
ENTITY_TYPE = v.kg("entityType")
ENTITY_LABEL = v.kg("entityLabel")
ENTITY_ALIAS = v.kg("entityAlias")
ENTITY_SAME_AS = v.kg("entitySameAs")
ENTITY_JOB_TITLE = v.kg("entityJobTitle")
ENTITY_WORKS_FOR = v.kg("entityWorksFor")
#: How many mentions of the entity a document has (on its record), and all documents have
#: together (in the shared graph, kept by the store), so counting needs no scan of mentions.
MENTION_COUNT = v.kg("mentionCount")
#: Record predicate -> the entity fact it stands for.
RECORD_FACTS = {ENTITY_TYPE: v.TYPE, ENTITY_LABEL: v.LABEL, ENTITY_ALIAS: v.ALT_LABEL, ENTITY_SAME_AS: v.SAME_AS,
                ENTITY_JOB_TITLE: v.schema("jobTitle"), ENTITY_WORKS_FOR: v.schema("worksFor")}
#: A document's content hash (text and extractor), so an unchanged document is not parsed again.
CONTENT_HASH = v.kg("contentHash")

# Characters kept as they are in an IRI path segment (RFC 3987 unreserved and
# sub-delims, and any non-ASCII letter); the rest is percent-encoded.
_SAFE = "-._~!$&'()*+,;=:@"


@lru_cache(maxsize=4096)  # asked for every node a document makes: once per document is enough
def id_segment(doc_id: str) -> str:
    """A document id as one IRI path segment: IRI-unsafe characters percent-encoded.

    >>> id_segment("m b#1"), id_segment("été_2023")
    ('m%20b%231', 'été_2023')
    >>> doc_id_of(doc_iri("m b#1").value)
    'm b#1'
    """
    return "".join(ch if ch.isalnum() and ch.isprintable() or ch in _SAFE else quote(ch, safe="") for ch in doc_id)


def doc_id_of(iri: str) -> str:
    """The document id back from a document or graph IRI (its last path segment)."""
    return unquote(iri.rsplit("/", 1)[-1])


def doc_iri(doc_id: str) -> NamedNode:
    return v.res(f"doc/{id_segment(doc_id)}")


def graph_iri(doc_id: str) -> NamedNode:
    return v.res(f"graph/{id_segment(doc_id)}")


def span_iri(doc_id: str, span: Span) -> NamedNode:
    """RFC 5147 fragment, as NIF 2.0 names strings."""
    return NamedNode(f"{doc_iri(doc_id).value}#char={span.begin},{span.end}")


def event_iri(doc_id: str, event: Event) -> NamedNode:
    return NamedNode(f"{doc_iri(doc_id).value}/event/{event.triggers[0].begin}")


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=_NNI)


def _decimal(x: float) -> Literal:
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return Literal(text, datatype=_DECIMAL)


def date_literal(date: str) -> Literal:
    """'2023-07' as an xsd:gYearMonth, '2023' as xsd:gYear, a full date as xsd:date."""
    return Literal(date, datatype=NamedNode(v.XSD + _DATE_TYPES.get(len(date), "string")))


def event_label(event: Event) -> str:
    """The trigger word and the first theme: 'propose job dans l'IA'.

    An event noun that is its own theme ('une proposition de l'AMPTP') is
    labelled by that phrase alone, without its head word twice.
    """
    trigger = event.triggers[0].text
    themes = [f.label for f in event.roles["theme"] if f.event is None]
    # of several statements merged into one event ('chaque salarié licencié' and 'ce plan social'),
    # the noun that names the event is the best label: what another event's theme shows of it
    for word in (t.text.lower() for t in event.triggers):
        own = next((t for t in themes if t.lower().split()[:1] == [word]), None)
        if own is not None:
            return own
    return " ".join([trigger] + themes[:1])


def to_quads(x: Extraction) -> list[Quad]:
    """All quads of one document, in its own named graph."""
    g = graph_iri(x.doc_id)
    return [Quad(s, p, o, g) for s, p, o in triples(x)]


def triples(x: Extraction) -> Iterator[tuple]:
    doc = doc_iri(x.doc_id)
    yield from _document(x, doc)
    sentence_nodes = [span_iri(x.doc_id, s) for s in x.sentences]
    for span, node in zip(x.sentences, sentence_nodes):
        yield node, v.TYPE, v.NIF_SENTENCE
        yield from _string(node, span, doc)
    mentioned: dict[str, set[Span]] = {}
    for m in x.mentions:
        mentioned.setdefault(m.entity_key, set()).add(m.span)
    for ent in x.entities.values():  # records: the store derives the shared entity facts from them
        record = NamedNode(f"{doc.value}/about/{ent.key}")
        yield record, DESCRIBES, v.res(ent.key)
        yield record, MENTION_COUNT, Literal(str(len({(s.begin, s.end) for s in mentioned.get(ent.key, ())})),
                                             datatype=NamedNode(v.XSD + "integer"))
        yield record, ENTITY_TYPE, v.schema(ent.type)
        yield record, ENTITY_LABEL, Literal(ent.label)
        for alias in sorted(ent.aliases):
            yield record, ENTITY_ALIAS, Literal(alias)
        for same in ent.same_as:
            yield record, ENTITY_SAME_AS, NamedNode(same)
    for office in x.offices:  # on the person's record: the title this document gives them
        record = NamedNode(f"{doc.value}/about/{office.person}")
        yield record, ENTITY_JOB_TITLE, Literal(office.title)
        if office.organization:
            yield record, ENTITY_WORKS_FOR, v.res(office.organization)
    for m in x.mentions:
        node = span_iri(x.doc_id, m.span)
        yield node, v.TYPE, v.NIF_PHRASE
        yield from _string(node, m.span, doc)
        yield node, v.NIF_SENTENCE_OF, sentence_nodes[m.sentence]
        yield node, v.TA_IDENT_REF, v.res(m.entity_key)
    activity = NamedNode(f"{doc.value}/build")
    yield activity, v.TYPE, v.PROV_ACTIVITY
    yield activity, v.PROV_USED, doc
    yield activity, v.LABEL, Literal("kg build")
    iris: dict[int, NamedNode] = {}
    for e in x.events:
        # two events one word states ('recruter ... à 3 000 euros': a hiring and an offer) keep apart
        iri, n = event_iri(x.doc_id, e), 1
        while iri in iris.values():
            n += 1
            iri = NamedNode(f"{event_iri(x.doc_id, e).value}-{n}")
        iris[id(e)] = iri
    names: dict[str, str] = {}  # a participant's node -> the label it was first given
    for event in x.events:
        yield from _event(x, event, iris, names, doc, sentence_nodes, activity)


def _document(x: Extraction, doc: NamedNode) -> Iterator[tuple]:
    for t in (v.kg("Document"), v.NIF_CONTEXT, v.NEWS_ARTICLE):
        yield doc, v.TYPE, t
    yield doc, v.LABEL, Literal(x.doc_id)
    yield doc, v.NIF_IS_STRING, Literal(x.text)
    yield doc, v.NIF_BEGIN, _int(0)
    yield doc, v.NIF_END, _int(len(x.text))
    if x.date:
        yield doc, v.DATE_PUBLISHED, date_literal(x.date)


def _string(node: NamedNode, span: Span, doc: NamedNode) -> Iterator[tuple]:
    yield node, v.NIF_ANCHOR, Literal(span.text)
    yield node, v.NIF_BEGIN, _int(span.begin)
    yield node, v.NIF_END, _int(span.end)
    yield node, v.NIF_REFERENCE_CONTEXT, doc


def _filler(x: Extraction, f: Filler, iris: dict[int, NamedNode],
            names: dict[str, str]) -> tuple[NamedNode, list[tuple]]:
    if f.entity:
        return v.res(f.entity), []
    if f.event is not None and id(f.event) in iris:
        # another event named in other words ('a accepté la proposition' of an 'offre' in the title): the
        # words of this mention stay a name of that event, what a reader of this event's sentence looks for
        node = iris[id(f.event)]
        return node, ([] if f.label == event_label(f.event) else [(node, v.ALT_LABEL, Literal(f.label))])
    node = NamedNode(f"{doc_iri(x.doc_id).value}/participant/{slug(f.label)}")
    # 'Syndicats' and 'syndicats' are one node: it keeps the label it was given first (one label, as the shapes ask)
    label = names.setdefault(node.value, f.label)
    return node, [(node, v.TYPE, v.PARTICIPANT), (node, v.LABEL, Literal(label))]


_ROLE_PROPS = {"agent": v.AGENT, "theme": v.THEME, "recipient": v.RECIPIENT, "place": v.HAS_PLACE}


def _event(x: Extraction, event: Event, iris: dict[int, NamedNode], names: dict[str, str], doc: NamedNode,
           sentence_nodes: list[NamedNode], activity: NamedNode) -> Iterator[tuple]:
    node = iris[id(event)]
    yield node, v.TYPE, v.SEM_EVENT
    yield node, v.TYPE, v.kg(event.type)
    yield node, v.LABEL, Literal(event_label(event))
    yield node, v.IN_DOCUMENT, doc
    yield node, v.STATUS, v.kg(event.status)
    yield node, v.GENERATED_BY, activity
    for s in sorted(event.sentences):
        yield node, v.DERIVED_FROM, sentence_nodes[s]
    for trigger in event.triggers:
        mention = span_iri(x.doc_id, trigger)
        yield node, v.TRIGGER, mention
        yield mention, v.TYPE, v.NIF_PHRASE
        yield from _string(mention, trigger, doc)
        sentence = max(i for i, s in enumerate(x.sentences) if s.begin <= trigger.begin) if x.sentences else 0
        yield mention, v.NIF_SENTENCE_OF, sentence_nodes[sentence]
    for role, fillers in event.roles.items():
        for f in fillers:
            target, extra = _filler(x, f, iris, names)
            yield from extra
            yield node, _ROLE_PROPS[role], target
    for f in event.sources:
        target, extra = _filler(x, f, iris, names)
        yield from extra
        yield node, v.ATTRIBUTED_TO, target
    if event.time:
        yield node, v.HAS_TIMESTAMP, date_literal(event.time)
    if event.amount:
        yield from _amount(NamedNode(node.value + "/amount"), node, event.amount)


def _amount(node: NamedNode, event: NamedNode, a: Amount) -> Iterator[tuple]:
    yield event, v.AMOUNT, node
    yield node, v.TYPE, v.MONETARY_AMOUNT
    yield node, v.CURRENCY, Literal(a.currency)
    for prop, value in ((v.VALUE, a.value), (v.MIN_VALUE, a.min), (v.MAX_VALUE, a.max)):
        if value is not None:
            yield node, prop, _decimal(value)
    if a.per:
        yield node, v.UNIT_TEXT, Literal(a.per)
