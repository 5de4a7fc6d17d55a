"""Gazetteer.find matches as the plain alternation of every name (sorted longest first,
between non-word characters) did, on strings made of the gazetteer's own names: cut, in
other cases, with accents, run together or apart. No model."""

from __future__ import annotations

import random
import re

import pytest

from kg.gazetteer import Gazetteer, Known, _alternation, _cased_like, load_gazetteer
from kg.text import fold


def reference_find(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, Known]]:
    """find() as it was written before the tree of names: the straightforward version."""
    names = sorted(gazetteer.by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    found = []
    for m in pattern.finditer(fold(text)):
        entry = gazetteer.by_name[m.group(1)]
        surface = text[m.start():m.end()]
        same = [n for n in (entry.label, *entry.aliases) if fold(n) == m.group(1)]
        if any(n.isupper() and len(n) <= 5 for n in same) and not surface.isupper():
            continue
        if not any(_cased_like(n, surface) for n in same):
            continue
        found.append((m.start(), m.end(), entry))
    contracted = sorted(gazetteer._contracted, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(du|au|des|aux)\s+(" + "|".join(map(re.escape, contracted)) + r")(?![\w-])")
    for m in pattern.finditer(fold(text)):
        article, entry = gazetteer._contracted[m.group(2)]
        if (article == "le") != (m.group(1) in ("du", "au")):
            continue
        if not any(_cased_like(n.partition(" ")[2], text[m.start(2):m.end(2)]) for n in (entry.label, *entry.aliases)
                   if fold(n.partition(" ")[2]) == m.group(2)):
            continue
        found.append((m.start(2), m.end(2), entry))
    return sorted(found, key=lambda f: f[0])


_SEPARATORS = [" ", "  ", "-", "'", "’", ".", ",", "(", ")", "« ", " »", "\n", "_", "", "d'", "l'",
               "du ", "des ", "au ", "aux ", "le ", "Les ", "x", "é", "É", "+", "1"]
_ACCENTED = {"e": "é", "E": "É", "a": "à", "c": "ç", "o": "ô", "i": "î", "u": "ù"}


def _variant(rnd: random.Random, name: str) -> str:
    r = rnd.random()
    if r < 0.25:
        return name
    if r < 0.4:
        return name.upper()
    if r < 0.55:
        return name.lower()
    if r < 0.65:
        return name.title()
    if r < 0.8:
        return "".join(c.upper() if rnd.random() < 0.3 else c for c in name)
    if r < 0.9:
        return "".join(_ACCENTED.get(c, c) if rnd.random() < 0.4 else c for c in name)
    cut = rnd.randrange(1, len(name) + 1)
    return name[:cut] if rnd.random() < 0.5 else name[cut:]


def _strings(gazetteer: Gazetteer, count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    names = sorted(n for e in gazetteer.entries for n in (e.label, *e.aliases))
    words = ["le point", "Le Point de vue", "free", "une offre free", "alphabet", "us", "dga", "selon"]
    strings = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randrange(1, 8)):
            parts.append(rnd.choice(_SEPARATORS))
            parts.append(_variant(rnd, rnd.choice(names)) if rnd.random() < 0.8 else rnd.choice(words))
        strings.append("".join(parts))
    return strings


def test_find_as_the_plain_alternation_on_the_gazetteer_names() -> None:
    gazetteer = load_gazetteer()
    strings = _strings(gazetteer, 3000, seed=5)
    assert sum(len(reference_find(gazetteer, s)) for s in strings) > 1000  # the strings do hold names
    for s in strings:
        assert gazetteer.find(s) == reference_find(gazetteer, s), s


def test_find_in_running_text() -> None:
    gazetteer = load_gazetteer()
    text = ("Selon le Parisien, France 24 et France Télévisions ont signé avec Canal+ ; une offre free, "
            "le point de vue du Point, des Echos. La CGT et la cgt, l'AFP, afp, TF1+, tf1.")
    found = gazetteer.find(text)
    assert found == reference_find(gazetteer, text)
    assert [text[b:e] for b, e, _ in found][:4] == ["le Parisien", "France 24", "France Télévisions", "Canal+"]


@pytest.mark.parametrize("names", [["ab", "abc", "b+"], ["a", "ab", "ab c", "ab cd", "b"], ["x.y", "x", "x-y"]])
def test_tree_of_names_matches_as_the_sorted_alternation(names: list[str]) -> None:
    tree = re.compile(r"(?<![\w-])(" + _alternation(names) + r")(?![\w-])")
    plain = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    rnd = random.Random(1)
    for _ in range(2000):
        s = "".join(rnd.choice(names + [" ", "-", ".", "c", "d"]) for _ in range(rnd.randrange(1, 9)))
        assert [m.span(1) for m in tree.finditer(s)] == [m.span(1) for m in plain.finditer(s)], s
