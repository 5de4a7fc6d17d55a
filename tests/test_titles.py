"""A person's title kept as their role (kg.extract.titles), on hand-built parses:
each pattern fires on one sentence and stays silent on another."""

from __future__ import annotations

import pytest

import kg
from kg.extract.model import Entity
from kg.extract.titles import find_offices

TITLES = frozenset({"ministre", "directeur", "directrice", "avocat", "salarie"})
CIVIL = frozenset({"me", "m.", "mme"})
VARNAS = "entity/lea-varnas"
VANTEL = "entity/vantel"
ENTITIES = {VARNAS: Entity(VARNAS, "Léa Varnas", "Person"), VANTEL: Entity(VANTEL, "Vantel", "Organization")}


def offices(doc, token_entity):
    return [(o.person, o.title, o.organization)
            for o in find_offices(doc, doc.text, token_entity, ENTITIES, TITLES, CIVIL, lambda char: 0)]


def test_a_title_before_the_name_is_the_persons_role(hand_doc):
    # "La Première ministre Léa Varnas a parlé ."
    doc = hand_doc([
        ("La", 2, "det", "DET", "le"), ("Première", 2, "amod", "ADJ", "premier"),
        ("ministre", 6, "nsubj", "NOUN", "ministre"), ("Léa", 2, "appos", "PROPN", "Léa"),
        ("Varnas", 3, "flat:name", "PROPN", "Varnas"), ("a", 6, "aux:tense", "AUX", "avoir"),
        ("parlé", 6, "ROOT", "VERB", "parler"), (".", 6, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {3: VARNAS, 4: VARNAS}) == [(VARNAS, "Première ministre", None)]


def test_a_de_before_the_name_makes_it_someone_elses_title(hand_doc):
    # "Le directeur de Léa Varnas a parlé ." : the director is another person
    doc = hand_doc([
        ("Le", 1, "det", "DET", "le"), ("directeur", 6, "nsubj", "NOUN", "directeur"),
        ("de", 3, "case", "ADP", "de"), ("Léa", 1, "nmod", "PROPN", "Léa"),
        ("Varnas", 3, "flat:name", "PROPN", "Varnas"), ("a", 6, "aux:tense", "AUX", "avoir"),
        ("parlé", 6, "ROOT", "VERB", "parler"), (".", 6, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {3: VARNAS, 4: VARNAS}) == []


def test_a_verb_between_title_and_name_gives_no_title(hand_doc):
    # "Le directeur a reçu Léa Varnas ."
    doc = hand_doc([
        ("Le", 1, "det", "DET", "le"), ("directeur", 3, "nsubj", "NOUN", "directeur"),
        ("a", 3, "aux:tense", "AUX", "avoir"), ("reçu", 3, "ROOT", "VERB", "recevoir"),
        ("Léa", 3, "obj", "PROPN", "Léa"), ("Varnas", 4, "flat:name", "PROPN", "Varnas"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {4: VARNAS, 5: VARNAS}) == []


def test_the_name_hung_on_the_company_of_the_title_still_gets_the_title(hand_doc):
    # "Le directeur de Vantel Léa Varnas a parlé ." with the name parsed as part of 'Vantel'
    doc = hand_doc([
        ("Le", 1, "det", "DET", "le"), ("directeur", 7, "nsubj", "NOUN", "directeur"),
        ("de", 3, "case", "ADP", "de"), ("Vantel", 1, "nmod", "PROPN", "Vantel"),
        ("Léa", 3, "flat:name", "PROPN", "Léa"), ("Varnas", 4, "flat:name", "PROPN", "Varnas"),
        ("a", 7, "aux:tense", "AUX", "avoir"), ("parlé", 7, "ROOT", "VERB", "parler"),
        (".", 7, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {3: VANTEL, 4: VARNAS, 5: VARNAS}) == [(VARNAS, "directeur de Vantel", VANTEL)]


def test_the_highest_title_over_a_civil_title_is_the_role(hand_doc):
    # "L' avocate des salariés , Me Léa Varnas , a parlé ." : 'avocate des salariés', not 'salariés'
    doc = hand_doc([
        ("L'", 1, "det", "DET", "le"), ("avocate", 10, "nsubj", "NOUN", "avocat"),
        ("des", 3, "case", "ADP", "de"), ("salariés", 1, "nmod", "NOUN", "salarié"),
        (",", 1, "punct", "PUNCT", ","), ("Me", 1, "appos", "NOUN", "me"),
        ("Léa", 5, "appos", "PROPN", "Léa"), ("Varnas", 6, "flat:name", "PROPN", "Varnas"),
        (",", 10, "punct", "PUNCT", ","), ("a", 10, "aux:tense", "AUX", "avoir"),
        ("parlé", 10, "ROOT", "VERB", "parler"), (".", 10, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {6: VARNAS, 7: VARNAS}) == [(VARNAS, "avocate des salariés", None)]


AFTER_ROWS = [
    ("Léa", 9, "nsubj", "PROPN", "Léa"), ("Varnas", 0, "flat:name", "PROPN", "Varnas"),
    (",", 0, "punct", "PUNCT", ","), ("directrice", 0, "appos", "NOUN", "directrice"),
    ("générale", 3, "amod", "ADJ", "général"), ("de", 6, "case", "ADP", "de"),
    ("Vantel", 3, "nmod", "PROPN", "Vantel"), (",", 9, "punct", "PUNCT", ","),
    ("a", 9, "aux:tense", "AUX", "avoir"), ("parlé", 9, "ROOT", "VERB", "parler"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_title_after_the_name_and_a_comma_is_the_role_and_its_company_the_employer(hand_doc):
    # "Léa Varnas , directrice générale de Vantel , a parlé ."
    doc = hand_doc(AFTER_ROWS)
    assert offices(doc, {0: VARNAS, 1: VARNAS, 6: VANTEL}) == [(VARNAS, "directrice générale de Vantel", VANTEL)]


def test_a_relative_clause_after_the_name_is_no_title(hand_doc):
    # "Léa Varnas , qui dirige Vantel , a parlé ."
    doc = hand_doc([
        ("Léa", 8, "nsubj", "PROPN", "Léa"), ("Varnas", 0, "flat:name", "PROPN", "Varnas"),
        (",", 0, "punct", "PUNCT", ","), ("qui", 4, "nsubj", "PRON", "qui"),
        ("dirige", 0, "acl:relcl", "VERB", "diriger"), ("Vantel", 4, "obj", "PROPN", "Vantel"),
        (",", 8, "punct", "PUNCT", ","), ("a", 8, "aux:tense", "AUX", "avoir"),
        ("parlé", 8, "ROOT", "VERB", "parler"), (".", 8, "punct", "PUNCT", "."),
    ])
    assert offices(doc, {0: VARNAS, 1: VARNAS, 5: VANTEL}) == []


def test_a_title_of_an_organisation_is_no_persons_role(hand_doc):
    # "Vantel , directrice ..." is nonsense, but the rule is about people: an organisation gets no title
    doc = hand_doc(AFTER_ROWS)
    assert offices(doc, {0: VANTEL, 1: VANTEL}) == []


@pytest.mark.slow
def test_the_people_query_gives_each_articles_titles(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2024-05\nLa directrice générale de Kelvora, Inès Tarlon, a annoncé un plan de départs. "
        "Le ministre du Travail Paul Vernac a reçu les syndicats. Selon Luc Orvel, qui dirige la CGT locale, "
        "la grève continue. Selon Marc Vernier, le joueur touchera 9 000 euros par mois.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "date 2024-06\nInès Tarlon, PDG de Kelvora, a signé l'accord.\n", encoding="utf-8")
    store = kg.build([tmp_path], store="memory:").store
    got = {(r["doc"].rsplit("/", 1)[-1], r["person"], r["title"], r["organization"] or "")
           for r in kg.query("people", store=store)}
    assert got == {("a", "Inès Tarlon", "directrice générale de Kelvora", "Kelvora"),
                   ("a", "Paul Vernac", "ministre du Travail", ""),
                   ("b", "Inès Tarlon", "PDG de Kelvora", "Kelvora")}
