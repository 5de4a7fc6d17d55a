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
