"""Amounts of money in French text: pure text in, Amount out."""

from __future__ import annotations

import pytest

from kg.extract.money import find_amounts


def one(text):
    found = find_amounts(text)
    assert len(found) == 1, found
    amount, anchor = found[0]
    return amount, anchor


def test_plain_figure_with_thin_thousands_separator():
    amount, anchor = one("Le poste est payé 900 000 $.")
    assert (amount.value, amount.min, amount.max, amount.currency, amount.per) == (900000, None, None, "USD", None)
    assert amount.span.text == "900 000 $"
    assert "Le poste est payé 900 000 $."[anchor] == "$"


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "."])
def test_french_thousands_separators(space):
    amount, _ = one(f"un salaire de 1{space}500{space}000 €")
    assert (amount.value, amount.currency) == (1500000, "EUR")


def test_range_per_year():
    text = "Ce poste serait rémunéré entre 300 000 et 900 000 $ par an, là où"
    amount, _ = one(text)
    assert (amount.value, amount.min, amount.max, amount.currency, amount.per) == (None, 300000, 900000, "USD", "year")
    assert amount.span.text == "entre 300 000 et 900 000 $"
    assert text[amount.span.begin:amount.span.end] == amount.span.text


def test_per_day():
    amount, _ = one("de nombreux acteurs gagnent environ 200 $ par jour, selon la SAG-AFTRA")
    assert (amount.value, amount.currency, amount.per) == (200, "USD", "day")


def test_upper_bound_with_annual_salary():
    amount, _ = one("pour un salaire annuel pouvant atteindre les 650 000 $, comme le rapporte The Intercept")
    assert (amount.value, amount.min, amount.max, amount.per) == (None, None, 650000, "year")


def test_lower_bound_in_words():
    amount, _ = one("un contrat de plus d'un milliard de dollars")
    assert (amount.value, amount.min, amount.max, amount.currency) == (None, 1e9, None, "USD")


def test_decimal_comma_and_millions_of_euros():
    amount, _ = one("une amende de 12,5 millions d'euros")
    assert (amount.value, amount.currency) == (12.5e6, "EUR")


def test_parenthetical_conversion_is_skipped():
    found = find_amounts("Il touche 900 000 $ (environ 808 000 euros) par mois.")
    assert [(a.value, a.currency) for a, _ in found] == [(900000, "USD")]


def test_parenthetical_figure_that_is_no_conversion_is_kept():
    found = find_amounts("Le studio (qui a payé 3 millions de dollars) refuse.")
    assert [(a.value, a.currency) for a, _ in found] == [(3e6, "USD")]


def test_two_amounts_in_one_sentence_and_offset():
    text = "Netflix offre 900 000 $ par an, Disney 50 000 € par mois."
    found = find_amounts(text, offset=100)
    assert [(a.value, a.currency, a.per) for a, _ in found] == [(900000, "USD", "year"), (50000, "EUR", "month")]
    for amount, anchor in found:
        assert text[amount.span.begin - 100:amount.span.end - 100] == amount.span.text
        assert text[anchor - 100] in "$€"


def test_no_money_no_amount():
    assert find_amounts("Un acteur a joué 200 rôles en 30 ans.") == []


def values(text, **kw):
    return [(a.value, a.min, a.max, a.currency, a.per) for a, _ in find_amounts(text, **kw)]


# Each written form: a sentence where it is an amount, and a close one where it is not.
@pytest.mark.parametrize("text, expected", [
    ("La ville a versé 300.000 $ au club.", (300000, None, None, "USD", None)),
    ("Le studio a dépensé 300 000 € en décors.", (300000, None, None, "EUR", None)),
    ("La commune a payé 300'000 francs pour le pont.", (300000, None, None, "CHF", None)),
    ("Le canton a débloqué CHF 300'000 pour la crèche.", (300000, None, None, "CHF", None)),
    ("L'État a promis 15 millions d'euros aux agriculteurs.", (15e6, None, None, "EUR", None)),
    ("La région investit 1,5 million d'euros dans le tram.", (1.5e6, None, None, "EUR", None)),
    ("Le groupe a levé 2 Md€ auprès des banques.", (2e9, None, None, "EUR", None)),
    ("Le fonds pèse 2 Mds€ désormais.", (2e9, None, None, "EUR", None)),
    ("Le poste de data scientist est payé 45 k€ par an.", (45000, None, None, "EUR", "year")),
    ("Elle touchera 45 000 euros bruts annuels.", (45000, None, None, "EUR", "year")),
    ("La mairie a reçu trois millions d'euros de l'État.", (3e6, None, None, "EUR", None)),
    ("Chaque famille recevra deux cents euros.", (200, None, None, "EUR", None)),
    ("Le joueur a signé pour un million de dollars.", (1e6, None, None, "USD", None)),
    ("Le comité a réuni vingt mille euros.", (20000, None, None, "EUR", None)),
    ("Un chèque de deux millions et demi d'euros a été remis.", (2.5e6, None, None, "EUR", None)),
])
def test_written_forms(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize("text", [
    "La ville compte 300.000 habitants.",
    "Le stade accueille 300 000 spectateurs par an.",
    "La foule a atteint 300'000 personnes à Berne.",
    "Le groupe a supprimé 15 millions de postes de travail dans le monde.",
    "La région compte 1,5 million d'habitants.",
    "Trois millions de téléspectateurs ont suivi le match.",
    "Deux cents salariés ont défilé.",
    "Vingt mille manifestants sont venus.",
    "Michelin a annoncé la suppression de 450 emplois.",
    "L'usine emploie 3 000 salariés depuis 2024.",
    "Les salaires augmenteront de 4,5 % en 2025.",
    "En 2024, le club a joué 45 matchs.",
    "Il a acheté un dollar en argent chez un antiquaire.",
])
def test_no_currency_no_amount(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Il touchera au moins 5 000 euros.", (None, 5000, None, "EUR", None)),
    ("Le transfert dépasse plus de 40 millions d'euros.", (None, 40e6, None, "EUR", None)),
    ("un budget de plus d'un million d'euros", (None, 1e6, None, "EUR", None)),
    ("des loyers à partir de 900 euros par mois", (None, 900, None, "EUR", "month")),
    ("une prime pouvant aller jusqu'à 1 000 euros", (None, None, 1000, "EUR", None)),
    ("des contrats de moins de 2 000 euros", (None, None, 2000, "EUR", None)),
    ("une amende de 10 000 euros au maximum", (None, None, 10000, "EUR", None)),
    ("une amende de 10 000 euros au minimum", (None, 10000, None, "EUR", None)),
    ("une indemnité de pas moins de 8 000 euros", (None, 8000, None, "EUR", None)),
    ("une indemnité de pas plus de 8 000 euros", (None, None, 8000, "EUR", None)),
])
def test_bounds(text, expected):
    assert values(text) == [expected]


def test_plain_amount_has_no_bound():
    assert values("une prime de 1 000 euros versée en mai") == [(1000, None, None, "EUR", None)]


@pytest.mark.parametrize("text, expected", [
    ("un salaire compris entre 2 000 et 2 500 euros par mois", (None, 2000, 2500, "EUR", "month")),
    ("des billets de 30 à 80 euros", (None, 30, 80, "EUR", None)),
    ("un loyer de 700 € à 900 € charges comprises", (None, 700, 900, "EUR", None)),
    ("payés 2 000 à 3 000 euros par mois", (None, 2000, 3000, "EUR", "month")),
    ("entre 2 et 3 millions d'euros", (None, 2e6, 3e6, "EUR", None)),
    ("entre 500 000 et 1 million d'euros", (None, 500000, 1e6, "EUR", None)),
    ("entre 40 000 € et 60 000 € par an", (None, 40000, 60000, "EUR", "year")),
])
def test_ranges(text, expected):
    assert values(text) == [expected]


def test_a_change_from_one_figure_to_another_is_no_range():
    assert values("Le salaire minimum passera de 2 000 à 2 100 euros.") == [(2100, None, None, "EUR", None)]


def test_range_span_covers_both_figures():
    text = "Il gagne entre 40 000 € et 60 000 € par an."
    (amount, _), = find_amounts(text, offset=5)
    assert amount.span.text == "entre 40 000 € et 60 000 €"
    assert text[amount.span.begin - 5:amount.span.end - 5] == amount.span.text


@pytest.mark.parametrize("text, per", [
    ("Il gagne 3 000 euros par mois.", "month"),
    ("une prime de 300 euros mensuels", "month"),
    ("un salaire de 50 000 euros brut par an", "year"),
    ("un poste à 60 k€/an", "year"),
    ("payé 15 euros de l'heure", "hour"),
    ("payé 15 euros l'heure", "hour"),
    ("une indemnité de 18 francs de l'heure de garde", "hour"),
    ("Les moniteurs touchent 21 euros de l'heure d'enseignement.", "hour"),
    ("Il a payé 300 euros à l'heure de la fermeture.", None),
    ("un salaire annuel de 40 000 euros", "year"),
    ("un forfait de 120 euros par jour de grève", "day"),
    ("Le diffuseur versera 80 millions d'euros à la ligue par saison.", "year"),
    ("Il a gagné 300 euros l'an dernier.", None),
    ("Il a payé 300 euros la semaine dernière.", None),
    ("Elle a reçu 300 euros le mois de son départ.", None),
])
def test_periods(text, per):
    (amount, _), = find_amounts(text)
    assert amount.per == per


@pytest.mark.parametrize("text, currency", [
    ("un crédit de 40 000 francs suisses", "CHF"),
    ("un crédit de 40 000 dollars canadiens", "CAD"),
    ("un crédit de 40 000 $ CA", "CAD"),
    ("un crédit de CA$ 40 000", "CAD"),
    ("un crédit de 40 000 $ US", "USD"),
    ("un crédit de 40 000 dollars américains", "USD"),
    ("un crédit de 40 000 £", "GBP"),
    ("un crédit de 40 000 livres sterling", "GBP"),
    ("un crédit de 40 000 USD", "USD"),
    ("un crédit de 40 000 €", "EUR"),
])
def test_currencies(text, currency):
    assert [a.currency for a, _ in find_amounts(text)] == [currency]


def test_a_tag_in_lower_case_is_a_word_not_a_currency():
    assert values("Il a gagné 300 $ au total.") == [(300, None, None, "USD", None)]


def test_bare_francs_are_swiss_unless_the_text_is_about_another_franc_zone():
    assert values("La prime unique est de 1 200 francs.") == [(1200, None, None, "CHF", None)]
    assert find_amounts("À Dakar, la prime unique est de 1 200 francs.") == []
    swiss = "Le salaire passe à 4 000 francs suisses. La prime unique est de 1 200 francs."
    assert [a.currency for a, _ in find_amounts(swiss)] == ["CHF", "CHF"]
    assert values("une prime de 1 200 francs", franc="CHF") == [(1200, None, None, "CHF", None)]


def test_bare_dollars_are_canadian_in_a_text_about_canada():
    text = "À Montréal, la firme québécoise paiera 2 millions $ à ses employés."
    assert [a.currency for a, _ in find_amounts(text)] == ["CAD"]
    # named once: Canadian, unless the text names something American too
    assert [a.currency for a, _ in find_amounts("À Montréal, on paiera 2 millions $.")] == ["CAD"]
    assert [a.currency for a, _ in find_amounts("À Montréal, la filiale américaine paiera 2 millions $.")] == ["USD"]
    assert [a.currency for a, _ in find_amounts(text, dollar="USD")] == ["USD"]


def test_figure_in_millions_after_an_amount_takes_its_currency():
    text = "Le club espérait 20 millions d'euros. Il a vendu son ailier pour au moins 14 millions, selon la presse."
    assert values(text) == [(20e6, None, None, "EUR", None), (None, 14e6, None, "EUR", None)]


def test_figure_in_millions_that_counts_people_is_no_amount():
    text = "Le club a reçu 20 millions d'euros. Son match a attiré 3 millions, un record."
    assert values(text) == [(20e6, None, None, "EUR", None)]
    text = "Le club a reçu 20 millions d'euros pour 2 millions de spectateurs."
    assert values(text) == [(20e6, None, None, "EUR", None)]


def test_a_price_that_moves_gives_its_new_figure():
    assert values("Le ticket passe de 1,50 € à 2 € en mars.") == [(2, None, None, "EUR", None)]
    assert values("Le ticket coûte de 1,50 € à 2 € selon la zone.") == [(None, 1.5, 2, "EUR", None)]


def test_hourly_minimum_wage():
    assert values("Le smic horaire brut atteint désormais 11,65 euros.") == [(11.65, None, None, "EUR", "hour")]


def test_one_symbolic_euro_is_a_sum_and_one_euro_alone_is_the_currency():
    assert values("Le groupe rachète l'usine pour un euro symbolique.") == [(1, None, None, "EUR", None)]
    assert values("Un euro vaut environ un dollar.") == []


def test_cfa_francs_are_west_or_central_african_by_the_countries_named():
    assert values("À Bamako, la prime atteint 300 000 FCFA.") == [(300000, None, None, "XOF", None)]
    assert values("À Yaoundé, la prime atteint 300 000 francs CFA.") == [(300000, None, None, "XAF", None)]
    assert values("À Kaolack, la prime atteint 300 000 francs CFA.") == [(300000, None, None, "XOF", None)]
    assert values("À Garoua, la prime atteint 300 000 francs CFA.") == [(300000, None, None, "XAF", None)]
    # a text that names both zones gives no amount rather than pick one
    assert values("De Dakar à Douala, la prime atteint 300 000 FCFA.") == []
    # one that names neither gets the West African franc, the larger zone: the sum is sure, and an
    # event that asks for one is not lost for want of the zone
    assert values("La prime atteint 300 000 FCFA.") == [(300000, None, None, "XOF", None)]


def test_dirhams_are_moroccan_unless_the_text_is_about_the_emirates():
    assert values("Un technicien gagne 9 000 dirhams par mois à Rabat.") == [(9000, None, None, "MAD", "month")]
    assert values("À Dubaï, un technicien gagne 9 000 dirhams par mois.") == [(9000, None, None, "AED", "month")]


def test_a_figure_that_starts_with_nought_and_a_comma_is_a_decimal_not_thousands():
    assert values("Chaque écoute rapporte 0,004 euro.") == [(0.004, None, None, "EUR", None)]
    assert values("Le contrat vaut $250,000.") == [(250000, None, None, "USD", None)]


def test_a_quebec_union_confederation_makes_a_bare_dollar_canadian():
    assert [a.currency for a, _ in find_amounts("Selon la FTQ, une préposée gagne 21 $ l'heure.")] == ["CAD"]
    assert [a.currency for a, _ in find_amounts("Selon le syndicat, une préposée gagne 21 $ l'heure.")] == ["USD"]


def test_currencies_of_one_country_by_their_word():
    found = [(a.value, a.currency) for text in ("Payés 420\u202f000 ariary par mois", "3 millions de nairas",
                                                "un salaire de 4 000 rands", "500 wons sud-coréens")
             for a, _ in find_amounts(text)]
    assert found == [(420000.0, "MGA"), (3000000.0, "NGN"), (4000.0, "ZAR"), (500.0, "KRW")]


def test_a_name_that_spells_a_currency_with_no_figure_is_no_amount():
    assert find_amounts("Le Rand Club a payé la facture.") == []
    assert find_amounts("Le won a perdu du terrain face au yen.") == []


def test_a_period_adjective_on_any_sum_paid_counts_it():
    amount, _ = one("La mairie accorde une indemnité mensuelle de 90 francs.")
    assert (amount.value, amount.per) == (90, "month")
    amount, _ = one("La mairie accorde une indemnité exceptionnelle de 90 francs.")
    assert amount.per is None


def test_a_quebec_region_named_alone_makes_a_bare_dollar_canadian():
    for text in ("En Gaspésie, un crabier touche 5 $ la livre.", "Sur la Côte-Nord, un opérateur gagne 36 $ l'heure."):
        assert [a.currency for a, _ in find_amounts(text)] == ["CAD"], text
    # a French town of the same name as a Québec one is no sign of Canada
    assert [a.currency for a, _ in find_amounts("À Laval, un opérateur gagne 36 $ l'heure.")] == ["USD"]


def test_a_daily_wage_adjective_counts_the_sum_by_the_day():
    amount, _ = one("Le salaire journalier, resté à 2 800 francs CFA depuis 2020, ne suffit plus.")
    assert (amount.value, amount.per) == (2800, "day")
    amount, _ = one("Un journalier a reçu 2 800 francs CFA de prime.")
    assert amount.per is None


def test_quebec_s_farmers_union_makes_a_bare_dollar_canadian():
    assert [a.currency for a, _ in find_amounts("Selon l'UPA, un cueilleur touche 16 $ l'heure.")] == ["CAD"]
    assert [a.currency for a, _ in find_amounts("Selon la FNSEA, un cueilleur touche 16 $ l'heure.")] == ["USD"]


def test_bare_francs_after_a_franc_named_by_its_country_are_that_franc():
    text = "La paie plafonne à 900 francs burundais. Le patron offre 100 francs de plus."
    assert [a.currency for a, _ in find_amounts(text)] == ["BIF", "BIF"]
    cfa = "À Lomé, l'aide atteint 2 millions de francs CFA. Chaque foyer touchera 5 000 francs."
    assert [a.currency for a, _ in find_amounts(cfa)] == ["XOF", "XOF"]


def test_bare_francs_after_two_kinds_of_franc_stay_unknown():
    text = "Elle a touché 900 francs burundais et 300 francs guinéens. Puis on lui offre 100 francs."
    assert [a.currency for a, _ in find_amounts(text)] == ["BIF", "GNF"]


def test_a_sum_by_year_of_seniority_is_not_paid_each_year():
    assert [a.per for a, _ in find_amounts("un bonus de 900 francs par année d'ancienneté")] == [None]
    assert [a.per for a, _ in find_amounts("une prime de 900 euros par année")] == ["year"]


def test_a_sum_by_day_of_service_missed_is_paid_each_day():
    assert [a.per for a, _ in find_amounts("une astreinte de 4 000 euros par jour de service non rendu")] == ["day"]
    assert [a.per for a, _ in find_amounts("une amende de 700 francs par journée de travail perdue")] == ["day"]


def test_a_sum_after_sous_is_at_most_that_sum():
    assert [(a.value, a.max) for a, _ in find_amounts("un salaire qui passe parfois sous les 12 euros de l'heure")] \
        == [(None, 12.0)]
    assert [(a.value, a.max) for a, _ in find_amounts("restés sous la barre des 1 800 euros")] == [(None, 1800.0)]


def test_sous_after_a_sum_bounds_nothing():
    assert [(a.value, a.max) for a, _ in find_amounts("une avance de 1 800 euros sous conditions")] == [(1800.0, None)]
