"""Reading input documents: plain UTF-8 text files, one article each.

A document's id is its file stem. An optional first-line header
``date 2023-07`` (or ``date: 2023-07-14``) gives the publication date; the
header stays in ``text`` so that every offset points into the file as it is,
and ``body_start`` says where the article itself begins. A UTF-8 byte order
mark stays too (as ``\ufeff``, before ``body_start``), for the same reason.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

DATE_HEADER = re.compile(r"\A\ufeff?\s*date\s*:?\s*(\d{4}(?:-\d{2}){0,2})\b[ \t]*")
BOM = "\ufeff"


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    path: Path | None = None
    date: str | None = None
    body_start: int = 0


def parse_document(text: str, doc_id: str, path: Path | None = None) -> Document:
    """A document from its text; reads the optional date header.

    >>> d = parse_document(" date 2023-07 Titre. Corps.", "x")
    >>> d.date, d.text[d.body_start:]
    ('2023-07', 'Titre. Corps.')
    """
    header = DATE_HEADER.match(text)
    if header:
        check_date(header.group(1), path or doc_id)
        return Document(doc_id, text, path, header.group(1), header.end())
    return Document(doc_id, text, path, body_start=1 if text.startswith(BOM) else 0)


def check_date(date: str, where: object) -> None:
    """Refuse a header date that is no date (``2023-13``, ``2023-02-30``).

    >>> check_date("2023-02-28", "x")
    >>> check_date("2023-13", "a.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: a.txt: the header 'date 2023-13' is not a date (month 13). Write it as YYYY, YYYY-MM or YYYY-MM-DD.
    """
    parts = [int(p) for p in date.split("-")]
    problem = None
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        problem = f"month {parts[1]}"
    elif len(parts) > 2 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        problem = f"day {parts[2]} of {parts[0]}-{parts[1]:02d}"
    if problem:
        raise InputError(f"{where}: the header 'date {date}' is not a date ({problem}). "
                         "Write it as YYYY, YYYY-MM or YYYY-MM-DD.")


def read_document(path: Path) -> Document:
    """One file as a :class:`Document`, or an :class:`InputError` that says why not."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder. Check the path, or run `kg build` with no argument to read seeds/.")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}). Check its permissions.") from err
    stem = path.stem
    if stem != stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace"):
        raise InputError(f"{os.fsencode(path)!r}: the file name is not UTF-8, and it is the document id. Rename the "
                         "file (for example with `convmv -f latin1 -t utf-8`).")
    if b"\x00" in data:
        raise InputError(f"{path}: is a binary file, not text. Give kg plain-text .txt articles.")
    try:
        text = data.decode("utf-8")  # a BOM stays, as \ufeff: offsets count it as the file does
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: is not UTF-8 text (byte {err.start}). Convert it first, for example "
            f"`iconv -f latin1 -t utf-8 {path} > {path.stem}.utf8.txt`."
        ) from err
    if not text.strip().lstrip(BOM).strip():
        raise InputError(f"{path}: is empty. Remove it or give it the article's text.")
    return parse_document(text, path.stem, path)


def document_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the ``.txt`` files inside folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise InputError(f"{path}: holds no .txt file. Put the articles there as UTF-8 .txt files.")
            yield from found
        else:
            yield path


@dataclass(frozen=True)
class Source:
    """A document file that has been read and checked; its text is not kept."""

    id: str
    path: Path
    chars: int
    digest: str  # sha256 of the file's bytes


def digest(document: Document) -> str:
    return hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def survey(paths: Iterable[Path]) -> list[Source]:
    """Every document checked as :func:`read_documents` checks them, keeping only
    what a streaming build needs: a bad file stops the build before the store is
    opened, and memory does not grow with the corpus."""
    sources: list[Source] = []
    seen: dict[str, Path | None] = {}
    for path in dict.fromkeys(_resolved(p) for p in document_paths(paths)):
        doc = read_document(path)
        if doc.id in seen:
            raise InputError(
                f"{doc.path} and {seen[doc.id]} have the same name '{doc.id}', which is the document id. Rename one."
            )
        seen[doc.id] = doc.path
        sources.append(Source(doc.id, path, len(doc.text), digest(doc)))
    return sources


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (RuntimeError, OSError) as err:  # a symbolic link loop
        raise InputError(f"{path}: is a symbolic link that leads back to itself. Remove it, or point it at an "
                         "article.") from err


def read_documents(paths: Iterable[Path]) -> list[Document]:
    """Every document, all read before any is used, so a bad file stops the build early."""
    unique = list(dict.fromkeys(_resolved(p) for p in document_paths(paths)))  # a file named twice is read once
    docs = [read_document(p) for p in unique]
    seen: dict[str, Path | None] = {}
    for doc in docs:
        if doc.id in seen:
            raise InputError(
                f"{doc.path} and {seen[doc.id]} have the same name '{doc.id}', which is the document id. Rename one."
            )
        seen[doc.id] = doc.path
    return docs
