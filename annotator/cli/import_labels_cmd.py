"""`annotator import-labels FILE...`"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store
from annotator.errors import InputError
from annotator.import_labels import import_label_lines, import_labels


@cli.command("import-labels")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--dry-run", is_flag=True, help="Check and report, write nothing.")
@db_option
def import_labels_command(files: tuple[Path, ...], dry_run: bool, db_path: Path | None) -> None:
    """Bring labels in: our own exports (jsonl, csv, prodigy), or JSONL lines of
    {"sentence_id", "annotator", "label", "source", "cue", "note", "flagged", ...}.

    Every line is checked (sentence exists, label in the scheme); a bad line stops that file
    with its line number, and nothing of the file is kept. Importing again changes nothing;
    a label older than the one in the database is not applied. A .csv file is read as CSV;
    '-' reads JSONL from stdin.

    Example:

    \b
        annotator import-labels backup.jsonl
        annotator import-labels --dry-run model-labels.jsonl
    """
    store = open_store(db_path, must_exist=True)
    try:
        for path in files:
            if str(path) == "-":
                # UTF-8 whatever the locale, as for files.
                stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
                report = import_label_lines(store, stdin, "<stdin>", dry_run=dry_run)
                stdin.detach()
                if report.lines == 0:
                    raise InputError("<stdin>", "empty: no labels in it")
            else:
                report = import_labels(store, path, dry_run=dry_run)
            click.echo(("(dry run) " if dry_run else "") + report.summary())
    finally:
        store.close()
