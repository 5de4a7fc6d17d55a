"""The saved queries (queries/*.rq) on a hand-made store, and parameter binding."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.queries import bind, find_query, parse_query, render, run, saved_queries
from kg.rdf import event_iri, graph_iri, to_quads
from kg.store import load_ontology, replace_graph
from kg.resources import queries_dir

#: The columns of the `events` query, in this order.
EVENT_COLUMNS = ["doc", "event", "type", "agent", "theme", "recipient", "amount", "amount_min", "amount_max",
                 "currency", "per", "date", "place", "source", "sentence", "status"]
PARAM_HINT = r"--param \w+=VALUE"


def rows_of(store, name, params=None):
    return run(store, find_query(name), params)


def by_type(rows):
    out = {}
    for r in rows:
        assert r["type"] not in out, r["type"]
        out[r["type"]] = r
    return out


def test_every_saved_query_parses_and_has_its_questions():
    files = sorted(p.stem for p in queries_dir().glob("*.rq"))
    queries = saved_queries()
    assert sorted(queries) == files
    for name, q in queries.items():
        assert q.title and q.fr and q.en, name


def test_every_saved_query_runs(hand_store):
    for name, q in saved_queries().items():
        params = {p.name: ("https://w3id.org/kg-news/id/doc/a/event/1" if p.kind == "iri" else "a") for p in q.params}
        columns, rows = run(hand_store, q, params)
        assert columns, name


def test_events_columns_are_the_spec_columns_in_order(hand_store):
    columns, rows = rows_of(hand_store, "events")
    assert columns == EVENT_COLUMNS
    assert all(list(r) == EVENT_COLUMNS for r in rows)


def test_events_rows(hand_store, articles):
    article_a, article_b = articles
    columns, rows = rows_of(hand_store, "events")
    assert sorted((r["doc"].rsplit("/", 1)[-1], r["type"]) for r in rows) == [
        ("a", "JobOffer"), ("a", "Proposal"), ("a", "Rejection"), ("b", "Broadcast")]
    events = by_type(rows)
    offer = events["JobOffer"]
    assert offer["doc"].rsplit("/", 1)[-1] == "a"
    assert offer["event"] == event_iri("a", article_a().events[0]).value
    assert (offer["agent"], offer["theme"], offer["source"]) == ("Netflix", "poste", "SAG-AFTRA")
    assert (offer["amount"], offer["amount_min"], offer["amount_max"]) == (None, 300000, 900000)
    # the event's own date: the text gives none, and the publication date belongs to the document
    assert (offer["currency"], offer["per"], offer["date"], offer["status"]) == ("USD", "year", None, "proposed")
    assert offer["sentence"] == "Netflix propose un poste à 900 000 $ par an."
    assert events["Broadcast"]["date"] is None  # document b has no date
    assert events["Broadcast"]["theme"] == "Deep Fake Love"


def test_events_are_in_text_order(hand_store):
    _, rows = rows_of(hand_store, "events")
    a = [r["type"] for r in rows if r["doc"].endswith("/a")]
    assert a == ["JobOffer", "Rejection", "Proposal"]  # "propose" < "rejettent" < "proposition"


def test_multi_valued_cells_are_joined_with_a_bar(hand_store):
    _, rows = rows_of(hand_store, "events")
    rejection = by_type(rows)["Rejection"]
    assert sorted(rejection["agent"].split(" | ")) == ["SAG-AFTRA", "acteurs"]
    assert rejection["theme"] == "proposition"  # the Proposal event, by its label


def test_an_event_named_in_other_words_by_another_shows_those_words_in_its_theme(articles):
    """'Ils rejettent l'offre' of what the text first called a 'proposition': the rejection's
    theme column shows both names; the proposal's own row keeps its one label."""
    article_a, _ = articles
    x = article_a()
    rejection = next(e for e in x.events if e.type == "Rejection")
    (theme,) = rejection.roles["theme"]
    theme.label = "offre des studios"
    store = ox.Store()
    load_ontology(store)
    replace_graph(store, graph_iri(x.doc_id), to_quads(x))
    events = by_type(rows_of(store, "events")[1])
    assert sorted(events["Rejection"]["theme"].split(" | ")) == ["offre des studios", "proposition"]
    assert events["Proposal"]["theme"] == "proposition"
    assert events["Proposal"]["agent"] is None  # the other name is no role of the proposal


def test_amounts_are_numbers_in_json(hand_store):
    columns, rows = rows_of(hand_store, "events")
    data = json.loads(render(columns, rows, "json"))
    offer = next(r for r in data if r["type"] == "JobOffer")
    assert offer["amount_min"] == 300000 and isinstance(offer["amount_min"], int)
    assert offer["amount_max"] == 900000 and isinstance(offer["amount_max"], int)
    assert offer["amount"] is None


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table"])
def test_other_formats_keep_every_row(hand_store, fmt):
    columns, rows = rows_of(hand_store, "events")
    text = render(columns, rows, fmt)
    if fmt == "table":
        assert text.splitlines()[0].split() == columns
        assert text.endswith(f"({len(rows)} rows)")
    else:
        lines = text.splitlines()
        assert lines[0].split("," if fmt == "csv" else "\t") == columns
        assert len(lines) == len(rows) + 1


def test_job_offers_and_proposals_show_status_labels(hand_store):
    _, offers = rows_of(hand_store, "job-offers")
    assert [(r["employer"], r["status"], r["amount_max"]) for r in offers] == [("Netflix", "proposed", 900000)]
    _, proposals = rows_of(hand_store, "proposals")
    assert [r["status"] for r in proposals] == ["rejected"]


def test_rejections_join_the_proposal_event(hand_store):
    _, rows = rows_of(hand_store, "rejections")
    assert len(rows) == 1
    assert rows[0]["proposal"] == "proposition"
    assert sorted(rows[0]["rejected_by"].split(" | ")) == ["SAG-AFTRA", "acteurs"]


def test_entity_query_finds_a_name_or_alias_whatever_the_case(hand_store):
    _, rows = rows_of(hand_store, "entity", {"name": "netflix"})
    mentions = [r for r in rows if r["kind"] == "mention"]
    assert sorted(r["doc"] for r in mentions) == ["a", "b"]
    roles = {(r["role"], r["type"]) for r in rows if r["kind"] == "role"}
    assert roles == {("agent", "JobOffer"), ("agent", "Broadcast")}
    _, alias = rows_of(hand_store, "entity", {"name": "Screen Actors Guild"})
    assert {r["entity"] for r in alias} == {"https://w3id.org/kg-news/id/entity/sag-aftra"}
    assert {(r["role"], r["type"]) for r in alias if r["kind"] == "role"} == {("source", "JobOffer"), ("agent", "Rejection")}


def test_timeline_and_evidence(hand_store, articles):
    article_a, _ = articles
    _, rows = rows_of(hand_store, "timeline", {"doc": "a"})
    assert [r["type"] for r in rows] == ["JobOffer", "Rejection", "Proposal"]
    assert [r["position"] for r in rows] == sorted(r["position"] for r in rows)
    assert {r["doc"] for r in rows} == {"a"}
    iri = event_iri("a", article_a().events[2]).value  # the rejection
    _, evidence = rows_of(hand_store, "evidence", {"event": iri})
    text = article_a().text
    assert [(r["type"], r["sentence"]) for r in evidence] == [("Rejection", "Les acteurs de la SAG-AFTRA rejettent la proposition.")]
    assert text[evidence[0]["begin"]:evidence[0]["end"]] == evidence[0]["sentence"]


def test_bind_makes_a_literal_of_any_text(hand_store):
    evil = 'x" } ; DROP ALL ; #'
    subs = bind(find_query("entity"), {"name": evil})
    assert subs == {ox.Variable("name"): ox.Literal(evil)}
    before = set(hand_store)
    columns, rows = rows_of(hand_store, "entity", {"name": evil})
    assert rows == []
    assert set(hand_store) == before


def test_an_iri_parameter_must_be_an_iri():
    with pytest.raises(QueryError, match=r"--param event=.*not an IRI"):
        bind(find_query("evidence"), {"event": 'x" } ; DROP ALL ; #'})


def test_unknown_parameter_says_how_to_give_the_right_one():
    with pytest.raises(QueryError, match=PARAM_HINT) as err:
        bind(find_query("entity"), {"nom": "Netflix"})
    assert "nom" in str(err.value) and "--param name=VALUE" in str(err.value)
    with pytest.raises(QueryError, match=r"--param NAME=VALUE"):
        bind(find_query("events"), {"nom": "Netflix"})


def test_missing_parameter_says_how_to_give_it():
    with pytest.raises(QueryError, match=PARAM_HINT) as err:
        bind(find_query("timeline"), {})
    assert "--param doc=VALUE" in str(err.value)


def test_a_declared_parameter_the_query_does_not_select_is_a_query_error():
    q = parse_query("# param: o literal  the object\nSELECT ?s WHERE { ?s ?p ?o }", "t")
    with pytest.raises(QueryError, match=r"\?NAME must be in the SELECT"):
        run(ox.Store(), q, {"o": "x"})


def test_unknown_query_names_the_saved_ones():
    with pytest.raises(QueryError) as err:
        find_query("job-offer")
    for name in ("events", "job-offers", "proposals", "timeline"):
        assert name in str(err.value)


def test_bad_sparql_is_a_query_error(hand_store):
    with pytest.raises(QueryError, match="does not parse"):
        run(hand_store, parse_query("SELECT ?x WHERE { ?x ", "bad"))


def test_a_query_file_by_path(tmp_path, hand_store):
    path = tmp_path / "docs.rq"
    path.write_text("# title: Docs\nSELECT ?l WHERE { ?d a kg:Document ; rdfs:label ?l } ORDER BY ?l", encoding="utf-8")
    q = find_query(str(path))
    assert (q.name, q.title) == ("docs", "Docs")
    assert run(hand_store, q) == (["l"], [{"l": "a"}, {"l": "b"}])
    with pytest.raises(QueryError, match="no such query file"):
        find_query(str(tmp_path / "missing.rq"))
