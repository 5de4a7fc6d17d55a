"""Shared fixtures.

Fast fixtures build extractions, stores and spaCy ``Doc``s by hand. The slow
ones (session-scoped, for tests marked ``slow``) load the French model once
and build ``seeds/`` once into a temporary store.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox
import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.model import Amount, Entity, Event, Extraction, Filler, Mention, Span
from kg.rdf import graph_iri, to_quads
from kg.store import load_ontology, replace_graph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_26ccd676af571225"
SEED_FILE = SEEDS / f"{SEED_ID}.txt"


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch):
    """No test reads the developer's store or model choice from the environment."""
    monkeypatch.delenv("KG_STORE", raising=False)
    monkeypatch.delenv("KG_SPACY_MODEL", raising=False)


# ---------------------------------------------------------------- hand-made Docs

_FR_VOCAB = None


def fr_vocab():
    global _FR_VOCAB
    if _FR_VOCAB is None:
        _FR_VOCAB = spacy.blank("fr").vocab
    return _FR_VOCAB


def make_doc(rows, offset: int = 0) -> Doc:
    """A parsed French ``Doc`` from rows ``(word, head, dep, pos, lemma[, morph])``.

    ``head`` is the absolute index of the head token (a root is its own head).
    A word is followed by a space unless it ends with an apostrophe or the
    next word is closing punctuation.
    """
    words = [r[0] for r in rows]
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and not w.endswith("'") and nxt not in (".", ",", ")"))
    doc = Doc(
        fr_vocab(), words=words, spaces=spaces,
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows], morphs=[r[5] if len(r) > 5 else "" for r in rows],
    )
    doc.user_data["offset"] = offset
    return doc


@pytest.fixture
def hand_doc():
    return make_doc


# ---------------------------------------------------------------- hand-made extractions

def span_of(text: str, word: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``word`` in ``text`` as a Span."""
    begin = -1
    for _ in range(nth + 1):
        begin = text.index(word, begin + 1)
    return Span(begin, begin + len(word), word)


def sentence_spans(text: str, body_start: int) -> list[Span]:
    """Sentences of a hand-written body: each ends with '. '."""
    spans, begin = [], body_start
    while begin < len(text):
        end = text.find(". ", begin)
        end = len(text) if end == -1 else end + 1
        spans.append(Span(begin, end, text[begin:end]))
        begin = end + 1
    return spans


NETFLIX = ("entity/netflix", "Netflix", "Organization")
SAG = ("entity/sag-aftra", "SAG-AFTRA", "Organization")
DFL = ("entity/deep-fake-love", "Deep Fake Love", "CreativeWork")


def article_a(doc_id: str = "a") -> Extraction:
    """Netflix offers a job for a range; the actors (and SAG-AFTRA) reject a proposal."""
    text = ("date 2023-07 Netflix propose un poste à 900 000 $ par an. "
            "Les acteurs de la SAG-AFTRA rejettent la proposition.")
    sentences = sentence_spans(text, len("date 2023-07 "))
    entities = {
        NETFLIX[0]: Entity(*NETFLIX),
        SAG[0]: Entity(*SAG, aliases={"Screen Actors Guild"}),
    }
    mentions = [Mention(NETFLIX[0], span_of(text, "Netflix"), 0), Mention(SAG[0], span_of(text, "SAG-AFTRA"), 1)]
    offer = Event("JobOffer", [span_of(text, "propose")], [0], status="Proposed")
    offer.add("agent", Filler("Netflix", entity=NETFLIX[0]))
    offer.add("theme", Filler("poste", span=span_of(text, "poste"), head="poste"))
    amount_span = span_of(text, "900 000 $")
    offer.amount = Amount("USD", amount_span, min=300000.0, max=900000.0, per="year")
    offer.sources.append(Filler("SAG-AFTRA", entity=SAG[0]))
    proposal = Event("Proposal", [span_of(text, "proposition")], [1], status="Rejected")
    proposal.add("theme", Filler("proposition", span=span_of(text, "proposition"), head="proposition"))
    rejection = Event("Rejection", [span_of(text, "rejettent")], [1])
    rejection.add("agent", Filler("acteurs", span=span_of(text, "acteurs"), head="acteur"))
    rejection.add("agent", Filler("SAG-AFTRA", entity=SAG[0]))
    rejection.add("theme", Filler("proposition", event=proposal))
    return Extraction(doc_id, text, "2023-07", sentences, entities, mentions, [offer, proposal, rejection])


def article_b(doc_id: str = "b", netflix_label: str = "Netflix") -> Extraction:
    """Netflix broadcasts Deep Fake Love: shares the Netflix entity with article_a."""
    text = "Netflix diffuse Deep Fake Love. Les candidats y sont scannés."
    sentences = sentence_spans(text, 0)
    entities = {NETFLIX[0]: Entity(NETFLIX[0], netflix_label, NETFLIX[2]), DFL[0]: Entity(*DFL)}
    mentions = [Mention(NETFLIX[0], span_of(text, "Netflix"), 0), Mention(DFL[0], span_of(text, "Deep Fake Love"), 0)]
    broadcast = Event("Broadcast", [span_of(text, "diffuse")], [0])
    broadcast.add("agent", Filler("Netflix", entity=NETFLIX[0]))
    broadcast.add("theme", Filler("Deep Fake Love", entity=DFL[0]))
    return Extraction(doc_id, text, None, sentences, entities, mentions, [broadcast])


def write(store: ox.Store, x: Extraction) -> None:
    replace_graph(store, graph_iri(x.doc_id), to_quads(x))


@pytest.fixture
def articles():
    """Factories of the hand-made extractions: (article_a, article_b)."""
    return article_a, article_b


@pytest.fixture
def hand_store() -> ox.Store:
    """An in-memory store with the ontology and the two hand-made documents."""
    store = ox.Store()
    load_ontology(store)
    write(store, article_a())
    write(store, article_b())
    return store


def make_disk_store(path: Path, *extractions: Extraction) -> str:
    """An on-disk store holding ``extractions``, closed again (so that the CLI can open it)."""
    store = ox.Store(str(path))
    load_ontology(store)
    for x in extractions:
        write(store, x)
    store.flush()
    del store
    gc.collect()
    return str(path)


@pytest.fixture
def disk_store(tmp_path) -> str:
    """Path of an on-disk store holding the two hand-made documents."""
    return make_disk_store(tmp_path / "store", article_a(), article_b())


@pytest.fixture
def disk_store_of():
    """Factory: ``disk_store_of(path, *extractions)`` -> path of a closed on-disk store."""
    return make_disk_store


def store_quads(path: str) -> set[str]:
    """Every quad of an on-disk store, as text."""
    store = ox.Store.read_only(path)
    quads = {str(q) for q in store}
    del store
    return quads


@pytest.fixture
def quads_of():
    """``quads_of(path)``: every quad of an on-disk store, as text."""
    return store_quads


# ---------------------------------------------------------------- slow: the model and the seed

@pytest.fixture(scope="session")
def nlp():
    """The French pipeline, loaded once (kg.nlp.load caches it for `kg build` too)."""
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_FILE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_store(nlp, tmp_path_factory) -> str:
    """Path of a store built once from seeds/."""
    import kg

    path = tmp_path_factory.mktemp("seed") / "store"
    report = kg.build([SEEDS], store=str(path))
    assert [d for d, _, _ in report.documents] == [SEED_ID]
    del report
    gc.collect()
    return str(path)


@pytest.fixture(scope="session")
def seed_events(seed_store) -> list[dict]:
    import kg

    return kg.query("events", store=seed_store)
