"""`annotator schema [--write DIR]`"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator import file_formats
from annotator.cli.group import cli


@cli.command("schema")
@click.option(
    "--write",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one NAME.schema.json per format into DIR.",
)
def schema_command(directory: Path | None) -> None:
    """JSON Schemas of every file format annotator reads or writes.

    Without --write, prints them all as one JSON object.

    Example:

    \b
        annotator schema --write schema/
    """
    if directory is None:
        click.echo(json.dumps(file_formats.schemas(), indent=2, ensure_ascii=False))
        return
    for path in file_formats.write(directory):
        click.echo(f"wrote {path}")
