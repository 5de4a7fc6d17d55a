"""The repairs read the relation and part-of-speech columns once per change, not once per pass
(kg.extract.syntax.track_columns): every change must be reported, or a later pass would look at
the parse as it was."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from kg.extract import repairs, syntax
from kg.extract.repairs import repair
from kg.extract.syntax import columns_changed, positions, track_columns, untrack_columns

ROOT = Path(__file__).resolve().parent.parent

# "Le fabricant a rejeté l' offre ."
ROWS = [
    ("Le", 1, "det", "DET", "le"),
    ("fabricant", 3, "nsubj", "NOUN", "fabricant"),
    ("a", 3, "aux:tense", "AUX", "avoir"),
    ("rejeté", 3, "ROOT", "VERB", "rejeter"),
    ("l'", 5, "det", "DET", "le"),
    ("offre", 3, "obj", "NOUN", "offre"),
    (".", 3, "punct", "PUNCT", "."),
]


def _attributes(target: ast.expr):
    if isinstance(target, ast.Tuple):
        for element in target.elts:
            yield from _attributes(element)
    elif isinstance(target, ast.Attribute):
        yield target.attr


def _writes(statement: ast.stmt) -> set[str]:
    if not isinstance(statement, ast.Assign):
        return set()
    return {a for t in statement.targets for a in _attributes(t)}


def test_every_change_of_a_relation_or_a_part_of_speech_in_the_repairs_is_reported():
    tree = ast.parse((ROOT / "kg" / "extract" / "repairs.py").read_text(encoding="utf-8"))
    unreported = []
    for node in ast.walk(tree):
        for block in (getattr(node, f, None) for f in ("body", "orelse", "finalbody")):
            if not isinstance(block, list):
                continue
            for k, statement in enumerate(block):
                if not _writes(statement) & {"dep_", "pos_", "dep", "pos"}:
                    continue
                j = k + 1  # the writes of one group ('x.head, x.dep_ = ...; y.head = ...'), then the report
                while j < len(block) and _writes(block[j]) & {"dep_", "pos_", "dep", "pos", "head", "lemma_"}:
                    j += 1
                call = block[j].value if j < len(block) and isinstance(block[j], ast.Expr) else None
                if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "columns_changed"):
                    unreported.append(statement.lineno)
    assert unreported == []


def test_positions_keep_their_answer_until_a_change_is_reported(hand_doc):
    doc = hand_doc(ROWS)
    track_columns(doc)
    assert positions(doc, ("obj",), ("NOUN",)) == [5]
    doc[5].dep_ = "nsubj"
    assert positions(doc, ("obj",), ("NOUN",)) == [5]  # not reported: the columns as read
    columns_changed(doc)
    assert positions(doc, ("obj",), ("NOUN",)) == []
    assert positions(doc, ("nsubj",), ("NOUN",)) == [1, 5]
    assert positions(doc, pos=("NOUN", "VERB")) == [1, 3, 5]
    untrack_columns(doc)
    doc[1].pos_ = "PROPN"
    assert positions(doc, pos=("NOUN",)) == [5]  # untracked: the parse as it stands


def test_the_repairs_leave_no_columns_in_the_doc(hand_doc):
    doc = repair(hand_doc(ROWS))
    assert syntax._COLUMNS not in doc.user_data


def _all_hand_parses() -> list:
    spec = importlib.util.spec_from_file_location("repair_cases", ROOT / "tests" / "test_repairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [rows for name, rows in vars(module).items() if name.endswith("ROWS") and isinstance(rows, list)]


@pytest.mark.parametrize("rows", _all_hand_parses())
def test_each_pass_finds_its_words_as_the_parse_then_stands(hand_doc, monkeypatch, rows):
    """Every kept answer of the repairs' passes equals a fresh read, on the parses of the
    repairs' own tests, with the words that make their repairs fire."""
    asked = []

    def checked(doc, deps=(), pos=()):
        got = positions(doc, deps, pos)
        saved = doc.user_data.pop(syntax._COLUMNS)
        try:
            fresh = positions(doc, deps, pos)
        finally:
            doc.user_data[syntax._COLUMNS] = saved
        assert got == fresh
        asked.append(saved)
        return got

    monkeypatch.setattr(repairs, "positions", checked)
    repair(hand_doc(rows), {"semaine", "nuit", "lundi", "janvier", "mardi", "jour", "jeudi", "veille", "fin", "mois"},
           {"grève"}, {"toucher", "licencier", "gagner"}, {"partir", "arriver"}, {"confier"})
    assert any(kept is not None for kept in asked)  # the passes did use kept columns
