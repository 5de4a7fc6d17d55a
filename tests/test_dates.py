"""Dates in French text, resolved against the publication date: pure text in, ISO out."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates

FRIDAY = "2024-04-12"  # a Friday


def isos(text, *args, **kw):
    return [d.iso for d in find_dates(text, *args, **kw)]


def test_offsets_point_at_the_words_of_the_date():
    text = "Les salariés ont débrayé jeudi 11 avril devant l'usine."
    (d,) = find_dates(text, offset=10, published=FRIDAY)
    assert d.iso == "2024-04-11"
    assert text[d.begin - 10:d.end - 10] == "jeudi 11 avril"


@pytest.mark.parametrize("published, expected", [
    ("2024-05", "2024-04-14"),
    ("2024-02", "2024-04-14"),  # two months ahead: still this year
    ("2024-01", "2023-04-14"),  # more than two months ahead: last year's
    ("2024-12-20", "2024-04-14"),
])
def test_day_and_month_take_the_year_of_publication_unless_too_far_ahead(published, expected):
    assert isos("La direction a signé l'accord le 14 avril.", published=published) == [expected]


def test_a_month_far_behind_publication_is_next_year():
    assert isos("La grève commencera le 8 janvier.", published="2023-12-15") == ["2024-01-08"]


def test_year_parameter_is_still_accepted():
    assert isos("La direction a signé l'accord le 14 avril.", 2023) == ["2023-04-14"]


def test_weekday_and_day_choose_the_year_where_they_agree():
    assert isos("Le préavis court depuis jeudi 12 octobre.", published="2024-02") == ["2023-10-12"]


def test_explicit_year_wins():
    assert isos("Ils ont manifesté le 3 mai 2021.", published=FRIDAY) == ["2021-05-03"]
    assert isos("Ils ont manifesté en janvier 2024.", published="2025-06") == ["2024-01"]


def test_impossible_day_is_no_date():
    assert isos("Le rendez-vous du 31 avril a été annulé.", published=FRIDAY) == []
    assert isos("Le rendez-vous du 30 avril a été annulé.", published=FRIDAY) == ["2024-04-30"]


def test_span_of_days_gives_its_first_day():
    assert isos("Le salon se tient du 3 au 5 mai.", published=FRIDAY) == ["2024-05-03"]


def test_numeric_date():
    assert isos("Le jugement du 14/03/2024 est définitif.") == ["2024-03-14"]
    assert isos("Le gouvernement a utilisé le 49.3 pour faire passer le texte.", published=FRIDAY) == []


@pytest.mark.parametrize("text, expected", [
    ("Le vote aura lieu en janvier.", "2024-01"),
    ("Les livraisons reprendront fin mars.", "2024-03"),
    ("Le chantier démarre mi-juin.", "2024-06"),
    ("La réforme entre en vigueur au mois de mai.", "2024-05"),
])
def test_month_with_a_lead_word(text, expected):
    assert isos(text, published="2024-04") == [expected]


@pytest.mark.parametrize("text", [
    "La sonde a photographié Mars sous un angle inédit.",
    "Mai est le prénom de sa fille.",
])
def test_lone_month_name_is_no_date(text):
    assert isos(text, published="2024-04") == []


@pytest.mark.parametrize("text, expected", [
    ("Le syndicat a appelé mardi à la grève.", "2024-04-09"),
    ("Le syndicat a appelé vendredi à la grève.", "2024-04-12"),  # the day of publication
    ("Le syndicat appellera lundi prochain à la grève.", "2024-04-15"),
    ("Le syndicat a appelé vendredi dernier à la grève.", "2024-04-05"),
    ("Le syndicat a appelé hier à la grève.", "2024-04-11"),
    ("Le syndicat a appelé avant-hier à la grève.", "2024-04-10"),
    ("Le syndicat appellera demain à la grève.", "2024-04-13"),
    ("Le syndicat appelle aujourd'hui à la grève.", "2024-04-12"),
    ("Le syndicat a appelé ce matin à la grève.", "2024-04-12"),
    ("Les supporters défileront ce week-end.", "2024-04-13"),
    ("Les supporters ont défilé le week-end dernier.", "2024-04-06"),
    ("Le syndicat a appelé la semaine dernière à la grève.", "2024-04"),
    ("Le syndicat a appelé le mois dernier à la grève.", "2024-03"),
])
def test_relative_days_with_a_full_publication_date(text, expected):
    assert isos(text, published=FRIDAY) == [expected]


def test_week_end_read_early_in_the_week_is_the_one_just_past():
    assert isos("Les supporters ont défilé ce week-end.", published="2024-04-08") == ["2024-04-06"]


@pytest.mark.parametrize("text", [
    "Le syndicat a appelé mardi à la grève.",
    "Le syndicat a appelé hier à la grève.",
    "Les supporters défileront ce week-end.",
    "Le syndicat appellera lundi prochain à la grève.",
])
def test_relative_days_with_only_a_publication_month_give_the_month(text):
    assert isos(text, published="2024-04") == ["2024-04"]


@pytest.mark.parametrize("text", [
    "Le syndicat a appelé mardi à la grève.",
    "Le syndicat a appelé hier à la grève.",
    "Le syndicat a appelé le 14 avril à la grève.",
    "Le syndicat a appelé en avril à la grève.",
])
def test_no_publication_date_no_relative_date(text):
    assert isos(text) == []


@pytest.mark.parametrize("text", [
    "Le marché se tient chaque mardi.",
    "Le marché se tient tous les mardis.",
    "La boutique ferme le mardi.",
    "Les salaires sont gelés jusqu'à aujourd'hui.",
    "Le cinéma d'aujourd'hui vit du streaming.",
])
def test_habits_and_eras_are_no_dates(text):
    assert isos(text, published=FRIDAY) == []


@pytest.mark.parametrize("text, expected", [
    ("L'usine fermera en 2026.", ["2026"]),
    ("L'usine fermera d'ici fin 2026.", ["2026"]),
    ("L'usine fermera d'ici la fin de l'année.", ["2024"]),
    ("L'usine a perdu de l'argent l'an dernier.", ["2023"]),
    ("L'usine a perdu de l'argent l'année dernière.", ["2023"]),
    ("L'usine rouvrira l'an prochain.", ["2025"]),
    ("L'usine rouvrira au printemps 2025.", ["2025"]),
])
def test_years(text, expected):
    assert isos(text, published="2024-04") == expected


@pytest.mark.parametrize("text", [
    "L'usine compte 2026 salariés.",
    "Le budget atteint 2024 euros par habitant.",
    "Le club a marqué 2025 points en 2 saisons.",
])
def test_a_figure_that_looks_like_a_year_is_no_date(text):
    assert isos(text, published="2024-04") == []


def test_dates_in_text_order_without_overlap():
    text = "Signé le 3 mai 2024, l'accord a été dénoncé mardi et s'appliquera en 2026."
    found = find_dates(text, published="2024-05-16")
    assert [d.iso for d in found] == ["2024-05-03", "2024-05-14", "2026"]
    assert [text[d.begin:d.end] for d in found] == ["3 mai 2024", "mardi", "en 2026"]


@pytest.mark.parametrize("published", [FRIDAY, "2024-04", "2024", None])
def test_every_iso_form_is_an_xsd_date_form(published):
    import re
    text = ("Le 2 mai, hier, mardi, en juin, fin 2025, l'an dernier, la semaine prochaine, "
            "le 14/07/2023, ce week-end, du 30 au 31 décembre, en janvier 2023.")
    for d in find_dates(text, published=published):
        assert re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", d.iso), d


def test_a_month_alone_is_of_the_publication_year_even_far_ahead():
    assert isos("L'entreprise ouvrira un bureau en septembre.", published="2024-02") == ["2024-09"]
    assert isos("L'entreprise ouvrira un bureau le 3 septembre.", published="2024-02") == ["2023-09-03"]


def test_a_month_alone_far_behind_publication_is_next_year():
    assert isos("Il rejoindra l'équipe dès janvier.", published="2019-12") == ["2020-01"]
    assert isos("Il a rejoint l'équipe en juin.", published="2019-12") == ["2019-06"]


def test_tomorrow_of_an_era_is_no_date():
    assert isos("Ils forment aux métiers de demain.", published=FRIDAY) == []
    assert isos("Ils feront grève demain.", published=FRIDAY) == ["2024-04-13"]
    assert isos("La manifestation d'hier a réuni 300 personnes.", published=FRIDAY) == ["2024-04-11"]


def test_from_a_month_or_a_year():
    assert isos("Le tarif s'applique à partir d'octobre.", published="2024-04") == ["2024-10"]
    assert isos("Le tarif s'applique à partir de 2025.", published="2024-04") == ["2025"]
