"""Dates written in French: "le 14 juillet 2023", "vendredi 1er septembre",
"en juillet 2023", "mardi", "hier", "la semaine dernière", "l'an dernier",
"d'ici la fin de l'année", "en 2026". Pure text in, ISO dates out.

A date that leaves something unsaid is completed from the document's
publication date (``published``, "YYYY", "YYYY-MM" or "YYYY-MM-DD"), and only
as precisely as that date allows: "mardi" is a day when the publication day is
known, the publication month when only the month is, and nothing otherwise.
Without a publication date such dates are left out. The ISO form is always a
valid xsd:date (YYYY-MM-DD), xsd:gYearMonth (YYYY-MM) or xsd:gYear (YYYY).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), start=1)}
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})
WEEKDAYS = {d: i for i, d in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er)?"

# "(jeudi) 12 octobre (2023)", "du 3 au 5 mai", "1er septembre"
_DAY_DATE = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})\s+)?(?:(?:du|entre\s+le)\s+(?P<first>{_DAY})\s+(?:au|et\s+le)\s+)?"
    rf"(?P<day>{_DAY})\s+(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?(?!\w)",
    re.IGNORECASE,
)
# "14/04/2024", "14.04.2024"
_NUMERIC = re.compile(r"(?<![\d.,/])(?P<day>[0-3]?\d)([./])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?![\d.,/]\d)")
# "en mai", "fin mars 2024", "mi-juin", "au mois de mai", "mai 2024"
_MONTH_DATE = re.compile(
    rf"(?:\b(?P<lead>en|début|fin|mi-|courant|dès|d'ici|depuis|à\s+partir\s+d(?:e\s+|')|(?:au|le)\s+mois\s+d(?:e\s+|'))\s*)?"
    rf"\b(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?(?!\w)",
    re.IGNORECASE,
)
# "en 2026", "fin 2025", "d'ici à 2030", "au printemps 2025"
_YEAR_DATE = re.compile(
    rf"\b(?:en|début|fin|mi-|courant|dès|à\s+partir\s+de|d'ici(?:\s+à)?(?:\s+(?:la\s+)?fin)?|(?:au|le)\s+(?:printemps|premier\s+semestre|second\s+semestre)"
    rf"|(?:à\s+l'|l')(?:été|automne|hiver)|(?:en|cet)\s+(?:été|automne|hiver))\s*(?P<year>{_YEAR})(?![\w,.]\d|\s*(?:%|euros?|dollars?|€|\$))",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<last>l'an\s+(?:dernier|passé)|l'année\s+(?:dernière|passée|précédente))"
    r"|(?P<next>l'an\s+prochain|l'année\s+prochaine)"
    r"|(?P<this>cette\s+année|(?:d'ici\s+(?:à\s+)?)?(?:la\s+)?fin\s+(?:de\s+l'|d')année"
    r"|(?:cet|ce)\s+(?:été|automne|hiver|printemps)))(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_MONTH = re.compile(
    r"\b(?:(?P<last>le\s+mois\s+(?:dernier|passé)|la\s+semaine\s+(?:dernière|passée))"
    r"|(?P<next>le\s+mois\s+prochain|la\s+semaine\s+prochaine)"
    r"|(?P<this>ce\s+mois-ci|cette\s+semaine))(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<word>avant-hier|après-demain|hier|demain|aujourd'hui|ce\s+matin|ce\s+soir"
    r"|cet\s+après-midi|cette\s+nuit)"
    r"|(?P<weekend>(?:ce|le)\s+(?:week-end|weekend)(?:\s+(?P<wdir>dernier|prochain))?)"
    rf"|(?P<weekday>{_WEEKDAY})(?:\s+(?P<dir>dernier|prochain|matin|soir|après-midi))?)(?!\w)",
    re.IGNORECASE,
)
# "jusqu'à aujourd'hui", "le monde d'aujourd'hui": a span of time or an era, no day
# "les métiers de demain": an era, no day
_UNTIL_BEFORE = re.compile(r"(?:jusqu'(?:à\s*)?|\bd'|\bde\s+)$", re.IGNORECASE)
_ERA_WORDS = ("aujourd'hui", "demain", "après-demain")
_SHIFT = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}
# "chaque mardi", "tous les mardis", "le mardi": habits, not a day
_HABIT_BEFORE = re.compile(r"\b(?:chaque|tous\s+les|les|le)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    begin: int
    end: int
    iso: str  # YYYY-MM-DD, YYYY-MM or YYYY
    yearless: bool = False  # the text gave a day or a month with no year: the year is a guess
    # a bare weekday read as the one just past ('mardi'); an event still to come means the next one
    weekday_past: bool = False


@dataclass(frozen=True)
class _Published:
    year: int
    month: int | None = None
    day: date | None = None


def _published(published: str | None, year: int | None) -> _Published | None:
    if published:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published.strip())
        if m:
            y, mo, d = int(m.group(1)), m.group(2), m.group(3)
            if d:
                try:
                    return _Published(y, int(mo), date(y, int(mo), int(d)))
                except ValueError:
                    pass
            if mo and 1 <= int(mo) <= 12:
                return _Published(y, int(mo))
            return _Published(y)
    return _Published(year) if year else None


def _year_for(month: int, pub: _Published, ahead: int = 2) -> list[int]:
    """Years a date with no year may fall in, the likeliest first. A day ("le 14
    mai") is mostly of the recent past or the near future, so one more than
    ``ahead`` months after publication is last year's; a month alone ("en
    septembre") is the publication year's (``ahead=11``). Either, more than nine
    months before publication, is next year's ("en janvier" read in December)."""
    if pub.month is None:
        return [pub.year]
    order = []
    for y in (pub.year, pub.year - 1, pub.year + 1):
        gap = (y - pub.year) * 12 + month - pub.month
        if -9 <= gap <= ahead:
            order.append(y)
    return order + [y for y in (pub.year, pub.year - 1, pub.year + 1) if y not in order]


def _valid_day(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:
        return None


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


_MONTH_WORD = re.compile(_MONTH)  # in lower case, to find where a month may be written


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w is to the regular expressions


def _words_at(text: str, words: tuple[str, ...]) -> list[int] | None:
    """Where one of ``words`` (in lower case) may begin a word, every occurrence, as
    ``re.IGNORECASE`` compares letters (lower case, and the dotless i and the long s it takes for
    i and s); None when lower case changes the length."""
    low = text.lower()
    if len(low) != len(text):
        return None
    low = low.replace("\u0131", "i").replace("\u017f", "s")
    return [q for q in _occurrences(low, words) if q == 0 or not _word_char(text[q - 1])]


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``words`` occurs in ``text``, overlapping ones too."""
    out = []
    for word in words:
        q = text.find(word)
        while q != -1:
            out.append(q)
            q = text.find(word, q + 1)
    return out


# what the relative dates below must hold, in lower case: a year or a season; a month or a week; a day
_YEAR_WORDS = ("l'an", "année", "été", "automne", "hiver", "printemps")
_MONTH_WEEK_WORDS = ("mois", "semaine")
_DAY_WORDS = ("hier", "demain", "aujourd'hui", "matin", "soir", "midi", "nuit", "week", *WEEKDAYS)
_NUMERIC_HINT = re.compile(r"\d[./]\d")


def _month_anchors(text: str) -> list[int] | None:
    """Where a month name may begin a word, as ``re.IGNORECASE`` compares letters (lower case, and
    the dotless i and the long s it takes for i and s); None when lower case changes the length."""
    low = text.lower()
    if len(low) != len(text):
        return None
    low = low.replace("\u0131", "i").replace("\u017f", "s")
    return [q for q in (m.start() for m in _MONTH_WORD.finditer(low)) if q == 0 or not _word_char(text[q - 1])]


def _anchored(pattern: re.Pattern, text: str, anchors: list[int] | None, runs: int) -> list[re.Match]:
    """``list(pattern.finditer(text))``, the pattern tried only at the word starts up to ``runs``
    runs of non-blanks before an anchor: for a pattern whose every match starts at a word start
    and holds an anchor, with at most ``runs`` such runs before it (a month name after a weekday, a
    day, 'à partir de'...). The regular expressions below, tried at every character, cost more
    than the rest of the date finder; a month is named a few times an article."""
    if anchors is None:
        return list(pattern.finditer(text))
    starts = set()
    for q in anchors:
        i = q
        for _ in range(runs):
            while i > 0 and text[i - 1].isspace():
                i -= 1
            while i > 0 and not text[i - 1].isspace():
                i -= 1
        starts.update(p for p in range(i, q + 1) if _word_char(text[p]) and (p == 0 or not _word_char(text[p - 1])))
    return _matches_at(pattern, text, starts)


def _matches_at(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """``list(pattern.finditer(text))`` when every match starts at one of ``starts``."""
    found, end = [], 0
    for p in sorted(starts):
        if p >= end:  # finditer goes on after the end of a match
            m = pattern.match(text, p)
            if m:
                found.append(m)
                end = m.end()
    return found


def _find_day_dates(text: str, pub: _Published | None, months: list[int] | None = None) -> list[tuple[int, int, str]]:
    found = []
    # a weekday, 'entre le', a first day, 'et le', a day: seven runs before the month at most
    for m in _anchored(_DAY_DATE, text, months if months is not None else _month_anchors(text), 7):
        month = MONTHS[m.group("month").lower()]
        day = _day_number(m.group("first") or m.group("day"))
        if m.group("year"):
            years = [int(m.group("year"))]
        elif pub is not None:
            years = _year_for(month, pub)
        else:
            continue
        days = [d for d in (_valid_day(y, month, day) for y in years) if d is not None]
        if not days:
            continue  # "31 avril"
        chosen = days[0]
        if m.group("weekday") and not m.group("first"):  # "jeudi 12 octobre": the year whose 12 October is a Thursday
            weekday = WEEKDAYS[m.group("weekday").lower()]
            chosen = next((d for d in days if d.weekday() == weekday), chosen)
        found.append((m.start(), m.end(), chosen.isoformat(), not m.group("year")))
    # a day of one or two digits before the separator: a digit, a separator and a digit at the day's last digit
    for m in _matches_at(_NUMERIC, text, {p for h in _NUMERIC_HINT.finditer(text) for p in (h.start() - 1, h.start())
                                          if p >= 0}):
        d = _valid_day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if d is not None:
            found.append((m.start(), m.end(), d.isoformat()))
    return found


def _find_month_dates(text: str, pub: _Published | None, months: list[int] | None = None) -> list[tuple[int, int, str]]:
    found = []
    # 'à partir de', 'au mois de': three runs before the month at most
    for m in _anchored(_MONTH_DATE, text, months if months is not None else _month_anchors(text), 3):
        if not m.group("lead") and not m.group("year"):
            continue  # "mai" alone is too often not a date; "en mai" is one
        month = MONTHS[m.group("month").lower()]
        if m.group("year"):
            y = int(m.group("year"))
        elif pub is not None:
            y = _year_for(month, pub, ahead=11)[0]
        else:
            continue
        found.append((m.start(), m.end(), f"{y:04d}-{month:02d}", not m.group("year")))
    return found


def _month_iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _add_months(pub: _Published, n: int) -> str:
    assert pub.month is not None
    index = pub.year * 12 + pub.month - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _find_relative(text: str, pub: _Published | None) -> list[tuple[int, int, str]]:
    if pub is None:
        return []
    found = []
    # 'l'an', 'l'année' begin their match; 'd'ici à la fin de l'année': six runs before 'année'; 'cet été': one
    words = _words_at(text, _YEAR_WORDS)
    for m in _anchored(_RELATIVE_YEAR, text, words, 6):
        y = pub.year - 1 if m.group("last") else pub.year + 1 if m.group("next") else pub.year
        found.append((m.start(), m.end(), f"{y:04d}"))
    if pub.month is None:
        return found
    for m in _anchored(_RELATIVE_MONTH, text, _words_at(text, _MONTH_WEEK_WORDS), 1):  # 'le mois', 'cette semaine'
        week = "semaine" in m.group().lower()
        shift = -1 if m.group("last") else 1 if m.group("next") else 0
        if pub.day is not None and week:
            iso = _month_iso(pub.day + timedelta(days=7 * shift))
        elif week:
            iso = _add_months(pub, 0)  # a week before a month's publication: most likely that month
        else:
            iso = _add_months(pub, shift)
        found.append((m.start(), m.end(), iso))
    for m in _anchored(_RELATIVE_DAY, text, _words_at(text, _DAY_WORDS), 2):  # 'cet après-midi': two runs
        word = (m.group("word") or "").lower()
        if word in _ERA_WORDS and _UNTIL_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
            continue
        if m.group("weekday") and (_HABIT_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                                   and not m.group("dir")):
            continue
        if pub.day is None:
            found.append((m.start(), m.end(), _add_months(pub, 0)))
            continue
        if m.group("word"):
            word = re.sub(r"\s+", " ", m.group("word").lower())
            day = pub.day + timedelta(days=_SHIFT.get(word, 0))
        elif m.group("weekend"):
            day = _weekend(pub.day, (m.group("wdir") or "").lower())
        else:
            weekday = WEEKDAYS[m.group("weekday").lower()]
            direction = (m.group("dir") or "").lower()
            if direction == "prochain":
                day = pub.day + timedelta(days=(weekday - pub.day.weekday()) % 7 or 7)
            elif direction == "dernier":
                day = pub.day - timedelta(days=(pub.day.weekday() - weekday) % 7 or 7)
            else:  # "mardi": news tells mostly of days just past, the publication day included
                day = pub.day - timedelta(days=(pub.day.weekday() - weekday) % 7)
                found.append((m.start(), m.end(), day.isoformat(), False, day < pub.day))
                continue
        found.append((m.start(), m.end(), day.isoformat()))
    return found


def _weekend(pub: date, direction: str) -> date:
    """The Saturday of 'ce week-end' (read on Monday or Tuesday: the one just past;
    later in the week: the coming one), 'le week-end dernier' or '... prochain'."""
    wd = pub.weekday()
    this = pub - timedelta(days=wd - 5) if wd >= 5 else None
    last = this - timedelta(days=7) if this else pub - timedelta(days=wd + 2)
    coming = this + timedelta(days=7) if this else pub + timedelta(days=5 - wd)
    if direction == "dernier":
        return last
    if direction == "prochain":
        return coming
    return this or (last if wd <= 1 else coming)


def find_dates(text: str, year: int | None = None, offset: int = 0, *,
               published: str | None = None) -> list[FoundDate]:
    """Dates in ``text``, completed from the publication date ``published``
    (or, failing it, the publication ``year``), in text order, none overlapping.

    >>> [d.iso for d in find_dates("vendredi 1er septembre", 2023)]
    ['2023-09-01']
    >>> [d.iso for d in find_dates("le 14 juillet 2023 et en mai 2024")]
    ['2023-07-14', '2024-05']
    >>> find_dates("vendredi 1er septembre")
    []
    >>> [d.iso for d in find_dates("proposé en juillet une hausse", 2023)]
    ['2023-07']
    >>> [d.iso for d in find_dates("Le syndicat a appelé mardi à la grève, hier", published="2024-04-12")]
    ['2024-04-09', '2024-04-11']
    >>> [d.iso for d in find_dates("Le syndicat a appelé mardi à la grève", published="2024-04")]
    ['2024-04']
    >>> [d.iso for d in find_dates("le 14 avril, le 14 mai, en 2026, l'an dernier", published="2024-02")]
    ['2024-04-14', '2023-05-14', '2026', '2023']
    """
    pub = _published(published, year)
    months = _month_anchors(text)
    spans = _find_day_dates(text, pub, months) + _find_month_dates(text, pub, months) + _find_relative(text, pub)
    # 'd'ici à la fin 2030': four runs before the year at most (the last may hold the year: 'fin2030')
    years = _occurrences(text, ("19", "20"))
    spans += [(m.start(), m.end(), m.group("year")) for m in _anchored(_YEAR_DATE, text, years, 4)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    found: list[FoundDate] = []
    for begin, end, iso, *flags in spans:
        if found and begin < found[-1].end - offset:
            continue  # "en mai 2024" inside "le 3 mai 2024" was read already
        found.append(FoundDate(begin + offset, end + offset, iso, bool(flags and flags[0]), bool(flags[1:] and flags[1])))
    return found
