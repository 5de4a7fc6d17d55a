"""kg: a knowledge graph of French news — who did what to whom, when, where,
for how much, and according to whom, every fact tied to its sentence.

The library API (the CLI is a thin layer over it)::

    import kg
    report = kg.build(["seeds/"])          # into the default on-disk store
    rows = kg.query("events")              # list of dicts, plain values
    turtle = kg.export("turtle")
"""

from __future__ import annotations

from . import build as _building  # noqa: F401  the module first, so that `kg.build` stays the function
from . import evaluate as _scoring  # noqa: F401  the module first, so that `kg.evaluate` stays the function
from .api import BuildReport, ask, build, draw, evaluate, export, query, query_text, remove, serve, stats, to_rdflib, validate
from .errors import InputError, KgError, ModelError, QueryError, ResourceError, StoreError
from .session import Graph, Result, open  # noqa: A004  kg.open(store=...): the notebook's way in


def __getattr__(name: str):
    """``to_networkx`` is imported on first use: networkx is slow to import, and `kg query` needs none."""
    if name == "to_networkx":
        from .graph import to_networkx

        return to_networkx
    raise AttributeError(f"module 'kg' has no attribute '{name}'")


__version__ = "0.1.0"

__all__ = [
    "BuildReport", "ask", "build", "draw", "evaluate", "export", "query", "query_text", "remove", "serve", "stats", "to_rdflib",
    "validate",
    "to_networkx", "open", "Graph", "Result", "KgError", "InputError", "ModelError", "QueryError", "ResourceError", "StoreError",
]
