"""kg in a notebook: one object that holds the store open.

>>> import kg
>>> with kg.open(store="memory:") as graph:             # doctest: +SKIP
...     graph.build(["seeds/"])
...     graph.query("entities").to_dataframe()

A :class:`Graph` opens its store once and keeps it until :meth:`Graph.close`
(or the end of a ``with`` block), so running ``build`` again in the same
kernel reuses the open store instead of tripping over its own lock; two
``kg.open`` of the same folder in one process share one store. Query results
are :class:`Result` objects: rows with multi-valued cells as sorted lists, an
HTML table in Jupyter, a pandas DataFrame on request.
"""

from __future__ import annotations

import gc
import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .errors import KgError, StoreError
from .queries import SEPARATOR, SavedQuery, Solutions, render, select_columns, short_id, solve, sparql_json, unmatched
from .store import open_store, store_location

#: How many rows a Result shows in a notebook (all of them are in ``rows``).
HTML_ROWS = 200


@dataclass
class _Held:
    store: Any
    users: int


#: The stores this process holds open for writing, by folder: a second
#: ``kg.open`` of the same folder shares the store (RocksDB allows one writer).
_HELD: dict[str, _Held] = {}


def open(store: str | os.PathLike | ox.Store | None = None, *, read_only: bool = False) -> "Graph":  # noqa: A001
    """Open the graph at ``store`` (a folder, ``memory:``, a server URL, or an
    open store object; default ``KG_STORE`` or ``.kg-store``). ``read_only``
    lets another process write meanwhile, and opens the store on first use."""
    return Graph(store, read_only=read_only)


def _key(where: str) -> str | None:
    if where == "memory:" or where.startswith(("http://", "https://")):
        return None
    return str(Path(where.removeprefix("file://")).resolve())


class Graph:
    """A kg store held open: build into it, question it, export and draw it."""

    def __init__(self, store: str | os.PathLike | ox.Store | None = None, *, read_only: bool = False) -> None:
        self.read_only = read_only
        self._store: Any = None
        self._closed = False
        if not isinstance(store, (str, os.PathLike, type(None))):  # an open store object: wrap it
            self.location, self._key, self._store = repr(store), None, store
            return
        self.location = store_location(store)
        self._key = _key(self.location)
        if not read_only:
            self._store = self._acquire()

    # ------------------------------------------------------------ the store

    def _acquire(self) -> Any:
        held = _HELD.get(self._key) if self._key else None
        if held is not None:  # this process already writes there: share it
            if not self.read_only:
                held.users += 1
            return held.store
        store = held_or_open(self.location, read_only=self.read_only)
        if self._key and not self.read_only:
            _HELD[self._key] = _Held(store, 1)
        return store

    @property
    def store(self) -> Any:
        """The open pyoxigraph store (for what kg does not wrap)."""
        if self._closed:
            raise KgError(f"This graph ({self.location}) is closed: open it again with kg.open(store=...).")
        if self._store is None:
            self._store = self._acquire()
        return self._store

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Release the store (and its lock, once no other Graph of this process shares it)."""
        self._release(collect=True)

    def __del__(self) -> None:  # a notebook cell run again drops its old Graph without closing it
        try:
            self._release(collect=False)
        except Exception:  # noqa: BLE001  never raise from a finaliser (interpreter shutdown)
            pass

    def _release(self, collect: bool) -> None:
        if getattr(self, "_closed", True):
            return
        self._closed = True
        store, self._store = self._store, None
        if store is None:
            return
        held = _HELD.get(self._key) if self._key else None
        if held is not None and held.store is store and not self.read_only:
            held.users -= 1
            if held.users > 0:
                return
            del _HELD[self._key]
        if self.read_only:
            return  # a reader holds no lock
        store.flush()
        del store, held
        if collect:
            gc.collect()  # pyoxigraph releases the lock when the last reference goes

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("read-only" if self.read_only else "open")
        return f"<kg.Graph {self.location} ({state})>"

    # ------------------------------------------------------------ building

    def build(self, paths: Sequence[str | os.PathLike] | str | os.PathLike | None = None, **options: Any):
        """Read documents (files or folders; default ``seeds/``) into the store;
        ``options`` are those of :func:`kg.build`. Returns its report."""
        from . import api

        if self.read_only:
            raise KgError(f"This graph ({self.location}) was opened read-only: open it with kg.open(store=...) "
                          "to build into it.")
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        report = api.build(paths, store=self.store, **options)
        if hasattr(report, "store"):
            report.store = None  # the Graph holds the store; a report must not keep its lock alive
        return report

    def remove(self, doc_ids: Sequence[str] | str) -> list[str]:
        """Retract documents by id; unknown ids remove nothing."""
        from . import api

        return api.remove([doc_ids] if isinstance(doc_ids, str) else doc_ids, store=self.store)

    # ------------------------------------------------------------ questions

    def query(self, name_or_file: str | None = None, params: Mapping[str, str] | None = None, *,
              sparql: str | None = None) -> "Result":
        """A saved query by name, a ``.rq`` file, or ``sparql=TEXT``, with ``params`` bound as RDF terms."""
        from .api import load_query
        from .queries import bind

        q = load_query(name_or_file, sparql)
        bind(q, params or {})  # a bad name or parameter is reported before the store is opened
        return self._run(q, params or {})

    def _run(self, q: SavedQuery, params: Mapping[str, str]) -> "Result":
        solutions = solve(self.store, q, params)
        notes = unmatched(self.store, q, params) if params and not solutions.terms else []
        return Result(solutions, name="" if q.name == "--sparql" else q.name, query=q, params=dict(params),
                      notes=notes)

    def questions(self) -> "Result":
        """The saved questions: name, title, French and English, parameters."""
        from .queries import saved_queries

        rows = [{"name": name, "title": q.title, "fr": q.fr, "en": q.en, "params": [p.name for p in q.params]}
                for name, q in saved_queries().items()]
        return Result.of(["name", "title", "fr", "en", "params"], rows, name="questions")

    def ask(self, names: Sequence[str] | None = None) -> "Answers":
        """Every saved question answered; one with parameters is asked with the
        values its ``# example:`` query picks from the store."""
        from .api import example_params
        from .queries import saved_queries

        answers = Answers()
        for name, q in saved_queries().items():
            if names and name not in names:
                continue
            params = example_params(self.store, q)
            if params is not None:
                answers[name] = self._run(q, params)
        return answers

    def stats(self) -> dict[str, int]:
        from . import api

        return api.stats(self.store)

    def validate(self) -> tuple[bool, str]:
        from . import api

        return api.validate(self.store)

    # ------------------------------------------------------------ other tools

    def export(self, fmt: str = "turtle", *, output: str | os.PathLike | None = None,
               include_ontology: bool = True) -> bytes | Path:
        """The graph as Turtle, TriG, N-Quads, N-Triples, JSON-LD (or what
        ``kg export`` offers); with ``output``, written there (whole or not at all)."""
        from . import api

        data = api.export(fmt, store=self.store, include_ontology=include_ontology)
        if output is None:
            return data
        api.write_file(Path(output), data)
        return Path(output)

    def to_rdflib(self, *, include_ontology: bool = False):
        """An ``rdflib.Dataset``: one named graph per document (and the
        shared graphs), with kg's prefixes bound."""
        import rdflib

        from .vocab import PREFIXES

        ds = rdflib.Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        ds.parse(data=self.export("nquads", include_ontology=include_ontology), format="nquads")
        return ds

    def to_networkx(self, **options: Any):
        """The networkx projection (events and participants, edges keyed by
        role); ``options`` are those of :func:`kg.to_networkx` (``doc=ID`` ...)."""
        from .graph import to_networkx

        return to_networkx(self.store, **options)

    def draw(self, output: str | os.PathLike | None = None, **options: Any) -> "Picture":
        """Draw the graph with :func:`kg.draw` (``doc=ID`` and its other
        options); without ``output``, a PNG that a notebook shows inline."""
        from . import api

        if output is None:
            import tempfile

            output = Path(tempfile.mkdtemp(prefix="kg-draw-")) / "graph.png"
        nodes, edges = api.draw(output, store=self.store, **options)
        return Picture(Path(output), nodes, edges)


def held_or_open(location: str | os.PathLike | None, read_only: bool = False) -> Any:
    """The store at ``location``: the one a Graph of this process holds open,
    else a newly opened one; a lock held elsewhere is named as such."""
    if not isinstance(location, (str, os.PathLike, type(None))):
        return location  # already a store object (a server store, say)
    where = store_location(location)
    key = _key(where)
    if key in _HELD:
        return _HELD[key].store
    try:
        return open_store(where, read_only=read_only)
    except StoreError as err:
        raise _lock_error(where, err) or err


def _lock_error(location: str, err: StoreError) -> StoreError | None:
    """A clear word when the store's lock is the problem: whose lock it is, and what to do."""
    text = str(err.__cause__ or err)
    if "lock" not in text.lower():
        return None
    if "current process" in text:
        return StoreError(
            f"{location}: this Python process already has the store open for writing, outside kg.open "
            "(a kg.build report's .store, or a pyoxigraph Store). Use one graph = kg.open(store=...) and call "
            "graph.build(...) again, or drop the other reference (del report) first.")
    return StoreError(
        f"{location}: another process holds this store open for writing (a running `kg build`, or a notebook "
        "or Python session that opened it). Close it there (graph.close(), or restart that kernel) or wait for "
        "it; meanwhile kg.open(store=..., read_only=True) reads it.")


class Result(Sequence[dict]):
    """A query's rows: multi-valued cells as sorted lists, numbers as numbers.

    Shows as an HTML table in Jupyter; ``to_dataframe()`` gives pandas.
    """

    def __init__(self, solutions: Solutions, *, name: str = "", query: SavedQuery | None = None,
                 params: Mapping[str, str] | None = None, notes: Sequence[str] = ()) -> None:
        self.solutions = solutions
        self.columns = list(solutions.columns)
        self.rows = solutions.rows(lists=True)
        self.name = name
        self.query = query
        self.params = dict(params or {})
        self.notes = list(notes)  # e.g. a parameter that matches nothing in the store

    @classmethod
    def of(cls, columns: list[str], rows: list[dict], *, name: str = "") -> "Result":
        """A Result of plain rows (no RDF terms behind them)."""
        terms = [{c: None if row[c] is None else ox.Literal(SEPARATOR.join(row[c]) if isinstance(row[c], list)
                                                              else str(row[c])) for c in columns} for row in rows]
        result = cls(Solutions(columns, terms, {c for c in columns if any(isinstance(r[c], list) for r in rows)}),
                     name=name)
        result.rows = rows
        return result

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):  # type: ignore[override]
        return self.rows[index]

    def __iter__(self) -> Iterator[dict]:
        return iter(self.rows)

    def __eq__(self, other: object) -> bool:
        return self.rows == (other.rows if isinstance(other, Result) else other)

    def column(self, name: str) -> list:
        """One column's values."""
        select_columns(self.columns, [], [name])  # an unknown name says which there are
        return [row[name] for row in self.rows]

    def select(self, columns: Sequence[str]) -> "Result":
        """Only ``columns``, in that order."""
        cols, _ = select_columns(self.columns, [], list(columns))
        terms = [{c: t[c] for c in cols} for t in self.solutions.terms]
        solutions = Solutions(cols, terms, self.solutions.multi & set(cols), self.solutions.boolean)
        out = Result(solutions, name=self.name, query=self.query, params=self.params, notes=self.notes)
        out.rows = [{c: row[c] for c in cols} for row in self.rows]
        return out

    def render(self, fmt: str = "table", *, width: int | None = None) -> str:
        """As ``kg query`` prints it: table, csv, tsv, json (multi-valued cells
        " | "-joined), or W3C SPARQL JSON results (``sparql-json``)."""
        if fmt == "sparql-json":
            return sparql_json(self.solutions)
        return render(self.columns, self.rows, fmt, width=width)

    def to_dataframe(self):
        """A pandas DataFrame (``pip install 'kg[notebook]'``); list cells stay lists."""
        try:
            import pandas as pd
        except ImportError as err:
            raise KgError("to_dataframe needs pandas: pip install 'kg[notebook]' (or pip install pandas).") from err
        return pd.DataFrame(self.rows, columns=self.columns)

    def __repr__(self) -> str:
        return render(self.columns, self.rows, "table", width=100)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{_html_cell(row[c])}</td>" for c in self.columns) + "</tr>"
                       for row in self.rows[:HTML_ROWS])
        more = f"; the first {HTML_ROWS} shown" if len(self.rows) > HTML_ROWS else ""
        title = f"<b>{html.escape(self.name)}</b>: " if self.name else ""
        notes = "".join(f"<br><i>{html.escape(n)}</i>" for n in self.notes)
        return (f'<div class="kg-result"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
                f"<small>{title}{len(self.rows)} row{'s' if len(self.rows) != 1 else ''}{more}{notes}</small></div>")


def _html_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "<br>".join(_html_cell(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    short = short_id(text)
    if short != text:
        return f'<span title="{html.escape(text)}">{html.escape(short)}</span>'
    return html.escape(text)


class Answers(dict):
    """The saved questions' answers, by query name (each a :class:`Result`)."""

    def render(self, fmt: str = "table", *, width: int | None = None) -> str:
        """As ``kg ask`` prints them; ``json`` is one JSON document."""
        import json

        if fmt == "json":
            return json.dumps([{"query": name, "title": r.query.title, "fr": r.query.fr, "en": r.query.en,
                                "params": r.params, "columns": r.columns, "rows": json.loads(r.render("json"))}
                               for name, r in self.items()], ensure_ascii=False, indent=2)
        out = []
        import textwrap

        def comment(text: str) -> str:
            return "\n".join(textwrap.wrap(text, width or 10**6, initial_indent="# ", subsequent_indent="# "))

        for name, r in self.items():
            given = " ".join(f"--param {k}={v}" for k, v in r.params.items())
            out.append(f"## {r.query.title or name} ({name}{' ' + given if given else ''})\n{comment(r.query.fr)}\n"
                       f"{comment(r.query.en)}\n{r.render(fmt, width=width)}\n")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        return "".join(f"<h4>{html.escape(r.query.title or name)}</h4><p>{html.escape(r.query.en)}</p>"
                       f"{r._repr_html_()}" for name, r in self.items())


@dataclass
class Picture:
    """A drawing written to ``path``; a notebook shows it inline."""

    path: Path
    nodes: int
    edges: int

    def _repr_png_(self) -> bytes | None:
        return self.path.read_bytes() if self.path.suffix.lower() == ".png" else None

    def _repr_svg_(self) -> str | None:
        return self.path.read_text(encoding="utf-8") if self.path.suffix.lower() == ".svg" else None

    def __repr__(self) -> str:
        return f"<kg.Picture {self.path} ({self.nodes} nodes, {self.edges} edges)>"
