"""Where kg finds its data folders (``ontology/``, ``queries/``).

They live at the top of the project so that people can extend them without
touching code; an editable install keeps them next to the package, a plain
install copies them to ``<prefix>/share/kg``. ``KG_HOME`` points elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import ResourceError


def project_root() -> Path:
    """The folder that holds ``ontology/`` and ``queries/``: ``KG_HOME``, else the
    project next to the package (an editable install), else ``<prefix>/share/kg``."""
    env = os.environ.get("KG_HOME")
    candidates = [Path(env)] if env else [Path(__file__).resolve().parent.parent, Path(sys.prefix) / "share" / "kg"]
    for root in candidates:
        if (root / "ontology").is_dir():
            return root
    raise ResourceError(
        f"kg cannot find its ontology folder under {' or '.join(map(str, candidates))}. Install kg from its "
        "project folder with `pip install -e .`, or set KG_HOME to that folder."
    )


def ontology_dir() -> Path:
    return project_root() / "ontology"


def queries_dir() -> Path:
    return project_root() / "queries"


def ontology_file(name: str) -> Path:
    path = ontology_dir() / name
    if not path.is_file():
        raise ResourceError(f"{path} is missing: restore it from the kg repository.")
    return path
