"""Parser slips repaired before the extraction reads the parse (kg.extract.repairs),
on hand-built parses: each repair fires on one sentence and leaves another alone."""

from __future__ import annotations

import pytest

from kg.extract.repairs import repair

# "Le fabricant a rejeté l' offre ." with the subject mislabelled as a passive subject
ACTIVE_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("fabricant", 3, "nsubj:pass", "NOUN", "fabricant", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("rejeté", 3, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
    ("l'", 5, "det", "DET", "le", "Definite=Def"),
    ("offre", 3, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]

# "Les postes ont été supprimés par X ." : a real passive, its doer hung as obl:mod
PASSIVE_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("postes", 4, "nsubj:pass", "NOUN", "poste", "Number=Plur"),
    ("ont", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", 4, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("supprimés", 4, "ROOT", "VERB", "supprimer", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("par", 7, "case", "ADP", "par"),
    ("la", 7, "det", "DET", "le", "Definite=Def"),
    ("direction", 4, "obl:mod", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    (".", 4, "punct", "PUNCT", "."),
]


def _inserted(rows, at, row):
    """``rows`` with ``row`` put at position ``at``: every head at or after it moves one word on
    (``row``'s own head is given as it will stand)."""
    shifted = [(w, h + 1 if h >= at else h, *rest) for (w, h, *rest) in rows]
    return shifted[:at] + [row] + shifted[at:]


def test_a_passive_subject_of_an_active_verb_is_its_subject(hand_doc):
    doc = repair(hand_doc(ACTIVE_ROWS))
    assert doc[1].dep_ == "nsubj"


def test_the_subject_of_a_real_passive_stays_a_passive_subject(hand_doc):
    doc = repair(hand_doc(PASSIVE_ROWS))
    assert doc[1].dep_ == "nsubj:pass"


def test_par_with_a_determiner_on_a_passive_names_the_doer(hand_doc):
    doc = repair(hand_doc(PASSIVE_ROWS))
    assert doc[7].dep_ == "obl:agent"


def test_par_with_a_bare_noun_on_a_passive_gives_a_reason_not_a_doer(hand_doc):
    # "Les postes ont été supprimés par souci ." : no determiner, no name
    rows = PASSIVE_ROWS[:6] + [("souci", 4, "obl:mod", "NOUN", "souci", "Gender=Masc|Number=Sing"),
                               (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ == "obl:mod"


def test_par_on_an_active_verb_is_left_alone(hand_doc):
    # "Le fabricant a rejeté l' offre par la poste ." : no passive, no doer
    rows = ACTIVE_ROWS[:6] + [("par", 8, "case", "ADP", "par"), ("la", 8, "det", "DET", "le", "Definite=Def"),
                              ("poste", 3, "obl:mod", "NOUN", "poste", "Gender=Fem|Number=Sing"),
                              (".", 3, "punct", "PUNCT", ".")]
    rows[1] = ("fabricant", 3, "nsubj", "NOUN", "fabricant", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows))
    assert doc[8].dep_ == "obl:mod"


# "X l' annoncent : Y a refusé ." with X taken as a second subject of 'refusé'
TWO_SUBJECT_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("confrères", 8, "nsubj", "NOUN", "confrère", "Number=Plur"),
    ("l'", 3, "obj", "PRON", "le"),
    ("annoncent", 8, "advcl", "VERB", "annoncer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (":", 3, "punct", "PUNCT", ":"),
    ("la", 6, "det", "DET", "le", "Definite=Def"),
    ("direction", 8, "nsubj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusé", 8, "ROOT", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_second_subject_beyond_a_colon_is_not_the_verb_s(hand_doc):
    doc = repair(hand_doc(TWO_SUBJECT_ROWS))
    assert doc[1].dep_ == "dislocated" and doc[6].dep_ == "nsubj"


def test_two_subjects_on_the_same_side_of_no_colon_are_left_alone(hand_doc):
    rows = list(TWO_SUBJECT_ROWS)
    rows[4] = (",", 3, "punct", "PUNCT", ",")
    doc = repair(hand_doc(rows))
    assert doc[1].dep_ == "nsubj" and doc[6].dep_ == "nsubj"


def test_a_finite_verb_tagged_as_an_infinitive_under_a_root_noun_becomes_the_root(hand_doc):
    # "Le syndicat négocie avec Vantel ." parsed as a noun with an infinitive
    rows = [
        ("Le", 1, "det", "DET", "le", "Definite=Def"),
        ("syndicat", 1, "ROOT", "NOUN", "syndicat", "Gender=Masc|Number=Sing"),
        ("négocie", 1, "acl", "VERB", "négocier", "VerbForm=Inf"),
        ("avec", 4, "case", "ADP", "avec"),
        ("Vantel", 2, "obl:mod", "PROPN", "Vantel"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i, doc[1].dep_, doc[1].head.i) == ("ROOT", 2, "nsubj", 2)


def test_a_real_infinitive_under_a_root_noun_is_left_alone(hand_doc):
    # "La volonté de négocier avec Vantel ."
    rows = [
        ("La", 1, "det", "DET", "le", "Definite=Def"),
        ("volonté", 1, "ROOT", "NOUN", "volonté", "Gender=Fem|Number=Sing"),
        ("de", 3, "mark", "ADP", "de"),
        ("négocier", 1, "acl", "VERB", "négocier", "VerbForm=Inf"),
        ("avec", 5, "case", "ADP", "avec"),
        ("Vantel", 3, "obl:mod", "PROPN", "Vantel"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[1].dep_) == ("acl", "ROOT")


# "neuf jours de grève des pilotes" with 'des pilotes' hung on the duration
DURATION_ROWS = [
    ("neuf", 1, "nummod", "NUM", "neuf"),
    ("jours", 1, "ROOT", "NOUN", "jour", "Number=Plur"),
    ("de", 3, "case", "ADP", "de"),
    ("grève", 1, "nmod", "NOUN", "grève", "Gender=Fem|Number=Sing"),
    ("des", 5, "case", "ADP", "de"),
    ("pilotes", 1, "nmod", "NOUN", "pilote", "Number=Plur"),
]


def test_a_de_complement_hung_on_a_duration_goes_to_the_noun_before_it(hand_doc):
    doc = repair(hand_doc(DURATION_ROWS), {"jour"})
    assert doc[5].head.i == 3


def test_a_de_complement_of_a_noun_that_is_no_duration_is_left_alone(hand_doc):
    rows = [list(r) for r in DURATION_ROWS]
    rows[1] = ["accords", 1, "ROOT", "NOUN", "accord", "Number=Plur"]
    doc = repair(hand_doc([tuple(r) for r in rows]), {"jour"})
    assert doc[5].head.i == 1


# "signé par le SNPL et la direction" with 'direction' joined to the verb
CONJ_ROWS = [
    ("signé", 0, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    ("par", 3, "case", "ADP", "par"),
    ("le", 3, "det", "DET", "le"),
    ("SNPL", 0, "obl:agent", "PROPN", "SNPL"),
    ("et", 6, "cc", "CCONJ", "et"),
    ("la", 6, "det", "DET", "le"),
    ("direction", 0, "conj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
]


def test_a_noun_joined_by_et_to_a_verb_is_the_conjunct_of_the_noun_before(hand_doc):
    doc = repair(hand_doc(CONJ_ROWS))
    assert doc[6].head.i == 3


def test_a_verb_joined_by_et_to_a_verb_stays_a_verb_conjunct(hand_doc):
    rows = list(CONJ_ROWS)
    rows[6] = ("fermé", 0, "conj", "VERB", "fermer", "Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert doc[6].head.i == 0


def test_an_article_makes_a_word_tagged_as_a_verb_a_noun(hand_doc):
    # "a rejeté l' offre" with 'offre' tagged as the verb 'offrir'
    rows = [
        ("rejeté", 0, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
        ("l'", 2, "det", "DET", "le", "Definite=Def|PronType=Art"),
        ("offre", 0, "obj", "VERB", "offrir", "Mood=Ind|VerbForm=Fin"),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[2].pos_, doc[2].lemma_) == ("NOUN", "offre")


def test_a_verb_with_a_clitic_object_stays_a_verb(hand_doc):
    # "qui l' offre" : 'l'' is a pronoun, not an article
    rows = [
        ("qui", 2, "nsubj", "PRON", "qui", "PronType=Rel"),
        ("l'", 2, "obj", "PRON", "le", "Person=3|PronType=Prs"),
        ("offre", 2, "ROOT", "VERB", "offrir", "Mood=Ind|VerbForm=Fin"),
    ]
    doc = repair(hand_doc(rows))
    assert doc[2].pos_ == "VERB"


def test_a_finite_verb_joined_to_an_object_is_the_conjunct_of_the_verb(hand_doc):
    # "a rejeté l' offre et maintient son appel"
    rows = [
        ("rejeté", 0, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
        ("l'", 2, "det", "DET", "le", "Definite=Def|PronType=Art"),
        ("offre", 0, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
        ("et", 4, "cc", "CCONJ", "et"),
        ("maintient", 2, "conj", "VERB", "maintenir", "Mood=Ind|VerbForm=Fin"),
        ("son", 6, "det", "DET", "son", "Poss=Yes"),
        ("appel", 4, "obj", "NOUN", "appel", "Gender=Masc|Number=Sing"),
    ]
    doc = repair(hand_doc(rows))
    assert doc[4].head.i == 0


def test_a_noun_joined_to_an_object_stays_its_conjunct(hand_doc):
    rows = [
        ("rejeté", 0, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
        ("l'", 2, "det", "DET", "le", "Definite=Def|PronType=Art"),
        ("offre", 0, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
        ("et", 5, "cc", "CCONJ", "et"),
        ("le", 5, "det", "DET", "le", "Definite=Def|PronType=Art"),
        ("calendrier", 2, "conj", "NOUN", "calendrier", "Gender=Masc|Number=Sing"),
    ]
    doc = repair(hand_doc(rows))
    assert doc[5].head.i == 2


# "entre la direction de Vantel et les syndicats" with 'syndicats' joined to 'Vantel'
ENTRE_ROWS = [
    ("entre", 2, "case", "ADP", "entre"),
    ("la", 2, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("direction", 2, "ROOT", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"),
    ("Vantel", 2, "nmod", "PROPN", "Vantel"),
    ("et", 7, "cc", "CCONJ", "et"),
    ("les", 7, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("syndicats", 4, "conj", "NOUN", "syndicat", "Number=Plur"),
]


def test_the_second_party_after_entre_is_not_inside_the_first(hand_doc):
    doc = repair(hand_doc(ENTRE_ROWS))
    assert doc[7].head.i == 2


def test_de_x_et_de_y_stays_inside_one_party(hand_doc):
    rows = ENTRE_ROWS[:6] + [("de", 7, "case", "ADP", "de"), ("Brenvel", 4, "conj", "PROPN", "Brenvel")]
    doc = repair(hand_doc(rows))
    assert doc[7].head.i == 4


def test_a_word_with_letters_tagged_as_punctuation_before_its_verb_is_its_subject(hand_doc):
    # "Al-Kandi lui a offert un contrat ." with the name tagged as punctuation
    rows = [
        ("Al-Kandi", 3, "punct", "PUNCT", "al-kandi"),
        ("lui", 3, "iobj", "PRON", "lui", "Person=3|PronType=Prs"),
        ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("offert", 3, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
        ("un", 5, "det", "DET", "un", "PronType=Art"),
        ("contrat", 3, "obj", "NOUN", "contrat", "Gender=Masc|Number=Sing"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "nsubj") and (doc[6].pos_, doc[6].dep_) == ("PUNCT", "punct")


def test_a_lettered_word_tagged_as_punctuation_is_no_subject_when_the_verb_has_one(hand_doc):
    rows = [
        ("Al-Kandi", 4, "punct", "PUNCT", "al-kandi"),
        ("Vantel", 4, "nsubj", "PROPN", "Vantel"),
        ("lui", 4, "iobj", "PRON", "lui", "Person=3|PronType=Prs"),
        ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("offert", 4, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "punct")


def test_a_name_taken_for_a_conjunction_before_its_verb_is_its_subject(hand_doc):
    # "Selon X , Vantel aurait offert une prime ." with 'Vantel' as 'cc'
    rows = [
        ("Selon", 1, "case", "ADP", "selon"),
        ("Dubois", 5, "obl:mod", "PROPN", "Dubois"),
        (",", 1, "punct", "PUNCT", ","),
        ("Vantel", 5, "cc", "PROPN", "Vantel"),
        ("aurait", 5, "aux:tense", "AUX", "avoir", "Mood=Cnd|VerbForm=Fin"),
        ("offert", 5, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
        ("une", 7, "det", "DET", "un", "PronType=Art"),
        ("prime", 5, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    ]
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "nsubj"


def test_a_real_conjunction_stays_one(hand_doc):
    # "Vantel et Brenvel ont signé" : 'et' is cc and no name
    rows = [
        ("Vantel", 4, "nsubj", "PROPN", "Vantel"),
        ("et", 2, "cc", "CCONJ", "et"),
        ("Brenvel", 0, "conj", "PROPN", "Brenvel"),
        ("ont", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|VerbForm=Fin"),
        ("signé", 4, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[2].dep_) == ("cc", "conj")


# "Le comité a refusé jeudi la demande ." with the object hung on the date
DATED_OBJECT_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("comité", 3, "nsubj", "NOUN", "comité", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusé", 3, "ROOT", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
    ("jeudi", 3, "obl:mod", "NOUN", "jeudi", "Gender=Masc|Number=Sing"),
    ("la", 6, "det", "DET", "le", "Definite=Def"),
    ("demande", 4, "nmod", "NOUN", "demande", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_hung_on_a_date_is_the_verbs_object(hand_doc):
    doc = repair(hand_doc(DATED_OBJECT_ROWS), {"jeudi"})
    assert (doc[6].dep_, doc[6].head.i) == ("obj", 3)


def test_a_noun_phrase_after_a_date_is_left_alone_when_the_verb_has_its_object(hand_doc):
    # "Le comité a refusé l' offre jeudi la veille ." : the verb has its object; 'la veille' stays on the date
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def"),
            ("comité", 3, "nsubj", "NOUN", "comité", "Gender=Masc|Number=Sing"),
            ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("refusé", 3, "ROOT", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
            ("l'", 5, "det", "DET", "le", "Definite=Def"),
            ("offre", 3, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
            ("jeudi", 3, "obl:mod", "NOUN", "jeudi", "Gender=Masc|Number=Sing"),
            ("la", 8, "det", "DET", "le", "Definite=Def"),
            ("veille", 6, "nmod", "NOUN", "veille", "Gender=Fem|Number=Sing"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), {"jeudi", "veille"})
    assert (doc[8].dep_, doc[8].head.i) == ("nmod", 6)


# "La mairie a promis aux agents une prime ." with the object hung on the dative
DATIVE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mairie", 3, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("promis", 3, "ROOT", "VERB", "promettre", "Tense=Past|VerbForm=Part"),
    ("aux", 5, "case", "ADP", "à"),
    ("agents", 3, "obl:arg", "NOUN", "agent", "Gender=Masc|Number=Plur"),
    ("une", 7, "det", "DET", "un", "Definite=Ind"),
    ("prime", 5, "nmod", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_after_a_dative_is_the_verbs_object(hand_doc):
    doc = repair(hand_doc(DATIVE_ROWS))
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 3)


def test_a_complement_with_its_preposition_after_a_dative_is_left_alone(hand_doc):
    # "La mairie a promis aux agents de la ville ." : 'de la ville' is the agents'
    rows = DATIVE_ROWS[:6] + [("de", 8, "case", "ADP", "de"), ("la", 8, "det", "DET", "le", "Definite=Def"),
                              ("ville", 5, "nmod", "NOUN", "ville", "Gender=Fem|Number=Sing"),
                              (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].dep_, doc[8].head.i) == ("nmod", 5)


# "Les agents sont en grève depuis lundi ." with the date taken as the predicate
COPULA_DATE_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("agents", 6, "nsubj", "NOUN", "agent", "Gender=Masc|Number=Plur"),
    ("sont", 6, "cop", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("en", 4, "case", "ADP", "en"),
    ("grève", 6, "obl:mod", "NOUN", "grève", "Gender=Fem|Number=Sing"),
    ("depuis", 6, "case", "ADP", "depuis"),
    ("lundi", 6, "ROOT", "NOUN", "lundi", "Gender=Masc|Number=Sing"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_state_before_a_dated_predicate_is_the_predicate(hand_doc):
    doc = repair(hand_doc(COPULA_DATE_ROWS), {"lundi"})
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert (doc[1].head.i, doc[2].head.i) == (4, 4)
    assert (doc[6].dep_, doc[6].head.i, doc[5].head.i) == ("obl:mod", 4, 6)


def test_a_dated_predicate_with_no_state_before_it_is_left_alone(hand_doc):
    # "Les agents sont là depuis lundi ." : no 'en' phrase
    rows = [("Les", 1, "det", "DET", "le", "Definite=Def"),
            ("agents", 5, "nsubj", "NOUN", "agent", "Gender=Masc|Number=Plur"),
            ("sont", 5, "cop", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("là", 5, "advmod", "ADV", "là"),
            ("depuis", 5, "case", "ADP", "depuis"),
            ("lundi", 5, "ROOT", "NOUN", "lundi", "Gender=Masc|Number=Sing"),
            (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), {"lundi"})
    assert (doc[5].dep_, doc[1].head.i) == ("ROOT", 5)


# "La mairie s' est engagée à payer ." parsed as a passive reflexive
REFLEXIVE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mairie", 4, "nsubj:pass", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("s'", 4, "expl:pass", "PRON", "se", "Reflex=Yes"),
    ("est", 4, "aux:tense", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("engagée", 4, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("à", 6, "mark", "ADP", "à"),
    ("payer", 4, "xcomp", "VERB", "payer", "VerbForm=Inf"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_reflexive_verb_with_an_infinitive_has_a_subject_not_a_passive_one(hand_doc):
    doc = repair(hand_doc(REFLEXIVE_ROWS))
    assert (doc[1].dep_, doc[2].dep_) == ("nsubj", "expl:comp")


def test_a_passive_reflexive_with_no_infinitive_keeps_its_passive_subject(hand_doc):
    # "Les billets se vendent vite ." : what is sold
    rows = [("Les", 1, "det", "DET", "le", "Definite=Def"),
            ("billets", 3, "nsubj:pass", "NOUN", "billet", "Gender=Masc|Number=Plur"),
            ("se", 3, "expl:pass", "PRON", "se", "Reflex=Yes"),
            ("vendent", 3, "ROOT", "VERB", "vendre", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("vite", 3, "advmod", "ADV", "vite"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[1].dep_ == "nsubj:pass"


# "Les salariés seront licenciés ." with the participle tagged as a noun
PARTICIPLE_NOUN_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("salariés", 3, "nsubj:pass", "NOUN", "salarié", "Gender=Masc|Number=Plur"),
    ("seront", 3, "cop", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("licenciés", 3, "ROOT", "NOUN", "licencié", "Gender=Masc|Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_participle_with_a_passive_subject_is_a_verb_whatever_its_tag(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_NOUN_ROWS))
    assert (doc[3].pos_, doc[2].dep_) == ("VERB", "aux:pass")


def test_a_noun_predicate_with_a_plain_subject_stays_a_noun(hand_doc):
    # "Les salariés seront délégués ." with a plain subject: 'délégués' may be the noun
    rows = [PARTICIPLE_NOUN_ROWS[0], ("salariés", 3, "nsubj", "NOUN", "salarié", "Gender=Masc|Number=Plur"),
            PARTICIPLE_NOUN_ROWS[2], ("délégués", 3, "ROOT", "NOUN", "délégué", "Gender=Masc|Number=Plur"),
            PARTICIPLE_NOUN_ROWS[4]]
    doc = repair(hand_doc(rows))
    assert (doc[3].pos_, doc[2].dep_) == ("NOUN", "cop")


def test_a_noun_phrase_after_a_party_with_avec_is_the_verbs_object(hand_doc):
    # "La mairie a promis avec les agents une prime ." (the same slip after 'avec')
    rows = DATIVE_ROWS[:4] + [("avec", 5, "case", "ADP", "avec")] + DATIVE_ROWS[5:]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 3)


def test_a_time_after_a_party_is_not_the_verbs_object(hand_doc):
    # "La mairie a promis aux agents la semaine ." : a when, not what is promised
    rows = DATIVE_ROWS[:6] + [("la", 7, "det", "DET", "le", "Definite=Def"),
                              ("semaine", 5, "nmod", "NOUN", "semaine", "Gender=Fem|Number=Sing"),
                              (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), {"semaine"})
    assert (doc[7].dep_, doc[7].head.i) == ("nmod", 5)


# "Le club a proposé la semaine dernière un contrat ." with the date as object and 'dernière' as a case
DATE_OBJECT_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("club", 3, "nsubj", "NOUN", "club", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("proposé", 3, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"),
    ("la", 5, "det", "DET", "le", "Definite=Def"),
    ("semaine", 3, "obj", "NOUN", "semaine", "Gender=Fem|Number=Sing"),
    ("dernière", 8, "case", "ADJ", "dernier", "Gender=Fem|Number=Sing"),
    ("un", 8, "det", "DET", "un", "Definite=Ind"),
    ("contrat", 3, "obl:mod", "NOUN", "contrat", "Gender=Masc|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_date_taken_for_the_object_gives_the_object_back(hand_doc):
    doc = repair(hand_doc(DATE_OBJECT_ROWS), {"semaine"})
    assert (doc[5].dep_, doc[8].dep_, doc[6].head.i) == ("obl:mod", "obj", 5)


def test_a_noun_after_a_date_object_with_a_real_preposition_is_left_alone(hand_doc):
    # "Le club a proposé la semaine pour un contrat ." : 'pour' is a preposition
    rows = DATE_OBJECT_ROWS[:6] + [("pour", 8, "case", "ADP", "pour")] + DATE_OBJECT_ROWS[7:]
    doc = repair(hand_doc(rows), {"semaine"})
    assert (doc[5].dep_, doc[8].dep_) == ("obj", "obl:mod")


# "une offre que le comité a refusée" with 'que' taken for a conjunction
QUE_ROWS = [
    ("une", 1, "det", "DET", "un", "Definite=Ind"),
    ("offre", 1, "ROOT", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    ("que", 6, "mark", "SCONJ", "que"),
    ("le", 4, "det", "DET", "le", "Definite=Def"),
    ("comité", 6, "nsubj", "NOUN", "comité", "Gender=Masc|Number=Sing"),
    ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusée", 1, "acl", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
]


def test_que_after_a_noun_with_a_subject_after_it_is_a_relative_object(hand_doc):
    doc = repair(hand_doc(QUE_ROWS))
    assert (doc[6].dep_, doc[2].dep_, doc[2].pos_) == ("acl:relcl", "obj", "PRON")


def test_que_before_a_verb_with_its_own_object_is_left_alone(hand_doc):
    # "l' idée que le comité a refusé l' offre": a complement clause, its verb has an object
    rows = [("l'", 1, "det", "DET", "le", "Definite=Def"), ("idée", 1, "ROOT", "NOUN", "idée", "Gender=Fem|Number=Sing"),
            ("que", 6, "mark", "SCONJ", "que"), ("le", 4, "det", "DET", "le", "Definite=Def"),
            ("comité", 6, "nsubj", "NOUN", "comité", "Gender=Masc|Number=Sing"),
            ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("refusé", 1, "acl", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
            ("l'", 8, "det", "DET", "le", "Definite=Def"), ("offre", 6, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing")]
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[2].dep_) == ("acl", "mark")


def test_an_object_hung_on_an_adjective_goes_to_the_verb_before_it(hand_doc):
    # "Le club versera au club italien une indemnité ." with the object on the adjective
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def"), ("club", 2, "nsubj", "NOUN", "club", "Gender=Masc|Number=Sing"),
            ("versera", 2, "ROOT", "VERB", "verser", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("au", 4, "case", "ADP", "à"), ("club", 2, "obl:arg", "NOUN", "club", "Gender=Masc|Number=Sing"),
            ("italien", 2, "xcomp", "ADJ", "italien", "Gender=Masc|Number=Sing"),
            ("une", 7, "det", "DET", "un", "Definite=Ind"), ("indemnité", 5, "obj", "NOUN", "indemnité", "Number=Sing"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 2)


def test_an_object_of_an_adjective_stays_when_the_verb_has_its_own(hand_doc):
    # "Le club versera la somme au club italien une indemnité ." : the verb has its object already
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def"), ("club", 2, "nsubj", "NOUN", "club", "Gender=Masc|Number=Sing"),
            ("versera", 2, "ROOT", "VERB", "verser", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("la", 4, "det", "DET", "le", "Definite=Def"), ("somme", 2, "obj", "NOUN", "somme", "Number=Sing"),
            ("au", 6, "case", "ADP", "à"), ("club", 2, "obl:arg", "NOUN", "club", "Gender=Masc|Number=Sing"),
            ("italien", 2, "xcomp", "ADJ", "italien", "Gender=Masc|Number=Sing"),
            ("une", 9, "det", "DET", "un", "Definite=Ind"), ("indemnité", 7, "obj", "NOUN", "indemnité", "Number=Sing"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[9].head.i == 7


def test_an_infinitive_hung_on_the_doer_of_a_passive_completes_the_verb(hand_doc):
    # "X a été condamné par le juge à payer ."
    rows = [("X", 3, "nsubj:pass", "PROPN", "X"), ("a", 3, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
            ("été", 3, "aux:pass", "AUX", "être", "VerbForm=Part"),
            ("condamné", 3, "ROOT", "VERB", "condamner", "Tense=Past|VerbForm=Part|Voice=Pass"),
            ("par", 6, "case", "ADP", "par"), ("le", 6, "det", "DET", "le", "Definite=Def"),
            ("juge", 3, "obl:agent", "NOUN", "juge", "Number=Sing"), ("à", 8, "mark", "ADP", "à"),
            ("payer", 6, "acl", "VERB", "payer", "VerbForm=Inf"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].dep_, doc[8].head.i) == ("xcomp", 3)


def test_an_infinitive_on_a_noun_that_is_no_passive_doer_is_left_alone(hand_doc):
    # "Les salariés appelés à cesser le travail" kind: 'à cesser' on a plain object noun
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def"), ("syndicat", 2, "nsubj", "NOUN", "syndicat", "Number=Sing"),
            ("appelle", 2, "ROOT", "VERB", "appeler", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("les", 4, "det", "DET", "le", "Definite=Def"), ("salariés", 2, "obj", "NOUN", "salarié", "Number=Plur"),
            ("à", 6, "mark", "ADP", "à"), ("cesser", 4, "acl", "VERB", "cesser", "VerbForm=Inf"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[6].head.i) == ("acl", 4)


def test_a_finite_verb_hung_on_the_noun_before_it_is_the_sentences_verb(hand_doc):
    # "Un caissier gagne 2 000 euros ." parsed as a noun with a clause
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"), ("caissier", 1, "ROOT", "NOUN", "caissier", "Number=Sing"),
            ("gagne", 1, "acl", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("2 000", 4, "nummod", "NUM", "2 000"), ("euros", 2, "obj", "NOUN", "euro", "Number=Plur"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 2)


def test_a_finite_verb_with_its_own_subject_stays_a_clause_of_the_noun(hand_doc):
    # "Un caissier qui gagne 2 000 euros ." : the relative has its subject
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"), ("caissier", 1, "ROOT", "NOUN", "caissier", "Number=Sing"),
            ("qui", 3, "nsubj", "PRON", "qui", "PronType=Rel"),
            ("gagne", 1, "acl", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("2 000", 5, "nummod", "NUM", "2 000"), ("euros", 3, "obj", "NOUN", "euro", "Number=Plur"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[1].dep_) == ("acl", "ROOT")


def test_a_capitalised_unlemmatised_verb_inside_a_sentence_is_a_name(hand_doc):
    # "Les élèves utilisent Tavio ." with the name tagged as a verb
    rows = [("Les", 1, "det", "DET", "le", "Definite=Def"), ("élèves", 2, "nsubj", "NOUN", "élève", "Number=Plur"),
            ("utilisent", 2, "ROOT", "VERB", "utiliser", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("Tavio", 2, "xcomp", "VERB", "tavio", "VerbForm=Part"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].pos_, doc[3].dep_) == ("PROPN", "obj")


def test_a_capitalised_verb_opening_the_sentence_stays_a_verb(hand_doc):
    # "Utilisez Tavio ." : the first word of a sentence has its capital whatever it is
    rows = [("Utilisez", 0, "ROOT", "VERB", "utilisez", "Mood=Imp|VerbForm=Fin"),
            ("Tavio", 0, "obj", "PROPN", "Tavio"), (".", 0, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[0].pos_ == "VERB"


def test_two_subjects_parsed_as_a_name_with_a_conjoined_clause_are_the_verbs_subject(hand_doc):
    # "Vantel et la CGT ont signé ." with 'Vantel' as root and 'signé' its conjunct
    rows = [("Vantel", 0, "ROOT", "PROPN", "Vantel"), ("et", 5, "cc", "CCONJ", "et"),
            ("la", 3, "det", "DET", "le", "Definite=Def"), ("CGT", 5, "nsubj", "PROPN", "CGT"),
            ("ont", 5, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
            ("signé", 0, "conj", "VERB", "signer", "Tense=Past|VerbForm=Part"), (".", 0, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[5].dep_, doc[0].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == ("ROOT", "nsubj", 5, "conj", 0)


def test_a_name_then_a_clause_with_its_own_verb_between_is_left_alone(hand_doc):
    # "Vantel a protesté et la CGT a signé ." : the first part has its verb
    rows = [("Vantel", 2, "nsubj", "PROPN", "Vantel"), ("a", 2, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
            ("protesté", 2, "ROOT", "VERB", "protester", "VerbForm=Part"), ("et", 7, "cc", "CCONJ", "et"),
            ("la", 5, "det", "DET", "le", "Definite=Def"), ("CGT", 7, "nsubj", "PROPN", "CGT"),
            ("a", 7, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
            ("signé", 2, "conj", "VERB", "signer", "VerbForm=Part"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[5].dep_) == ("conj", "nsubj")


def test_a_second_object_after_a_comma_is_an_apposition_of_the_first(hand_doc):
    # "a annoncé leur syndicat , la CGT ." with two objects
    rows = [("a", 1, "aux:tense", "AUX", "avoir", "VerbForm=Fin"), ("annoncé", 1, "ROOT", "VERB", "annoncer", "VerbForm=Part"),
            ("leur", 3, "det", "DET", "son"), ("syndicat", 1, "obj", "NOUN", "syndicat", "Number=Sing"),
            (",", 1, "punct", "PUNCT", ","), ("la", 6, "det", "DET", "le"), ("CGT", 1, "obj", "PROPN", "CGT"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[6].head.i) == ("appos", 3)


def test_two_objects_joined_by_et_stay_objects(hand_doc):
    # "a signé le texte , et la CGT ." kind: a coordinator keeps the second its own
    rows = [("a", 1, "aux:tense", "AUX", "avoir", "VerbForm=Fin"), ("signé", 1, "ROOT", "VERB", "signer", "VerbForm=Part"),
            ("le", 3, "det", "DET", "le"), ("texte", 1, "obj", "NOUN", "texte", "Number=Sing"),
            (",", 1, "punct", "PUNCT", ","), ("et", 7, "cc", "CCONJ", "et"), ("la", 7, "det", "DET", "le"),
            ("charte", 1, "obj", "NOUN", "charte"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 1)


def test_a_doer_hung_on_a_bare_participle_inside_a_passive_is_the_passive_verbs(hand_doc):
    # "Le texte a été voté à main levée par les élus ."
    rows = [("Le", 1, "det", "DET", "le"), ("texte", 4, "nsubj:pass", "NOUN", "texte"),
            ("a", 4, "aux:tense", "AUX", "avoir", "VerbForm=Fin"), ("été", 4, "aux:pass", "AUX", "être", "VerbForm=Part"),
            ("voté", 4, "ROOT", "VERB", "voter", "VerbForm=Part|Voice=Pass"), ("à", 6, "case", "ADP", "à"),
            ("main", 4, "obl:mod", "NOUN", "main"), ("levée", 4, "dep", "VERB", "lever", "VerbForm=Part"),
            ("par", 10, "case", "ADP", "par"), ("les", 10, "det", "DET", "le"),
            ("élus", 7, "obl:agent", "NOUN", "élu"), (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[10].head.i == 4


def test_a_doer_of_a_participle_with_its_own_auxiliary_stays_its_own(hand_doc):
    # "Le texte a été voté , puis a été signé par les élus ." : 'signé' has its own auxiliaries
    rows = [("Le", 1, "det", "DET", "le"), ("texte", 4, "nsubj:pass", "NOUN", "texte"),
            ("a", 4, "aux:tense", "AUX", "avoir", "VerbForm=Fin"), ("été", 4, "aux:pass", "AUX", "être", "VerbForm=Part"),
            ("voté", 4, "ROOT", "VERB", "voter", "VerbForm=Part|Voice=Pass"), (",", 9, "punct", "PUNCT", ","),
            ("puis", 9, "advmod", "ADV", "puis"), ("a", 9, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
            ("été", 9, "aux:pass", "AUX", "être", "VerbForm=Part"), ("signé", 4, "conj", "VERB", "signer", "VerbForm=Part"),
            ("par", 12, "case", "ADP", "par"), ("les", 12, "det", "DET", "le"),
            ("élus", 9, "obl:agent", "NOUN", "élu"), (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[12].head.i == 9


def _announced(hand_doc, noun):
    """'Vantel a annoncé la <noun> de 40 postes .' with 'de 40 postes' hung on the verb."""
    return hand_doc([("Vantel", 2, "nsubj", "PROPN", "Vantel"), ("a", 2, "aux:tense", "AUX", "avoir", "VerbForm=Fin"),
                     ("annoncé", 2, "ROOT", "VERB", "annoncer", "VerbForm=Part"), ("la", 4, "det", "DET", "le"),
                     (noun, 2, "obj", "NOUN", noun), ("de", 7, "case", "ADP", "de"), ("40", 7, "nummod", "NUM", "40"),
                     ("postes", 2, "obl:arg", "NOUN", "poste"), (".", 2, "punct", "PUNCT", ".")])


def test_a_de_complement_right_after_an_event_noun_object_is_the_nouns(hand_doc):
    doc = repair(_announced(hand_doc, "suppression"), event_nouns={"suppression"})
    assert (doc[7].dep_, doc[7].head.i) == ("nmod", 4)


def test_a_de_complement_after_an_object_that_is_no_event_stays_on_the_verb(hand_doc):
    doc = repair(_announced(hand_doc, "direction"), event_nouns={"suppression"})
    assert (doc[7].dep_, doc[7].head.i) == ("obl:arg", 2)


# "Un chauffeur touche 1 800 euros ." with the verb tagged as the noun 'touche'
TOUCHE_ROWS = [
    ("Un", 1, "det", "DET", "un"), ("chauffeur", 2, "nsubj", "NOUN", "chauffeur"),
    ("touche", 2, "ROOT", "NOUN", "touche"), ("1 800", 4, "nummod", "NUM", "1 800"),
    ("euros", 2, "obj", "NOUN", "euro"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_noun_with_a_subject_and_an_object_is_the_verb_it_spells(hand_doc):
    doc = repair(hand_doc(TOUCHE_ROWS), verbs={"toucher"})
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "toucher")


def test_the_bare_complement_of_a_noun_made_a_verb_is_its_object(hand_doc):
    # "La régie embauche six guides ." with 'guides' hung on the noun 'embauche'
    rows = [("La", 1, "det", "DET", "le"), ("régie", 2, "nsubj", "NOUN", "régie"),
            ("embauche", 2, "ROOT", "NOUN", "embauche"), ("six", 4, "nummod", "NUM", "six"),
            ("guides", 2, "nmod", "NOUN", "guide"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"embaucher"})
    assert (doc[2].pos_, doc[4].head.i, doc[4].dep_) == ("VERB", 2, "obj")
    # a complement with its preposition stays an adjunct: "La régie embauche pour six mois ."
    rows = rows[:3] + [("pour", 5, "case", "ADP", "pour"), ("six", 5, "nummod", "NUM", "six"),
                       ("mois", 2, "nmod", "NOUN", "mois"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"embaucher"})
    assert (doc[2].pos_, doc[5].dep_) == ("VERB", "obl:mod")


def test_a_noun_with_an_article_stays_a_noun(hand_doc):
    # "La touche finale plaît ." : 'touche' with its article and no object
    rows = [("La", 1, "det", "DET", "le"), ("touche", 3, "nsubj", "NOUN", "touche"),
            ("finale", 1, "amod", "ADJ", "final"), ("plaît", 3, "ROOT", "VERB", "plaire"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"toucher"})
    assert doc[1].pos_ == "NOUN"
    # nor does a verb the lexicon does not know become one
    assert repair(hand_doc(TOUCHE_ROWS), verbs={"gagner"})[2].pos_ == "NOUN"


# "Le syndicat a de son côté accepté l' offre ." with 'a' as the verb and the participle on 'côté'
COTE_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("syndicat", 2, "nsubj", "NOUN", "syndicat"),
    ("a", 2, "ROOT", "VERB", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("de", 5, "case", "ADP", "de"),
    ("son", 5, "det", "DET", "son"), ("côté", 2, "obl:arg", "NOUN", "côté"),
    ("accepté", 5, "acl", "VERB", "accepter", "Tense=Past|VerbForm=Part"), ("l'", 8, "det", "DET", "le"),
    ("offre", 6, "obj", "NOUN", "offre"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_phrase_between_avoir_and_its_participle_leaves_the_participle_the_verb(hand_doc):
    doc = repair(hand_doc(COTE_ROWS))
    assert (doc[6].dep_, doc[2].dep_, doc[2].head.i, doc[1].head.i) == ("ROOT", "aux:tense", 6, 6)
    assert doc[5].dep_ == "obl:mod"


def test_avoir_with_an_object_keeps_its_participle_as_the_objects(hand_doc):
    # "Vantel a des salariés formés ." : 'formés' qualifies the object of 'avoir'
    rows = [("Vantel", 1, "nsubj", "PROPN", "Vantel"),
            ("a", 1, "ROOT", "VERB", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("des", 3, "det", "DET", "un"),
            ("salariés", 1, "obj", "NOUN", "salarié"), ("formés", 3, "acl", "VERB", "former", "Tense=Past|VerbForm=Part"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[4].dep_) == ("ROOT", "acl")


# "Vantel a proposé une prime , que les grévistes ont rejetée ." with the clause as the verb's completive
PRIME_QUE_ROWS = [
    ("Vantel", 2, "nsubj", "PROPN", "Vantel"), ("a", 2, "aux:tense", "AUX", "avoir"),
    ("proposé", 2, "ROOT", "VERB", "proposer"), ("une", 4, "det", "DET", "un"), ("prime", 2, "obj", "NOUN", "prime"),
    (",", 2, "punct", "PUNCT", ","), ("que", 10, "mark", "SCONJ", "que"), ("les", 8, "det", "DET", "le"),
    ("grévistes", 10, "nsubj", "NOUN", "gréviste"), ("ont", 10, "aux:tense", "AUX", "avoir"),
    ("rejetée", 2, "ccomp", "VERB", "rejeter", "Gender=Fem|Tense=Past|VerbForm=Part"), (".", 2, "punct", "PUNCT", "."),
]


def test_que_after_an_object_and_a_comma_opens_a_relative_on_the_object(hand_doc):
    doc = repair(hand_doc(PRIME_QUE_ROWS))
    assert (doc[10].head.i, doc[10].dep_, doc[6].dep_) == (4, "acl:relcl", "obj")


def test_que_after_a_verb_with_no_object_stays_a_completive(hand_doc):
    # "Vantel a rappelé , que les grévistes ont tort ." : no object before the comma
    rows = [r if i != 4 else ("rappelé", 2, "advmod", "ADV", "rappelé") for i, r in enumerate(PRIME_QUE_ROWS)]
    rows[3] = ("déjà", 2, "advmod", "ADV", "déjà")
    doc = repair(hand_doc(rows))
    assert (doc[10].head.i, doc[10].dep_) == (2, "ccomp")


# "une prime de 500 euros par salarié" with 'par salarié' hung on the figure
PAR_ROWS = [
    ("Vantel", 1, "nsubj", "PROPN", "Vantel"), ("verse", 1, "ROOT", "VERB", "verser"),
    ("une", 3, "det", "DET", "un"), ("prime", 1, "obj", "NOUN", "prime"), ("de", 6, "case", "ADP", "de"),
    ("500", 6, "nummod", "NUM", "500"), ("euros", 3, "nmod", "NOUN", "euro"), ("par", 8, "case", "ADP", "par"),
    ("salarié", 6, "nmod", "NOUN", "salarié"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_share_for_each_after_a_figure_is_the_sums(hand_doc):
    assert repair(hand_doc(PAR_ROWS))[8].head.i == 3


def test_a_rate_after_a_figure_stays_on_the_figure(hand_doc):
    rows = PAR_ROWS[:8] + [("mois", 6, "nmod", "NOUN", "mois"), PAR_ROWS[9]]
    assert repair(hand_doc(rows), time_words={"mois"})[8].head.i == 6


# "Les pilotes ont voté à 90 % une grève ." with the object hung on the percentage as 'dep'
VOTE_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("pilotes", 3, "nsubj", "NOUN", "pilote"), ("ont", 3, "aux:tense", "AUX", "avoir"),
    ("voté", 3, "ROOT", "VERB", "voter"), ("à", 6, "case", "ADP", "à"), ("90", 6, "nummod", "NUM", "90"),
    ("%", 3, "obl:arg", "NOUN", "pourcent"), ("une", 8, "det", "DET", "un"), ("grève", 6, "dep", "NOUN", "grève"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_an_object_after_a_percentage_is_the_verbs(hand_doc):
    doc = repair(hand_doc(VOTE_ROWS))
    assert (doc[8].head.i, doc[8].dep_) == (3, "obj")


def test_a_noun_with_a_preposition_after_a_percentage_stays_where_it_is(hand_doc):
    # "Les pilotes ont voté à 90 % pour une grève ." : 'pour une grève' is no object
    rows = VOTE_ROWS[:7] + [("pour", 9, "case", "ADP", "pour"), ("une", 9, "det", "DET", "un"),
                            ("grève", 6, "dep", "NOUN", "grève"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[9].head.i, doc[9].dep_) == (6, "dep")


# "Vantel , qui versait 300 euros , versera 500 euros ." with both subjects on the relative's verb
QUI_ROWS = [
    ("Vantel", 3, "nsubj", "PROPN", "Vantel"), (",", 3, "punct", "PUNCT", ","), ("qui", 3, "nsubj", "PRON", "qui"),
    ("versait", 7, "advcl", "VERB", "verser"), ("300", 5, "nummod", "NUM", "300"), ("euros", 3, "obj", "NOUN", "euro"),
    (",", 7, "punct", "PUNCT", ","), ("versera", 7, "ROOT", "VERB", "verser"), ("500", 9, "nummod", "NUM", "500"),
    ("euros", 7, "obj", "NOUN", "euro"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_subject_before_qui_and_a_comma_is_the_main_verbs(hand_doc):
    doc = repair(hand_doc(QUI_ROWS))
    assert (doc[0].head.i, doc[3].head.i, doc[3].dep_) == (7, 0, "acl:relcl")


def test_a_main_verb_with_its_own_subject_keeps_the_parse(hand_doc):
    # "Vantel , qui versait 300 euros , elle versera ..." : the main verb has a subject already
    rows = QUI_ROWS[:7] + [("elle", 8, "nsubj", "PRON", "elle"), ("versera", 8, "ROOT", "VERB", "verser"),
                           (".", 8, "punct", "PUNCT", ".")]
    rows[3] = ("versait", 8, "advcl", "VERB", "verser")
    doc = repair(hand_doc(rows))
    assert (doc[0].head.i, doc[3].dep_) == (3, "advcl")


# "Le studio , connu pour la série « Orvalis » , va licencier ." with the title as the subject
TITLE_SUBJECT_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("studio", 9, "nsubj", "NOUN", "studio"), (",", 1, "punct", "PUNCT", ","),
    ("connu", 1, "acl", "VERB", "connaître"), ("pour", 6, "case", "ADP", "pour"), ("la", 6, "det", "DET", "le"),
    ("série", 3, "obl:mod", "NOUN", "série"), ("«", 8, "punct", "PUNCT", "«"),
    ("Orvalis", 10, "nsubj", "PROPN", "Orvalis"), ("»", 8, "punct", "PUNCT", "»"),
    ("licencie", 10, "ROOT", "VERB", "licencier"), (".", 10, "punct", "PUNCT", "."),
]


def test_a_title_in_quotes_taken_for_the_subject_names_the_noun_before_it(hand_doc):
    rows = list(TITLE_SUBJECT_ROWS)
    rows[1] = ("studio", 8, "nsubj", "NOUN", "studio")  # the studio hung on the title as its subject
    doc = repair(hand_doc(rows))
    assert (doc[1].head.i, doc[1].dep_) == (10, "nsubj")
    assert (doc[8].head.i, doc[8].dep_) == (6, "appos")


def test_a_name_in_quotes_that_is_the_subject_alone_stays_the_subject(hand_doc):
    # the same words with the studio on the verb: the quoted name has no subject of its own
    rows = list(TITLE_SUBJECT_ROWS)
    rows[1] = ("studio", 10, "appos", "NOUN", "studio")
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (10, "nsubj")


# "Selon la guilde , un testeur gagne 48 000 $ ." with the clause taken for an apposition to 'guilde'
SELON_ROWS = [
    ("Selon", 2, "case", "ADP", "selon"), ("la", 2, "det", "DET", "le"), ("guilde", 2, "ROOT", "NOUN", "guilde"),
    (",", 2, "punct", "PUNCT", ","), ("un", 5, "det", "DET", "un"), ("testeur", 2, "appos", "NOUN", "testeur"),
    ("gagne", 5, "acl", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("48 000", 8, "nummod", "NUM", "48 000"),
    ("$", 6, "obj", "NOUN", "$"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_clause_after_a_fronted_source_is_the_sentence_and_the_source_its_own(hand_doc):
    doc = repair(hand_doc(SELON_ROWS))
    assert (doc[6].dep_, doc[5].head.i, doc[5].dep_, doc[2].head.i, doc[2].dep_) == ("ROOT", 6, "nsubj", 6, "obl:mod")


def test_an_apposition_after_a_name_that_is_no_source_stays(hand_doc):
    # "Pour la guilde , un testeur gagne ..." : the parse is left as it is outside 'selon'
    rows = [("Pour", 2, "case", "ADP", "pour")] + SELON_ROWS[1:]
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[5].dep_) == ("acl", "appos")


# "Vantel a proposé un bonus , une offre que FO a rejetée ." with 'offre' tagged as the verb of a clause
OFFRE_APPOS_ROWS = [
    ("Vantel", 2, "nsubj", "PROPN", "Vantel"), ("a", 2, "aux:tense", "AUX", "avoir"),
    ("proposé", 2, "ROOT", "VERB", "proposer"), ("un", 4, "det", "DET", "un", "Definite=Ind|PronType=Art"),
    ("bonus", 2, "obj", "NOUN", "bonus"), (",", 2, "punct", "PUNCT", ","),
    ("une", 7, "det", "DET", "un", "Definite=Ind|PronType=Art"),
    ("offre", 2, "ccomp", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("que", 11, "mark", "SCONJ", "que"), ("FO", 11, "nsubj:pass", "PROPN", "FO"), ("a", 11, "aux:tense", "AUX", "avoir"),
    ("rejetée", 7, "acl", "VERB", "rejeter", "Gender=Fem|Tense=Past|VerbForm=Part"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_verb_with_an_article_in_an_apposition_is_a_noun_with_its_relative(hand_doc):
    doc = repair(hand_doc(OFFRE_APPOS_ROWS))
    assert (doc[7].pos_, doc[11].dep_, doc[8].dep_) == ("NOUN", "acl:relcl", "obj")


def test_a_clause_verb_after_a_comma_without_an_article_stays_a_verb(hand_doc):
    # "Vantel a proposé un bonus , il offre que ..." : a pronoun, no article, before the verb
    rows = list(OFFRE_APPOS_ROWS)
    rows[6] = ("il", 7, "nsubj", "PRON", "il", "Number=Sing|Person=3")
    doc = repair(hand_doc(rows))
    assert doc[7].pos_ == "VERB"


# "Les pilotes ont fait grève jeudi ." with the bare event noun left as 'dep'
FAIT_GREVE_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("pilotes", 3, "nsubj", "NOUN", "pilote"), ("ont", 3, "aux:tense", "AUX", "avoir"),
    ("fait", 3, "ROOT", "VERB", "faire"), ("grève", 3, "dep", "NOUN", "grève"), ("jeudi", 3, "obl:mod", "NOUN", "jeudi"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_bare_event_noun_right_after_its_verb_is_its_object(hand_doc):
    doc = repair(hand_doc(FAIT_GREVE_ROWS), event_nouns={"grève"})
    assert doc[4].dep_ == "obj"


def test_a_bare_noun_that_names_no_event_stays_unattached(hand_doc):
    # "Les pilotes ont fait escale jeudi ." : 'escale' is no event noun
    rows = list(FAIT_GREVE_ROWS)
    rows[4] = ("escale", 3, "dep", "NOUN", "escale")
    doc = repair(hand_doc(rows), event_nouns={"grève"})
    assert doc[4].dep_ == "dep"


# "L' association a assigné Kavelo devant le tribunal ." with the name taken for an adverb
KAVELO_ROWS = [
    ("L'", 1, "det", "DET", "le"), ("association", 3, "nsubj", "NOUN", "association"), ("a", 3, "aux:tense", "AUX", "avoir"),
    ("assigné", 3, "ROOT", "VERB", "assigner"), ("Kavelo", 3, "advmod", "PROPN", "Kavelo"),
    ("devant", 7, "case", "ADP", "devant"), ("le", 7, "det", "DET", "le"), ("tribunal", 3, "obl:mod", "NOUN", "tribunal"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_name_taken_for_an_adverb_after_a_verb_with_no_object_is_its_object(hand_doc):
    assert repair(hand_doc(KAVELO_ROWS))[4].dep_ == "obj"


def test_a_name_taken_for_an_adverb_after_a_verb_with_an_object_stays(hand_doc):
    # "L' association a assigné l' éditeur Kavelo ..." : the verb has its object already
    rows = KAVELO_ROWS[:4] + [("l'", 5, "det", "DET", "le"), ("éditeur", 3, "obj", "NOUN", "éditeur"),
                              ("Kavelo", 3, "advmod", "PROPN", "Kavelo"), (".", 3, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[6].dep_ == "advmod"


# "Les guides seront payés 15 euros ." with 'être' taken for a compound tense's auxiliary
PAYES_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("guides", 3, "nsubj", "NOUN", "guide"),
    ("seront", 3, "aux:tense", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("payés", 3, "ROOT", "VERB", "payer", "Tense=Past|VerbForm=Part"), ("15", 5, "nummod", "NUM", "15"),
    ("euros", 3, "obj", "NOUN", "euro"), (".", 3, "punct", "PUNCT", "."),
]


def test_etre_with_the_participle_of_a_verb_that_takes_avoir_is_a_passive(hand_doc):
    doc = repair(hand_doc(PAYES_ROWS), etre_verbs={"partir", "arriver"})
    assert (doc[2].dep_, doc[1].dep_) == ("aux:pass", "nsubj:pass")


def test_etre_with_the_participle_of_a_verb_that_takes_etre_is_a_compound_tense(hand_doc):
    # "Les guides seront partis ." : 'partir' makes its tenses with 'être'
    rows = PAYES_ROWS[:3] + [("partis", 3, "ROOT", "VERB", "partir", "Tense=Past|VerbForm=Part"),
                             (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), etre_verbs={"partir", "arriver"})
    assert (doc[2].dep_, doc[1].dep_) == ("aux:tense", "nsubj")


# "Les guides ont été payés 900 euros par la ville ." with 'été' the copula of the sum
ETE_PAYES_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("guides", 6, "nsubj", "NOUN", "guide"), ("ont", 6, "aux:tense", "AUX", "avoir"),
    ("été", 6, "cop", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("payés", 6, "dep", "VERB", "payer", "Tense=Past|VerbForm=Part|Voice=Pass"), ("900", 6, "nummod", "NUM", "900"),
    ("euros", 6, "ROOT", "NOUN", "euro"), ("par", 9, "case", "ADP", "par"), ("la", 9, "det", "DET", "le"),
    ("ville", 6, "nmod", "NOUN", "ville"), (".", 6, "punct", "PUNCT", "."),
]


def test_a_participle_between_the_copula_and_a_sum_is_the_passive_verb(hand_doc):
    doc = repair(hand_doc(ETE_PAYES_ROWS))
    assert (doc[4].dep_, doc[6].head.i, doc[6].dep_, doc[1].dep_, doc[9].dep_, doc[3].dep_) == (
        "ROOT", 4, "obj", "nsubj:pass", "obl:agent", "aux:pass")


def test_a_copula_with_a_noun_and_no_participle_stays_a_copula(hand_doc):
    # "Les guides ont été des salariés modèles ." : no participle between
    rows = [("Les", 1, "det", "DET", "le"), ("guides", 5, "nsubj", "NOUN", "guide"),
            ("ont", 5, "aux:tense", "AUX", "avoir"), ("été", 5, "cop", "AUX", "être", "Tense=Past|VerbForm=Part"),
            ("des", 5, "det", "DET", "un"), ("salariés", 5, "ROOT", "NOUN", "salarié"),
            ("modèles", 5, "amod", "ADJ", "modèle"), (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[5].dep_) == ("cop", "ROOT")


# "Lunéa a recruté la joueuse ." with the name tagged as an adverb
LUNEA_ROWS = [
    ("Lunéa", 2, "nsubj", "ADV", "lunéa"), ("a", 2, "aux:tense", "AUX", "avoir"), ("recruté", 2, "ROOT", "VERB", "recruter"),
    ("la", 4, "det", "DET", "le"), ("joueuse", 2, "obj", "NOUN", "joueur"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_capitalised_adverb_in_the_place_of_a_subject_is_a_name(hand_doc):
    doc = repair(hand_doc(LUNEA_ROWS))
    assert (doc[0].pos_, doc[0].lemma_) == ("PROPN", "Lunéa")


def test_a_capitalised_adverb_that_modifies_the_verb_stays_an_adverb(hand_doc):
    # "Hier a recruté ..." is no sentence, but 'Hier' as advmod stays an adverb
    rows = [("Hier", 2, "advmod", "ADV", "hier")] + LUNEA_ROWS[1:]
    assert repair(hand_doc(rows))[0].pos_ == "ADV"


# "l' équipe , dont les joueurs et l' entraîneur seront licenciés ." with the verb conjoined to the first noun
DONT_ROWS = [
    ("l'", 1, "det", "DET", "le"), ("équipe", 1, "ROOT", "NOUN", "équipe"), (",", 10, "punct", "PUNCT", ","),
    ("dont", 5, "nmod", "PRON", "dont", "PronType=Rel"), ("les", 5, "det", "DET", "le"),
    ("joueurs", 1, "nmod", "NOUN", "joueur"), ("et", 10, "cc", "CCONJ", "et"), ("l'", 8, "det", "DET", "le"),
    ("entraîneur", 10, "nsubj:pass", "NOUN", "entraîneur"), ("seront", 10, "aux:pass", "AUX", "être"),
    ("licenciés", 5, "conj", "VERB", "licencier", "Tense=Past|VerbForm=Part"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_verb_conjoined_to_the_first_subject_of_a_relative_clause_takes_both(hand_doc):
    doc = repair(hand_doc(DONT_ROWS))
    assert (doc[10].dep_, doc[10].head.i, doc[5].dep_, doc[5].head.i, doc[8].dep_, doc[8].head.i) == (
        "acl:relcl", 1, "nsubj:pass", 10, "conj", 5)


def test_a_verb_conjoined_to_a_noun_outside_any_relative_clause_is_left(hand_doc):
    # "l' équipe , les joueurs et l' entraîneur seront licenciés ." with no relative pronoun, no root noun
    rows = list(DONT_ROWS)
    rows[3] = ("puis", 5, "advmod", "ADV", "puis")
    rows[1] = ("équipe", 12, "nsubj", "NOUN", "équipe")
    rows.append(("partira", 12, "ROOT", "VERB", "partir", "Mood=Ind|Tense=Fut|VerbForm=Fin"))
    doc = repair(hand_doc(rows))
    assert (doc[10].dep_, doc[10].head.i) == ("conj", 5)


# "une avance de 2 M€ sur trois ans versée au studio ." with the participle hung on the nearest noun
AVANCE_ROWS = [
    ("une", 1, "det", "DET", "un"), ("avance", 1, "ROOT", "NOUN", "avance", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"), ("2", 4, "nummod", "NUM", "2"), ("M€", 1, "nmod", "NOUN", "m€", "Gender=Masc"),
    ("sur", 7, "case", "ADP", "sur"), ("trois", 7, "nummod", "NUM", "trois"),
    ("ans", 1, "nmod", "NOUN", "an", "Gender=Masc|Number=Plur"),
    ("versée", 7, "acl", "VERB", "verser", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("au", 10, "case", "ADP", "au"), ("studio", 8, "obl:arg", "NOUN", "studio"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_participle_that_disagrees_with_its_noun_goes_to_the_noun_it_agrees_with(hand_doc):
    assert repair(hand_doc(AVANCE_ROWS))[8].head.i == 1


def test_a_participle_that_agrees_with_its_noun_stays(hand_doc):
    rows = list(AVANCE_ROWS)
    rows[8] = ("versés", 7, "acl", "VERB", "verser", "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part")
    assert repair(hand_doc(rows))[8].head.i == 7


# "Les épisodes seront diffusés en avant-première sur X ." with the noun taken for a gerund
PREMIERE_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("épisodes", 3, "nsubj:pass", "NOUN", "épisode"), ("seront", 3, "aux:pass", "AUX", "être"),
    ("diffusés", 3, "ROOT", "VERB", "diffuser", "Tense=Past|VerbForm=Part|Voice=Pass"), ("en", 5, "mark", "ADP", "en"),
    ("avant-première", 3, "advcl", "VERB", "avant-première", "Tense=Pres|VerbForm=Part"), ("sur", 7, "case", "ADP", "sur"),
    ("Ondalis", 5, "obl:arg", "PROPN", "Ondalis"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_present_participle_not_in_ant_is_a_noun_and_its_complement_the_verbs(hand_doc):
    doc = repair(hand_doc(PREMIERE_ROWS))
    assert (doc[5].pos_, doc[5].dep_, doc[7].head.i, doc[4].dep_) == ("NOUN", "obl:mod", 3, "case")


def test_a_gerund_in_ant_stays_a_verb(hand_doc):
    rows = list(PREMIERE_ROWS)
    rows[5] = ("annonçant", 3, "advcl", "VERB", "annoncer", "Tense=Pres|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[5].pos_, doc[7].head.i) == ("VERB", 5)


# "Ses employés seront licenciés ." with the participle tagged as a noun and 'être' as its copula
LICENCIES_ROWS = [
    ("Ses", 1, "det", "DET", "son", "Number=Plur|Poss=Yes"), ("employés", 3, "nsubj", "NOUN", "employé"),
    ("seront", 3, "cop", "AUX", "être"), ("licenciés", 3, "ROOT", "NOUN", "licencié"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_participle_after_etre_tagged_as_a_noun_is_a_passive(hand_doc):
    doc = repair(hand_doc(LICENCIES_ROWS), verbs={"licencier"})
    assert (doc[3].pos_, doc[3].lemma_, doc[2].dep_, doc[1].dep_) == ("VERB", "licencier", "aux:pass", "nsubj:pass")


def test_a_noun_after_etre_that_no_verb_of_the_lexicon_spells_stays_a_noun(hand_doc):
    # "Ses employés seront délégués ." : 'déléguer' is no verb of the lexicon given
    rows = LICENCIES_ROWS[:3] + [("délégués", 3, "ROOT", "NOUN", "délégué"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"licencier"})
    assert (doc[3].pos_, doc[2].dep_) == ("NOUN", "cop")


# "La direction leur a offert une hausse ." with the dative clitic taken for a second subject
LEUR_ROWS = [
    ("La", 1, "det", "DET", "le"), ("direction", 4, "nsubj", "NOUN", "direction"), ("leur", 4, "nsubj", "PRON", "leur"),
    ("a", 4, "aux:tense", "AUX", "avoir"), ("offert", 4, "ROOT", "VERB", "offrir"), ("une", 6, "det", "DET", "un"),
    ("hausse", 4, "obj", "NOUN", "hausse"), (".", 4, "punct", "PUNCT", "."),
]


def test_a_dative_clitic_after_the_subject_is_the_indirect_object(hand_doc):
    assert repair(hand_doc(LEUR_ROWS))[2].dep_ == "iobj"


def test_a_lone_pronoun_subject_stays_the_subject(hand_doc):
    # "Eux a offert ..." is no French, but a pronoun other than 'lui' or 'leur' is left alone
    rows = list(LEUR_ROWS)
    rows[2] = ("eux", 4, "nsubj", "PRON", "eux")
    assert repair(hand_doc(rows))[2].dep_ == "nsubj"


# "X a annoncé la fermeture le 30 septembre et le licenciement ." with the second noun joined to the date
DATE_CONJ_ROWS = [
    ("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"), ("annoncé", 2, "ROOT", "VERB", "annoncer"),
    ("la", 4, "det", "DET", "le"), ("fermeture", 2, "obj", "NOUN", "fermeture"), ("le", 6, "det", "DET", "le"),
    ("30", 2, "obl:mod", "NUM", "30"), ("septembre", 6, "nmod", "NOUN", "septembre"), ("et", 10, "cc", "CCONJ", "et"),
    ("le", 10, "det", "DET", "le"), ("licenciement", 6, "conj", "NOUN", "licenciement"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_joined_to_a_date_is_the_objects_conjunct(hand_doc):
    assert repair(hand_doc(DATE_CONJ_ROWS))[10].head.i == 4


def test_a_date_joined_to_a_date_stays(hand_doc):
    # "... le 30 septembre et le 2 octobre ." : a date after 'et' is the first date's conjunct
    rows = DATE_CONJ_ROWS[:9] + [("le", 10, "det", "DET", "le"), ("2", 6, "conj", "NUM", "2"), (".", 2, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[10].head.i == 6


# "Une aide à domicile y gagne 1 450 euros ." parsed as the noun with a finite verb for its clause
AIDE_ROWS = [
    ("Une", 1, "det", "DET", "un"), ("aide", 1, "ROOT", "NOUN", "aide"), ("à", 5, "mark", "ADP", "à"),
    ("domicile", 5, "amod", "NOUN", "domicile"), ("y", 5, "expl:comp", "PRON", "y"),
    ("gagne", 1, "acl", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("1 450", 7, "nummod", "NUM", "1 450"),
    ("euros", 5, "obj", "NOUN", "euro"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_after_a_noun_and_its_complement_is_the_sentences(hand_doc):
    doc = repair(hand_doc(AIDE_ROWS))
    assert (doc[5].dep_, doc[1].dep_, doc[1].head.i, doc[3].head.i, doc[2].head.i) == ("ROOT", "nsubj", 5, 1, 3)


def test_a_finite_verb_after_a_noun_and_que_stays_its_clause(hand_doc):
    # "Une aide que ... gagne" : 'que' opens a clause of the noun
    rows = list(AIDE_ROWS)
    rows[2] = ("que", 5, "mark", "SCONJ", "que")
    assert repair(hand_doc(rows))[5].dep_ == "acl"


# "L' agence X a par ailleurs embauché deux ingénieurs ." with the participle as the noun's clause
EMBAUCHE_ROWS = [
    ("L'", 1, "det", "DET", "le"), ("agence", 1, "ROOT", "NOUN", "agence"), ("X", 1, "nmod", "PROPN", "X"),
    ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("par", 5, "case", "ADP", "par"),
    ("ailleurs", 6, "obl:mod", "ADV", "ailleurs"), ("embauché", 1, "acl", "VERB", "embaucher", "Tense=Past|VerbForm=Part"),
    ("deux", 8, "nummod", "NUM", "deux"), ("ingénieurs", 6, "obj", "NOUN", "ingénieur"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_participle_with_its_own_finite_auxiliary_after_a_noun_is_the_sentences_verb(hand_doc):
    doc = repair(hand_doc(EMBAUCHE_ROWS))
    assert (doc[6].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 6)


def test_a_participle_without_an_auxiliary_after_a_noun_stays_its_clause(hand_doc):
    # "L' agence X par ailleurs embauchée ..." : no auxiliary, the participle qualifies the noun
    rows = list(EMBAUCHE_ROWS)
    rows[3] = ("très", 5, "advmod", "ADV", "très")
    assert repair(hand_doc(rows))[6].dep_ == "acl"


# "Un horloger qualifié gagne 6 200 francs ." with the finite verb hung on the participle of the noun
HORLOGER_ROWS = [
    ("Un", 1, "det", "DET", "un"), ("horloger", 1, "ROOT", "NOUN", "horloger"),
    ("qualifié", 1, "acl", "VERB", "qualifier", "Tense=Past|VerbForm=Part"),
    ("gagne", 2, "xcomp", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("6 200", 5, "nummod", "NUM", "6 200"), ("francs", 3, "obj", "NOUN", "franc"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_on_the_participle_of_a_noun_is_the_sentences_verb(hand_doc):
    doc = repair(hand_doc(HORLOGER_ROWS))
    assert (doc[3].dep_, doc[1].dep_, doc[1].head.i, doc[2].head.i, doc[2].dep_) == ("ROOT", "nsubj", 3, 1, "acl")


def test_an_infinitive_on_the_participle_of_a_noun_stays(hand_doc):
    # "Un horloger appelé à gagner ..." : an infinitive is the participle's complement
    rows = list(HORLOGER_ROWS)
    rows[3] = ("gagner", 2, "xcomp", "VERB", "gagner", "VerbForm=Inf")
    assert repair(hand_doc(rows))[3].dep_ == "xcomp"


# "Northlake Mining a par ailleurs recruté un directeur ." with an untagged name for the root
MINING_ROWS = [
    ("Northlake", 1, "advmod", "PROPN", "Northlake"), ("Mining", 1, "ROOT", "X", "Mining"),
    ("a", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("par", 4, "case", "ADP", "par"),
    ("ailleurs", 5, "obl:mod", "ADV", "ailleurs"), ("recruté", 1, "advcl", "VERB", "recruter", "Tense=Past|VerbForm=Part"),
    ("un", 7, "det", "DET", "un"), ("directeur", 5, "obj", "NOUN", "directeur"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_tensed_verb_hung_as_the_adverbial_of_a_name_is_the_sentences(hand_doc):
    doc = repair(hand_doc(MINING_ROWS))
    assert (doc[5].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 5)


def test_a_participle_without_an_auxiliary_as_the_adverbial_of_a_name_stays(hand_doc):
    # "Northlake Mining, très recruté ..." : no finite auxiliary, no sentence of its own
    rows = list(MINING_ROWS)
    rows[2] = ("très", 5, "advmod", "ADV", "très")
    assert repair(hand_doc(rows))[5].dep_ == "advcl"


# "Le groupe utilise depuis 2024 un outil ." parsed as one phrase 'depuis 2024 un outil'
OUTIL_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("groupe", 2, "nsubj", "NOUN", "groupe"),
    ("utilise", 2, "ROOT", "VERB", "utiliser", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("depuis", 6, "case", "ADP", "depuis"), ("2024", 6, "nummod", "NUM", "2024"), ("un", 6, "det", "DET", "un"),
    ("outil", 2, "obl:mod", "NOUN", "outil"), (".", 2, "punct", "PUNCT", "."),
]


def test_an_article_after_a_number_opens_the_verbs_object(hand_doc):
    doc = repair(hand_doc(OUTIL_ROWS))
    assert (doc[6].dep_, doc[4].head.i, doc[4].dep_, doc[3].head.i) == ("obj", 2, "obl:mod", 4)


def test_an_article_before_a_number_stays_in_the_phrase(hand_doc):
    # "Le groupe travaille depuis les 2 années ..." : article, then number, one phrase
    rows = list(OUTIL_ROWS)
    rows[2] = ("travaille", 2, "ROOT", "VERB", "travailler", "Mood=Ind|Tense=Pres|VerbForm=Fin")
    rows[4], rows[5] = ("les", 6, "det", "DET", "le"), ("2", 6, "nummod", "NUM", "2")
    rows[6] = ("années", 2, "obl:mod", "NOUN", "année")
    assert repair(hand_doc(rows))[6].dep_ == "obl:mod"


# "Un poste en CDI rémunéré 45 k€ ." with the noun as the subject of the participle
POSTE_ROWS = [
    ("Un", 1, "det", "DET", "un"), ("poste", 5, "nsubj", "NOUN", "poste"), ("en", 3, "case", "ADP", "en"),
    ("CDI", 1, "nmod", "PROPN", "CDI"), ("k€", 5, "obj", "NOUN", "k€"),
    ("rémunéré", 5, "ROOT", "VERB", "rémunérer", "Tense=Past|VerbForm=Part"), (".", 5, "punct", "PUNCT", "."),
]


def test_the_subject_of_a_participle_with_no_auxiliary_is_what_it_acts_on(hand_doc):
    assert repair(hand_doc(POSTE_ROWS), etre_verbs={"partir"})[1].dep_ == "nsubj:pass"


def test_the_subject_of_a_participle_of_a_verb_taking_etre_stays(hand_doc):
    # "Un salarié parti ..." : 'partir' makes its tenses with 'être'; its subject is its doer
    rows = list(POSTE_ROWS)
    rows[5] = ("parti", 5, "ROOT", "VERB", "partir", "Tense=Past|VerbForm=Part")
    assert repair(hand_doc(rows), etre_verbs={"partir"})[1].dep_ == "nsubj"


# "Elle va confier la rédaction à un logiciel ." with 'à un logiciel' hung on the object
CONFIER_ROWS = [
    ("Elle", 2, "nsubj", "PRON", "elle"), ("va", 1, "ROOT", "VERB", "aller"), ("confier", 1, "xcomp", "VERB", "confier", "VerbForm=Inf"),
    ("la", 4, "det", "DET", "le"), ("rédaction", 2, "obj", "NOUN", "rédaction"), ("à", 7, "case", "ADP", "à"),
    ("un", 7, "det", "DET", "un"), ("logiciel", 4, "nmod", "NOUN", "logiciel"), (".", 1, "punct", "PUNCT", "."),
]


def test_an_a_phrase_on_the_object_of_a_verb_of_giving_is_the_verbs(hand_doc):
    doc = repair(hand_doc(CONFIER_ROWS), give_verbs={"confier"})
    assert (doc[7].head.i, doc[7].dep_) == (2, "obl:arg")


def test_an_a_phrase_with_no_article_on_the_object_stays_the_nouns(hand_doc):
    # "proposer une hausse à deux chiffres" : no article, it qualifies the noun
    rows = list(CONFIER_ROWS)
    rows[6] = ("deux", 7, "nummod", "NUM", "deux")
    rows[7] = ("chiffres", 4, "nmod", "NOUN", "chiffre")
    assert repair(hand_doc(rows), give_verbs={"confier"})[7].dep_ == "nmod"


def test_an_a_phrase_on_the_object_of_another_verb_stays_the_nouns(hand_doc):
    # "Elle va lire la rédaction à la lettre" : not a verb of giving
    rows = list(CONFIER_ROWS)
    rows[2] = ("lire", 1, "xcomp", "VERB", "lire", "VerbForm=Inf")
    assert repair(hand_doc(rows), give_verbs={"confier"})[7].dep_ == "nmod"


def test_the_subject_of_a_present_tense_tagged_as_a_participle_stays(hand_doc):
    # "Brenvel recrute 200 ingénieurs ." with 'recrute' tagged a participle: no -er participle ends so
    rows = [("Brenvel", 1, "nsubj", "NOUN", "brenvel"), ("recrute", 1, "ROOT", "VERB", "recruter", "Tense=Past|VerbForm=Part"),
            ("ingénieurs", 1, "obj", "NOUN", "ingénieur"), (".", 1, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows), etre_verbs={"partir"})[0].dep_ == "nsubj"


# "Les 600 ouvrières de l' usine sont en grève ." parsed as the number with an adjective
OUVRIERES_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("600", 7, "nsubj", "NUM", "600"), ("ouvrières", 1, "amod", "ADJ", "ouvrier"),
    ("de", 5, "case", "ADP", "de"), ("l'", 5, "det", "DET", "le"), ("usine", 1, "nmod", "NOUN", "usine"),
    ("sont", 7, "cop", "AUX", "être"), ("grève", 7, "ROOT", "NOUN", "grève"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_word_after_an_article_and_a_number_is_the_noun_counted(hand_doc):
    doc = repair(hand_doc(OUVRIERES_ROWS))
    assert (doc[2].dep_, doc[2].head.i, doc[2].pos_, doc[1].head.i, doc[1].dep_, doc[5].head.i, doc[0].head.i) == \
        ("nsubj", 7, "NOUN", 2, "nummod", 2, 2)


def test_an_adjective_apart_from_the_number_stays_its_qualifier(hand_doc):
    # "Les 600 de l' usine , furieuses , ..." : the adjective does not follow the number
    rows = [("Les", 1, "det", "DET", "le"), ("600", 8, "nsubj", "NUM", "600"), ("de", 4, "case", "ADP", "de"),
            ("l'", 4, "det", "DET", "le"), ("usine", 1, "nmod", "NOUN", "usine"), (",", 6, "punct", "PUNCT", ","),
            ("furieuses", 1, "amod", "ADJ", "furieux"), ("sont", 8, "cop", "AUX", "être"),
            ("grève", 8, "ROOT", "NOUN", "grève"), (".", 8, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[6].head.i, doc[6].pos_) == ("nsubj", 1, "ADJ")


# "X a condamné la maison Vartel à une amende ." cut into three roots with no punctuation between
FRAGMENT_ROWS = [
    ("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
    ("condamné", 2, "ROOT", "VERB", "condamner", "Tense=Past|VerbForm=Part"), ("la", 4, "det", "DET", "le"),
    ("maison", 2, "obj", "NOUN", "maison"), ("Vartel", 5, "ROOT", "PROPN", "Vartel"), ("à", 8, "case", "ADP", "à"),
    ("une", 8, "det", "DET", "un"), ("amende", 8, "ROOT", "NOUN", "amende"), (".", 8, "punct", "PUNCT", "."),
]


def test_fragments_after_a_verb_with_no_punctuation_are_its_complements(hand_doc):
    doc = repair(hand_doc(FRAGMENT_ROWS))
    assert (doc[5].head.i, doc[5].dep_, doc[8].head.i, doc[8].dep_) == (4, "appos", 2, "obl:arg")


def test_a_fragment_after_a_full_stop_stays_a_sentence(hand_doc):
    # "X a condamné la maison . À une amende ..." : a sentence of its own after the full stop
    rows = FRAGMENT_ROWS[:5] + [(".", 2, "punct", "PUNCT", "."), ("À", 8, "case", "ADP", "à"),
                                ("une", 8, "det", "DET", "un"), ("amende", 8, "ROOT", "NOUN", "amende")]
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (8, "ROOT")


# "X a présenté lundi un plan , que Y a rejeté ." with 'lundi' taken for an object too
PLAN_ROWS = [
    ("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
    ("présenté", 2, "ROOT", "VERB", "présenter", "Tense=Past|VerbForm=Part"), ("lundi", 2, "obj", "NOUN", "lundi"),
    ("un", 5, "det", "DET", "un"), ("plan", 2, "obj", "NOUN", "plan"), (",", 2, "punct", "PUNCT", ","),
    ("que", 10, "mark", "SCONJ", "que"), ("Y", 10, "nsubj", "PROPN", "Y"), ("a", 10, "aux:tense", "AUX", "avoir"),
    ("rejeté", 2, "ccomp", "VERB", "rejeter", "Tense=Past|VerbForm=Part"), (".", 2, "punct", "PUNCT", "."),
]


def test_que_after_the_object_right_before_the_comma_is_a_relative(hand_doc):
    doc = repair(hand_doc(PLAN_ROWS))
    assert (doc[10].head.i, doc[10].dep_, doc[7].dep_) == (5, "acl:relcl", "obj")


def test_que_after_a_comma_that_follows_no_object_stays_a_conjunction(hand_doc):
    # "X a présenté un plan lundi , que Y a rejeté ." : the object is not the word before the comma
    rows = [("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
            ("présenté", 2, "ROOT", "VERB", "présenter", "Tense=Past|VerbForm=Part"), ("un", 4, "det", "DET", "un"),
            ("plan", 2, "obj", "NOUN", "plan"), ("lundi", 2, "obl:mod", "NOUN", "lundi"), (",", 2, "punct", "PUNCT", ","),
            ("que", 10, "mark", "SCONJ", "que"), ("Y", 10, "nsubj", "PROPN", "Y"), ("a", 10, "aux:tense", "AUX", "avoir"),
            ("rejeté", 2, "ccomp", "VERB", "rejeter", "Tense=Past|VerbForm=Part"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[10].head.i, doc[10].dep_) == (2, "ccomp")


# "Les ouvrières de l' usine de Sousse , qui fabrique des jeans , observent une grève ." with the
# finite verb hung on the subject as its clause, past a relative set off by commas
OBSERVENT_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("ouvrières", 1, "ROOT", "NOUN", "ouvrière"), ("de", 4, "case", "ADP", "de"),
    ("l'", 4, "det", "DET", "le"), ("usine", 1, "nmod", "NOUN", "usine"), ("de", 6, "case", "ADP", "de"),
    ("Sousse", 4, "nmod", "PROPN", "Sousse"), (",", 6, "punct", "PUNCT", ","), ("qui", 9, "nsubj", "PRON", "qui"),
    ("fabrique", 6, "acl:relcl", "VERB", "fabriquer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("des", 11, "det", "DET", "un"), ("jeans", 9, "obj", "NOUN", "jean"), (",", 1, "punct", "PUNCT", ","),
    ("observent", 1, "acl", "VERB", "observer", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("une", 15, "det", "DET", "un"),
    ("grève", 13, "obj", "NOUN", "grève"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_after_a_subject_and_its_relative_is_the_sentences(hand_doc):
    doc = repair(hand_doc(OBSERVENT_ROWS))
    assert (doc[13].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 13)


def test_a_finite_verb_after_a_long_phrase_and_a_participle_is_the_sentences_too(hand_doc):
    # the same words with the relative replaced by a participle: past the limit of the words a
    # subject's phrase may have, the verb is still no clause of the noun (it has no relative pronoun)
    rows = list(OBSERVENT_ROWS)
    rows[8] = ("très", 9, "advmod", "ADV", "très")
    rows[9] = ("connue", 6, "acl", "VERB", "connaître", "Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[13].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 13)


def test_an_a_phrase_of_time_on_the_object_stays_the_nouns(hand_doc):
    # "Elle va confier la rédaction à la fin ..." : a when, not who receives
    rows = list(CONFIER_ROWS)
    rows[6] = ("la", 7, "det", "DET", "le")
    rows[7] = ("fin", 4, "nmod", "NOUN", "fin")
    assert repair(hand_doc(rows), {"fin"}, give_verbs={"confier"})[7].dep_ == "nmod"


# "Les enseignants , à Pau , seront en grève le 28 ." with the date for the predicate of 'être'
ETAT_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("enseignants", 1, "ROOT", "NOUN", "enseignant"), (",", 1, "punct", "PUNCT", ","),
    ("à", 4, "case", "ADP", "à"), ("Pau", 1, "nmod", "PROPN", "Pau"), (",", 10, "punct", "PUNCT", ","),
    ("seront", 10, "cop", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"), ("en", 8, "case", "ADP", "en"),
    ("grève", 6, "obl:mod", "NOUN", "grève"), ("le", 10, "det", "DET", "le"), ("28", 1, "conj", "NUM", "28"),
    ("janvier", 10, "nmod", "NOUN", "janvier"), (".", 1, "punct", "PUNCT", "."),
]


def test_the_state_after_en_is_the_predicate_and_the_date_when(hand_doc):
    doc = repair(hand_doc(ETAT_ROWS), {"janvier"})
    assert (doc[8].dep_, doc[6].head.i, doc[10].head.i, doc[10].dep_, doc[1].head.i, doc[1].dep_) == \
        ("ROOT", 8, 8, "obl:mod", 8, "nsubj")


def test_a_state_after_its_date_is_left_alone(hand_doc):
    # "Les enseignants , à Pau , seront le 28 en grève" : the copula is not followed by 'en'
    rows = list(ETAT_ROWS)
    rows[7], rows[8] = ("le", 8, "det", "DET", "le"), ("lendemain", 6, "obl:mod", "NOUN", "lendemain")
    doc = repair(hand_doc(rows), {"janvier"})
    assert (doc[10].dep_, doc[6].head.i) == ("conj", 10)


# "La société a signé mardi avec le transporteur un accord ." with the bare day as the object
DAY_OBJECT_ROWS = [
    ("La", 1, "det", "DET", "le"), ("société", 3, "nsubj", "NOUN", "société"), ("a", 3, "aux:tense", "AUX", "avoir"),
    ("signé", 3, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"), ("mardi", 3, "obj", "NOUN", "mardi"),
    ("avec", 7, "case", "ADP", "avec"), ("le", 7, "det", "DET", "le"), ("transporteur", 3, "obl:mod", "NOUN", "transporteur"),
    ("un", 9, "det", "DET", "un"), ("accord", 7, "nmod", "NOUN", "accord"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_bare_day_taken_for_the_object_is_a_date_and_the_phrase_after_the_party_the_object(hand_doc):
    doc = repair(hand_doc(DAY_OBJECT_ROWS), {"mardi"})
    assert (doc[4].dep_, doc[9].dep_, doc[9].head.i) == ("obl:mod", "obj", 3)


def test_a_noun_of_time_with_its_article_stays_the_object(hand_doc):
    # "La société a fixé la semaine ." : what is fixed is the week
    rows = [("La", 1, "det", "DET", "le"), ("société", 3, "nsubj", "NOUN", "société"), ("a", 3, "aux:tense", "AUX", "avoir"),
            ("fixé", 3, "ROOT", "VERB", "fixer", "Tense=Past|VerbForm=Part"), ("la", 5, "det", "DET", "le"),
            ("semaine", 3, "obj", "NOUN", "semaine"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), {"semaine"})
    assert doc[5].dep_ == "obj"


# "Les techniciens sont payés 900 euros ." with the sum taken for the doer
SUM_AGENT_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("techniciens", 3, "nsubj:pass", "NOUN", "technicien"),
    ("sont", 3, "aux:pass", "AUX", "être"), ("payés", 3, "ROOT", "VERB", "payer", "Tense=Past|VerbForm=Part"),
    ("900", 5, "nummod", "NUM", "900"), ("euros", 3, "obl:agent", "NOUN", "euro"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_doer_with_no_preposition_is_the_object(hand_doc):
    doc = repair(hand_doc(SUM_AGENT_ROWS))
    assert doc[5].dep_ == "obj"


def test_a_doer_after_par_stays_the_doer(hand_doc):
    # "Les techniciens sont payés par la commune ."
    rows = SUM_AGENT_ROWS[:4] + [("par", 6, "case", "ADP", "par"), ("la", 6, "det", "DET", "le"),
                                 ("commune", 3, "obl:agent", "NOUN", "commune"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ == "obl:agent"


# "L' équipe compte embaucher dix ingénieurs ." with the finite verb as an adjective of the subject
FINITE_AMOD_ROWS = [
    ("L'", 1, "det", "DET", "le"), ("équipe", 3, "nsubj", "NOUN", "équipe"),
    ("compte", 1, "amod", "VERB", "compte", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("embaucher", 3, "ROOT", "VERB", "embaucher", "VerbForm=Inf"), ("dix", 5, "nummod", "NUM", "dix"),
    ("ingénieurs", 3, "obj", "NOUN", "ingénieur"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_finite_verb_between_a_subject_and_an_infinitive_is_the_main_verb(hand_doc):
    doc = repair(hand_doc(FINITE_AMOD_ROWS))
    assert (doc[2].dep_, doc[2].lemma_, doc[1].head.i, doc[3].head.i, doc[3].dep_, doc[6].head.i) == \
        ("ROOT", "compter", 2, 2, "xcomp", 2)


def test_a_participle_qualifying_the_subject_stays_on_it(hand_doc):
    # the same words with a past participle ('Les salariés licenciés ...'): a participle qualifies nouns,
    # as a clause on the noun (the verb then acts on it)
    rows = list(FINITE_AMOD_ROWS)
    rows[2] = ("licenciée", 1, "amod", "VERB", "licencier", "Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i, doc[3].dep_) == ("acl", 1, "ROOT")


def test_a_present_participle_after_a_noun_stays_its_adjective(hand_doc):
    rows = list(FINITE_AMOD_ROWS)
    rows[2] = ("licenciant", 1, "amod", "VERB", "licencier", "Tense=Pres|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i) == ("amod", 1)


def test_a_participle_of_a_lexicon_verb_tagged_a_noun_after_its_noun_is_a_participle(hand_doc):
    # "Le collectif représente des ouvriers licenciés ." with 'licenciés' a noun on 'ouvriers'
    rows = [("Le", 1, "det", "DET", "le"), ("collectif", 2, "nsubj", "NOUN", "collectif"),
            ("représente", 2, "ROOT", "VERB", "représenter"), ("des", 4, "det", "DET", "un"),
            ("ouvriers", 2, "obj", "NOUN", "ouvrier", "Gender=Masc|Number=Plur"),
            ("licenciés", 4, "nmod", "NOUN", "licencié", "Gender=Masc|Number=Plur"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"licencier"})
    assert (doc[5].pos_, doc[5].lemma_, doc[5].dep_) == ("VERB", "licencier", "acl")
    # a verb the lexicon does not know leaves the noun alone
    doc = repair(hand_doc(rows), verbs={"embaucher"})
    assert (doc[5].pos_, doc[5].dep_) == ("NOUN", "nmod")


# "Les infirmières seront en grève illimitée ." with the adjective as the predicate
STATE_ADJ_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("infirmières", 5, "nsubj", "NOUN", "infirmière", "Gender=Fem|Number=Plur"),
    ("seront", 5, "cop", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"), ("en", 4, "case", "ADP", "en"),
    ("grève", 2, "obl:mod", "NOUN", "grève", "Gender=Fem|Number=Sing"),
    ("illimitée", 5, "ROOT", "ADJ", "illimité", "Gender=Fem|Number=Sing"), (".", 5, "punct", "PUNCT", "."),
]


def test_an_adjective_after_the_state_after_en_qualifies_it(hand_doc):
    doc = repair(hand_doc(STATE_ADJ_ROWS))
    assert (doc[4].dep_, doc[5].head.i, doc[5].dep_, doc[1].head.i, doc[2].head.i) == ("ROOT", 4, "amod", 4, 4)


def test_an_adjective_that_does_not_agree_with_the_state_stays_the_predicate(hand_doc):
    # "Les infirmières seront en congé inquiètes ." : 'inquiètes' says how the nurses are
    rows = list(STATE_ADJ_ROWS)
    rows[4] = ("congé", 2, "obl:mod", "NOUN", "congé", "Gender=Masc|Number=Sing")
    rows[5] = ("inquiètes", 5, "ROOT", "ADJ", "inquiet", "Gender=Fem|Number=Plur")
    doc = repair(hand_doc(rows))
    assert (doc[5].dep_, doc[4].head.i) == ("ROOT", 2)


# "Le projet , que l' association conteste , démarre ." with the relative's verb tagged a noun
RELATIVE_NOUN_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("projet", 8, "nsubj", "NOUN", "projet"), (",", 1, "punct", "PUNCT", ","),
    ("que", 6, "mark", "SCONJ", "que"), ("l'", 5, "det", "DET", "le"), ("association", 6, "nsubj", "NOUN", "association"),
    ("conteste", 1, "acl:relcl", "NOUN", "conteste"), (",", 1, "punct", "PUNCT", ","),
    ("démarre", 8, "ROOT", "VERB", "démarrer"), (".", 8, "punct", "PUNCT", "."),
]


def test_a_relative_clause_head_with_a_subject_is_its_verb(hand_doc):
    doc = repair(hand_doc(RELATIVE_NOUN_ROWS))
    assert (doc[6].pos_, doc[6].lemma_, doc[3].dep_) == ("VERB", "contester", "obj")


def test_a_relative_clause_head_with_its_article_stays_a_noun(hand_doc):
    # "Le projet , dont l' association est la cible , démarre ." : 'cible' is the predicate noun
    rows = [("Le", 1, "det", "DET", "le"), ("projet", 10, "nsubj", "NOUN", "projet"), (",", 1, "punct", "PUNCT", ","),
            ("dont", 8, "nmod", "PRON", "dont"), ("l'", 5, "det", "DET", "le"),
            ("association", 8, "nsubj", "NOUN", "association"), ("est", 8, "cop", "AUX", "être"),
            ("la", 8, "det", "DET", "le"), ("cible", 1, "acl:relcl", "NOUN", "cible"), (",", 1, "punct", "PUNCT", ","),
            ("démarre", 10, "ROOT", "VERB", "démarrer"), (".", 10, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].pos_, doc[8].lemma_) == ("NOUN", "cible")


def test_an_adjective_after_the_state_after_en_qualifies_it_with_etre_taken_for_a_tense(hand_doc):
    # the same sentence with 'seront' taken for the auxiliary of a tense of the adjective
    rows = list(STATE_ADJ_ROWS)
    rows[2] = ("seront", 5, "aux:tense", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin")
    doc = repair(hand_doc(rows))
    assert (doc[4].dep_, doc[5].dep_, doc[2].head.i, doc[2].dep_) == ("ROOT", "amod", 4, "cop")


def test_an_auxiliary_of_a_participle_stays_when_no_state_comes_before(hand_doc):
    # "Les infirmières seront payées ." : a passive, no 'en' phrase
    rows = [("Les", 1, "det", "DET", "le"), ("infirmières", 3, "nsubj", "NOUN", "infirmière", "Gender=Fem|Number=Plur"),
            ("seront", 3, "aux:tense", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("payées", 3, "ROOT", "ADJ", "payé", "Gender=Fem|Number=Plur"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[2].dep_) == ("ROOT", "aux:tense")


# "Les élus ont rejeté ce budget ." with the object taken for an adjunct
ADJUNCT_OBJECT_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("élus", 3, "nsubj", "NOUN", "élu"), ("ont", 3, "aux:tense", "AUX", "avoir"),
    ("rejeté", 3, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"), ("ce", 5, "det", "DET", "ce"),
    ("budget", 3, "obl:mod", "NOUN", "budget"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_right_after_an_active_verb_with_no_preposition_is_its_object(hand_doc):
    doc = repair(hand_doc(ADJUNCT_OBJECT_ROWS), {"nuit"})
    assert doc[5].dep_ == "obj"
    # "Les élus cherchent des conducteurs ." with the object after 'des' taken for the verb's argument
    rows = list(ADJUNCT_OBJECT_ROWS)
    rows[4], rows[5] = ("des", 5, "det", "DET", "un"), ("conducteurs", 3, "obl:arg", "NOUN", "conducteur")
    assert repair(hand_doc(rows), {"nuit"})[5].dep_ == "obj"


def test_a_noun_of_time_right_after_a_verb_stays_an_adjunct(hand_doc):
    # "Les élus ont travaillé la nuit ."
    rows = list(ADJUNCT_OBJECT_ROWS)
    rows[3] = ("travaillé", 3, "ROOT", "VERB", "travailler", "Tense=Past|VerbForm=Part")
    rows[4], rows[5] = ("la", 5, "det", "DET", "le"), ("nuit", 3, "obl:mod", "NOUN", "nuit")
    doc = repair(hand_doc(rows), {"nuit"})
    assert doc[5].dep_ == "obl:mod"


# "Les apprenties inscrites à ce cursus touchent une prime ." parsed as two sentences
PARTICIPLE_ROOT_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("apprenties", 2, "nsubj", "ADJ", "apprenti"),
    ("inscrites", 2, "ROOT", "VERB", "inscrire", "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part"),
    ("à", 5, "case", "ADP", "à"), ("ce", 5, "det", "DET", "ce"), ("cursus", 2, "obl:mod", "NOUN", "cursus"),
    ("touchent", 6, "ROOT", "VERB", "toucher", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("une", 8, "det", "DET", "un"), ("prime", 6, "obj", "NOUN", "prime"), (".", 6, "punct", "PUNCT", "."),
]


def test_a_participle_root_before_a_verb_with_no_subject_qualifies_the_verbs_subject(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_ROOT_ROWS))
    assert (doc[1].head.i, doc[1].dep_, doc[1].pos_, doc[2].head.i, doc[2].dep_) == (6, "nsubj", "NOUN", 1, "acl")


def test_a_participle_root_ending_its_sentence_stays_a_root(hand_doc):
    # "Les apprenties inscrites à ce cursus . Touchent ..." : a full stop between
    rows = _inserted(PARTICIPLE_ROOT_ROWS, 6, (".", 2, "punct", "PUNCT", "."))
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[1].head.i) == ("ROOT", 2)


# "Brenvel , racheté par Ardal , a signé un accord ." cut into three sentences by the parser
INCISE_ROWS = [
    ("Brenvel", 0, "ROOT", "PROPN", "Brenvel"), (",", 1, "ROOT", "PUNCT", ","),
    ("racheté", 1, "dep", "VERB", "racheter", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 4, "case", "ADP", "par"), ("Ardal", 2, "obl:agent", "PROPN", "Ardal"), (",", 7, "punct", "PUNCT", ","),
    ("a", 7, "aux:tense", "AUX", "avoir"), ("signé", 7, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    ("un", 9, "det", "DET", "un"), ("accord", 7, "obj", "NOUN", "accord"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_name_cut_off_by_a_participle_between_commas_is_the_verbs_subject(hand_doc):
    doc = repair(hand_doc(INCISE_ROWS))
    assert (doc[0].head.i, doc[0].dep_, doc[2].head.i, doc[2].dep_) == (7, "nsubj", 0, "acl")


def test_a_name_before_a_list_stays_where_it_is(hand_doc):
    # "Brenvel , Ardal et Orvane ont signé un accord ." : no participle after the comma
    rows = [("Brenvel", 0, "ROOT", "PROPN", "Brenvel"), (",", 2, "punct", "PUNCT", ","),
            ("Ardal", 0, "conj", "PROPN", "Ardal"), ("et", 4, "cc", "CCONJ", "et"), ("Orvane", 0, "conj", "PROPN", "Orvane"),
            ("ont", 6, "aux:tense", "AUX", "avoir"), ("signé", 6, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
            (".", 6, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[0].dep_, doc[0].head.i) == ("ROOT", 0)


# "La coopérative , réputée pour ses fromages , achète un robot ." with the noun as the root
# and the verb hung on it as its adnominal clause
FINITE_ACL_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"), ("coopérative", 1, "ROOT", "NOUN", "coopérative", "Gender=Fem|Number=Sing"),
    (",", 1, "punct", "PUNCT", ","),
    ("réputée", 1, "acl", "VERB", "réputer", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("pour", 6, "case", "ADP", "pour"), ("ses", 6, "det", "DET", "son"), ("fromages", 3, "obl:mod", "NOUN", "fromage"),
    (",", 1, "punct", "PUNCT", ","),
    ("achète", 1, "acl", "VERB", "acheter", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("un", 10, "det", "DET", "un"), ("robot", 8, "obj", "NOUN", "robot"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_hung_on_a_root_noun_with_no_relative_is_the_nouns_verb(hand_doc):
    doc = repair(hand_doc(FINITE_ACL_ROWS))
    assert (doc[8].dep_, doc[1].head.i, doc[1].dep_, doc[11].head.i) == ("ROOT", 8, "nsubj", 8)


# "Dès l' aube , Orvel avait cédé ses parts ." with the verb hung on the fronted adjunct
FRONTED_ADJUNCT_ROWS = [
    ("Dès", 2, "case", "ADP", "dès"), ("l'", 2, "det", "DET", "le", "Definite=Def"),
    ("aube", 2, "ROOT", "NOUN", "aube", "Gender=Fem|Number=Sing"), (",", 2, "punct", "PUNCT", ","),
    ("Orvel", 2, "nmod", "PROPN", "Orvel"),
    ("avait", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin"),
    ("cédé", 2, "acl", "VERB", "céder", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("ses", 8, "det", "DET", "son"), ("parts", 6, "obj", "NOUN", "part"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_tensed_verb_hung_on_a_fronted_adjunct_takes_the_name_after_the_comma_as_subject(hand_doc):
    doc = repair(hand_doc(FRONTED_ADJUNCT_ROWS))
    assert (doc[6].dep_, doc[4].head.i, doc[4].dep_, doc[2].head.i, doc[2].dep_) == ("ROOT", 6, "nsubj", 6, "obl:mod")


def test_a_tensed_verb_on_a_fronted_adjunct_with_no_noun_after_the_comma_stays(hand_doc):
    # "Dès l' aube , avait cédé ses parts ." : no subject to be found, the parse is left alone
    rows = [r for i, r in enumerate(FRONTED_ADJUNCT_ROWS) if i != 4]
    rows = [(w, h - 1 if h > 4 else h, *rest) for (w, h, *rest) in rows]
    doc = repair(hand_doc(rows))
    assert (doc[5].dep_, doc[5].head.i) == ("acl", 2)


def test_a_finite_verb_after_a_relative_pronoun_stays_the_nouns_clause(hand_doc):
    # "Les fromages qu' achète la coopérative ." with the subject after the verb taken for its object
    rows = [("Les", 1, "det", "DET", "le", "Definite=Def"), ("fromages", 1, "ROOT", "NOUN", "fromage", "Number=Plur"),
            ("qu'", 3, "obj", "PRON", "que", "PronType=Rel"),
            ("achète", 1, "acl", "VERB", "acheter", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
            ("la", 5, "det", "DET", "le", "Definite=Def"), ("coopérative", 3, "obj", "NOUN", "coopérative"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    # (a relative clause of the noun, its subject after the verb)
    assert (doc[1].dep_, doc[3].dep_, doc[3].head.i, doc[5].dep_) == ("ROOT", "acl:relcl", 1, "nsubj")


# "La régie a versé aux guides un forfait ." with 'guides' taken for an adjective of 'forfait'
ADJECTIVE_BEFORE_ARTICLE_ROWS = [
    ("La", 1, "det", "DET", "le"), ("régie", 3, "nsubj", "NOUN", "régie"), ("a", 3, "aux:tense", "AUX", "avoir"),
    ("versé", 3, "ROOT", "VERB", "verser", "Tense=Past|VerbForm=Part"), ("aux", 7, "case", "ADP", "à"),
    ("guides", 7, "amod", "ADJ", "guide", "Number=Plur"), ("un", 7, "det", "DET", "un", "Definite=Ind"),
    ("forfait", 3, "obl:arg", "NOUN", "forfait"), (".", 3, "punct", "PUNCT", "."),
]


def test_an_adjective_before_its_nouns_article_is_a_noun_and_the_phrase_after_the_object(hand_doc):
    doc = repair(hand_doc(ADJECTIVE_BEFORE_ARTICLE_ROWS))
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.i, doc[4].head.i) == ("NOUN", "obl:arg", 3, 5)
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 3)


def test_an_adjective_after_its_nouns_article_stays(hand_doc):
    # "La régie a versé à un grand forfait": the article comes first
    rows = [("La", 1, "det", "DET", "le"), ("régie", 3, "nsubj", "NOUN", "régie"), ("a", 3, "aux:tense", "AUX", "avoir"),
            ("versé", 3, "ROOT", "VERB", "verser", "Tense=Past|VerbForm=Part"), ("à", 7, "case", "ADP", "à"),
            ("un", 7, "det", "DET", "un", "Definite=Ind"), ("grand", 7, "amod", "ADJ", "grand"),
            ("forfait", 3, "obl:arg", "NOUN", "forfait"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[6].pos_, doc[6].dep_, doc[7].dep_) == ("ADJ", "amod", "obl:arg")


# "La Sotrel , filiale du groupe danois Vinter Holm , a été condamnée ." with the unknown name cut
# into roots of its own (the first taken for an adverb) and the subject cut off by the apposition
CUT_NAME_ROWS = [
    ("La", 1, "det", "DET", "le"), ("Sotrel", 1, "ROOT", "PROPN", "Sotrel"), (",", 1, "punct", "PUNCT", ","),
    ("filiale", 1, "appos", "NOUN", "filiale"), ("du", 5, "case", "ADP", "de"), ("groupe", 3, "nmod", "NOUN", "groupe"),
    ("danois", 5, "amod", "ADJ", "danois"), ("Vinter", 7, "ROOT", "ADV", "vinter"), ("Holm", 8, "ROOT", "PROPN", "Holm"),
    (",", 12, "punct", "PUNCT", ","), ("a", 12, "aux:tense", "AUX", "avoir"), ("été", 12, "aux:pass", "AUX", "être"),
    ("condamnée", 12, "ROOT", "VERB", "condamner", "Tense=Past|VerbForm=Part|Voice=Pass"), (".", 12, "punct", "PUNCT", "."),
]


def test_capitalised_roots_after_a_noun_and_its_adjective_are_the_nouns_name(hand_doc):
    doc = repair(hand_doc(CUT_NAME_ROWS))
    assert (doc[7].pos_, doc[7].dep_, doc[7].head.i) == ("PROPN", "appos", 5)
    assert (doc[8].dep_, doc[8].head.i) == ("flat:name", 7)


def test_a_name_set_off_by_its_apposition_is_the_passive_verbs_subject(hand_doc):
    doc = repair(hand_doc(CUT_NAME_ROWS))
    assert (doc[1].dep_, doc[1].head.i, doc[3].dep_, doc[3].head.i) == ("nsubj:pass", 12, "appos", 1)


def test_a_capitalised_root_after_a_full_stop_stays_a_sentence(hand_doc):
    # "Les salariés du groupe . Demain , ils ..." : a new sentence, not a name
    rows = [("Les", 1, "det", "DET", "le"), ("salariés", 1, "ROOT", "NOUN", "salarié"), ("du", 3, "case", "ADP", "de"),
            ("groupe", 1, "nmod", "NOUN", "groupe"), (".", 1, "punct", "PUNCT", "."),
            ("Demain", 5, "ROOT", "ADV", "demain"), (",", 5, "punct", "PUNCT", ",")]
    doc = repair(hand_doc(rows))
    assert (doc[5].dep_, doc[5].pos_) == ("ROOT", "ADV")
    # a capitalised word with words of its own is no fragment of a name
    rows = [("Le", 1, "det", "DET", "le"), ("cabinet", 1, "ROOT", "NOUN", "cabinet"),
            ("Paris", 2, "ROOT", "PROPN", "Paris"), ("Nord", 2, "flat:name", "PROPN", "Nord")]
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i) == ("ROOT", 2)


# "La mairie accorde une hausse de 3 % et une prime ." with the prime joined to the measure
MEASURE_CONJ_ROWS = [
    ("La", 1, "det", "DET", "le"), ("mairie", 2, "nsubj", "NOUN", "mairie"), ("accorde", 2, "ROOT", "VERB", "accorder"),
    ("une", 4, "det", "DET", "un"), ("hausse", 2, "obj", "NOUN", "hausse"), ("de", 7, "case", "ADP", "de"),
    ("3", 7, "nummod", "NUM", "3"), ("%", 4, "nmod", "NOUN", "pourcent"), ("et", 10, "cc", "CCONJ", "et"),
    ("une", 10, "det", "DET", "un"), ("prime", 7, "conj", "NOUN", "prime"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_phrase_with_its_article_joined_to_a_measure_joins_the_noun_measured(hand_doc):
    doc = repair(hand_doc(MEASURE_CONJ_ROWS))
    assert (doc[10].dep_, doc[10].head.i) == ("conj", 4)


def test_a_phrase_with_its_article_joined_to_a_complement_with_no_measure_stays(hand_doc):
    # "La mairie accorde une hausse de salaire mensuel et une prime ." : no number, the parser's choice stays
    rows = list(MEASURE_CONJ_ROWS)
    rows[5] = ("de", 6, "case", "ADP", "de")
    rows[6] = ("salaire", 4, "nmod", "NOUN", "salaire")
    rows[7] = ("mensuel", 6, "amod", "ADJ", "mensuel")
    rows[10] = ("prime", 6, "conj", "NOUN", "prime")
    doc = repair(hand_doc(rows))
    assert (doc[10].dep_, doc[10].head.i) == ("conj", 6)


# "Les ouvriers de la scierie Vanel ont débrayé ." with the name hung on 'ouvriers'
NAME_AFTER_NOUN_ROWS = [
    ("Les", 1, "det", "DET", "le"), ("ouvriers", 6, "nsubj", "NOUN", "ouvrier"), ("de", 4, "case", "ADP", "de"),
    ("la", 4, "det", "DET", "le"), ("scierie", 1, "nmod", "NOUN", "scierie"), ("Vanel", 1, "nmod", "PROPN", "Vanel"),
    ("débrayé", 6, "ROOT", "VERB", "débrayer"), (".", 6, "punct", "PUNCT", "."),
]


def test_a_name_right_after_a_noun_names_that_noun(hand_doc):
    doc = repair(hand_doc(NAME_AFTER_NOUN_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("appos", 4)


def test_a_name_after_de_stays_the_complement_of_its_head(hand_doc):
    # "Les ouvriers de Vanel ont débrayé ." : 'de Vanel' is the workers'
    rows = [("Les", 1, "det", "DET", "le"), ("ouvriers", 4, "nsubj", "NOUN", "ouvrier"), ("de", 3, "case", "ADP", "de"),
            ("Vanel", 1, "nmod", "PROPN", "Vanel"), ("débrayé", 4, "ROOT", "VERB", "débrayer"), (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[3].head.i) == ("nmod", 1)


# "Les 90 ouvriers de l' usine Vanel , l' un des premiers employeurs de la ville , ont débrayé ."
# with 'l'un des ...' taken for the subject and the workers for an adjunct
ONE_OF_ROWS = [
    ("Les", 2, "det", "DET", "le"), ("90", 2, "nummod", "NUM", "90"), ("ouvriers", 17, "obl:mod", "NOUN", "ouvrier"),
    ("de", 5, "case", "ADP", "de"), ("l'", 5, "det", "DET", "le"), ("usine", 2, "nmod", "NOUN", "usine"),
    ("Vanel", 5, "appos", "PROPN", "Vanel"), (",", 17, "punct", "PUNCT", ","), ("l'", 9, "det", "DET", "le"),
    ("un", 17, "nsubj", "PRON", "un"), ("des", 12, "case", "ADP", "de"), ("premiers", 12, "amod", "ADJ", "premier"),
    ("employeurs", 9, "nmod", "NOUN", "employeur"), ("de", 15, "case", "ADP", "de"), ("la", 15, "det", "DET", "le"),
    ("ville", 12, "nmod", "NOUN", "ville"), (",", 17, "punct", "PUNCT", ","),
    ("débrayé", 17, "ROOT", "VERB", "débrayer"), (".", 17, "punct", "PUNCT", "."),
]


def test_one_of_a_group_between_commas_describes_the_name_and_the_phrase_before_is_the_subject(hand_doc):
    doc = repair(hand_doc(ONE_OF_ROWS))
    assert (doc[2].dep_, doc[9].dep_, doc[9].head.i) == ("nsubj", "appos", 5)


def test_one_of_a_group_with_no_phrase_before_stays_the_subject(hand_doc):
    # "L' un des syndicats a signé ." : nothing before it
    rows = [("L'", 1, "det", "DET", "le"), ("un", 5, "nsubj", "PRON", "un"), ("des", 3, "case", "ADP", "de"),
            ("syndicats", 1, "nmod", "NOUN", "syndicat"), ("a", 5, "aux:tense", "AUX", "avoir"),
            ("signé", 5, "ROOT", "VERB", "signer"), (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 5)


def test_an_a_phrase_on_the_object_stays_the_nouns_when_a_clitic_says_who_receives(hand_doc):
    # "Elle va lui accorder une aide à l' export ." : the clitic receives, 'à l'export' is the aid's
    rows = [("Elle", 3, "nsubj", "PRON", "elle"), ("va", 1, "ROOT", "VERB", "aller"), ("lui", 3, "iobj", "PRON", "lui"),
            ("accorder", 1, "xcomp", "VERB", "accorder", "VerbForm=Inf"), ("une", 5, "det", "DET", "un"),
            ("aide", 3, "obj", "NOUN", "aide"), ("à", 8, "case", "ADP", "à"), ("l'", 8, "det", "DET", "le"),
            ("export", 5, "nmod", "NOUN", "export"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), give_verbs={"accorder"})
    assert (doc[8].head.i, doc[8].dep_) == (5, "nmod")


# "La ville versera en outre une prime ." with 'en outre' taken for the preposition of 'une prime'
LOCUTION_ROWS = [
    ("La", 1, "det", "DET", "le"), ("ville", 2, "nsubj", "NOUN", "ville"), ("versera", 2, "ROOT", "VERB", "verser"),
    ("en", 6, "case", "ADP", "en"), ("outre", 3, "fixed", "ADP", "outre"), ("une", 6, "det", "DET", "un"),
    ("prime", 2, "obl:arg", "NOUN", "prime"), (".", 2, "punct", "PUNCT", "."),
]


def test_an_adverbial_locution_before_an_article_is_an_adverb_and_the_phrase_the_object(hand_doc):
    doc = repair(hand_doc(LOCUTION_ROWS))
    assert (doc[3].dep_, doc[3].head.i, doc[6].dep_) == ("advmod", 2, "obj")


def test_a_preposition_of_two_words_before_an_article_stays(hand_doc):
    # "La ville versera grâce à une prime ..." : 'grâce à' is a preposition, no adverb
    rows = list(LOCUTION_ROWS)
    rows[3] = ("grâce", 6, "case", "NOUN", "grâce")
    rows[4] = ("à", 3, "fixed", "ADP", "à")
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[6].dep_) == ("case", "obl:arg")


# "La régie compte recruter dix guides ." with 'compte' taken for a noun of the subject
BARE_NOUN_INFINITIVE_ROWS = [
    ("La", 1, "det", "DET", "le"), ("régie", 3, "nsubj", "NOUN", "régie"), ("compte", 1, "nmod", "NOUN", "compte"),
    ("recruter", 3, "ROOT", "VERB", "recruter", "VerbForm=Inf"), ("dix", 5, "nummod", "NUM", "dix"),
    ("guides", 3, "obj", "NOUN", "guide"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_bare_noun_between_a_subject_and_its_infinitive_is_the_finite_verb(hand_doc):
    doc = repair(hand_doc(BARE_NOUN_INFINITIVE_ROWS))
    assert (doc[2].pos_, doc[2].dep_, doc[1].head.i, doc[3].dep_, doc[3].head.i) == ("VERB", "ROOT", 2, "xcomp", 2)
    assert doc[2].lemma_ == "compter"


def test_a_noun_with_its_article_before_an_infinitive_stays(hand_doc):
    # "La régie , le compte ..." : a noun with words of its own is no verb
    rows = list(BARE_NOUN_INFINITIVE_ROWS)
    rows[2] = ("compte", 1, "nmod", "NOUN", "compte")
    rows = _inserted(rows, 2, ("son", 3, "det", "DET", "son"))
    doc = repair(hand_doc(rows))
    assert (doc[3].pos_, doc[4].dep_) == ("NOUN", "ROOT")


def test_a_bare_noun_root_with_an_infinitive_and_the_subject_as_its_adjective_is_the_verb(hand_doc):
    # "La régie compte recruter dix guides ." with 'régie' an adjective of 'compte', the root
    rows = [("La", 1, "det", "DET", "le"), ("régie", 2, "amod", "NOUN", "régie"), ("compte", 2, "ROOT", "NOUN", "compte"),
            ("recruter", 2, "xcomp", "VERB", "recruter", "VerbForm=Inf"), ("dix", 5, "nummod", "NUM", "dix"),
            ("guides", 3, "obj", "NOUN", "guide"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[2].pos_, doc[1].dep_, doc[2].lemma_) == ("VERB", "nsubj", "compter")
    # "Le compte rendu ..." : 'compte' with its own article stays a noun
    rows[0], rows[1] = ("Le", 2, "det", "DET", "le"), ("nouveau", 2, "amod", "ADJ", "nouveau")
    doc = repair(hand_doc(rows))
    assert doc[2].pos_ == "NOUN"


# "La régie leur a d' abord offert 70 euros ." with the subject, the clitic (as an object) and the
# auxiliary hung on the 'd'' of 'd'abord'
LOCUTION_HOLDS_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("régie", 4, "nsubj", "NOUN", "régie", "Gender=Fem|Number=Sing"),
    ("leur", 4, "obj", "PRON", "leur", "Number=Plur|Person=3"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("d'", 6, "advmod", "ADP", "de"),
    ("abord", 4, "fixed", "ADV", "abord"),
    ("offert", 6, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
    ("70", 8, "nummod", "NUM", "70", "NumType=Card"),
    ("euros", 6, "obj", "NOUN", "euro", "Number=Plur"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_what_hangs_on_an_adverbial_locution_is_its_verbs_and_leur_is_the_indirect_object(hand_doc):
    doc = repair(hand_doc(LOCUTION_HOLDS_ROWS))
    assert [(t.head.i, t.dep_) for t in doc[1:4]] == [(6, "nsubj"), (6, "iobj"), (6, "aux:tense")]
    assert doc[5].head.i == 4 and doc[5].dep_ == "fixed"  # the locution keeps its own word


def test_an_adverbial_locution_that_governs_nothing_is_left_alone(hand_doc):
    # "La régie a d' abord offert 70 euros ." parsed right
    rows = [LOCUTION_HOLDS_ROWS[0], ("régie", 5, "nsubj", "NOUN", "régie", "Gender=Fem|Number=Sing"),
            ("a", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("d'", 5, "advmod", "ADP", "de"), ("abord", 3, "fixed", "ADV", "abord"),
            ("offert", 5, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
            ("70", 7, "nummod", "NUM", "70", "NumType=Card"), ("euros", 5, "obj", "NOUN", "euro", "Number=Plur"),
            (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert [(t.head.i, t.dep_) for t in doc] == [(1, "det"), (5, "nsubj"), (5, "aux:tense"), (5, "advmod"), (3, "fixed"),
                                                 (5, "ROOT"), (7, "nummod"), (5, "obj"), (5, "punct")]


def _repaired_with_verbs(hand_doc, rows, verbs):
    return repair(hand_doc(rows), verbs=frozenset(verbs))


# "La mutuelle a obtenu de la banque un prêt ." with 'un prêt' hung on 'banque' as an adjective
NOUN_AS_ADJECTIVE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mutuelle", 3, "nsubj", "NOUN", "mutuelle", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("obtenu", 3, "ROOT", "VERB", "obtenir", "Tense=Past|VerbForm=Part"),
    ("de", 6, "case", "ADP", "de"),
    ("la", 6, "det", "DET", "le", "Definite=Def"),
    ("banque", 3, "obl:arg", "NOUN", "banque", "Gender=Fem|Number=Sing"),
    ("un", 8, "det", "DET", "un", "Definite=Ind"),
    ("prêt", 6, "amod", "NOUN", "prêt", "Gender=Masc|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_its_article_taken_for_an_adjective_is_the_verbs_object(hand_doc):
    doc = repair(hand_doc(NOUN_AS_ADJECTIVE_ROWS))
    assert (doc[8].head.i, doc[8].dep_) == (3, "obj")


def test_a_noun_with_its_article_stays_when_the_verb_has_an_object(hand_doc):
    # "La mutuelle a obtenu un accord de la banque un prêt ." is no sentence; with an object already
    # ("a obtenu l' accord de la banque ...") the parser's choice stays
    rows = NOUN_AS_ADJECTIVE_ROWS[:4] + [("l'", 5, "det", "DET", "le", "Definite=Def"),
                                         ("accord", 3, "obj", "NOUN", "accord", "Gender=Masc|Number=Sing"),
                                         ("de", 8, "case", "ADP", "de"), ("la", 8, "det", "DET", "le", "Definite=Def"),
                                         ("banque", 3, "obl:arg", "NOUN", "banque", "Gender=Fem|Number=Sing"),
                                         ("un", 10, "det", "DET", "un", "Definite=Ind"),
                                         ("prêt", 8, "amod", "NOUN", "prêt", "Gender=Masc|Number=Sing"),
                                         (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[10].head.i, doc[10].dep_) == (8, "amod")


# "La scierie va licencier 12 de ses ouvriers ." with 'licencier' tagged a noun
INFINITIVE_AS_NOUN_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("scierie", 2, "nsubj", "NOUN", "scierie", "Gender=Fem|Number=Sing"),
    ("va", 2, "ROOT", "VERB", "aller", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("licencier", 2, "xcomp", "NOUN", "licencier", "Gender=Masc|Number=Sing"),
    ("12", 3, "nummod", "NUM", "12", "NumType=Card"),
    ("de", 7, "case", "ADP", "de"),
    ("ses", 7, "det", "DET", "son", "Poss=Yes"),
    ("ouvriers", 3, "obl:arg", "NOUN", "ouvrier", "Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_an_infinitive_of_the_lexicon_tagged_a_noun_is_the_verb_and_its_count_the_object(hand_doc):
    doc = _repaired_with_verbs(hand_doc, INFINITIVE_AS_NOUN_ROWS, {"licencier"})
    assert doc[3].pos_ == "VERB" and doc[3].morph.get("VerbForm") == ["Inf"]
    assert (doc[4].dep_, doc[7].head.i, doc[7].dep_) == ("obj", 4, "nmod")


def test_a_word_no_verb_spells_or_with_its_article_stays_a_noun(hand_doc):
    doc = _repaired_with_verbs(hand_doc, INFINITIVE_AS_NOUN_ROWS, {"embaucher"})
    assert doc[3].pos_ == "NOUN"
    # "La scierie va devenir le licencier ." (a word with its article is a noun, whatever it spells)
    rows = INFINITIVE_AS_NOUN_ROWS[:3] + [("le", 4, "det", "DET", "le", "Definite=Def"),
                                          ("licencier", 2, "xcomp", "NOUN", "licencier", "Number=Sing"),
                                          (".", 2, "punct", "PUNCT", ".")]
    doc = _repaired_with_verbs(hand_doc, rows, {"licencier"})
    assert doc[4].pos_ == "NOUN"


# "Un vitrier confirmé gagne 2 000 euros ." with the finite verb hung on the participle
PARTICIPLE_OVER_VERB_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("vitrier", 2, "nsubj", "NOUN", "vitrier", "Gender=Masc|Number=Sing"),
    ("confirmé", 2, "ROOT", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
    ("gagne", 2, "xcomp", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("2000", 5, "nummod", "NUM", "2000", "NumType=Card"),
    ("euros", 3, "obj", "NOUN", "euro", "Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_a_finite_verb_hung_on_a_participle_root_is_the_clauses_and_the_participle_qualifies(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_OVER_VERB_ROWS))
    assert (doc[3].dep_, doc[1].head.i, doc[1].dep_, doc[2].head.i, doc[2].dep_) == ("ROOT", 3, "nsubj", 1, "acl")
    assert doc[6].head.i == 3  # the full stop ends the verb's sentence


def test_a_participle_root_with_an_auxiliary_keeps_its_clause(hand_doc):
    # "Un vitrier a confirmé gagne ..." is no French; with an auxiliary the participle is the verb
    rows = [PARTICIPLE_OVER_VERB_ROWS[0], ("vitrier", 3, "nsubj", "NOUN", "vitrier", "Gender=Masc|Number=Sing"),
            ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("confirmé", 3, "ROOT", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
            ("gagne", 3, "xcomp", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "ROOT" and doc[4].head.i == 3


# "Un soudeur touche 4100 francs ." with 'touche' an adjective of the subject and no verb at all
VERBLESS_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("soudeur", 1, "ROOT", "NOUN", "soudeur", "Gender=Masc|Number=Sing"),
    ("touche", 1, "amod", "ADJ", "touche", "Number=Sing"),
    ("4100", 4, "nummod", "NUM", "4100", "NumType=Card"),
    ("francs", 1, "nmod", "NOUN", "franc", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_verb_form_after_the_subject_of_a_verbless_sentence_is_its_verb(hand_doc):
    doc = _repaired_with_verbs(hand_doc, VERBLESS_ROWS, {"toucher"})
    assert (doc[2].pos_, doc[2].dep_, doc[2].lemma_) == ("VERB", "ROOT", "toucher")
    assert (doc[1].head.i, doc[1].dep_, doc[4].head.i, doc[4].dep_) == (2, "nsubj", 2, "obj")


def test_a_title_with_nothing_after_the_adjective_or_a_sentence_with_a_verb_keeps_its_parse(hand_doc):
    # "Une offre ferme ." : nothing follows the word
    rows = [("Une", 1, "det", "DET", "un", "Definite=Ind"), ("offre", 1, "ROOT", "NOUN", "offre", "Number=Sing"),
            ("ferme", 1, "amod", "ADJ", "ferme", "Number=Sing"), (".", 1, "punct", "PUNCT", ".")]
    doc = _repaired_with_verbs(hand_doc, rows, {"fermer"})
    assert doc[2].pos_ == "ADJ" and doc[1].dep_ == "ROOT"
    # "Un soudeur touche 4100 francs ." where the word spells no verb of the lexicon
    doc = _repaired_with_verbs(hand_doc, VERBLESS_ROWS, {"verser"})
    assert doc[2].pos_ == "ADJ" and doc[1].dep_ == "ROOT"


# "Une dizaine de soudeuses ont cessé ." with the noun tagged an adjective
ADJ_WITH_CASE_ROWS = [
    ("Une", 1, "det", "DET", "un", "Definite=Ind"),
    ("dizaine", 5, "nsubj", "NOUN", "dizaine", "Gender=Fem|Number=Sing"),
    ("de", 3, "case", "ADP", "de"),
    ("soudeuses", 1, "nmod", "ADJ", "soudeuse", "Gender=Fem|Number=Plur"),
    ("ont", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("cessé", 5, "ROOT", "VERB", "cesser", "Tense=Past|VerbForm=Part"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_an_adjective_with_its_own_preposition_heading_a_complement_is_a_noun(hand_doc):
    doc = repair(hand_doc(ADJ_WITH_CASE_ROWS))
    assert doc[3].pos_ == "NOUN"


def test_an_adjective_qualifying_its_noun_stays_an_adjective(hand_doc):
    # "Une dizaine de soudeuses expérimentées ont cessé ."
    rows = ADJ_WITH_CASE_ROWS[:3] + [("soudeuses", 1, "nmod", "NOUN", "soudeuse", "Gender=Fem|Number=Plur"),
                                     ("expérimentées", 3, "amod", "ADJ", "expérimenté", "Gender=Fem|Number=Plur"),
                                     ("ont", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
                                     ("cessé", 6, "ROOT", "VERB", "cesser", "Tense=Past|VerbForm=Part"),
                                     (".", 6, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[4].pos_ == "ADJ"


# "La direction leur a proposé une prime ." with 'leur' taken for the direct object
LEUR_AS_OBJECT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("direction", 4, "nsubj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    ("leur", 4, "obj", "PRON", "leur", "Number=Plur|Person=3"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("proposé", 4, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"),
    ("une", 6, "det", "DET", "un", "Definite=Ind"),
    ("prime", 4, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_leur_before_its_verb_is_never_the_direct_object(hand_doc):
    doc = repair(hand_doc(LEUR_AS_OBJECT_ROWS))
    assert doc[2].dep_ == "iobj" and doc[6].dep_ == "obj"


def test_les_before_its_verb_stays_the_direct_object(hand_doc):
    rows = list(LEUR_AS_OBJECT_ROWS)
    rows[2] = ("les", 4, "obj", "PRON", "le", "Number=Plur|Person=3")
    doc = repair(hand_doc(rows))
    assert doc[2].dep_ == "obj"


def test_a_finite_verb_hung_on_a_participle_of_a_root_noun_is_the_clauses(hand_doc):
    # "Un vitrier confirmé gagne 2000 euros ." with the noun the root, the participle its clause and
    # the verb a 'dep' of the participle
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"),
            ("vitrier", 1, "ROOT", "NOUN", "vitrier", "Gender=Masc|Number=Sing"),
            ("confirmé", 1, "acl", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
            ("gagne", 2, "dep", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("2000", 5, "nummod", "NUM", "2000", "NumType=Card"),
            ("euros", 3, "obj", "NOUN", "euro", "Number=Plur"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert [(t.head.i, t.dep_) for t in doc[1:4]] == [(3, "nsubj"), (1, "acl"), (3, "ROOT")]
    assert doc[6].head.i == 3


def test_a_verb_with_its_own_subject_after_a_participle_stays(hand_doc):
    # "Un vitrier confirmé , il gagne ..." : the verb has its own subject
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"),
            ("vitrier", 1, "ROOT", "NOUN", "vitrier", "Gender=Masc|Number=Sing"),
            ("confirmé", 1, "acl", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
            ("gagne", 2, "dep", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("il", 3, "nsubj", "PRON", "il", "Number=Sing"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[1].dep_ == "ROOT" and doc[3].head.i == 2


def test_a_verb_form_after_the_subject_and_its_complement_in_a_verbless_sentence_is_the_verb(hand_doc):
    # "Un veilleur de nuit touche 3000 francs ."
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"),
            ("veilleur", 1, "ROOT", "NOUN", "veilleur", "Gender=Masc|Number=Sing"),
            ("de", 3, "case", "ADP", "de"), ("nuit", 1, "nmod", "NOUN", "nuit", "Number=Sing"),
            ("touche", 1, "nmod", "NOUN", "touche", "Number=Sing"),
            ("3000", 6, "nummod", "NUM", "3000", "NumType=Card"),
            ("francs", 1, "nmod", "NOUN", "franc", "Number=Plur"), (".", 1, "punct", "PUNCT", ".")]
    doc = _repaired_with_verbs(hand_doc, rows, {"toucher"})
    assert (doc[4].pos_, doc[4].dep_, doc[1].head.i, doc[6].head.i, doc[6].dep_) == ("VERB", "ROOT", 4, 4, "obj")
    assert doc[3].head.i == 1  # the subject keeps its own complement


# "Un cariste y touche 900 francs , a dit le délégué ." with 'touche' a noun, subject of the incise
CLITIC_NOUN_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("cariste", 3, "nsubj", "NOUN", "cariste", "Gender=Masc|Number=Sing"),
    ("y", 3, "iobj", "PRON", "y", ""),
    ("touche", 8, "nsubj", "NOUN", "touche", "Number=Sing"),
    ("900", 5, "nummod", "NUM", "900", "NumType=Card"),
    ("francs", 3, "nmod", "NOUN", "franc", "Number=Plur"),
    (",", 8, "punct", "PUNCT", ","),
    ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("dit", 8, "ROOT", "VERB", "dire", "Tense=Past|VerbForm=Part"),
    ("le", 10, "det", "DET", "le", "Definite=Def"),
    ("délégué", 8, "obj", "NOUN", "délégué", "Gender=Masc|Number=Sing"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_noun_between_a_subject_and_a_clitic_is_the_verb_and_the_incise_hangs_on_it(hand_doc):
    doc = _repaired_with_verbs(hand_doc, CLITIC_NOUN_ROWS, {"toucher"})
    assert (doc[3].pos_, doc[3].dep_, doc[8].head.i, doc[8].dep_) == ("VERB", "ROOT", 3, "parataxis")
    assert (doc[5].head.i, doc[5].dep_) == (3, "obj")


def test_a_noun_with_its_article_after_a_clitic_stays_a_noun(hand_doc):
    # "Un cariste y la touche ..." is no French; a word with an article is no verb
    rows = [("Un", 1, "det", "DET", "un", "Definite=Ind"),
            ("cariste", 4, "nsubj", "NOUN", "cariste", "Gender=Masc|Number=Sing"),
            ("y", 4, "iobj", "PRON", "y", ""), ("la", 4, "det", "DET", "le", "Definite=Def"),
            ("touche", 4, "ROOT", "NOUN", "touche", "Number=Sing"), (".", 4, "punct", "PUNCT", ".")]
    doc = _repaired_with_verbs(hand_doc, rows, {"toucher"})
    assert doc[4].pos_ == "NOUN"


def test_a_bare_noun_before_an_adverb_and_an_infinitive_is_the_finite_verb(hand_doc):
    # "La régie compte toutefois recruter dix guides ." with 'compte' an adjective-like noun of the subject
    rows = [("La", 1, "det", "DET", "le", "Definite=Def"),
            ("régie", 4, "nsubj", "NOUN", "régie", "Gender=Fem|Number=Sing"),
            ("compte", 1, "amod", "NOUN", "compte", "Number=Sing"),
            ("toutefois", 1, "advmod", "ADV", "toutefois"),
            ("recruter", 4, "ROOT", "VERB", "recruter", "VerbForm=Inf"),
            ("dix", 6, "nummod", "NUM", "dix", "NumType=Card"),
            ("guides", 4, "obj", "NOUN", "guide", "Number=Plur"),
            (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[2].pos_, doc[2].dep_, doc[4].head.i, doc[4].dep_) == ("VERB", "ROOT", 2, "xcomp")


# "une offre que Y a balayée" with 'que' a conjunction and the clause an adnominal one
QUE_ON_NOUN_ROWS = [
    ("X", 1, "nsubj", "PROPN", "X"), ("refuse", 1, "ROOT", "VERB", "refuser", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("une", 3, "det", "DET", "un"), ("offre", 1, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    ("que", 7, "obj", "SCONJ", "que"), ("Y", 7, "nsubj", "PROPN", "Y"),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("balayée", 3, "acl", "VERB", "balayer", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_que_clause_with_its_own_subject_on_a_noun_is_a_relative(hand_doc):
    doc = repair(hand_doc(QUE_ON_NOUN_ROWS))
    assert (doc[4].pos_, doc[4].dep_, doc[7].dep_, doc[7].head.i) == ("PRON", "obj", "acl:relcl", 3)


def test_a_que_clause_with_an_object_of_its_own_stays(hand_doc):
    # "X refuse une offre que Y a balayé l' accord ." is no relative: the clause has its own object
    rows = QUE_ON_NOUN_ROWS[:7] + [("balayé", 3, "acl", "VERB", "balayer", "Tense=Past|VerbForm=Part"),
                                   ("l'", 9, "det", "DET", "le"), ("accord", 7, "obj", "NOUN", "accord"),
                                   (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[7].dep_ == "acl" and doc[4].pos_ == "SCONJ"


def test_a_participle_agreeing_in_the_feminine_with_the_object_above_makes_que_relative(hand_doc):
    # "X a proposé une hausse mardi , que Y a rejetée ." : 'rejetée' agrees with 'hausse'
    rows = [("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
            ("proposé", 2, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"), ("une", 4, "det", "DET", "un"),
            ("hausse", 2, "obj", "NOUN", "hausse", "Gender=Fem|Number=Sing"), ("mardi", 2, "obl:mod", "NOUN", "mardi"),
            (",", 2, "punct", "PUNCT", ","), ("que", 10, "mark", "SCONJ", "que"), ("Y", 10, "nsubj", "PROPN", "Y"),
            ("a", 10, "aux:tense", "AUX", "avoir"),
            ("rejetée", 2, "ccomp", "VERB", "rejeter", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[10].head.i, doc[10].dep_, doc[7].dep_) == (4, "acl:relcl", "obj")


def test_a_phrase_with_its_article_after_other_adjuncts_of_an_active_verb_is_its_object(hand_doc):
    # "X a ratifié lundi à 64 % le protocole ." with 'accord' taken for an adjunct
    rows = [("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
            ("ratifié", 2, "ROOT", "VERB", "ratifier", "Tense=Past|VerbForm=Part"),
            ("lundi", 2, "obl:mod", "NOUN", "lundi"), ("à", 6, "case", "ADP", "à"),
            ("64", 6, "nummod", "NUM", "64"), ("%", 2, "obl:mod", "NOUN", "%"),
            ("le", 8, "det", "DET", "le", "Definite=Def"), ("protocole", 2, "obl:mod", "NOUN", "protocole"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), time_words=frozenset({"lundi"}))
    assert doc[8].dep_ == "obj" and doc[3].dep_ == "obl:mod"


def test_a_phrase_after_a_complement_with_a_preposition_of_its_own_noun_stays(hand_doc):
    # "X a approuvé la hausse de 3 % l' an dernier" -like: a word inside the phrase before is not an adjunct
    rows = [("X", 2, "nsubj", "PROPN", "X"), ("a", 2, "aux:tense", "AUX", "avoir"),
            ("approuvé", 2, "ROOT", "VERB", "approuver", "Tense=Past|VerbForm=Part"),
            ("la", 4, "det", "DET", "le"), ("hausse", 2, "obj", "NOUN", "hausse"),
            ("l'", 6, "det", "DET", "le", "Definite=Def"), ("accord", 2, "obl:mod", "NOUN", "accord"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ == "obl:mod"  # the verb has its object already


# "Un tailleur novice y gagne 1700 euros ." with the noun the root, the verb hung on its adjective
ADJECTIVE_OVER_VERB_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("tailleur", 1, "ROOT", "NOUN", "tailleur", "Gender=Masc|Number=Sing"),
    ("novice", 1, "amod", "ADJ", "novice", "Number=Sing"),
    ("y", 4, "expl:comp", "PRON", "y", "Person=3"),
    ("gagne", 2, "xcomp", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("1700", 6, "nummod", "NUM", "1700", "NumType=Card"),
    ("euros", 4, "obj", "NOUN", "euro", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_hung_on_an_adjective_of_the_root_noun_is_the_clauses(hand_doc):
    doc = repair(hand_doc(ADJECTIVE_OVER_VERB_ROWS))
    assert [(t.head.i, t.dep_) for t in doc[1:5]] == [(4, "nsubj"), (1, "amod"), (4, "expl:comp"), (4, "ROOT")]
    assert doc[7].head.i == 4


def test_a_verb_with_its_own_subject_after_an_adjective_stays(hand_doc):
    # "Un tailleur novice , il gagne ..." : the verb has its own subject
    rows = ADJECTIVE_OVER_VERB_ROWS[:3] + [("il", 4, "nsubj", "PRON", "il", "Number=Sing"),
                                           ("gagne", 2, "xcomp", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
                                           (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[1].dep_ == "ROOT" and doc[4].head.i == 2


# "Selon le syndicat , un tailleur confirmé touche 2000 euros ." with the participle the root and the
# verb tagged a bare noun
PARTICIPLE_OVER_NOUN_VERB_ROWS = [
    ("Selon", 2, "case", "ADP", "selon"), ("le", 2, "det", "DET", "le", "Definite=Def"),
    ("syndicat", 6, "obl:mod", "NOUN", "syndicat", "Gender=Masc|Number=Sing"), (",", 6, "punct", "PUNCT", ","),
    ("un", 5, "det", "DET", "un", "Definite=Ind"),
    ("tailleur", 6, "nsubj", "NOUN", "tailleur", "Gender=Masc|Number=Sing"),
    ("confirmé", 6, "ROOT", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
    ("touche", 6, "xcomp", "NOUN", "touche", "Gender=Fem|Number=Sing"),
    ("2000", 9, "nummod", "NUM", "2000", "NumType=Card"),
    ("euros", 6, "obl:mod", "NOUN", "euro", "Number=Plur"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_verb_tagged_a_noun_after_a_participle_root_is_the_clauses_verb(hand_doc):
    doc = _repaired_with_verbs(hand_doc, PARTICIPLE_OVER_NOUN_VERB_ROWS, {"toucher"})
    assert (doc[7].pos_, doc[7].dep_, doc[7].lemma_) == ("VERB", "ROOT", "toucher")
    assert (doc[5].head.i, doc[5].dep_, doc[6].head.i, doc[6].dep_) == (7, "nsubj", 5, "acl")
    assert doc[2].head.i == 7 and doc[9].head.i == 7  # the speaker and the sum are the verb's


def test_a_noun_after_a_participle_that_spells_no_verb_of_the_lexicon_stays(hand_doc):
    # "... un tailleur confirmé touche ..." where 'toucher' is no verb of the lexicon
    doc = _repaired_with_verbs(hand_doc, PARTICIPLE_OVER_NOUN_VERB_ROWS, {"verser"})
    assert doc[7].pos_ == "NOUN" and doc[6].dep_ == "ROOT"


def test_a_time_locution_before_an_article_is_an_adverb_and_the_phrase_the_object(hand_doc):
    # "La ville utilise depuis peu une prime ." with 'depuis peu' taken for the preposition of 'une prime'
    rows = list(LOCUTION_ROWS)
    rows[2] = ("utilise", 2, "ROOT", "VERB", "utiliser")
    rows[3] = ("depuis", 6, "case", "ADP", "depuis")
    rows[4] = ("peu", 3, "fixed", "ADV", "peu")
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[3].head.i, doc[6].dep_) == ("advmod", 2, "obj")


# "Un fondeur confirmé touche 2000 euros ." with 'touche' tagged a root noun that has the subject
NOUN_WITH_SUBJECT_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("fondeur", 3, "nsubj", "NOUN", "fondeur", "Gender=Masc|Number=Sing"),
    ("confirmé", 1, "acl", "VERB", "confirmer", "Tense=Past|VerbForm=Part"),
    ("touche", 3, "ROOT", "NOUN", "touche", ""),
    ("2000", 5, "nummod", "NUM", "2000", "NumType=Card"),
    ("euros", 3, "obl:arg", "NOUN", "euro", "Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_a_subject_spelled_as_a_verb_of_the_lexicon_is_that_verb(hand_doc):
    doc = _repaired_with_verbs(hand_doc, NOUN_WITH_SUBJECT_ROWS, {"toucher"})
    assert (doc[3].pos_, doc[3].lemma_, doc[3].morph.get("VerbForm")) == ("VERB", "toucher", ["Fin"])


def test_a_noun_with_a_subject_and_its_own_article_stays_a_noun(hand_doc):
    # "Un fondeur confirmé , la touche finale ." : an article of its own, after a comma ('Un fondeur
    # confirmé la touche', with no comma, is a subject and its object pronoun: a verb)
    rows = NOUN_WITH_SUBJECT_ROWS[:3] + [(",", 5, "punct", "PUNCT", ","),
                                         ("la", 5, "det", "DET", "le", "Definite=Def"),
                                         ("touche", 5, "ROOT", "NOUN", "touche", ""),
                                         ("finale", 5, "amod", "ADJ", "final", "Gender=Fem|Number=Sing"),
                                         (".", 5, "punct", "PUNCT", ".")]
    rows[1] = ("fondeur", 5, "nsubj", "NOUN", "fondeur", "Gender=Masc|Number=Sing")
    doc = _repaired_with_verbs(hand_doc, rows, {"toucher"})
    assert doc[5].pos_ == "NOUN"
    # and a word that spells no verb of the lexicon
    doc = _repaired_with_verbs(hand_doc, NOUN_WITH_SUBJECT_ROWS, {"verser"})
    assert doc[3].pos_ == "NOUN"


def test_a_de_complement_taken_for_the_object_gives_way_to_the_noun_with_its_article(hand_doc):
    # "La mutuelle a obtenu de la banque un prêt ." with 'de la banque' the object
    rows = list(NOUN_AS_ADJECTIVE_ROWS)
    rows[6] = ("banque", 3, "obj", "NOUN", "banque", "Gender=Fem|Number=Sing")
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[8].head.i, doc[8].dep_) == ("obl:arg", 3, "obj")


# "La mutuelle a reçu de la banque un prêt ." with two objects, the first after 'de'
TWO_OBJECTS_ROWS = NOUN_AS_ADJECTIVE_ROWS[:6] + [
    ("banque", 3, "obj", "NOUN", "banque", "Gender=Fem|Number=Sing"),
    ("un", 8, "det", "DET", "un", "Definite=Ind"),
    ("prêt", 3, "obj", "NOUN", "prêt", "Gender=Masc|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_of_two_objects_the_one_after_de_is_a_complement(hand_doc):
    doc = repair(hand_doc(TWO_OBJECTS_ROWS))
    assert (doc[6].dep_, doc[8].dep_) == ("obl:arg", "obj")


def test_a_partitive_object_alone_stays_the_object(hand_doc):
    # "La mutuelle a reçu de la farine ."
    rows = TWO_OBJECTS_ROWS[:6] + [("farine", 3, "obj", "NOUN", "farine", "Gender=Fem|Number=Sing"),
                                   (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ == "obj"


# "L' atelier , le plus grand du canton , a engagé deux apprentis ." with the apposition the subject
APPOSITION_AS_SUBJECT_ROWS = [
    ("L'", 1, "det", "DET", "le", "Definite=Def"),
    ("atelier", 10, "obl:mod", "NOUN", "atelier", "Gender=Masc|Number=Sing"),
    (",", 10, "punct", "PUNCT", ","),
    ("le", 7, "det", "DET", "le", "Definite=Def"),
    ("plus", 5, "advmod", "ADV", "plus"),
    ("grand", 3, "amod", "ADJ", "grand", "Gender=Masc|Number=Sing"),
    ("du", 7, "case", "ADP", "de"),
    ("canton", 10, "nsubj", "NOUN", "canton", "Gender=Masc|Number=Sing"),
    (",", 10, "punct", "PUNCT", ","),
    ("a", 10, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("engagé", 10, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part"),
    ("deux", 12, "nummod", "NUM", "deux", "NumType=Card"),
    ("apprentis", 10, "obj", "NOUN", "apprenti", "Number=Plur"),
    (".", 10, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_opening_the_sentence_before_an_apposition_is_the_subject(hand_doc):
    doc = repair(hand_doc(APPOSITION_AS_SUBJECT_ROWS))
    assert (doc[1].dep_, doc[1].head.i, doc[7].dep_, doc[7].head.i) == ("nsubj", 10, "appos", 1)


def test_a_word_of_time_opening_the_sentence_stays_an_adjunct(hand_doc):
    # "Ce matin , le plus grand du canton , a engagé ..." : 'matin' is a word of time
    rows = list(APPOSITION_AS_SUBJECT_ROWS)
    rows[0] = ("Ce", 1, "det", "DET", "ce", "PronType=Dem")
    rows[1] = ("matin", 10, "obl:mod", "NOUN", "matin", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows), time_words=frozenset({"matin"}))
    assert (doc[1].dep_, doc[7].dep_) == ("obl:mod", "nsubj")


# "La forge a embauché cet été trois saisonniers ." with 'été' the participle of 'être'
SUMMER_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("forge", 3, "nsubj", "NOUN", "forge", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("engagé", 3, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part"),
    ("cet", 7, "det", "DET", "ce", "PronType=Dem"),
    ("été", 4, "dep", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("deux", 7, "nummod", "NUM", "deux", "NumType=Card"),
    ("apprentis", 3, "xcomp", "NOUN", "apprenti", "Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_ete_after_a_determiner_is_the_season_and_the_noun_after_it_the_object(hand_doc):
    doc = repair(hand_doc(SUMMER_ROWS))
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.i, doc[4].head.i) == ("NOUN", "obl:mod", 3, 5)
    assert doc[7].dep_ == "obj"


def test_ete_after_its_auxiliary_stays_the_participle(hand_doc):
    # "Deux apprentis ont été engagés ."
    rows = [("Deux", 1, "nummod", "NUM", "deux", "NumType=Card"),
            ("apprentis", 4, "nsubj:pass", "NOUN", "apprenti", "Number=Plur"),
            ("ont", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("été", 4, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
            ("engagés", 4, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part|Voice=Pass"),
            (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].pos_, doc[3].dep_) == ("AUX", "aux:pass")


# "Les guides du Musée Arts-Lévis ont cessé le travail ." with the hyphenated name tagged a
# punctuation mark and made a root, the sentence cut in two
NAME_AS_PUNCT_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("guides", 1, "ROOT", "NOUN", "guide", "Number=Plur"),
    ("du", 3, "case", "ADP", "de"),
    ("Musée", 1, "nmod", "NOUN", "musée", "Gender=Masc|Number=Sing"),
    ("Arts-Lévis", 4, "ROOT", "PUNCT", "arts-lévis"),
    ("ont", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("cessé", 6, "ROOT", "VERB", "cesser", "Tense=Past|VerbForm=Part"),
    ("le", 8, "det", "DET", "le", "Definite=Def"),
    ("travail", 6, "obj", "NOUN", "travail", "Gender=Masc|Number=Sing"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_capitalised_word_tagged_punctuation_ends_the_name_and_its_phrase_is_the_subject(hand_doc):
    doc = repair(hand_doc(NAME_AS_PUNCT_ROWS))
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.i) == ("PROPN", "flat:name", 3)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 6)


def test_a_real_punctuation_mark_or_a_word_after_a_comma_stays(hand_doc):
    # "Les guides du Centre « ont cessé ..." : no letters
    rows = list(NAME_AS_PUNCT_ROWS)
    rows[4] = ("«", 4, "ROOT", "PUNCT", "«")
    doc = repair(hand_doc(rows))
    assert doc[4].pos_ == "PUNCT" and doc[1].dep_ == "ROOT"
    # "Les guides du centre , Arts-Lévis ..." : after a comma
    rows = list(NAME_AS_PUNCT_ROWS)
    rows[3] = (",", 1, "punct", "PUNCT", ",")
    doc = repair(hand_doc(rows))
    assert doc[4].dep_ != "flat:name" and doc[1].dep_ == "ROOT"


# "La mairie a proposé une prime , rejetée par les guides ." with the participle a second verb
PARTICIPLE_CONJUNCT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mairie", 3, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("proposé", 3, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"),
    ("une", 5, "det", "DET", "un", "Definite=Ind"),
    ("prime", 3, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    (",", 3, "punct", "PUNCT", ","),
    ("rejetée", 3, "conj", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
    ("par", 10, "case", "ADP", "par"),
    ("les", 10, "det", "DET", "le", "Definite=Def"),
    ("guides", 7, "obl:agent", "NOUN", "guide", "Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_participle_with_its_doer_after_a_comma_qualifies_the_object(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_CONJUNCT_ROWS))
    assert (doc[7].head.i, doc[7].dep_, doc[6].head.i) == (5, "acl", 7)


def test_a_participle_with_its_auxiliary_or_without_a_doer_stays_a_verb_of_the_subject(hand_doc):
    # "... une prime , a rejeté les guides ." : an auxiliary, no doer after 'par'
    rows = PARTICIPLE_CONJUNCT_ROWS[:7] + [("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
                                           ("rejeté", 3, "conj", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
                                           ("les", 10, "det", "DET", "le", "Definite=Def"),
                                           ("guides", 8, "obj", "NOUN", "guide", "Number=Plur"),
                                           (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (3, "conj")


# "La ville a accordé aux Tissages Morand une aide ." with 'Morand' a root holding 'une aide'
NAME_ROOT_WITH_OBJECT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("ville", 3, "nsubj", "NOUN", "ville", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("accordé", 3, "ROOT", "VERB", "accorder", "Tense=Past|VerbForm=Part"),
    ("aux", 5, "case", "ADP", "à"),
    ("Tissages", 3, "obl:arg", "NOUN", "tissage", "Number=Plur"),
    ("Morand", 6, "ROOT", "PROPN", "Morand"),
    ("une", 8, "det", "DET", "un", "Definite=Ind"),
    ("aide", 6, "dep", "NOUN", "aide", "Gender=Fem|Number=Sing"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_name_made_a_root_after_its_noun_ends_the_name_and_gives_its_words_to_the_verb(hand_doc):
    doc = repair(hand_doc(NAME_ROOT_WITH_OBJECT_ROWS))
    assert (doc[6].head.i, doc[6].dep_) == (5, "flat:name")
    assert (doc[8].head.i, doc[8].dep_) == (3, "obj")


def test_a_name_root_after_a_lowercase_noun_is_left_to_the_other_repairs(hand_doc):
    # "... accordé aux tisserands Morand une aide ." : not the end of a capitalised name
    rows = list(NAME_ROOT_WITH_OBJECT_ROWS)
    rows[5] = ("tisserands", 3, "obl:arg", "NOUN", "tisserand", "Number=Plur")
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ != "flat:name"


def test_a_noun_with_its_article_taken_for_an_apposition_of_a_complement_is_the_object(hand_doc):
    # "La mutuelle a obtenu de la banque un prêt ." with 'un prêt' an apposition of 'banque'
    rows = list(NOUN_AS_ADJECTIVE_ROWS)
    rows[8] = ("prêt", 6, "appos", "NOUN", "prêt", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (3, "obj")
    # "... de la banque , un prêt ..." : after a comma, an apposition
    rows = _inserted(rows, 7, (",", 6, "punct", "PUNCT", ","))
    doc = repair(hand_doc(rows))
    assert doc[9].dep_ == "appos"


def test_a_noun_with_its_article_and_no_preposition_under_an_adjunct_is_the_object(hand_doc):
    # "La mutuelle a obtenu depuis la banque un prêt ." with 'un prêt' a complement of 'banque'
    rows = list(NOUN_AS_ADJECTIVE_ROWS)
    rows[4] = ("depuis", 6, "case", "ADP", "depuis")
    rows[8] = ("prêt", 6, "nmod", "NOUN", "prêt", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (3, "obj")


def test_a_complement_with_its_preposition_under_an_adjunct_stays(hand_doc):
    # "La mutuelle a obtenu de la banque du prêt ..." : 'du' is its own preposition
    rows = list(NOUN_AS_ADJECTIVE_ROWS)
    rows[7] = ("du", 8, "case", "ADP", "de")
    rows[8] = ("prêt", 6, "nmod", "NOUN", "prêt", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_) == (6, "nmod")


def test_a_present_tagged_a_participle_hung_on_a_root_noun_is_the_nouns_verb(hand_doc):
    # "La tuilerie trie ses tuiles ." with 'trie' tagged a past participle hung on the noun
    rows = [("La", 1, "det", "DET", "le", "Definite=Def"), ("tuilerie", 1, "ROOT", "NOUN", "tuilerie", "Gender=Fem"),
            ("trie", 1, "acl", "VERB", "trier", "Tense=Past|VerbForm=Part"), ("ses", 4, "det", "DET", "son"),
            ("tuiles", 2, "obj", "NOUN", "tuile", "Number=Plur"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[1].head.i, doc[1].dep_) == ("ROOT", 2, "nsubj")
    assert doc[2].morph.get("VerbForm") == ["Fin"]
    # "La tuilerie triée ..." : a participle qualifies its noun
    rows[2] = ("triée", 1, "acl", "VERB", "trier", "Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[2].dep_) == ("ROOT", "acl")


# "La forge a engagé comme forgeronne Léa Morin ." with the name an apposition of the role
ROLE_BEFORE_OBJECT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("forge", 3, "nsubj", "NOUN", "forge", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("engagé", 3, "ROOT", "VERB", "engager", "Tense=Past|VerbForm=Part"),
    ("comme", 5, "case", "ADP", "comme"),
    ("forgeronne", 3, "xcomp", "NOUN", "forgeron", "Gender=Fem|Number=Sing"),
    ("Léa", 5, "appos", "PROPN", "Léa"),
    ("Morin", 6, "flat:name", "PROPN", "Morin"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_name_ending_the_role_after_comme_is_the_verbs_object(hand_doc):
    doc = repair(hand_doc(ROLE_BEFORE_OBJECT_ROWS))
    assert (doc[6].head.i, doc[6].dep_) == (3, "obj")


def test_a_name_after_the_role_stays_when_the_verb_has_its_object(hand_doc):
    # "La forge a engagé Paul comme forgeron de Léa Morin" is another reading: with an object, nothing moves
    rows = _inserted(ROLE_BEFORE_OBJECT_ROWS, 4, ("Paul", 3, "obj", "PROPN", "Paul"))
    doc = repair(hand_doc(rows))
    assert (doc[7].head.i, doc[7].dep_) == (6, "appos")


# "La direction de Corvel et le syndicat Unisol ont signé ." with the union joined to the name after 'de'
NAME_AFTER_DE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("direction", 9, "nsubj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    ("de", 3, "case", "ADP", "de"),
    ("Corvel", 1, "nmod", "PROPN", "Corvel", "Gender=Masc|Number=Sing"),
    ("et", 6, "cc", "CCONJ", "et"),
    ("le", 6, "det", "DET", "le", "Definite=Def"),
    ("syndicat", 3, "conj", "NOUN", "syndicat", "Gender=Masc|Number=Sing"),
    ("Unisol", 6, "nmod", "PROPN", "Unisol"),
    ("ont", 9, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("signé", 9, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_noun_with_its_article_is_not_joined_to_a_name_after_a_bare_de(hand_doc):
    doc = repair(hand_doc(NAME_AFTER_DE_ROWS))
    assert doc[6].head.i == 1


def test_a_noun_with_its_own_de_stays_joined_to_the_name(hand_doc):
    # "La direction de Corvel et du syndicat Unisol ont signé ." : 'du' joins the two complements
    rows = [row if i != 5 else ("du", 6, "case", "ADP", "de") for i, row in enumerate(NAME_AFTER_DE_ROWS)]
    doc = repair(hand_doc(rows))
    assert doc[6].head.i == 3


# "une proposition estimée tardive et refusée par les délégués ." with the second participle joined to the attribute
JOINED_PARTICIPLE_ROWS = [
    ("une", 1, "det", "DET", "un", "Definite=Ind"),
    ("proposition", 1, "ROOT", "NOUN", "proposition", "Gender=Fem|Number=Sing"),
    ("estimée", 1, "amod", "ADJ", "estimé", "Gender=Fem|Number=Sing"),
    ("tardive", 2, "xcomp", "ADJ", "tardif", "Gender=Fem|Number=Sing"),
    ("et", 5, "cc", "CCONJ", "et"),
    ("refusée", 3, "conj", "VERB", "refuser", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 8, "case", "ADP", "par"),
    ("les", 8, "det", "DET", "le", "Definite=Def"),
    ("délégués", 5, "obl:agent", "NOUN", "délégué", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_participle_joined_to_what_qualifies_a_noun_qualifies_the_noun(hand_doc):
    doc = repair(hand_doc(JOINED_PARTICIPLE_ROWS))
    assert (doc[5].head.i, doc[5].dep_) == (1, "acl")


def test_a_participle_with_its_own_auxiliary_stays_a_clause_of_its_own(hand_doc):
    # "une proposition estimée tardive et a refusée par ..." : an auxiliary makes the participle a verb of its own
    rows = _inserted(JOINED_PARTICIPLE_ROWS, 5, ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"))
    doc = repair(hand_doc(rows))
    assert (doc[6].head.i, doc[6].dep_) == (3, "conj")


# "Le laboratoire Corvel recherche un ingénieur ." with the verb taken as the end of the name
VERB_IN_A_NAME_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("laboratoire", 1, "ROOT", "NOUN", "laboratoire", "Gender=Masc|Number=Sing"),
    ("Corvel", 1, "nmod", "PROPN", "Corvel"),
    ("recherche", 2, "flat:name", "VERB", "rechercher", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("un", 5, "det", "DET", "un", "Definite=Ind"),
    ("ingénieur", 1, "appos", "NOUN", "ingénieur", "Gender=Masc|Number=Sing"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_in_lower_case_ends_no_name(hand_doc):
    doc = repair(hand_doc(VERB_IN_A_NAME_ROWS))
    assert doc[3].dep_ == "ROOT" and (doc[1].head.i, doc[1].dep_) == (3, "nsubj")
    assert (doc[5].head.i, doc[5].dep_) == (3, "obj")


def test_a_capitalised_word_tagged_a_verb_stays_in_the_name(hand_doc):
    # "Le laboratoire Corvel Recherche , un ingénieur ." : 'Recherche' is part of the name
    rows = [row if i != 3 else ("Recherche", 2, "flat:name", "VERB", "rechercher", "Mood=Ind|VerbForm=Fin")
            for i, row in enumerate(VERB_IN_A_NAME_ROWS)]
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "flat:name" and doc[1].dep_ == "ROOT"


# "une offre de 500 euros du club ." with the club hung on the sum
MEASURE_ROWS = [
    ("une", 1, "det", "DET", "un", "Definite=Ind"),
    ("offre", 1, "ROOT", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"),
    ("500", 4, "nummod", "NUM", "500", "NumType=Card"),
    ("euros", 1, "nmod", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    ("du", 6, "case", "ADP", "de", "Definite=Def"),
    ("club", 4, "nmod", "NOUN", "club", "Gender=Masc|Number=Sing"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_complement_after_a_counted_sum_is_the_measured_noun_s(hand_doc):
    doc = repair(hand_doc(MEASURE_ROWS))
    assert doc[6].head.i == 1


def test_a_complement_after_counted_people_stays_theirs(hand_doc):
    # "une offre de 500 agents du club ." : people counted keep their complement
    rows = [row if i != 4 else ("agents", 1, "nmod", "NOUN", "agent", "Gender=Masc|Number=Plur")
            for i, row in enumerate(MEASURE_ROWS)]
    doc = repair(hand_doc(rows))
    assert doc[6].head.i == 4


# "Orvel , qui a refusé , avait rejeté l' offre ." with the main verb joined to the relative clause
RELATIVE_THEN_VERB_ROWS = [
    ("Orvel", 0, "ROOT", "PROPN", "Orvel"),
    (",", 0, "punct", "PUNCT", ","),
    ("qui", 4, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusé", 0, "acl:relcl", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
    (",", 7, "punct", "PUNCT", ","),
    ("avait", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("rejeté", 4, "conj", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
    ("l'", 9, "det", "DET", "le", "Definite=Def"),
    ("offre", 4, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    (".", 0, "punct", "PUNCT", "."),
]


def test_a_verb_after_the_comma_that_closes_a_relative_clause_is_the_noun_s(hand_doc):
    doc = repair(hand_doc(RELATIVE_THEN_VERB_ROWS))
    assert doc[7].dep_ == "ROOT" and (doc[0].head.i, doc[0].dep_) == (7, "nsubj")
    assert doc[9].head.i == 7 and doc[4].head.i == 0


def test_a_verb_joined_by_et_to_a_relative_clause_stays_in_it(hand_doc):
    # "Orvel , qui a refusé , et avait rejeté l' offre ." : 'et' joins the two verbs of the relative clause
    rows = _inserted(RELATIVE_THEN_VERB_ROWS, 6, ("et", 8, "cc", "CCONJ", "et"))
    doc = repair(hand_doc(rows))
    assert doc[8].dep_ == "conj" and doc[0].dep_ == "ROOT"


# "Licencié par le groupe , Paul a gagné ." with the opening participle an adverbial clause of the verb
FRONTED_PARTICIPLE_ROWS = [
    ("Licencié", 7, "advcl", "VERB", "licencier", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 3, "case", "ADP", "par"),
    ("le", 3, "det", "DET", "le", "Definite=Def"),
    ("groupe", 0, "obl:agent", "NOUN", "groupe", "Gender=Masc|Number=Sing"),
    (",", 7, "punct", "PUNCT", ","),
    ("Paul", 7, "nsubj", "PROPN", "Paul"),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("gagné", 7, "ROOT", "VERB", "gagner", "Tense=Past|VerbForm=Part"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_an_opening_participle_qualifies_the_subject_of_the_clause(hand_doc):
    doc = repair(hand_doc(FRONTED_PARTICIPLE_ROWS))
    assert (doc[0].head.i, doc[0].dep_) == (5, "acl")


def test_an_opening_participle_with_its_auxiliary_stays_the_verb_s(hand_doc):
    # "Ayant licencié par le groupe , Paul a gagné ." : 'ayant' makes the participle active
    rows = [("Ayant", 1, "aux:tense", "AUX", "avoir", "VerbForm=Part|Tense=Pres")] + [
        (w, h + 1, *rest) for (w, h, *rest) in FRONTED_PARTICIPLE_ROWS]
    doc = repair(hand_doc(rows))
    assert (doc[1].head.i, doc[1].dep_) == (8, "advcl")


# "Orvel emploie depuis l' année passée des drones ." with the object taken into the date
SINCE_ROWS = [
    ("Orvel", 1, "nsubj", "PROPN", "Orvel"),
    ("emploie", 1, "ROOT", "VERB", "employer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("depuis", 4, "case", "ADP", "depuis"),
    ("l'", 4, "det", "DET", "le", "Definite=Def"),
    ("année", 1, "obl:mod", "NOUN", "année", "Gender=Fem|Number=Sing"),
    ("passée", 4, "amod", "ADJ", "passé", "Gender=Fem|Number=Sing"),
    ("des", 7, "case", "ADP", "de", "Definite=Def|Number=Plur"),
    ("drones", 4, "nmod", "NOUN", "drone", "Gender=Masc|Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_noun_after_a_whole_date_is_the_object_of_a_verb_with_none(hand_doc):
    doc = repair(hand_doc(SINCE_ROWS), time_words={"annee"})
    assert (doc[7].head.i, doc[7].dep_) == (1, "obj")


def test_a_complement_of_a_date_that_asks_one_stays_its_own(hand_doc):
    # "Orvel emploie depuis la fin des travaux ." : 'la fin' takes its complement
    rows = [row for i, row in enumerate(SINCE_ROWS) if i != 5]
    rows = [(w, h - 1 if h > 5 else h, *rest) for (w, h, *rest) in rows]
    rows[3] = ("la", 4, "det", "DET", "le", "Definite=Def")
    rows[4] = ("fin", 1, "obl:mod", "NOUN", "fin", "Gender=Fem|Number=Sing")
    rows[6] = ("travaux", 4, "nmod", "NOUN", "travail", "Gender=Masc|Number=Plur")
    doc = repair(hand_doc(rows), time_words={"annee", "fin"})
    assert (doc[6].head.i, doc[6].dep_) == (4, "nmod")


# "Orvel publie depuis jeudi des annonces ." with the object taken into a weekday
WEEKDAY_SINCE_ROWS = [
    ("Orvel", 1, "nsubj", "PROPN", "Orvel"),
    ("publie", 1, "ROOT", "VERB", "publier", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("depuis", 3, "case", "ADP", "depuis"),
    ("jeudi", 1, "obl:mod", "NOUN", "jeudi", "Gender=Masc|Number=Sing"),
    ("des", 5, "case", "ADP", "de", "Definite=Def|Number=Plur"),
    ("annonces", 3, "nmod", "NOUN", "annonce", "Gender=Fem|Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_noun_after_a_weekday_named_alone_is_the_object_of_a_verb_with_none(hand_doc):
    doc = repair(hand_doc(WEEKDAY_SINCE_ROWS), time_words={"jeudi"})
    assert (doc[5].head.i, doc[5].dep_) == (1, "obj")
    assert (doc[4].dep_, doc[4].pos_) == ("det", "DET")


def test_a_noun_after_a_weekday_stays_its_own_when_the_verb_has_an_object(hand_doc):
    # "Orvel publie depuis jeudi des annonces le bilan ." : the verb has its object already
    rows = WEEKDAY_SINCE_ROWS[:6] + [("le", 7, "det", "DET", "le", "Definite=Def"),
                                     ("bilan", 1, "obj", "NOUN", "bilan", "Gender=Masc|Number=Sing"),
                                     (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), time_words={"jeudi"})
    assert (doc[5].head.i, doc[5].dep_) == (3, "nmod")


# "Douze livreurs de la plateforme lyonnaise Kourso ont saisi le juge ." with the name taken for
# the subject and the people left a root of their own
COMPLEMENT_NAME_ROWS = [
    ("Douze", 1, "nummod", "NUM", "douze"), ("livreurs", 1, "ROOT", "NOUN", "livreur", "Number=Plur"),
    ("de", 4, "case", "ADP", "de"), ("la", 4, "det", "DET", "le"),
    ("plateforme", 1, "nmod", "NOUN", "plateforme", "Number=Sing"), ("lyonnaise", 4, "amod", "ADJ", "lyonnais"),
    ("Kourso", 8, "nsubj", "PROPN", "Kourso"),
    ("ont", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("saisi", 8, "ROOT", "VERB", "saisir", "Tense=Past|VerbForm=Part"),
    ("le", 10, "det", "DET", "le"), ("juge", 8, "obj", "NOUN", "juge"), (".", 8, "punct", "PUNCT", "."),
]


def test_a_name_after_a_common_noun_of_a_cut_off_complement_names_it_and_the_root_is_the_subject(hand_doc):
    doc = repair(hand_doc(COMPLEMENT_NAME_ROWS))
    assert (doc[6].head.i, doc[6].dep_, doc[1].head.i, doc[1].dep_) == (4, "appos", 8, "nsubj")


def test_a_name_right_after_its_noun_with_no_root_before_stays_the_subject(hand_doc):
    # "La plateforme lyonnaise Kourso a saisi le juge ." : no cut-off root before the name
    rows = [("La", 1, "det", "DET", "le"), ("plateforme", 3, "nsubj", "NOUN", "plateforme"),
            ("lyonnaise", 1, "amod", "ADJ", "lyonnais"), ("Kourso", 5, "nsubj", "PROPN", "Kourso"),
            ("a", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
            ("saisi", 5, "ROOT", "VERB", "saisir", "Tense=Past|VerbForm=Part"),
            ("le", 7, "det", "DET", "le"), ("juge", 5, "obj", "NOUN", "juge"), (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].head.i, doc[3].dep_) == (5, "nsubj")


# "Solidaires , la CFTC et l' USD ont signé ." with the second name hung on the first and the third on it
LIST_MIDDLE_ROWS = [
    ("Solidaires", 8, "nsubj", "PROPN", "Solidaires"), (",", 3, "punct", "PUNCT", ","),
    ("la", 3, "det", "DET", "le"), ("CFTC", 0, "nmod", "PROPN", "CFTC"),
    ("et", 6, "cc", "CCONJ", "et"), ("l'", 6, "det", "DET", "le"), ("USD", 3, "conj", "PROPN", "USD"),
    ("ont", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("signé", 8, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"), (".", 8, "punct", "PUNCT", "."),
]


def test_the_middle_of_a_list_hung_on_its_first_name_is_a_conjunct(hand_doc):
    doc = repair(hand_doc(LIST_MIDDLE_ROWS))
    assert [(doc[i].head.i, doc[i].dep_) for i in (3, 6)] == [(0, "conj"), (0, "conj")]


def test_an_apposition_joined_to_a_bare_noun_stays(hand_doc):
    # "Varga , le maire et président , a signé ." : a person's titles, not a list of bodies
    rows = [("Varga", 8, "nsubj", "PROPN", "Varga"), (",", 3, "punct", "PUNCT", ","),
            ("le", 3, "det", "DET", "le"), ("maire", 0, "appos", "NOUN", "maire"),
            ("et", 5, "cc", "CCONJ", "et"), ("président", 3, "conj", "NOUN", "président"),
            (",", 3, "punct", "PUNCT", ","), ("a", 8, "aux:tense", "AUX", "avoir"),
            ("signé", 8, "ROOT", "VERB", "signer"), (".", 8, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert [(doc[i].head.i, doc[i].dep_) for i in (3, 5)] == [(0, "appos"), (3, "conj")]


# "Orvel a proposé une prime , jugée faible par les guides ." with the participle an adjunct of the verb
# and the doer hung on the adjective
JUDGED_ROWS = [
    ("Orvel", 2, "nsubj", "PROPN", "Orvel"), ("a", 2, "aux:tense", "AUX", "avoir"),
    ("proposé", 2, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"),
    ("une", 4, "det", "DET", "un"), ("prime", 2, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    (",", 6, "punct", "PUNCT", ","),
    ("jugée", 2, "advcl", "VERB", "juger", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("faible", 6, "xcomp", "ADJ", "faible"), ("par", 10, "case", "ADP", "par"), ("les", 10, "det", "DET", "le"),
    ("guides", 7, "obl:mod", "NOUN", "guide", "Number=Plur"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_participle_after_the_object_and_agreeing_with_it_qualifies_it(hand_doc):
    doc = repair(hand_doc(JUDGED_ROWS))
    assert (doc[6].head.i, doc[6].dep_) == (4, "acl")
    assert (doc[10].head.i, doc[10].dep_) == (6, "obl:agent")


def test_a_participle_that_does_not_agree_with_the_object_stays_an_adjunct(hand_doc):
    # "... une prime , jugés faible ..." : a masculine plural says nothing of the bonus
    rows = list(JUDGED_ROWS)
    rows[6] = ("jugés", 2, "advcl", "VERB", "juger", "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[6].head.i, doc[6].dep_) == (2, "advcl")


# "l' offre que lui avaient remise les élus" parsed with a bare adnominal clause, 'que' a conjunction and
# the subject after the verb taken for its object
def test_an_adnominal_clause_with_que_for_object_and_its_subject_after_the_verb_is_a_relative(hand_doc):
    rows = [("l'", 1, "det", "DET", "le"), ("offre", 1, "ROOT", "NOUN", "offre"),
            ("que", 5, "obj", "SCONJ", "que"), ("lui", 5, "iobj", "PRON", "lui"),
            ("avaient", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
            ("remise", 1, "acl", "VERB", "remettre", "Tense=Past|VerbForm=Part"),
            ("les", 7, "det", "DET", "le"), ("élus", 5, "obj", "NOUN", "élu"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[5].dep_, doc[2].pos_) == ("nsubj", "acl:relcl", "PRON")
    # with its subject before the verb ('que les élus lui avaient remise'), nothing moves
    rows = [("l'", 1, "det", "DET", "le"), ("offre", 1, "ROOT", "NOUN", "offre"),
            ("que", 7, "obj", "SCONJ", "que"), ("les", 4, "det", "DET", "le"), ("élus", 7, "nsubj", "NOUN", "élu"),
            ("lui", 7, "iobj", "PRON", "lui"), ("avaient", 7, "aux:tense", "AUX", "avoir"),
            ("remise", 1, "acl", "VERB", "remettre"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[4].dep_, doc[5].dep_) == ("nsubj", "iobj")


def test_il_y_before_a_verb_other_than_avoir_is_a_personal_subject(hand_doc):
    # "il y touchera 500 francs ." parsed as the impersonal 'il y a'
    rows = [("il", 2, "expl:subj", "PRON", "il"), ("y", 2, "iobj", "PRON", "y"),
            ("touchera", 2, "ROOT", "VERB", "toucher", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("500", 4, "nummod", "NUM", "500"), ("francs", 2, "obj", "NOUN", "franc"), (".", 2, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[0].dep_ == "nsubj"
    # "il y aura des grèves ." : 'avoir' keeps it impersonal
    rows = [("il", 2, "expl:subj", "PRON", "il"), ("y", 2, "iobj", "PRON", "y"),
            ("aura", 2, "ROOT", "VERB", "avoir", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
            ("des", 4, "det", "DET", "un"), ("grèves", 2, "obj", "NOUN", "grève"), (".", 2, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[0].dep_ == "expl:subj"


def test_a_bare_name_right_after_the_verb_taken_for_an_argument_is_its_object(hand_doc):
    # "Le syndicat a assigné HSC devant le juge ." with the name taken for a bare oblique
    rows = [("Le", 1, "det", "DET", "le"), ("syndicat", 3, "nsubj", "NOUN", "syndicat"),
            ("a", 3, "aux:tense", "AUX", "avoir"), ("assigné", 3, "ROOT", "VERB", "assigner"),
            ("HSC", 3, "obl:arg", "NOUN", "hsc"), ("devant", 7, "case", "ADP", "devant"), ("le", 7, "det", "DET", "le"),
            ("juge", 3, "obl:mod", "NOUN", "juge"), (".", 3, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[4].dep_ == "obj"
    # a lower-case bare word there is no name: "Le syndicat a assigné hier devant le juge ."
    rows[4] = ("hier", 3, "obl:arg", "NOUN", "hier")
    assert repair(hand_doc(rows))[4].dep_ == "obl:arg"


# "Un cariste saisonnier y gagne 90 euros ." with the adjective as the root and the verb hung on it
ADJECTIVE_ROOT_ROWS = [
    ("Un", 1, "det", "DET", "un"), ("cariste", 2, "nsubj", "NOUN", "cariste"),
    ("saisonnier", 2, "ROOT", "ADJ", "saisonnier"), ("y", 4, "expl:comp", "PRON", "y"),
    ("gagne", 2, "obl:arg", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("90", 6, "nummod", "NUM", "90"), ("euros", 4, "obj", "NOUN", "euro"), (".", 2, "punct", "PUNCT", "."),
]


def test_an_adjective_of_the_subject_taken_for_the_root_gives_the_root_to_the_verb(hand_doc):
    doc = repair(hand_doc(ADJECTIVE_ROOT_ROWS))
    assert [(doc[i].head.i, doc[i].dep_) for i in (4, 1, 2, 7)] == [(4, "ROOT"), (4, "nsubj"), (1, "amod"), (4, "punct")]


def test_an_adjective_root_with_a_copula_stays(hand_doc):
    # "Le cariste est saisonnier ." : a copula makes the adjective the predicate
    rows = [("Le", 1, "det", "DET", "le"), ("cariste", 3, "nsubj", "NOUN", "cariste"),
            ("est", 3, "cop", "AUX", "être"), ("saisonnier", 3, "ROOT", "ADJ", "saisonnier"), (".", 3, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[3].dep_ == "ROOT"


# "La séance s' est déroulée dans la mairie entre la régie , les guides et la médiatrice ." with the first party on
# the place and the others taken for the verb's object
MEETING_ROWS = [
    ("La", 1, "det", "DET", "le"), ("séance", 4, "nsubj", "NOUN", "séance"),
    ("s'", 4, "expl:comp", "PRON", "se"), ("est", 4, "aux:tense", "AUX", "être"),
    ("déroulée", 4, "ROOT", "VERB", "dérouler", "Tense=Past|VerbForm=Part"),
    ("dans", 7, "case", "ADP", "dans"), ("la", 7, "det", "DET", "le"), ("mairie", 4, "obl:arg", "NOUN", "mairie"),
    ("entre", 10, "case", "ADP", "entre"), ("la", 10, "det", "DET", "le"), ("régie", 7, "nmod", "NOUN", "régie"),
    (",", 13, "punct", "PUNCT", ","), ("les", 13, "det", "DET", "le"), ("guides", 4, "obj", "NOUN", "guide"),
    ("et", 16, "cc", "CCONJ", "et"), ("la", 16, "det", "DET", "le"), ("médiatrice", 13, "conj", "NOUN", "médiatrice"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_parties_hung_on_the_place_of_a_meeting_are_the_verb_s_list_of_parties(hand_doc):
    doc = repair(hand_doc(MEETING_ROWS))
    assert [(doc[i].head.i, doc[i].dep_) for i in (10, 13, 16)] == [(4, "obl:mod"), (10, "conj"), (10, "conj")]


def test_a_complement_after_entre_on_an_event_noun_stays_its_own(hand_doc):
    # "La séance s' est déroulée dans la rencontre entre la régie ..." : a meeting noun keeps its parties
    rows = list(MEETING_ROWS)
    rows[7] = ("rencontre", 4, "obl:arg", "NOUN", "rencontre")
    doc = repair(hand_doc(rows), event_nouns={"rencontre"})
    assert (doc[10].head.i, doc[10].dep_) == (7, "nmod")


# "Orvel affirme utiliser ." parsed as two sentences, 'Orvel' alone and the verb with no subject
NAME_ALONE_ROWS = [
    ("Orvel", 0, "ROOT", "PROPN", "Orvel"),
    ("affirme", 1, "ROOT", "VERB", "affirmer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("utiliser", 1, "xcomp", "VERB", "utiliser", "VerbForm=Inf"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_name_alone_right_before_a_verb_with_no_subject_is_its_subject(hand_doc):
    doc = repair(hand_doc(NAME_ALONE_ROWS))
    assert (doc[0].head.i, doc[0].dep_) == (1, "nsubj")


def test_a_name_set_off_by_a_colon_stays_alone(hand_doc):
    rows = _inserted(NAME_ALONE_ROWS, 1, (":", 0, "punct", "PUNCT", ":"))
    doc = repair(hand_doc(rows))
    assert doc[0].dep_ == "ROOT"


def test_the_phrase_after_a_headline_s_colon_hung_on_the_topic_is_the_verb_s_subject(hand_doc):
    # "Vernac : la régie Orvel ferme ." with the phrase after the colon hung on the topic before it
    rows = [("Vernac", 0, "ROOT", "PROPN", "Vernac"), (":", 0, "punct", "PUNCT", ":"),
            ("la", 3, "det", "DET", "le"), ("régie", 0, "nmod", "NOUN", "régie"),
            ("Orvel", 3, "appos", "PROPN", "Orvel"),
            ("ferme", 5, "ROOT", "VERB", "fermer", "Mood=Ind|Tense=Pres|VerbForm=Fin"), (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].head.i, doc[3].dep_, doc[0].dep_) == (5, "nsubj", "ROOT")


# "après 6 semaines de pourparlers entre la mairie ." with the parties hung on 'semaines'
STRETCH_ROWS = [
    ("après", 2, "case", "ADP", "après"),
    ("6", 2, "nummod", "NUM", "6", "NumType=Card"),
    ("semaines", 2, "ROOT", "NOUN", "semaine", "Gender=Fem|Number=Plur"),
    ("de", 4, "case", "ADP", "de"),
    ("pourparlers", 2, "nmod", "NOUN", "pourparlers", "Gender=Masc|Number=Plur"),
    ("entre", 7, "case", "ADP", "entre"),
    ("la", 7, "det", "DET", "le", "Definite=Def"),
    ("mairie", 2, "nmod", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_parties_after_entre_on_a_stretch_of_time_are_those_of_its_event(hand_doc):
    doc = repair(hand_doc(STRETCH_ROWS), time_words={"semaine"})
    assert (doc[7].head.i, doc[7].dep_) == (4, "nmod")


def test_a_stretch_of_time_with_no_de_complement_keeps_what_follows_entre(hand_doc):
    # "après 6 semaines entre la mairie ." : nothing else for the complement to belong to
    rows = [STRETCH_ROWS[i] for i in (0, 1, 2, 5, 6, 7, 8)]
    rows = [(w, {2: 2, 7: 5}.get(h, h), *rest) for (w, h, *rest) in rows]
    doc = repair(hand_doc(rows), time_words={"semaine"})
    assert doc[5].head.i == 2


# "Unimax a assigné mardi Vantel Services devant ." with the name after the date a sentence of its own
NAME_AFTER_DATE_ROWS = [
    ("Unimax", 2, "nsubj", "PROPN", "Unimax"),
    ("a", 2, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("assigné", 2, "ROOT", "VERB", "assigner", "Tense=Past|VerbForm=Part"),
    ("mardi", 2, "obl:mod", "NOUN", "mardi", "Gender=Masc|Number=Sing"),
    ("Vantel", 4, "ROOT", "NOUN", "vantel", "Gender=Masc|Number=Sing"),
    ("Services", 4, "flat:name", "PROPN", "Services"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_name_rooted_alone_after_a_verb_s_bare_date_is_its_object(hand_doc):
    doc = repair(hand_doc(NAME_AFTER_DATE_ROWS))
    assert (doc[4].head.i, doc[4].dep_) == (2, "obj")


def test_a_name_after_the_date_of_a_verb_with_an_object_stays_apart(hand_doc):
    # "Unimax a assigné Orvel mardi Vantel Services ." : the verb has its object already
    rows = _inserted(NAME_AFTER_DATE_ROWS, 3, ("Orvel", 2, "obj", "PROPN", "Orvel"))
    doc = repair(hand_doc(rows))
    assert doc[5].dep_ == "ROOT"


# "La régie compte par ailleurs engager ." with 'compte' a noun and the infinitive on the subject
COMPTE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("régie", 1, "ROOT", "NOUN", "régie", "Gender=Fem|Number=Sing"),
    ("compte", 1, "nmod", "NOUN", "compte", "Gender=Masc|Number=Sing"),
    ("par", 4, "case", "ADP", "par"),
    ("ailleurs", 1, "nmod", "NOUN", "ailleurs", "Gender=Masc|Number=Sing"),
    ("engager", 1, "acl", "VERB", "engager", "VerbForm=Inf"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_bare_noun_before_a_locution_and_an_infinitive_is_the_governing_verb(hand_doc):
    doc = repair(hand_doc(COMPTE_ROWS))
    assert doc[2].pos_ == "VERB" and doc[2].dep_ == "ROOT" and (doc[1].head.i, doc[1].dep_) == (2, "nsubj")
    assert (doc[5].head.i, doc[5].dep_) == (2, "xcomp")


def test_a_noun_with_its_article_before_a_locution_and_an_infinitive_stays_a_noun(hand_doc):
    # "La régie le compte par ailleurs engager ." : 'le compte', with its article, is a noun
    rows = _inserted(COMPTE_ROWS, 2, ("le", 3, "det", "DET", "le", "Definite=Def"))
    doc = repair(hand_doc(rows))
    assert doc[3].pos_ == "NOUN"


# "Il touchait jusqu' ici 1 900 euros ." with 'jusqu'' taken for the preposition of the sum
JUSQUICI_ROWS = [
    ("Il", 1, "nsubj", "PRON", "il"), ("touchait", 1, "ROOT", "VERB", "toucher", "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("jusqu'", 6, "case", "ADP", "jusque"), ("ici", 6, "advmod", "ADV", "ici"), ("1", 6, "det", "DET", "1"),
    ("900", 6, "det", "DET", "900"), ("euros", 1, "obl:arg", "NOUN", "euro"), (".", 1, "punct", "PUNCT", "."),
]


def test_jusquici_is_no_preposition_of_the_noun_after_it(hand_doc):
    doc = repair(hand_doc(JUSQUICI_ROWS))
    assert (doc[2].dep_, doc[2].head.i, doc[6].dep_) == ("advmod", 1, "obj")


def test_jusqua_before_a_noun_stays_its_preposition(hand_doc):
    # "Il touchait jusqu' à 1 900 euros ." : 'jusqu'à' is the sum's bound
    rows = list(JUSQUICI_ROWS)
    rows[3] = ("à", 6, "case", "ADP", "à")
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[6].dep_) == ("case", "obl:arg")


# "Les 12 autres seront mutés , a précisé la direction ." with the participle a noun, the subject a
# dative and the clause the subject of the verb of saying
SAYING_INCISE_ROWS = [
    ("Les", 4, "det", "DET", "le"), ("12", 4, "nummod", "NUM", "12"), ("autres", 4, "iobj", "ADJ", "autre"),
    ("seront", 4, "aux:pass", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("mutés", 7, "nsubj", "NOUN", "mutés", "Gender=Masc|Number=Plur"), (",", 7, "punct", "PUNCT", ","),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("précisé", 7, "ROOT", "VERB", "préciser", "Tense=Past|VerbForm=Part"), ("la", 9, "det", "DET", "le"),
    ("direction", 7, "obj", "NOUN", "direction"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_passive_participle_tagged_a_noun_takes_its_verb_and_its_subject(hand_doc):
    doc = repair(hand_doc(SAYING_INCISE_ROWS), verbs={"muter", "préciser"})
    assert (doc[4].pos_, doc[4].lemma_, doc[2].dep_, doc[0].head.i) == ("VERB", "muter", "nsubj:pass", 2)


def test_the_clause_before_an_incise_of_saying_is_the_sentences(hand_doc):
    doc = repair(hand_doc(SAYING_INCISE_ROWS), verbs={"muter", "préciser"})
    assert (doc[4].dep_, doc[7].dep_, doc[7].head.i, doc[9].dep_) == ("ROOT", "parataxis", 4, "nsubj")


def test_a_verb_of_saying_with_a_noun_for_its_subject_stays_the_root(hand_doc):
    # "La direction a précisé les horaires ." : nothing before a comma
    rows = [("La", 1, "det", "DET", "le"), ("direction", 3, "nsubj", "NOUN", "direction"),
            ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("précisé", 3, "ROOT", "VERB", "préciser", "Tense=Past|VerbForm=Part"), ("les", 5, "det", "DET", "le"),
            ("horaires", 3, "obj", "NOUN", "horaire"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"préciser"})
    assert (doc[3].dep_, doc[1].dep_) == ("ROOT", "nsubj")


# "Près de 80 caristes ont cessé , bloquant le dépôt ." with the count on 'près' and the
# present participle the root
APPROX_ROWS = [
    ("Près", 5, "advmod", "ADV", "près"), ("de", 3, "case", "ADP", "de"), ("80", 3, "nummod", "NUM", "80"),
    ("caristes", 0, "obl:arg", "NOUN", "cariste"), ("ont", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("cessé", 7, "advcl", "VERB", "cesser", "Tense=Past|VerbForm=Part"), (",", 7, "punct", "PUNCT", ","),
    ("bloquant", 7, "ROOT", "VERB", "bloquer", "Tense=Pres|VerbForm=Part"), ("le", 9, "det", "DET", "le"),
    ("dépôt", 7, "obj", "NOUN", "dépôt"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_count_after_pres_de_is_the_subject_and_the_clause_before_a_gerundive_the_sentence(hand_doc):
    doc = repair(hand_doc(APPROX_ROWS))
    assert (doc[3].dep_, doc[3].head.i, doc[0].head.i) == ("nsubj", 5, 2)
    assert (doc[5].dep_, doc[7].dep_, doc[7].head.i) == ("ROOT", "advcl", 5)


def test_a_clause_opened_by_quand_before_a_gerundive_stays_its_adverbial(hand_doc):
    rows = list(APPROX_ROWS)
    rows[1] = ("quand", 5, "mark", "SCONJ", "quand")  # a word of subordination on the clause's verb
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[5].dep_) == ("ROOT", "advcl")


# "Une convention a été paraphée par la fédération X , la mairie et son délégataire ." with the second
# doer taken for an object
PASSIVE_LIST_ROWS = [
    ("Une", 1, "det", "DET", "un"), ("convention", 4, "nsubj:pass", "NOUN", "convention"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", 4, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("paraphée", 4, "ROOT", "VERB", "parapher", "Tense=Past|VerbForm=Part"), ("par", 7, "case", "ADP", "par"),
    ("la", 7, "det", "DET", "le"), ("fédération", 4, "obl:agent", "NOUN", "fédération"), ("X", 7, "nmod", "PROPN", "X"),
    (",", 11, "punct", "PUNCT", ","), ("la", 11, "det", "DET", "le"), ("mairie", 4, "obj", "NOUN", "mairie"),
    ("et", 14, "cc", "CCONJ", "et"), ("son", 14, "det", "DET", "son"), ("délégataire", 11, "conj", "NOUN", "délégataire"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_noun_after_the_doer_of_a_passive_and_a_comma_is_another_doer(hand_doc):
    doc = repair(hand_doc(PASSIVE_LIST_ROWS))
    assert (doc[11].dep_, doc[11].head.i, doc[14].head.i) == ("conj", 7, 7)


def test_an_active_verbs_object_after_a_comma_stays_its_object(hand_doc):
    rows = [r if r[0] not in ("été", "par") else ((r[0], 4, "advmod", "ADV", r[4]) if r[0] == "été" else r)
            for r in PASSIVE_LIST_ROWS]
    rows[7] = ("fédération", 4, "obl", "NOUN", "fédération")
    doc = repair(hand_doc(rows))
    assert doc[11].dep_ == "obj"


# "Le département et la région ont pour leur part offert un prêt ." with the subject the root and 'ont'
# a stray word
CUT_AUX_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("département", 1, "ROOT", "NOUN", "département"), ("et", 4, "cc", "CCONJ", "et"),
    ("la", 4, "det", "DET", "le"), ("région", 1, "conj", "NOUN", "région"),
    ("ont", 1, "punct", "VERB", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("pour", 8, "case", "ADP", "pour"),
    ("leur", 8, "det", "DET", "son"), ("part", 1, "nmod", "NOUN", "part"),
    ("offert", 8, "acl", "VERB", "offrir", "Tense=Past|VerbForm=Part"), ("un", 11, "det", "DET", "un"),
    ("prêt", 9, "xcomp", "NOUN", "prêt"), (".", 1, "punct", "PUNCT", "."),
]


def test_avoir_cut_off_between_a_root_subject_and_a_participle_is_its_auxiliary(hand_doc):
    doc = repair(hand_doc(CUT_AUX_ROWS))
    assert (doc[9].dep_, doc[1].dep_, doc[1].head.i, doc[5].dep_, doc[11].dep_) == ("ROOT", "nsubj", 9, "aux:tense", "obj")


def test_avoir_before_a_noun_and_no_participle_is_left_alone(hand_doc):
    # "Le département et la région ont pour leur part un prêt ." : no participle
    rows = CUT_AUX_ROWS[:9] + [("un", 10, "det", "DET", "un"), ("prêt", 8, "nmod", "NOUN", "prêt"),
                               (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[5].dep_) == ("ROOT", "punct")


def test_a_phrase_with_its_preposition_taken_for_the_object_of_avoir_leaves_the_participle_the_verb(hand_doc):
    # "Le syndicat a de son côté accepté l' offre ." with 'côté' the object of 'a'
    rows = list(COTE_ROWS)
    rows[5] = ("côté", 2, "obj", "NOUN", "côté")
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[2].dep_, doc[5].dep_) == ("ROOT", "aux:tense", "obl:mod")


# "la hausse de la paie des saisonniers , rémunérés 70 euros ." with the participle hung on 'hausse'
AGREE_ROWS = [
    ("la", 1, "det", "DET", "le"), ("hausse", 1, "ROOT", "NOUN", "hausse", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"), ("la", 4, "det", "DET", "le"), ("paie", 1, "nmod", "NOUN", "paie", "Gender=Fem|Number=Sing"),
    ("des", 6, "case", "ADP", "de"), ("saisonniers", 4, "nmod", "NOUN", "saisonnier", "Gender=Masc|Number=Plur"),
    (",", 1, "punct", "PUNCT", ","),
    ("rémunérés", 1, "acl", "VERB", "rémunérer", "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"),
    ("70", 10, "nummod", "NUM", "70"), ("euros", 8, "obj", "NOUN", "euro"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_participle_hung_on_a_noun_it_does_not_agree_with_goes_to_the_complement_it_agrees_with(hand_doc):
    assert repair(hand_doc(AGREE_ROWS))[8].head.i == 6


def test_a_participle_that_agrees_with_its_noun_stays_on_it(hand_doc):
    rows = list(AGREE_ROWS)
    rows[8] = ("versée", 1, "acl", "VERB", "verser", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part")
    assert repair(hand_doc(rows))[8].head.i == 1


def test_plus_de_before_a_noun_with_no_number_is_left_alone(hand_doc):
    # the same words with a determiner in place of the number: no count after 'près de', nothing to move
    rows = [r for r in APPROX_ROWS]
    rows[2] = ("tous", 3, "det", "DET", "tout")
    doc = repair(hand_doc(rows))
    assert (doc[3].dep_, doc[3].head.i) == ("obl:arg", 0)


# "Le comité a reçu le repreneur , qui a soumis un plan ." with the clause of 'qui' a complement
COMMA_QUI_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("comité", 3, "nsubj", "NOUN", "comité"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("reçu", 3, "ROOT", "VERB", "recevoir", "Tense=Past|VerbForm=Part"), ("le", 5, "det", "DET", "le"),
    ("repreneur", 3, "obj", "NOUN", "repreneur"), (",", 3, "punct", "PUNCT", ","),
    ("qui", 9, "nsubj", "PRON", "qui", "PronType=Rel"), ("a", 9, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("soumis", 3, "ccomp", "VERB", "soumettre", "Tense=Past|VerbForm=Part"), ("un", 11, "det", "DET", "un"),
    ("plan", 9, "obj", "NOUN", "plan"), (".", 3, "punct", "PUNCT", "."),
]


def test_qui_after_a_noun_and_its_comma_opens_a_relative_on_the_noun(hand_doc):
    doc = repair(hand_doc(COMMA_QUI_ROWS))
    assert (doc[9].dep_, doc[9].head.i) == ("acl:relcl", 5)


def test_qui_with_no_comma_before_it_is_left_alone(hand_doc):
    rows = COMMA_QUI_ROWS[:6] + [("et", 9, "cc", "CCONJ", "et")] + COMMA_QUI_ROWS[7:]
    doc = repair(hand_doc(rows))
    assert (doc[9].dep_, doc[9].head.i) == ("ccomp", 3)


# "Tarvel , qui fabrique des vis , a fermé son atelier ." with the name a sentence of its own and
# the main verb with no subject
OPENING_ROWS = [
    ("Tarvel", 0, "ROOT", "PROPN", "Tarvel", ""),
    (",", 0, "punct", "PUNCT", ","),
    ("qui", 3, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("fabrique", 0, "acl:relcl", "VERB", "fabriquer", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("des", 5, "det", "DET", "un", "Definite=Ind"),
    ("vis", 3, "obj", "NOUN", "vis", "Gender=Fem|Number=Plur"),
    (",", 8, "punct", "PUNCT", ","),
    ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("fermé", 8, "ROOT", "VERB", "fermer", "Tense=Past|VerbForm=Part"),
    ("son", 10, "det", "DET", "son", "Poss=Yes"),
    ("atelier", 8, "obj", "NOUN", "atelier", "Gender=Masc|Number=Sing"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_the_phrase_opening_the_sentence_is_the_subject_of_a_subjectless_verb_after_an_incise(hand_doc):
    doc = repair(hand_doc(OPENING_ROWS))
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 8)


def test_an_opening_adjunct_with_a_comma_is_passed_over_for_the_subject(hand_doc):
    # "Le fonds , de son côté , a retiré son offre ." with the subject taken for an adjunct
    rows = [
        ("Le", 1, "det", "DET", "le", "Definite=Def"),
        ("fonds", 8, "obl:mod", "NOUN", "fonds", "Gender=Masc|Number=Sing"),
        (",", 1, "punct", "PUNCT", ","),
        ("de", 5, "case", "ADP", "de"),
        ("son", 5, "det", "DET", "son", "Poss=Yes"),
        ("côté", 8, "obl:mod", "NOUN", "côté", "Gender=Masc|Number=Sing"),
        (",", 8, "punct", "PUNCT", ","),
        ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
        ("retiré", 8, "ROOT", "VERB", "retirer", "Tense=Past|VerbForm=Part"),
        ("son", 10, "det", "DET", "son", "Poss=Yes"),
        ("offre", 8, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 8) and doc[5].dep_ == "obl:mod"


def test_a_phrase_with_a_preposition_opening_the_sentence_is_no_subject(hand_doc):
    # "Dans la vallée , ont fermé trois ateliers ." : the subject comes after the verb
    rows = [
        ("Dans", 2, "case", "ADP", "dans"),
        ("la", 2, "det", "DET", "le", "Definite=Def"),
        ("vallée", 5, "obl:mod", "NOUN", "vallée", "Gender=Fem|Number=Sing"),
        (",", 5, "punct", "PUNCT", ","),
        ("ont", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
        ("fermé", 5, "ROOT", "VERB", "fermer", "Tense=Past|VerbForm=Part"),
        ("trois", 7, "nummod", "NUM", "trois", "NumType=Card"),
        ("ateliers", 5, "obj", "NOUN", "atelier", "Gender=Masc|Number=Plur"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert not any(t.dep_.startswith("nsubj") for t in doc)


def test_an_opening_phrase_that_does_not_agree_with_the_verb_is_no_subject(hand_doc):
    # "Les ouvriers , selon lui , a ..." : a plural noun, a singular verb
    rows = [("Les", 1, "det", "DET", "le", "Definite=Def"),
            ("ouvriers", 1, "ROOT", "NOUN", "ouvrier", "Gender=Masc|Number=Plur")] + OPENING_ROWS[1:]
    doc = repair(hand_doc([(w, h + 1 if i > 1 else h, *rest) for i, (w, h, *rest) in enumerate(rows)]))
    assert doc[1].dep_ == "ROOT"


def test_a_main_verb_hung_on_the_verb_of_a_dont_incise_becomes_the_root(hand_doc):
    # "Orvel , dont le chiffre atteint deux millions , emploie vingt soudeurs ." with 'emploie' an advcl
    rows = [
        ("Orvel", 6, "obl:mod", "PROPN", "Orvel", ""),
        (",", 0, "punct", "PUNCT", ","),
        ("dont", 4, "nmod", "PRON", "dont", "PronType=Rel"),
        ("le", 4, "det", "DET", "le", "Definite=Def"),
        ("chiffre", 5, "nsubj", "NOUN", "chiffre", "Gender=Masc|Number=Sing"),
        ("atteint", 5, "ROOT", "VERB", "atteindre", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
        ("deux", 7, "nummod", "NUM", "deux", "NumType=Card"),
        ("millions", 5, "obj", "NOUN", "million", "Number=Plur"),
        (",", 9, "punct", "PUNCT", ","),
        ("emploie", 5, "advcl", "VERB", "employer", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
        ("vingt", 11, "nummod", "NUM", "vingt", "NumType=Card"),
        ("soudeurs", 9, "obj", "NOUN", "soudeur", "Gender=Masc|Number=Plur"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert doc[9].dep_ == "ROOT" and (doc[0].dep_, doc[0].head.i) == ("nsubj", 9)
    assert (doc[5].dep_, doc[5].head.i) == ("acl:relcl", 0)
    # 'quand' opens a clause of its own: the verb after it stays where it was
    rows[8:8] = [("quand", 10, "mark", "SCONJ", "quand")]
    rows = [(w, h + 1 if h >= 8 and i != 8 else h, *rest) for i, (w, h, *rest) in enumerate(rows)]
    doc = repair(hand_doc(rows))
    assert doc[10].dep_ == "advcl"


def test_an_unknown_capitalised_word_tagged_a_participle_before_a_comma_is_a_name(hand_doc):
    # "Varnalis , qui fabrique des vis , a fermé son atelier ." with the name tagged a participle
    rows = [("Varnalis", 8, "advcl", "VERB", "varnalis", "Tense=Past|VerbForm=Part")] + OPENING_ROWS[1:]
    doc = repair(hand_doc(rows))
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.i) == ("PROPN", "nsubj", 8)


def test_a_fronted_participle_the_lemmatiser_knows_stays_a_participle(hand_doc):
    # "Licencié , qui ... , a saisi ..." : 'licencier' is a verb the lemmatiser knows
    from kg.extract.repairs import _name_tagged_a_verb
    rows = [("Licencié", 8, "advcl", "VERB", "licencier", "Tense=Past|VerbForm=Part")] + OPENING_ROWS[1:]
    doc = hand_doc(rows)
    assert not _name_tagged_a_verb(doc, doc[0])
    named = hand_doc([("Varnalis", 8, "advcl", "VERB", "varnalis", "")] + rows[1:])
    assert _name_tagged_a_verb(named, named[0])


# "Les livreurs qui roulent pour la plateforme Zelvo ont saisi le juge ." with the name ending the
# relative clause taken for the subject, and 'livreurs' a sentence of its own
RELATIVE_NAME_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("livreurs", 1, "ROOT", "NOUN", "livreur", "Gender=Masc|Number=Plur"),
    ("qui", 3, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("roulent", 1, "acl:relcl", "VERB", "rouler", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("pour", 6, "case", "ADP", "pour"),
    ("la", 6, "det", "DET", "le", "Definite=Def"),
    ("plateforme", 3, "obl:mod", "NOUN", "plateforme", "Gender=Fem|Number=Sing"),
    ("Zelvo", 9, "nsubj", "PROPN", "Zelvo", "Number=Plur"),
    ("ont", 9, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("saisi", 9, "ROOT", "VERB", "saisir", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("le", 11, "det", "DET", "le", "Definite=Def"),
    ("juge", 9, "obj", "NOUN", "juge", "Gender=Masc|Number=Sing"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_name_ending_a_relative_clause_names_its_noun_and_the_antecedent_is_the_subject(hand_doc):
    doc = repair(hand_doc(RELATIVE_NAME_ROWS))
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 9)
    assert (doc[7].dep_, doc[7].head.i) == ("appos", 6)


def test_a_name_after_a_preposition_in_the_relative_clause_is_left_alone(hand_doc):
    # "Les livreurs qui roulent pour Zelvo ont saisi le juge ." : no noun before the name
    rows = RELATIVE_NAME_ROWS[:5] + [("Zelvo", 7, "nsubj", "PROPN", "Zelvo", "Number=Plur")] + [
        (w, h - 2 if h > 6 else h, *rest) for (w, h, *rest) in RELATIVE_NAME_ROWS[8:]]
    doc = repair(hand_doc(rows))
    assert doc[1].dep_ == "ROOT" and doc[5].dep_ == "nsubj"


# "Selon le délégué , un soudeur touche 2000 euros ." with the source taken for the subject and the
# real subject apposed to it
SOURCE_SUBJECT_ROWS = [
    ("Selon", 2, "case", "ADP", "selon"),
    ("le", 2, "det", "DET", "le", "Definite=Def"),
    ("délégué", 7, "nsubj", "NOUN", "délégué", "Gender=Masc|Number=Sing"),
    (",", 2, "punct", "PUNCT", ","),
    ("un", 5, "det", "DET", "un", "Definite=Ind"),
    ("soudeur", 2, "appos", "NOUN", "soudeur", "Gender=Masc|Number=Sing"),
    ("y", 7, "expl:comp", "PRON", "y", ""),
    ("touche", 7, "ROOT", "VERB", "toucher", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("2000", 9, "nummod", "NUM", "2000", "NumType=Card"),
    ("euros", 7, "obj", "NOUN", "euro", "Number=Plur"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_phrase_after_selon_is_no_subject_and_the_phrase_apposed_to_it_is(hand_doc):
    doc = repair(hand_doc(SOURCE_SUBJECT_ROWS))
    assert doc[2].dep_ == "obl:mod" and (doc[5].dep_, doc[5].head.i) == ("nsubj", 7)


def test_a_subject_with_no_preposition_keeps_its_apposition(hand_doc):
    # "Le délégué , un soudeur , y touche 2000 euros ." : an apposition of the subject stays one
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def")] + SOURCE_SUBJECT_ROWS[2:]
    doc = repair(hand_doc([(w, h - 1, *rest) for (w, h, *rest) in rows]))
    assert doc[1].dep_ == "nsubj" and doc[4].dep_ == "appos"


# "La fédération suggère de baisser les tarifs ." with 'suggère' tagged an adjective
SUGGESTS_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("fédération", 2, "nsubj", "NOUN", "fédération", "Gender=Fem|Number=Sing"),
    ("suggère", 2, "ROOT", "ADJ", "suggèr", "Gender=Fem|Number=Sing"),
    ("de", 4, "mark", "ADP", "de"),
    ("baisser", 2, "xcomp", "VERB", "baisser", "VerbForm=Inf"),
    ("les", 6, "det", "DET", "le", "Definite=Def"),
    ("tarifs", 4, "obj", "NOUN", "tarif", "Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_an_adjective_with_a_subject_spelling_a_verb_of_the_lexicon_is_that_verb(hand_doc):
    doc = repair(hand_doc(SUGGESTS_ROWS), verbs={"suggérer", "baisser"})
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "suggérer")


def test_an_adjective_after_a_copula_stays_an_adjective(hand_doc):
    # "La fédération est prudente ." : 'prudenter' is no verb, and the copula makes it a predicate
    rows = [SUGGESTS_ROWS[0], ("fédération", 3, "nsubj", "NOUN", "fédération", "Gender=Fem|Number=Sing"),
            ("est", 3, "cop", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("suggère", 3, "ROOT", "ADJ", "suggèr", "Gender=Fem|Number=Sing"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), verbs={"suggérer"})
    assert doc[3].pos_ == "ADJ"


# "Les délégués ont écarté , à une large majorité , la proposition ." with the object after the
# incise taken for punctuation
PUNCT_OBJECT_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("délégués", 3, "nsubj", "NOUN", "délégué", "Gender=Masc|Number=Plur"),
    ("ont", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("écarté", 3, "ROOT", "VERB", "écarter", "Tense=Past|VerbForm=Part"),
    (",", 8, "punct", "PUNCT", ","),
    ("à", 8, "case", "ADP", "à"),
    ("une", 8, "det", "DET", "un", "Definite=Ind"),
    ("large", 8, "amod", "ADJ", "large", ""),
    ("majorité", 3, "obl:mod", "NOUN", "majorité", "Gender=Fem|Number=Sing"),
    (",", 11, "punct", "PUNCT", ","),
    ("la", 11, "det", "DET", "le", "Definite=Def"),
    ("proposition", 3, "punct", "NOUN", "proposition", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_its_article_taken_for_punctuation_or_a_conjunct_after_a_verb_is_its_object(hand_doc):
    for dep in ("punct", "conj"):
        rows = list(PUNCT_OBJECT_ROWS)
        rows[11] = ("proposition", 3, dep, "NOUN", "proposition", "Gender=Fem|Number=Sing")
        doc = repair(hand_doc(rows))
        assert doc[11].dep_ == "obj", dep


def test_a_noun_conjunct_with_its_conjunction_stays_a_conjunct(hand_doc):
    # "... ont écarté ... et la proposition ." : 'et' joins it; and a verb with an object takes none
    rows = list(PUNCT_OBJECT_ROWS)
    rows[9] = ("et", 11, "cc", "CCONJ", "et")
    rows[11] = ("proposition", 3, "conj", "NOUN", "proposition", "Gender=Fem|Number=Sing")
    doc = repair(hand_doc(rows))
    assert doc[11].dep_ == "conj"


# "Le salaire des caristes avoisine 1500 euros ." with 'avoisine' tagged a noun of the subject's phrase
# and the sum a sentence of its own
MEASURE_VERB_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("salaire", 1, "ROOT", "NOUN", "salaire", "Gender=Masc|Number=Sing"),
    ("des", 3, "case", "ADP", "de"),
    ("caristes", 1, "nmod", "NOUN", "cariste", "Number=Plur"),
    ("avoisine", 3, "amod", "NOUN", "avoisine", "Gender=Fem|Number=Sing"),
    ("1500", 6, "nummod", "NUM", "1500", "NumType=Card"),
    ("euros", 6, "ROOT", "NOUN", "euro", "Number=Plur"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_verb_of_measure_tagged_a_noun_after_its_subject_is_the_verb(hand_doc):
    doc = repair(hand_doc(MEASURE_VERB_ROWS), verbs={"avoisiner"})
    assert (doc[4].pos_, doc[4].lemma_, doc[4].dep_) == ("VERB", "avoisiner", "ROOT")
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4) and (doc[6].dep_, doc[6].head.i) == ("obj", 4)


def test_a_noun_after_a_phrase_that_spells_no_verb_of_the_lexicon_stays(hand_doc):
    # the same words where the lexicon knows no such verb: nothing changes
    doc = repair(hand_doc(MEASURE_VERB_ROWS), verbs={"toucher"})
    assert doc[4].pos_ == "NOUN" and doc[1].dep_ == "ROOT"


# "Léa , pour qui un soudeur gagne 1900 euros ." with 'Léa' taken for the subject of 'gagne' and the
# noun after 'qui' for the relative clause
POUR_QUI_ROWS = [
    ("Léa", 6, "nsubj", "PROPN", "Léa", ""),
    (",", 0, "punct", "PUNCT", ","),
    ("pour", 3, "case", "ADP", "pour"),
    ("qui", 5, "nmod", "PRON", "qui", "PronType=Rel"),
    ("un", 5, "det", "DET", "un", "Definite=Ind"),
    ("soudeur", 0, "acl:relcl", "NOUN", "soudeur", "Gender=Masc|Number=Sing"),
    ("gagne", 6, "ROOT", "VERB", "gagner", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("1900", 8, "nummod", "NUM", "1900", "NumType=Card"),
    ("euros", 6, "obj", "NOUN", "euro", "Number=Plur"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_the_noun_after_a_preposition_and_qui_is_the_subject_of_the_relative_clause(hand_doc):
    doc = repair(hand_doc(POUR_QUI_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 6) and (doc[6].dep_, doc[6].head.i) == ("acl:relcl", 0)
    assert doc[0].dep_ == "ROOT"


def test_a_relative_with_a_preposition_whose_verb_comes_first_is_left_alone(hand_doc):
    # "Léa , pour qui travaille le soudeur ..." : no noun right after 'qui'
    rows = list(POUR_QUI_ROWS)
    rows[4] = ("travaille", 6, "advcl", "VERB", "travailler", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin")
    rows[5] = ("le", 6, "det", "DET", "le", "Definite=Def")
    doc = repair(hand_doc(rows))
    assert doc[0].dep_ == "nsubj" and doc[6].dep_ == "ROOT"


# "ont signé un accord au terme de dix jours de discussions ." with the locution hung on the object
TERME_ROWS = [
    ("ont", 1, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("signé", 1, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    ("un", 3, "det", "DET", "un", "Definite=Ind"),
    ("accord", 1, "obj", "NOUN", "accord", "Gender=Masc|Number=Sing"),
    ("au", 5, "case", "ADP", "au"),
    ("terme", 3, "nmod", "NOUN", "terme", "Gender=Masc|Number=Sing"),
    ("de", 8, "case", "ADP", "de"),
    ("dix", 8, "nummod", "NUM", "dix", "NumType=Card"),
    ("jours", 5, "nmod", "NOUN", "jour", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_locution_of_time_hung_on_the_object_is_the_verbs(hand_doc):
    doc = repair(hand_doc(TERME_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("obl:mod", 1)


def test_a_noun_of_such_a_locution_with_no_de_complement_stays_on_the_object(hand_doc):
    # "un accord au terme ." : nothing after 'terme' makes it a locution of time
    doc = repair(hand_doc(TERME_ROWS[:6] + [(".", 1, "punct", "PUNCT", ".")]))
    assert doc[5].head.i == 3


def test_a_figure_tagged_a_verb_counts_the_noun_after_it(hand_doc):
    # "Il gagne 31,40 $ ." with '31,40' tagged a verb, the currency below it
    rows = [("Il", 1, "nsubj", "PRON", "il", ""),
            ("gagne", 1, "ROOT", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("31,40", 1, "xcomp", "VERB", "31,40", ""),
            ("$", 2, "nmod", "NOUN", "dollar", ""),
            (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[2].pos_, doc[2].dep_, doc[2].head.i) == ("NUM", "nummod", 3)
    assert (doc[3].dep_, doc[3].head.i) == ("obj", 1)
    # a word tagged a verb that is no figure stays a verb
    rows[2] = ("signer", 1, "xcomp", "VERB", "signer", "VerbForm=Inf")
    assert repair(hand_doc(rows))[2].pos_ == "VERB"


def test_a_date_beside_a_subject_is_no_second_subject(hand_doc):
    # "L' an dernier , Livrel a été condamnée ." with the date taken for a subject too
    rows = [("L'", 1, "det", "DET", "le", ""),
            ("an", 7, "nsubj:pass", "NOUN", "an", "Number=Sing"),
            ("dernier", 1, "amod", "ADJ", "dernier", ""),
            (",", 7, "punct", "PUNCT", ","),
            ("Livrel", 7, "nsubj:pass", "PROPN", "Livrel", ""),
            ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("été", 7, "aux:pass", "AUX", "être", "VerbForm=Part"),
            ("condamnée", 7, "ROOT", "VERB", "condamner", "VerbForm=Part|Voice=Pass"),
            (".", 7, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), time_words={"an"})
    assert doc[1].dep_ == "obl:mod" and doc[4].dep_ == "nsubj:pass"
    # alone, a noun of time may be a subject ('l'année a été difficile')
    alone = repair(hand_doc([r if i != 4 else ("Tarvel", 7, "obl:mod", "PROPN", "Tarvel", "") for i, r in enumerate(rows)]),
                   time_words={"an"})
    assert alone[1].dep_ == "nsubj:pass"


def test_a_subject_hung_on_the_auxiliary_is_the_verbs(hand_doc):
    # "Le ministre a promis une aide ." with the subject on 'a'
    rows = [("Le", 1, "det", "DET", "le", ""),
            ("ministre", 2, "nsubj", "NOUN", "ministre", "Number=Sing"),
            ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("promis", 3, "ROOT", "VERB", "promettre", "VerbForm=Part"),
            ("une", 5, "det", "DET", "un", ""),
            ("aide", 3, "obj", "NOUN", "aide", "Number=Sing"),
            (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[1].head.i == 3
    # an auxiliary's own adverb stays where the parser put it ('n'a pas')
    rows[2:2] = [("n'", 3, "advmod", "ADV", "ne", "")]
    rows = [(w, h + 1 if h >= 2 and i != 2 else h, *rest) for i, (w, h, *rest) in enumerate(rows)]
    doc = repair(hand_doc(rows))
    assert doc[2].head.i == 3 and doc[1].head.i == 4


# "Il a paraphé un protocole avec les éditeurs , qui devrait finir le conflit ." with the noun before 'qui'
# hung on the relative's verb: making that verb the noun's relative clause must not close a loop
LOOP_ROWS = [
    ("Il", 2, "nsubj", "PRON", "il", ""),
    ("a", 2, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("signé", 2, "ROOT", "VERB", "signer", "VerbForm=Part"),
    ("un", 4, "det", "DET", "un", ""),
    ("accord", 2, "obj", "NOUN", "accord", "Number=Sing"),
    ("avec", 7, "case", "ADP", "avec"),
    ("les", 7, "det", "DET", "le", ""),
    ("studios", 10, "obl:mod", "NOUN", "studio", "Number=Plur"),
    (",", 10, "punct", "PUNCT", ","),
    ("qui", 10, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("pourrait", 2, "advcl", "VERB", "pouvoir", "Mood=Cnd|VerbForm=Fin"),
    ("finir", 10, "xcomp", "VERB", "finir", "VerbForm=Inf"),
    ("la", 13, "det", "DET", "le", ""),
    ("grève", 11, "obj", "NOUN", "grève", "Number=Sing"),
    (".", 2, "punct", "PUNCT", "."),
]


def _has_loop(doc) -> bool:
    for t in doc:
        seen, i = set(), t.i
        while doc[i].head.i != i:
            if i in seen:
                return True
            seen.add(i)
            i = doc[i].head.i
    return False


def test_a_relative_clause_on_a_noun_hung_below_its_verb_leaves_a_tree(hand_doc):
    doc = repair(hand_doc(LOOP_ROWS))
    assert not _has_loop(doc)
    assert (doc[10].dep_, doc[10].head.i) == ("acl:relcl", 7) and doc[7].head.i == 2
    assert len(list(doc.sents)) >= 1  # spaCy can walk the sentence


def test_no_loop_survives_the_repairs(hand_doc):
    from kg.extract.repairs import _no_cycles
    doc = hand_doc(LOOP_ROWS)
    doc[7].head = doc[10]
    doc[10].head = doc[7]  # a loop, as a repair could leave one
    assert _has_loop(doc)
    _no_cycles(doc)
    assert not _has_loop(doc)


# "Son directeur , Loïc Tanguy , a assuré ." with the name taken for a second subject
APPOSED_NAME_ROWS = [
    ("Son", 1, "det", "DET", "son"), ("directeur", 7, "nsubj", "NOUN", "directeur", "Gender=Masc|Number=Sing"),
    (",", 3, "punct", "PUNCT", ","), ("Loïc", 7, "nsubj", "PROPN", "Loïc"), ("Tanguy", 3, "flat:name", "PROPN", "Tanguy"),
    (",", 7, "punct", "PUNCT", ","), ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("assuré", 7, "ROOT", "VERB", "assurer", "Tense=Past|VerbForm=Part"), (".", 7, "punct", "PUNCT", "."),
]


def test_a_name_between_commas_after_the_subject_names_it(hand_doc):
    doc = repair(hand_doc(APPOSED_NAME_ROWS))
    assert (doc[3].dep_, doc[3].head.i, doc[1].dep_) == ("appos", 1, "nsubj")


def test_a_name_between_commas_followed_by_no_verb_is_left_alone(hand_doc):
    rows = list(APPOSED_NAME_ROWS)
    rows.insert(6, ("lui", 8, "dislocated", "PRON", "lui"))
    rows.insert(7, (",", 8, "punct", "PUNCT", ","))
    rows = [(r[0], r[1] + 2 if r[1] >= 6 and i not in (6, 7) else r[1], *r[2:]) for i, r in enumerate(rows)]
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "nsubj"


# "La mairie a recruté en mars des animateurs ." with 'des' taken for a preposition after the date
DATE_DES_ROWS = [
    ("La", 1, "det", "DET", "le"), ("mairie", 3, "nsubj", "NOUN", "mairie"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("recruté", 3, "ROOT", "VERB", "recruter", "Tense=Past|VerbForm=Part"), ("en", 5, "case", "ADP", "en"),
    ("mars", 3, "obl:mod", "NOUN", "mars"), ("des", 7, "case", "ADP", "de", "Definite=Def|Number=Plur|PronType=Art"),
    ("animateurs", 5, "nmod", "NOUN", "animateur", "Number=Plur"), (".", 3, "punct", "PUNCT", "."),
]


def test_des_after_a_date_is_the_article_of_the_object_of_an_event_verb(hand_doc):
    doc = repair(hand_doc(DATE_DES_ROWS), time_words={"mars"}, verbs={"recruter"})
    assert (doc[7].dep_, doc[7].head.i, doc[6].dep_) == ("obj", 3, "det")


def test_des_after_a_date_on_a_verb_of_no_event_stays_a_preposition(hand_doc):
    rows = list(DATE_DES_ROWS)
    rows[3] = ("parlé", 3, "ROOT", "VERB", "parler", "Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows), time_words={"mars"}, verbs={"recruter"})
    assert (doc[7].dep_, doc[7].head.i) == ("nmod", 5)


# "L' usine a distribué l' an passé une prime ." with 'passé' taken for a verb holding the object
TIME_ADJECTIVE_ROWS = [
    ("L'", 1, "det", "DET", "le"), ("usine", 3, "nsubj", "NOUN", "usine"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("distribué", 3, "ROOT", "VERB", "distribuer", "Tense=Past|VerbForm=Part"), ("l'", 5, "det", "DET", "le"),
    ("an", 3, "obj", "NOUN", "an"), ("passé", 3, "punct", "VERB", "passer", "Tense=Past|VerbForm=Part"),
    ("une", 8, "det", "DET", "un"), ("prime", 6, "obj", "NOUN", "prime"), (".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize("adjective", ["passé", "dernier"])
def test_an_adjective_of_time_taken_for_a_verb_gives_the_object_back(hand_doc, adjective):
    rows = list(TIME_ADJECTIVE_ROWS)
    rows[6] = (adjective, *rows[6][1:])
    doc = repair(hand_doc(rows), time_words={"an"})
    assert (doc[8].dep_, doc[8].head.i, doc[6].head.i, doc[5].dep_) == ("obj", 3, 5, "obl:mod")


def test_an_adjective_of_time_holding_nothing_is_left_alone(hand_doc):
    rows = TIME_ADJECTIVE_ROWS[:7] + [(".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), time_words={"an"})
    assert doc[5].dep_ == "obj"


# "une prime négociée par le syndicat" with the participle given the morphology of an infinitive
INF_PARTICIPLE_ROWS = [
    ("une", 1, "det", "DET", "un"), ("prime", 1, "ROOT", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    ("négociée", 1, "acl", "VERB", "négocier", "VerbForm=Inf"), ("par", 5, "case", "ADP", "par"),
    ("le", 5, "det", "DET", "le"), ("syndicat", 2, "obl:agent", "NOUN", "syndicat"),
]


@pytest.mark.parametrize("word, gender, number", [("négociée", "Fem", "Sing"), ("signés", "Masc", "Plur")])
def test_a_verb_ending_like_a_participle_tagged_an_infinitive_is_a_participle(hand_doc, word, gender, number):
    rows = list(INF_PARTICIPLE_ROWS)
    rows[2] = (word, *rows[2][1:])
    doc = repair(hand_doc(rows))
    assert (doc[2].morph.get("VerbForm"), doc[2].morph.get("Gender"), doc[2].morph.get("Number")) == (
        ["Part"], [gender], [number])


def test_an_infinitive_in_er_stays_an_infinitive(hand_doc):
    rows = list(INF_PARTICIPLE_ROWS)
    rows[2] = ("négocier", *rows[2][1:])
    assert repair(hand_doc(rows))[2].morph.get("VerbForm") == ["Inf"]


# "Le groupe , qui gère trois sites , a fait savoir ." with the opening phrase as the root
RELATIVE_ROOT_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("groupe", 1, "ROOT", "NOUN", "groupe", "Gender=Masc|Number=Sing"),
    (",", 1, "punct", "PUNCT", ","), ("qui", 4, "nsubj", "PRON", "qui"),
    ("gère", 1, "acl:relcl", "VERB", "gérer", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("trois", 6, "nummod", "NUM", "trois"),
    ("sites", 4, "obj", "NOUN", "site"), (",", 9, "punct", "PUNCT", ","),
    ("a", 9, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("fait", 10, "dep", "VERB", "faire", "Tense=Past|VerbForm=Part"), ("savoir", 1, "advmod", "VERB", "savoir", "VerbForm=Inf"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_the_verb_after_a_relative_on_the_opening_phrase_root_is_the_sentence_s(hand_doc):
    doc = repair(hand_doc(RELATIVE_ROOT_ROWS))
    assert (doc[9].dep_, doc[1].dep_, doc[1].head.i, doc[10].head.i, doc[10].dep_) == ("ROOT", "nsubj", 9, 9, "xcomp")


def test_a_finite_verb_after_the_relative_hung_on_the_phrase_is_the_sentence_s(hand_doc):
    rows = RELATIVE_ROOT_ROWS[:8] + [("recrute", 1, "appos", "VERB", "recruter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
                                     (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].dep_, doc[1].head.i, doc[9].head.i) == ("ROOT", 8, 8)


def test_a_noun_after_the_relative_is_an_apposition_and_is_left_alone(hand_doc):
    rows = RELATIVE_ROOT_ROWS[:8] + [("leader", 1, "appos", "NOUN", "leader"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[8].dep_) == ("ROOT", "appos")


# "La direction , contrôlée par un fonds , impute les retards ." with the main verb hung inside the incise
PARTICIPLE_INCISE_ROWS = [
    ("La", 1, "det", "DET", "le"), ("direction", 1, "ROOT", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    (",", 3, "punct", "PUNCT", ","), ("contrôlée", 1, "acl", "VERB", "contrôler", "Tense=Past|VerbForm=Part"),
    ("par", 6, "case", "ADP", "par"), ("un", 6, "det", "DET", "un"), ("fonds", 3, "obl:agent", "NOUN", "fonds"),
    (",", 8, "punct", "PUNCT", ","), ("impute", 6, "acl", "VERB", "imputer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("les", 10, "det", "DET", "le"), ("retards", 8, "obj", "NOUN", "retard"), (".", 1, "punct", "PUNCT", "."),
]


def test_the_verb_after_a_participle_incise_on_the_opening_phrase_is_the_sentence_s(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_INCISE_ROWS))
    assert (doc[8].dep_, doc[1].head.i, doc[1].dep_, doc[3].head.i) == ("ROOT", 8, "nsubj", 1)


# "l' offre de 5 $ la livre présentée par X" with the unit of the rate on its own and the participle on it
RATE_UNIT_ROWS = [
    ("l'", 1, "det", "DET", "le"), ("offre", 1, "ROOT", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"), ("5", 4, "nummod", "NUM", "5"), ("$", 1, "nmod", "NOUN", "$"),
    ("la", 6, "det", "DET", "le"), ("livre", 1, "appos", "NOUN", "livre", "Gender=Fem|Number=Sing"),
    ("présentée", 6, "acl", "VERB", "présenter", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 10, "case", "ADP", "par"), ("l'", 10, "det", "DET", "le"), ("usine", 7, "obl:agent", "NOUN", "usine"),
]


def test_the_unit_of_a_rate_is_the_sum_s_and_what_follows_qualifies_the_noun_of_the_sum(hand_doc):
    doc = repair(hand_doc(RATE_UNIT_ROWS))
    assert (doc[6].head.i, doc[6].dep_, doc[7].head.i) == (4, "nmod", 1)


def test_a_sum_hung_on_its_unit_takes_the_unit_s_place(hand_doc):
    # "gagne 5 $ l' heure" with the sum under the unit, the unit the verb's object
    rows = [("Il", 1, "nsubj", "PRON", "il"), ("gagne", 1, "ROOT", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("5", 3, "nummod", "NUM", "5"), ("$", 5, "nmod", "NOUN", "$"), ("l'", 5, "det", "DET", "le"),
            ("heure", 1, "obj", "NOUN", "heure"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].head.i, doc[3].dep_, doc[5].head.i) == (1, "obj", 3)


def test_a_day_named_after_a_sum_with_its_complement_is_a_date_and_is_left_alone(hand_doc):
    rows = RATE_UNIT_ROWS[:7] + [("de", 8, "case", "ADP", "de"), ("grève", 6, "nmod", "NOUN", "grève")]
    rows[6] = ("jour", 1, "appos", "NOUN", "jour")
    doc = repair(hand_doc(rows))
    assert doc[6].head.i == 1


# "Il a refusé l' offre que le club a présentée ." with 'offre' tagged a verb
ARTICLE_VERB_ROWS = [
    ("Il", 1, "nsubj", "PRON", "il"), ("a", 2, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusé", 2, "ROOT", "VERB", "refuser", "Tense=Past|VerbForm=Part"), ("l'", 4, "det", "DET", "le", "Number=Sing"),
    ("offre", 2, "xcomp", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), (".", 2, "punct", "PUNCT", "."),
]


def test_a_verb_with_its_article_is_a_noun_and_the_object(hand_doc):
    doc = repair(hand_doc(ARTICLE_VERB_ROWS))
    assert (doc[4].pos_, doc[4].dep_, doc[4].lemma_) == ("NOUN", "obj", "offre")


def test_a_verb_with_a_subject_keeps_its_part_of_speech(hand_doc):
    rows = [("Le", 1, "det", "DET", "le"), ("club", 2, "nsubj", "NOUN", "club"),
            ("offre", 2, "ROOT", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"), ("un", 4, "det", "DET", "un"),
            ("contrat", 2, "obj", "NOUN", "contrat"), (".", 2, "punct", "PUNCT", ".")]
    assert repair(hand_doc(rows))[2].pos_ == "VERB"


@pytest.mark.parametrize("word, gender, number", [("faite", "Fem", "Sing"), ("prises", "Fem", "Plur")])
def test_a_participle_in_e_is_feminine_whatever_the_tagger_said(hand_doc, word, gender, number):
    rows = list(INF_PARTICIPLE_ROWS)
    rows[2] = (word, 1, "acl", "VERB", "faire", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[2].morph.get("Gender"), doc[2].morph.get("Number")) == ([gender], [number])


def test_a_participle_in_t_keeps_its_masculine(hand_doc):
    rows = list(INF_PARTICIPLE_ROWS)
    rows[2] = ("fait", 1, "acl", "VERB", "faire", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part")
    assert repair(hand_doc(rows))[2].morph.get("Gender") == ["Masc"]


# "Sept anciens couvreurs ont saisi le juge ." with the capitalised number taken for a name that is
# the noun's preposition, and the noun then an adjunct
COUNT_OPENING_ROWS = [
    ("Sept", 2, "case", "PROPN", "Sept", "Gender=Masc|Number=Sing"),
    ("anciens", 2, "amod", "ADJ", "ancien", "Gender=Masc|Number=Plur"),
    ("couvreurs", 4, "obl:mod", "NOUN", "couvreur", "Gender=Masc|Number=Plur"),
    ("ont", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("saisi", 4, "ROOT", "VERB", "saisir", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("le", 6, "det", "DET", "le", "Definite=Def"),
    ("juge", 4, "obj", "NOUN", "juge", "Gender=Masc|Number=Sing"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_number_in_letters_opening_the_sentence_counts_its_noun_which_is_the_subject(hand_doc):
    doc = repair(hand_doc(COUNT_OPENING_ROWS))
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.i) == ("NUM", "nummod", 2)
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 4)


def test_a_counted_adjunct_before_a_verb_that_has_its_subject_stays_an_adjunct(hand_doc):
    # "Sept jours après , la CGT a saisi le juge ." : the verb has its subject
    rows = [
        ("Sept", 1, "case", "PROPN", "Sept", ""),
        ("jours", 7, "obl:mod", "NOUN", "jour", "Gender=Masc|Number=Plur"),
        ("après", 1, "advmod", "ADV", "après"),
        (",", 1, "punct", "PUNCT", ","),
        ("la", 5, "det", "DET", "le", "Definite=Def"),
        ("CGT", 7, "nsubj", "PROPN", "CGT", ""),
        ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("saisi", 7, "ROOT", "VERB", "saisir", "Tense=Past|VerbForm=Part"),
        ("le", 9, "det", "DET", "le", "Definite=Def"),
        ("juge", 7, "obj", "NOUN", "juge", ""),
        (".", 7, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[5].dep_) == ("obl:mod", "nsubj")
    # and a capitalised word that counts nothing is left as it was
    doc = repair(hand_doc([("Varnel", 2, "case", "PROPN", "Varnel", "")] + COUNT_OPENING_ROWS[1:]))
    assert (doc[0].pos_, doc[0].dep_) == ("PROPN", "case")


# "Un accord a été trouvé dans la nuit entre la mairie et le syndicat ." with the parties hung on 'nuit'
NIGHT_PARTIES_ROWS = [
    ("Un", 1, "det", "DET", "un"),
    ("accord", 4, "nsubj:pass", "NOUN", "accord", "Gender=Masc|Number=Sing"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", 4, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("trouvé", 4, "ROOT", "VERB", "trouver", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("dans", 7, "case", "ADP", "dans"),
    ("la", 7, "det", "DET", "le", "Definite=Def"),
    ("nuit", 4, "obl:mod", "NOUN", "nuit", "Gender=Fem|Number=Sing"),
    ("entre", 10, "case", "ADP", "entre"),
    ("la", 10, "det", "DET", "le", "Definite=Def"),
    ("mairie", 7, "nmod", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("et", 13, "cc", "CCONJ", "et"),
    ("le", 13, "det", "DET", "le", "Definite=Def"),
    ("syndicat", 10, "conj", "NOUN", "syndicat", "Gender=Masc|Number=Sing"),
    (".", 4, "punct", "PUNCT", "."),
]


NIGHT_WORDS = frozenset({"nuit", "lundi", "mardi"})


def test_parties_after_entre_on_a_time_with_no_event_noun_go_to_the_verb(hand_doc):
    doc = repair(hand_doc(NIGHT_PARTIES_ROWS), NIGHT_WORDS)
    assert (doc[10].dep_, doc[10].head.i) == ("obl:mod", 4)


def test_times_after_entre_on_a_time_stay_where_they_are(hand_doc):
    # "... dans la nuit entre lundi et mardi ." : 'lundi' is a time, not a party
    rows = NIGHT_PARTIES_ROWS[:9] + [("lundi", 7, "nmod", "NOUN", "lundi"), ("et", 11, "cc", "CCONJ", "et"),
                                     ("mardi", 9, "conj", "NOUN", "mardi"), (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), NIGHT_WORDS)
    assert (doc[9].dep_, doc[9].head.i) == ("nmod", 7)


# "Le préfet a convoqué vendredi après-midi les deux camps ." with the object hung on the date's second noun
BARE_DATE_OBJECT_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("préfet", 3, "nsubj", "NOUN", "préfet", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("convoqué", 3, "ROOT", "VERB", "convoquer", "Tense=Past|VerbForm=Part"),
    ("vendredi", 3, "obl:mod", "NOUN", "vendredi", "Gender=Masc|Number=Sing"),
    ("après-midi", 4, "nmod", "NOUN", "après-midi", "Number=Sing"),
    ("les", 8, "det", "DET", "le", "Definite=Def"),
    ("deux", 8, "nummod", "NUM", "deux"),
    ("camps", 5, "obl:mod", "NOUN", "camp", "Gender=Masc|Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]
DATE_WORDS = frozenset({"vendredi", "apres-midi"})


def test_an_object_hung_on_a_bare_date_after_the_verb_is_the_verb_s(hand_doc):
    doc = repair(hand_doc(BARE_DATE_OBJECT_ROWS), DATE_WORDS)
    assert (doc[8].dep_, doc[8].head.i) == ("obj", 3)


def test_a_noun_on_a_date_stays_there_when_the_verb_has_its_object(hand_doc):
    # "Le préfet a convoqué les élus vendredi après-midi les deux camps ." : the verb has its object
    rows = BARE_DATE_OBJECT_ROWS[:4] + [("les", 5, "det", "DET", "le"), ("élus", 3, "obj", "NOUN", "élu")] + [
        (w, h + 2 if h > 3 else h, *rest) for w, h, *rest in BARE_DATE_OBJECT_ROWS[4:]]
    doc = repair(hand_doc(rows), DATE_WORDS)
    assert (doc[10].dep_, doc[10].head.i) == ("obl:mod", 7)


# "Un soudeur qui débute touche 1 900 euros ." with the main verb made the complement of 'débute'
QUI_CLAUSE_THEN_VERB_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("soudeur", 1, "ROOT", "NOUN", "soudeur", "Gender=Masc|Number=Sing"),
    ("qui", 3, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("débute", 1, "acl:relcl", "VERB", "débuter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("touche", 3, "xcomp", "VERB", "toucher", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("1", 7, "nummod", "NUM", "1"),
    ("900", 7, "nummod", "NUM", "900"),
    ("euros", 4, "obj", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_after_a_relative_on_the_root_noun_is_the_sentence_s(hand_doc):
    doc = repair(hand_doc(QUI_CLAUSE_THEN_VERB_ROWS))
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4)
    assert (doc[3].dep_, doc[3].head.i) == ("acl:relcl", 1)


def test_an_infinitive_after_a_relative_stays_its_complement(hand_doc):
    # "Un soudeur qui veut partir ." : 'partir' completes 'veut'
    rows = QUI_CLAUSE_THEN_VERB_ROWS[:3] + [("veut", 1, "acl:relcl", "VERB", "vouloir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
                                          ("partir", 3, "xcomp", "VERB", "partir", "VerbForm=Inf"),
                                          (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[4].dep_, doc[4].head.i) == ("xcomp", 3) and doc[1].dep_ == "ROOT"


# "La fédération a attaqué samedi la mairie ." with 'la mairie' hung on the date as its complement
DATE_THEN_ARTICLE_NOUN_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("fédération", 3, "nsubj", "NOUN", "fédération", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("attaqué", 3, "ROOT", "VERB", "attaquer", "Tense=Past|VerbForm=Part"),
    ("samedi", 3, "obl:mod", "NOUN", "samedi", "Gender=Masc|Number=Sing"),
    ("la", 6, "det", "DET", "le", "Definite=Def"),
    ("mairie", 4, "nmod", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_its_article_hung_on_a_bare_date_is_the_verb_s_object(hand_doc):
    doc = repair(hand_doc(DATE_THEN_ARTICLE_NOUN_ROWS), frozenset({"samedi"}))
    assert (doc[6].dep_, doc[6].head.i) == ("obj", 3)


def test_a_bare_noun_on_a_date_stays_the_date_s(hand_doc):
    # "La fédération a attaqué samedi matin ." : 'matin' has no article; it says when on Saturday
    rows = DATE_THEN_ARTICLE_NOUN_ROWS[:5] + [("matin", 4, "nmod", "NOUN", "matin", "Gender=Masc|Number=Sing"),
                                               (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows), frozenset({"samedi", "matin"}))
    assert (doc[5].dep_, doc[5].head.i) == ("nmod", 4)


# "La CFDT a par ailleurs saisi la direction ." with the auxiliary tagged a verb and the subject on it
AUX_TAGGED_A_VERB_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("CFDT", 2, "nsubj", "PROPN", "CFDT", "Gender=Fem|Number=Sing"),
    ("a", 5, "aux:tense", "VERB", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("par", 4, "case", "ADP", "par"),
    ("ailleurs", 5, "obl:mod", "ADV", "ailleurs"),
    ("saisi", 5, "ROOT", "VERB", "saisir", "Tense=Past|VerbForm=Part"),
    ("la", 7, "det", "DET", "le", "Definite=Def"),
    ("direction", 5, "obj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_the_subject_hung_on_an_auxiliary_tagged_a_verb_is_the_participle_s(hand_doc):
    doc = repair(hand_doc(AUX_TAGGED_A_VERB_ROWS))
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 5)


def test_a_modal_taken_for_an_auxiliary_keeps_its_subject(hand_doc):
    # "La CFDT peut par ailleurs saisir la direction ." : 'pouvoir' heads its own clause
    rows = [("peut", 5, "aux", "VERB", "pouvoir", "Mood=Ind|Tense=Pres|VerbForm=Fin") if r[0] == "a" else
            ("saisir", 5, "ROOT", "VERB", "saisir", "VerbForm=Inf") if r[0] == "saisi" else r
            for r in AUX_TAGGED_A_VERB_ROWS]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 2)


# "La mutuelle dit vouloir embaucher ." with 'dit' read as a past participle
PRESENT_READ_AS_PARTICIPLE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mutuelle", 2, "nsubj", "NOUN", "mutuelle", "Gender=Fem|Number=Sing"),
    ("dit", 2, "ROOT", "VERB", "dire", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("vouloir", 2, "xcomp", "VERB", "vouloir", "VerbForm=Inf"),
    ("embaucher", 3, "xcomp", "VERB", "embaucher", "VerbForm=Inf"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_a_participle_in_t_of_a_verb_in_ire_with_a_subject_and_no_auxiliary_is_a_present(hand_doc):
    doc = repair(hand_doc(PRESENT_READ_AS_PARTICIPLE_ROWS))
    assert doc[2].morph.get("VerbForm") == ["Fin"] and doc[2].morph.get("Tense") == ["Pres"]


def test_the_participle_after_its_auxiliary_stays_a_participle(hand_doc):
    # "La mutuelle a dit vouloir embaucher ." : 'a dit' is a past tense
    rows = _inserted(PRESENT_READ_AS_PARTICIPLE_ROWS, 2, ("a", 3, "aux:tense", "AUX", "avoir",
                                                          "Mood=Ind|Tense=Pres|VerbForm=Fin"))
    doc = repair(hand_doc(rows))
    assert doc[3].morph.get("VerbForm") == ["Part"]


# "Mairie et riverains vont signer ." cut after the first noun, 'et riverains' on the verb
BARE_PAIR_CUT_ROWS = [
    ("Mairie", 0, "ROOT", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("et", 3, "cc", "CCONJ", "et"),
    ("riverains", 3, "nsubj", "NOUN", "riverain", "Gender=Masc|Number=Plur"),
    ("vont", 3, "ROOT", "VERB", "aller", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("signer", 3, "xcomp", "VERB", "signer", "VerbForm=Inf"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_bare_noun_cut_off_before_et_and_the_subject_is_the_first_subject(hand_doc):
    doc = repair(hand_doc(BARE_PAIR_CUT_ROWS))
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 3)
    assert (doc[2].dep_, doc[2].head.i) == ("conj", 0)


def test_a_bare_noun_before_et_and_a_noun_with_no_verb_stays_a_root(hand_doc):
    # "Mairie et riverains : la concertation ." : no verb takes the second noun as its subject
    rows = [BARE_PAIR_CUT_ROWS[0], ("et", 2, "cc", "CCONJ", "et"), ("riverains", 0, "conj", "NOUN", "riverain"),
            (":", 5, "punct", "PUNCT", ":"), ("la", 5, "det", "DET", "le"),
            ("concertation", 5, "ROOT", "NOUN", "concertation"), (".", 5, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[0].dep_, doc[0].head.i) == ("ROOT", 0)


# "Elle embauche des cavistes ." with 'embauche' left as its own lemma
def _present_rows(lemma: str):
    return [("Elle", 1, "nsubj", "PRON", "elle", "Person=3"),
            ("embauche", 1, "ROOT", "VERB", lemma, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("des", 3, "det", "DET", "un", "Definite=Ind"),
            ("cavistes", 1, "obj", "NOUN", "caviste", "Number=Plur"),
            (".", 1, "punct", "PUNCT", ".")]


def test_a_present_left_as_its_own_lemma_takes_the_infinitive_of_the_lexicon(hand_doc):
    doc = repair(hand_doc(_present_rows("embauche")), verbs=frozenset({"embaucher"}))
    assert doc[1].lemma_ == "embaucher"


def test_a_present_of_a_verb_the_lexicon_does_not_know_keeps_its_lemma(hand_doc):
    doc = repair(hand_doc(_present_rows("embauche")), verbs=frozenset({"recruter"}))
    assert doc[1].lemma_ == "embauche"


# "Brivonne : la fromagerie va recruter ." with the topic the subject and the phrase after the colon on it
TOPIC_COLON_ROWS = [
    ("Brivonne", 5, "nsubj", "PROPN", "Brivonne"),
    (":", 0, "punct", "PUNCT", ":"),
    ("la", 3, "det", "DET", "le", "Definite=Def"),
    ("fromagerie", 0, "nmod", "NOUN", "fromagerie", "Gender=Fem|Number=Sing"),
    ("va", 5, "aux", "AUX", "aller", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("recruter", 5, "ROOT", "VERB", "recruter", "VerbForm=Inf"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_the_phrase_after_a_headline_s_colon_is_the_subject_not_the_topic(hand_doc):
    doc = repair(hand_doc(TOPIC_COLON_ROWS))
    assert (doc[3].dep_, doc[3].head.i) == ("nsubj", 5) and doc[0].dep_ == "dislocated"


def test_a_subject_with_no_colon_after_it_keeps_its_complement(hand_doc):
    # "Brivonne , la fromagerie va recruter ." : an apposition, no headline topic
    rows = [TOPIC_COLON_ROWS[0], (",", 0, "punct", "PUNCT", ","), *TOPIC_COLON_ROWS[2:]]
    doc = repair(hand_doc(rows))
    assert (doc[0].dep_, doc[3].head.i) == ("nsubj", 0)


# "Une offre que les agents ont refusée ." : a verbless sentence, 'offre' tagged a verb, its article a subject
ARTICLE_AS_SUBJECT_ROWS = [
    ("Une", 1, "nsubj", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing"),
    ("offre", 1, "ROOT", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("que", 5, "mark", "SCONJ", "que"),
    ("les", 4, "det", "DET", "le", "Definite=Def"),
    ("agents", 6, "nsubj", "NOUN", "agent", "Number=Plur"),
    ("ont", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("refusée", 1, "ccomp", "VERB", "refuser", "Tense=Past|VerbForm=Part"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_root_verb_whose_only_subject_is_its_article_is_a_noun(hand_doc):
    doc = repair(hand_doc(ARTICLE_AS_SUBJECT_ROWS))
    assert doc[1].pos_ == "NOUN" and doc[0].dep_ == "det"


def test_a_root_verb_with_a_subject_of_its_own_stays_a_verb(hand_doc):
    # "Le club offre une prime ." : 'Le' is the article of 'club', the subject
    rows = [("Le", 1, "det", "DET", "le", "Definite=Def"), ("club", 2, "nsubj", "NOUN", "club"),
            ("offre", 2, "ROOT", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("une", 4, "det", "DET", "un"), ("prime", 2, "obj", "NOUN", "prime"), (".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[2].pos_ == "VERB"


# "Le collectif la signe ." with 'la signe' taken for an article and a noun
CLITIC_TAKEN_FOR_ARTICLE_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("collectif", 3, "nsubj", "NOUN", "collectif", "Gender=Masc|Number=Sing"),
    ("la", 3, "det", "DET", "le", "Definite=Def|Gender=Fem"),
    ("signe", 3, "ROOT", "NOUN", "signe", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_a_subject_after_le_or_la_is_a_verb_with_its_object_pronoun(hand_doc):
    doc = repair(hand_doc(CLITIC_TAKEN_FOR_ARTICLE_ROWS), verbs=frozenset({"signer"}))
    assert (doc[3].pos_, doc[3].lemma_) == ("VERB", "signer") and (doc[2].pos_, doc[2].dep_) == ("PRON", "obj")


def test_a_noun_that_is_no_form_of_a_known_verb_stays_a_noun(hand_doc):
    doc = repair(hand_doc(CLITIC_TAKEN_FOR_ARTICLE_ROWS), verbs=frozenset({"recruter"}))
    assert doc[3].pos_ == "NOUN" and doc[2].dep_ == "det"


# "Le club paie à Tarvo Labs une redevance ." with 'Labs' tagged a verb, a root of its own
NAME_END_AS_VERB_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("club", 2, "nsubj", "NOUN", "club", "Gender=Masc|Number=Sing"),
    ("paie", 2, "ROOT", "VERB", "payer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("à", 4, "case", "ADP", "à"),
    ("Tarvo", 2, "obl:arg", "PROPN", "Tarvo"),
    ("Labs", 5, "ROOT", "VERB", "labs", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("une", 7, "det", "DET", "un", "Definite=Ind"),
    ("redevance", 5, "obj", "NOUN", "redevance", "Gender=Fem|Number=Sing"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_an_unknown_capitalised_word_after_a_name_tagged_a_verb_ends_the_name(hand_doc):
    doc = repair(hand_doc(NAME_END_AS_VERB_ROWS))
    assert (doc[5].dep_, doc[5].head.i, doc[5].pos_) == ("flat:name", 4, "PROPN")
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 2)


def test_a_known_verb_after_a_name_stays_a_verb(hand_doc):
    # "... Tarvo Signe ..." lemmatised 'signer': the lemmatiser knows it, a verb
    rows = [r if r[0] != "Labs" else ("Signe", 5, "ROOT", "VERB", "signer", "Mood=Ind|Tense=Pres|VerbForm=Fin")
            for r in NAME_END_AS_VERB_ROWS]
    doc = repair(hand_doc(rows))
    assert doc[5].pos_ == "VERB" and doc[7].head.i == 5


# "Le groupe va fermer l' atelier d' ici mars ." with 'd'ici mars' hung on the object
D_ICI_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("groupe", 2, "nsubj", "NOUN", "groupe", "Gender=Masc|Number=Sing"),
    ("va", 2, "ROOT", "VERB", "aller", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("fermer", 2, "xcomp", "VERB", "fermer", "VerbForm=Inf"),
    ("l'", 5, "det", "DET", "le", "Definite=Def"),
    ("atelier", 3, "obj", "NOUN", "atelier", "Gender=Masc|Number=Sing"),
    ("d'", 7, "case", "ADP", "de"),
    ("ici", 5, "nmod", "ADV", "ici"),
    ("mars", 5, "nmod", "NOUN", "mars", "Gender=Masc|Number=Sing"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_d_ici_and_its_date_hung_on_the_object_say_when_the_verb_happens(hand_doc):
    doc = repair(hand_doc(D_ICI_ROWS))
    assert (doc[8].dep_, doc[8].head.i) == ("obl:mod", 3)
    assert (doc[6].dep_, doc[6].head.i) == ("case", 8) and (doc[7].dep_, doc[7].head.i) == ("fixed", 6)


def test_d_ici_with_nothing_after_it_stays_on_its_noun(hand_doc):
    # "Le groupe va fermer l' atelier d' ici ." : 'l'atelier d'ici', the local one
    rows = D_ICI_ROWS[:8] + [(".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[7].dep_, doc[7].head.i) == ("nmod", 5)


# "La mairie s' est pour sa part engagée à recruter ." with 'est' the verb and the participle on the phrase
REFLEXIVE_SPLIT_TENSE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("mairie", 3, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("s'", 3, "expl:comp", "PRON", "se", "Person=3|Reflex=Yes"),
    ("est", 3, "ROOT", "AUX", "être", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("pour", 6, "case", "ADP", "pour"),
    ("sa", 6, "det", "DET", "son", "Poss=Yes"),
    ("part", 3, "obl:arg", "NOUN", "part", "Gender=Fem|Number=Sing"),
    ("engagée", 6, "acl", "VERB", "engager", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("à", 9, "mark", "ADP", "à"),
    ("recruter", 7, "xcomp", "VERB", "recruter", "VerbForm=Inf"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_reflexive_compound_tense_split_by_a_phrase_is_one_verb(hand_doc):
    doc = repair(hand_doc(REFLEXIVE_SPLIT_TENSE_ROWS))
    assert (doc[7].dep_, doc[3].dep_, doc[1].head.i) == ("ROOT", "aux:tense", 7)


def test_etre_with_no_reflexive_before_a_phrase_and_a_participle_stays_the_verb(hand_doc):
    # "La mairie est pour sa part engagée à recruter ." : no 'se', 'être' may be a copula here
    rows = [REFLEXIVE_SPLIT_TENSE_ROWS[0], ("mairie", 2, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
            *[(w, h - 1 if h > 2 else h, *rest) for w, h, *rest in REFLEXIVE_SPLIT_TENSE_ROWS[3:]]]
    doc = repair(hand_doc(rows))
    assert doc[2].dep_ == "ROOT"


# "Les soudeuses débraieront mardi ." with the verb tagged an auxiliary, hung on the date, the subject the root
VERB_TAGGED_AUX_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("soudeuses", 1, "ROOT", "NOUN", "soudeuse", "Gender=Fem|Number=Plur"),
    ("débraieront", 3, "nmod", "AUX", "débrayer", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("mardi", 1, "nmod", "NOUN", "mardi", "Gender=Masc|Number=Sing"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_lexicon_verb_tagged_an_auxiliary_after_the_root_noun_is_the_sentence_s_verb(hand_doc):
    doc = repair(hand_doc(VERB_TAGGED_AUX_ROWS), verbs=frozenset({"débrayer"}))
    assert (doc[2].pos_, doc[2].dep_) == ("VERB", "ROOT") and (doc[1].dep_, doc[1].head.i) == ("nsubj", 2)
    assert (doc[3].dep_, doc[3].head.i) == ("obl:mod", 2)


def test_etre_tagged_an_auxiliary_stays_one(hand_doc):
    rows = [r if r[0] != "débraieront" else ("seront", 3, "nmod", "AUX", "être", "Mood=Ind|Tense=Fut|VerbForm=Fin")
            for r in VERB_TAGGED_AUX_ROWS]
    doc = repair(hand_doc(rows), verbs=frozenset({"débrayer"}))
    assert doc[2].pos_ == "AUX" and doc[1].dep_ == "ROOT"


# "Un coursier débourse 40 euros de frais pointés ." with 'débourse' read as a participle of the noun
# before it and the last adjective taken for the root
PRESENT_IN_E_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("coursier", 7, "nsubj", "NOUN", "coursier", "Gender=Masc|Number=Sing"),
    ("débourse", 1, "acl", "VERB", "débourser", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("40", 4, "nummod", "NUM", "40", "NumType=Card"),
    ("euros", 2, "obj", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    ("de", 6, "case", "ADP", "de"),
    ("frais", 4, "nmod", "NOUN", "frais", "Gender=Masc|Number=Plur"),
    ("pointés", 7, "ROOT", "ADJ", "pointé", "Gender=Masc|Number=Plur"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_present_in_e_taken_for_a_participle_is_the_verb_of_the_noun_before(hand_doc):
    doc = repair(hand_doc(PRESENT_IN_E_ROWS))
    assert (doc[2].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 2)
    assert "Fin" in doc[2].morph.get("VerbForm")
    assert (doc[7].dep_, doc[7].head.i) == ("amod", 6)


def test_a_participle_in_e_accent_stays_a_participle_of_its_noun(hand_doc):
    rows = list(PRESENT_IN_E_ROWS)
    rows[2] = ("payé", 1, "acl", "VERB", "payer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i) == ("acl", 1)


# "Le groupe , qui vit une passe difficile , a licencié 40 salariés ." with the relative's object tagged
# a verb and taken for the root, the main verb hung on it
RELATIVE_OBJECT_ROOT_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("groupe", 6, "nsubj", "NOUN", "groupe", "Gender=Masc|Number=Sing"),
    (",", 1, "punct", "PUNCT", ","),
    ("qui", 4, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("vit", 1, "acl:relcl", "VERB", "vivre", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("une", 6, "det", "DET", "un", "Definite=Ind|PronType=Art"),
    ("passe", 6, "ROOT", "VERB", "passer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("difficile", 6, "amod", "ADJ", "difficile", "Number=Sing"),
    (",", 6, "punct", "PUNCT", ","),
    ("a", 10, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("licencié", 6, "parataxis", "VERB", "licencier", "Tense=Past|VerbForm=Part"),
    ("40", 12, "nummod", "NUM", "40", "NumType=Card"),
    ("salariés", 10, "obj", "NOUN", "salarié", "Gender=Masc|Number=Plur"),
    (".", 6, "punct", "PUNCT", "."),
]


def test_a_root_with_an_article_after_a_relative_verb_is_its_object(hand_doc):
    doc = repair(hand_doc(RELATIVE_OBJECT_ROOT_ROWS))
    assert (doc[6].pos_, doc[6].dep_, doc[6].head.i) == ("NOUN", "obj", 4)
    assert (doc[10].dep_, doc[1].head.i, doc[13].head.i) == ("ROOT", 10, 10)


def test_a_root_with_an_article_after_a_relative_with_its_object_is_left_there(hand_doc):
    # "Le groupe , qui vit cela , une passe difficile , a licencié ..." : the relative has its object
    rows = _inserted(RELATIVE_OBJECT_ROOT_ROWS, 5, ("cela", 4, "obj", "PRON", "cela", ""))
    doc = repair(hand_doc(rows))
    assert doc[11].dep_ == "parataxis"


# "La mairie cherche un géomètre payé 3000 euros ." with the participle taken for a predicate of the object
PREDICATE_PARTICIPLE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("mairie", 2, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("cherche", 2, "ROOT", "VERB", "chercher", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("un", 4, "det", "DET", "un", "Definite=Ind|PronType=Art"),
    ("géomètre", 2, "obj", "NOUN", "géomètre", "Gender=Masc|Number=Sing"),
    ("payé", 2, "xcomp", "VERB", "payer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("3000", 7, "nummod", "NUM", "3000", "NumType=Card"),
    ("euros", 5, "obj", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_a_participle_with_its_own_complement_after_the_object_qualifies_it(hand_doc):
    doc = repair(hand_doc(PREDICATE_PARTICIPLE_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("acl", 4)


def test_a_bare_participle_after_the_object_stays_its_predicate(hand_doc):
    # "La mairie déclare un géomètre payé ." : no complement of its own
    rows = PREDICATE_PARTICIPLE_ROWS[:6] + [(".", 2, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[5].dep_, doc[5].head.i) == ("xcomp", 2)


# "Du côté patronal , la Fédération a signé ." with the subject hung on the fronted adjunct
FRONTED_ADJUNCT_SUBJECT_ROWS = [
    ("Du", 1, "case", "ADP", "de"),
    ("côté", 7, "obl:mod", "NOUN", "côté", "Gender=Masc|Number=Sing"),
    ("patronal", 1, "amod", "ADJ", "patronal", "Gender=Masc|Number=Sing"),
    (",", 1, "punct", "PUNCT", ","),
    ("la", 5, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("Fédération", 1, "nmod", "PROPN", "Fédération", ""),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("signé", 7, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_noun_phrase_after_a_fronted_adjunct_is_the_subject(hand_doc):
    doc = repair(hand_doc(FRONTED_ADJUNCT_SUBJECT_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 7)


def test_a_complement_with_its_preposition_stays_on_the_adjunct(hand_doc):
    # "Du côté patronal , de la Fédération a signé ." (the complement keeps its 'de')
    rows = _inserted(FRONTED_ADJUNCT_SUBJECT_ROWS, 4, ("de", 6, "case", "ADP", "de"))
    doc = repair(hand_doc(rows))
    assert (doc[6].dep_, doc[6].head.i) == ("nmod", 1)


# "une grève de trois jours des cheminots" with 'des cheminots' hung on the duration that measures the strike
MEASURED_EVENT_ROWS = [
    ("une", 1, "det", "DET", "un", "Definite=Ind|PronType=Art"),
    ("grève", 1, "ROOT", "NOUN", "grève", "Gender=Fem|Number=Sing"),
    ("de", 4, "case", "ADP", "de"),
    ("trois", 4, "nummod", "NUM", "trois", "NumType=Card"),
    ("jours", 1, "nmod", "NOUN", "jour", "Number=Plur"),
    ("des", 6, "case", "ADP", "de"),
    ("cheminots", 4, "nmod", "NOUN", "cheminot", "Number=Plur"),
]


def test_a_de_complement_after_a_counted_duration_of_an_event_noun_is_the_event_s(hand_doc):
    doc = repair(hand_doc(MEASURED_EVENT_ROWS), frozenset({"jour"}), frozenset({"grève"}))
    assert doc[6].head.i == 1


def test_a_de_complement_after_a_duration_of_a_plain_noun_stays_on_the_duration(hand_doc):
    rows = list(MEASURED_EVENT_ROWS)
    rows[1] = ("séjour", 1, "ROOT", "NOUN", "séjour", "Gender=Masc|Number=Sing")
    doc = repair(hand_doc(rows), frozenset({"jour"}), frozenset({"grève"}))
    assert doc[6].head.i == 4


# "Les syndicats ont rejeté l' offre ." with the noun tagged a name and hung on the verb as a bare 'dep'
DEP_OBJECT_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("syndicats", 3, "nsubj", "NOUN", "syndicat", "Number=Plur"),
    ("ont", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("rejeté", 3, "ROOT", "VERB", "rejeter", "Tense=Past|VerbForm=Part"),
    ("l'", 5, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("offre", 3, "dep", "PROPN", "offre", ""),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_with_its_article_hung_as_dep_on_a_verb_with_no_object_is_its_object(hand_doc):
    doc = repair(hand_doc(DEP_OBJECT_ROWS))
    assert (doc[5].dep_, doc[5].pos_) == ("obj", "NOUN")


def test_a_dep_noun_after_a_preposition_is_no_object(hand_doc):
    # "Les syndicats ont rejeté par l' offre ." : a preposition makes it something else
    rows = _inserted(DEP_OBJECT_ROWS, 4, ("par", 6, "case", "ADP", "par"))
    doc = repair(hand_doc(rows))
    assert doc[6].dep_ == "dep"


# "le salaire oscille entre ..." with the finite verb hung on the noun before it as an adjective
NOUN_VERB_AS_ADJECTIVE_ROWS = [
    ("le", 1, "det", "DET", "le", "Definite=Def|PronType=Art"),
    ("salaire", 1, "ROOT", "NOUN", "salaire", "Gender=Masc|Number=Sing"),
    ("oscille", 1, "amod", "VERB", "osciller", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fortement", 2, "advmod", "ADV", "fortement", ""),
]


def test_a_finite_verb_hung_on_the_noun_before_it_as_an_adjective_is_its_verb(hand_doc):
    doc = repair(hand_doc(NOUN_VERB_AS_ADJECTIVE_ROWS))
    assert (doc[2].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 2)


def test_a_participle_hung_on_the_noun_before_it_stays_its_adjective(hand_doc):
    rows = list(NOUN_VERB_AS_ADJECTIVE_ROWS)
    rows[2] = ("fixé", 1, "amod", "VERB", "fixer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[2].head.i) == ("ROOT", 1)


# "La banque lui a offert une prime ." with 'lui' hung on 'banque' as an adjective
DATIVE_ON_THE_SUBJECT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("banque", 4, "nsubj", "NOUN", "banque", "Gender=Fem|Number=Sing"),
    ("lui", 1, "amod", "PRON", "lui", "Number=Sing|Person=3"),
    ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("offert", 4, "ROOT", "VERB", "offrir", "Tense=Past|VerbForm=Part"),
    ("une", 6, "det", "DET", "un", "Definite=Ind"),
    ("prime", 4, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_dative_clitic_before_the_auxiliary_is_the_verb_s_indirect_object(hand_doc):
    doc = repair(hand_doc(DATIVE_ON_THE_SUBJECT_ROWS))
    assert (doc[2].dep_, doc[2].head.i) == ("iobj", 4)


def test_a_stressed_pronoun_set_off_by_commas_stays_on_its_noun(hand_doc):
    # "La banque lui , a offert une prime ." : no verb right after the pronoun
    rows = _inserted(DATIVE_ON_THE_SUBJECT_ROWS, 3, (",", 2, "punct", "PUNCT", ","))
    doc = repair(hand_doc(rows))
    assert (doc[2].dep_, doc[2].head.i) == ("amod", 1)


# "Le fonds Blue Harbor , qui lui a soumis une offre ." with 'Harbor' tagged an adverb and the
# relative taken for its clause
SPLIT_NAME_BEFORE_QUI_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("fonds", 1, "ROOT", "NOUN", "fonds", "Gender=Masc|Number=Sing"),
    ("Blue", 1, "nmod", "PROPN", "Blue", ""),
    ("Harbor", 1, "advmod", "ADV", "harbor", ""),
    (",", 3, "punct", "PUNCT", ","),
    ("qui", 8, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("lui", 8, "iobj", "PRON", "lui", "Number=Sing|Person=3"),
    ("a", 8, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("soumis", 3, "ccomp", "VERB", "soumettre", "Tense=Past|VerbForm=Part"),
    ("une", 10, "det", "DET", "un", "Definite=Ind"),
    ("offre", 8, "obj", "NOUN", "offre", "Gender=Fem|Number=Sing"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_relative_after_a_name_whose_last_word_is_tagged_an_adverb_is_on_the_name(hand_doc):
    doc = repair(hand_doc(SPLIT_NAME_BEFORE_QUI_ROWS))
    assert (doc[3].dep_, doc[3].head.i) == ("flat:name", 2)
    assert doc[8].dep_ == "acl:relcl" and doc[8].head.i in (1, 2)


def test_a_lowercase_adverb_before_qui_is_no_end_of_a_name(hand_doc):
    # "Le fonds Blue ensuite , qui lui a soumis une offre ." : a lowercase adverb names nothing
    rows = list(SPLIT_NAME_BEFORE_QUI_ROWS)
    rows[3] = ("ensuite", 1, "advmod", "ADV", "ensuite", "")
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "advmod"


# "Vendral paiera 40 millions , affirme le quotidien régional Le Nord Libre ." with the name made a
# sentence of its own
NAME_CUT_AFTER_AN_INCISE_ROWS = [
    ("Vendral", 1, "nsubj", "PROPN", "Vendral", ""),
    ("paiera", 1, "ROOT", "VERB", "payer", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("40", 3, "nummod", "NUM", "40", ""),
    ("millions", 1, "obj", "NOUN", "million", "Number=Plur"),
    (",", 5, "punct", "PUNCT", ","),
    ("affirme", 1, "parataxis", "VERB", "affirmer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("le", 7, "det", "DET", "le", "Definite=Def"),
    ("quotidien", 5, "nsubj", "NOUN", "quotidien", "Gender=Masc|Number=Sing"),
    ("régional", 7, "amod", "ADJ", "régional", "Gender=Masc|Number=Sing"),
    ("Le", 10, "det", "DET", "le", "Definite=Def"),
    ("Nord", 10, "ROOT", "PROPN", "Nord", ""),
    ("Libre", 10, "flat:name", "PROPN", "Libre", ""),
    (".", 10, "punct", "PUNCT", "."),
]


def test_a_name_made_a_root_right_after_its_noun_names_that_noun(hand_doc):
    doc = repair(hand_doc(NAME_CUT_AFTER_AN_INCISE_ROWS))
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 7)
    assert doc[12].head.i == 1


def test_a_root_name_with_a_verb_of_its_own_stays_a_sentence(hand_doc):
    # "... régional Le Nord Libre votera ." : the name has a clause of its own
    rows = NAME_CUT_AFTER_AN_INCISE_ROWS[:12] + [("votera", 10, "acl", "VERB", "voter", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
                                                 (".", 10, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[10].head.i != 7


# "Le conseil a rendu jeudi un avis ." with the weekday taken for the preposition of 'avis'
WEEKDAY_AS_CASE_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("conseil", 3, "nsubj", "NOUN", "conseil", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("rendu", 3, "ROOT", "VERB", "rendre", "Tense=Past|VerbForm=Part"),
    ("jeudi", 6, "case", "NOUN", "jeudi", "Gender=Masc|Number=Sing"),
    ("un", 6, "det", "DET", "un", "Definite=Ind"),
    ("avis", 3, "obl:mod", "NOUN", "avis", "Gender=Masc|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_weekday_taken_for_a_preposition_dates_the_verb_and_frees_its_object(hand_doc):
    doc = repair(hand_doc(WEEKDAY_AS_CASE_ROWS))
    assert (doc[4].dep_, doc[4].head.i) == ("obl:mod", 3)
    assert doc[6].dep_ == "obj"


def test_a_real_preposition_before_an_article_is_left_alone(hand_doc):
    # "Le conseil a rendu pour un avis ." : 'pour' is a preposition
    rows = list(WEEKDAY_AS_CASE_ROWS)
    rows[4] = ("pour", 6, "case", "ADP", "pour", "")
    doc = repair(hand_doc(rows))
    assert (doc[4].dep_, doc[6].dep_) == ("case", "obl:mod")


# "La grève dure : les agents ont débrayé ." with 'agents' hung on 'dure' and 'débrayé' a root
COLON_SUBJECT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("grève", 2, "nsubj", "NOUN", "grève", "Gender=Fem|Number=Sing"),
    ("dure", 2, "ROOT", "VERB", "durer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    (":", 2, "punct", "PUNCT", ":"),
    ("les", 5, "det", "DET", "le", "Definite=Def"),
    ("agents", 2, "dep", "NOUN", "agent", "Number=Plur"),
    ("ont", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("débrayé", 7, "ROOT", "VERB", "débrayer", "Tense=Past|VerbForm=Part"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_phrase_after_a_colon_before_a_subjectless_verb_is_its_subject(hand_doc):
    doc = repair(hand_doc(COLON_SUBJECT_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 7)


def test_a_phrase_after_a_colon_before_a_verb_with_a_subject_stays(hand_doc):
    # "La grève dure : les agents ils ont débrayé ." : the verb has its own subject
    rows = _inserted(COLON_SUBJECT_ROWS, 6, ("ils", 8, "nsubj", "PRON", "il", "Number=Plur|Person=3"))
    doc = repair(hand_doc(rows))
    assert not (doc[5].dep_ == "nsubj" and doc[5].head.i == 8)


# "la Société Vaucluse-Garrigue ( SAVG ) a débrayé" with the name made a root with its acronym
NAME_ROOT_WITH_ACRONYM_ROWS = [
    ("la", 1, "det", "DET", "le", "Definite=Def"),
    ("société", 1, "ROOT", "NOUN", "société", "Gender=Fem|Number=Sing"),
    ("Vaucluse-Garrigue", 2, "ROOT", "PROPN", "Vaucluse-Garrigue", ""),
    ("(", 2, "punct", "PUNCT", "("),
    ("SAVG", 2, "appos", "PROPN", "SAVG", ""),
    (")", 2, "punct", "PUNCT", ")"),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("débrayé", 7, "ROOT", "VERB", "débrayer", "Tense=Past|VerbForm=Part"),
]


def test_a_name_made_a_root_with_its_acronym_in_brackets_names_the_noun_before(hand_doc):
    doc = repair(hand_doc(NAME_ROOT_WITH_ACRONYM_ROWS))
    assert doc[2].head.i == 1


def test_a_name_root_with_a_clause_of_its_own_stays_a_root(hand_doc):
    # "la société Vaucluse-Garrigue , qui ..." : a name with a comma and a clause is not touched here
    rows = list(NAME_ROOT_WITH_ACRONYM_ROWS)
    rows[3], rows[5] = (",", 2, "punct", "PUNCT", ","), (",", 2, "punct", "PUNCT", ",")
    rows[4] = ("grandit", 2, "acl", "VERB", "grandir", "Mood=Ind|Tense=Pres|VerbForm=Fin")
    doc = repair(hand_doc(rows))
    assert doc[2].head.i != 1


# "La scierie , qui livre les caves de la vallée , recrute deux caristes ." with the relative clause
# made the sentence and the main verb hung on a noun inside it, its object beside it
RELATIVE_MADE_THE_SENTENCE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("scierie", 4, "nsubj", "NOUN", "scierie", "Gender=Fem|Number=Sing"),
    (",", 4, "punct", "PUNCT", ","),
    ("qui", 4, "nsubj", "PRON", "qui", "PronType=Rel"),
    ("livre", 4, "ROOT", "VERB", "livrer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("les", 6, "det", "DET", "le", "Definite=Def"),
    ("caves", 4, "obj", "NOUN", "cave", "Gender=Fem|Number=Plur"),
    ("de", 9, "case", "ADP", "de"),
    ("la", 9, "det", "DET", "le", "Definite=Def"),
    ("vallée", 6, "nmod", "NOUN", "vallée", "Gender=Fem|Number=Sing"),
    (",", 11, "punct", "PUNCT", ","),
    ("recrute", 6, "acl", "VERB", "recruter", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("deux", 13, "nummod", "NUM", "deux"),
    ("caristes", 6, "nmod", "NOUN", "cariste", "Number=Plur"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_finite_verb_after_a_relative_made_the_sentence_is_the_main_verb(hand_doc):
    doc = repair(hand_doc(RELATIVE_MADE_THE_SENTENCE_ROWS))
    assert (doc[11].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 11)
    assert (doc[4].dep_, doc[4].head.i) == ("acl:relcl", 1)
    assert (doc[13].dep_, doc[13].head.i) == ("obj", 11)


def test_a_verb_after_a_relative_with_its_own_et_stays(hand_doc):
    # "La scierie , qui livre les caves de la vallée , et recrute ..." : joined by 'et', not the main verb
    rows = _inserted(RELATIVE_MADE_THE_SENTENCE_ROWS, 11, ("et", 12, "cc", "CCONJ", "et"))
    doc = repair(hand_doc(rows))
    assert doc[12].dep_ == "acl" and doc[4].dep_ == "ROOT"


# "Au terme d' un conflit dans l' atelier de l' usine , les salariés ont approuvé l' accord ." with the
# subject hung in apposition to the last noun of the fronted adjunct
SUBJECT_DEEP_IN_A_FRONTED_ADJUNCT_ROWS = [
    ("Au", 1, "case", "ADP", "au"),
    ("terme", 15, "obl:mod", "NOUN", "terme", "Gender=Masc|Number=Sing"),
    ("d'", 4, "case", "ADP", "de"),
    ("un", 4, "det", "DET", "un", "Definite=Ind"),
    ("conflit", 1, "nmod", "NOUN", "conflit", "Gender=Masc|Number=Sing"),
    ("dans", 7, "case", "ADP", "dans"),
    ("l'", 7, "det", "DET", "le", "Definite=Def"),
    ("atelier", 1, "nmod", "NOUN", "atelier", "Gender=Masc|Number=Sing"),
    ("de", 10, "case", "ADP", "de"),
    ("l'", 10, "det", "DET", "le", "Definite=Def"),
    ("usine", 7, "nmod", "NOUN", "usine", "Gender=Fem|Number=Sing"),
    (",", 10, "punct", "PUNCT", ","),
    ("les", 13, "det", "DET", "le", "Definite=Def"),
    ("salariés", 10, "appos", "NOUN", "salarié", "Number=Plur"),
    ("ont", 15, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("approuvé", 15, "ROOT", "VERB", "approuver", "Tense=Past|VerbForm=Part"),
    ("l'", 17, "det", "DET", "le", "Definite=Def"),
    ("accord", 15, "obj", "NOUN", "accord", "Gender=Masc|Number=Sing"),
    (".", 15, "punct", "PUNCT", "."),
]


def test_a_subject_hung_deep_in_a_fronted_adjunct_is_the_verb_s(hand_doc):
    doc = repair(hand_doc(SUBJECT_DEEP_IN_A_FRONTED_ADJUNCT_ROWS))
    assert (doc[13].dep_, doc[13].head.i) == ("nsubj", 15)


def test_an_apposition_deep_in_a_fronted_adjunct_stays_when_the_verb_has_a_subject(hand_doc):
    # "Au terme d' un conflit avec l' usine , la fonderie Dumas , la direction a signé ."
    rows = [
        ("Au", 1, "case", "ADP", "au"),
        ("terme", 15, "obl:mod", "NOUN", "terme", "Gender=Masc|Number=Sing"),
        ("d'", 4, "case", "ADP", "de"),
        ("un", 4, "det", "DET", "un", "Definite=Ind"),
        ("conflit", 1, "nmod", "NOUN", "conflit", "Gender=Masc|Number=Sing"),
        ("avec", 7, "case", "ADP", "avec"),
        ("l'", 7, "det", "DET", "le", "Definite=Def"),
        ("usine", 4, "nmod", "NOUN", "usine", "Gender=Fem|Number=Sing"),
        (",", 10, "punct", "PUNCT", ","),
        ("la", 10, "det", "DET", "le", "Definite=Def"),
        ("fonderie", 7, "appos", "NOUN", "fonderie", "Gender=Fem|Number=Sing"),
        (",", 10, "punct", "PUNCT", ","),
        ("la", 13, "det", "DET", "le", "Definite=Def"),
        ("direction", 15, "nsubj", "NOUN", "direction", "Gender=Fem|Number=Sing"),
        ("a", 15, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("signé", 15, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
        (".", 15, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 7)


# "Les salariés ont approuvé la reprise et le protocole signé par la direction ." with the object taken
# for the subject of the participle after it, and the participle hung on the verb
OBJECT_TAKEN_FOR_A_PARTICIPLE_S_SUBJECT_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def"),
    ("salariés", 3, "nsubj", "NOUN", "salarié", "Number=Plur"),
    ("ont", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("approuvé", 3, "ROOT", "VERB", "approuver", "Tense=Past|VerbForm=Part"),
    ("la", 5, "det", "DET", "le", "Definite=Def"),
    ("reprise", 9, "nsubj", "NOUN", "reprise", "Gender=Fem|Number=Sing"),
    ("et", 8, "cc", "CCONJ", "et"),
    ("le", 8, "det", "DET", "le", "Definite=Def"),
    ("protocole", 5, "conj", "NOUN", "protocole", "Gender=Masc|Number=Sing"),
    ("signé", 3, "advcl", "VERB", "signer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 12, "case", "ADP", "par"),
    ("la", 12, "det", "DET", "le", "Definite=Def"),
    ("direction", 9, "obl:agent", "NOUN", "direction", "Gender=Fem|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_phrase_between_a_verb_and_a_participle_is_the_verb_s_object(hand_doc):
    doc = repair(hand_doc(OBJECT_TAKEN_FOR_A_PARTICIPLE_S_SUBJECT_ROWS))
    assert (doc[5].dep_, doc[5].head.i) == ("obj", 3)
    assert (doc[9].dep_, doc[9].head.i) == ("acl", 8)


def test_the_subject_of_an_absolute_participle_before_the_verb_stays(hand_doc):
    # "Le protocole signé , les salariés ont repris ."
    rows = [
        ("Le", 1, "det", "DET", "le", "Definite=Def"),
        ("protocole", 2, "nsubj", "NOUN", "protocole", "Gender=Masc|Number=Sing"),
        ("signé", 7, "advcl", "VERB", "signer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
        (",", 2, "punct", "PUNCT", ","),
        ("les", 5, "det", "DET", "le", "Definite=Def"),
        ("salariés", 7, "nsubj", "NOUN", "salarié", "Number=Plur"),
        ("ont", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("repris", 7, "ROOT", "VERB", "reprendre", "Tense=Past|VerbForm=Part"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert doc[1].dep_.startswith("nsubj") and doc[1].head.i == 2 and doc[2].dep_ == "advcl"


# "L' usine devra verser à chacun 900 euros ." with 'chacun' taken for the sum's determiner
CHACUN_TAKEN_FOR_A_DETERMINER_ROWS = [
    ("L'", 1, "det", "DET", "le", "Definite=Def"),
    ("usine", 2, "nsubj", "NOUN", "usine", "Gender=Fem|Number=Sing"),
    ("devra", 2, "ROOT", "VERB", "devoir", "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("verser", 2, "xcomp", "VERB", "verser", "VerbForm=Inf"),
    ("à", 7, "case", "ADP", "à"),
    ("chacun", 7, "det", "PRON", "chacun", "Gender=Masc|Number=Sing"),
    ("900", 7, "nummod", "NUM", "900"),
    ("euros", 3, "obl:arg", "NOUN", "euro", "Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_chacun_after_a_is_whom_the_verb_gives_to(hand_doc):
    doc = repair(hand_doc(CHACUN_TAKEN_FOR_A_DETERMINER_ROWS))
    assert (doc[5].dep_, doc[5].head.i, doc[4].head.i) == ("obl:arg", 3, 5)
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 3)


def test_chacun_as_a_determiner_with_no_a_before_stays(hand_doc):
    # "L' usine devra verser chacun 900 euros ." (no 'à': nothing to give to)
    rows = CHACUN_TAKEN_FOR_A_DETERMINER_ROWS[:4] + [
        ("chacun", 6, "det", "PRON", "chacun", "Gender=Masc|Number=Sing"),
        ("900", 6, "nummod", "NUM", "900"),
        ("euros", 3, "obj", "NOUN", "euro", "Number=Plur"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    doc = repair(hand_doc(rows))
    assert (doc[4].dep_, doc[4].head.i) == ("det", 6)


# "Une première offre a été rejetée ." with 'offre' tagged a verb, an adjective after its article
ARTICLE_ADJECTIVE_VERB_ROWS = [
    ("Une", 2, "det", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing"),
    ("première", 2, "amod", "ADJ", "premier", "Gender=Fem|Number=Sing"),
    ("offre", 5, "nsubj:pass", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("a", 5, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("été", 5, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("rejetée", 5, "ROOT", "VERB", "rejeter", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    (".", 5, "punct", "PUNCT", "."),
]


def test_a_verb_after_an_article_and_an_adjective_is_a_noun(hand_doc):
    doc = repair(hand_doc(ARTICLE_ADJECTIVE_VERB_ROWS))
    assert doc[2].pos_ == "NOUN"


def test_a_verb_after_an_adjective_with_no_article_stays(hand_doc):
    # "Seule première offre a été rejetée ." ('Seule' is no article)
    rows = [("Seule", 2, "amod", "ADJ", "seul", "Gender=Fem|Number=Sing")] + ARTICLE_ADJECTIVE_VERB_ROWS[1:]
    doc = repair(hand_doc(rows))
    assert doc[2].pos_ == "VERB"


# "La fonderie a licencié cette semaine 38 soudeurs ." with the counted noun hung on the date
OBJECT_HUNG_ON_A_DATE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def"),
    ("fonderie", 3, "nsubj", "NOUN", "fonderie", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("licencié", 3, "ROOT", "VERB", "licencier", "Tense=Past|VerbForm=Part"),
    ("cette", 5, "det", "DET", "ce", "PronType=Dem"),
    ("semaine", 3, "obl:mod", "NOUN", "semaine", "Gender=Fem|Number=Sing"),
    ("38", 7, "nummod", "NUM", "38"),
    ("soudeurs", 5, "nmod", "NOUN", "soudeur", "Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_counted_noun_hung_on_the_date_before_it_is_the_verb_s_object(hand_doc):
    doc = repair(hand_doc(OBJECT_HUNG_ON_A_DATE_ROWS), time_words={"semaine"})
    assert (doc[7].dep_, doc[7].head.i) == ("obj", 3)


def test_a_noun_with_de_after_a_date_stays_the_date_s(hand_doc):
    # "La fonderie a licencié cette semaine de 38 heures ." : 'de' makes it the date's
    rows = _inserted(OBJECT_HUNG_ON_A_DATE_ROWS, 6, ("de", 8, "case", "ADP", "de"))
    rows[8] = ("heures", 5, "nmod", "NOUN", "heure", "Number=Plur")
    doc = repair(hand_doc(rows), time_words={"semaine", "heure"})
    assert (doc[8].dep_, doc[8].head.i) == ("nmod", 5)


# "Un soudeur gagne 900 euros , affirme -t -elle ." with the pronoun made a root and the verb its auxiliary
EUPHONIC_T_ROWS = [
    ("Un", 1, "det", "DET", "un", "Definite=Ind"),
    ("soudeur", 2, "nsubj", "NOUN", "soudeur", "Gender=Masc|Number=Sing"),
    ("gagne", 2, "ROOT", "VERB", "gagner", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("900", 4, "nummod", "NUM", "900"),
    ("euros", 2, "obj", "NOUN", "euro", "Number=Plur"),
    (",", 8, "punct", "PUNCT", ","),
    ("affirme", 8, "aux:tense", "VERB", "affirmer", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("-t", 8, "nsubj", "PRON", "-t"),
    ("-elle", 8, "ROOT", "PRON", "elle", "Gender=Fem|Number=Sing|Person=3"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_the_pronoun_after_an_euphonic_t_is_the_subject_of_the_verb_before(hand_doc):
    doc = repair(hand_doc(EUPHONIC_T_ROWS))
    assert (doc[8].dep_, doc[8].head.i) == ("nsubj", 6)
    assert (doc[6].dep_, doc[6].head.i) == ("parataxis", 2) and doc[7].dep_ == "dep"


def test_a_t_with_no_verb_before_it_stays(hand_doc):
    # "Un soudeur gagne 900 euros , -t -elle ." (no verb before '-t')
    rows = [r if i != 6 else (",", 8, "punct", "PUNCT", ",") for i, r in enumerate(EUPHONIC_T_ROWS)]
    doc = repair(hand_doc(rows))
    assert doc[7].dep_ == "nsubj"


# "Il prévoit de recruter vingt vendeurs ." with 'il' taken for an impersonal subject
PLANNING_IL_ROWS = [
    ("Il", 1, "expl:subj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"),
    ("prévoit", 1, "ROOT", "VERB", "prévoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("de", 3, "mark", "ADP", "de"), ("recruter", 1, "xcomp", "VERB", "recruter", "VerbForm=Inf"),
    ("vingt", 5, "nummod", "NUM", "vingt"), ("vendeurs", 3, "obj", "NOUN", "vendeur", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_il_before_a_personal_verb_is_its_subject(hand_doc):
    doc = repair(hand_doc(PLANNING_IL_ROWS))
    assert doc[0].dep_ == "nsubj"


def test_il_before_a_verb_that_can_be_impersonal_stays_impersonal(hand_doc):
    # "Il faut recruter vingt vendeurs ."
    rows = [PLANNING_IL_ROWS[0], ("faut", 1, "ROOT", "VERB", "falloir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
            ("recruter", 1, "xcomp", "VERB", "recruter", "VerbForm=Inf"), ("vingt", 4, "nummod", "NUM", "vingt"),
            ("vendeurs", 2, "obj", "NOUN", "vendeur", "Number=Plur"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[0].dep_ == "expl:subj"


# "Faute de fonds , plusieurs ont fermé ." with the bare noun the root and the clause hung on it
FRONTED_BARE_NOUN_ROWS = [
    ("Faute", 0, "ROOT", "NOUN", "faute", "Gender=Fem|Number=Sing"), ("de", 2, "case", "ADP", "de"),
    ("fonds", 0, "nmod", "NOUN", "fonds", "Number=Plur"), (",", 0, "punct", "PUNCT", ","),
    ("plusieurs", 0, "nmod", "DET", "plusieurs", "Number=Plur"),
    ("ont", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fermé", 0, "acl", "VERB", "fermer", "Tense=Past|VerbForm=Part"), (".", 0, "punct", "PUNCT", "."),
]


def test_a_bare_noun_opening_the_sentence_is_an_adjunct_of_the_finite_verb_after_its_comma(hand_doc):
    doc = repair(hand_doc(FRONTED_BARE_NOUN_ROWS))
    assert (doc[6].dep_, doc[0].dep_, doc[0].head.i, doc[4].dep_, doc[4].head.i) == ("ROOT", "obl:mod", 6, "nsubj", 6)


def test_a_bare_noun_root_with_a_participle_and_no_auxiliary_stays_the_root(hand_doc):
    # "Faute de fonds , plusieurs fermées ." : no finite verb after the comma
    rows = FRONTED_BARE_NOUN_ROWS[:5] + [("fermées", 0, "acl", "VERB", "fermer", "Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part"),
                                         (".", 0, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[0].dep_, doc[5].dep_) == ("ROOT", "acl")


# "Il compte recruter deux apprentis , a précisé la direction ." with 'il' impersonal, the clause
# the subject of the verb of saying and the object taken from the infinitive
INCISE_IL_ROWS = [
    ("Il", 1, "expl:subj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"),
    ("compte", 7, "nsubj", "VERB", "compter", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("recruter", 1, "xcomp", "VERB", "recruter", "VerbForm=Inf"), ("deux", 4, "nummod", "NUM", "deux"),
    ("apprentis", 7, "nsubj", "NOUN", "apprenti", "Number=Plur"), (",", 7, "punct", "PUNCT", ","),
    ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("précisé", 7, "ROOT", "VERB", "préciser", "Tense=Past|VerbForm=Part"), ("la", 9, "det", "DET", "le"),
    ("direction", 7, "obj", "NOUN", "direction"), (".", 7, "punct", "PUNCT", "."),
]


def test_the_clause_before_an_incise_takes_back_the_object_of_its_infinitive(hand_doc):
    doc = repair(hand_doc(INCISE_IL_ROWS), verbs={"compter", "recruter", "préciser"})
    assert (doc[1].dep_, doc[4].dep_, doc[4].head.i, doc[7].dep_, doc[9].dep_) == ("ROOT", "obj", 2, "parataxis", "nsubj")


def test_a_clause_with_a_conjunction_before_a_comma_is_no_clause_of_an_incise(hand_doc):
    # "Quand il recrute des apprentis , a précisé la direction ." is not read as one: 'quand' subordinates it
    rows = [("Quand", 2, "mark", "SCONJ", "quand")] + [(w, h + 1, *rest) for (w, h, *rest) in INCISE_IL_ROWS]
    rows[1] = ("il", 2, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3")
    rows[2] = ("recrute", 8, "advcl", "VERB", "recruter", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    rows[3] = ("des", 5, "det", "DET", "un")
    doc = repair(hand_doc(rows), verbs={"recruter", "préciser"})
    assert (doc[2].dep_, doc[8].dep_) == ("advcl", "ROOT")


# "Il leur a soumis une hausse ." with its subject taken for a vocative
VOCATIVE_IL_ROWS = [
    ("Il", 3, "vocative", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"),
    ("leur", 3, "iobj", "PRON", "leur", "Number=Plur|Person=3"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("soumis", 3, "ROOT", "VERB", "soumettre", "Tense=Past|VerbForm=Part"), ("une", 5, "det", "DET", "un"),
    ("hausse", 3, "obj", "NOUN", "hausse", "Gender=Fem|Number=Sing"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_subject_pronoun_taken_for_a_vocative_is_the_subject(hand_doc):
    doc = repair(hand_doc(VOCATIVE_IL_ROWS))
    assert doc[0].dep_ == "nsubj"


def test_a_pronoun_after_its_verb_is_left_to_the_incise_passes(hand_doc):
    # "Proposé , dit il ." is not a subject before its verb: 'il' comes after it
    rows = [("Proposé", 0, "ROOT", "VERB", "proposer", "Tense=Past|VerbForm=Part"), (",", 0, "punct", "PUNCT", ","),
            ("dit", 0, "parataxis", "VERB", "dire", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
            ("il", 2, "vocative", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"), (".", 0, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert doc[3].dep_ == "vocative"


# "Le collectif a porté plainte en mai contre un ancien gérant ." with 'contre' hung on the month
AGAINST_HUNG_ON_A_MONTH_ROWS = [
    ("Le", 1, "det", "DET", "le", "Definite=Def"),
    ("collectif", 3, "nsubj", "NOUN", "collectif", "Gender=Masc|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("porté", 3, "ROOT", "VERB", "porter", "Tense=Past|VerbForm=Part"),
    ("plainte", 3, "obj", "NOUN", "plainte", "Gender=Fem|Number=Sing"),
    ("en", 6, "case", "ADP", "en"),
    ("mai", 3, "obl:mod", "NOUN", "mai", "Gender=Masc|Number=Sing"),
    ("contre", 10, "case", "ADP", "contre"),
    ("un", 10, "det", "DET", "un", "Definite=Ind"),
    ("ancien", 10, "amod", "ADJ", "ancien", "Gender=Masc|Number=Sing"),
    ("gérant", 6, "nmod", "NOUN", "gérant", "Gender=Masc|Number=Sing"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_contre_phrase_hung_on_a_date_after_en_is_the_verb_s(hand_doc):
    doc = repair(hand_doc(AGAINST_HUNG_ON_A_MONTH_ROWS), time_words={"mai"})
    assert (doc[10].head.i, doc[10].dep_) == (3, "obl:arg")


def test_a_complement_of_a_date_after_de_stays_the_date_s(hand_doc):
    # "Le collectif a porté plainte de mai contre un ancien gérant ." ('la nuit de mardi à mercredi')
    rows = [*AGAINST_HUNG_ON_A_MONTH_ROWS]
    rows[5] = ("de", 6, "case", "ADP", "de")
    doc = repair(hand_doc(rows), time_words={"mai"})
    assert (doc[10].head.i, doc[10].dep_) == (6, "nmod")


# "La ferme a embauché 30 cueilleurs en contrat court , rémunérés 12 euros ." with the participle
# hung on the adjunct noun it does not agree with
PARTICIPLE_ON_AN_ADJUNCT_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing"),
    ("ferme", 3, "nsubj", "NOUN", "ferme", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("embauché", 3, "ROOT", "VERB", "embaucher", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("30", 5, "nummod", "NUM", "30", "NumType=Card"),
    ("cueilleurs", 3, "obj", "NOUN", "cueilleur", "Gender=Masc|Number=Plur"),
    ("en", 7, "case", "ADP", "en"),
    ("contrat", 3, "obl:mod", "NOUN", "contrat", "Gender=Masc|Number=Sing"),
    ("court", 7, "amod", "ADJ", "court", "Gender=Masc|Number=Sing"),
    (",", 7, "punct", "PUNCT", ","),
    ("rémunérés", 7, "acl", "VERB", "rémunérer", "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"),
    ("12", 12, "nummod", "NUM", "12", "NumType=Card"),
    ("euros", 10, "obj", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_a_participle_on_an_adjunct_it_does_not_agree_with_is_the_verb_s_noun_s(hand_doc):
    doc = repair(hand_doc(PARTICIPLE_ON_AN_ADJUNCT_ROWS))
    assert doc[10].head.i == 5


def test_a_participle_that_agrees_with_the_adjunct_stays_on_it(hand_doc):
    rows = [*PARTICIPLE_ON_AN_ADJUNCT_ROWS]
    rows[10] = ("rémunéré", 7, "acl", "VERB", "rémunérer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part")
    doc = repair(hand_doc(rows))
    assert doc[10].head.i == 7


# "La mairie offre une prime de 60 euros par mois aux agents ." with 'aux agents' hung on 'mois'
RECIPIENT_ON_A_RATE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing"),
    ("mairie", 2, "nsubj", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("offre", 2, "ROOT", "VERB", "offrir", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("une", 4, "det", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing"),
    ("prime", 2, "obj", "NOUN", "prime", "Gender=Fem|Number=Sing"),
    ("de", 7, "case", "ADP", "de"),
    ("60", 7, "nummod", "NUM", "60", "NumType=Card"),
    ("euros", 4, "nmod", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    ("par", 9, "case", "ADP", "par"),
    ("mois", 4, "nmod", "NOUN", "mois", "Gender=Masc"),
    ("aux", 11, "case", "ADP", "à"),
    ("agents", 9, "nmod", "NOUN", "agent", "Gender=Masc|Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_an_a_complement_hung_on_a_rate_is_the_verb_s(hand_doc):
    doc = repair(hand_doc(RECIPIENT_ON_A_RATE_ROWS), time_words={"mois"})
    assert (doc[11].head.i, doc[11].dep_) == (2, "obl:arg")


def test_an_a_complement_with_an_indefinite_article_after_a_rate_ends_a_range(hand_doc):
    # "La mairie offre une prime de 60 euros par mois à une enveloppe ..." ('de X par mois à une Y')
    rows = [*RECIPIENT_ON_A_RATE_ROWS]
    rows[10:12] = [("à", 12, "case", "ADP", "à"), ("une", 12, "det", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing"),
                   ("enveloppe", 9, "nmod", "NOUN", "enveloppe", "Gender=Fem|Number=Sing")]
    rows[-1] = (".", 2, "punct", "PUNCT", ".")
    doc = repair(hand_doc(rows), time_words={"mois"})
    assert (doc[12].head.i, doc[12].dep_) == (9, "nmod")


# "Les guides du Parc Aventure ont cessé le travail ." with the second word of the name taken for the
# subject and the guides left a root of their own
SECOND_WORD_OF_A_NAME_ROWS = [
    ("Les", 1, "det", "DET", "le", "Definite=Def|Number=Plur"),
    ("guides", 1, "ROOT", "NOUN", "guide", "Gender=Masc|Number=Plur"),
    ("du", 3, "case", "ADP", "de"),
    ("Parc", 1, "nmod", "PROPN", "Parc"),
    ("Aventure", 6, "nsubj", "NOUN", "aventure", "Gender=Fem|Number=Sing"),
    ("ont", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
    ("cessé", 6, "ROOT", "VERB", "cesser", "Tense=Past|VerbForm=Part"),
    ("le", 8, "det", "DET", "le"), ("travail", 6, "obj", "NOUN", "travail"), (".", 6, "punct", "PUNCT", "."),
]


def test_a_capitalised_word_after_a_name_that_cannot_be_the_subject_ends_the_name(hand_doc):
    doc = repair(hand_doc(SECOND_WORD_OF_A_NAME_ROWS))
    assert (doc[4].head.i, doc[4].dep_, doc[1].head.i, doc[1].dep_) == (3, "flat:name", 6, "nsubj")


def test_a_capitalised_word_after_a_name_that_agrees_with_the_verb_stays_the_subject(hand_doc):
    # "Le guide du Parc Aventure a cessé le travail ." : the number does not tell, the parse stays
    rows = [*SECOND_WORD_OF_A_NAME_ROWS]
    rows[0] = ("Le", 1, "det", "DET", "le", "Definite=Def|Number=Sing")
    rows[1] = ("guide", 1, "ROOT", "NOUN", "guide", "Gender=Masc|Number=Sing")
    rows[5] = ("a", 6, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin")
    doc = repair(hand_doc(rows))
    assert (doc[4].head.i, doc[4].dep_, doc[1].head.i) == (6, "nsubj", 1)


# "La station a recruté 80 moniteurs pour l' été , payés 15 euros ." with 'été' taken for the
# participle of 'être', its article for punctuation, and the pay hung on them
SUMMER_AFTER_A_PREPOSITION_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing"),
    ("station", 3, "nsubj", "NOUN", "station", "Gender=Fem|Number=Sing"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("recruté", 3, "ROOT", "VERB", "recruter", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("80", 5, "nummod", "NUM", "80", "NumType=Card"),
    ("moniteurs", 3, "obj", "NOUN", "moniteur", "Gender=Masc|Number=Plur"),
    ("pour", 3, "mark", "ADP", "pour"),
    ("l'", 3, "punct", "DET", "le", "Definite=Def|Number=Sing"),
    ("été", 7, "dep", "AUX", "être", "Tense=Past|VerbForm=Part"),
    (",", 7, "punct", "PUNCT", ","),
    ("payés", 7, "advcl", "VERB", "payer", "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"),
    ("15", 12, "nummod", "NUM", "15", "NumType=Card"),
    ("euros", 10, "obj", "NOUN", "euro", "Gender=Masc|Number=Plur"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_ete_after_a_preposition_and_an_elided_article_is_the_season(hand_doc):
    doc = repair(hand_doc(SUMMER_AFTER_A_PREPOSITION_ROWS))
    assert (doc[8].pos_, doc[8].head.i, doc[8].dep_, doc[7].head.i, doc[6].head.i) == ("NOUN", 3, "obl:mod", 8, 8)
    # the pay after the comma qualifies the recruits it agrees with
    assert (doc[10].head.i, doc[10].dep_) == (5, "acl")


def test_ete_after_an_auxiliary_stays_the_participle(hand_doc):
    # "La station a été vendue ." : no preposition, no article
    rows = [("La", 1, "det", "DET", "le"), ("station", 4, "nsubj:pass", "NOUN", "station", "Gender=Fem|Number=Sing"),
            ("a", 4, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
            ("été", 4, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
            ("vendue", 4, "ROOT", "VERB", "vendre", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
            (".", 4, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[3].pos_, doc[3].dep_) == ("AUX", "aux:pass")


# "une plainte déposée contre la mairie par trois agents" with the doer hung on the mairie
DOER_ON_A_PARTICIPLE_S_COMPLEMENT_ROWS = [
    ("Une", 1, "det", "DET", "un", "Definite=Ind|Gender=Fem|Number=Sing"),
    ("plainte", 10, "nsubj:pass", "NOUN", "plainte", "Gender=Fem|Number=Sing"),
    ("déposée", 1, "acl", "VERB", "déposer", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
    ("contre", 5, "case", "ADP", "contre"), ("la", 5, "det", "DET", "le"),
    ("mairie", 2, "obl:arg", "NOUN", "mairie", "Gender=Fem|Number=Sing"),
    ("par", 8, "case", "ADP", "par"), ("trois", 8, "nummod", "NUM", "trois", "NumType=Card"),
    ("agents", 5, "nmod", "NOUN", "agent", "Gender=Masc|Number=Plur"),
    ("a", 10, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("été", 10, "aux:pass", "AUX", "être", "Tense=Past|VerbForm=Part"),
    ("jugée", 10, "ROOT", "VERB", "juger", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"),
    ("recevable", 10, "xcomp", "ADJ", "recevable"), (".", 10, "punct", "PUNCT", "."),
]


def test_par_after_the_complement_of_a_participle_with_no_doer_is_its_doer(hand_doc):
    doc = repair(hand_doc(DOER_ON_A_PARTICIPLE_S_COMPLEMENT_ROWS))
    assert (doc[8].head.i, doc[8].dep_) == (2, "obl:agent")


def test_par_with_a_bare_noun_after_a_participle_s_complement_stays_on_the_noun(hand_doc):
    # "une plainte déposée contre la mairie par courrier recommandé ..." : a bare noun after 'par' says how
    rows = [*DOER_ON_A_PARTICIPLE_S_COMPLEMENT_ROWS]
    rows[6:9] = [("par", 7, "case", "ADP", "par"), ("courrier", 5, "nmod", "NOUN", "courrier", "Gender=Masc|Number=Sing"),
                 ("recommandé", 7, "amod", "ADJ", "recommandé")]
    doc = repair(hand_doc(rows))
    assert (doc[7].head.i, doc[7].dep_) == (5, "nmod")


# "le groupe , à laquelle il a versé 30 millions" with the pronoun after its preposition hung on the subject
def _relative_rows(case_word):
    return [
        ("la", 1, "det", "DET", "le"), ("biotech", 1, "ROOT", "NOUN", "biotech", "Gender=Fem|Number=Sing"),
        (",", 1, "punct", "PUNCT", ","), (case_word, 4, "case", "ADP", case_word),
        ("laquelle", 5, "nmod", "PRON", "lequel", "Gender=Fem|Number=Sing|PronType=Rel"),
        ("Arvel", 7, "nsubj", "PROPN", "Arvel"),
        ("a", 7, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
        ("versé", 1, "acl:relcl", "VERB", "verser", "Tense=Past|VerbForm=Part"),
        ("30", 9, "nummod", "NUM", "30", "NumType=Card"), ("euros", 7, "obj", "NOUN", "euro"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_relative_pronoun_after_a_preposition_hung_on_the_clause_s_subject_is_the_verb_s(hand_doc):
    doc = repair(hand_doc(_relative_rows("à")))
    assert (doc[4].head.i, doc[4].dep_) == (7, "obl:arg")


def test_de_laquelle_on_the_subject_stays_the_subject_s_complement(hand_doc):
    # "la biotech , de laquelle Arvel a versé ..." ('dont' reads the same): the subject's complement
    doc = repair(hand_doc(_relative_rows("de")))
    assert (doc[4].head.i, doc[4].dep_) == (5, "nmod")


# "avec la biotech suédoise Norbe Pharma , à laquelle il a versé 30 euros ." with the name cut off as a root
NAME_WITH_A_RELATIVE_ROWS = [
    ("avec", 2, "case", "ADP", "avec"), ("la", 2, "det", "DET", "le"),
    ("biotech", 2, "ROOT", "NOUN", "biotech", "Gender=Fem|Number=Sing"),
    ("suédoise", 2, "amod", "ADJ", "suédois", "Gender=Fem|Number=Sing"),
    ("Norbe", 4, "ROOT", "PROPN", "Norbe"), ("Pharma", 4, "flat:name", "PROPN", "Pharma"),
    (",", 4, "punct", "PUNCT", ","), ("à", 8, "case", "ADP", "à"),
    ("laquelle", 11, "obl:arg", "PRON", "lequel", "Gender=Fem|Number=Sing|PronType=Rel"),
    ("il", 11, "nsubj", "PRON", "il"),
    ("a", 11, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("versé", 4, "parataxis", "VERB", "verser", "Tense=Past|VerbForm=Part"),
    ("30", 13, "nummod", "NUM", "30", "NumType=Card"), ("euros", 11, "obj", "NOUN", "euro"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_name_cut_off_after_a_noun_and_its_adjective_names_it_and_keeps_its_relative(hand_doc):
    doc = repair(hand_doc(NAME_WITH_A_RELATIVE_ROWS))
    assert (doc[4].head.i, doc[4].dep_, doc[11].head.i, doc[11].dep_) == (2, "appos", 4, "acl:relcl")


def test_a_name_after_a_full_stop_with_a_relative_stays_a_sentence_of_its_own(hand_doc):
    # "avec la biotech suédoise . Norbe Pharma , à laquelle ..." : a new sentence
    rows = [*NAME_WITH_A_RELATIVE_ROWS]
    rows[3:4] = [("suédoise", 2, "amod", "ADJ", "suédois", "Gender=Fem|Number=Sing"), (".", 2, "punct", "PUNCT", ".")]
    rows = [(r[0], r[1] + (1 if r[1] > 3 else 0), *r[2:]) for r in rows]
    doc = repair(hand_doc(rows))
    assert (doc[5].head.i, doc[5].dep_) == (5, "ROOT")


# "Le club a publié une annonce pour un chef ." with the noun after 'pour' made a clause of the verb
NOUN_TAKEN_FOR_A_CLAUSE_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("club", 3, "nsubj", "NOUN", "club"),
    ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("publié", 3, "ROOT", "VERB", "publier", "Tense=Past|VerbForm=Part"),
    ("une", 5, "det", "DET", "un"), ("annonce", 3, "obj", "NOUN", "annonce"),
    ("pour", 8, "case", "ADP", "pour"), ("un", 8, "det", "DET", "un"),
    ("chef", 3, "advcl", "NOUN", "chef"), (".", 3, "punct", "PUNCT", "."),
]


def test_a_noun_after_its_preposition_taken_for_a_clause_is_an_adjunct(hand_doc):
    doc = repair(hand_doc(NOUN_TAKEN_FOR_A_CLAUSE_ROWS))
    assert (doc[8].head.i, doc[8].dep_) == (3, "obl:mod")


def test_a_noun_with_a_copula_after_pour_que_stays_a_clause(hand_doc):
    # "Le club a publié une annonce pour qu' il soit chef ." : a clause, with its subject and copula
    rows = [*NOUN_TAKEN_FOR_A_CLAUSE_ROWS[:6],
            ("pour", 10, "mark", "ADP", "pour"), ("qu'", 10, "mark", "SCONJ", "que"), ("il", 10, "nsubj", "PRON", "il"),
            ("soit", 10, "cop", "AUX", "être"), ("chef", 3, "advcl", "NOUN", "chef"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[10].head.i, doc[10].dep_) == (3, "advcl")


# "Le guide , et compte recruter dix saisonniers ." : a verbless root, 'compte' stays where it is
def test_compte_after_et_in_a_sentence_with_no_verb_is_left_alone(hand_doc):
    rows = [("Le", 1, "det", "DET", "le"), ("guide", 1, "ROOT", "NOUN", "guide"), (",", 1, "punct", "PUNCT", ","),
            ("et", 4, "cc", "CCONJ", "et"), ("compte", 1, "conj", "NOUN", "compte", "Gender=Masc|Number=Sing"),
            ("recruter", 4, "xcomp", "VERB", "recruter", "VerbForm=Inf"), ("dix", 7, "nummod", "NUM", "dix"),
            ("saisonniers", 5, "obj", "NOUN", "saisonnier"), (".", 1, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[4].pos_, doc[4].head.i, doc[4].dep_) == ("NOUN", 1, "conj")


# "L' accord signé par X et FO prévoit une prime ." with 'FO prévoit' taken for a clause joined to the participle
JOINED_TO_A_PARTICIPLE_ROWS = [
    ("L'", 1, "det", "DET", "le"), ("accord", 1, "ROOT", "NOUN", "accord", "Gender=Masc|Number=Sing"),
    ("signé", 1, "acl", "VERB", "signer", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("par", 4, "case", "ADP", "par"), ("Korvane", 2, "obl:agent", "PROPN", "Korvane"),
    ("et", 7, "cc", "CCONJ", "et"), ("FO", 7, "nsubj", "PROPN", "FO"),
    ("prévoit", 2, "conj", "VERB", "prévoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
    ("une", 9, "det", "DET", "un"), ("prime", 7, "obj", "NOUN", "prime"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_finite_verb_joined_to_a_participle_is_the_main_verb_of_the_noun_it_qualifies(hand_doc):
    doc = repair(hand_doc(JOINED_TO_A_PARTICIPLE_ROWS))
    assert (doc[7].dep_, doc[1].head.i, doc[1].dep_, doc[6].head.i, doc[6].dep_) == ("ROOT", 7, "nsubj", 4, "conj")


def test_a_finite_verb_joined_to_a_main_verb_stays_its_conjunct(hand_doc):
    # "La direction a signé l' accord et FO prévoit une grève ." : 'signé' is the main verb
    rows = [("La", 1, "det", "DET", "le"), ("direction", 3, "nsubj", "NOUN", "direction", "Number=Sing"),
            ("a", 3, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
            ("signé", 3, "ROOT", "VERB", "signer", "Tense=Past|VerbForm=Part"),
            ("l'", 5, "det", "DET", "le"), ("accord", 3, "obj", "NOUN", "accord"),
            ("et", 8, "cc", "CCONJ", "et"), ("FO", 8, "nsubj", "PROPN", "FO"),
            ("prévoit", 3, "conj", "VERB", "prévoir", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
            ("une", 10, "det", "DET", "un"), ("grève", 8, "obj", "NOUN", "grève"), (".", 3, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[8].head.i, doc[8].dep_, doc[7].head.i) == (3, "conj", 8)


# "une offre prévoyant des hausses , que les délégués ont rejetée ." with the relative hung on the rises
def _que_rows(participle_morph):
    return [
        ("une", 1, "det", "DET", "un"), ("offre", 1, "ROOT", "NOUN", "offre", "Gender=Fem|Number=Sing"),
        ("prévoyant", 1, "acl", "VERB", "prévoir", "Tense=Pres|VerbForm=Part"),
        ("des", 4, "det", "DET", "un"), ("hausses", 2, "obj", "NOUN", "hausse", "Gender=Fem|Number=Plur"),
        (",", 4, "punct", "PUNCT", ","), ("que", 10, "obj", "PRON", "que", "PronType=Rel"),
        ("les", 8, "det", "DET", "le"), ("délégués", 10, "nsubj", "NOUN", "délégué", "Gender=Masc|Number=Plur"),
        ("ont", 10, "aux:tense", "AUX", "avoir", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin"),
        ("rejeté", 4, "acl:relcl", "VERB", "rejeter", participle_morph + "|Tense=Past|VerbForm=Part"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_que_relative_goes_to_the_noun_its_participle_agrees_with(hand_doc):
    doc = repair(hand_doc(_que_rows("Gender=Fem|Number=Sing")))
    assert doc[10].head.i == 1


def test_a_que_relative_whose_participle_agrees_with_its_noun_stays(hand_doc):
    doc = repair(hand_doc(_que_rows("Gender=Fem|Number=Plur")))
    assert doc[10].head.i == 4


# "à temps plein touche" with the adjective taken for a preposition of the word after it
def _adjective_case_rows(before_pos):
    return [("à", 1, "case", "ADP", "à"), ("temps", 3, "nmod", before_pos, "temps"),
            ("plein", 3, "case", "ADJ", "plein"), ("touche", 3, "ROOT", "NOUN", "touche"), (".", 3, "punct", "PUNCT", ".")]


def test_an_adjective_taken_for_a_preposition_qualifies_the_noun_before_it(hand_doc):
    doc = repair(hand_doc(_adjective_case_rows("NOUN")))
    assert (doc[2].head.i, doc[2].dep_) == (1, "amod")


def test_an_adjective_taken_for_a_preposition_after_no_noun_is_left_alone(hand_doc):
    doc = repair(hand_doc(_adjective_case_rows("ADV")))
    assert (doc[2].head.i, doc[2].dep_) == (3, "case")


# "Selon Unia , un magasinier y gagne 61 000 francs ." with the adjunct made the root and the clause a relative
def _no_pronoun_rows(with_qui):
    rows = [("Selon", 1, "case", "ADP", "selon"), ("Unia", 1, "ROOT", "PROPN", "Unia"), (",", 1, "punct", "PUNCT", ","),
            ("un", 4, "det", "DET", "un"), ("magasinier", 1, "nmod", "NOUN", "magasinier"),
            ("y", 6, "expl:comp", "PRON", "y"),
            ("gagne", 4, "acl:relcl", "VERB", "gagner", "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"),
            ("61", 8, "nummod", "NUM", "61"), ("francs", 6, "obj", "NOUN", "franc"), (".", 1, "punct", "PUNCT", ".")]
    if with_qui:  # "Selon Unia , un magasinier qui gagne 61 000 francs ." : a real relative
        rows[5] = ("qui", 6, "nsubj", "PRON", "qui", "PronType=Rel")
    return rows


def test_a_finite_clause_with_no_relative_pronoun_is_the_sentence_s_verb(hand_doc):
    doc = repair(hand_doc(_no_pronoun_rows(False)))
    assert (doc[6].dep_, doc[4].head.i, doc[4].dep_, doc[1].head.i, doc[1].dep_) == ("ROOT", 6, "nsubj", 6, "obl:mod")


def test_a_relative_with_its_pronoun_stays_a_relative(hand_doc):
    doc = repair(hand_doc(_no_pronoun_rows(True)))
    assert (doc[6].head.i, doc[6].dep_) == (4, "acl:relcl")


# "le site de Laval , qui devra embaucher ." as a verbless phrase: the relative is the only clause
def test_a_relative_made_the_root_with_no_clause_under_it_stays_the_root(hand_doc):
    rows = [("le", 1, "det", "DET", "le"), ("site", 6, "dep", "NOUN", "site"), ("de", 3, "case", "ADP", "de"),
            ("Laval", 1, "nmod", "PROPN", "Laval"), (",", 6, "punct", "PUNCT", ","),
            ("qui", 6, "nsubj", "PRON", "qui", "PronType=Rel"),
            ("devra", 6, "ROOT", "VERB", "devoir", "Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin"),
            ("embaucher", 6, "xcomp", "VERB", "embaucher", "VerbForm=Inf"), (".", 6, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[6].head.i, doc[6].dep_) == (6, "ROOT")


# "reprise par le site , qui devra embaucher ." with the relative the root and the main clause under it
def test_a_relative_made_the_root_over_the_main_clause_goes_back_to_its_noun(hand_doc):
    rows = [("sera", 1, "aux:pass", "AUX", "être", "Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin"),
            ("reprise", 7, "advcl", "VERB", "reprendre", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"),
            ("par", 4, "case", "ADP", "par"), ("le", 4, "det", "DET", "le"), ("site", 1, "obl:agent", "NOUN", "site"),
            (",", 7, "punct", "PUNCT", ","), ("qui", 7, "nsubj", "PRON", "qui", "PronType=Rel"),
            ("devra", 7, "ROOT", "VERB", "devoir", "Mood=Ind|Number=Sing|Tense=Fut|VerbForm=Fin"),
            ("embaucher", 7, "xcomp", "VERB", "embaucher", "VerbForm=Inf"), (".", 7, "punct", "PUNCT", ".")]
    doc = repair(hand_doc(rows))
    assert (doc[1].dep_, doc[7].head.i, doc[7].dep_, doc[9].head.i) == ("ROOT", 4, "acl:relcl", 1)


# "Il recherche six ébénistes ." with 'recherche' tagged a noun and 'Il' its impersonal subject
IL_RECHERCHE_ROWS = [
    ("Il", 1, "expl:subj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3"),
    ("recherche", 1, "ROOT", "NOUN", "recherche", "Gender=Fem|Number=Sing"),
    ("six", 3, "nummod", "NUM", "six", "NumType=Card"),
    ("ébénistes", 1, "obj", "NOUN", "ébéniste", "Number=Plur"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_noun_spelled_as_a_verb_right_after_a_subject_pronoun_is_that_verb(hand_doc):
    doc = repair(hand_doc(IL_RECHERCHE_ROWS), verbs={"rechercher"})
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "rechercher" and doc[0].dep_ == "nsubj"


def test_a_noun_after_a_subject_pronoun_spelling_no_verb_of_the_lexicon_stays(hand_doc):
    doc = repair(hand_doc(IL_RECHERCHE_ROWS), verbs={"recruter"})
    assert doc[1].pos_ == "NOUN" and doc[0].dep_ == "expl:subj"


# "La jeune pousse ses pions ." : 'jeune' the subject of the verb 'pousse', which has its object
JEUNE_POUSSE_ROWS = [
    ("La", 1, "det", "DET", "le", "Definite=Def|Gender=Fem|Number=Sing"),
    ("jeune", 2, "nsubj", "NOUN", "jeune", "Number=Sing"),
    ("pousse", 2, "ROOT", "VERB", "pousser", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("ses", 4, "det", "DET", "son", "Number=Plur"),
    ("pions", 2, "obj", "NOUN", "pion", "Number=Plur"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_a_verb_after_an_article_and_jeune_with_a_subject_and_an_object_stays_a_verb(hand_doc):
    doc = repair(hand_doc(JEUNE_POUSSE_ROWS))
    assert doc[2].pos_ == "VERB" and doc[1].dep_ == "nsubj"
