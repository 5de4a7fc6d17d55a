"""Scoring kg against gold annotations a user wrote for their own articles.

A gold folder holds one JSON file per document, named after it
(``article.json`` for ``article.txt``); the format is in the README
("Measuring kg on your own articles"). This module reads and checks the gold
and matches it against the rows of the saved queries ``events`` and
``entities``; it neither builds nor opens a store (``kg.api.evaluate`` does
that, in memory), so the matching can be tested on rows written by hand.

Matching is tolerant on wording and strict on meaning: a role matches when
one of the row's labels contains one of the gold aliases as whole words (no
case, accents, punctuation or articles); amounts agree within 1%; each gold
event takes at most one row, and another row that fits it is a duplicate.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import InputError

ROLES = ("agent", "theme", "recipient", "place", "source")
AMOUNTS = ("amount", "amount_min", "amount_max")
CODES = ("currency", "per")
PERIODS = ("hour", "day", "week", "month", "year")
NOTES = ("why", "construction", "note", "notes")  # free annotation, never scored
EVENT_FIELDS = ("type", *ROLES, *AMOUNTS, *CODES, "optional", *NOTES)
ENTITY_TYPES = ("Organization", "Person", "Place", "CreativeWork", "Thing")  # as the `entities` query types them
# Words a name may carry or drop without naming something else: "la SNCF" is "SNCF".
ARTICLES = frozenset("le la les l de du des d un une the a an of".split())
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
TOLERANCE = 0.01


# ---------------------------------------------------------------- the gold

@dataclass
class Gold:
    """One document's annotations, checked."""

    name: str
    path: Path
    entities: list[dict]
    events: list[dict]


def _bad(path: Path, problem: str) -> InputError:
    return InputError(f"{path}: {problem} The gold format is in README.md, 'Measuring kg on your own articles'.")


def _aliases(path: Path, where: str, value: Any, allow_empty: bool = False) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
        raise _bad(path, f"{where} must be a list of names, e.g. [\"SAG-AFTRA\", \"le syndicat\"].")
    if not value and not allow_empty:
        raise _bad(path, f"{where} is an empty list: give at least one name, or leave the field out.")
    return value


def _check_event(path: Path, i: int, event: Any) -> dict:
    where = f"event {i + 1}"
    if not isinstance(event, dict):
        raise _bad(path, f"{where} must be an object such as {{\"type\": \"Strike\", \"agent\": [\"CGT\"]}}.")
    unknown = [k for k in event if k not in EVENT_FIELDS]
    if unknown:
        raise _bad(path, f"{where} has the unknown field {unknown[0]!r}; an event's fields are "
                         f"{', '.join(EVENT_FIELDS)}.")
    if not isinstance(event.get("type"), str) or not event["type"].strip():
        raise _bad(path, f"{where} lacks its \"type\", an event class such as \"Strike\" or \"JobOffer\".")
    for role in ROLES:
        if role in event:
            _aliases(path, f"{where} ({event['type']}): \"{role}\"", event[role])
    for key in AMOUNTS:
        if key in event and (isinstance(event[key], bool) or not isinstance(event[key], (int, float))):
            raise _bad(path, f"{where} ({event['type']}): \"{key}\" must be a number such as 300000, not "
                             f"{json.dumps(event[key], ensure_ascii=False)}.")
    if "currency" in event and not (isinstance(event["currency"], str) and event["currency"].strip()):
        raise _bad(path, f"{where} ({event['type']}): \"currency\" must be an ISO 4217 code such as \"EUR\".")
    if "per" in event and event["per"] not in PERIODS:
        raise _bad(path, f"{where} ({event['type']}): \"per\" must be one of {', '.join(PERIODS)}.")
    if "optional" in event and not isinstance(event["optional"], bool):
        raise _bad(path, f"{where} ({event['type']}): \"optional\" must be true or false.")
    return event


def _check_entity(path: Path, i: int, entity: Any) -> dict:
    where = f"entity {i + 1}"
    if not isinstance(entity, dict):
        raise _bad(path, f"{where} must be an object with \"label\", \"type\" and \"aliases\".")
    for key in ("label", "type"):
        if not isinstance(entity.get(key), str) or not entity[key].strip():
            raise _bad(path, f"{where} lacks its \"{key}\" (a non-empty string).")
    if "aliases" not in entity:
        raise _bad(path, f"{where} ({entity['label']}) lacks \"aliases\", the names the article uses for it "
                         f"(write [] if only the label).")
    _aliases(path, f"{where} ({entity['label']}): \"aliases\"", entity["aliases"], allow_empty=True)
    return entity


def read_gold(path: Path) -> Gold:
    """One gold file, checked field by field; an :class:`InputError` names the file and the fix."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise _bad(path, "is not UTF-8 text. Save it as UTF-8.") from None
    except json.JSONDecodeError as err:
        raise _bad(path, f"is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg}). "
                         f"Fix the syntax.") from None
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}). Check its permissions.") from None
    if not isinstance(data, dict):
        raise _bad(path, "must hold one JSON object with \"entities\" and \"events\" lists.")
    for key in ("entities", "events"):
        if not isinstance(data.get(key), list):
            raise _bad(path, f"lacks the list \"{key}\" (write \"{key}\": [] if the article has none).")
    entities = [_check_entity(path, i, e) for i, e in enumerate(data["entities"])]
    events = [_check_event(path, i, e) for i, e in enumerate(data["events"])]
    return Gold(path.stem, path, entities, events)


def read_gold_dir(gold_dir: Path) -> list[Gold]:
    """Every ``*.json`` of the folder, in name order."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder. Give the folder that holds the gold .json files.")
    files = sorted(p for p in gold_dir.glob("*.json") if p.is_file())
    if not files:
        raise InputError(f"{gold_dir}: holds no .json gold file. Write one per article, named after it "
                         f"(article.json for article.txt).")
    return [read_gold(p) for p in files]


def document_files(golds: Iterable[Gold], docs_dir: Path) -> list[Path]:
    """The article each gold file describes: ``docs_dir/<name>.txt``."""
    if not docs_dir.is_dir():
        raise InputError(f"{docs_dir}: no such folder. Give the folder of the articles with --docs DIR.")
    paths = []
    for gold in golds:
        doc = docs_dir / f"{gold.name}.txt"
        if not doc.is_file():
            raise InputError(f"{gold.path}: no document {doc.name} in {docs_dir}. Name the gold file after its "
                             f"article, or give the folder of the articles with --docs DIR.")
        paths.append(doc)
    return paths


# ---------------------------------------------------------------- comparing names and numbers

def words(text: Any) -> tuple[str, ...]:
    """A name as comparable words: no case, accents, punctuation or articles."""
    decomposed = unicodedata.normalize("NFKD", str(text if text is not None else "").translate(LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(w for w in re.findall(r"[a-z0-9]+", bare) if w not in ARTICLES)


def contains_words(label: Any, alias: Any) -> bool:
    """Whether ``alias`` occurs in ``label`` as whole words.

    >>> contains_words("le syndicat SAG-AFTRA", "SAG-AFTRA"), contains_words("Netflixer", "Netflix")
    (True, False)
    """
    have, want = words(label), words(alias)
    if not want:
        return False
    n = len(want)
    return any(have[i:i + n] == want for i in range(len(have) - n + 1))


def names_match(labels: Iterable[Any], aliases: Iterable[str]) -> bool:
    aliases = list(aliases)
    return any(contains_words(label, alias) for label in labels for alias in aliases)


def to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace("\u202f", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def close(got: Any, want: float) -> bool:
    """Within 1% of the gold amount."""
    number = to_number(got)
    return number is not None and abs(number - want) <= TOLERANCE * abs(want)


def local_name(value: Any) -> str:
    """``Strike`` from ``https://…/kg#Strike``, ``kg:Strike`` or ``Strike``; a document id from its IRI."""
    return re.split(r"[/#:]", str(value or "").rstrip("/"))[-1]


# ---------------------------------------------------------------- rows

def as_nodes(rows: Iterable[Mapping[str, Any]], key: str) -> list[dict[str, list]]:
    """One record per node (event or entity): the rows that share ``key`` merged,
    every field a list of its distinct values (multi-valued cells split on ' | ')."""
    nodes: dict[str, dict[str, list]] = {}
    for n, row in enumerate(rows):
        node = nodes.setdefault(str(row.get(key) or f"#row{n}"), {})
        for name, value in row.items():
            if value is None or value == "":
                continue
            parts = [value] if name == "sentence" or not isinstance(value, str) else value.split(" | ")
            have = node.setdefault(name, [])
            have.extend(p for p in parts if p not in have)
    return list(nodes.values())


def types_of(node: Mapping[str, list]) -> set[str]:
    return {local_name(t) for t in node.get("type", [])}


def is_negated(node: Mapping[str, list]) -> bool:
    return any(local_name(s).lower() == "negated" for s in node.get("status", []))


def fits(node: Mapping[str, list], gold: Mapping[str, Any], type_only: bool = False) -> bool:
    """Whether an event node can stand for a gold event: its type, and unless
    ``type_only`` every role, amount, currency and period the gold names."""
    if gold["type"] not in types_of(node):
        return False
    if type_only:
        return True
    if not all(names_match(node.get(role, []), gold[role]) for role in ROLES if role in gold):
        return False
    if not all(any(close(v, gold[key]) for v in node.get(key, [])) for key in AMOUNTS if key in gold):
        return False
    return all(words(gold[key]) in {words(v) for v in node.get(key, [])} for key in CODES if key in gold)


def pair_up(golds: list[dict], nodes: list[dict], optional: list[dict], type_only: bool) -> dict[int, int]:
    """The most gold events matched one-to-one to nodes; among such matchings, the
    one that leaves for the optional gold events the nodes that fit them
    (so that a node is not called a duplicate when it told an optional event)."""
    import networkx as nx

    graph = nx.Graph()
    for g, gold in enumerate(golds):
        for n, node in enumerate(nodes):
            if fits(node, gold, type_only):
                spare = not any(fits(node, o, type_only) for o in optional)
                graph.add_edge(("gold", g), ("node", n), weight=1 + spare)
    matching = nx.max_weight_matching(graph, maxcardinality=True)
    pairs = {}
    for a, b in matching:
        (_, g), (_, n) = sorted((a, b))  # "gold" sorts before "node"
        pairs[g] = n
    return pairs


# ---------------------------------------------------------------- the report

@dataclass
class Score:
    tp: int = 0
    fp: int = 0  # duplicates included
    fn: int = 0
    duplicates: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "duplicates": self.duplicates}


@dataclass
class Evaluation:
    """What ``kg evaluate`` reports: figures, and the rows behind them."""

    documents: int = 0
    events: Score = field(default_factory=Score)
    type_only: Score = field(default_factory=Score)
    per_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [found, gold]
    entities_found: int = 0
    entities_gold: int = 0
    entities_split: int = 0
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    entity_misses: list[dict] = field(default_factory=list)
    entity_splits: list[dict] = field(default_factory=list)
    unknown_types: list[str] = field(default_factory=list)  # gold types kg never gives: always missed

    @property
    def entity_recall(self) -> float:
        return self.entities_found / self.entities_gold if self.entities_gold else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "events": self.events.as_dict(),
            "type_only": self.type_only.as_dict(),
            "entities": {"found": self.entities_found, "gold": self.entities_gold, "split": self.entities_split,
                         "recall": round(self.entity_recall, 3)},
            "per_type": {t: {"found": f, "gold": g, "recall": round(f / g, 3) if g else 0.0}
                         for t, (f, g) in sorted(self.per_type.items())},
            "misses": self.misses,
            "spurious": self.spurious,
            "entity_misses": self.entity_misses,
            "entity_splits": self.entity_splits,
            "unknown_types": self.unknown_types,
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def as_text(self) -> str:
        def show(record: Mapping[str, Any]) -> str:
            return json.dumps({k: v for k, v in record.items() if k not in ("doc", "type", "why", "sentence")},
                              ensure_ascii=False)

        lines = [f"missed    {m['doc']}  {m['type']} {show(m)}" + (f"  # {m['why']}" if m.get("why") else "")
                 for m in self.misses]
        lines += [f"spurious  {s['doc']}  {s['type']} {show(s)}" + (f"  # {_short(s['sentence'])}" if s.get("sentence")
                                                                   else "") for s in self.spurious]
        lines += [f"missed entity  {m['doc']}  {m['label']} ({m['type']})" for m in self.entity_misses]
        lines += [f"split entity   {s['doc']}  {s['label']} ({s['type']}): {' / '.join(s['nodes'])}"
                  for s in self.entity_splits]
        if self.unknown_types:
            lines.append(f"kg has no type {', '.join(self.unknown_types)}: the gold's events or entities of "
                         f"that type are always missed (check the spelling)")
        e, t = self.events, self.type_only
        lines += [
            f"events: P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f} (tp={e.tp} fp={e.fp} fn={e.fn}, "
            f"of which duplicates={e.duplicates}; {self.documents} document{'s' if self.documents != 1 else ''})",
            f"events, type only (is the event seen at all?): P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}",
            f"entities: {self.entities_found}/{self.entities_gold} found (recall {self.entity_recall:.3f}), "
            f"{self.entities_split} split",
            "recall per event type:",
        ]
        width = max((len(k) for k in self.per_type), default=0)
        lines += [f"  {k:{width}}  {f}/{g}  {f / g:.2f}" for k, (f, g) in sorted(self.per_type.items())]
        return "\n".join(lines)


def _short(text: Any, width: int = 100) -> str:
    text = " ".join(str(text[0] if isinstance(text, list) else text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _describe(node: Mapping[str, list], doc: str) -> dict:
    out: dict[str, Any] = {"doc": doc, "type": " | ".join(sorted(types_of(node)))}
    for key in (*ROLES, *AMOUNTS, *CODES, "status", "sentence"):
        if node.get(key):
            out[key] = node[key][0] if len(node[key]) == 1 else node[key]
    return out


def _score_events(golds: list[Gold], by_doc: Mapping[str, list[dict]], result: Evaluation,
                  score: Score, type_only: bool) -> None:
    for gold in golds:
        nodes = by_doc.get(gold.name, [])
        required = [g for g in gold.events if not g.get("optional")]
        optional = [g for g in gold.events if g.get("optional")]
        pairs = pair_up(required, nodes, optional, type_only)
        for g, event in enumerate(required):
            if not type_only:
                counts = result.per_type.setdefault(event["type"], [0, 0])
                counts[0] += g in pairs
                counts[1] += 1
            if g in pairs:
                score.tp += 1
            else:
                score.fn += 1
                if not type_only:
                    result.misses.append({"doc": gold.name, **{k: v for k, v in event.items()
                                                               if k not in ("construction", "note", "notes")}})
        taken = set(pairs.values())
        for n, node in enumerate(nodes):
            if n in taken or any(fits(node, o, type_only) for o in optional):
                continue  # matched, or told an event the gold allows but does not require
            if any(fits(node, r, type_only) for r in required):
                score.duplicates += 1
                score.fp += 1
            else:
                score.fp += 1
                if not type_only:
                    result.spurious.append(_describe(node, gold.name))


def _score_entities(golds: list[Gold], entities: list[dict], result: Evaluation) -> None:
    names = [{words(x) for x in node.get("label", []) + node.get("aliases", [])} for node in entities]
    for gold in golds:
        for entity in gold.entities:
            wanted = {words(a) for a in [entity["label"], *entity["aliases"]]} - {()}
            found = [entities[i] for i, have in enumerate(names)
                     if wanted & have and entity["type"] in types_of(entities[i])]
            result.entities_gold += 1
            if not found:
                result.entity_misses.append({"doc": gold.name, "label": entity["label"], "type": entity["type"]})
                continue
            result.entities_found += 1
            if len(found) > 1:
                result.entities_split += 1
                result.entity_splits.append({"doc": gold.name, "label": entity["label"], "type": entity["type"],
                                             "nodes": [" | ".join(map(str, n.get("label", []))) for n in found]})


def score(golds: list[Gold], event_rows: Iterable[Mapping[str, Any]],
          entity_rows: Iterable[Mapping[str, Any]], event_types: Iterable[str] | None = None) -> Evaluation:
    """Match the rows of the ``events`` and ``entities`` queries against the gold.

    Event rows of a document with no gold file, negated rows, and rows whose
    type no gold event uses (kg may find kinds of events the annotator did not
    look for) are left out. ``event_types``, the event classes kg knows, lets
    the report name a gold type kg can never give (a misspelling, most often).
    """
    names = {g.name for g in golds}
    gold_types = {e["type"] for g in golds for e in g.events}
    by_doc: dict[str, list[dict]] = {}
    for node in as_nodes(event_rows, "event"):
        doc = local_name(node.get("doc", [""])[0]).removesuffix(".txt")
        if doc in names and not is_negated(node) and types_of(node) & gold_types:
            by_doc.setdefault(doc, []).append(node)
    result = Evaluation(documents=len(golds))
    if event_types is not None:
        known = {local_name(t) for t in event_types}
        entity_types = {e["type"] for g in golds for e in g.entities}
        result.unknown_types = sorted((gold_types - known) | (entity_types - set(ENTITY_TYPES)))
    _score_events(golds, by_doc, result, result.events, type_only=False)
    _score_events(golds, by_doc, result, result.type_only, type_only=True)
    _score_entities(golds, as_nodes(entity_rows, "entity"), result)
    return result
