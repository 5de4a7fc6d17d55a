"""Small text helpers shared by extraction, mapping and queries."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, one character for one character.

    >>> fold("États-Unis")
    'etats-unis'
    """
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[0] if ch.isalpha() else ch
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def slug(text: str) -> str:
    """A readable IRI segment.

    >>> slug("Alliance of Motion Picture (AMPTP)")
    'alliance-of-motion-picture-amptp'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


STOPWORDS = frozenset(
    "le la les l un une des de du d au aux à a en et ou the of an and pour par sur dans avec "
    "ce cet cette ces son sa ses leur leurs qui que".split()
)


def content_words(text: str) -> set[str]:
    """Words that carry meaning, for comparing two labels.

    >>> sorted(content_words("la grève des acteurs"))
    ['acteurs', 'greve']
    """
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOPWORDS and len(w) > 1}
