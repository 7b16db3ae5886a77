"""Options shared by several commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from annotator.paths import default_annotator, default_db
from annotator.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(function: F) -> F:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Database file (default: $ANNOTATOR_DB or ./annotations.db).",
    )(function)


def annotator_option(function: F) -> F:
    return click.option(
        "--annotator",
        "-a",
        "annotator",
        default=None,
        help="Your name (default: $ANNOTATOR, else your login name).",
    )(function)


@contextmanager
def quiet_broken_pipe() -> Iterator[None]:
    """The reader went away (`| head`): stop quietly with exit code 1, as other tools do."""
    try:
        yield
    except BrokenPipeError:
        # Python flushes stdout at exit and would complain again: point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None


def resolve_db(db_path: Path | None) -> Path:
    return db_path or default_db()


def resolve_annotator(name: str | None) -> str:
    name = (name or "").strip() or default_annotator()
    return name


def open_store(
    db_path: Path | None,
    *,
    must_exist: bool = False,
    durable: bool = True,
    readonly: bool = False,
) -> Store:
    """The project database; `readonly` for commands that only read (they never write to
    it, and can read it from read-only media)."""
    return Store.open(
        resolve_db(db_path), create=not must_exist, durable=durable, readonly=readonly
    )
