"""notebooks/tour.ipynb runs end to end in a real Jupyter kernel (nbclient + ipykernel)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOUR = ROOT / "notebooks" / "tour.ipynb"
CELL_TIMEOUT = 600  # seconds for one cell: the build cell loads the spaCy model


@pytest.mark.slow
def test_the_tour_runs_and_shows_tables_and_a_picture():
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(TOUR, as_version=4)
    NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                   resources={"metadata": {"path": str(TOUR.parent)}}).execute()  # raises on any failing cell

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="kg-result"' in h and "<b>job-offers</b>" in h for h in html)  # a saved question's table
    assert any("<table" in h and "dataframe" in h for h in html)  # a pandas DataFrame
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the picture, inline
    text = "".join(o.get("text", "") for o in outputs)
    assert "kg.ttl:" in text and " triples" in text  # Turtle written and read back
