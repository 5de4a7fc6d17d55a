"""The gazetteer (``ontology/gazetteer.ttl``): entities known before reading,
and the word lists that tell names apart (legal forms, last words of company
names, nouns that name a leader)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import ResourceError
from .nlp import common_noun
from .resources import ontology_file
from .text import fold
from .vocab import KG, OWL, RDF, RDFS, RES, SCHEMA, SKOS


@dataclass(frozen=True)
class Known:
    key: str  # IRI path under kgr:, e.g. "entity/netflix"
    label: str
    type: str  # schema.org local name
    aliases: tuple[str, ...]
    same_as: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # nouns that say what it is (kg:kind): 'syndicat'


_ARTICLE = {"le", "la", "les", "l", "the"}


def _cased_like(name: str, surface: str) -> bool:
    """Whether every word capitalised in ``name`` is capitalised in ``surface``
    (a leading article aside: 'selon le Parisien'): 'Le Point' is not 'Le
    point de vue', nor 'Free' the word 'free'."""
    want, got = re.findall(r"\w+", name), re.findall(r"\w+", surface)
    if len(want) != len(got):
        return True
    return all(not w[:1].isupper() or g[:1].isupper() or (i == 0 and fold(w) in _ARTICLE)
               for i, (w, g) in enumerate(zip(want, got)))


def _alternation(names) -> str:
    """A regular expression that matches as the alternation of ``names`` sorted longest first
    does, written as a tree of their shared beginnings ('france' then ' 2', ' 24', 'info',
    ' info' or nothing): Python's engine tries the alternatives of a plain alternation one by
    one at each place, here only the branch that the next character takes.

    Names that match at the same place all begin the text there, so each begins the longer
    ones: each node tries the longer continuations before stopping, and backs off to a shorter
    name when what comes after (a lookahead) refuses the longer, as the sorted alternation
    would.

    >>> _alternation(["ab", "abc", "bd"])
    '(?:ab(?:c|)|bd)'
    """
    tree: dict = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        chain = ""
        while len(node) == 1 and "" not in node:  # one way on: plain characters, no group
            (ch, node), = node.items()
            chain += re.escape(ch)
        nexts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            nexts.append("")  # a name ends here: stop, after trying the longer ones
        return chain + (nexts[0] if len(nexts) == 1 else "(?:" + "|".join(nexts) + ")")

    return branch(tree)


@dataclass
class Gazetteer:
    entries: list[Known]
    word_lists: dict[str, frozenset[str]] = field(default_factory=dict)  # local name -> folded words
    place_names: frozenset[str] = frozenset()  # folded names of towns and regions (places.tsv, regions.tsv)

    def is_place_name(self, name: str) -> bool:
        """Whether ``name`` is a town of ``ontology/places.tsv`` ('Colmar', 'BREST'). A town whose
        name is also a French common noun ('Orange', 'Sens') is not: only its context can tell."""
        return fold(name.strip()) in self.place_names and not common_noun(name.strip())

    def words(self, name: str) -> frozenset[str]:
        """A word list of the gazetteer file by its local name, folded (empty if absent)."""
        return self.word_lists.get(name, frozenset())

    def __post_init__(self) -> None:
        self.by_name: dict[str, Known] = {}
        for entry in self.entries:
            for name in (entry.label, *entry.aliases):
                self.by_name.setdefault(fold(name), entry)
        self._pattern = re.compile(r"(?<![\w-])(" + _alternation(self.by_name) + r")(?![\w-])") \
            if self.by_name else None
        # 'selon une enquête du Parisien', 'd'après les chiffres des Echos': an article of the name
        # contracted with 'de' or 'à' ('du' is 'de le', 'aux' is 'à les')
        self._contracted: dict[str, tuple[str, Known]] = {}
        for name, entry in self.by_name.items():
            article, _, rest = name.partition(" ")
            if article in ("le", "les") and rest:
                self._contracted.setdefault(rest, (article, entry))
        rests = sorted(self._contracted, key=len, reverse=True)
        self._contracted_pattern = re.compile(
            r"(?<![\w-])(du|au|des|aux)\s+(" + "|".join(map(re.escape, rests)) + r")(?![\w-])") if rests else None

    def lookup(self, name: str) -> Known | None:
        return self.by_name.get(fold(name.strip()))

    def find(self, text: str) -> list[tuple[int, int, Known]]:
        """Every place a known name occurs in ``text``.

        Short all-capital names (acronyms) must match with their case, so
        that 'us' or 'dga' in running text is not taken for a name; a
        capitalised name never matches a word in lower case ('l'alphabet',
        'une offre free' are words, 'Alphabet' and 'Free' companies). A name
        that begins with 'Le' or 'Les' is found after 'du', 'au', 'des', 'aux'
        too ('une enquête du Parisien' names Le Parisien).
        """
        if self._pattern is None:
            return []
        found = []
        for m in self._pattern.finditer(fold(text)):
            entry = self.by_name[m.group(1)]
            surface = text[m.start():m.end()]
            names = (entry.label, *entry.aliases)
            same = [n for n in names if fold(n) == m.group(1)]
            if any(n.isupper() and len(n) <= 5 for n in same) and not surface.isupper():
                continue
            if not any(_cased_like(n, surface) for n in same):
                continue
            found.append((m.start(), m.end(), entry))
        for m in self._contracted_pattern.finditer(fold(text)) if self._contracted_pattern else ():
            article, entry = self._contracted[m.group(2)]
            surface = text[m.start(2):m.end(2)]
            if (article == "le") != (m.group(1) in ("du", "au")):
                continue
            if not any(_cased_like(n.partition(" ")[2], surface) for n in (entry.label, *entry.aliases)
                       if fold(n.partition(" ")[2]) == m.group(2)):
                continue
            found.append((m.start(2), m.end(2), entry))
        return sorted(found, key=lambda f: f[0])


def parse_gazetteer(path: Path) -> Gazetteer:
    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, OSError) as err:
        raise ResourceError(f"{path} is not valid Turtle ({err}). Fix the line it names.") from err
    info: dict[str, dict[str, list[str]]] = {}
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            info.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object.value)
    entries, word_lists = [], {}
    for iri, p in info.items():
        if KG + "WordList" in p.get(RDF + "type", []):
            word_lists[iri.rsplit("#", 1)[-1]] = frozenset(fold(w) for w in p.get(KG + "word", []))
            continue
        types = [t for t in p.get(RDF + "type", []) if t.startswith(SCHEMA)]
        labels = p.get(RDFS + "label", [])
        if not iri.startswith(RES) or not types or not labels:
            raise ResourceError(f"{path}: {iri} needs an IRI under {RES}, a schema.org type and an rdfs:label.")
        entries.append(Known(
            key=iri[len(RES):], label=labels[0], type=types[0][len(SCHEMA):],
            aliases=tuple(labels[1:] + p.get(SKOS + "altLabel", [])),
            same_as=tuple(p.get(OWL + "sameAs", [])),
            kinds=tuple(p.get(KG + "kind", [])),
        ))
    return Gazetteer(entries, word_lists)


def parse_places(path: Path) -> frozenset[str]:
    """The folded town names of a places file: one 'name<TAB>country' line each, '#' comments."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path} cannot be read ({err}). Restore it, or rebuild it with "
                            "scripts/derive_places.py.") from err
    return frozenset(fold(line.split("\t", 1)[0]) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = parse_gazetteer(ontology_file("gazetteer.ttl"))
    gazetteer.place_names = parse_places(ontology_file("places.tsv")) | parse_places(ontology_file("regions.tsv"))
    return gazetteer
