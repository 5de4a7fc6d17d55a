"""A store that lives on a SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB).

:class:`RemoteStore` offers the part of ``pyoxigraph.Store`` that kg uses
(``query``, ``update``, ``named_graphs``, ``quads_for_pattern``, ``len``,
``flush`` ...), so the library and the CLI run unchanged against a server:
reads go through the SPARQL 1.1 Protocol, writes through SPARQL Update. kg
replaces a document with one update request (``DROP SILENT GRAPH`` then
``INSERT DATA``), which a SPARQL 1.1 server applies as one operation: a
document's graph is whole, old or new. Only the standard library is used.

Where the endpoints are, from the ``--store`` URL:

- ``http://host:7878`` or any URL ending in ``/`` (Oxigraph, ``http://host:3030/ds/``
  for Fuseki): queries to ``URL/query``, updates to ``URL/update``;
- a URL ending in ``/query`` or ``/sparql``: updates to the sibling ``/update``;
- any other URL is both the query and the update endpoint (a Fuseki dataset URL).

``KG_STORE_UPDATE`` names the update endpoint outright (GraphDB:
``http://host:7200/repositories/NAME/statements``). ``user:password@`` in
the URL is sent as HTTP basic authentication.
"""

from __future__ import annotations

import base64
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterable, Iterator, Mapping

import pyoxigraph as ox

from .errors import StoreError

def _timeout() -> float:
    """``KG_STORE_TIMEOUT``: how long one request may take before kg gives up (seconds, default 600)."""
    try:
        return max(1.0, float(os.environ.get("KG_STORE_TIMEOUT") or 600))
    except ValueError:
        return 600.0
_PROBE_TIMEOUT = 10.0
_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_START_HINT = ("Start the server (for Oxigraph: `oxigraph serve --location DIR --bind HOST:PORT`) "
               "or point --store/KG_STORE at a running one.")


def is_remote(location: object) -> bool:
    """Is ``location`` a server store (an http(s) URL or a :class:`RemoteStore`)?"""
    return isinstance(location, RemoteStore) or str(location).startswith(("http://", "https://"))


def endpoints(url: str) -> tuple[str, str]:
    """The query and update endpoints a store URL names.

    >>> endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')
    >>> endpoints("http://h:3030/ds/sparql")
    ('http://h:3030/ds/sparql', 'http://h:3030/ds/update')
    >>> endpoints("http://h:3030/ds")
    ('http://h:3030/ds', 'http://h:3030/ds')
    """
    parts = urllib.parse.urlsplit(url)
    path = parts.path
    if path in ("", "/") or path.endswith("/"):
        base = path if path.endswith("/") else "/"
        query_path, update_path = base + "query", base + "update"
    elif path.rsplit("/", 1)[-1] in ("query", "sparql"):
        query_path, update_path = path, path.rsplit("/", 1)[0] + "/update"
    else:
        query_path = update_path = path
    query = urllib.parse.urlunsplit((parts.scheme, parts.netloc, query_path, parts.query, ""))
    update = urllib.parse.urlunsplit((parts.scheme, parts.netloc, update_path, parts.query, ""))
    return query, update


def _term(t: ox.NamedNode | ox.Literal | ox.BlankNode | ox.DefaultGraph) -> str:
    """A term as SPARQL text: its N-Triples form, escaped by pyoxigraph."""
    return str(t)


_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_TOKEN = re.compile(r"[?$:\w.-]+")


def where_brace(query: str) -> int | None:
    r"""Index just after the ``{`` that opens the query's WHERE clause (skipping
    comments, strings and IRIs), or None.

    >>> q = 'CONSTRUCT { ?s <p> "{" } WHERE { ?s ?p ?o }'
    >>> q[:where_brace(q)]
    'CONSTRUCT { ?s <p> "{" } WHERE {'
    >>> where_brace("SELECT * # WHERE {\n{ ?s ?p ?o }")
    20
    """
    depth = parens = 0
    first = None
    seen_where = False
    for i, tok in _tokens(query):
        if tok == "(":
            parens += 1
        elif tok == ")":
            parens -= 1
        elif tok == "{":
            if depth == 0 and parens == 0:
                if seen_where:
                    return i + 1
                if first is None:
                    first = i + 1
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0 and parens == 0 and tok.upper() == "WHERE":
            seen_where = True
    return first  # no WHERE keyword: SELECT * { ... } or ASK { ... }; a CONSTRUCT always has one


def _tokens(query: str) -> Iterator[tuple[int, str]]:
    """(index, token) of the query's words and brackets, skipping comments, strings and IRIs."""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end == -1 else end + 1
        elif c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not query.startswith(quote, i):
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
        elif c == "<" and _IRI.match(query, i):
            i = _IRI.match(query, i).end()
        elif c in "{}()":
            yield i, c
            i += 1
        elif (m := _TOKEN.match(query, i)) is not None:
            yield i, m.group(0)
            i = m.end()
        else:
            i += 1


def group_braces(query: str) -> list[int]:
    r"""Indexes just after every ``{`` that opens a group graph pattern: not a
    VALUES data block, not a CONSTRUCT template, not the braces around a subquery.

    >>> q = 'SELECT * { { SELECT ?x { ?x <p> "{" } } OPTIONAL { VALUES ?y { 1 } } }'
    >>> [q[max(0, i - 12):i].strip() for i in group_braces(q)]
    ['SELECT * {', 'SELECT ?x {', '} OPTIONAL {']
    """
    tokens = list(_tokens(query))
    out = []
    skip_depth = None  # inside a data block or a template: no group opens there
    depth = 0
    expect_data = expect_template = False
    for k, (i, tok) in enumerate(tokens):
        word = tok.upper()
        if tok == "{":
            depth += 1
            if skip_depth is not None:
                continue
            if expect_data or expect_template:
                skip_depth = depth
                expect_data = expect_template = False
                continue
            following = tokens[k + 1][1].upper() if k + 1 < len(tokens) else ""
            if following != "SELECT":
                out.append(i + 1)
        elif tok == "}":
            if skip_depth == depth:
                skip_depth = None
            depth -= 1
        elif skip_depth is None and word == "VALUES":
            expect_data = True
        elif skip_depth is None and word == "CONSTRUCT":
            nxt = tokens[k + 1][1].upper() if k + 1 < len(tokens) else ""
            expect_template = nxt == "{"
    return out


def bind_everywhere(query: str, substitutions: Mapping[ox.Variable, object]) -> str:
    """``query`` with a one-row ``VALUES`` block of the substitutions opening every
    group, subqueries' included: the variable is bound wherever it appears, as
    pyoxigraph's ``substitutions`` bind it, and the values stay RDF terms
    serialised by pyoxigraph (never raw text)."""
    names = " ".join(f"?{v.value}" for v in substitutions)
    values = " ".join(_term(t) for t in substitutions.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    at = group_braces(query)
    if not at:
        return f"{query}\n{block}"
    pieces, last = [], 0
    for i in at:
        pieces += [query[last:i], block]
        last = i
    return "".join(pieces) + query[last:]


class RemoteStore:
    """A SPARQL 1.1 server, used the way kg uses an embedded ``pyoxigraph.Store``."""

    def __init__(self, url: str, update_url: str | None = None, timeout: float | None = None) -> None:
        parts = urllib.parse.urlsplit(url)
        self._auth = None
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
            self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
            url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        self.url = url
        self.query_url, self.update_url = endpoints(url)
        if update_url:
            self.update_url = update_url
        self.timeout = timeout or _timeout()
        self.server = ""  # the Server header, once a request has been answered
        #: How a query's default graph becomes the union of all graphs: "oxigraph" (its
        #: union-default-graph parameter) or "graphs" (every graph as a default-graph-uri,
        #: standard SPARQL 1.1 Protocol); None: decided from the first answer's Server header.
        self.union = None

    def __repr__(self) -> str:
        return f"<RemoteStore {self.url}>"

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, data: bytes | None, headers: Mapping[str, str], timeout: float | None = None,
                 doing: str = "read") -> tuple[str, bytes]:
        """(content type, body) of one request; every failure becomes a StoreError or,
        for a query the server cannot parse, a SyntaxError (as pyoxigraph raises)."""
        headers = dict(headers)
        if self._auth:
            headers["Authorization"] = self._auth
        request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                self.server = response.headers.get("Server", "") or self.server
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            detail = detail[0][:300] if detail else err.reason
            if err.code == 400:
                raise SyntaxError(detail) from err
            if err.code in (401, 403):
                raise StoreError(f"{url}: the server refused to {doing} ({err.code} {err.reason}: {detail}). "
                                 "It may be read-only or need a user and password (http://USER:PASSWORD@HOST/...)."
                                 ) from err
            if err.code in (404, 405):
                raise StoreError(f"{url}: no SPARQL endpoint to {doing} here ({err.code} {err.reason}). Give the "
                                 "server's base URL (http://HOST:PORT for Oxigraph) or its query endpoint; set "
                                 "KG_STORE_UPDATE to its update endpoint if it has another one.") from err
            raise StoreError(f"{url}: the server failed to {doing} ({err.code} {err.reason}: {detail}). "
                             "Check the server's log, then run the command again.") from err
        except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, (socket.timeout, TimeoutError)) or isinstance(err, (socket.timeout, TimeoutError)):
                why = f"no answer within {timeout or self.timeout:g} s"
            else:
                why = str(reason)
            written = " It may or may not have applied the last write: run the same command again." \
                if doing == "write" else ""
            raise StoreError(f"{url}: cannot reach the SPARQL server ({why}).{written} {_START_HINT}") from err

    def probe(self, write: bool = False) -> None:
        """Fail now, before any work, if the server does not answer (or refuses updates)."""
        try:
            self._request(self.query_url, urllib.parse.urlencode({"query": "ASK {}"}).encode(),
                          {"Content-Type": "application/x-www-form-urlencoded", "Accept": _RESULTS},
                          timeout=_PROBE_TIMEOUT)
        except SyntaxError as err:
            raise StoreError(f"{self.query_url}: this is not a SPARQL query endpoint ({err}). Give the server's "
                             "base URL (http://HOST:PORT for Oxigraph) or its query endpoint.") from err
        try:
            if write:  # an update that changes nothing, so a read-only server is found out now
                self._request(self.update_url, b"INSERT DATA { }", {"Content-Type": "application/sparql-update"},
                              timeout=_PROBE_TIMEOUT, doing="write")
        except SyntaxError as err:
            raise StoreError(f"{self.update_url}: the server does not take SPARQL updates here ({err}). Set "
                             "KG_STORE_UPDATE to its update endpoint.") from err

    # ------------------------------------------------------------ SPARQL

    @staticmethod
    def _prologue(base_iri: str | None, prefixes: Mapping[str, str] | None) -> str:
        head = f"BASE <{ox.NamedNode(base_iri).value}>\n" if base_iri else ""
        return head + "".join(f"PREFIX {p}: <{ox.NamedNode(ns).value}>\n" for p, ns in (prefixes or {}).items())

    def _union_params(self) -> list[tuple[str, str]]:
        """Protocol parameters making the default graph the union of all graphs."""
        if self.union is None:
            if not self.server:
                self.probe()
            self.union = "oxigraph" if self.server.lower().startswith("oxigraph") else "graphs"
        if self.union == "oxigraph":
            return [("union-default-graph", "")]
        # Any SPARQL 1.1 server: the default graph is the merge of the graphs listed; a
        # dataset given this way has only the named graphs listed too, so list them all.
        graphs = [g.value for g in self.named_graphs()] or ["urn:kg:none"]
        return [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]

    def query(self, query: str, *, base_iri: str | None = None, prefixes: Mapping[str, str] | None = None,
              use_default_graph_as_union: bool = False, default_graph=None, named_graphs=None,
              substitutions: Mapping[ox.Variable, object] | None = None):
        """Like ``pyoxigraph.Store.query``: QuerySolutions, QueryBoolean or QueryTriples.

        ``substitutions`` become a ``VALUES`` block opening every group
        (:func:`bind_everywhere`): RDF terms, never raw text.
        """
        if substitutions:
            query = bind_everywhere(query, substitutions)
        text = self._prologue(base_iri, prefixes) + query
        params: list[tuple[str, str]] = [("query", text)]
        if default_graph is not None:
            graphs = default_graph if isinstance(default_graph, (list, tuple, set)) else [default_graph]
            params += [("default-graph-uri", g.value) for g in graphs if isinstance(g, ox.NamedNode)]
        elif use_default_graph_as_union:
            params += self._union_params()
        if named_graphs is not None:
            params += [("named-graph-uri", g.value) for g in named_graphs]
        kind, body = self._request(self.query_url, urllib.parse.urlencode(params).encode("utf-8"),
                                   {"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": f"{_RESULTS}, {_TRIPLES}"})
        media = kind.split(";")[0].strip().lower()
        results_format = ox.QueryResultsFormat.from_media_type(media) if media else None
        if results_format is not None:
            return ox.parse_query_results(body, format=results_format)
        rdf_format = ox.RdfFormat.from_media_type(media) if media else None
        if rdf_format is None:
            raise StoreError(f"{self.query_url}: the server answered in {kind or 'an unknown format'}, which kg "
                             "cannot read. Is this a SPARQL endpoint?")
        # pyoxigraph builds QueryTriples only from a query: ask an in-memory copy for them.
        scratch = ox.Store()
        scratch.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(body, format=rdf_format))
        return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")

    def update(self, update: str, *, base_iri: str | None = None, prefixes: Mapping[str, str] | None = None) -> None:
        """One SPARQL Update request: the server applies all its operations or none."""
        text = self._prologue(base_iri, prefixes) + update
        self._request(self.update_url, text.encode("utf-8"), {"Content-Type": "application/sparql-update"},
                      doing="write")

    # ------------------------------------------------------------ the rest of the Store interface kg uses

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            if isinstance(row["g"], ox.NamedNode):
                yield row["g"]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {_term(graph)} {{ }} }}"))

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (``None`` matches anything), as ``Store.quads_for_pattern``."""
        s, p, o = (_term(t) if t is not None else f"?{n}" for t, n in ((subject, "s"), (predicate, "p"), (object, "o")))
        triple = f"{s} {p} {o}"
        if isinstance(graph_name, ox.DefaultGraph):
            where = triple
        elif graph_name is not None:
            where = f"GRAPH {_term(graph_name)} {{ {triple} }}"
        else:
            where = f"{{ {triple} }} UNION {{ GRAPH ?g {{ {triple} }} }}"
        for row in self.query(f"SELECT * WHERE {{ {where} }}"):
            g = graph_name if graph_name is not None else (row["g"] or ox.DefaultGraph())
            yield ox.Quad(subject if subject is not None else row["s"], predicate if predicate is not None else row["p"],
                          object if object is not None else row["o"], g)

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def __len__(self) -> int:
        (row,) = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))
        return int(row["n"].value)

    def __bool__(self) -> bool:  # a store object is always there, whatever it holds
        return True

    def _data(self, operation: str, quads: Iterable[ox.Quad]) -> None:
        by_graph: dict[object, list[ox.Triple]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(ox.Triple(q.subject, q.predicate, q.object))
        blocks = []
        for graph, triples in by_graph.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            blocks.append(body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {_term(graph)} {{\n{body}}}")
        if blocks:
            self.update(f"{operation} {{\n" + "\n".join(blocks) + "\n}")

    def add(self, quad: ox.Quad) -> None:
        self._data("INSERT DATA", [quad])

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self._data("INSERT DATA", quads)

    bulk_extend = extend

    def remove(self, quad: ox.Quad) -> None:
        self._data("DELETE DATA", [quad])

    def add_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CREATE SILENT GRAPH {_term(graph)}")

    def clear_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CLEAR SILENT GRAPH {_term(graph)}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {_term(graph)}")

    def clear(self) -> None:
        self.update("DROP SILENT ALL")

    def flush(self) -> None:
        """Nothing to do: the server has applied every update when it answered."""

    def optimize(self) -> None:
        """Nothing to do: the server looks after its own storage."""


def open_remote(url: str, read_only: bool = False) -> RemoteStore:
    """A server store, checked now: a server that does not answer (or, for a
    command that writes, refuses updates) is reported before any work."""
    store = RemoteStore(url, update_url=os.environ.get("KG_STORE_UPDATE") or None)
    store.probe(write=not read_only)
    return store
