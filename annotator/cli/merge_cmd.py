"""`annotator merge OTHER.db...`"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store
from annotator.store.merge import merge_database
from annotator.terminal import visible

SHOWN_CONFLICTS = 20
"""Conflicts listed one per line; the rest are counted."""


@cli.command("merge")
@click.argument("others", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Report what would change, write nothing.")
@db_option
def merge_command(others: tuple[Path, ...], dry_run: bool, db_path: Path | None) -> None:
    """Fold databases labelled on other machines (from the same articles) into this one.

    Articles and sentences match on their stable ids; labels and events are merged without
    duplicates. When one annotator gave a sentence different labels in two databases, the
    latest change wins and the conflict is listed. Each file merges whole or not at all, and
    one whose articles were segmented differently is refused. Merging again changes nothing,
    and the order of merges does not matter.

    Example:

    \b
        annotator merge laptop-alice.db laptop-bob.db
        annotator merge --dry-run ~/Downloads/bob.db
    """
    store = open_store(db_path)
    try:
        for other in others:
            report = merge_database(store, other, dry_run=dry_run)
            click.echo(("(dry run) " if dry_run else "") + report.summary())
            for conflict in report.conflicts[:SHOWN_CONFLICTS]:
                click.echo("  " + visible(conflict.describe(other.name)))
            hidden = report.conflict_count - min(len(report.conflicts), SHOWN_CONFLICTS)
            if hidden > 0:
                click.echo(f"  … and {hidden} more conflict(s)")
    finally:
        store.close()
