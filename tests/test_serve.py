"""`kg serve`: Oxigraph's read-only server over the store, queried over HTTP
with the SPARQL 1.1 Protocol (hand-made stores, no model)."""

from __future__ import annotations

import gc
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.endpoint import free_port, with_prefixes
from kg.errors import StoreError
from kg.queries import find_query
from kg.store import open_store

JSON_RESULTS = "application/sparql-results+json"


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def sparql(port: int, text: str) -> list[dict]:
    """Rows of a SELECT over HTTP, each cell as its plain string value."""
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=body, headers={
        "Accept": JSON_RESULTS, "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Type"].startswith(JSON_RESULTS)
        results = json.load(response)
    columns = results["head"]["vars"]
    return [{c: b[c]["value"] if c in b else None for c in columns} for b in results["results"]["bindings"]]


def same_rows(rows: list[dict]) -> list[str]:
    """Rows as comparable text: values as strings, a " | "-joined cell as its
    sorted parts (GROUP_CONCAT promises no order), rows in any order (ties)."""
    def cell(v):
        if isinstance(v, (list, tuple)):
            return sorted(map(str, v))
        return None if v is None else sorted(str(v).split(" | ")) if isinstance(v, str) else [str(v)]
    return sorted(json.dumps({k: cell(v) for k, v in row.items()}, sort_keys=True) for row in rows)


@pytest.fixture
def served(disk_store):
    """`kg serve` running in its own process on a free port; stopped (TERM) at the end."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--store", disk_store],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not answers(port):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "kg serve did not answer within 60 s"
        time.sleep(0.1)
    try:
        yield port, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def gone(port: int) -> bool:
    deadline = time.monotonic() + 15
    while answers(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not answers(port)


def test_a_saved_query_over_http_gives_the_rows_kg_query_gives(served, disk_store):
    port, _ = served
    for name in ("entities", "events"):
        expected = kg.query(name, store=disk_store)
        assert expected
        rows = sparql(port, with_prefixes(find_query(name).text))
        assert same_rows(rows) == same_rows(expected), name


def test_the_endpoint_is_read_only_and_shows_a_query_page(served, disk_store):
    port, _ = served
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
        page = response.read().decode("utf-8")
    assert "yasgui" in page.lower() and "/query" in page
    update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=urllib.parse.urlencode(
        {"update": "CLEAR ALL"}).encode("utf-8"), headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=30)
    assert refused.value.code in (403, 404, 405)
    assert sparql(port, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] != "0"


def test_while_it_serves_no_one_writes_the_store_and_stopping_it_frees_both(served, disk_store):
    port, process = served
    with pytest.raises(StoreError, match="in use"):
        open_store(disk_store)  # what `kg build` would do
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert gone(port)  # the Oxigraph server went with it
    writer = open_store(disk_store)
    assert len(writer) > 0
    del writer
    gc.collect()


def test_kg_serve_says_what_to_do_when_another_process_writes_the_store(disk_store):
    holder = ox.Store(disk_store)  # what a running `kg build` holds
    try:
        done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--port", str(free_port()), "--store", disk_store],
                              capture_output=True, text=True, timeout=120)
    finally:
        del holder
        gc.collect()
    assert done.returncode == 5, done.stderr
    assert "in use" in done.stderr and "then run `kg serve` again" in done.stderr


def test_kg_serve_sees_a_store_this_very_process_holds(disk_store, monkeypatch):
    monkeypatch.setattr("kg.endpoint.Endpoint.wait", lambda self: self.stop() or 0)  # never serve for ever here
    holder = ox.Store(disk_store)  # a notebook's kernel holding it (fcntl locks do not see their own process)
    try:
        result = CliRunner().invoke(main, ["serve", "--port", str(free_port()), "--store", disk_store])
    finally:
        del holder
        gc.collect()
    assert result.exit_code == 5 and "in use" in result.stderr, result.output


def test_kg_serve_refuses_what_it_cannot_serve(tmp_path):
    memory = CliRunner().invoke(main, ["serve", "--store", "memory:"])
    assert memory.exit_code == 5 and "on-disk store" in memory.stderr
    missing = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code == 5 and "kg build" in missing.stderr
    assert not (tmp_path / "nothing").exists()


def test_kg_serve_says_when_the_port_is_taken(disk_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = CliRunner().invoke(main, ["serve", "--port", str(busy.getsockname()[1]), "--store", disk_store])
    assert result.exit_code == 1 and "--port" in result.stderr
    writer = open_store(disk_store)  # the lock was let go
    del writer
    gc.collect()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_the_library_endpoint_stops_as_a_context_manager(disk_store):
    port = free_port()
    with kg.serve(disk_store, port=port) as endpoint:
        assert endpoint.url == f"http://127.0.0.1:{port}/"
        assert sparql(port, with_prefixes("SELECT ?d WHERE { ?d a kg:Document } ORDER BY ?d")) == [
            {"d": "https://w3id.org/kg-news/id/doc/a"}, {"d": "https://w3id.org/kg-news/id/doc/b"}]
    assert endpoint.process.poll() is not None and not answers(port)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_the_server_goes_even_when_kg_serve_is_killed_outright(served):
    port, process = served
    process.kill()  # SIGKILL: kg serve has no chance to stop its server
    process.wait(timeout=30)
    assert gone(port)
