"""Amounts of money in French text: "900 000 $", "entre 300 000 et 900 000 $ par
an", "200 $ par jour", "pouvant atteindre les 650 000 $", "plus d'un milliard
de dollars".

Pure text in, :class:`Amount` out, so it is tested without a model.
"""

from __future__ import annotations

import re

from .model import Amount, Span

_NUM = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|un|une"
_MULT = r"milliards?|millions?|mille|mds?|md|m|k"
_CUR = r"\$|€|£|dollars?(?:\s+(?:américains|us|canadiens|australiens))?|euros?|usd|eur|gbp|livres?\s+sterling"
_AMOUNT = re.compile(
    rf"(?P<cur1>\$|€|£)\s?(?P<n1>{_NUM})(?:\s*(?P<m1>{_MULT})\b)?"
    rf"|(?<![\w,.])(?P<n2>{_NUM})(?:\s*(?P<m2>{_MULT})\b)?\s*(?:de\s+|d')?(?P<cur2>{_CUR})(?![\w])",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(rf"(?:entre|de)\s+(?P<lo>{_NUM})(?:\s*(?P<lm>{_MULT})\b)?(?:\s*(?:{_CUR}))?\s+(?:et|à)\s+(?:les\s+)?$", re.IGNORECASE)
_MAX_BEFORE = re.compile(r"(?:jusqu'à|jusqu'a|atteindre|maximum|au plus|plafonn\w+ à|culminant à|moins\s+de|moins\s+d')\s*(?:les\s+|la\s+somme\s+de\s+)?$", re.IGNORECASE)
_MIN_BEFORE = re.compile(r"(?:plus\s+d'|plus\s+de|au\s+moins|minimum(?:\s+de)?|à\s+partir\s+de|dès|dépass\w*|au-delà\s+de|supérieure?s?\s+à)\s*(?:les\s+)?$", re.IGNORECASE)
_PER_AFTER = re.compile(
    r"^\s*(?:(?:par|/|chaque|de\s+l'|l')\s*(?P<unit>an|année|annee|jour|journée|heure|h|semaine|mois)\b"
    r"|(?P<adj>annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?|quotidien(?:ne)?s?|horaires?))",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(
    r"(?:salaire|rémunération|revenu|paie|traitement|tarif)\s+(?P<adj>annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?|quotidien(?:ne)?s?|horaires?)\b[^$€£\d]{0,40}$",
    re.IGNORECASE,
)
_UNITS = {"an": "year", "année": "year", "annee": "year", "jour": "day", "journée": "day",
          "heure": "hour", "h": "hour", "semaine": "week", "mois": "month"}
_ADJ = {"annuel": "year", "mensuel": "month", "hebdomadaire": "week", "quotidien": "day", "horaire": "hour"}
_MULTIPLIERS = {"k": 1e3, "mille": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6,
                "md": 1e9, "mds": 1e9, "milliard": 1e9, "milliards": 1e9}


def _number(text: str, mult: str | None) -> float:
    """'300 000' -> 300000.0; '1,5' 'milliard' -> 1.5e9.

    >>> _number("900 000", None), _number("1,5", "milliard"), _number("un", "million"), _number("300,000", None)
    (900000.0, 1500000000.0, 1000000.0, 300000.0)
    """
    t = text.lower()
    if t in ("un", "une"):
        value = 1.0
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):  # "$300,000", written the English way
        value = float(t.replace(",", ""))
    else:
        t = re.sub(r"[ \u00a0\u202f]", "", t)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
            t = t.replace(".", "")
        value = float(t.replace(",", "."))
    return value * _MULTIPLIERS.get((mult or "").lower(), 1.0)


def _currency(symbol: str) -> str:
    s = symbol.lower()
    if s.startswith(("€", "euro", "eur")):
        return "EUR"
    if s.startswith(("£", "livre", "gbp")):
        return "GBP"
    if "canadien" in s:
        return "CAD"
    if "australien" in s:
        return "AUD"
    return "USD"


def _per(after: str, before: str) -> str | None:
    m = _PER_AFTER.match(after)
    if not m:
        m = _PER_BEFORE.search(before)
        if not m:
            return None
    if m.groupdict().get("unit"):
        return _UNITS[m.group("unit").lower()]
    adj = m.group("adj").lower().rstrip("s")
    for stem, unit in _ADJ.items():
        if adj.startswith(stem):
            return unit
    return None


def find_amounts(text: str, offset: int = 0) -> list[tuple[Amount, int]]:
    """Amounts in ``text`` with the offset of the word that carries each.

    Offsets are shifted by ``offset``. A figure in parentheses right after
    another amount is a conversion ("(environ 808 000 euros)") and is skipped.

    >>> [(a.min, a.max, a.currency, a.per) for a, _ in find_amounts("entre 300 000 et 900 000 $ par an")]
    [(300000.0, 900000.0, 'USD', 'year')]
    >>> [(a.value, a.per) for a, _ in find_amounts("environ 200 $ par jour")]
    [(200.0, 'day')]
    >>> [(a.max, a.per) for a, _ in find_amounts("un salaire annuel pouvant atteindre les 650 000 $")]
    [(650000.0, 'year')]
    >>> [(a.value, a.currency, a.per) for a, _ in find_amounts("900 000 $ (environ 808 000 euros) par an")]
    [(900000.0, 'USD', 'year')]
    >>> [(a.max, a.currency) for a, _ in find_amounts("moins de 26 000 dollars")]
    [(26000.0, 'USD')]
    >>> [(a.min, a.per) for a, _ in find_amounts("des salaires qui peuvent dépasser 200 000 dollars par an")]
    [(200000.0, 'year')]
    """
    found: list[tuple[Amount, int]] = []
    last_end = -100
    for m in _AMOUNT.finditer(text):
        number, mult = (m.group("n1"), m.group("m1")) if m.group("n1") else (m.group("n2"), m.group("m2"))
        symbol = m.group("cur1") or m.group("cur2")
        if number.lower() in ("un", "une") and not mult:
            continue
        before = text[max(0, m.start() - 80):m.start()]
        open_paren = before.rfind("(")
        if open_paren != -1 and ")" not in before[open_paren:] and re.search(r"[$€£]|dollars?|euros?", text[max(0, m.start() - 120):m.start() - len(before) + open_paren], re.I):
            continue  # a conversion of the amount just given
        begin, value = m.start(), _number(number, mult)
        amount = Amount(currency=_currency(symbol), span=Span(0, 0, ""))
        rng = _RANGE_BEFORE.search(before)
        if rng:
            begin = m.start() - (len(before) - rng.start())
            amount.min, amount.max = _number(rng.group("lo"), rng.group("lm") or mult), value
        elif _MAX_BEFORE.search(before):
            amount.max = value
        elif _MIN_BEFORE.search(before):
            amount.min = value
        else:
            amount.value = value
        after = re.sub(r"^\s*\([^()]{0,80}\)", "", text[m.end():m.end() + 120])  # skip a conversion
        amount.per = _per(after[:30], before)
        amount.span = Span(begin + offset, m.end() + offset, text[begin:m.end()])
        anchor = m.start("cur2") if m.group("cur2") else m.start("n1")
        if begin < last_end:
            continue
        last_end = m.end()
        found.append((amount, anchor + offset))
    return found
