"""The lexicon derived from Verb∋Net (ontology/lexicon-verbenet.ttl): well formed, credited,
never competing with a hand entry, and read together with the hand lexicon. No model."""

from __future__ import annotations

import fnmatch
import importlib.util
import subprocess
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.lexicon import lexicon_files, load_lexicon, parse_lexicon

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
DERIVED = ONTOLOGY / "lexicon-verbenet.ttl"
HAND = ONTOLOGY / "lexicon.ttl"
KG = "https://w3id.org/kg-news/ontology#"
KGV = "https://w3id.org/kg-news/verbnet-map#"
DCT_SOURCE = "http://purl.org/dc/terms/source"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EVENT_CLASSES = {"JobOffer", "Proposal", "Rejection", "Acceptance", "Agreement", "Strike", "Negotiation",
                 "Earning", "Payment", "Usage", "Broadcast", "Statement", "Hiring", "Layoff", "Lawsuit",
                 "Announcement"}


def triples_by_subject(path: Path) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        out[t.subject.value][t.predicate.value].append(t.object)
    return out


def entries(path: Path) -> dict[str, dict[str, list]]:
    return {s: p for s, p in triples_by_subject(path).items()
            if ox.NamedNode(KG + "LexicalEntry") in p.get(RDF_TYPE, [])}


def lemmas(path: Path) -> set[tuple[str, str]]:
    return {(p[KG + "pos"][0].value, lemma.value)
            for p in entries(path).values() for lemma in p[KG + "lemma"]}


def derived_events() -> dict[tuple[str, str], str]:
    """(pos, lemma) -> local name of the event class, for the derived entries."""
    return {(p[KG + "pos"][0].value, lemma.value): p[KG + "evokes"][0].value.rsplit("#", 1)[-1]
            for p in entries(DERIVED).values() for lemma in p[KG + "lemma"]}


def test_derived_file_parses_and_is_credited():
    text = DERIVED.read_text(encoding="utf-8")
    assert "CC-BY-SA-4.0" in text and "Verb∋Net" in text
    assert len(entries(DERIVED)) > 10


def test_every_derived_entry_has_a_source_a_known_event_class_and_frame_and_priority_zero():
    frames = {s for s, p in triples_by_subject(HAND).items() if ox.NamedNode(KG + "Frame") in p.get(RDF_TYPE, [])}
    frames |= {s for s, p in triples_by_subject(DERIVED).items() if ox.NamedNode(KG + "Frame") in p.get(RDF_TYPE, [])}
    for iri, p in entries(DERIVED).items():
        assert p.get(DCT_SOURCE), iri
        assert all("Verb∋Net" in s.value or "hand lexicon" in s.value for s in p[DCT_SOURCE]), iri
        assert p[KG + "evokes"][0].value.rsplit("#", 1)[-1] in EVENT_CLASSES, iri
        assert p[KG + "frame"][0].value in frames, iri
        assert [v.value for v in p[KG + "priority"]] == ["0"], iri
        if p[KG + "pos"][0].value == "NOUN":
            assert p.get(KGV + "derivedFromVerb"), iri


def test_no_derived_lemma_duplicates_a_hand_entry():
    both = lemmas(DERIVED) & lemmas(HAND)
    assert not both, f"{sorted(both)} are hand entries now: re-run scripts/derive_lexicon.py"


@pytest.mark.parametrize("pos, lemma, event", [
    ("VERB", "limoger", "Layoff"),          # banish-10.2, like licencier
    ("VERB", "sacquer", "Layoff"),
    ("NOUN", "limogeage", "Layoff"),
    ("VERB", "éliminer", "Layoff"),         # remove-10.1, only with a workforce noun
    ("VERB", "régler", "Payment"),          # pay-68-1, only with an amount
    ("VERB", "marchander", "Negotiation"),  # correspond-36.1
    ("VERB", "reconnaître", "Statement"),   # confess-37.10
    ("VERB", "divulguer", "Announcement"),  # transfer_mesg-37.1.1
    ("VERB", "radiodiffuser", "Broadcast"),
])
def test_expected_lemmas_are_derived_with_their_event_class(pos, lemma, event):
    assert derived_events().get((pos, lemma)) == event


@pytest.mark.parametrize("lemma", [
    "bannir", "expulser", "extrader", "renvoyer", "révoquer",  # banish-10.2 members that are not layoffs
    "retirer", "enlever",                                      # remove-10.1: not said of jobs
    "vendre", "prêter", "promettre",                           # give-13.1: not paying
    "téléphoner", "faxer",                                     # instr_communication-37.4: not broadcasting
    "demander", "ordonner", "répondre", "décrire",              # transfer_mesg-37.1.1: not statements
    "aboyer", "chanter",                                       # manner_speaking-37.3
    "bavarder", "collaborer",                                  # correspond-36.1: not negotiating
])
def test_excluded_members_are_absent(lemma):
    assert ("VERB", lemma) not in derived_events()


def test_conditions_of_the_mapping_are_carried_over():
    lexicon = load_lexicon()
    (eliminate,) = lexicon.entries_for("VERB", {"éliminer"})
    assert eliminate.theme_in is not None and "poste" in eliminate.theme_in
    (settle,) = lexicon.entries_for("VERB", {"régler"})
    assert settle.requires_amount and settle.evokes == "Payment"
    (admit,) = lexicon.entries_for("VERB", {"reconnaître"})
    assert admit.reporting


def test_load_lexicon_merges_the_hand_and_derived_files():
    assert lexicon_files()[0].name == "lexicon.ttl"
    assert DERIVED in [p.resolve() for p in lexicon_files()]
    merged = load_lexicon()
    hand_only = parse_lexicon(HAND)
    assert ("VERB", "limoger") in merged.by_lemma and ("VERB", "limoger") not in hand_only.by_lemma
    assert set(hand_only.by_lemma) < set(merged.by_lemma)
    # A frame defined in the hand file serves a derived entry.
    (fire,) = merged.entries_for("VERB", {"limoger"})
    assert fire.frame.iri.endswith("#clause") and fire.priority == 0
    assert "effectif" in merged.words("workforceWords")


def test_a_hand_entry_outranks_a_derived_one_for_the_same_word(tmp_path):
    extra = tmp_path / "lexicon-extra.ttl"
    extra.write_text("""
        @prefix kg: <https://w3id.org/kg-news/ontology#> .
        @prefix kgl: <https://w3id.org/kg-news/lexicon#> .
        kgl:test a kg:LexicalEntry ; kg:lemma "licencier" ; kg:pos "VERB" ;
            kg:evokes kg:Hiring ; kg:frame kgl:clause ; kg:priority 0 .
    """, encoding="utf-8")
    lexicon = parse_lexicon(HAND, extra)
    assert [e.evokes for e in lexicon.entries_for("VERB", {"licencier"})][0] == "Layoff"


def test_a_derived_file_alone_names_a_frame_it_does_not_define():
    with pytest.raises(Exception, match="not defined"):
        parse_lexicon(DERIVED)


def test_a_plain_install_ships_the_derived_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["data-files"]["share/kg/ontology"]
    assert any(fnmatch.fnmatch("ontology/lexicon-verbenet.ttl", g) for g in globs)


def test_a_derived_verb_makes_an_event(hand_doc):
    from kg.extract.events import EventReader
    from kg.extract.money import find_amounts

    doc = hand_doc([
        ("Le", 1, "det", "DET", "le"),
        ("club", 2, "nsubj", "NOUN", "club"),
        ("limoge", 2, "ROOT", "VERB", "limoger"),
        ("son", 4, "det", "DET", "son"),
        ("entraîneur", 2, "obj", "NOUN", "entraîneur"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    reader = EventReader(doc, doc.text, load_lexicon(), {}, {}, sentence_of=lambda c: 0,
                         amounts=find_amounts(doc.text))
    events, _ = reader.read()
    assert [(e.type, e.triggers[0].text) for e in events] == [("Layoff", "limoge")]


# ---------------------------------------------------------------- the generator (needs the verbenet package)

needs_verbenet = pytest.mark.skipif(importlib.util.find_spec("verbenet") is None,
                                    reason="verbenet not installed (pip install -e '.[derive]')")


def described(path: Path) -> dict[tuple[str, str], tuple]:
    """(pos, lemma) -> what a derived entry says of it: event, frame, conditions, source."""
    out = {}
    for p in entries(path).values():
        said = tuple(sorted((k, tuple(sorted(v.value for v in vals))) for k, vals in p.items() if k != KG + "lemma"
                            and not k.endswith("#comment")))
        for lemma in p[KG + "lemma"]:
            out[(p[KG + "pos"][0].value, lemma.value)] = said
    return out


@needs_verbenet
def test_every_derived_entry_is_what_the_mapping_gives_today(tmp_path):
    # Not an equality test: the hand lexicon may have grown since the file was written
    # (then test_no_derived_lemma_duplicates_a_hand_entry says to re-run the script).
    out = tmp_path / "all.ttl"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_lexicon.py"), "--keep-hand-words",
                          "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    now, written = described(out), described(DERIVED)
    stale = {k: v for k, v in written.items() if now.get(k) != v}
    assert not stale, f"{sorted(stale)}: re-run scripts/derive_lexicon.py"


def _run_with_map(tmp_path: Path, mapping: str) -> subprocess.CompletedProcess:
    path = tmp_path / "map.ttl"
    path.write_text("""
        @prefix kg: <https://w3id.org/kg-news/ontology#> .
        @prefix kgl: <https://w3id.org/kg-news/lexicon#> .
        @prefix kgv: <https://w3id.org/kg-news/verbnet-map#> .
    """ + mapping, encoding="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_lexicon.py"), "--map", str(path),
                           "--out", str(tmp_path / "out.ttl")], capture_output=True, text=True)


ROLES = """kgv:role [ kgv:thematicRole "Agent" ; kgv:kgRole kg:agent ] , [ kgv:thematicRole "Topic" ; kgv:kgRole kg:theme ] ,
    [ kgv:thematicRole "Recipient" ; kgv:kgRole kg:recipient ] ;"""


@needs_verbenet
def test_the_script_refuses_a_member_nobody_looked_at(tmp_path):
    run = _run_with_map(tmp_path, f"""
        kgv:m a kgv:Mapping ; kgv:verbnetClass "tell-37.2" ; kg:evokes kg:Statement ; kg:frame kgl:offer ;
            {ROLES} kgv:member "alerter" .""")
    assert run.returncode == 2 and "neither mapped nor excluded" in run.stderr
    assert not (tmp_path / "out.ttl").exists()


@needs_verbenet
def test_the_script_refuses_a_frame_that_gives_the_object_another_role(tmp_path):
    # tell-37.2: 'informer les salariés de X' -- the object is the addressee, kgl:clause makes it the theme.
    run = _run_with_map(tmp_path, f"""
        kgv:m a kgv:Mapping ; kgv:verbnetClass "tell-37.2" ; kg:evokes kg:Statement ; kg:frame kgl:clause ;
            {ROLES} kgv:member "alerter", "avertir", "aviser", "informer", "instruire", "prévenir" .""")
    assert run.returncode == 2 and "the object is Recipient" in run.stderr
