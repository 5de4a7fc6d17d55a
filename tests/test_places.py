"""The places file (ontology/places.tsv, derived from GeoNames): how kg reads it, and that it
is the file the derivation script writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.gazetteer import Gazetteer, parse_places

ROOT = Path(__file__).resolve().parent.parent


def test_a_places_file_gives_folded_names_and_skips_its_comments(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("# towns\nBâle\tCH\nSaint-Étienne\tFR\n\n", encoding="utf-8")
    assert parse_places(path) == frozenset({"bale", "saint-etienne"})


def test_a_town_of_the_file_is_a_place_name_in_any_case_and_another_name_is_not():
    gazetteer = Gazetteer([], place_names=frozenset({"lannion"}))
    assert gazetteer.is_place_name("LANNION") and gazetteer.is_place_name("Lannion")
    assert not gazetteer.is_place_name("Lanvollon")


def test_the_places_file_is_the_one_the_script_derives():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_places.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_regions_file_is_read_with_the_towns():
    from kg.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    assert gazetteer.is_place_name("Puy-de-Dôme") and gazetteer.is_place_name("Thurgovie")
    assert gazetteer.is_place_name("Colmar")
