"""quoted_ranges reads only the quotation marks and the blank lines, and finds what a walk over
every character, paragraph by paragraph, found. No model."""

from __future__ import annotations

import random
import re

from kg.text import quoted_ranges


def reference_quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The straightforward version: every character of every paragraph."""
    ranges = []
    pos = 0
    for para in re.split(r"(\n\s*\n)", text):
        depth, opened, straight = 0, None, False
        for i, ch in enumerate(para):
            if ch in "«“„" or (ch == '"' and not straight):
                if ch == '"':
                    straight = True
                if depth == 0:
                    opened = i
                depth += 1
            elif (ch in "»”" or (ch == '"' and straight)) and depth > 0:
                if ch == '"':
                    straight = False
                depth -= 1
                if depth == 0:
                    ranges.append((pos + opened, pos + i))
        pos += len(para)
    return tuple(ranges)


def test_quoted_ranges_as_the_walk_over_every_character() -> None:
    rnd = random.Random(3)
    pieces = list('«“„»”"') + ["\n", "\n\n", "\n \n", " ", "a", "b.", "\t", "\u00a0", "\n\u2028\n"]
    strings = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40))) for _ in range(5000)]
    assert sum(len(reference_quoted_ranges(s)) for s in strings) > 3000
    for s in strings:
        assert quoted_ranges.__wrapped__(s) == reference_quoted_ranges(s), repr(s)


def test_paragraph_ends_an_open_quotation() -> None:
    text = '« ouvert sans fin\n\n« b » puis "c « d » e" et ”'
    assert quoted_ranges(text) == reference_quoted_ranges(text) == ((19, 23), (30, 40))
