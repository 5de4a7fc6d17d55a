"""The interactive HTML view (`kg draw -o graph.html`): one offline file, drawn
by headless Chromium (Debian's `chromium`, installed by `make test` when it
can be; the browser tests skip, saying why, where it cannot)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph import to_networkx
from kg.view import page, view_data

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def browser() -> str:
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if not found:
        pytest.skip("no headless Chromium here: `make test` installs Debian's chromium when run as root with "
                    "apt-get; elsewhere install it (apt-get install chromium) to run the browser tests")
    return found


def dump_dom(html_file: Path, tmp_path: Path) -> str:
    """The page's DOM after its scripts ran, as headless Chromium prints it."""
    return dump_dom_url(html_file.resolve().as_uri(), tmp_path)


def dump_dom_url(url: str, tmp_path: Path) -> str:
    cmd = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--dump-dom", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def drawn(dom: str) -> tuple[int, int]:
    nodes = re.search(r'id="drawn-nodes">(\d+)<', dom)
    edges = re.search(r'id="drawn-edges">(\d+)<', dom)
    assert nodes and edges, dom[:2000]
    return int(nodes.group(1)), int(edges.group(1))


def test_the_page_needs_nothing_from_the_network(hand_store):
    text = page(to_networkx(hand_store))
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", text)
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S).group(1))
    graph = to_networkx(hand_store)
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()


def test_the_page_carries_classes_and_the_evidence_of_every_edge(hand_store):
    data = view_data(to_networkx(hand_store))
    assert {c["name"] for c in data["classes"]} == {"Event", "Organization", "CreativeWork", "Participant"}
    assert all(e["role"] and e["doc"] and e["sentence"] for e in data["edges"])
    offer = next(n for n in data["nodes"] if n["type"] == "JobOffer")
    assert offer["sentence"] == "Netflix propose un poste à 900 000 $ par an." and offer["doc"] == "a"
    ranks = [n["deg"] for n in data["nodes"]]
    assert ranks == sorted(ranks, reverse=True)  # the most connected come first: they are named first


def test_chromium_draws_every_node_and_edge_of_the_graph(tmp_path, disk_store):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["draw", "-o", str(out), "--store", disk_store])
    assert result.exit_code == 0, result.output
    graph = to_networkx(disk_store)
    assert drawn(dump_dom(out, tmp_path)) == (graph.number_of_nodes(), graph.number_of_edges()) == (10, 9)


def test_chromium_draws_a_neighbourhood(tmp_path, disk_store):
    out = tmp_path / "netflix.html"
    result = CliRunner().invoke(main, ["draw", "-o", str(out), "--entity", "netflix", "--depth", "1",
                                       "--store", disk_store])
    assert result.exit_code == 0, result.output
    assert "(3 nodes, 2 edges)" in result.stdout
    assert drawn(dump_dom(out, tmp_path)) == (3, 2)


def test_a_label_cannot_break_out_of_the_page(tmp_path):
    graph = nx.MultiDiGraph()
    evil = "</script><script>document.title='broken'</script>"
    graph.add_node("e", label=evil, kind="event", type="Strike", document="d", sentence=evil)
    graph.add_node("x", label="<img src=x onerror=alert(1)>", kind="entity", type="Person")
    graph.add_edge("e", "x", key="agent", role="agent", document="d", sentence=evil)
    out = tmp_path / "evil.html"
    out.write_text(page(graph, title="<b>t</b>"), encoding="utf-8")
    dom = dump_dom(out, tmp_path)
    assert drawn(dom) == (2, 1)
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in dom and "broken" not in dom.split("<body")[0]


def test_chromium_draws_a_graph_of_hundreds_of_nodes(tmp_path, disk_store_of, articles):
    article_a, article_b = articles
    store = disk_store_of(tmp_path / "big", *[article_a(f"a{i}") for i in range(120)], article_b())
    graph = to_networkx(store)
    assert graph.number_of_nodes() > 500
    out = tmp_path / "big.html"
    result = CliRunner().invoke(main, ["draw", "-o", str(out), "--store", store])
    assert result.exit_code == 0, result.output
    assert drawn(dump_dom(out, tmp_path)) == (graph.number_of_nodes(), graph.number_of_edges())


def test_a_link_opens_the_page_on_a_search_or_on_a_node_with_its_evidence(tmp_path, disk_store):
    from urllib.parse import quote

    out = tmp_path / "graph.html"
    assert CliRunner().invoke(main, ["draw", "-o", str(out), "--store", disk_store]).exit_code == 0
    found = dump_dom_url(out.resolve().as_uri() + "#search=" + quote("netf"), tmp_path)
    assert re.search(r'id="found">1 found<', found)
    assert drawn(found) == (10, 9)  # a search dims the others, it hides nothing
    offer = next(n for n, d in to_networkx(disk_store).nodes(data=True) if d.get("type") == "JobOffer")
    tip = dump_dom_url(out.resolve().as_uri() + "#node=" + quote(offer, safe=""), tmp_path)
    shown = re.search(r'<div id="tip"[^>]*>(.*?)</div>\s*<footer', tip, re.S)
    assert shown and "hidden" not in re.search(r'<div id="tip"[^>]*>', tip).group(0)
    assert "Netflix propose un poste à 900 000 $ par an." in shown.group(1) and "JobOffer" in shown.group(1)
