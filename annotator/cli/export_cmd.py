"""`annotator export --format FORMAT [-o FILE]`"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import (
    article_option,
    db_option,
    format_option,
    open_store,
    output_option,
    quiet_broken_pipe,
)
from annotator.errors import ExportError
from annotator.export import FORMATS, ExportFilter, ExportOptions, export
from annotator.export.splits import parse_split

_FORMAT_HELP = "; ".join(f"{name}: {fmt.description}" for name, fmt in FORMATS.items())


@cli.command("export")
@format_option(list(FORMATS), default="jsonl", help_text=f"Output format ({_FORMAT_HELP}).")
@output_option(
    "File to write (a folder for hf and spacy); default or '-': stdout. Replaced atomically."
)
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator (repeatable).")
@article_option
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
@click.option(
    "--split",
    "split_text",
    default=None,
    help="hf and spacy: shares of sentences for train,validation(,test) or train,dev(,test), "
    "e.g. 0.8,0.1,0.1; split by article, so no article is in two splits (spacy: 0.8,0.2 "
    "unless given).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the --split shuffle.")
@click.option(
    "--include-unresolved",
    is_flag=True,
    help="hf: keep sentences without a gold label (label -1); left out by default.",
)
@click.option(
    "--excel-safe",
    is_flag=True,
    help="csv: prefix cells that start with = + - @ with ' so a spreadsheet does not evaluate "
    "them (leave it off for pandas and other programs: they get the text as it is).",
)
@click.option(
    "--dedupe",
    is_flag=True,
    help="One record per repeat group (a claim reprinted across articles counts once, with "
    "the group's gold label); groups whose copies have different gold labels are left out "
    "and counted on stderr.",
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
    split_text: str | None,
    seed: int,
    include_unresolved: bool,
    excel_safe: bool,
    dedupe: bool,
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
        annotator export --format hf -o dataset/ --split 0.8,0.1,0.1 --seed 1
        annotator export --format spacy -o corpus/     # then: spacy train corpus/config.cfg …
        annotator export --format csv --excel-safe -o for-excel.csv
        annotator export --format hf -o dataset/ --split 0.8,0.1,0.1 --dedupe
    """
    if excel_safe and format_name != "csv":
        raise ExportError("--excel-safe is for --format csv")
    if include_unresolved and format_name != "hf":
        raise ExportError("--include-unresolved is for --format hf")
    split = parse_split(split_text) if split_text else None
    options = ExportOptions(excel_safe=excel_safe, include_unresolved=include_unresolved)
    filters = ExportFilter(
        annotators=annotators or None,
        article_ids=articles or None,
        labels=labels or None,
        gold_only=gold_only,
        min_annotators=min_annotators,
        dedupe=dedupe,
    )
    target = None if output is None or str(output) == "-" else output
    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        with quiet_broken_pipe():
            written = export(
                store, format_name, target, filters, options=options, split=split, seed=seed
            )
    finally:
        store.close()
    if not quiet:
        where = "stdout" if target is None else str(target)
        click.echo(
            f"exported {written.sentences} sentence(s), {written.labels} label(s) "
            f"as {format_name} ({written.lines} line(s)) to {where}",
            err=True,
        )
        if written.splits is not None:
            click.echo(split_summary(written.splits), err=True)
        if written.dedupe is not None:
            d = written.dedupe
            click.echo(
                f"--dedupe: left out {d.copies} repeat(s) of a kept sentence, and "
                f"{d.conflicting_groups} repeat group(s) whose copies have different gold "
                f"labels ({d.conflicting_sentences} sentence(s); annotator review "
                "--consistency lists an annotator's own)",
                err=True,
            )


def split_summary(counts: dict[str, int]) -> str:
    """The sentences of each split, and a warning when one is empty (articles are drawn for
    the splits among all of the project's, labelled or not, and articles that share a
    repeated sentence go together: a split can end up with nothing to export)."""
    total = sum(counts.values()) or 1
    line = "split by article: " + ", ".join(
        f"{name} {count} ({count / total:.0%})" for name, count in counts.items()
    )
    empty = [name for name, count in counts.items() if count == 0]
    if empty and sum(counts.values()):
        line += (
            f"\nwarning: {', '.join(empty)} got no sentence. The splits are drawn by article "
            "among all of the project's articles (labelled or not: its articles may have "
            "nothing to export yet), and articles that share a repeated sentence stay in one "
            "split (`annotator repeats` lists the groups that link them)"
        )
    return line
