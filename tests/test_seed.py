"""End to end on the seed article, with the French model (slow).

The seed is built once per session into a temporary store (conftest.py);
these tests read it through the library and the `kg` command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

pytestmark = pytest.mark.slow

SEED_ID = "000_26ccd676af571225"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def kg_cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def cli_json(store, *args):
    result = kg_cli("query", *args, "-f", "json", "--store", store)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def of_type(rows, kind):
    return [r for r in rows if r["type"] == kind]


def parts(cell):
    return cell.split(" | ") if cell else []


# ---------------------------------------------------------------- events

def test_netflix_job_offer_with_a_yearly_range(seed_events):
    offers = [r for r in of_type(seed_events, "JobOffer") if r["amount_min"] == 300000]
    assert len(offers) == 1
    offer = offers[0]
    assert parts(offer["agent"]) == ["Netflix"]
    assert (offer["amount_max"], offer["currency"], offer["per"]) == (900000, "USD", "year")
    assert any("responsable machine learning" in t for t in parts(offer["theme"]))


def test_job_offer_up_to_650000_reported_by_the_intercept(seed_events):
    offers = [r for r in of_type(seed_events, "JobOffer") if r["amount_max"] == 650000]
    assert len(offers) == 1
    offer = offers[0]
    assert offer["source"] == "The Intercept"
    assert offer["amount_min"] is None and offer["amount"] is None
    assert (offer["currency"], offer["per"]) == ("USD", "year")
    assert parts(offer["agent"]) == ["Netflix"]
    assert "directeur technique" in offer["theme"]


def test_the_two_job_offers_are_two_events(seed_events):
    assert len(of_type(seed_events, "JobOffer")) == 2


def test_earning_of_200_dollars_a_day_according_to_sag_aftra(seed_events):
    earnings = of_type(seed_events, "Earning")
    assert len(earnings) == 1
    earning = earnings[0]
    assert (earning["amount"], earning["currency"], earning["per"]) == (200, "USD", "day")
    assert earning["source"] == "SAG-AFTRA"
    assert "acteurs" in earning["agent"]


def test_amptp_proposal_of_200_dollars_is_rejected(seed_store, seed_events):
    proposals = of_type(seed_events, "Proposal")
    assert len(proposals) == 1
    proposal = proposals[0]
    assert parts(proposal["agent"]) == ["AMPTP"]
    assert (proposal["amount"], proposal["currency"]) == (200, "USD")
    assert "acteurs" in parts(proposal["recipient"])
    (status,) = kg.query(sparql=f"SELECT ?s WHERE {{ <{proposal['event']}> kg:status ?s }}", store=seed_store)
    assert status["s"] == "https://w3id.org/kg-news/ontology#Rejected"


def test_rejection_has_the_proposal_as_theme(seed_store, seed_events):
    (proposal,) = of_type(seed_events, "Proposal")
    rows = kg.query("rejections", store=seed_store)
    assert len(rows) == 1
    rejection = rows[0]
    assert rejection["doc"] == SEED_ID
    assert rejection["proposed_by"] == "AMPTP"
    assert (rejection["amount"], rejection["currency"]) == (200, "USD")
    assert "acteurs" in rejection["rejected_by"]
    themes = kg.query(sparql="SELECT ?p WHERE { ?r a kg:Rejection ; kg:theme ?p }", store=seed_store)
    assert [t["p"] for t in themes] == [proposal["event"]]


def test_strike_by_the_actors(seed_events):
    strikes = of_type(seed_events, "Strike")
    assert strikes
    assert any("acteurs" in a for s in strikes for a in parts(s["agent"]))


def test_broadcast_of_deep_fake_love_by_netflix(seed_store, seed_events):
    broadcasts = of_type(seed_events, "Broadcast")
    assert len(broadcasts) == 1
    assert broadcasts[0]["theme"] == "Deep Fake Love"
    assert parts(broadcasts[0]["agent"]) == ["Netflix"]
    (theme,) = kg.query(sparql=f"SELECT ?t WHERE {{ <{broadcasts[0]['event']}> kg:theme ?t }}", store=seed_store)
    assert theme["t"] == "https://w3id.org/kg-news/id/entity/deep-fake-love"


def test_every_event_row_is_of_the_seed_and_dated_only_by_its_text(seed_events, seed_store):
    assert len(seed_events) >= 8
    assert {r["doc"].rsplit("/", 1)[-1] for r in seed_events} == {SEED_ID}
    # the seed dates none of its events; July 2023 is when the article was published
    assert {r["date"] for r in seed_events} == {None}
    (published,) = kg.query(sparql="SELECT ?d WHERE { ?doc schema:datePublished ?d }", store=seed_store)
    assert published["d"] == "2023-07"


def test_event_sentences_are_sentences_of_the_seed(seed_events, seed_text):
    for row in seed_events:
        assert row["sentence"], row
        for sentence in parts(row["sentence"]):
            assert sentence in seed_text, sentence


# ---------------------------------------------------------------- entities

def entities(store):
    return kg.query("entities", store=store)


def test_netflix_is_an_organization_although_the_model_says_misc(seed_store, nlp, seed_text):
    doc = nlp(seed_text)
    assert "MISC" in {e.label_ for e in doc.ents if e.text == "Netflix"}  # what the gazetteer overrides
    rows = [r for r in entities(seed_store) if r["label"] == "Netflix"]
    # every "Netflix", and "du géant du streaming", which describes it
    assert [(r["type"], r["mentions"]) for r in rows] == [("Organization", seed_text.count("Netflix") + 1)]
    assert rows[0]["aliases"] == "géant du streaming"


def test_sag_aftra_is_one_node(seed_store, seed_text):
    rows = [r for r in entities(seed_store) if "SAG-AFTRA" in r["label"] or "SAG-AFTRA" in (r["aliases"] or "")]
    assert [(r["entity"], r["type"]) for r in rows] == [("https://w3id.org/kg-news/id/entity/sag-aftra", "Organization")]
    assert rows[0]["mentions"] == seed_text.count("SAG-AFTRA") == 2


def test_amptp_and_its_long_name_are_one_node(seed_store):
    long_name = "Alliance of Motion Picture and Television Producers"
    rows = [r for r in entities(seed_store) if "AMPTP" in r["label"] or long_name in (r["aliases"] or "")
            or long_name in r["label"]]
    assert len(rows) == 1
    amptp = rows[0]
    assert (amptp["label"], amptp["type"]) == ("AMPTP", "Organization")
    assert long_name in parts(amptp["aliases"])
    assert amptp["mentions"] == 2  # the long name and the acronym


def test_deep_fake_love_is_a_creative_work(seed_store):
    rows = [r for r in entities(seed_store) if r["label"] == "Deep Fake Love"]
    assert [r["type"] for r in rows] == ["CreativeWork"]


def test_mention_offsets_slice_the_file_to_their_anchor(seed_store, seed_text):
    rows = cli_json(seed_store, "--sparql", """
        SELECT ?node ?anchor ?begin ?end WHERE {
          ?node nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end }""")
    mentions = cli_json(seed_store, "--sparql", "SELECT DISTINCT ?m WHERE { ?m itsrdf:taIdentRef ?e }")
    assert len(mentions) >= 10
    assert {m["m"] for m in mentions} <= {r["node"] for r in rows}
    for r in rows:
        assert seed_text[r["begin"]:r["end"]] == r["anchor"], r


# ---------------------------------------------------------------- the command on the seed

def test_build_twice_gives_the_same_triple_count(tmp_path, nlp, seed_store):
    store = tmp_path / "store"

    def triples():
        result = kg_cli("stats", "--store", store)
        assert result.exit_code == 0, result.output
        return dict(line.split() for line in result.stdout.splitlines())

    first = kg_cli("build", SEEDS, "--store", store)
    assert first.exit_code == 0, first.output
    assert "built 1 document" in first.stdout
    once = triples()
    second = kg_cli("build", SEEDS / f"{SEED_ID}.txt", "--store", store)
    assert second.exit_code == 0, second.output
    assert triples() == once
    assert once["documents"] == "1"
    assert once == {k: str(v) for k, v in kg.stats(seed_store).items()}


def test_validate_exits_0(seed_store):
    result = kg_cli("validate", "--store", seed_store)
    assert result.exit_code == 0, result.output
    assert "Conforms: True" in result.stdout


def test_job_offers_query(seed_store):
    rows = cli_json(seed_store, "job-offers")
    assert [(r["employer"], r["amount_min"], r["amount_max"]) for r in rows] == [
        ("Netflix", 300000, 900000), ("Netflix", None, 650000)]  # the best paid first
    assert [r["source"] for r in rows] == [None, "The Intercept"]
    # an offer is proposed whoever reports it: the source says who, the status what the text makes of it
    assert rows[1]["status"] == "proposed"
    assert all(r["doc"] == SEED_ID and r["currency"] == "USD" and r["per"] == "year" for r in rows)


def test_proposals_query(seed_store):
    rows = cli_json(seed_store, "proposals")
    assert [(r["proposed_by"], r["to"], r["amount"], r["currency"], r["status"]) for r in rows] == [
        ("AMPTP", "acteurs", 200, "USD", "rejected")]


def test_attributions_query(seed_store):
    rows = cli_json(seed_store, "attributions")
    pairs = {(r["source"], r["type"]) for r in rows}
    assert {("SAG-AFTRA", "Earning"), ("The Intercept", "JobOffer")} <= pairs
    # saying is attribution, not an event of its own
    assert "Statement" not in {r["type"] for r in rows}
    assert all(r["doc"] == SEED_ID and r["sentence"] for r in rows)
    # "Une section ... du site de la société explique que Netflix utilise l'IA": the page is the
    # source of the Usage, but a page is not someone who makes a statement
    section = [r for r in rows if r["source"].startswith("section")]
    assert [r["type"] for r in section] == ["Usage"]


def test_timeline_query(seed_store, seed_events):
    rows = cli_json(seed_store, "timeline", "--param", f"doc={SEED_ID}")
    assert len(rows) == len(seed_events)
    assert [r["event"] for r in rows] == [r["event"] for r in seed_events]  # both in text order
    assert [r["position"] for r in rows] == sorted(r["position"] for r in rows)
    assert {r["date"] for r in rows} == {None}  # the seed dates none of its events
    assert {r["published"] for r in rows} == {"2023-07"}
    assert all(r["status"] in {"asserted", "proposed", "rejected", "reported", "negated", "hypothetical", "planned"}
               for r in rows)
    # "les acteurs qui accepteraient de se faire scanner": a conditional is a hypothesis
    assert "hypothetical" in {r["status"] for r in rows}
    assert cli_json(seed_store, "timeline", "--param", "doc=no-such-doc") == []


def test_entity_query(seed_store, seed_text):
    rows = cli_json(seed_store, "entity", "--param", "name=Netflix")
    assert {r["entity"] for r in rows} == {"https://w3id.org/kg-news/id/entity/netflix"}
    mentions = [r for r in rows if r["kind"] == "mention"]
    assert len(mentions) == seed_text.count("Netflix") + 1
    assert sorted({seed_text[m["begin"]:m["end"]] for m in mentions}) == ["Netflix", "géant du streaming"]
    for m in mentions:
        assert seed_text[m["begin"]:m["end"]] in m["text"] and m["text"] in seed_text
    roles = {(r["role"], r["type"]) for r in rows if r["kind"] == "role"}
    assert {("agent", "JobOffer"), ("agent", "Broadcast")} <= roles


def test_evidence_query(seed_store, seed_events, seed_text):
    (proposal,) = of_type(seed_events, "Proposal")
    rows = cli_json(seed_store, "evidence", "--param", f"event={proposal['event']}")
    assert rows
    for r in rows:
        assert (r["doc"], r["type"]) == (SEED_ID, "Proposal")
        assert seed_text[r["begin"]:r["end"]] == r["sentence"]
        assert r["sentence"] in parts(proposal["sentence"])
    assert any("AMPTP" in r["sentence"] for r in rows)
