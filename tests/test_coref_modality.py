"""Coreference and modality on hand-built French parses: no model is loaded.

Each Doc is built as spaCy's own tests build them (words, absolute heads, UD
relations, POS, lemmas, morphology), so the rules of kg.extract.coref and
kg.extract.modality are tested on a parse we control, each with a sentence
where the rule fires and one where it must not.
"""

from __future__ import annotations

from kg.extract.coref import Coreference
from kg.extract.modality import Modality
from kg.extract.model import Entity
from kg.extract.syntax import tense_by_ending
from kg.lexicon import load_lexicon

BRENVEL = Entity("entity/brenvel", "Brenvel", "Organization")
DUBOIS = Entity("entity/marc-dubois", "Marc Dubois", "Person")

# "Brenvel a publié ses comptes . Elle supprimera 120 postes ."
PRONOUN_ROWS = [
    ("Brenvel", 2, "nsubj", "PROPN", "Brenvel"),
    ("a", 2, "aux:tense", "AUX", "avoir", "Tense=Pres|VerbForm=Fin"),
    ("publié", 2, "ROOT", "VERB", "publier", "Tense=Past|VerbForm=Part"),
    ("ses", 4, "det", "DET", "son", "Poss=Yes"),
    ("comptes", 2, "obj", "NOUN", "compte", "Gender=Masc|Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
    ("Elle", 7, "nsubj", "PRON", "elle", "Gender=Fem|Number=Sing|Person=3"),
    ("supprimera", 7, "ROOT", "VERB", "supprimer", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("120", 9, "nummod", "NUM", "120"),
    ("postes", 7, "obj", "NOUN", "poste", "Number=Plur"),
    (".", 7, "punct", "PUNCT", "."),
]


def coref(doc, known):
    lexicon = load_lexicon()
    entities = {e.key: e for e in known.values()}
    token_entity = {i: e.key for i, e in known.items()}
    return Coreference(doc, token_entity, entities, lexicon)


def test_a_subject_pronoun_takes_the_subject_before_it(hand_doc):
    doc = hand_doc(PRONOUN_ROWS)
    assert coref(doc, {0: BRENVEL}).antecedent(doc[6]).text == "Brenvel"


def test_a_plural_pronoun_does_not_take_a_singular_name(hand_doc):
    rows = [list(r) for r in PRONOUN_ROWS]
    rows[6] = ["Ils", 7, "nsubj", "PRON", "il", "Gender=Masc|Number=Plur|Person=3"]
    doc = hand_doc([tuple(r) for r in rows])
    assert coref(doc, {0: BRENVEL}).antecedent(doc[6]) is None


def test_a_pronoun_never_stands_for_a_source(hand_doc):
    # "Selon Brenvel , les ventes baissent . Elle supprimera 120 postes ."
    rows = [
        ("Selon", 1, "case", "ADP", "selon"),
        ("Brenvel", 5, "obl:mod", "PROPN", "Brenvel"),
        (",", 5, "punct", "PUNCT", ","),
        ("les", 4, "det", "DET", "le", "Definite=Def|Number=Plur"),
        ("ventes", 5, "nsubj", "NOUN", "vente", "Gender=Fem|Number=Plur"),
        ("baissent", 5, "ROOT", "VERB", "baisser", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        (".", 5, "punct", "PUNCT", "."),
        ("Elle", 8, "nsubj", "PRON", "elle", "Gender=Fem|Number=Sing|Person=3"),
        ("supprimera", 8, "ROOT", "VERB", "supprimer", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
        ("120", 10, "nummod", "NUM", "120"),
        ("postes", 8, "obj", "NOUN", "poste", "Number=Plur"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    doc = hand_doc(rows)
    assert coref(doc, {1: BRENVEL}).antecedent(doc[7]) is None


def test_ce_dernier_takes_the_last_person_named(hand_doc):
    # "Brenvel a engagé Marc Dubois . Ce dernier a signé ."
    rows = [
        ("Brenvel", 2, "nsubj", "PROPN", "Brenvel"),
        ("a", 2, "aux:tense", "AUX", "avoir"),
        ("engagé", 2, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part"),
        ("Marc", 2, "obj", "PROPN", "Marc", "Gender=Masc|Number=Sing"),
        ("Dubois", 3, "flat:name", "PROPN", "Dubois"),
        (".", 2, "punct", "PUNCT", "."),
        ("Ce", 7, "det", "DET", "ce", "Gender=Masc|Number=Sing|PronType=Dem"),
        ("dernier", 9, "nsubj", "ADJ", "dernier", "Gender=Masc|Number=Sing"),
        ("a", 9, "aux:tense", "AUX", "avoir"),
        ("signé", 9, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    doc = hand_doc(rows)
    assert coref(doc, {0: BRENVEL, 3: DUBOIS, 4: DUBOIS}).antecedent(doc[7]).text == "Marc"


def test_dernier_without_a_demonstrative_is_no_reference(hand_doc):
    rows = [
        ("Brenvel", 2, "nsubj", "PROPN", "Brenvel"),
        ("a", 2, "aux:tense", "AUX", "avoir"),
        ("engagé", 2, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part"),
        ("Marc", 2, "obj", "PROPN", "Marc"),
        (".", 2, "punct", "PUNCT", "."),
        ("Le", 6, "det", "DET", "le", "Definite=Def|Gender=Masc|Number=Sing"),
        ("dernier", 8, "nsubj", "ADJ", "dernier", "Gender=Masc|Number=Sing"),
        ("a", 8, "aux:tense", "AUX", "avoir"),
        ("signé", 8, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    doc = hand_doc(rows)
    assert coref(doc, {0: BRENVEL, 3: DUBOIS}).antecedent(doc[6]) is None


# ------------------------------------------------------------ modality

def modality():
    lexicon = load_lexicon()
    return Modality(lexicon, lambda token: lexicon.entries_for("VERB", {token.lemma_}))


def test_the_future_and_the_conditional_are_read_off_the_word(hand_doc):
    doc = hand_doc([
        ("accepteraient", 0, "ROOT", "VERB", "accepter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("signera", 0, "obj", "VERB", "signer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("déclara", 0, "obj", "VERB", "déclarer", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("prendra", 0, "obj", "VERB", "prendre", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("accepte", 0, "obj", "VERB", "accepter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ])
    assert [tense_by_ending(t) for t in doc] == ["Cnd", "Fut", None, "Fut", None]


def test_the_future_and_the_conditional_of_irregular_stems_are_read_too(hand_doc):
    doc = hand_doc([
        ("seraient", 0, "ROOT", "AUX", "être", "Mood=Sub|Tense=Pres|VerbForm=Fin"),
        ("aura", 0, "obj", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("iront", 0, "obj", "VERB", "aller", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("sont", 0, "obj", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("avait", 0, "obj", "AUX", "avoir", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ])
    assert [tense_by_ending(t) for t in doc] == ["Cnd", "Fut", "Fut", None, None]


def test_an_infinitive_under_pouvoir_is_hypothetical_and_under_aller_planned(hand_doc):
    for governor, status in (("pouvoir", "Hypothetical"), ("aller", "Planned"), ("refuser", None)):
        doc = hand_doc([
            ("Brenvel", 1, "nsubj", "PROPN", "Brenvel"),
            ("x", 1, "ROOT", "VERB", governor, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("supprimer", 1, "xcomp", "VERB", "supprimer", "VerbForm=Inf"),
            ("postes", 2, "obj", "NOUN", "poste"),
        ])
        assert modality().modality(doc[2]) == status, governor


def test_a_negation_adverb_denies_its_verb_but_non_does_not(hand_doc):
    doc = hand_doc([
        ("Brenvel", 3, "nsubj", "PROPN", "Brenvel"),
        ("n'", 3, "advmod", "ADV", "ne", "Polarity=Neg"),
        ("a", 3, "aux:tense", "AUX", "avoir"),
        ("accepté", 3, "ROOT", "VERB", "accepter", "Tense=Past|VerbForm=Part"),
        ("pas", 3, "advmod", "ADV", "pas", "Polarity=Neg"),
    ])
    assert modality().negated(doc[3])
    said_no = hand_doc([
        ("Brenvel", 1, "nsubj", "PROPN", "Brenvel"),
        ("dit", 1, "ROOT", "VERB", "dire", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("non", 1, "advmod", "ADV", "non"),
    ])
    assert not modality().negated(said_no[1])


def test_aucun_denies_an_event_noun(hand_doc):
    doc = hand_doc([
        ("Aucun", 1, "det", "DET", "aucun"),
        ("accord", 4, "nsubj:pass", "NOUN", "accord", "Gender=Masc|Number=Sing"),
        ("n'", 4, "advmod", "ADV", "ne", "Polarity=Neg"),
        ("a", 4, "aux:tense", "AUX", "avoir"),
        ("trouvé", 4, "ROOT", "VERB", "trouver", "Tense=Past|VerbForm=Part"),
    ])
    assert modality().negated(doc[1])
    found = hand_doc([
        ("Un", 1, "det", "DET", "un", "Definite=Ind"),
        ("accord", 2, "nsubj:pass", "NOUN", "accord", "Gender=Masc|Number=Sing"),
        ("trouvé", 2, "ROOT", "VERB", "trouver", "Tense=Past|VerbForm=Part"),
    ])
    assert not modality().negated(found[1])


def test_a_present_the_tagger_marks_future_is_no_future(hand_doc):
    # "Brenvel supprime 120 postes ." with the present tagged a future, and "supprimera" so tagged
    for word, status in (("supprime", None), ("supprimera", "Planned")):
        doc = hand_doc([
            ("Brenvel", 1, "nsubj", "PROPN", "Brenvel"),
            (word, 1, "ROOT", "VERB", "supprimer", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("postes", 1, "obj", "NOUN", "poste"),
        ])
        assert modality().modality(doc[1]) == status, word
