"""The `kg` command through click's CliRunner, on hand-made on-disk stores (no model)."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

import kg.nlp
from kg.cli import main
from kg.errors import InputError, ModelError, QueryError
from kg.resources import queries_dir

DOCS = "SELECT ?doc WHERE { ?d a kg:Document ; rdfs:label ?doc } ORDER BY ?doc"


def kg_cli(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def failed_cleanly(result, code):
    """The command stopped with ``code`` through sys.exit, printing one message and no traceback."""
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.stderr


def sparql_json(store, text, env=None):
    result = kg_cli("query", "--sparql", text, "-f", "json", *(["--store", store] if store else []), env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------- query

def test_query_list_names_every_saved_query():
    result = kg_cli("query", "--list")
    assert result.exit_code == 0
    names = sorted(p.stem for p in queries_dir().glob("*.rq"))
    assert len(names) >= 9
    listed = [line.split()[0] for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    assert sorted(listed) == names
    assert "timeline --param doc=" in result.stdout


def test_unknown_query_exits_4_and_names_the_saved_ones(disk_store):
    msg = failed_cleanly(kg_cli("query", "job-offer", "--store", disk_store), QueryError.exit_code)
    assert QueryError.exit_code == 4
    assert "job-offer" in msg
    for name in ("events", "job-offers", "proposals"):
        assert name in msg


def test_a_query_problem_is_reported_before_the_store_is_opened(tmp_path):
    # no store exists at this path: the unknown name must still be the error reported
    msg = failed_cleanly(kg_cli("query", "nosuch", "--store", tmp_path / "nothing"), 4)
    assert "nosuch" in msg
    msg = failed_cleanly(kg_cli("query", "entity", "--store", tmp_path / "nothing"), 4)
    assert "--param name=VALUE" in msg


def test_a_param_without_equals_exits_4(disk_store):
    msg = failed_cleanly(kg_cli("query", "entity", "--param", "Netflix", "--store", disk_store), 4)
    assert "NAME=VALUE" in msg


def test_missing_param_exits_4(disk_store):
    msg = failed_cleanly(kg_cli("query", "entity", "--store", disk_store), 4)
    assert "--param name=VALUE" in msg


def test_unknown_param_exits_4(disk_store):
    msg = failed_cleanly(kg_cli("query", "entity", "-p", "nom=Netflix", "--store", disk_store), 4)
    assert "--param name=VALUE" in msg


def test_query_with_param_and_json(disk_store):
    result = kg_cli("query", "entity", "--param", "name=NETFLIX", "-f", "json", "--store", disk_store)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["entity"] for r in rows} == {"https://w3id.org/kg-news/id/entity/netflix"}
    assert sorted(r["doc"] for r in rows if r["kind"] == "mention") == ["a", "b"]


def test_events_json_amounts_are_numbers(disk_store):
    result = kg_cli("query", "events", "-f", "json", "--store", disk_store)
    assert result.exit_code == 0, result.output
    offer = next(r for r in json.loads(result.stdout) if r["type"] == "JobOffer")
    assert (offer["amount_min"], offer["amount_max"], offer["currency"], offer["per"]) == (300000, 900000, "USD", "year")


def test_query_on_a_store_that_does_not_exist(tmp_path):
    msg = failed_cleanly(kg_cli("query", "events", "--store", tmp_path / "none"), 5)
    assert "kg build" in msg


# ---------------------------------------------------------------- build failures

def test_build_missing_file_exits_2_naming_it(tmp_path):
    missing = tmp_path / "nowhere.txt"
    msg = failed_cleanly(kg_cli("build", missing, "--store", tmp_path / "store"), InputError.exit_code)
    assert InputError.exit_code == 2
    assert str(missing) in msg
    assert not (tmp_path / "store").exists()


def test_build_non_utf8_file_exits_2(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("La grève à Hollywood".encode("latin-1"))
    msg = failed_cleanly(kg_cli("build", bad, "--store", tmp_path / "store"), 2)
    assert str(bad) in msg and "UTF-8" in msg


def test_failed_build_leaves_the_store_as_it_was(tmp_path, disk_store, quads_of):
    before = quads_of(disk_store)
    good = tmp_path / "a.txt"  # would replace document a if it were built
    good.write_text("Netflix recrute un ingénieur.", encoding="utf-8")
    bad = tmp_path / "zz.txt"
    bad.write_bytes(b"\xff\xfe\x00b\x00i\x00n")
    failed_cleanly(kg_cli("build", good, bad, "--store", disk_store), 2)
    assert quads_of(disk_store) == before


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setenv("KG_SPACY_MODEL", "no_such_model")
    kg.nlp.load.cache_clear()
    yield
    kg.nlp.load.cache_clear()


def test_build_without_the_model_exits_3_and_says_how_to_install(tmp_path, no_model, disk_store, quads_of):
    before = quads_of(disk_store)
    article = tmp_path / "a.txt"
    article.write_text("Netflix recrute un ingénieur.", encoding="utf-8")
    msg = failed_cleanly(kg_cli("build", article, "--store", disk_store), ModelError.exit_code)
    assert ModelError.exit_code == 3
    assert "no_such_model" in msg and "pip install" in msg
    assert quads_of(disk_store) == before


# ---------------------------------------------------------------- store choice

def test_store_option_and_env_choose_the_store(tmp_path, articles, disk_store_of):
    article_a, article_b = articles
    store_a = disk_store_of(tmp_path / "A", article_a("only-a"))
    store_b = disk_store_of(tmp_path / "B", article_b("only-b"))
    assert sparql_json(store_a, DOCS) == [{"doc": "only-a"}]
    assert sparql_json(None, DOCS, env={"KG_STORE": store_b}) == [{"doc": "only-b"}]
    assert sparql_json(store_a, DOCS, env={"KG_STORE": store_b}) == [{"doc": "only-a"}]  # the option wins


def test_memory_store_is_empty_and_throw_away():
    assert sparql_json("memory:", DOCS) == []


# ---------------------------------------------------------------- export, stats

def _distinct_triples(path, include_ontology=True):
    store = ox.Store.read_only(path)
    triples = {(q.subject, q.predicate, q.object) for q in store
               if include_ontology or q.graph_name.value.rsplit("/", 1)[-1] != "ontology"}
    del store
    return len(triples)


def test_export_turtle_has_every_distinct_triple(disk_store):
    result = kg_cli("export", "-f", "turtle", "--store", disk_store)
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) == _distinct_triples(disk_store)
    assert (rdflib.URIRef("https://w3id.org/kg-news/id/entity/netflix"), rdflib.RDFS.label,
            rdflib.Literal("Netflix")) in graph


def test_export_without_ontology(disk_store):
    result = kg_cli("export", "-f", "ntriples", "--no-ontology", "--store", disk_store)
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="nt")
    assert len(graph) == _distinct_triples(disk_store, include_ontology=False)


def test_export_jsonld_is_json(disk_store):
    result = kg_cli("export", "-f", "jsonld", "--no-ontology", "--store", disk_store)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "@context" in data and data["@context"]["kg"] == "https://w3id.org/kg-news/ontology#"
    ds = rdflib.Dataset().parse(data=result.stdout, format="json-ld")
    store = ox.Store.read_only(disk_store)
    in_documents = sum(1 for q in store if not q.graph_name.value.endswith("/ontology"))
    del store
    assert len(list(ds.quads())) == in_documents  # one named graph per document, as in the store


def test_export_to_a_file(tmp_path, disk_store):
    out = tmp_path / "graph.trig"
    result = kg_cli("export", "-f", "trig", "-o", out, "--store", disk_store)
    assert result.exit_code == 0, result.output
    ds = rdflib.Dataset().parse(out, format="trig")
    assert len(ds) > 0
    assert not (tmp_path / "graph.trig.part").exists()


def test_stats_counts(disk_store):
    result = kg_cli("stats", "--store", disk_store)
    assert result.exit_code == 0, result.output
    stats = {k: int(v) for k, v in (line.split() for line in result.stdout.splitlines())}
    store = ox.Store.read_only(disk_store)
    total = len(store)
    del store
    assert stats["documents"] == 2
    assert stats["entities"] == 3  # Netflix (shared), SAG-AFTRA, Deep Fake Love
    assert stats["events"] == 4
    assert stats["triples"] + stats["shared"] + stats["ontology"] == total  # triples: in the documents' graphs


def test_validate_exits_0_on_a_conforming_store(disk_store):
    result = kg_cli("validate", "--store", disk_store)
    assert result.exit_code == 0, result.output
    assert re.search(r"Conforms: True", result.stdout)


def test_ask_answers_every_saved_question(disk_store):
    result = kg_cli("ask", "--store", disk_store)
    assert result.exit_code == 0, result.output
    asked = re.findall(r"^## .*\((\S+)[ )]", result.stdout, re.M)
    assert sorted(asked) == sorted(p.stem for p in queries_dir().glob("*.rq"))
    assert "(timeline --param doc=a)" in result.stdout  # a parameter gets a value from the store


# ---------------------------------------------------------------- remove

def test_remove_drops_one_document_and_keeps_the_rest(disk_store, quads_of):
    before = sparql_json(disk_store, DOCS)
    assert [r["doc"] for r in before] == ["a", "b"]
    result = kg_cli("remove", "a", "--store", disk_store)
    assert result.exit_code == 0 and "removed a" in result.stdout
    assert [r["doc"] for r in sparql_json(disk_store, DOCS)] == ["b"]
    left = quads_of(disk_store)
    assert not any("/graph/a>" in q for q in left) and any("/graph/b>" in q for q in left)


def test_remove_an_unknown_id_removes_nothing(disk_store, quads_of):
    before = quads_of(disk_store)
    msg = failed_cleanly(kg_cli("remove", "b", "nosuch", "--store", disk_store), 2)
    assert "nosuch" in msg and "a, b" in msg
    assert quads_of(disk_store) == before


def test_a_folder_of_other_files_is_not_taken_for_a_store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Texte.", encoding="utf-8")
    msg = failed_cleanly(kg_cli("stats", "--store", folder), 5)
    assert str(folder) in msg and "not an Oxigraph store" in msg
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
