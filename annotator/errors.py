"""Errors written for a user: one line that says what is wrong and where."""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """Base of every error the command line reports as one line, without a traceback."""


class InputError(AnnotatorError):
    """A file given to us cannot be read as an article source."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class DatabaseError(AnnotatorError):
    """The database file cannot be used (newer version, not a database, wrong content)."""


class UnknownLabel(AnnotatorError):
    """A label that the active scheme does not define."""


class SchemeChanged(AnnotatorError):
    """Another command changed the project's label scheme after this one read it."""


class ExportError(AnnotatorError):
    """An export cannot be written as asked (bad filter, unwritable output)."""


class MergeError(AnnotatorError):
    """Another database cannot be merged into this one (sentences differ, other scheme)."""
