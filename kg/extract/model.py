"""What extraction finds, as plain data: no spaCy and no RDF here."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """Character offsets into the original document text."""

    begin: int
    end: int
    text: str


@dataclass
class Entity:
    """A named thing; ``key`` is its stable id across documents."""

    key: str
    label: str
    type: str  # schema.org local name
    aliases: set[str] = field(default_factory=set)
    same_as: list[str] = field(default_factory=list)
    known: bool = False  # from the gazetteer
    #: the gazetteer's other names for it and the nouns of what it is (kg:kind), whether or not this
    #: text writes them ('Confédération générale du travail', 'syndicat' for the CGT): they tell what
    #: it is, they are not mentions
    known_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    entity_key: str
    span: Span
    sentence: int  # index into Extraction.sentences


@dataclass(frozen=True)
class Office:
    """A person's title in one document ('directrice générale de Vantel'), and the
    organisation its complement names, if any."""

    person: str  # entity key
    title: str
    organization: str | None
    span: Span
    sentence: int


@dataclass
class Filler:
    """Who or what fills a role: an entity, another event, or a descriptive phrase."""

    label: str
    entity: str | None = None  # entity key
    event: "Event | None" = None
    span: Span | None = None
    head: str = ""  # lemma of the phrase's head word, to compare fillers
    own: bool = False  # an event noun's own phrase standing for what it is about
    #: a speaker after the clause it tells ('X versera ..., a annoncé X'): it may tell its own deeds
    tells_own_deeds: bool = False


@dataclass
class Amount:
    currency: str
    span: Span
    value: float | None = None
    min: float | None = None
    max: float | None = None
    per: str | None = None

    def bounds(self) -> tuple[float, float]:
        lo = self.value if self.value is not None else self.min
        hi = self.value if self.value is not None else self.max
        return (lo if lo is not None else float("-inf"), hi if hi is not None else float("inf"))


ROLES = ("agent", "theme", "recipient", "place")


@dataclass
class Event:
    type: str  # local name of the kg event class
    triggers: list[Span]
    sentences: list[int]
    roles: dict[str, list[Filler]] = field(default_factory=lambda: {r: [] for r in ROLES})
    amount: Amount | None = None
    time: str | None = None  # ISO date the text gives for the event
    sources: list[Filler] = field(default_factory=list)
    status: str = "Asserted"
    negated: bool = False
    headline: bool = False
    definite: bool = False  # a noun with a definite article: refers to an event already known
    nominal: bool = False  # stated by a noun ("la grève"), not a verb
    speech: bool = False  # stated by a verb of saying or announcing: it needs a speaker
    quoted: bool = False  # what is said is a direct quotation; for another event, it is said inside one
    clausal: bool = False  # what is said is a clause ('annonce que ...')
    bare_clause: bool = False  # a full clause that leaves its doer out on purpose ('ont été supprimés')
    told_again: bool = False  # a doerless passive of a thing already named ('Le contrat, signé vendredi, ...')
    #: who does it when the text does not say and no event told before takes it in: the body the text is
    #: about ('La fermeture entraînera la suppression de 410 postes'); given only to an event that stands
    implied_agents: list = field(default_factory=list)
    sides: bool = False  # its doers are named only as 'les (deux) parties': the sides of a dispute told before
    takes_place: bool = False  # an event noun whose verb says it happens ('les négociations reprendront jeudi')
    scheduled: bool = False  # an event noun its clause plans ('la réunion est prévue mercredi')
    revised: bool = False  # an offer made anew ('a amélioré son offre', 'une nouvelle proposition'): not the last one
    clitic_object: bool = False  # its verb's object is a clitic ('l'ont rejetée'), found to stand for something or not
    compared_to: "Event | None" = None  # 'X gagne A, contre B pour Y': Y's earning is said with X's

    def add(self, role: str, filler: Filler) -> None:
        have = self.roles.setdefault(role, [])
        if all(not same_filler(f, filler) for f in have):
            have.append(filler)

    def add_source(self, filler: Filler) -> None:
        """Who the text attributes the event to, each source once; not its own doer
        ('X estiment que ... et ont refusé': X refused, X is not reporting it), unless the
        speaker of an incise tells what it does itself ('X versera ..., a annoncé X')."""
        if all(filler.label != s.label for s in self.sources) and (filler.tells_own_deeds or not any(
                same_filler(filler, a) for a in self.roles.get("agent", []))):
            self.sources.append(filler)


#: a word that gives its sum to an event of its kind told before ('Ce poste serait rémunéré ...'): the
#: kind, the sum, where the word is, and the event it states itself if none comes before
Anaphor = tuple[str, Amount, int, Event]


def same_filler(a: Filler, b: Filler) -> bool:
    if a.entity or b.entity:
        return a.entity == b.entity
    if a.event is not None or b.event is not None:
        return a.event is b.event
    return a.label.lower() == b.label.lower()


@dataclass
class Extraction:
    doc_id: str
    text: str
    date: str | None
    sentences: list[Span]
    entities: dict[str, Entity]
    mentions: list[Mention]
    events: list[Event]
    offices: list[Office] = field(default_factory=list)
