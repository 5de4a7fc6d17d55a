"""Sentence starts set before the parser (kg.nlp.paragraph_breaks), on a blank French
tokenizer: no model is loaded."""

from __future__ import annotations

import spacy

from kg.nlp import normalise, paragraph_breaks


def _starts(text: str) -> list[str]:
    doc = paragraph_breaks(spacy.blank("fr")(normalise(text)))
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_a_quotation_opened_after_a_full_stop_starts_a_sentence():
    text = "Le comité a refusé la demande. « Nous irons jusqu'au bout », a prévenu la déléguée."
    assert _starts(text) == ['"']


def test_a_quotation_after_a_colon_does_not_start_a_sentence():
    text = "La déléguée a prévenu : « Nous irons jusqu'au bout, quoi qu'il arrive. »"
    assert _starts(text) == []


def test_a_line_break_starts_a_sentence():
    assert _starts("Grève à l'usine\nLes ouvriers ont cessé le travail.") == ["Les"]


def test_the_story_after_a_dispatch_s_dateline_starts_a_sentence():
    assert _starts("VERNAC (AFP) - Le groupe Orvel ferme son usine.") == ["Le"]
    assert _starts("BRIVONNE, 4 juin 2025 – La direction a cédé.") == ["La"]
    assert _starts("Salvan, 3 mai (ATS) - Les guides ont cessé le travail.") == ["Les"]


def test_a_dash_after_a_word_that_is_no_dateline_starts_no_sentence():
    # a headline's dash before a lower-case word, or after a common noun, is no dateline's
    assert _starts("CGT - la grève reprend lundi.") == []
    assert _starts("Grève - Le syndicat maintient son appel.") == []
