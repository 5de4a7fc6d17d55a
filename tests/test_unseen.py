"""General behaviour on short texts written for these tests (not the seed):
the rules are about French, not about one article."""

from __future__ import annotations

import pytest

import kg

pytestmark = pytest.mark.slow


TEXTS = {
    "usine": "date 2024-01-15\n"
             "Le syndicat CGT a rejeté mardi l’offre de la direction de Renault, qui proposait une hausse des "
             "salaires.\n\nSelon Le Monde, les salariés de l’usine ne toucheront pas la prime de 1 500 € par mois.\n",
    "tech": "date 2023-09-02\n"
            "Amazon a licencié 18 000 employés. Microsoft a embauché des ingénieurs pour 80 000 euros par an.\n"
            "Le syndicat a signé le 14 juillet 2023 un accord avec les studios.\n",
    "media": "Disney a annoncé le licenciement de 7 000 salariés. Warner Bros. Discovery a versé 150 millions de "
             "dollars à ses dirigeants, d’après le Los Angeles Times.\n\n"
             "« C’est une victoire historique », a déclaré Ellen Martin, négociatrice du syndicat.\n",
    "emploi": "Netflix recrute un ingénieur en apprentissage automatique payé jusqu'à 500 000 dollars par an. "
              "Sony a recruté un directeur. Paramount va supprimer 800 postes. "
              "La série est diffusée sur Netflix depuis mars 2023. Des acteurs ont poursuivi Disney en justice. "
              "Les figurants gagnent moins de 26 000 dollars par an, selon le syndicat.\n",
    "idiome": "Netflix propose une nouvelle série sur les deepfakes. "
              "Les deux camps sont tombés d'accord sur un calendrier. "
              "Le syndicat a déclaré à propos de l'accord qu'il restait prudent.\n",
    "reprise": "Grève à Hollywood : les studios reculent\n\n"
               "Les acteurs et les scénaristes sont toujours en grève. Les studios ont proposé aux acteurs "
               "une prime, avec des salaires qui peuvent dépasser 200 000 dollars par an. "
               "Le syndicat a rejeté cette proposition vendredi.\n",
    "parole": "Le PDG Paul Durand a déclaré mardi que Rocabo supprimera 300 postes en Bretagne.\n",
    "sigle": "La Confédération générale du travail (CGT) appelle à la grève. "
             "La CGT a rejeté le plan de la direction.\n",
}


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("unseen")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return kg.build([folder], store="memory:").store


def rows(store, type_, doc=None):
    return [r for r in kg.query("events", store=store)
            if r["type"] == type_ and (doc is None or r["doc"].rsplit("/", 1)[-1] == doc)]


def test_a_relative_clause_adds_to_the_proposal_it_describes(built):
    (proposal,) = rows(built, "Proposal", "usine")
    assert "direction de Renault" in proposal["agent"]
    assert "hausse" in proposal["theme"]
    (rejection,) = rows(built, "Rejection", "usine")
    assert rejection["agent"] == "CGT"


def test_negation_and_source_and_euros(built):
    # 'les salariés ne toucheront pas la prime de 1 500 € par mois': a payment to them, denied
    (earning,) = rows(built, "Payment", "usine")
    assert (earning["amount"], earning["currency"], earning["per"]) == (1500, "EUR", "month")
    assert earning["source"] == "Le Monde" and "salariés" in earning["recipient"]
    status = kg.query(sparql=f"SELECT ?s WHERE {{ <{earning['event']}> kg:status ?s }}", store=built)
    assert status == [{"s": "https://w3id.org/kg-news/ontology#Negated"}]


def test_layoff_hiring_and_a_dated_agreement(built):
    (layoff,) = rows(built, "Layoff", "tech")
    assert layoff["agent"] == "Amazon" and "employés" in layoff["theme"]
    (hiring,) = rows(built, "Hiring", "tech")
    assert (hiring["agent"], hiring["amount"], hiring["currency"], hiring["per"]) == ("Microsoft", 80000, "EUR", "year")
    (agreement,) = rows(built, "Agreement", "tech")
    assert set(agreement["agent"].split(" | ")) == {"syndicat", "studios"}
    assert agreement["date"] == "2023-07-14"
    assert layoff["date"] is None  # no date in the text: the publication date belongs to the document


def test_unseen_texts_conform_to_the_shapes(built):
    conforms, report = kg.validate(built)
    assert conforms, report


def test_the_de_complement_of_a_layoff_is_who_is_laid_off(built):
    layoffs = {r["agent"]: r for r in rows(built, "Layoff", "media")}
    # who is laid off, and the noun's own phrase; Disney, the doer, is not a theme
    assert set(layoffs["Disney"]["theme"].split(" | ")) == {"salariés", "licenciement de 7 000 salariés"}


def test_d_apres_names_the_source_and_a_name_with_a_full_stop_stays_whole(built):
    (payment,) = rows(built, "Payment", "media")
    assert payment["agent"] == "Warner Bros. Discovery"
    assert payment["source"] == "Los Angeles Times"
    assert payment["amount"] == 150_000_000 and payment["currency"] == "USD"


def test_saying_is_no_event_and_reported_speech_names_its_source(built):
    # a verb of saying attributes what it introduces; it states no event of its own
    assert rows(built, "Statement", "media") == [] and rows(built, "Statement", "parole") == []
    (layoff,) = rows(built, "Layoff", "parole")
    assert (layoff["agent"], layoff["source"], layoff["status"]) == ("Rocabo", "Paul Durand", "planned")


def test_a_long_name_and_its_acronym_are_one_entity(built):
    rows = [r for r in kg.query("entities", store=built) if "CGT" in (r["label"], *(r["aliases"] or "").split(" | "))]
    assert len(rows) == 1
    assert rows[0]["label"] == "CGT" and rows[0]["type"] == "Organization"
    assert "Confédération générale du travail" in rows[0]["aliases"].split(" | ")


def test_recruiting_is_a_job_offer_and_having_recruited_a_hiring(built):
    (offer,) = rows(built, "JobOffer", "emploi")
    assert offer["agent"] == "Netflix" and "ingénieur" in offer["theme"]
    assert (offer["amount_max"], offer["currency"], offer["per"]) == (500000, "USD", "year")
    (hiring,) = rows(built, "Hiring", "emploi")
    assert hiring["agent"] == "Sony Pictures" and hiring["theme"] == "directeur"


def test_job_cuts_broadcasts_lawsuits_and_upper_bounds(built):
    (cut,) = rows(built, "Layoff", "emploi")
    assert cut["agent"] == "Paramount" and "postes" in cut["theme"]
    (broadcast,) = rows(built, "Broadcast", "emploi")
    assert (broadcast["agent"], broadcast["theme"], broadcast["date"]) == ("Netflix", "série", "2023-03")
    (lawsuit,) = rows(built, "Lawsuit", "emploi")
    assert (lawsuit["agent"], lawsuit["theme"]) == ("acteurs", "Disney")
    (earning,) = rows(built, "Earning", "emploi")
    assert (earning["amount_max"], earning["amount"], earning["source"]) == (26000, None, "syndicat")


def test_a_platform_proposing_a_work_broadcasts_it_and_an_idiom_is_no_event(built):
    # nor does talking "à propos de l'accord" make the speaker a party to it
    assert rows(built, "Proposal", "idiome") == []
    (broadcast,) = rows(built, "Broadcast", "idiome")
    assert broadcast["agent"] == "Netflix" and "série" in broadcast["theme"]
    assert rows(built, "Agreement", "idiome") == []


def test_a_headline_event_noun_joins_the_event_the_body_tells(built):
    (strike,) = rows(built, "Strike", "reprise")
    assert set(strike["agent"].split(" | ")) == {"acteurs", "scénaristes"}
    assert strike["place"] == "Hollywood"  # from the headline
    assert "toujours" not in strike["theme"]


def test_this_proposal_is_the_proposal_told_before_and_it_is_rejected(built):
    (proposal,) = rows(built, "Proposal", "reprise")
    assert proposal["agent"] == "studios"  # not the union that rejects it
    assert proposal["amount_min"] == 200000 and proposal["per"] == "year"
    (rejection,) = rows(built, "Rejection", "reprise")
    assert rejection["agent"] == "syndicat" and "vendredi" not in rejection["theme"]
    linked = kg.query(sparql=f"SELECT ?p ?s WHERE {{ <{rejection['event']}> kg:theme ?p . ?p kg:status ?s }}",
                      store=built)
    assert linked == [{"p": proposal["event"], "s": "https://w3id.org/kg-news/ontology#Rejected"}]
