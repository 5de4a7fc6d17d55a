"""A store on a real Oxigraph server (`oxigraph serve` on a free loopback port):
the same commands give the same answers as on the embedded store."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.api import example_params
from kg.cli import main
from kg.queries import saved_queries
from kg.rdf import graph_iri, to_quads
from kg.remote import RemoteStore, endpoints
from kg.extract.model import Entity, Extraction, Mention, Office, Span
from kg.store import document_graphs, graph_quads, load_ontology, open_store, replace_graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_26ccd676af571225"


def write(store, x) -> None:
    replace_graph(store, graph_iri(x.doc_id), to_quads(x))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the `oxigraph` server is not installed: `pip install -e '.[test]'` installs it")
    return found


def start_server(location: Path, read_only: bool = False) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = "serve-read-only" if read_only else "serve"
    if read_only and not location.exists():
        store = ox.Store(str(location))  # serve-read-only needs a store to be there
        store.flush()
        del store
    proc = subprocess.Popen([oxigraph_binary(), command, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if proc.poll() is not None:
            pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("oxigraph serve did not answer within 30 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """URL of a running Oxigraph server, stopped when the module's tests are done."""
    proc, url = start_server(tmp_path_factory.mktemp("oxigraph") / "db")
    yield url
    stop_server(proc)


@pytest.fixture
def remote(server, articles) -> str:
    """The server emptied, then given the ontology and the two hand-made documents."""
    article_a, article_b = articles
    store = open_store(server)
    store.clear()
    load_ontology(store)
    write(store, article_a())
    write(store, article_b())
    return server


@pytest.fixture
def embedded(articles) -> ox.Store:
    article_a, article_b = articles
    store = ox.Store()
    load_ontology(store)
    write(store, article_a())
    write(store, article_b())
    return store


def kg_cli(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def failed_cleanly(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.stderr


def canonical(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


# ---------------------------------------------------------------- endpoints

def test_endpoints_from_the_store_url():
    assert endpoints("http://h:7878/") == ("http://h:7878/query", "http://h:7878/update")
    assert endpoints("https://h/ds/query") == ("https://h/ds/query", "https://h/ds/update")
    assert endpoints("http://h:7200/repositories/news") == ("http://h:7200/repositories/news",) * 2


def test_credentials_in_the_url_become_basic_auth():
    store = RemoteStore("http://ann:s%40cret@h:7878/")
    assert store.url == "http://h:7878/"
    assert store._auth == "Basic YW5uOnNAY3JldA=="  # ann:s@cret


# ---------------------------------------------------------------- reading

def test_documents_written_to_the_server_come_back_whole(remote, articles):
    article_a, article_b = articles
    store = open_store(remote)
    assert {g.value for g in document_graphs(store)} == {graph_iri("a").value, graph_iri("b").value}
    for x in (article_a(), article_b()):
        assert set(graph_quads(store, graph_iri(x.doc_id))) == set(to_quads(x))


def article_with_an_office() -> Extraction:
    """A person named with her title, so that the 'people' query has a row to compare."""
    text = "La directrice de Netflix, Léa Varnas, a parlé."

    def span_of(word: str) -> Span:
        return Span(text.index(word), text.index(word) + len(word), word)
    lea = Entity("entity/lea-varnas", "Léa Varnas", "Person")
    netflix = Entity("entity/netflix", "Netflix", "Organization")
    mentions = [Mention(lea.key, span_of("Léa Varnas"), 0), Mention(netflix.key, span_of("Netflix"), 0)]
    office = Office(lea.key, "directrice de Netflix", netflix.key, span_of("directrice de Netflix"), 0)
    return Extraction("c", text, None, [Span(0, len(text), text)], {lea.key: lea, netflix.key: netflix}, mentions,
                      [], [office])


def test_every_saved_query_answers_as_on_the_embedded_store(remote, embedded):
    server = open_store(remote)
    for store in (server, embedded):
        write(store, article_with_an_office())
    for name, q in saved_queries().items():
        params = example_params(embedded, q)
        if params is None:
            continue
        assert example_params(server, q) == params, name
        here = kg.query(name, params, store=embedded)
        there = kg.query(name, params, store=remote)
        assert canonical(there) == canonical(here), name
        assert there, f"{name} gives no row: the comparison proves nothing"


def test_any_sparql_server_gets_the_union_as_listed_default_graphs(remote, embedded):
    """The standard protocol (every graph a default-graph-uri), as kg uses it on Fuseki or GraphDB."""
    plain = open_store(remote)
    plain.union = "graphs"
    assert plain._union_params() != [("union-default-graph", "")]
    for name in ("entities", "events", "job-offers"):
        assert canonical(kg.query(name, store=plain)) == canonical(kg.query(name, store=embedded)), name
    assert kg.stats(plain) == kg.stats(embedded)


def test_a_parameter_is_bound_as_a_term_not_pasted(remote):
    rows = kg.query("entity", {"name": 'Netflix" } . ?x ?y ?z { "'}, store=remote)
    assert rows == []
    rows = kg.query("entity", {"name": "netflix"}, store=remote)
    assert {r["entity"] for r in rows} == {"https://w3id.org/kg-news/id/entity/netflix"}
    assert {r["doc"] for r in rows} == {"a", "b"}


def test_cli_query_stats_and_export_against_the_server(remote, embedded, disk_store):
    result = kg_cli("query", "entities", "--store", remote, "-f", "json")
    assert result.exit_code == 0, result.output
    on_disk = kg_cli("query", "entities", "--store", disk_store, "-f", "json")  # the same two documents
    assert canonical(json.loads(result.stdout)) == canonical(json.loads(on_disk.stdout))
    assert canonical(kg.query("entities", store=remote)) == canonical(kg.query("entities", store=embedded))

    result = kg_cli("stats", env={"KG_STORE": remote})  # the environment variable names the server too
    assert result.exit_code == 0, result.output
    assert "documents  2" in result.stdout
    assert kg.stats(remote) == kg.stats(embedded)

    result = kg_cli("export", "-f", "nquads", "--no-ontology", "--store", remote)
    assert result.exit_code == 0, result.output
    exported = set(ox.parse(result.stdout.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    local = set(ox.parse(kg.export("nquads", store=embedded, include_ontology=False), format=ox.RdfFormat.N_QUADS))
    assert exported == local
    # the ontology graph has blank nodes (named anew by each store): same count
    assert len(kg.export("nquads", store=remote).splitlines()) == len(kg.export("nquads", store=embedded).splitlines())


def test_construct_and_ask_come_back_as_from_the_embedded_store(remote, embedded):
    result = kg_cli("query", "--store", remote, "-f", "json", "--sparql",
                    "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a schema:Organization ; rdfs:label ?l ; "
                    "^itsrdf:taIdentRef ?m }")
    assert result.exit_code == 0, result.output
    assert {r["object"] for r in json.loads(result.stdout)} == {"Netflix", "SAG-AFTRA"}
    for ask, answer in (("ASK { ?e a schema:CreativeWork ; rdfs:label ?l }", True),
                        ("ASK { ?e a schema:Person }", False)):
        result = kg_cli("query", "--store", remote, "-f", "json", "--sparql", ask)
        assert json.loads(result.stdout) == [{"result": answer}], ask
        assert kg.query(sparql=ask, store=embedded) == [{"result": answer}], ask


def test_sparql_the_server_cannot_parse_is_a_query_error(remote):
    stderr = failed_cleanly(kg_cli("query", "--store", remote, "--sparql", "SELEC ?x WHERE {}"), 4)
    assert "does not parse" in stderr


# ---------------------------------------------------------------- writing

def test_rebuilding_a_document_keeps_the_quad_count(remote, articles):
    article_a, article_b = articles
    store = open_store(remote)
    before = len(store)
    write(store, article_a())
    assert len(store) == before
    smaller = article_a()
    smaller.events = smaller.events[:1]
    write(store, smaller)
    assert set(graph_quads(store, graph_iri("a"))) == set(to_quads(smaller))
    assert set(graph_quads(store, graph_iri("b"))) == set(to_quads(article_b()))
    assert len(store) < before


def test_remove_one_document_from_the_server(remote):
    b_quads = set(graph_quads(open_store(remote), graph_iri("b")))
    result = kg_cli("remove", "a", "--store", remote)
    assert result.exit_code == 0, result.output
    assert "removed a" in result.stdout
    store = open_store(remote)
    assert [g.value for g in document_graphs(store)] == [graph_iri("b").value]
    assert set(graph_quads(store, graph_iri("b"))) == b_quads
    stderr = failed_cleanly(kg_cli("remove", "b", "nope", "--store", remote), 2)
    assert "nope" in stderr
    assert set(graph_quads(open_store(remote), graph_iri("b"))) == b_quads  # refused before anything was dropped


# ---------------------------------------------------------------- faults

def test_an_unreachable_server_is_exit_5_naming_the_url():
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["stats"], ["query", "entities"], ["remove", "a"], ["export"]):
        stderr = failed_cleanly(kg_cli(*args, "--store", url), 5)
        assert url in stderr and "oxigraph serve" in stderr, args


def test_build_stops_before_parsing_when_the_server_is_unreachable(monkeypatch):
    import kg.nlp

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded although the store cannot be reached")

    monkeypatch.setattr(kg.nlp, "load", no_model)
    url = f"http://127.0.0.1:{free_port()}/"
    stderr = failed_cleanly(kg_cli("build", str(SEEDS), "--store", url), 5)
    assert url in stderr


def test_a_read_only_server_refuses_writes_up_front(tmp_path):
    proc, url = start_server(tmp_path / "ro", read_only=True)
    try:
        assert kg.stats(url)["documents"] == 0  # reading works
        stderr = failed_cleanly(kg_cli("remove", "a", "--store", url), 2)  # nothing to remove: refused first
        assert "No document a" in stderr
        with pytest.raises(kg.errors.StoreError, match="refused|does not take|no SPARQL endpoint"):
            open_store(url)  # opening for writing
    finally:
        stop_server(proc)


def test_a_url_that_is_not_a_sparql_endpoint(remote):
    stderr = failed_cleanly(kg_cli("stats", "--store", remote + "/nothing/here"), 5)
    assert "/nothing/here" in stderr


# ---------------------------------------------------------------- the model, end to end

@pytest.mark.slow
def test_build_the_seed_into_the_server_as_into_a_folder(server, tmp_path, nlp):
    folder = str(tmp_path / "store")
    result = kg_cli("build", str(SEEDS), "--store", folder)
    assert result.exit_code == 0, result.output
    open_store(server).clear()
    result = kg_cli("build", str(SEEDS), "--store", server)
    assert result.exit_code == 0, result.output
    assert f"{SEED_ID}:" in result.stdout
    store = open_store(server)
    local = ox.Store.read_only(folder)
    graph = graph_iri(SEED_ID)
    assert set(graph_quads(store, graph)) == set(graph_quads(local, graph))
    assert len(store) == len(local)
    before = len(store)
    result = kg_cli("build", str(SEEDS), "--store", server, "--force")  # parsed and written again
    assert result.exit_code == 0, result.output
    assert f"{SEED_ID}:" in result.stdout
    assert len(store) == before
    assert canonical(kg.query("events", store=server)) == canonical(kg.query("events", store=local))
    assert kg.query("events", store=server)
