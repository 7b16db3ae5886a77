"""`annotator import PATH...`"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import click

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store, resolve_db
from annotator.errors import InputError
from annotator.ingest import import_paths, total_size
from annotator.terminal import visible

PROGRESS_FROM_BYTES = 1_000_000
"""Imports smaller than this finish before a progress bar would be useful."""


@cli.command("import")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def import_command(paths: tuple[str, ...], db_path: Path | None, quiet: bool) -> None:
    """Import articles: .txt files (title = first non-empty line), .jsonl files
    (title, text, optional id, url, meta; or html instead of text), saved web pages (.html,
    .htm), http(s) URLs, or folders of them (recursively).

    From a web page, the article is extracted (trafilatura): its text, paragraphs kept,
    without menus, share bars, related links, comments or footer; its title, date, author,
    site name and canonical URL go in the article's meta, and the whole page is kept in the
    database. Each file is imported whole or not at all; importing again changes nothing.

    Example:

    \b
        annotator import sample_data/ more/articles.jsonl
        annotator import saved/page.html https://www.example.fr/actualite/article.html
    """
    # No fsync per file: a crash can only lose whole files (each is one transaction), and
    # importing again is idempotent.
    target = resolve_db(db_path)
    created = not target.exists()
    store = open_store(db_path, durable=False)

    def on_error(error: InputError) -> None:
        click.echo(f"error: {visible(str(error))}", err=True)

    size = 0 if quiet else total_size(paths)
    if size >= PROGRESS_FROM_BYTES:
        bar_context: Any = click.progressbar(length=size, label="Importing", file=sys.stderr)
        with bar_context as bar:
            # click's stubs type the bar loosely; its update(n) is what `progress` wants
            update = cast(Callable[[int], None], bar.update)

            def grouping(sentences: int) -> None:
                # the bytes are all in; what is left is grouping the project's sentences
                bar.label = f"Grouping repeats in {sentences:,} sentences"
                bar.render_progress()

            report = import_paths(
                store, paths, progress=update, on_error=on_error, on_grouping=grouping
            )
    else:
        report = import_paths(store, paths, on_error=on_error)
    click.echo(report.summary())
    empty = store.article_count() == 0
    store.close()
    if created and empty:
        # a failed first import leaves no empty database behind (nobody else can have it
        # open: it did not exist a moment ago and holds nothing)
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
    if report.errors or report.found_nothing:
        if report.found_nothing and not report.errors:
            click.echo("error: no article found in the given paths", err=True)
        raise SystemExit(1)
