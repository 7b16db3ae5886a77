"""`annotator stats`"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store


@cli.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats_command(db_path: Path | None, as_json: bool) -> None:
    """Articles, sentences, labels per annotator, label distribution, time per sentence,
    adjudications, and how often each annotator took the suggestion.

    Example:

    \b
        annotator stats
    """
    # Imported here: numpy and the report models are not needed to start the other commands.
    from annotator.agreement.render import rich_stats
    from annotator.stats import stats_of

    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        report = stats_of(store)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    for part in rich_stats(report):
        console.print(part)
