"""Options shared by several commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from annotator.errors import AnnotatorError, InputError
from annotator.paths import default_annotator, default_db
from annotator.store import Store, is_database_file, pending_migrations

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


def article_option(function: F) -> F:
    """`--article ID|N` (repeatable): the articles a command works on."""
    return click.option(
        "--article",
        "articles",
        multiple=True,
        help="Only this article: id or number in import order (repeatable).",
    )(function)


def output_option(help_text: str) -> Callable[[F], F]:
    """`-o / --output FILE` ('-' or none: stdout), written atomically by the command."""

    def decorate(function: F) -> F:
        return click.option(
            "--output",
            "-o",
            type=click.Path(path_type=Path, allow_dash=True),
            default=None,
            help=help_text,
        )(function)

    return decorate


def format_option(
    choices: Sequence[str], *, default: str | None, help_text: str, dest: str = "format_name"
) -> Callable[[F], F]:
    """`-f / --format NAME` among `choices`."""

    def decorate(function: F) -> F:
        return click.option(
            "--format",
            "-f",
            dest,
            type=click.Choice(list(choices)),
            default=default,
            show_default=default is not None,
            help=help_text,
        )(function)

    return decorate


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


def refuse_database_output(output: Path | None, db_path: Path | None) -> None:
    """`-o` must not name the database: the atomic rename would replace it under everyone."""
    if output is not None and str(output) != "-" and is_database_file(output, resolve_db(db_path)):
        raise AnnotatorError(f"{output}: is the database itself; give another file name")


def refuse_database_input(paths: Iterable[Path], db_path: Path | None, what: str) -> None:
    """A file to read must not be the database: reading it with Python's own I/O, then
    closing it, would drop this process's SQLite locks on it."""
    database = resolve_db(db_path)
    for path in paths:
        if is_database_file(path, database):
            raise InputError(path, f"is the database itself, not {what}")


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
    it, and can read it from read-only media). An older database is upgraded on the way, and
    says so first: on a large one that takes a while."""
    path = resolve_db(db_path)
    if pending_migrations(path):
        click.echo(f"{path}: upgrading the database to this version's schema (once)…", err=True)
    return Store.open(path, create=not must_exist, durable=durable, readonly=readonly)
