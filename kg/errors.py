"""The errors kg raises: each message says what went wrong and what to do next.

The CLI turns a :class:`KgError` into its message on stderr and its
``exit_code``; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix, with a message saying how."""

    exit_code = 1


class InputError(KgError):
    """A document cannot be read: missing, not a text file, not UTF-8, empty."""

    exit_code = 2


class ModelError(KgError):
    """The French spaCy model is not installed or cannot be loaded."""

    exit_code = 3


class QueryError(KgError):
    """A saved query is unknown, malformed, or lacks a parameter."""

    exit_code = 4


class StoreError(KgError):
    """The store cannot be opened (locked by another process, bad path)."""

    exit_code = 5


class ResourceError(KgError):
    """A data file of ``ontology/`` or ``queries/`` is missing or malformed."""

    exit_code = 6
