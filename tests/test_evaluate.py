"""kg evaluate: the matching on rows and gold written by hand (fast), the gold
checks and the command on a folder written by the test (bad gold: fast; a
real build: slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import Gold, contains_words, read_gold, score, words

KG = "https://example.org/kg/"


def gold(name: str = "a", events: list | None = None, entities: list | None = None) -> Gold:
    return Gold(name, Path(f"{name}.json"), entities or [], events or [])


def row(event: str, type_: str, doc: str = "a", **cells) -> dict:
    """A row as the `events` query gives it: document IRI, event IRI, plain values."""
    return {"doc": f"{KG}doc/{doc}", "event": f"{KG}event/{event}", "type": type_, "status": "asserted", **cells}


REJECTION = {"type": "Rejection", "agent": ["SAG-AFTRA", "le syndicat"], "theme": ["proposition"]}
OFFER = {"type": "JobOffer", "agent": ["Netflix"], "amount": 900000, "currency": "USD", "per": "year"}


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("label,alias,expected", [
    ("SAG-AFTRA union", "SAG-AFTRA", True),
    ("Netflixer", "Netflix", False),
    ("la plateforme Netflix", "Netflix", True),
    ("Ministère de la Santé", "ministere de la sante", True),
    ("L'ÉTAT", "état", True),
    ("Sud-Rail", "Sud", True),  # whole words: the hyphen separates them
    ("Sudrail", "Sud", False),
    ("Netflix", "la plateforme Netflix", False),  # the label must contain the alias, not the reverse
    ("la", "la", False),  # nothing left to compare once the articles go
])
def test_a_label_matches_an_alias_it_contains_as_whole_words(label, alias, expected) -> None:
    assert contains_words(label, alias) is expected


def test_names_are_compared_without_case_accents_punctuation_or_articles() -> None:
    assert words("Les Œuvres de l'Élysée !") == ("oeuvres", "elysee")


def test_a_role_label_containing_the_alias_matches_and_a_longer_word_does_not() -> None:
    rows = [row("e1", "Rejection", agent="SAG-AFTRA union", theme="la proposition salariale"),
            row("e2", "Broadcast", agent="Netflixer", theme="la série")]
    golds = [gold(events=[REJECTION, {"type": "Broadcast", "agent": ["Netflix"]}])]
    result = score(golds, rows, [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 1, 1)
    assert result.type_only.tp == 2
    assert [m["type"] for m in result.misses] == ["Broadcast"]
    assert [s["agent"] for s in result.spurious] == ["Netflixer"]


# ---------------------------------------------------------------- amounts, currency, period

@pytest.mark.parametrize("amount,matches", [(900000, True), (905000, True), ("891000", True),
                                            (909500, False), (880000, False), (None, False)])
def test_an_amount_matches_within_one_percent(amount, matches) -> None:
    cells = {"agent": "Netflix", "currency": "USD", "per": "year"}
    if amount is not None:
        cells["amount"] = amount
    result = score([gold(events=[OFFER])], [row("e1", "JobOffer", **cells)], [])
    assert result.events.tp == int(matches)


@pytest.mark.parametrize("currency,per,matches", [("USD", "year", True), ("EUR", "year", False),
                                                  ("USD", "month", False), ("USD", None, False)])
def test_currency_and_period_must_agree(currency, per, matches) -> None:
    cells = {"agent": "Netflix", "amount": 900000, "currency": currency}
    if per:
        cells["per"] = per
    assert score([gold(events=[OFFER])], [row("e1", "JobOffer", **cells)], []).events.tp == int(matches)


def test_the_rows_of_one_event_are_one_node() -> None:
    """The query gives one row per amount of an event: together they are one event, not a duplicate."""
    rows = [row("e1", "JobOffer", agent="Netflix", amount=300000, currency="USD", per="year"),
            row("e1", "JobOffer", agent="Netflix", amount=900000, currency="USD", per="year")]
    result = score([gold(events=[OFFER])], rows, [])
    assert (result.events.tp, result.events.fp, result.events.duplicates) == (1, 0, 0)


# ---------------------------------------------------------------- one-to-one matching

def test_a_second_row_for_one_gold_event_is_a_duplicate_against_precision() -> None:
    rows = [row("e1", "Rejection", agent="SAG-AFTRA", theme="proposition"),
            row("e2", "Rejection", agent="le syndicat", theme="cette proposition")]
    result = score([gold(events=[REJECTION])], rows, [])
    assert result.events.as_dict() == {"precision": 0.5, "recall": 1.0, "f1": 0.667,
                                            "tp": 1, "fp": 1, "fn": 0, "duplicates": 1}
    assert result.spurious == []  # a duplicate is counted, not listed as an event nobody told


def test_matching_is_one_to_one_and_maximal() -> None:
    """e1 fits both gold events, e2 only the first one listed: taking the first fit
    for each in turn would pair one; the maximal matching pairs both."""
    either = {"type": "Strike", "agent": ["pilotes", "hôtesses"]}
    pilots = {"type": "Strike", "agent": ["pilotes"]}
    rows = [row("e1", "Strike", agent="les pilotes"), row("e2", "Strike", agent="les hôtesses")]
    result = score([gold(events=[either, pilots])], rows, [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (2, 0, 0)
    result = score([gold(events=[either, pilots])], rows[:1], [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 0, 1)


def test_rows_of_another_document_do_not_match() -> None:
    result = score([gold("a", [REJECTION]), gold("b", [])],
                   [row("e1", "Rejection", doc="b", agent="SAG-AFTRA", theme="proposition")], [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (0, 1, 1)
    assert result.spurious[0]["doc"] == "b"


# ---------------------------------------------------------------- what is left out

def test_optional_events_count_neither_for_recall_nor_against_precision() -> None:
    optional = {"type": "Proposal", "agent": ["Netflix"], "optional": True}
    found = score([gold(events=[REJECTION, optional])],
                  [row("e1", "Rejection", agent="SAG-AFTRA", theme="proposition"),
                   row("e2", "Proposal", agent="Netflix")], [])
    missed = score([gold(events=[REJECTION, optional])],
                   [row("e1", "Rejection", agent="SAG-AFTRA", theme="proposition")], [])
    for result in (found, missed):
        assert (result.events.tp, result.events.fp, result.events.fn) == (1, 0, 0)
    assert "Proposal" not in found.per_type


def test_a_row_that_tells_an_optional_event_is_not_called_a_duplicate() -> None:
    """e1 fits the required and the optional event, e2 only the required one: e2 takes the required."""
    required = {"type": "Strike", "agent": ["pilotes"]}
    optional = {"type": "Strike", "agent": ["pilotes Air France"], "optional": True}
    rows = [row("e1", "Strike", agent="pilotes Air France"), row("e2", "Strike", agent="pilotes")]
    for ordered in (rows, rows[::-1]):
        for golds in ([required, optional], [optional, required]):
            result = score([gold(events=golds)], ordered, [])
            assert (result.events.tp, result.events.fp, result.events.duplicates) == (1, 0, 0)


def test_negated_rows_are_left_out() -> None:
    rows = [row("e1", "Rejection", agent="SAG-AFTRA", theme="proposition", status="negated"),
            row("e2", "Strike", agent="pilotes", status=f"{KG}Negated")]
    result = score([gold(events=[REJECTION, {"type": "Strike", "agent": ["hôtesses"]}])], rows, [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (0, 0, 2)


def test_rows_of_a_type_the_gold_never_uses_are_left_out() -> None:
    rows = [row("e1", "Rejection", agent="SAG-AFTRA", theme="proposition"),
            row("e2", "Usage", agent="Netflix"), row("e3", f"{KG}Statement", agent="Netflix")]
    other = gold("b", [{"type": "Statement", "agent": ["Disney"]}])
    result = score([gold(events=[REJECTION]), other], rows, [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 1, 1)  # Statement is used (in b)
    assert [s["type"] for s in result.spurious] == ["Statement"]


def test_type_only_matches_on_the_type_alone() -> None:
    rows = [row("e1", "Rejection", agent="Disney", theme="proposition")]
    result = score([gold(events=[REJECTION])], rows, [])
    assert (result.events.tp, result.events.fp, result.events.fn) == (0, 1, 1)
    assert (result.type_only.tp, result.type_only.fp, result.type_only.fn) == (1, 0, 0)


def test_recall_per_event_type() -> None:
    golds = [gold(events=[REJECTION, OFFER, {"type": "JobOffer", "agent": ["Disney"]}])]
    rows = [row("e1", "JobOffer", agent="Disney")]
    assert score(golds, rows, []).per_type == {"Rejection": [0, 1], "JobOffer": [1, 2]}


# ---------------------------------------------------------------- entities

def entity(node: str, label: str, type_: str, aliases: str | None = None) -> dict:
    return {"entity": f"{KG}entity/{node}", "label": label, "type": type_, "aliases": aliases, "mentions": 1}


def test_entities_are_found_by_label_or_alias_and_type_and_splits_are_counted() -> None:
    golds = [gold(entities=[
        {"label": "SAG-AFTRA", "type": "Organization", "aliases": ["SAG-AFTRA", "Screen Actors Guild"]},
        {"label": "Netflix", "type": "Organization", "aliases": ["Netflix"]},
        {"label": "Vaud", "type": "Place", "aliases": ["VD"]},
        {"label": "Stellantis", "type": "Organization", "aliases": ["Stellantis"]},
    ])]
    rows = [entity("sag", "Screen Actors Guild", "Organization", "la SAG-AFTRA | SAG"),
            entity("n1", "Netflix", "Organization"), entity("n2", "netflix", "Organization"),
            entity("vaud", "Vaud", "Place"),
            entity("st", "Stellantis", "Person"),  # wrong type
            entity("netflixer", "Netflixer", "Organization")]
    result = score(golds, [], rows)
    assert (result.entities_found, result.entities_gold, result.entities_split) == (3, 4, 1)
    assert [m["label"] for m in result.entity_misses] == ["Stellantis"]
    assert result.entity_splits[0]["label"] == "Netflix"


# ---------------------------------------------------------------- the report

def test_a_gold_type_kg_does_not_know_is_named() -> None:
    golds = [gold(events=[REJECTION, {"type": "Stirke", "agent": ["pilotes"]}],
                  entities=[{"label": "Unia", "type": "Organisation", "aliases": []}])]
    result = score(golds, [], [], event_types=[f"{KG}Rejection", f"{KG}Strike"])
    assert result.unknown_types == ["Organisation", "Stirke"]
    assert "kg has no type Organisation, Stirke" in result.as_text()
    assert score(golds, [], []).unknown_types == []  # not asked: nothing said



def test_the_report_lists_misses_and_spurious_rows_then_the_figures() -> None:
    rows = [row("e1", "Rejection", agent="Disney", theme="proposition", sentence="Disney rejette la proposition.")]
    result = score([gold(events=[{**REJECTION, "why": "'la SAG-AFTRA rejette'"}])], rows, [])
    text = result.as_text()
    lines = text.splitlines()
    assert lines[0].startswith("missed") and "SAG-AFTRA" in lines[0] and "'la SAG-AFTRA rejette'" in lines[0]
    assert lines[1].startswith("spurious") and "Disney" in lines[1]
    assert "events: P=0.000 R=0.000 F1=0.000 (tp=0 fp=1 fn=1" in text
    assert "type only" in text and "entities: 0/0 found" in text and "Rejection  0/1" in text
    data = json.loads(result.as_json())
    assert data["events"]["fn"] == 1 and data["type_only"]["tp"] == 1
    assert data["per_type"] == {"Rejection": {"found": 0, "gold": 1, "recall": 0.0}}
    assert data["spurious"][0]["sentence"] == "Disney rejette la proposition."


# ---------------------------------------------------------------- gold files

ARTICLE = ("date 2024-03\nLe syndicat SAG-AFTRA a rejeté mardi la proposition de Netflix. "
           "Netflix propose un poste de 500 000 dollars par an.\n")
GOLD = {
    "entities": [{"label": "SAG-AFTRA", "type": "Organization", "aliases": ["SAG-AFTRA"]},
                 {"label": "Netflix", "type": "Organization", "aliases": ["Netflix"]}],
    "events": [
        {"type": "Rejection", "agent": ["SAG-AFTRA", "syndicat"], "theme": ["proposition"],
         "why": "'Le syndicat SAG-AFTRA a rejeté la proposition'"},
        {"type": "JobOffer", "agent": ["Netflix"], "amount": 500000, "currency": "USD", "per": "year"},
        {"type": "Lawsuit", "agent": ["Zorglub"], "why": "an event the text does not tell: always missed"},
        {"type": "Proposal", "agent": ["Netflix"], "optional": True},
    ],
}


def gold_folder(tmp_path: Path, data: object = GOLD, text: str | None = ARTICLE, raw: str | None = None) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "essai.json").write_text(raw if raw is not None else json.dumps(data, ensure_ascii=False),
                                       encoding="utf-8")
    if text is not None:
        (folder / "essai.txt").write_text(text, encoding="utf-8")
    return folder


def events_with(**change) -> dict:
    return {**GOLD, "events": [{**GOLD["events"][0], **change}]}


@pytest.mark.parametrize("data,raw,says", [
    (None, '{"events": [', "not valid JSON (line 1"),
    ([], None, "one JSON object"),
    ({"entities": []}, None, 'lacks the list "events"'),
    ({"events": []}, None, 'lacks the list "entities"'),
    ({"entities": [], "events": [{"agent": ["X"]}]}, None, 'event 1 lacks its "type"'),
    (events_with(agent="SAG-AFTRA"), None, '"agent" must be a list of names'),
    (events_with(agnet=["SAG-AFTRA"]), None, "unknown field 'agnet'"),
    (events_with(amount="500 000"), None, '"amount" must be a number'),
    (events_with(per="an"), None, '"per" must be one of hour'),
    (events_with(optional="yes"), None, '"optional" must be true or false'),
    ({"entities": [{"label": "X", "type": "Person"}], "events": []}, None, 'lacks "aliases"'),
    ({"entities": [{"label": "X", "aliases": []}], "events": []}, None, 'lacks its "type"'),
])
def test_bad_gold_exits_2_naming_the_file_and_the_fix(tmp_path, data, raw, says) -> None:
    folder = gold_folder(tmp_path, data, raw=raw)
    result = CliRunner().invoke(main, ["evaluate", str(folder)])
    assert result.exit_code == 2, result.output
    assert str(folder / "essai.json") in result.output and says in result.output
    assert "Traceback" not in result.output


def test_a_gold_file_without_its_document_exits_2(tmp_path) -> None:
    folder = gold_folder(tmp_path, text=None)
    result = CliRunner().invoke(main, ["evaluate", str(folder)])
    assert result.exit_code == 2
    assert "essai.json" in result.output and "no document essai.txt" in result.output and "--docs" in result.output


def test_a_folder_with_no_gold_exits_2(tmp_path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "no .json gold file" in result.output
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_the_gold_of_the_readme_example_is_accepted(tmp_path) -> None:
    folder = gold_folder(tmp_path)
    checked = read_gold(folder / "essai.json")
    assert checked.name == "essai" and len(checked.events) == 4 and len(checked.entities) == 2


# ---------------------------------------------------------------- the command, with the model

@pytest.mark.slow
def test_evaluate_scores_a_sentence_written_for_the_test_without_touching_the_users_store(tmp_path, monkeypatch,
                                                                                         nlp) -> None:
    folder = gold_folder(tmp_path, text=None)
    docs = tmp_path / "articles"
    docs.mkdir()
    (docs / "essai.txt").write_text(ARTICLE, encoding="utf-8")
    user_store = tmp_path / "my-store"
    monkeypatch.setenv("KG_STORE", str(user_store))
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(main, ["evaluate", str(folder), "--docs", str(docs), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == 1
    assert report["entities"] == {"found": 2, "gold": 2, "split": 0, "recall": 1.0}
    assert report["per_type"]["Rejection"]["found"] == 1  # "Le syndicat SAG-AFTRA a rejeté … la proposition"
    assert report["per_type"]["Lawsuit"] == {"found": 0, "gold": 1, "recall": 0.0}
    events = report["events"]
    assert events["tp"] + events["fn"] == 3  # the optional Proposal counts for neither
    assert [m["type"] for m in report["misses"]][-1] == "Lawsuit"
    assert not user_store.exists() and not (tmp_path / ".kg-store").exists()

    text = CliRunner().invoke(main, ["evaluate", str(folder), "--docs", str(docs)])
    assert text.exit_code == 0
    assert "missed    essai  Lawsuit" in text.output and "events: P=" in text.output


def test_the_readme_example_is_valid_gold(tmp_path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Measuring kg on your own articles", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    (tmp_path / "greve.json").write_text(example, encoding="utf-8")
    checked = read_gold(tmp_path / "greve.json")
    assert [e["type"] for e in checked.events] == ["Rejection", "Proposal", "Strike"]
