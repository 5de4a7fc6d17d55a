"""The IRIs kg writes, in one place, so mapping, queries and tests agree.

The ``kg:`` terms are declared (with labels and comments) in
``ontology/kg.ttl``; this module only names them for Python code.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

KG = "https://w3id.org/kg-news/ontology#"
RES = "https://w3id.org/kg-news/id/"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgr": RES,
    "schema": SCHEMA,
    "sem": SEM,
    "prov": PROV,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCT,
}

#: The named graph that holds the ontology, lexicon and gazetteer.
ONTOLOGY_GRAPH = NamedNode(RES + "graph/ontology")


def kg(name: str) -> NamedNode:
    return NamedNode(KG + name)


def schema(name: str) -> NamedNode:
    return NamedNode(SCHEMA + name)


def res(path: str) -> NamedNode:
    return NamedNode(RES + path)


TYPE = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
SUBCLASS = NamedNode(RDFS + "subClassOf")
SAME_AS = NamedNode(OWL + "sameAs")
ALT_LABEL = NamedNode(SKOS + "altLabel")

# Documents and text (NIF 2.0)
NIF_CONTEXT = NamedNode(NIF + "Context")
NIF_SENTENCE = NamedNode(NIF + "Sentence")
NIF_PHRASE = NamedNode(NIF + "Phrase")
NIF_IS_STRING = NamedNode(NIF + "isString")
NIF_BEGIN = NamedNode(NIF + "beginIndex")
NIF_END = NamedNode(NIF + "endIndex")
NIF_ANCHOR = NamedNode(NIF + "anchorOf")
NIF_REFERENCE_CONTEXT = NamedNode(NIF + "referenceContext")
NIF_SENTENCE_OF = NamedNode(NIF + "sentence")
TA_IDENT_REF = NamedNode(ITSRDF + "taIdentRef")
DATE_PUBLISHED = schema("datePublished")
NEWS_ARTICLE = schema("NewsArticle")

# Events (SEM, PROV-O, kg roles)
SEM_EVENT = NamedNode(SEM + "Event")
HAS_PLACE = NamedNode(SEM + "hasPlace")
HAS_TIMESTAMP = NamedNode(SEM + "hasTimeStamp")
DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
ATTRIBUTED_TO = NamedNode(PROV + "wasAttributedTo")
GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")
PROV_ACTIVITY = NamedNode(PROV + "Activity")
PROV_USED = NamedNode(PROV + "used")
AGENT = kg("agent")
THEME = kg("theme")
RECIPIENT = kg("recipient")
STATUS = kg("status")
TRIGGER = kg("trigger")
AMOUNT = kg("amount")
IN_DOCUMENT = kg("document")
PARTICIPANT = kg("Participant")

# Money (schema.org)
MONETARY_AMOUNT = schema("MonetaryAmount")
VALUE = schema("value")
MIN_VALUE = schema("minValue")
MAX_VALUE = schema("maxValue")
CURRENCY = schema("currency")
UNIT_TEXT = schema("unitText")

#: Fact statuses, individuals of kg:FactStatus.
STATUSES = ("Asserted", "Proposed", "Rejected", "Reported", "Negated", "Hypothetical", "Planned")

#: Event classes, all declared in ontology/kg.ttl under sem:Event.
EVENT_TYPES = (
    "JobOffer", "Proposal", "Rejection", "Acceptance", "Agreement", "Strike",
    "Negotiation", "Earning", "Payment", "Usage", "Broadcast", "Statement",
    "Hiring", "Layoff", "Lawsuit", "Announcement",
)

#: Event classes that can state a sum (kg:amount): what is paid, earned, offered, agreed or
#: announced. A strike, a rejection or a layoff has none: the sum of an offer rejected is the
#: offer's, a severance pay is a payment.
AMOUNT_EVENT_TYPES = ("JobOffer", "Proposal", "Agreement", "Earning", "Payment", "Announcement")

#: Entity classes the extractor assigns (schema.org local names).
ENTITY_TYPES = ("Organization", "Person", "Place", "CreativeWork", "Thing")
