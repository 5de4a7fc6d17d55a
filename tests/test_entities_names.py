"""Names: the other names of one entity, names the model misses, classes the
context gives, and the gazetteer's matching. Each rule as a minimal pair: a
sentence written for the test where it fires, one where it must not. Names
and figures are invented (no text of an article kg was developed on).

The first tests need no model (pure functions and the gazetteer); the rest
go through the real pipeline and are marked slow.
"""

from __future__ import annotations

import pytest

from kg.documents import parse_document
from kg.extract.names import initials, legal_core, same_entity
from kg.extract.pipeline import extract
from kg.gazetteer import Gazetteer, Known, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# ---------------------------------------------------------------- no model

def test_a_legal_form_or_a_group_word_is_not_part_of_the_name(gaz):
    assert legal_core("Vantor Inc", gaz) == "Vantor"
    assert legal_core("Brasserie Kessel SA", gaz) == "Brasserie Kessel"
    assert legal_core("Groupe Vantor", gaz, group=True) == "Vantor"
    assert legal_core("Vantor Retail", gaz, group=True) == "Vantor"


def test_a_name_without_legal_form_has_no_core(gaz):
    assert legal_core("Vantor Media", gaz, group=True) is None
    assert legal_core("Vantor", gaz, group=True) is None
    assert legal_core("Groupe Vantor", gaz) is None  # a group word only counts when asked
    assert legal_core("France Vantor", gaz, group=True) is None  # a branch word comes after the name


def test_initials_skip_linking_words_and_split_hyphens():
    assert "lfa" in initials("Ligue de football amateur")
    assert "afp" in initials("Agence France-Presse")
    assert initials("Kessel") == set()


def test_same_entity_tells_how_two_names_are_one(gaz):
    assert same_entity("Varga", "Person", "Lena Varga", "Person", gaz) == "surname"
    assert same_entity("Vantor", "Organization", "Vantor Inc", "Organization", gaz) == "core"
    assert same_entity("Courier", "Organization", "The Daily Courier", "Organization", gaz) == "short"
    assert same_entity("LFA", "Organization", "Ligue de football amateur", "Organization", gaz) == "acronym"
    # a full name the model left a thing, and its surname a person: one person
    assert same_entity("Varga", "Person", "Josaia Varga", "Thing", gaz) == "surname"
    # the first word of a body's name of capitalised words, used alone further on
    assert same_entity("Fonderie", "Organization", "Fonderie Arvelle", "Organization", gaz) == "short"


def test_the_first_word_of_a_name_is_the_body_only_when_the_rest_is_capitalised(gaz):
    assert same_entity("Fonderie", "Organization", "Fonderie de la vallée", "Organization", gaz) is None
    assert same_entity("Fonderie", "Organization", "Fonderie Arvelle du Nord Est", "Organization", gaz) is None
    assert same_entity("Fonderie", "Organization", "Fonderie Arvelle", "Person", gaz) is None


def test_same_entity_refuses_places_and_other_words(gaz):
    assert same_entity("Marseille", "Place", "Olympique de Marseille", "Organization", gaz) is None
    assert same_entity("Lena", "Person", "Lena Varga", "Person", gaz) is None  # a first name is not a surname
    assert same_entity("LDF", "Organization", "Ligue de football amateur", "Organization", gaz) is None
    assert same_entity("Kessel", "Organization", "Vantor Media", "Organization", gaz) is None
    assert same_entity("Tarlon", "Organization", "Olympique de Tarlon", "Organization", gaz) is None
    assert same_entity("PS", "Organization", "Paris Saint-Vantor", "Organization", gaz) is None  # two letters are too few
    # a thing's last word is a surname only for a person named by it, and only in a short capitalised name
    assert same_entity("Varga", "Organization", "Josaia Varga", "Thing", gaz) is None
    assert same_entity("Varga", "Person", "le grand prix de Varga", "Thing", gaz) is None


def test_a_capitalised_known_name_needs_its_capitals_in_the_text():
    gaz = Gazetteer([Known("entity/vela", "Vela", "Organization", ("Le Point Vela",), ())])
    text = "Vela recrute. La vela du bateau. Selon le Point Vela, non; le point vela."
    found = [text[b:e] for b, e, _ in gaz.find(text)]
    assert found == ["Vela", "le Point Vela"]


def test_the_gazetteer_reads_its_word_lists(gaz):
    assert "inc" in gaz.words("legalForms") and "gouvernement" in gaz.words("leaderNouns")
    assert gaz.words("noSuchList") == frozenset()


def test_gazetteer_entries_are_broad_not_a_handful(gaz):
    kinds = {}
    for entry in gaz.entries:
        kinds[entry.type] = kinds.get(entry.type, 0) + 1
    assert kinds["Organization"] > 200 and kinds["CreativeWork"] >= 10


# ---------------------------------------------------------------- with the model

def entities(nlp, text):
    return extract(parse_document(f"date 2024-03 {text}", "t"), nlp).entities.values()


def types(nlp, text):
    return {e.label: e.type for e in entities(nlp, text)}


def named(nlp, text, name):
    """The entity that has ``name`` as label or alias."""
    return [e for e in entities(nlp, text) if name == e.label or name in e.aliases]


@pytest.mark.slow
def test_a_surname_before_the_full_name_is_the_same_person(nlp):
    text = "Varga a refusé la prolongation. Selon son agent, Lena Varga quittera le club de Tarlon en juin."
    (person,) = named(nlp, text, "Lena Varga")
    assert person.type == "Person" and "Varga" in person.aliases
    assert not [e for e in entities(nlp, text) if e.label == "Varga"]


@pytest.mark.slow
def test_a_surname_shared_by_two_people_joins_neither(nlp):
    text = "Varga a signé. Lena Varga et Paul Varga jouent tous deux à Tarlon depuis 2019."
    assert "Varga" not in {a for e in entities(nlp, text) for a in e.aliases}


@pytest.mark.slow
def test_a_legal_form_names_the_same_company(nlp):
    text = "Le syndicat a rencontré Vantor Inc mardi. Vantor emploie 3 000 personnes à Tarlon."
    (company,) = named(nlp, text, "Vantor")
    assert company.type == "Organization" and "Vantor Inc" in company.aliases


@pytest.mark.slow
def test_a_second_word_that_is_no_legal_form_makes_another_name(nlp):
    text = "Le syndicat a rencontré Vantor Stevens mardi. Vantor emploie 3 000 personnes à Tarlon."
    assert "Vantor Stevens" not in {a for e in named(nlp, text, "Vantor") for a in e.aliases}


@pytest.mark.slow
def test_the_last_word_of_a_long_name_is_a_short_form_of_it(nlp):
    text = "The Daily Courier a porté plainte contre Kelvane. Selon le Courier, Kelvane a copié ses articles."
    (paper,) = named(nlp, text, "The Daily Courier")
    assert "Courier" in paper.aliases


@pytest.mark.slow
def test_a_place_is_no_short_form_of_a_club(nlp):
    text = "L'Olympique de Tarlon a recruté un gardien. Le club s'entraîne à Tarlon depuis 1950."
    assert all("Tarlon" not in e.aliases for e in named(nlp, text, "Olympique de Tarlon"))


@pytest.mark.slow
def test_an_acronym_of_the_initials_defined_elsewhere_is_the_same_body(nlp):
    text = ("La LFA a voté le nouveau calendrier mardi. Les clubs de la Ligue de football amateur "
            "devront jouer le samedi.")
    found = named(nlp, text, "LFA")
    assert len(found) == 1 and "Ligue de football amateur" in found[0].aliases


@pytest.mark.slow
def test_an_acronym_with_other_initials_stays_apart(nlp):
    text = ("La LFN a voté le nouveau calendrier mardi. Les clubs de la Ligue de football amateur "
            "devront jouer le samedi.")
    assert all("Ligue de football amateur" not in e.aliases for e in named(nlp, text, "LFN"))


@pytest.mark.slow
def test_a_title_in_quotation_marks_after_a_noun_of_works_is_a_work(nlp):
    found = types(nlp, "La chaîne Kessel TV diffusera la série « Les Ombres de Vals » dès le mois de mai.")
    assert found.get("Les Ombres de Vals") == "CreativeWork"
    found = types(nlp, 'Vantor a coproduit le feuilleton quotidien "Vents contraires" et plusieurs films.')
    assert found.get("Vents contraires") == "CreativeWork"


@pytest.mark.slow
def test_a_quotation_after_another_word_is_no_work(nlp):
    found = types(nlp, "Le ministre a déclaré « Nous refusons cette réforme » devant les députés.")
    assert "CreativeWork" not in found.values()


@pytest.mark.slow
def test_a_name_after_a_noun_of_sites_is_a_place(nlp):
    assert types(nlp, "Trente postes seront supprimés à l'hypermarché de Vernac.").get("Vernac") == "Place"


@pytest.mark.slow
def test_a_noun_of_sites_with_no_name_makes_no_place(nlp):
    assert "Place" not in types(nlp, "Trente postes seront supprimés à l'hypermarché de la ville.").values()


@pytest.mark.slow
def test_the_name_after_le_gouvernement_is_the_leader(nlp):
    assert types(nlp, "Les syndicats ont rejeté l'offre du gouvernement Dumarsais mardi.").get("Dumarsais") == "Person"


@pytest.mark.slow
def test_a_name_after_de_le_gouvernement_stays_a_place(nlp):
    found = types(nlp, "Les syndicats ont rejeté l'offre du gouvernement de la Bretagne mardi.")
    assert found.get("Bretagne") != "Person"


@pytest.mark.slow
def test_nos_confreres_du_name_a_medium(nlp):
    assert types(nlp, "Selon nos confrères du Kesselblad, le club a refusé l'offre.").get("Kesselblad") == "Organization"


@pytest.mark.slow
def test_the_colleagues_of_a_person_leave_him_a_person(nlp):
    assert types(nlp, "Les confrères de Paul Varga ont salué son travail à l'hôpital.").get("Paul Varga") == "Person"


@pytest.mark.slow
def test_la_direction_de_names_a_company(nlp):
    assert types(nlp, "La direction de Kelvane a annoncé la suppression de 40 postes.").get("Kelvane") == "Organization"


@pytest.mark.slow
def test_a_company_site_followed_by_a_name_names_the_company(nlp):
    assert types(nlp, "La fermeture de la verrerie Vantor inquiète les salariés.").get("Vantor") == "Organization"


@pytest.mark.slow
def test_a_company_by_its_last_word(nlp):
    assert types(nlp, "Orvane Labs a levé 10 millions d'euros auprès de ses actionnaires.").get("Orvane Labs") == "Organization"


@pytest.mark.slow
def test_a_title_with_its_complement_before_a_name_types_it(nlp):
    assert types(nlp, "Le fabricant de verre Kessmann annonce un accord avec les syndicats.").get("Kessmann") == "Organization"


@pytest.mark.slow
def test_a_bare_noun_after_a_preposition_is_no_title(nlp):
    found = types(nlp, "Le club a tenté d'attirer son coéquipier en club Marco Pellegrini, sans succès.")
    assert found.get("Marco Pellegrini") == "Person"


@pytest.mark.slow
def test_an_institution_name_keeps_the_adjective_of_its_place(nlp):
    found = types(nlp, "Le tribunal de première instance du Hainaut occidental a donné tort à Vantor.")
    assert found.get("tribunal de première instance du Hainaut occidental") == "Organization"


@pytest.mark.slow
def test_a_known_name_in_lower_case_is_a_word(nlp):
    found = types(nlp, "Les enfants apprennent l'alphabet, et Alphabet recrute des ingénieurs.")
    assert list(found.values()).count("Organization") == 1 and found.get("Alphabet") == "Organization"


def test_a_name_with_le_is_found_after_du_and_au():
    gaz = Gazetteer([Known("entity/le-veilleur", "Le Veilleur", "Organization", (), ()),
                     Known("entity/les-nouvelles", "Les Nouvelles", "Organization", (), ())])
    text = "Selon une enquête du Veilleur, reprise par des Nouvelles, le veilleur de nuit du veilleur a parlé au Nouvelles."
    assert [(text[b:e], k.key) for b, e, k in gaz.find(text)] == [
        ("Veilleur", "entity/le-veilleur"), ("Nouvelles", "entity/les-nouvelles")]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Brenvel recrute 200 ingénieurs cette année.", "Brenvel"),
    ("Selon la direction, Marvello supprimera 120 emplois d'ici juin.", "Marvello"),
])
def test_a_lone_name_that_hires_or_cuts_jobs_is_a_company(nlp, text, name):
    assert types(nlp, text).get(name) == "Organization"


@pytest.mark.slow
def test_a_lone_name_that_refuses_stays_a_person(nlp):
    assert types(nlp, "Varga a refusé la prolongation proposée par le club.").get("Varga") == "Person"


@pytest.mark.slow
def test_a_surname_of_a_person_named_in_full_stays_a_person_whatever_he_does(nlp):
    found = types(nlp, "Paul Varga dirige l'entreprise depuis 2019. Varga licencie 40 salariés.")
    assert found.get("Paul Varga") == "Person" and "Varga" not in found


@pytest.mark.slow
def test_a_civil_title_before_a_surname_is_the_person_named_in_full(nlp):
    found = named(nlp, "Le PDG Marc Dorsay a démissionné. M. Dorsay quitte l'entreprise après dix ans.", "Marc Dorsay")
    assert len(found) == 1 and "Dorsay" in found[0].aliases


@pytest.mark.slow
def test_two_people_of_one_surname_keep_their_civil_titles_apart(nlp):
    text = "Lena Varga et Paul Varga dirigent Kelvane. Mme Varga a présenté le plan mardi."
    assert not any("Varga" in e.aliases for e in entities(nlp, text) if e.type == "Person")


@pytest.mark.slow
def test_la_directrice_de_names_a_company(nlp):
    text = "Lena Varga, la directrice de Kelvane, a présenté le plan aux syndicats."
    assert types(nlp, text).get("Kelvane") == "Organization"


@pytest.mark.slow
def test_a_title_with_its_article_capitalised_inside_a_sentence_is_a_work(nlp):
    text = "La chaîne prépare le retour de La Grande Soirée du rire sur son antenne."
    assert types(nlp, text).get("La Grande Soirée du rire") == "CreativeWork"


def test_a_name_in_capitals_or_at_the_start_of_a_sentence_is_no_title():
    from kg.extract.names import titled_like_a_work
    text = "La Grande Soirée du rire revient. Le retour de La Poste Mobile Plus. Le retour de La Nuit des étoiles."
    assert not titled_like_a_work(text, 0, 24)  # sentence-initial
    b = text.index("La Poste")
    assert not titled_like_a_work(text, b, b + len("La Poste Mobile Plus"))
    b = text.index("La Nuit")
    assert titled_like_a_work(text, b, b + len("La Nuit des étoiles"))


# ---------------------------------------------------------------- hand-built parses (no model)

def test_the_verb_of_a_lone_name_tells_a_company_from_a_person(hand_doc):
    from kg.extract.names import does_what_companies_do
    from kg.lexicon import load_lexicon
    hires = hand_doc([("Kelvane", 1, "nsubj", "PROPN", "Kelvane"), ("recrute", 1, "ROOT", "VERB", "recruter"),
                      (".", 1, "punct", "PUNCT", ".")])
    refuses = hand_doc([("Kelvane", 1, "nsubj", "PROPN", "Kelvane"), ("refuse", 1, "ROOT", "VERB", "refuser"),
                        (".", 1, "punct", "PUNCT", ".")])
    assert does_what_companies_do(hires[0:1], load_lexicon(), load_gazetteer())
    assert not does_what_companies_do(refuses[0:1], load_lexicon(), load_gazetteer())


def test_a_verb_of_cutting_makes_a_company_only_of_who_cuts_jobs(hand_doc, gaz):
    from kg.extract.names import does_what_companies_do
    from kg.lexicon import load_lexicon
    jobs = hand_doc([("Kelvane", 1, "nsubj", "PROPN", "Kelvane"), ("supprime", 1, "ROOT", "VERB", "supprimer"),
                     ("300", 3, "nummod", "NUM", "300"), ("postes", 1, "obj", "NOUN", "poste")])
    gap = hand_doc([("Varga", 1, "nsubj", "PROPN", "Varga"), ("réduit", 1, "ROOT", "VERB", "réduire"),
                    ("l'", 3, "det", "DET", "le"), ("écart", 1, "obj", "NOUN", "écart")])
    assert does_what_companies_do(jobs[0:1], load_lexicon(), gaz)
    assert not does_what_companies_do(gap[0:1], load_lexicon(), gaz)


def test_the_words_before_a_name_give_its_class(hand_doc, gaz):
    from kg.extract.names import context_type
    leader = hand_doc([("le", 1, "det", "DET", "le"), ("gouvernement", 1, "ROOT", "NOUN", "gouvernement"),
                       ("Dumont", 1, "flat:name", "PROPN", "Dumont")])
    assert context_type(leader, leader[2:3], "Organization", gaz) == "Person"
    boss = hand_doc([("la", 1, "det", "DET", "le"), ("direction", 1, "ROOT", "NOUN", "direction"),
                     ("de", 3, "case", "ADP", "de"), ("Kelvane", 1, "nmod", "PROPN", "Kelvane")])
    assert context_type(boss, boss[3:4], "Place", gaz) == "Organization"
    staff = hand_doc([("la", 1, "det", "DET", "le"), ("salariée", 1, "ROOT", "NOUN", "salarié"),
                      ("de", 3, "case", "ADP", "de"), ("Namur", 1, "nmod", "PROPN", "Namur")])
    assert context_type(staff, staff[3:4], "Place", gaz) is None


def test_a_council_named_by_its_kind_alone_is_the_council_named_in_full():
    from kg.extract.names import same_entity
    from kg.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    assert same_entity("Département", "Organization", "département de la Loire", "Organization", gazetteer) == "short"
    assert same_entity("Canton", "Organization", "canton d'Uri", "Organization", gazetteer) == "short"
    # another kind, or a name that merely begins like a kind, is another entity
    assert same_entity("Région", "Organization", "département de la Loire", "Organization", gazetteer) is None
    assert same_entity("Ville", "Organization", "Villeneuve Textiles", "Organization", gazetteer) is None


@pytest.mark.slow
def test_a_company_by_a_last_word_of_trade_and_a_person_by_none(nlp):
    text = "Le club a versé 80 000 euros à l'équipe Torvik Gaming, selon Paul Verlaine."
    found = types(nlp, text)
    assert found.get("Torvik Gaming") == "Organization" and found.get("Paul Verlaine") == "Person"


@pytest.mark.slow
def test_a_plural_word_of_origin_after_an_article_names_no_place(nlp):
    found = types(nlp, "Le club a versé 80 000 euros aux Lyonnais de Rhône Esports.")
    assert "Lyonnais" not in found and found.get("Rhône Esports") == "Organization"
    assert types(nlp, "Le club a versé 80 000 euros à Lyon.").get("Lyon") == "Place"


# "Le ministre de l' Eau et des Forêts , Awa Tall , a signé ." with the name apposed to 'ministre'
_MINISTER_ROWS = [
    ("Le", 1, "det", "DET", "le"), ("ministre", 13, "nsubj", "NOUN", "ministre"), ("de", 4, "case", "ADP", "de"),
    ("l'", 4, "det", "DET", "le"), ("Eau", 1, "nmod", "NOUN", "eau"), ("et", 7, "cc", "CCONJ", "et"),
    ("des", 7, "case", "ADP", "de"), ("Forêts", 4, "conj", "NOUN", "forêt"), (",", 9, "punct", "PUNCT", ","),
    ("Awa", 1, "appos", "PROPN", "Awa"), ("Tall", 9, "flat:name", "PROPN", "Tall"), (",", 9, "punct", "PUNCT", ","),
    ("a", 13, "aux:tense", "AUX", "avoir"), ("signé", 13, "ROOT", "VERB", "signer"), (".", 13, "punct", "PUNCT", "."),
]


def test_a_full_name_after_a_comma_says_who_a_role_with_a_long_complement_is(hand_doc):
    from kg.extract.entities import Found, _titled
    from kg.lexicon import load_lexicon
    doc = hand_doc(_MINISTER_ROWS)
    begin = doc[9].idx
    assert _titled(doc, 0, Found(begin, begin + len("Awa Tall"), "Place"), load_lexicon()) == "Person"
    # one word is too little to overrule the model: a place may follow a comma ('le directeur de l'usine, Lyon')
    assert _titled(doc, 0, Found(begin, begin + len("Awa"), "Place"), load_lexicon()) is None


def test_a_name_apposed_to_a_body_after_a_comma_is_not_made_a_person(hand_doc):
    from kg.extract.entities import Found, _titled
    from kg.lexicon import load_lexicon
    rows = [r if r[0] != "ministre" else ("groupe", 13, "nsubj", "NOUN", "groupe") for r in _MINISTER_ROWS]
    doc = hand_doc(rows)
    begin = doc[9].idx
    assert _titled(doc, 0, Found(begin, begin + len("Awa Tall"), "Place"), load_lexicon()) is None
