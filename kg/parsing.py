"""Parsing a build's documents in batches with ``nlp.pipe``, beside the extraction.

Parsing is most of a build, extracting and writing the rest (a fifth to a
third of the parse). So they overlap: with one worker the parse runs in one
child process (forked: the model loaded here is shared, not loaded again),
and this process extracts and writes each document of a batch while the
child parses the next (the last batch in halves, 4 + 2 + 1 + 1, so that
little is left to extract once the parse is over); with ``workers`` N > 1,
spaCy's own ``n_process`` workers parse while this process extracts and
writes. A build then takes about as long as its parse, using one core more
than the parse alone.

The child reads each file itself, when its batch comes, and sends back the
document and its parse: what ``Doc.to_dict`` holds, less the tensor (which no
extraction step reads), with only the strings this process has not been sent
yet (:class:`Portable`; ``to_bytes`` walks every token in Python for its
strings, which cost a twentieth of the parse, and ``from_bytes`` as much
again here); at most two batches wait in the queue, so memory stays flat. It ignores Ctrl-C and SIGTERM (this process decides when to
stop, and ends it), and leaves on its own when this process is gone (a
SIGKILL): it never writes the store.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
from pathlib import Path
from typing import Iterable, Iterator

from .documents import Document, Source, read_document
from .errors import KgError

#: Parse in a child process when there is one worker and more than one batch
#: (``False``: in this process, one document after the other; bench/bench_stream.py compares).
ASIDE = True
#: How long the child waits on a full queue before checking that this process still lives.
_PATIENCE = 1.0


def can_parse_aside() -> bool:
    return ASIDE and "fork" in multiprocessing.get_all_start_methods()


def parsed(sources: Iterable[Source], nlp, workers: int = 1, batch_size: int = 8) -> Iterator[tuple[Document, object]]:
    """(document, spaCy Doc) for each source, in order, each file read when its batch
    comes; ``doc.user_data["offset"]`` is the document's ``body_start``. Call
    ``close()`` on the result to stop early: it ends any parser process."""
    sources = list(sources)
    if workers <= 1 and len(sources) > batch_size and can_parse_aside():
        return ParsedAside([s.path for s in sources], nlp, batch_size)
    return _parsed_here(sources, nlp, workers, batch_size)


def _parsed_here(sources: list[Source], nlp, workers: int, batch_size: int) -> Iterator[tuple[Document, object]]:
    """In this process (``n_process`` = 1), or in spaCy's ``workers`` processes."""
    from .nlp import normalise

    pending: dict[int, Document] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for i, source in enumerate(sources):
            document = read_document(source.path)
            pending[i] = document
            yield normalise(document.text[document.body_start:]), i

    for doc, i in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
        document = pending.pop(i)
        doc.user_data["offset"] = document.body_start
        yield document, doc


class ParsedAside:
    """(document, Doc) pairs parsed by one child process, started at once (so it
    parses while the caller gets ready), in order."""

    def __init__(self, paths: list[Path], nlp, batch_size: int) -> None:
        context = multiprocessing.get_context("fork")
        self.vocab = nlp.vocab
        self.queue = context.Queue(maxsize=2 * batch_size)
        self.process = context.Process(target=_parse_aside, name="kg-parser", daemon=True,
                                       args=(paths, nlp, batch_size, self.queue, os.getpid()))
        self.process.start()
        self.finished = False

    def __iter__(self) -> ParsedAside:
        return self

    def __next__(self) -> tuple[Document, object]:
        from spacy.tokens import Doc

        if self.finished:
            raise StopIteration
        item = self._get()
        if item is None:
            self.finished = True
            self.process.join()
            raise StopIteration
        if isinstance(item, BaseException):
            self.finished = True
            raise item
        document, data = item
        doc = Doc(self.vocab).from_dict(data)
        doc.user_data["offset"] = document.body_start
        return document, doc

    def _get(self):
        while True:
            try:
                return self.queue.get(timeout=_PATIENCE)
            except queue.Empty:
                if self.process.is_alive():
                    continue
                try:  # it may have sent its last words just before leaving
                    return self.queue.get(timeout=_PATIENCE)
                except queue.Empty:
                    raise KgError(f"the parser process stopped (exit code {self.process.exitcode}) before "
                                  "parsing every document. Is memory short? Run the same build again: it "
                                  "completes the rest.") from None

    def close(self) -> None:
        """Stop the child if it still runs (an early stop), and let go of the queue."""
        self.finished = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.queue.close()
        self.queue.cancel_join_thread()


def pieces(n: int, batch_size: int) -> list[int]:
    """The sizes of the batches the child parses: ``batch_size`` each, but the last
    batch in halves, so the build extracts its first half while the rest is parsed
    rather than all of it after the parse is over.

    >>> pieces(20, 8), pieces(16, 8), pieces(17, 8)
    ([8, 8, 2, 1, 1], [8, 4, 2, 1, 1], [8, 8, 1])
    """
    full, last = divmod(n, batch_size)
    if not last:
        full, last = full - 1, batch_size
    out = [batch_size] * full
    while last > 1:
        out.append(last // 2)
        last -= last // 2
    return out + [last]


class Portable:
    """Turns the child's Docs into what ``Doc.from_dict`` rebuilds in the build's process.

    The array of every token attribute a ``DocBin`` keeps, the text, the spans,
    and the strings its string-valued attributes point to (lemmas, norms, tags,
    labels, morphology), each sent once per build: the build's vocab keeps what
    it was sent. A word's own string comes with the text, as in ``from_bytes``.
    """

    def __init__(self) -> None:
        from spacy.attrs import LENGTH, SPACY, intify_attr
        from spacy.tokens.doc import DOCBIN_ALL_ATTRS

        self.head = (LENGTH, SPACY, *(intify_attr(a) for a in DOCBIN_ALL_ATTRS))
        # columns holding string hashes (ORTH comes back from the text)
        self.string_columns = [self.head.index(intify_attr(a)) for a in (
            "NORM", "TAG", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH")]
        self.sent: set[int] = set()

    def __call__(self, doc) -> dict:
        import numpy

        array = doc.to_array(self.head)
        strings, store = [], doc.vocab.strings
        for key in numpy.unique(array[:, self.string_columns]).tolist():
            if key and key not in self.sent:
                self.sent.add(key)
                strings.append(store[key])
        msg = {"text": doc.text, "array_head": self.head, "array_body": array, "strings": strings,
               "spans": doc.spans.to_bytes(), "has_unknown_spaces": doc.has_unknown_spaces,
               "sentiment": doc.sentiment, "cats": doc.cats}
        if doc.user_data:
            keys, values = zip(*doc.user_data.items())
            import srsly

            msg["user_data_keys"], msg["user_data_values"] = srsly.msgpack_dumps(keys), srsly.msgpack_dumps(values)
        return msg


def _parse_aside(paths: list[Path], nlp, batch_size: int, out, parent: int) -> None:
    """The child: parse ``paths`` in batches, send (document, Doc as a dict), then None."""
    from .nlp import normalise

    for s in (signal.SIGINT, signal.SIGTERM):
        signal.signal(s, signal.SIG_IGN)
    documents: dict[int, Document] = {}

    def texts(start: int, stop: int) -> Iterator[tuple[str, int]]:
        for i in range(start, stop):
            if os.getppid() != parent:  # the build is gone (SIGKILL): stop, it wrote what it could
                os._exit(1)
            documents[i] = read_document(paths[i])
            yield normalise(documents[i].text[documents[i].body_start:]), i

    runs: list[list[int]] = []  # [start, stop, batch size]; the whole batches in one nlp.pipe
    for size in pieces(len(paths), batch_size):
        if runs and size == runs[-1][2] == batch_size:
            runs[-1][1] += size
        else:
            start = runs[-1][1] if runs else 0
            runs.append([start, start + size, size])
    portable = Portable()
    try:
        for start, stop, size in runs:
            for doc, i in nlp.pipe(texts(start, stop), as_tuples=True, batch_size=size):
                _put(out, (documents.pop(i), portable(doc)), parent)
        _put(out, None, parent)
    except BaseException as err:  # noqa: BLE001  sent back, raised by the build
        try:
            pickle.dumps(err)
        except Exception:  # noqa: BLE001
            err = RuntimeError(f"{type(err).__name__}: {err}")
        _put(out, err, parent)
    out.close()
    out.join_thread()


def _put(out, item, parent: int) -> None:
    while True:
        try:
            out.put(item, timeout=_PATIENCE)
            return
        except queue.Full:
            if os.getppid() != parent:  # the build is gone (SIGKILL): nobody will read
                os._exit(1)
