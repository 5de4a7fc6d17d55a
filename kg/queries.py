"""Saved SPARQL queries (``queries/*.rq``): finding them, binding their
parameters as RDF terms, and turning results into plain rows.

Each file starts with a comment header::

    # title: Job offers
    # fr: Quelles offres d'emploi, par qui, à quel salaire ?
    # en: Which job offers, by whom, at what salary?
    # param: name literal  A name or alias of the entity
    # example: SELECT ?name WHERE { ... } LIMIT 1

A parameter is a query variable (``?name``); ``--param name=Netflix`` binds
it through pyoxigraph's ``substitutions`` as a literal or an IRI, so values
are never pasted into the query text. ``example`` is a query over the store
that picks values for the parameters, so ``kg ask`` can show an answer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping

import pyoxigraph as ox

from .errors import QueryError
from .resources import queries_dir
from .vocab import PREFIXES, XSD

_HEADER = re.compile(r"^#\s*(title|fr|en|param|example)\s*:\s*(.*)$")
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger",
                             "positiveInteger", "short")}


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "literal" or "iri"
    help: str = ""


@dataclass
class SavedQuery:
    name: str
    text: str
    path: Path | None = None
    title: str = ""
    fr: str = ""
    en: str = ""
    params: list[Param] = field(default_factory=list)
    example: str = ""  # a SELECT whose first row gives example parameter values


def parse_query(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """A query and its header.

    >>> q = parse_query("# fr: Qui ?\\n# param: who iri  The person\\nSELECT ?who {}", "x")
    >>> q.fr, q.params
    ('Qui ?', [Param(name='who', kind='iri', help='The person')])
    """
    q = SavedQuery(name, text, path)
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1] not in ("literal", "iri"):
                where = path or name
                raise QueryError(f"{where}: '# param: {value}' should read '# param: NAME literal|iri  help'.")
            q.params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
        else:
            setattr(q, key, value)
    return q


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    folder = folder or queries_dir()
    return {p.stem: parse_query(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(folder.glob("*.rq"))}


def find_query(name_or_file: str) -> SavedQuery:
    """A saved query by name, or a ``.rq`` file by path."""
    path = Path(name_or_file)
    if name_or_file.endswith(".rq") or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file. Check the path, or run `kg query --list`.")
        try:
            return parse_query(path.read_text(encoding="utf-8"), path.stem, path)
        except UnicodeDecodeError as err:
            raise QueryError(f"{path}: is not UTF-8 text. Save the query as UTF-8.") from err
    queries = saved_queries()
    if name_or_file not in queries:
        names = ", ".join(queries) or "none"
        raise QueryError(f"No saved query named '{name_or_file}'. Saved queries: {names}. "
                         "Run `kg query --list` for their questions.")
    return queries[name_or_file]


def bind(query: SavedQuery, params: Mapping[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """The substitutions for ``params``; every declared parameter is required."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        takes = " ".join(f"--param {name}=VALUE" for name in declared)
        raise QueryError(f"Query '{query.name}' has no parameter {', '.join(unknown)}. "
                         + (f"It takes {takes}." if takes else "It takes no --param NAME=VALUE."))
    missing = [p for p in query.params if p.name not in params]
    if missing:
        hints = " ".join(f"--param {p.name}=VALUE" for p in missing)
        what = "; ".join(f"{p.name}: {p.help}" for p in missing if p.help)
        raise QueryError(f"Query '{query.name}' needs {hints}" + (f" ({what})." if what else "."))
    out: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for name, value in params.items():
        if declared[name].kind == "iri":
            try:
                out[ox.Variable(name)] = ox.NamedNode(value)
            except ValueError as err:
                raise QueryError(f"--param {name}={value}: not an IRI ({err}). Give a full IRI such as "
                                 "https://w3id.org/kg-news/id/doc/NAME/event/123.") from err
        else:
            out[ox.Variable(name)] = ox.Literal(value)
    return out


def plain(term: Any) -> Any:
    """A result cell as a plain Python value: numbers as numbers, the rest as text."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value in _NUMERIC:
            d = Decimal(term.value)
            return int(d) if d == d.to_integral_value() else float(d)
        if term.datatype.value == XSD + "boolean":
            return term.value == "true"
        return term.value
    return term.value


def run(store: ox.Store, query: SavedQuery, params: Mapping[str, str] | None = None) -> tuple[list[str], list[dict]]:
    """Columns and rows of a SELECT query (or ``[("result",)]`` for ASK)."""
    subs = bind(query, params or {})
    try:
        result = store.query(query.text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)
    except SyntaxError as err:
        where = query.path or "--sparql text"
        raise QueryError(f"{where}: the SPARQL does not parse ({err}). Fix the query text.") from err
    except RuntimeError as err:  # e.g. a declared parameter the SELECT does not project
        where = query.path or "--sparql text"
        raise QueryError(f"{where}: the query cannot run ({err}). A parameter ?NAME must be in the SELECT "
                         "clause to be bound.") from err
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [{"result": bool(result)}]
    if isinstance(result, ox.QueryTriples):
        rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": plain(t.object)} for t in result]
        return ["subject", "predicate", "object"], rows
    columns = [v.value for v in result.variables]
    rows = [{c: plain(sol[c]) for c in columns} for sol in result]
    return columns, rows


def render(columns: list[str], rows: list[dict], fmt: str = "table") -> str:
    """Rows as ``table``, ``csv``, ``tsv`` or ``json`` text."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.DictWriter(buf, columns, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row[c] is None else row[c] for c in columns})
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"Unknown format '{fmt}': use table, csv, tsv or json.")
    cells = [[_short(row[c]) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _short(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
