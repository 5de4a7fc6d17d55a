"""`kg query`, `ask`, `export` and `stats` as a user at a terminal meets them: quick to
start, tables that fit, ids one can paste back, errors on one line (no model)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import saved_queries
from kg.rdf import graph_iri

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HEAVY = ("spacy", "networkx", "matplotlib")


def kg_cli(*args, env=None, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], env={"COLUMNS": "100", **(env or {})}, input=input)


def ok(result):
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("args", [["query", "entities"], ["query", "--list"], ["export", "-f", "turtle"],
                                  ["stats"], ["--help"], ["query", "--help"]])
def test_quick_commands_import_no_model_and_no_drawing(disk_store, args):
    script = textwrap.dedent(f"""
        import sys
        from kg.cli import main
        code = None
        try:
            main(sys.argv[1:], prog_name="kg")
        except SystemExit as exit:
            code = exit.code
        loaded = sorted({{m.split(".")[0] for m in sys.modules}} & {set(HEAVY)!r})
        print("EXIT", code, "LOADED", ",".join(loaded), file=sys.stderr)
    """)
    store = [] if "--help" in args else ["--store", disk_store]
    done = subprocess.run([sys.executable, "-c", script, *args, *store], capture_output=True, text=True, timeout=120)
    last = (done.stderr.strip().splitlines() or [repr(done)])[-1]
    assert last.startswith("EXIT 0 LOADED"), done.stderr
    loaded = last.removeprefix("EXIT 0 LOADED").strip()
    assert loaded == "", f"kg {' '.join(args)} imported {loaded}"


def test_tables_fit_100_columns_and_show_short_ids(disk_store):
    out = ok(kg_cli("query", "events", "--store", disk_store))
    assert all(len(line) <= 100 for line in out.splitlines()), out
    assert "--columns" in out.splitlines()[-1]  # says how to see the rest
    assert len(re.findall(r"kgr:doc/a/event/\d+\s*$", out, re.M)) == 3  # every id whole, ready to paste
    asked = ok(kg_cli("ask", "--store", disk_store))
    assert all(len(line) <= 100 for line in asked.splitlines())
    entities = ok(kg_cli("query", "entities", "--store", disk_store))
    assert "kgr:entity/netflix" in entities and "https://" not in entities


def test_columns_picks_and_orders_columns(disk_store):
    out = ok(kg_cli("query", "events", "--columns", "type,agent", "--store", disk_store))
    assert out.splitlines()[0].split() == ["type", "agent"]
    rows = json.loads(ok(kg_cli("query", "events", "-c", "agent,type", "-f", "json", "--store", disk_store)))
    assert {tuple(r) for r in rows} == {("agent", "type")}
    bad = kg_cli("query", "events", "--columns", "type,nope", "--store", disk_store)
    assert bad.exit_code == 4 and "no column nope" in bad.stderr and "amount_min" in bad.stderr


def test_an_id_a_table_shows_can_be_pasted_back(disk_store):
    table = ok(kg_cli("query", "events", "-c", "event,type", "--store", disk_store))
    offer = next(line.split()[0] for line in table.splitlines() if line.endswith("JobOffer"))
    assert offer.startswith("kgr:doc/a/event/") and "…" not in offer
    evidence = json.loads(ok(kg_cli("query", "evidence", "-p", f"event={offer}", "-f", "json", "--store", disk_store)))
    assert [r["type"] for r in evidence] == ["JobOffer"]


def test_iri_parameters_take_prefixed_names(tmp_path, disk_store):
    rq = tmp_path / "of-type.rq"
    rq.write_text("# title: Of a type\n# param: t iri  an event class\n"
                  "SELECT ?t ?e WHERE { ?e a ?t } ORDER BY ?e", encoding="utf-8")
    rows = json.loads(ok(kg_cli("query", rq, "-p", "t=kg:Broadcast", "-f", "json", "--store", disk_store)))
    assert [r["t"] for r in rows] == ["https://w3id.org/kg-news/ontology#Broadcast"]


def test_a_parameter_that_matches_nothing_says_so(disk_store):
    result = kg_cli("query", "evidence", "-p", "event=kgr:doc/a/event/99999", "--store", disk_store)
    assert result.exit_code == 0
    assert "(0 rows)" in result.stdout
    assert re.search(r"--param event=kgr:doc/a/event/99999 matches nothing", result.stderr)
    found = kg_cli("query", "entity", "-p", "name=netflix", "--store", disk_store)
    assert found.exit_code == 0 and found.stderr == ""
    missing = kg_cli("query", "entity", "-p", "name=Zorglub", "--store", disk_store)
    assert "--param name=Zorglub matches nothing" in missing.stderr


def test_a_sparql_syntax_error_is_one_line_with_line_and_column(disk_store):
    result = kg_cli("query", "--sparql", "SELECT ?x WHERE {\n  ?x a foo:Bar }", "--store", disk_store)
    assert result.exit_code == 4
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "line 2, column" in result.stderr and "unknown prefix 'foo:'" in result.stderr
    other = kg_cli("query", "--sparql", "SELECT ?x WHERE { ?x ", "--store", disk_store)
    assert other.exit_code == 4 and len(other.stderr.strip().splitlines()) == 1
    assert "line 1, column 22" in other.stderr and "u{" not in other.stderr


def test_sparql_dash_reads_standard_input(disk_store):
    text = "SELECT ?doc WHERE { ?d a kg:Document ; rdfs:label ?doc } ORDER BY ?doc"
    rows = json.loads(ok(kg_cli("query", "--sparql", "-", "-f", "json", "--store", disk_store, input=text)))
    assert [r["doc"] for r in rows] == ["a", "b"]


def test_sparql_json_is_w3c_results(disk_store):
    out = ok(kg_cli("query", "entities", "-f", "sparql-json", "--store", disk_store))
    data = json.loads(out)
    assert data["head"]["vars"][:3] == ["entity", "label", "type"]
    parsed = list(ox.parse_query_results(out.encode(), format=ox.QueryResultsFormat.JSON))
    assert len(parsed) == len(data["results"]["bindings"]) == 3
    netflix = next(b for b in data["results"]["bindings"] if b["label"]["value"] == "Netflix")
    assert netflix["entity"] == {"type": "uri", "value": "https://w3id.org/kg-news/id/entity/netflix"}
    assert netflix["mentions"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    ask = json.loads(ok(kg_cli("query", "--sparql", "ASK { ?d a kg:Document }", "-f", "sparql-json",
                               "--store", disk_store)))
    assert ask == {"head": {}, "boolean": True}


def test_json_keeps_the_bar_join_in_a_stable_order(disk_store):
    rows = json.loads(ok(kg_cli("query", "events", "-f", "json", "--store", disk_store)))
    (rejection,) = [r for r in rows if r["type"] == "Rejection"]
    assert rejection["agent"] == "SAG-AFTRA | acteurs"


def test_ask_json_is_one_document(disk_store):
    data = json.loads(ok(kg_cli("ask", "--format", "json", "--store", disk_store)))
    assert [a["query"] for a in data] == list(saved_queries())
    assert all({"title", "fr", "en", "params", "columns", "rows"} <= set(a) for a in data)


def test_stats_counts_triples_as_build_does(disk_store):
    store = ox.Store.read_only(disk_store)
    in_documents = sum(len(list(store.quads_for_pattern(None, None, None, graph_iri(d)))) for d in ("a", "b"))
    del store
    stats = dict(line.split() for line in ok(kg_cli("stats", "--store", disk_store)).splitlines())
    assert int(stats["triples"]) == in_documents


@pytest.mark.slow
def test_build_and_stats_count_the_same_triples(tmp_path, nlp):
    import kg

    report = kg.build([SEEDS], store=str(tmp_path / "store"))
    built = sum(triples for _, _, triples in report.documents)
    del report
    stats = dict(line.split() for line in ok(kg_cli("stats", "--store", tmp_path / "store")).splitlines())
    assert int(stats["triples"]) == built
