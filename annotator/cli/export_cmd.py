"""`annotator export --format FORMAT [-o FILE]`"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import cli
from annotator.cli.options import db_option, open_store, quiet_broken_pipe
from annotator.export import FORMATS, ExportFilter, export

_FORMAT_HELP = "; ".join(f"{name}: {fmt.description}" for name, fmt in FORMATS.items())


@cli.command("export")
@click.option(
    "--format",
    "-f",
    "format_name",
    type=click.Choice(list(FORMATS)),
    default="jsonl",
    show_default=True,
    help=f"Output format ({_FORMAT_HELP}).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, allow_dash=True),
    default=None,
    help="File to write (a folder for hf); default or '-': stdout. Replaced atomically.",
)
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator (repeatable).")
@click.option(
    "--article",
    "articles",
    multiple=True,
    help="Only this article: id or number in import order (repeatable).",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    help="Only sentences someone gave this label, annotator or reviewer (repeatable).",
)
@click.option("--gold-only", is_flag=True, help="Only sentences with a gold label.")
@click.option(
    "--min-annotators",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Only sentences labelled by at least N annotators (0: every sentence).",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@db_option
def export_command(
    format_name: str,
    output: Path | None,
    annotators: tuple[str, ...],
    articles: tuple[str, ...],
    labels: tuple[str, ...],
    gold_only: bool,
    min_annotators: int,
    quiet: bool,
    db_path: Path | None,
) -> None:
    """Export labelled sentences: every annotator's label and the gold label.

    The gold label is the reviewer's adjudication, else the label all annotators gave
    (unanimous), else the most frequent one (majority); a tie stays unresolved.
    Streams: memory stays flat whatever the size of the database.

    Example:

    \b
        annotator export --format csv -o labels.csv
        annotator export --format hf -o claims-dataset/ --gold-only --min-annotators 2
        annotator export --annotator alice --label contested | head
    """
    filters = ExportFilter(
        annotators=annotators or None,
        article_ids=articles or None,
        labels=labels or None,
        gold_only=gold_only,
        min_annotators=min_annotators,
    )
    target = None if output is None or str(output) == "-" else output
    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        with quiet_broken_pipe():
            written = export(store, format_name, target, filters)
    finally:
        store.close()
    if not quiet:
        where = "stdout" if target is None else str(target)
        click.echo(
            f"exported {written.sentences} sentence(s), {written.labels} label(s) "
            f"as {format_name} ({written.lines} line(s)) to {where}",
            err=True,
        )
