"""The ``kg`` command: each command parses its options, makes one library
call, and turns a :class:`KgError` into its message and exit code."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from . import api
from .errors import InputError, KgError, QueryError

store_option = click.option(
    "--store", envvar="KG_STORE", default=None, metavar="PATH_OR_URL",
    help="Where the graph lives (default: .kg-store in this folder; env KG_STORE; 'memory:' for a throw-away one).",
)


def reports_errors(fn):
    """Print a KgError as one clear line on stderr and exit with its code."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as err:
            click.echo(f"kg: {err}", err=True)
            sys.exit(err.exit_code)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build a knowledge graph from French news articles and question it."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--dask", "dask", default=None, metavar="SCHEDULER_ADDRESS",
              help="Run the extraction on this Dask distributed cluster (e.g. tcp://10.0.0.5:8786); "
                   "needs `pip install 'kg[dask]'`.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parser processes (spaCy's n_process): up to the number of cores.")
@click.option("--force", is_flag=True, help="Parse every document again, even those unchanged since they were built.")
@reports_errors
def build(paths: tuple[Path, ...], store: str | None, dask: str | None, workers: int, force: bool) -> None:
    """Read PATHS (.txt files or folders; default seeds/) into the store.

    A document already in the store is replaced, never duplicated; one whose
    text has not changed since it was built is not parsed again. Each document
    is written whole; after an interruption, the same command completes the rest.
    """
    bar = _ProgressBar()
    try:
        report = api.build(list(paths) or None, store=store, dask=dask, workers=workers, progress=bar, force=force)
    finally:
        bar.close()
    click.echo(str(report).splitlines()[-1])  # each document's line was printed as it was written


class _ProgressBar:
    """click's progress bar on stderr, made when the build knows its length
    (drawn only on a terminal); each document's line goes to stdout as soon as
    it is written, so an interrupted build has listed exactly what it wrote."""

    def __init__(self) -> None:
        self.bar = None
        self.done = 0

    def __call__(self, done: int, total: int, what: str, written: tuple | None = None) -> None:
        if written is not None:
            doc_id, events, quads = written
            if self.bar is not None:
                self.bar.render_finish()
            click.echo(f"{doc_id}: {events} events, {quads} triples")
        if self.bar is None:
            if not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label="kg build", file=sys.stderr,
                                         item_show_func=lambda item: item)
            self.bar.__enter__()
        self.bar.update(done - self.done, what)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command()
@click.argument("doc_ids", nargs=-1, required=True, metavar="ID...")
@store_option
@reports_errors
def remove(doc_ids: tuple[str, ...], store: str | None) -> None:
    """Retract documents by id (file name without .txt): their graphs go, the rest stays."""
    for doc_id in api.remove(doc_ids, store=store):
        click.echo(f"removed {doc_id}")


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {item}: write it as NAME=VALUE, e.g. --param name=Netflix.")
        out[key.strip()] = value
    return out


@main.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "sparql-json"]),
              default="table", show_default=True, help="sparql-json: W3C SPARQL 1.1 JSON results.")
@click.option("--sparql", default=None, metavar="TEXT",
              help="Run this SPARQL text instead of a saved query ('-' reads it from standard input).")
@click.option("--columns", "-c", default=None, metavar="A,B", help="Show only these columns, in this order.")
@click.option("--list", "list_", is_flag=True, help="List the saved queries with their questions and parameters.")
@store_option
@reports_errors
def query(name: str | None, params: tuple[str, ...], fmt: str, sparql: str | None, columns: str | None,
          list_: bool, store: str | None) -> None:
    """Run a saved query by NAME, a .rq file, or --sparql TEXT.

    IRI parameters take the short ids tables show (kgr:doc/ID/event/12),
    prefixed names (kg:Strike) or full IRIs.
    """
    from .session import open as open_graph

    if list_:
        click.echo(api.list_queries())
        return
    if sparql == "-":
        sparql = sys.stdin.read()
    with open_graph(store, read_only=True) as graph:
        result = graph.query(name, _params(params), sparql=sparql)
        if columns:
            result = result.select([c.strip() for c in columns.split(",") if c.strip()])
        click.echo(result.render(fmt, width=_width()))
    for note in result.notes:
        click.echo(f"kg: {note}", err=True)


def _width() -> int:
    """The terminal's width, or 100 columns when the output is not a terminal."""
    import os
    import shutil

    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(list(api.EXPORT_FORMATS)), default="turtle",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--no-ontology", is_flag=True, help="Leave out the ontology, lexicon and gazetteer graph.")
@store_option
@reports_errors
def export(fmt: str, output: Path | None, no_ontology: bool, store: str | None) -> None:
    """Write the graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD (or, for Gephi, GraphML or GEXF)."""
    from .store import is_inside_store, store_location

    if output is not None and is_inside_store(output, store):
        raise InputError(f"{output}: is inside the store {store_location(store)}, and writing it would damage the "
                         "store. Write the export to a file outside that folder.")
    data = api.export(fmt, store=store, include_ontology=not no_ontology)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        api.write_file(output, data)
        click.echo(f"wrote {output}", err=True)


@main.command()
@store_option
@reports_errors
def stats(store: str | None) -> None:
    """Count the documents, entities, events and triples in the store."""
    for key, value in api.stats(store).items():
        click.echo(f"{key:10} {value}")


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              help="json: one JSON document, a list of the questions with their rows.")
@store_option
@reports_errors
def ask(fmt: str, store: str | None) -> None:
    """Answer every saved question (one with parameters with example values from the store)."""
    from .session import open as open_graph

    with open_graph(store, read_only=True) as graph:
        click.echo(graph.ask().render(fmt, width=_width()))


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("kg-graph.png"),
              show_default=True, help="The file to write: a picture (.png, .svg, .pdf) or an interactive page (.html).")
@click.option("--doc", default=None, metavar="ID", help="Draw only this document's events (its file name without .txt).")
@click.option("--entity", default=None, metavar="NAME",
              help="Draw only the neighbourhood of the entity with this name or alias (any case).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0, 20), metavar="N",
              help="With --entity: how many steps around it (1: its events; 2: also their other participants).")
@store_option
@reports_errors
def draw(output: Path, doc: str | None, entity: str | None, depth: int, store: str | None) -> None:
    """Draw the events and their participants: a picture, or a page to explore."""
    nodes, edges = api.draw(output, store=store, doc=doc, entity=entity, depth=depth)
    click.echo(f"wrote {output} ({nodes} nodes, {edges} edges)")


@main.command()
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535), help="The port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on (0.0.0.0 opens it to the network).")
@store_option
@reports_errors
def serve(port: int, host: str, store: str | None) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page (Oxigraph's server).

    While it serves, the store is locked: a `kg build` on it waits until you stop the server (Ctrl-C).
    """
    import signal

    from .endpoint import prefix_lines

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    # a TERM that comes while the server starts, or before kg waits on it, stops it as cleanly as one
    # while it serves (the endpoint answers before this process is back from starting it)
    signal.signal(signal.SIGTERM, interrupt)
    endpoint = None
    try:
        endpoint = api.serve(store, host=host, port=port)
        click.echo(f"query page       {endpoint.url}\nSPARQL endpoint  {endpoint.query_url} "
                   f"(read-only; the default graph is the union of all graphs)\nCtrl-C stops it. "
                   f"kg's prefixes, to put above a query:\n{prefix_lines()}")
        code = endpoint.wait()
    except KeyboardInterrupt:
        code = 0
    finally:
        if endpoint is not None:
            endpoint.stop()
    sys.exit(code)


@main.command()
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--docs", type=click.Path(path_type=Path), default=None, metavar="DIR",
              help="The folder of the articles, DIR/<name>.txt for GOLD_DIR/<name>.json (default: GOLD_DIR).")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def evaluate(gold_dir: Path, docs: Path | None, fmt: str) -> None:
    """Score kg on articles annotated in GOLD_DIR (one <name>.json per article).

    The articles are read into a throw-away in-memory store: your store is not touched.
    """
    result = api.evaluate(gold_dir, docs)
    click.echo(result.as_json() if fmt == "json" else result.as_text())


@main.command()
@store_option
@reports_errors
def validate(store: str | None) -> None:
    """Check the graph against the SHACL shapes of ontology/shapes.ttl."""
    conforms, text = api.validate(store)
    click.echo(text)
    sys.exit(0 if conforms else 1)


if __name__ == "__main__":  # pragma: no cover
    main()
