"""The French lexicon (``ontology/lexicon.ttl``) read into plain Python objects.

The file is the single source of which words state which events; this module
only turns its triples into :class:`Entry`, :class:`Frame` and word lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import ResourceError
from .resources import ontology_file
from .text import fold
from .vocab import KG, RDF

_TYPE = RDF + "type"


@dataclass(frozen=True)
class Slot:
    """One way a dependent of a trigger fills a role."""

    deps: frozenset[str]
    role: str  # full IRI of the role property
    cases: frozenset[str] = frozenset()
    filler_type: str | None = None  # full IRI of the required entity class
    bare: bool | None = None
    filler_in: frozenset[str] | None = None  # the filler's head word must be in this list
    animate: bool | None = None  # the filler must (True) or must not (False) be a person or a body


@dataclass(frozen=True)
class Frame:
    iri: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Entry:
    iri: str
    lemmas: frozenset[str]
    pos: str
    evokes: str  # local name of the event class
    frame: Frame
    priority: int = 1
    theme_in: frozenset[str] | None = None
    theme_not_in: frozenset[str] = frozenset()  # head words of a theme that rule the entry out
    doer_not_in: frozenset[str] = frozenset()  # head words of the verb's subject that rule the entry out
    predicate_in: frozenset[str] | None = None  # an adjective the verb says of its object must be one of these (folded)
    theme_types: frozenset[str] = frozenset()  # schema.org local names a named theme may have instead
    venue_in: frozenset[str] | None = None  # a 'devant X' complement must be headed by one of these
    table_in: frozenset[str] | None = None  # a 'sur X' complement must be headed by one of these ('sur la table')
    state_in: frozenset[str] | None = None  # a bare 'en X' complement must be headed by one of these ('en service')
    requires_amount: bool = False
    no_amount: bool = False  # no sum depends on the word or lies in its object
    not_past: bool = False
    not_counted: bool = False  # the theme is not counted ('recrute un ingénieur'), unless an amount depends on the word
    counted: bool = False  # the theme is counted ('l'engagement de 40 agents'; 'l'engagement du maire' is a pledge)
    doer_required: bool = False  # the frame must find a doer in the clause ('300 salariés quittent le groupe')
    anaphoric: bool = False
    reporting: bool = False
    reflexive: bool = False  # the entry is for the reflexive verb ('se séparer de'), and only it
    default_status: str = "Asserted"
    carried_by: frozenset[str] | None = None  # a noun states the event only as the bare object of one of these verbs
    without_cases: frozenset[str] = frozenset()  # ... and only with no complement after one of these prepositions
    with_article: bool = False  # ... or its object with an article too ('déposer un recours')
    against_party: bool = False  # a 'contre' complement naming a person or a body may stand for the venue
    party_cases: frozenset[str] = frozenset()  # a complement after one of these naming a person or a body
    party_in: frozenset[str] | None = None  # ... whose head word is of this list
    joint_parties: bool = False  # the parties are named together: a coordination, or 'les deux parties'
    possessed_theme: bool = False  # the theme is the doer's own: it has a possessive ('leurs machines')
    instrument_cases: frozenset[str] = frozenset()  # a noun states the event only as a verb's means after these


@dataclass
class Lexicon:
    entries: list[Entry]
    word_lists: dict[str, frozenset[str]]
    by_lemma: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for entry in self.entries:
            for lemma in entry.lemmas:
                index[(entry.pos, lemma)].append(entry)
        self.by_lemma = {k: sorted(v, key=lambda e: -e.priority) for k, v in index.items()}

    def words(self, name: str) -> frozenset[str]:
        """A word list by its local name, e.g. ``supportVerbs`` (an index made once: the
        extraction asks for lists by name thousands of times a corpus)."""
        by_name = self.__dict__.get("_by_local_name")
        if by_name is None:
            by_name = {}
            for iri, words in self.word_lists.items():
                by_name.setdefault(iri.rsplit("#", 1)[-1], words)  # the first of a name, as a scan finds it
            self.__dict__["_by_local_name"] = by_name
        if name not in by_name:
            raise ResourceError(f"The lexicon has no word list '{name}': add it to ontology/lexicon.ttl.")
        return by_name[name]

    def folded(self, name: str) -> frozenset[str]:
        """A word list folded (lower case, no accents), computed once."""
        cache = self.__dict__.setdefault("_folded", {})
        if name not in cache:
            cache[name] = frozenset(fold(w) for w in self.words(name))
        return cache[name]

    def entries_for(self, pos: str, lemmas: set[str]) -> list[Entry]:
        # remembered by the lemmas in the order they are given (that order decides ties of
        # priority): a verb's candidate infinitives are dozens of lookups, asked again for every
        # occurrence of the word
        cache = self.__dict__.setdefault("_entries_for", {})
        key = (pos, tuple(lemmas))
        found = cache.get(key)
        if found is None:
            found = []
            for lemma in key[1]:
                for entry in self.by_lemma.get((pos, lemma), []):
                    if entry not in found:
                        found.append(entry)
            if len(cache) >= 1 << 16:  # bounded: a corpus's words would otherwise pile up
                cache.clear()
            found = cache[key] = sorted(found, key=lambda e: -e.priority)
        return list(found)

    def lemmas_where(self, name: str, test: Callable[[Entry], bool]) -> frozenset[str]:
        """The lemmas of the entries that pass ``test``, computed once per ``name`` (which the
        caller keeps for one test): a step asks it of every document."""
        cache = self.__dict__.setdefault("_lemmas_where", {})
        if name not in cache:
            cache[name] = frozenset(lemma for e in self.entries if test(e) for lemma in e.lemmas)
        return cache[name]

    def all_lemmas(self, pos: str) -> frozenset[str]:
        """Every lemma of a part of speech, computed once (entity typing asks it per name)."""
        cache = self.__dict__.setdefault("_all_lemmas", {})
        if pos not in cache:
            cache[pos] = frozenset(lemma for (p, lemma) in self.by_lemma if p == pos)
        return cache[pos]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def parse_lexicon(path: Path, *more: Path) -> Lexicon:
    """Read a lexicon file, and ``more`` files with it (a frame or word list defined in one
    may be used in another); a malformed one raises :class:`ResourceError` naming it."""
    triples = []
    for file in (path, *more):
        try:
            triples += ox.parse(path=str(file), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, OSError) as err:
            raise ResourceError(f"{file} is not valid Turtle ({err}). Fix the line it names.") from err
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        key = t.subject.value if isinstance(t.subject, ox.NamedNode) else "_:" + t.subject.value
        obj = t.object
        if isinstance(obj, ox.BlankNode):
            value = "_:" + obj.value
        elif isinstance(obj, ox.NamedNode):
            value = obj.value
        else:
            value = obj.value
        props[key][t.predicate.value].append(value)

    def one(node: str, prop: str, default=None):
        vals = props[node].get(KG + prop, [])
        return vals[0] if vals else default

    def boolean(node: str, prop: str) -> bool | None:
        val = one(node, prop)
        return None if val is None else val in ("true", "1")

    word_lists = {
        node: frozenset(w.lower() for w in p.get(KG + "word", []))
        for node, p in props.items() if KG + "WordList" in p.get(_TYPE, [])
    }
    def frame(iri: str, seen: tuple[str, ...] = ()) -> Frame:
        if iri in seen:
            raise ResourceError(f"{path}: frame {iri} extends itself.")
        if iri not in props:
            raise ResourceError(f"{path}: frame {iri} is used but not defined.")
        slots = []
        for node in props[iri].get(KG + "slot", []):
            role = one(node, "role")
            if role is None:
                raise ResourceError(f"{path}: a slot of {_local(iri)} has no kg:role.")
            slots.append(Slot(
                deps=frozenset(props[node].get(KG + "dep", [])),
                role=role,
                cases=frozenset(c.lower() for c in props[node].get(KG + "case", [])),
                filler_type=one(node, "fillerType"),
                bare=boolean(node, "bare"),
                filler_in=word_lists[one(node, "fillerIn")] if one(node, "fillerIn") else None,
                animate=boolean(node, "fillerAnimate"),
            ))
        parent = one(iri, "extends")
        if parent:
            slots.extend(frame(parent, seen + (iri,)).slots)
        # Slots that ask for an entity class are the most specific: try them first, except
        # that a frame's own slots come before those it extends (an offer's 'à' is its recipient)
        own = len(props[iri].get(KG + "slot", []))
        slots = slots[:own] + sorted(slots[own:], key=lambda s: s.filler_type is None)
        return Frame(iri, tuple(slots))

    entries = []
    for node, p in props.items():
        if KG + "LexicalEntry" not in p.get(_TYPE, []):
            continue
        evokes, frame_iri, pos = one(node, "evokes"), one(node, "frame"), one(node, "pos")
        if not (evokes and frame_iri and pos):
            raise ResourceError(f"{path}: entry {_local(node)} needs kg:evokes, kg:frame and kg:pos.")
        theme_in, venue_in, carried_by = one(node, "themeIn"), one(node, "venueIn"), one(node, "carriedBy")
        theme_not_in, table_in, doer_not_in = one(node, "themeNotIn"), one(node, "tableIn"), one(node, "doerNotIn")
        predicate_in, state_in, party_in = one(node, "predicateIn"), one(node, "stateIn"), one(node, "partyIn")
        for used in (theme_in, venue_in, carried_by, theme_not_in, table_in, doer_not_in, predicate_in, state_in,
                     party_in):
            if used and used not in word_lists:
                raise ResourceError(f"{path}: entry {_local(node)} uses an unknown word list {used}.")
        entries.append(Entry(
            iri=node,
            lemmas=frozenset(lemma.lower() for lemma in p.get(KG + "lemma", [])),
            pos=pos,
            evokes=_local(evokes),
            frame=frame(frame_iri),
            priority=int(one(node, "priority", 1)),
            theme_in=word_lists[theme_in] if theme_in else None,
            theme_not_in=word_lists[theme_not_in] if theme_not_in else frozenset(),
            doer_not_in=word_lists[doer_not_in] if doer_not_in else frozenset(),
            predicate_in=frozenset(fold(w) for w in word_lists[predicate_in]) if predicate_in else None,
            theme_types=frozenset(_local(t) for t in p.get(KG + "themeType", [])),
            venue_in=word_lists[venue_in] if venue_in else None,
            table_in=word_lists[table_in] if table_in else None,
            state_in=frozenset(fold(w) for w in word_lists[state_in]) if state_in else None,
            requires_amount=bool(boolean(node, "requiresAmount")),
            no_amount=bool(boolean(node, "noAmount")),
            not_past=bool(boolean(node, "notPast")),
            not_counted=bool(boolean(node, "notCounted")),
            counted=bool(boolean(node, "counted")),
            doer_required=bool(boolean(node, "doerRequired")),
            anaphoric=bool(boolean(node, "anaphoric")),
            reporting=bool(boolean(node, "reporting")),
            reflexive=bool(boolean(node, "reflexive")),
            default_status=_local(one(node, "defaultStatus", KG + "Asserted")),
            carried_by=word_lists[carried_by] if carried_by else None,
            without_cases=frozenset(c.lower() for c in p.get(KG + "withoutCase", [])),
            with_article=bool(boolean(node, "withArticle")),
            against_party=bool(boolean(node, "againstParty")),
            party_cases=frozenset(c.lower() for c in p.get(KG + "partyCase", [])),
            party_in=frozenset(fold(w) for w in word_lists[party_in]) if party_in else None,
            joint_parties=bool(boolean(node, "jointParties")),
            possessed_theme=bool(boolean(node, "possessedTheme")),
            instrument_cases=frozenset(c.lower() for c in p.get(KG + "instrumentCase", [])),
        ))
    return Lexicon(entries, word_lists)


def lexicon_files() -> list[Path]:
    """The hand lexicon, then every derived one (``lexicon-*.ttl``, e.g. grown from Verb∋Net)."""
    hand = ontology_file("lexicon.ttl")
    return [hand, *sorted(hand.parent.glob("lexicon-*.ttl"))]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return parse_lexicon(*lexicon_files())
