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
from .vocab import PREFIXES, RES, XSD

_HEADER = re.compile(r"^#\s*(title|fr|en|param|example)\s*:\s*(.*)$")
#: How the saved queries join a multi-valued cell (the SPEC's JSON keeps it).
SEPARATOR = " | "
_MULTI = re.compile(r"""separator\s*=\s*(["'])\s\|\s\1\s*\)\s*AS\s+\?(\w+)""", re.I)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:(.*)$", re.S)
_BOOLEAN = ox.NamedNode(XSD + "boolean")
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
                out[ox.Variable(name)] = ox.NamedNode(expand_iri(value))
            except ValueError as err:
                raise QueryError(f"--param {name}={value}: not an IRI ({err}). Give the short id a table shows "
                                 "(kgr:doc/NAME/event/123), a prefixed name (kg:Strike) or a full IRI.") from err
        else:
            out[ox.Variable(name)] = ox.Literal(value)
    return out


def expand_iri(value: str) -> str:
    """An IRI from what a user types: a full IRI (``<...>`` or bare), a
    prefixed name of kg's prefixes (``kg:Strike``), or the short id a table
    shows (``kgr:doc/NAME/event/123``, or the same without ``kgr:``).

    >>> expand_iri("kg:Strike")
    'https://w3id.org/kg-news/ontology#Strike'
    >>> expand_iri("doc/a/event/5") == expand_iri("kgr:doc/a/event/5") == RES + "doc/a/event/5"
    True
    >>> expand_iri("<http://example.org/x>")
    'http://example.org/x'
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    m = _PREFIXED.match(value)
    if m and (m.group(1) or "") in PREFIXES:
        return PREFIXES[m.group(1) or ""] + re.sub(r"\\(.)", r"\1", m.group(2))
    if _SCHEME.match(value):
        return value
    return RES + value


def short_id(value: str) -> str:
    """An IRI as a prefixed name of kg's prefixes (what tables show, and
    what ``--param`` takes back); other text as it is.

    >>> short_id("https://w3id.org/kg-news/id/doc/a/event/5"), short_id("Netflix")
    ('kgr:doc/a/event/5', 'Netflix')
    """
    for prefix, ns in _BY_LENGTH:
        if value.startswith(ns) and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def multi_valued(text: str) -> set[str]:
    """The columns a query fills with ``GROUP_CONCAT(...; separator=" | ")``.

    >>> sorted(multi_valued('SELECT (GROUP_CONCAT(DISTINCT STR(?a); separator=" | ") AS ?as) ?b {}'))
    ['as']
    """
    return {m.group(2) for m in _MULTI.finditer(text)}


def split_cell(value: Any) -> list:
    """A joined cell's values, each once, in a stable (sorted) order."""
    if value is None or value == "":
        return []
    return sorted(set(str(value).split(SEPARATOR)))


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


@dataclass
class Solutions:
    """A query's answer as RDF terms, multi-valued cells already in a stable order."""

    columns: list[str]
    terms: list[dict[str, Any]]  # column -> RDF term, None when unbound
    multi: set[str] = field(default_factory=set)  # the " | "-joined columns
    boolean: bool | None = None  # an ASK query's answer

    def rows(self, lists: bool = False) -> list[dict]:
        """Plain rows; with ``lists``, a multi-valued cell is a sorted list."""
        if self.boolean is not None:
            return [{"result": self.boolean}]
        if lists and self.multi:
            return [{c: split_cell(plain(t[c])) if c in self.multi else plain(t[c]) for c in self.columns}
                    for t in self.terms]
        return [{c: plain(t[c]) for c in self.columns} for t in self.terms]


def solve(store: ox.Store, query: SavedQuery, params: Mapping[str, str] | None = None) -> Solutions:
    """Run ``query`` with ``params`` bound as RDF terms."""
    subs = bind(query, params or {})
    where = query.path or ("--sparql text" if query.name == "--sparql" else query.name)
    if uses_service(query.text):
        raise QueryError(f"{where}: SERVICE asks another SPARQL endpoint over the network, which kg does not do. "
                         "Run the query on that endpoint itself, or export kg's graph (kg export) and load it there.")
    try:
        result = store.query(with_values(query.text, subs), prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions=subs)
    except SyntaxError as err:
        raise QueryError(syntax_message(str(err), query.text, str(where))) from err
    except RuntimeError as err:  # e.g. a declared parameter the SELECT does not project
        raise QueryError(f"{where}: the query cannot run ({err}). A parameter ?NAME must be in the SELECT "
                         "clause to be bound.") from err
    if isinstance(result, ox.QueryBoolean):
        return Solutions(["result"], [{"result": ox.Literal(str(bool(result)).lower(), datatype=_BOOLEAN)}],
                         boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return Solutions(["subject", "predicate", "object"],
                         [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in result])
    columns = [v.value for v in result.variables]
    multi = multi_valued(query.text) & set(columns)
    terms = [{c: sol[c] for c in columns} for sol in result]
    for row in terms:
        for c in multi:
            if isinstance(row[c], ox.Literal) and row[c].value == "":
                row[c] = None  # GROUP_CONCAT over no value: the cell has none, not an empty name
            elif isinstance(row[c], ox.Literal) and SEPARATOR in row[c].value:
                row[c] = ox.Literal(SEPARATOR.join(split_cell(row[c].value)))
    return Solutions(columns, terms, multi)


_HIDDEN = re.compile("|".join([
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''",  # long strings
    r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",  # strings
    r'<[^<>"{}|^`\\\x00-\x20]*>', r"#[^\n]*",  # IRIs, comments
]))
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.I)


def uses_service(text: str) -> bool:
    """Does the query call another endpoint (a SERVICE clause, not a string, IRI or comment)?

    >>> uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }"), uses_service('SELECT ("SERVICE" AS ?x) {}')
    (True, False)
    """
    return bool(_SERVICE.search(_HIDDEN.sub(" ", text)))


def with_values(text: str, subs: Mapping[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """``text`` with the bound parameters also given as a ``VALUES`` block opening
    its WHERE group, so the engine starts from them (a substitution alone only
    filters the solutions at the end). Values are RDF terms serialised by
    pyoxigraph, never raw text.

    >>> print(with_values("SELECT ?d WHERE { ?x <p> ?d }", {ox.Variable("d"): ox.Literal('a"b')}))
    SELECT ?d WHERE { VALUES (?d) { ("a\\"b") } ?x <p> ?d }
    """
    if not subs:
        return text
    from .remote import where_brace

    at = where_brace(text)
    if at is None:
        return text
    names = " ".join(f"?{v.value}" for v in subs)
    values = " ".join(str(t) for t in subs.values())
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }}{text[at:]}"


def run(store: ox.Store, query: SavedQuery, params: Mapping[str, str] | None = None,
        lists: bool = False) -> tuple[list[str], list[dict]]:
    """Columns and rows of a SELECT query (or ``[("result",)]`` for ASK).

    A multi-valued cell is " | "-joined in sorted order, or a sorted list with ``lists``.
    """
    solutions = solve(store, query, params)
    return solutions.columns, solutions.rows(lists)


def unmatched(store: ox.Store, query: SavedQuery, params: Mapping[str, str]) -> list[str]:
    """What to tell a user whose parameters match nothing in the store
    (asked only when the query gave no row)."""
    notes = []
    declared = {p.name: p for p in query.params}
    for var, term in bind(query, params).items():
        if declared[var.value].kind == "iri":
            text = "SELECT ?v WHERE { { ?v ?p ?o } UNION { ?s ?p ?v } UNION { ?s ?v ?o } } LIMIT 1"
            what = f"no node {short_id(term.value)} in the store"
        else:
            text = ("SELECT ?v WHERE { { ?s ?p ?v } UNION {"  # the exact text anywhere, or a name in any case
                    " ?s rdfs:label|skos:altLabel ?o FILTER(LCASE(STR(?o)) = LCASE(STR(?v))) } } LIMIT 1")
            what = "no text in the store is that value"
        if not list(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True,
                                substitutions={ox.Variable("v"): term})):
            notes.append(f"--param {var.value}={params[var.value]} matches nothing: {what}. "
                         "Copy a value from a table (e.g. `kg query events` or `kg query entities`).")
    return notes


def syntax_message(error: str, text: str, where: str) -> str:
    """pyoxigraph's syntax error as one line: where, what was expected, and the text near it.

    >>> syntax_message("error at 1:24: expected one of Prefix not found, ['%']", "SELECT * { ?x a foo:Bar }", "q.rq")[:79]
    "q.rq: the SPARQL does not parse at line 1, column 24: unknown prefix 'foo:' (kg"
    """
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", error, re.S)
    if not m:
        first = " ".join(error.split())[:200]
        return f"{where}: the SPARQL does not parse ({first}). Fix the query text."
    line, col, rest = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    lines = text.splitlines() or [""]
    source = lines[min(line, len(lines)) - 1]
    if "Prefix not found" in rest:
        pm = re.search(r"([^\W\d][\w.-]*)?:[^\s:]*$", source[: col - 1])
        prefix = pm.group(1) or "" if pm else "?"
        what = (f"unknown prefix '{prefix}:' (kg declares {', '.join(p + ':' for p in PREFIXES)}; "
                f"add PREFIX {prefix}: <...>)")
    else:
        expected = rest.removeprefix("expected one of ").removeprefix("expected ")
        expected = re.sub(r"\[(?:'[^']*'|[^\]])*\]", "", expected)  # character classes say little
        items = [i.strip() for i in expected.split(",") if i.strip()]
        shown = ", ".join(items[:8]) + (", …" if len(items) > 8 else "")
        what = f"expected {shown or 'a name'}" if rest.startswith("expected") else rest[:200]
    near = source[max(0, col - 30): col + 20].strip()
    return (f"{where}: the SPARQL does not parse at line {line}, column {col}: {what}"
            + (f", near '{near}'" if near else "") + ". Fix the query text.")


def sparql_json(solutions: Solutions) -> str:
    """The W3C SPARQL 1.1 Query Results JSON document."""
    if solutions.boolean is not None:
        return json.dumps({"head": {}, "boolean": solutions.boolean})

    def term(t: Any) -> dict:
        if isinstance(t, ox.NamedNode):
            return {"type": "uri", "value": t.value}
        if isinstance(t, ox.BlankNode):
            return {"type": "bnode", "value": t.value}
        if isinstance(t, ox.Literal):
            out = {"type": "literal", "value": t.value}
            if t.language:
                out["xml:lang"] = t.language
            elif t.datatype.value != XSD + "string":
                out["datatype"] = t.datatype.value
            return out
        return {"type": "triple", "value": {k: term(getattr(t, k)) for k in ("subject", "predicate", "object")}}

    bindings = [{c: term(t) for c, t in row.items() if t is not None} for row in solutions.terms]
    return json.dumps({"head": {"vars": solutions.columns}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2)


def select_columns(columns: list[str], rows: list[dict], wanted: list[str] | None) -> tuple[list[str], list[dict]]:
    """Keep the ``wanted`` columns, in that order; an unknown one is a QueryError naming the real ones."""
    if not wanted:
        return columns, rows
    unknown = [c for c in wanted if c not in columns]
    if unknown:
        raise QueryError(f"--columns {','.join(wanted)}: no column {', '.join(unknown)}. "
                         f"The columns are {','.join(columns)}.")
    return wanted, [{c: row[c] for c in wanted} for row in rows]


def render(columns: list[str], rows: list[dict], fmt: str = "table", width: int | None = None) -> str:
    """Rows as ``table``, ``csv``, ``tsv`` or ``json`` text; a list cell is " | "-joined.

    A table shows IRIs as short ids (``kgr:doc/a/event/5``) and, given a
    ``width``, cuts its widest columns to fit it.
    """
    rows = [{c: (SEPARATOR.join(map(str, v)) or None) if isinstance(v, list) else v for c, v in row.items()} for row in rows]
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
        raise QueryError(f"Unknown format '{fmt}': use table, csv, tsv, json or sparql-json.")
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    natural = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    iris = {i for i, c in enumerate(columns)  # ids are cut last: people paste them into --param
            if c in ("doc", "event", "entity") or any(_is_iri(row[c]) for row in rows)}
    widths = fit(natural, width - 2 * (len(columns) - 1), keep=iris) if width else natural
    if any(w < min(n, MIN_CELL) for w, n in zip(widths, natural)) or any(widths[i] < natural[i] for i in iris):
        return _records(columns, cells, width)  # too many columns to read as a table
    lines = ["  ".join(_cut(c, w).ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_cut(cell, w).ljust(w) for cell, w in zip(r, widths)).rstrip() for r in cells]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}"
    if widths != natural:
        footer += f"; cut to {width} columns: --columns a,b picks columns, -f csv or -f json shows all"
    lines.append(footer + ")")
    return "\n".join(lines)


#: A table whose columns would be cut narrower than this is shown as records instead.
MIN_CELL = 10


def _records(columns: list[str], cells: list[list[str]], width: int) -> str:
    """Rows too wide for a table: one block per row, a line per non-empty cell, long text wrapped."""
    import textwrap

    label = max(len(c) for c in columns)
    room = max(width - label - 2, 20)
    lines = []
    for number, row in enumerate(cells, 1):
        lines.append(f"-- row {number} " + "-" * max(width - len(f"-- row {number} "), 0))
        for column, cell in zip(columns, row):
            if cell:
                wrapped = textwrap.wrap(cell, room, break_long_words=False, break_on_hyphens=False) or [cell]
                lines.append(f"{column.ljust(label)}  {wrapped[0]}")
                lines += [" " * (label + 2) + more for more in wrapped[1:]]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''}, too wide for a table: "
                 "--columns a,b picks columns, -f csv or -f json shows all)")
    return "\n".join(lines)


def fit(natural: list[int], room: int, keep: set[int] = frozenset()) -> list[int]:
    """Column widths that fit ``room``: the narrow columns keep theirs, the
    widest are cut to one common width; the ``keep`` columns are cut only if
    cutting the others is not enough.

    >>> fit([5, 40, 80], 60), fit([5, 10], 60), fit([30, 40, 80], 100, keep={0})
    ([5, 27, 28], [5, 10], [30, 35, 35])
    """
    if sum(natural) <= room:
        return list(natural)
    kept = sum(natural[i] for i in keep)
    others = [i for i in range(len(natural)) if i not in keep]
    if keep and others and room - kept >= 8 * len(others):
        cut = fit([natural[i] for i in others], room - kept)
        widths = list(natural)
        for i, w in zip(others, cut):
            widths[i] = w
        return widths
    room = max(room, len(natural))
    cap = 1
    while sum(min(n, cap + 1) for n in natural) <= room:
        cap += 1
    widths = [min(n, cap) for n in natural]
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):  # the rest goes to the widest
        if spare and widths[i] < natural[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _is_iri(value: Any) -> bool:
    return isinstance(value, str) and short_id(value) != value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return short_id(str(value)).replace("\n", " ")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
