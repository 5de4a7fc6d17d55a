"""EventReader on hand-built French parses: no model is loaded.

Each Doc is built the way spaCy's own tests build them (words, absolute
heads, UD relations, POS, lemmas), so the grammar rules of
kg.extract.events are tested on a parse we control.
"""

from __future__ import annotations

import pytest

from kg.extract.events import EventReader
from kg.extract.merge import merge_events
from kg.extract.model import Entity
from kg.extract.money import find_amounts
from kg.lexicon import load_lexicon

NETFLIX = Entity("entity/netflix", "Netflix", "Organization")
AMPTP = Entity("entity/amptp", "AMPTP", "Organization")


def read(doc, known: dict[int, Entity] | None = None):
    """Events and anaphora of ``doc``; ``known`` maps token indices to entities."""
    known = known or {}
    entities = {e.key: e for e in known.values()}
    token_entity = {i: e.key for i, e in known.items()}
    reader = EventReader(doc, doc.text, load_lexicon(), entities, token_entity,
                         sentence_of=lambda c: 0, amounts=find_amounts(doc.text))
    return reader.read()


def only(events, kind):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.triggers[0].text) for e in events]
    return found[0]


def labels(fillers):
    return sorted(f.label for f in fillers)


def test_transitive_verb_subject_is_agent_object_is_theme(hand_doc):
    doc = hand_doc([
        ("Netflix", 1, "nsubj", "PROPN", "Netflix"),
        ("diffuse", 1, "ROOT", "VERB", "diffuser"),
        ("la", 3, "det", "DET", "le"),
        ("série", 1, "obj", "NOUN", "série"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    events, anaphora = read(doc, {0: NETFLIX})
    assert anaphora == []
    event = only(events, "Broadcast")
    assert [(t.begin, t.end, t.text) for t in event.triggers] == [(8, 15, "diffuse")]
    assert [f.entity for f in event.roles["agent"]] == ["entity/netflix"]
    assert labels(event.roles["theme"]) == ["série"]
    assert event.roles["theme"][0].entity is None
    assert not event.negated


def test_passive_without_agent_keeps_event_but_gives_it_no_agent(hand_doc):
    doc = hand_doc([
        ("La", 1, "det", "DET", "le"),
        ("série", 4, "nsubj:pass", "NOUN", "série"),
        ("a", 4, "aux:tense", "AUX", "avoir"),
        ("été", 4, "aux:pass", "AUX", "être"),
        ("diffusée", 4, "ROOT", "VERB", "diffuser"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    events, _ = read(doc)
    event = only(events, "Broadcast")
    assert event.roles["agent"] == []  # what is broadcast is not who broadcasts
    assert labels(event.roles["theme"]) == ["série"]


def test_a_passive_complement_does_not_take_the_subject_of_its_verb_as_agent(hand_doc):
    # "leurs représentations puissent être utilisées": the representations are used, they use nothing
    doc = hand_doc([
        ("leurs", 1, "det", "DET", "son"),
        ("représentations", 2, "nsubj", "NOUN", "représentation"),
        ("puissent", 2, "ROOT", "VERB", "pouvoir"),
        ("être", 4, "aux:pass", "AUX", "être"),
        ("utilisées", 2, "xcomp", "VERB", "utiliser"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    events, _ = read(doc)
    assert only(events, "Usage").roles["agent"] == []


def test_relative_clause_is_absorbed_into_the_proposal_noun(hand_doc):
    # une proposition de AMPTP qui offrait 200 $ pour les acteurs .
    doc = hand_doc([
        ("une", 1, "det", "DET", "un"),
        ("proposition", 1, "ROOT", "NOUN", "proposition"),
        ("de", 3, "case", "ADP", "de"),
        ("AMPTP", 1, "nmod", "PROPN", "AMPTP"),
        ("qui", 5, "nsubj", "PRON", "qui"),
        ("offrait", 1, "acl:relcl", "VERB", "offrir"),
        ("200", 7, "nummod", "NUM", "200"),
        ("$", 5, "obj", "NOUN", "$"),
        ("pour", 10, "case", "ADP", "pour"),
        ("les", 10, "det", "DET", "le"),
        ("acteurs", 5, "obl:mod", "NOUN", "acteur"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    events, _ = read(doc, {3: AMPTP})
    assert [e.type for e in events] == ["Proposal"]  # the offering is the proposal, not a second event
    proposal = events[0]
    assert [t.text for t in proposal.triggers] == ["proposition", "offrait"]
    assert [f.entity for f in proposal.roles["agent"]] == ["entity/amptp"]
    assert labels(proposal.roles["recipient"]) == ["acteurs"]
    assert proposal.amount is not None
    assert (proposal.amount.value, proposal.amount.currency) == (200.0, "USD")
    assert proposal.amount.span.text == "200 $"
    # "qui" is not a filler of its own
    assert all(f.label != "qui" for fillers in proposal.roles.values() for f in fillers)


def test_infinitive_takes_the_object_of_the_verb_it_completes(hand_doc):
    # Cela a motivé Netflix à proposer une offre d'emploi .
    doc = hand_doc([
        ("Cela", 2, "nsubj", "PRON", "cela"),
        ("a", 2, "aux:tense", "AUX", "avoir"),
        ("motivé", 2, "ROOT", "VERB", "motiver"),
        ("Netflix", 2, "obj", "PROPN", "Netflix"),
        ("à", 5, "mark", "ADP", "à"),
        ("proposer", 2, "xcomp", "VERB", "proposer", "VerbForm=Inf"),
        ("une", 7, "det", "DET", "un"),
        ("offre", 5, "obj", "NOUN", "offre"),
        ("d'", 9, "case", "ADP", "de"),
        ("emploi", 7, "nmod", "NOUN", "emploi"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    events, anaphora = read(doc, {3: NETFLIX})
    verb = next(e for e in events if e.triggers[0].text == "proposer")
    assert verb.type == "JobOffer"  # not a mere Proposal: the theme is a job word
    assert [f.entity for f in verb.roles["agent"]] == ["entity/netflix"]
    noun = next(e for e in events if e.triggers[0].text == "offre")
    assert noun.type == "JobOffer"
    assert [f.event for f in verb.roles["theme"]] == [noun]
    assert labels(noun.roles["theme"]) == ["emploi", "offre d'emploi"]  # what it is about, and its own phrase
    # the noun names the very event the verb states: merged, one job offer by Netflix
    merged = merge_events(events, anaphora)
    assert [(e.type, [t.text for t in e.triggers]) for e in merged] == [("JobOffer", ["proposer", "offre"])]
    assert [f.entity for f in merged[0].roles["agent"]] == ["entity/netflix"]


def test_support_verb_lends_its_subject_to_the_event_noun(hand_doc):
    doc = hand_doc([
        ("Les", 1, "det", "DET", "le"),
        ("studios", 3, "nsubj", "NOUN", "studio"),
        ("sont", 3, "aux:tense", "AUX", "être"),
        ("parvenus", 3, "ROOT", "VERB", "parvenir"),
        ("à", 6, "case", "ADP", "à"),
        ("un", 6, "det", "DET", "un"),
        ("accord", 3, "obl:arg", "NOUN", "accord"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    events, _ = read(doc)
    agreement = only(events, "Agreement")
    assert agreement.triggers[0].text == "accord"
    assert labels(agreement.roles["agent"]) == ["studios"]


DECLARE_ROWS = [
    ("Netflix", 2, "nsubj", "PROPN", "Netflix"),
    ("a", 2, "aux:tense", "AUX", "avoir"),
    ("déclaré", 2, "ROOT", "VERB", "déclarer"),
    (":", 2, "punct", "PUNCT", ":"),
    ('"', 6, "punct", "PUNCT", '"'),
    ("nous", 6, "nsubj", "PRON", "nous"),
    ("diffusons", 2, "ccomp", "VERB", "diffuser"),
    ("la", 8, "det", "DET", "le"),
    ("série", 6, "obj", "NOUN", "série"),
    ('"', 6, "punct", "PUNCT", '"'),
]


def test_words_inside_double_quotes_state_no_event(hand_doc):
    events, _ = read(hand_doc(DECLARE_ROWS), {0: NETFLIX})
    assert [e.type for e in events] == ["Statement"]
    assert [f.entity for f in events[0].roles["agent"]] == ["entity/netflix"]


def test_same_words_without_quotes_do_state_the_event(hand_doc):
    # the control for the test above: only the quotation marks differ
    rows = [r for r in DECLARE_ROWS if r[0] != '"']
    rows = [(w, h - (h > 4) - (h > 9), d, p, lem) for w, h, d, p, lem in rows]
    doc = hand_doc(rows)
    assert '"' not in doc.text
    events, _ = read(doc, {0: NETFLIX})
    assert sorted(e.type for e in events) == ["Broadcast", "Statement"]
    assert labels(only(events, "Broadcast").roles["theme"]) == ["série"]


@pytest.mark.parametrize("negated", [True, False])
def test_negation_sets_negated(hand_doc, negated):
    rows = [
        ("Le", 1, "det", "DET", "le"),
        ("syndicat", 5, "nsubj", "NOUN", "syndicat"),
        ("n'", 5, "advmod", "ADV", "ne", "Polarity=Neg"),
        ("a", 5, "aux:tense", "AUX", "avoir"),
        ("pas", 5, "advmod", "ADV", "pas", "Polarity=Neg"),
        ("rejeté", 5, "ROOT", "VERB", "rejeter"),
        ("la", 7, "det", "DET", "le"),
        ("proposition", 5, "obj", "NOUN", "proposition"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    if not negated:  # "Le syndicat a rejeté la proposition ."
        rows = [rows[0], (*rows[1][:1], 3, *rows[1][2:]), (*rows[3][:1], 3, *rows[3][2:])] + \
               [(w, h - 2, d, p, lem) for w, h, d, p, lem, *_ in rows[5:]]
    doc = hand_doc(rows)
    assert ("n'a pas rejeté" in doc.text) is negated
    events, _ = read(doc)
    rejection = only(events, "Rejection")
    assert rejection.negated is negated
    assert labels(rejection.roles["agent"]) == ["syndicat"]
    proposal = only(events, "Proposal")
    assert proposal.negated is False  # the negation is the verb's, not its object's
    assert [f.event for f in rejection.roles["theme"]] == [proposal]


VEXAMO = Entity("entity/vexamo", "Vexamo", "Organization")


def _layoff_by(hand_doc, middle):
    """'L' équipementier <middle> a supprimé 90 postes .' with the name at index 3 or 4."""
    rows = [("L'", 1, "det", "DET", "le"), ("équipementier", 6, "nsubj", "NOUN", "équipementier")]
    rows += middle
    rows += [("a", 6, "aux:tense", "AUX", "avoir"), ("supprimé", 6, "ROOT", "VERB", "supprimer"),
             ("90", 8, "nummod", "NUM", "90"), ("postes", 6, "obj", "NOUN", "poste"), (".", 6, "punct", "PUNCT", ".")]
    return hand_doc(rows)


def test_a_name_hung_on_the_adjective_of_a_description_is_its_name(hand_doc):
    # "L' équipementier automobile Vexamo , a supprimé ..." with the name on the adjective
    doc = _layoff_by(hand_doc, [("automobile", 1, "amod", "ADJ", "automobile"), ("Vexamo", 2, "nmod", "PROPN", "Vexamo"),
                                (",", 1, "punct", "PUNCT", ",")])
    events, _ = read(doc, {3: VEXAMO})
    assert [f.entity for f in only(events, "Layoff").roles["agent"]] == ["entity/vexamo"]


def test_a_name_after_a_preposition_in_a_description_is_not_its_name(hand_doc):
    # "L' équipementier chez Vexamo , a supprimé ...": 'chez' separates the name from the noun
    doc = _layoff_by(hand_doc, [("chez", 3, "case", "ADP", "chez"), ("Vexamo", 1, "nmod", "PROPN", "Vexamo"),
                                (",", 1, "punct", "PUNCT", ",")])
    events, _ = read(doc, {3: VEXAMO})
    assert [f.entity for f in only(events, "Layoff").roles["agent"]] != ["entity/vexamo"]


def _payment(hand_doc, tail):
    """'Le versement d' une prime de 800 euros <tail> .' with <tail> hung on the sum."""
    rows = [("Le", 1, "det", "DET", "le"), ("versement", 1, "ROOT", "NOUN", "versement"),
            ("d'", 4, "case", "ADP", "de"), ("une", 4, "det", "DET", "un"), ("prime", 1, "nmod", "NOUN", "prime"),
            ("de", 7, "case", "ADP", "de"), ("800", 7, "nummod", "NUM", "800"), ("euros", 4, "nmod", "NOUN", "euro")]
    rows += tail + [(".", 1, "punct", "PUNCT", ".")]
    return hand_doc(rows)


def test_whom_a_sum_goes_to_is_the_recipient_of_the_paying_noun(hand_doc):
    doc = _payment(hand_doc, [("aux", 9, "case", "ADP", "à"), ("infirmiers", 4, "nmod", "NOUN", "infirmier")])
    events, _ = read(doc)
    assert labels(only(events, "Payment").roles["recipient"]) == ["infirmiers"]


def test_a_time_after_a_sum_is_no_recipient(hand_doc):
    # "... de 800 euros à la fin ." : 'à' with a thing, not a person or a body
    doc = _payment(hand_doc, [("à", 10, "case", "ADP", "à"), ("la", 10, "det", "DET", "le"),
                              ("fin", 4, "nmod", "NOUN", "fin")])
    events, _ = read(doc)
    assert only(events, "Payment").roles["recipient"] == []


VERNIER = Entity("entity/vernier", "Vernier", "Organization")


def _strike_of_staff(hand_doc, site):
    """'Le personnel de l' <site> Vernier a cessé le travail .' with the name hung on 'personnel'."""
    return hand_doc([("Le", 1, "det", "DET", "le"), ("personnel", 7, "nsubj", "NOUN", "personnel"),
                     ("de", 4, "case", "ADP", "de"), ("l'", 4, "det", "DET", "le"), (site, 1, "nmod", "NOUN", site),
                     ("Vernier", 1, "nmod", "PROPN", "Vernier"), ("a", 7, "aux:tense", "AUX", "avoir"),
                     ("cessé", 7, "ROOT", "VERB", "cesser"), ("le", 9, "det", "DET", "le"),
                     ("travail", 7, "obj", "NOUN", "travail"), (".", 7, "punct", "PUNCT", ".")])


def test_a_name_right_after_a_noun_of_a_body_is_that_nouns_not_the_subjects(hand_doc):
    events, _ = read(_strike_of_staff(hand_doc, "hôpital"), {5: VERNIER})
    (strike,) = [e for e in events if e.type == "Strike"]
    assert [f.entity for f in strike.roles["agent"]] == [None]
    assert "personnel" in strike.roles["agent"][0].label


def test_a_name_after_a_noun_of_no_body_is_the_subjects(hand_doc):
    # 'Le personnel de l' équipe Vernier' would be the team's; 'de l' été Vernier' names nothing else
    events, _ = read(_strike_of_staff(hand_doc, "été"), {5: VERNIER})
    (strike,) = [e for e in events if e.type == "Strike"]
    assert [f.entity for f in strike.roles["agent"]] == ["entity/vernier"]


def test_a_name_apposed_to_a_noun_cut_off_from_its_verb_does_what_the_verb_says(hand_doc):
    # "L' équipementier Vexamo | a supprimé 90 postes ." with the subject's phrase a root of its own
    rows = [("L'", 1, "det", "DET", "le"), ("équipementier", 1, "ROOT", "NOUN", "équipementier"),
            ("Vexamo", 1, "appos", "PROPN", "Vexamo"), ("a", 4, "aux:tense", "AUX", "avoir"),
            ("supprimé", 4, "ROOT", "VERB", "supprimer"), ("90", 6, "nummod", "NUM", "90"),
            ("postes", 4, "obj", "NOUN", "poste"), (".", 4, "punct", "PUNCT", ".")]
    events, _ = read(hand_doc(rows), {2: VEXAMO})
    assert [f.entity for f in only(events, "Layoff").roles["agent"]] == ["entity/vexamo"]


def test_people_cut_off_from_their_verb_with_a_named_body_in_their_complement_do_it(hand_doc):
    # "Six guides du réseau alpin Vexamo | ont saisi le tribunal ." : the people, not the name of
    # the network their complement holds (after the network's noun and its adjective)
    rows = [("Six", 1, "nummod", "NUM", "six"), ("guides", 1, "ROOT", "NOUN", "guide"),
            ("du", 3, "case", "ADP", "de"), ("réseau", 1, "nmod", "NOUN", "réseau"),
            ("alpin", 3, "amod", "ADJ", "alpin"), ("Vexamo", 1, "nmod", "PROPN", "Vexamo"),
            ("ont", 7, "aux:tense", "AUX", "avoir"), ("saisi", 7, "ROOT", "VERB", "saisir"),
            ("le", 9, "det", "DET", "le"), ("tribunal", 7, "obj", "NOUN", "tribunal"), (".", 7, "punct", "PUNCT", ".")]
    events, _ = read(hand_doc(rows), {5: VEXAMO})
    assert labels(only(events, "Lawsuit").roles["agent"]) == ["Six guides du réseau alpin Vexamo"]
    # the body's name right after the people names them no body: "Six guides Vexamo | ont saisi ..."
    rows = rows[:2] + [("Vexamo", 1, "appos", "PROPN", "Vexamo"), ("ont", 4, "aux:tense", "AUX", "avoir"),
                       ("saisi", 4, "ROOT", "VERB", "saisir"), ("le", 6, "det", "DET", "le"),
                       ("tribunal", 4, "obj", "NOUN", "tribunal"), (".", 4, "punct", "PUNCT", ".")]
    events, _ = read(hand_doc(rows), {2: VEXAMO})
    assert [f.entity for f in only(events, "Lawsuit").roles["agent"]] == ["entity/vexamo"]


def test_a_cut_off_phrase_with_a_verb_of_its_own_lends_no_subject(hand_doc):
    # "L' équipementier Vexamo qui recrute | a supprimé ..." : a clause, not a cut-off subject
    rows = [("L'", 1, "det", "DET", "le"), ("équipementier", 1, "ROOT", "NOUN", "équipementier"),
            ("Vexamo", 1, "appos", "PROPN", "Vexamo"), ("qui", 4, "nsubj", "PRON", "qui"),
            ("recrute", 1, "acl:relcl", "VERB", "recruter"), ("a", 6, "aux:tense", "AUX", "avoir"),
            ("supprimé", 6, "ROOT", "VERB", "supprimer"), ("90", 8, "nummod", "NUM", "90"),
            ("postes", 6, "obj", "NOUN", "poste"), (".", 6, "punct", "PUNCT", ".")]
    events, _ = read(hand_doc(rows), {2: VEXAMO})
    assert not only(events, "Layoff").roles["agent"]


# "Les cueilleurs ont repris , a annoncé l' union , antenne de FO ." : the subject of 'annoncé' after it,
# parsed as its object, with an apposition of its own
INVERTED_SPEAKER_ROWS = [
    ("Les", 1, "det", "DET", "le"),
    ("cueilleurs", 3, "nsubj", "NOUN", "cueilleur"),
    ("ont", 3, "aux:tense", "AUX", "avoir"),
    ("repris", 3, "ROOT", "VERB", "reprendre"),
    (",", 6, "punct", "PUNCT", ","),
    ("a", 6, "aux:tense", "AUX", "avoir"),
    ("annoncé", 3, "conj", "VERB", "annoncer", "Tense=Past|VerbForm=Part"),
    ("l'", 8, "det", "DET", "le"),
    ("union", 6, "obj", "NOUN", "union"),
    (",", 10, "punct", "PUNCT", ","),
    ("antenne", 8, "appos", "NOUN", "antenne"),
    ("de", 12, "case", "ADP", "de"),
    ("FO", 10, "nmod", "PROPN", "FO"),
    (".", 3, "punct", "PUNCT", "."),
]


def test_the_apposition_of_a_speaker_after_the_verb_is_not_what_is_said(hand_doc):
    events, _ = read(hand_doc(INVERTED_SPEAKER_ROWS))
    news = only(events, "Announcement")
    assert labels(news.roles["agent"]) == ["union"]
    assert not any("antenne" in f.label for f in news.roles["theme"])
