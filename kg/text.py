"""Small text helpers shared by extraction, mapping and queries."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, one character for one character (cached:
    extraction folds the same words and word lists over and over).

    >>> fold("États-Unis")
    'etats-unis'
    """
    return text.translate(_FOLDED)


class _FoldTable(dict):
    """str.translate's table, filled in as characters are met: each maps to one character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0] if ch.isalpha() else ch
        self[code] = folded = base.lower() if len(base.lower()) == 1 else base
        return folded


_FOLDED = _FoldTable()


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


_OPEN, _CLOSE = "«“„", "»”"
_MARKS = re.compile("[" + re.escape(_OPEN + _CLOSE) + '"]' + r"|\n\s*\n")  # a mark, or the blank line between paragraphs


@lru_cache(maxsize=4)
def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Outermost quotations, paragraph by paragraph: (offset of the opening
    mark, offset of the closing mark). Typographic marks nest ("« le
    standard « au-dessus » »"); a straight quote opens or closes. Cached:
    parsing and extraction ask it of the same text several times.

    >>> quoted_ranges('a « b “c” d » e "f"')
    ((2, 12), (16, 18))
    """
    ranges = []
    depth, opened, straight = 0, None, False
    for m in _MARKS.finditer(text):  # only the marks and the blank lines change anything
        ch, i = m.group(), m.start()
        if ch[0] == "\n":  # a new paragraph
            depth, opened, straight = 0, None, False
        elif ch in _OPEN or (ch == '"' and not straight):
            if ch == '"':
                straight = True
            if depth == 0:
                opened = i
            depth += 1
        elif (ch in _CLOSE or (ch == '"' and straight)) and depth > 0:
            if ch == '"':
                straight = False
            depth -= 1
            if depth == 0:
                ranges.append((opened, i))
    return tuple(ranges)
