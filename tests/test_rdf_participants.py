"""Unnamed participants in kg.rdf: one node per noun phrase and document, with one label."""

from __future__ import annotations

import re

from kg.extract.model import Filler
from kg.rdf import triples
from kg import vocab as v


def participant_labels(x):
    labels: dict[str, set[str]] = {}
    for s, p, o in triples(x):
        if p == v.LABEL and "/participant/" in s.value:
            labels.setdefault(s.value, set()).add(o.value)
    return labels


def test_two_spellings_of_one_noun_phrase_are_one_participant_with_one_label(articles):
    x = articles[0]()
    rejection = x.events[-1]
    rejection.add("agent", Filler("Acteurs", head="acteur"))  # 'Acteurs' at a sentence start, 'acteurs' elsewhere
    labels = participant_labels(x)
    (acteurs,) = [node for node in labels if node.endswith("/participant/acteurs")]
    assert labels[acteurs] == {"acteurs"}


def test_different_noun_phrases_keep_their_own_participants(articles):
    labels = participant_labels(articles[0]())
    assert {sorted(v)[0] for v in labels.values()} >= {"acteurs", "poste"}
    assert all(len(v) == 1 for v in labels.values())


def test_two_events_stated_by_one_word_keep_their_own_nodes(articles):
    from dataclasses import replace
    x = articles[0]()
    first = x.events[0]
    x.events.append(replace(first, type="Hiring" if first.type != "Hiring" else "JobOffer"))
    nodes = {s.value for s, p, o in triples(x) if p == v.TYPE and re.search(r"/event/[0-9-]+$", s.value)}
    assert len(nodes) == len(x.events) and any(n.endswith("-2") for n in nodes)
