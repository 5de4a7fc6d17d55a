"""Where kg finds its data folders (``ontology/``, ``queries/``).

They live at the top of the project so that people can extend them without
touching code; an editable install keeps them next to the package.
``KG_HOME`` points elsewhere when the project lives somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ResourceError


def project_root() -> Path:
    """The folder that holds ``ontology/`` and ``queries/``."""
    env = os.environ.get("KG_HOME")
    root = Path(env) if env else Path(__file__).resolve().parent.parent
    if not (root / "ontology").is_dir():
        raise ResourceError(
            f"kg cannot find its ontology folder under {root}. Install kg from its "
            "project folder with `pip install -e .`, or set KG_HOME to that folder."
        )
    return root


def ontology_dir() -> Path:
    return project_root() / "ontology"


def queries_dir() -> Path:
    return project_root() / "queries"


def ontology_file(name: str) -> Path:
    path = ontology_dir() / name
    if not path.is_file():
        raise ResourceError(f"{path} is missing: restore it from the kg repository.")
    return path
