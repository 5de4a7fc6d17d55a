"""Dates written in French: "le 14 juillet 2023", "vendredi 1er septembre",
"en juillet 2023". Pure text in, ISO dates out; a date without a year takes
the year of the document's publication date, and is left out without one."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), start=1)}
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})

_DATE = re.compile(
    r"\b(?:(?P<day>[0-3]?\d)(?:er)?\s+)?(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) +
    r")(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    begin: int
    end: int
    iso: str  # YYYY-MM-DD or YYYY-MM


def find_dates(text: str, year: int | None = None, offset: int = 0) -> list[FoundDate]:
    """Dates in ``text``; ``year`` completes those that give none.

    >>> [d.iso for d in find_dates("vendredi 1er septembre", 2023)]
    ['2023-09-01']
    >>> [d.iso for d in find_dates("le 14 juillet 2023 et en mai 2024")]
    ['2023-07-14', '2024-05']
    >>> find_dates("vendredi 1er septembre")
    []
    >>> [d.iso for d in find_dates("proposé en juillet une hausse", 2023)]
    ['2023-07']
    """
    found = []
    for m in _DATE.finditer(text):
        day, month, y = m.group("day"), MONTHS[m.group("month").lower()], m.group("year")
        if not day and not y and not re.search(r"\b(?:en|début|fin|mi-)\s*$", text[max(0, m.start() - 7):m.start()], re.I):
            continue  # "mai" alone is too often not a date; "en mai" is one
        full_year = int(y) if y else year
        if full_year is None:
            continue
        if day and not 1 <= int(day) <= 31:
            continue
        iso = f"{full_year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        found.append(FoundDate(m.start() + offset, m.end() + offset, iso))
    return found
