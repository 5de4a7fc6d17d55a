"""Benchmark: pictures and the HTML view at 1, 10 and 200 articles.

The corpus is made at run time in a temporary folder: the dev articles
(``../shared/dev/docs``) and the seed, copied under other names until there
are 200 (their text is never committed). Each size is built with
``kg.build`` into its own store, then drawn as a PNG and as an HTML page;
headless Chromium (when installed) checks that the page draws every node.

Each time is given as a ratio to the projection of the same store into
networkx (``kg.to_networkx``), measured in the same run, so the figures
compare across machines.

    python bench/bench_draw.py [--out DIR] [--sizes 1,10,200]

The pictures stay in ``--out`` (default: a new temporary folder, printed),
to be looked at.
"""

from __future__ import annotations

import argparse
import gc
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_DOCS = ROOT.parent / "shared" / "dev" / "docs"
SEEDS = ROOT / "seeds"


def sources() -> list[Path]:
    found = sorted(SEEDS.glob("*.txt")) + sorted(DEV_DOCS.glob("*.txt"))
    if not found:
        sys.exit(f"bench_draw: no articles in {SEEDS} or {DEV_DOCS}")
    return found


def make_corpus(folder: Path, n: int) -> Path:
    """``n`` articles in ``folder``: the sources in turn, copy k named ``c<k>_<stem>``."""
    folder.mkdir(parents=True, exist_ok=True)
    src = sources()
    for k in range(n):
        original = src[k % len(src)]
        shutil.copyfile(original, folder / f"c{k:03d}_{original.stem}.txt")
    return folder


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def chromium_count(page: Path, profile: Path) -> int | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        return None
    out = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
                         capture_output=True, text=True, timeout=600).stdout
    found = re.search(r'id="drawn-nodes">(\d+)<', out)
    return int(found.group(1)) if found else -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="where the pictures go (default: a temporary folder)")
    parser.add_argument("--sizes", default="1,10,200", help="numbers of articles (default 1,10,200)")
    args = parser.parse_args()
    from kg.api import build  # kg.build can be shadowed by the module kg/build.py once that is imported
    from kg.graph import to_networkx
    from kg.picture import draw
    from kg.view import write_view

    out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-draw-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-corpus-"))
    print(f"pictures in {out}; {len(sources())} source articles copied up to each size")
    print(f"{'articles':>8} {'nodes':>6} {'edges':>6} {'build s':>8} {'project s':>9} "
          f"{'png/proj':>8} {'html/proj':>9} {'named':>6} {'chromium drew':>13}")
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            corpus = make_corpus(work / f"docs{n}", n)
            store = str(work / f"store{n}")
            report, t_build = timed(lambda: build([corpus], store=store))
            del report
            gc.collect()
            graph, t_project = timed(lambda: to_networkx(store))
            png = out / f"graph-{n}.png"
            page = out / f"graph-{n}.html"
            named, t_png = timed(lambda: draw(graph, png, title=f"kg — {n} article{'s' * (n != 1)}"))
            _, t_html = timed(lambda: write_view(graph, page, title=f"kg — {n} article{'s' * (n != 1)}"))
            drew = chromium_count(page, work / "chromium")
            shown = "no chromium" if drew is None else f"{drew}/{graph.number_of_nodes()}"
            print(f"{n:>8} {graph.number_of_nodes():>6} {graph.number_of_edges():>6} {t_build:>8.1f} {t_project:>9.2f} "
                  f"{t_png / t_project:>8.1f} {t_html / t_project:>9.1f} {named:>6} {shown:>13}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
