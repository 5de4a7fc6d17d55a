"""A corpus of many articles for the benchmarks, made from the seed.

Each article is the seed with its paragraphs (after the headline) in another
order, under its own id. Parsing a thousand of them would take most of the
benchmark's time for nothing: a few variants are extracted once and their
extractions reused under other ids (the graph of a document depends only on
its id and its extraction).
"""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pyoxigraph as ox

from kg.documents import parse_document
from kg.extract.model import Extraction
from kg.rdf import graph_iri, to_quads
from kg.store import load_ontology, replace_graph

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))


def variant_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` texts: the seed's headline, then its paragraphs shuffled."""
    text = SEED.read_bytes().decode("utf-8")
    head, _, rest = text.partition("\n")
    paragraphs = [p for p in rest.split("\n") if p.strip()]
    rng = random.Random(seed)
    out = [text]
    while len(out) < n:
        rng.shuffle(paragraphs)
        out.append(head + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return out[:n]


def write_files(folder: Path, n: int, variants: int = 10) -> list[Path]:
    """``n`` article files in ``folder`` (``art0000.txt`` ...), cycling through the variants."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = variant_texts(variants)
    paths = []
    for i in range(n):
        path = folder / f"art{i:04d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


def extractions(variants: int = 5) -> list[Extraction]:
    """The extraction of each variant (loads the model and parses them once)."""
    from kg.extract.pipeline import extract
    from kg.nlp import load

    nlp = load()
    return [extract(parse_document(t, f"v{i}"), nlp) for i, t in enumerate(variant_texts(variants))]


def renamed(x: Extraction, doc_id: str) -> Extraction:
    y = copy.copy(x)
    y.doc_id = doc_id
    return y


def fill(store: ox.Store, base: list[Extraction], n: int) -> ox.Store:
    """``store`` with the ontology and ``n`` articles, written as kg writes them."""
    load_ontology(store)
    for i in range(n):
        doc_id = f"art{i:04d}"
        replace_graph(store, graph_iri(doc_id), to_quads(renamed(base[i % len(base)], doc_id)))
    return store
