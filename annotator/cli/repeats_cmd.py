"""`annotator repeats`: the groups of sentences that repeat one another across articles"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource
from rich.console import Console
from rich.table import Table

from annotator.cli.group import cli
from annotator.cli.options import (
    db_option,
    format_option,
    open_store,
    output_option,
    quiet_broken_pipe,
    refuse_database_output,
)
from annotator.models import RepeatGroup, RepeatMember
from annotator.repeat_furniture import is_furniture
from annotator.terminal import visible

if TYPE_CHECKING:
    from annotator.store import Store

TEXT_WIDTH = 70


def _threshold(_ctx: click.Context, _param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not 0 < value <= 1:
        raise click.BadParameter(f"{value} is not in (0, 1]: a Jaccard similarity")
    return value


@cli.command("repeats")
@format_option(["table", "jsonl", "csv"], default="table", help_text="Output format.")
@output_option("Write to FILE instead of standard output (atomically).")
@click.option(
    "--min-size",
    type=click.IntRange(min=2),
    default=2,
    show_default=True,
    help="Only groups of at least this many sentences.",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Group every sentence again (after --threshold, or to check the stored groups).",
)
@click.option(
    "--threshold",
    type=float,
    default=None,
    callback=_threshold,
    help="With --rebuild: the word-bigram Jaccard similarity from which two sentences of "
    "6 words or more are near repeats (default 0.6; kept for later imports).",
)
@db_option
def repeats_command(
    format_name: str,
    output: Path | None,
    min_size: int,
    rebuild: bool,
    threshold: float | None,
    db_path: Path | None,
) -> None:
    """Sentences repeated across articles: one line per group.

    A dispatch reprinted by several outlets, page furniture shared by a site's pages: the
    import groups sentences that carry the same text after normalisation (case, quotation
    marks, apostrophes, dashes, spaces, digit separators), and, for sentences of 6 words or
    more, near repeats (a word changed or added: word-bigram Jaccard similarity at least
    0.6, found with MinHash and LSH; a changed figure or an added negation makes another
    claim, so the figures of one must all be in the other and both be negated or neither).
    A group of page furniture says so (every sentence marked as boilerplate, or a line of
    fewer than 6 words repeated in 3 articles or more: a site's own tagline).
    jsonl: {"group", "size", "boilerplate", "sentences": [{"sentence_id", "article_id",
    "text"}]} (schema/repeat-group.jsonl-record.schema.json).

    Example:

    \b
        annotator repeats
        annotator repeats --format jsonl -o repeats.jsonl
        annotator repeats --min-size 3 --format csv
        annotator repeats --rebuild --threshold 0.7
    """
    from annotator.store import repeat_rows

    if threshold is not None and not rebuild:
        raise click.UsageError("--threshold takes effect with --rebuild")
    refuse_database_output(output, db_path)
    context = click.get_current_context()
    listing = not rebuild or any(
        context.get_parameter_source(name) is not ParameterSource.DEFAULT
        for name in ("format_name", "output", "min_size")
    )
    store = open_store(db_path, must_exist=True, readonly=not rebuild)
    try:
        if rebuild:
            count = _rebuild(store, threshold)
            _n, in_groups, saved = repeat_rows.summary(store)
            click.echo(
                f"grouped every sentence again (threshold {repeat_rows.threshold(store)}): "
                f"{count} group(s), {in_groups} sentence(s) in a group ({saved} label(s) saved "
                "per annotator)",
                err=True,
            )
            if not listing:
                click.echo("list them with: annotator repeats [--format jsonl|csv]", err=True)
                return
        groups = (
            RepeatGroup(
                group=group_id,
                size=len(members),
                boilerplate=is_furniture(members),
                sentences=[
                    RepeatMember(sentence_id=m.sentence_id, article_id=m.article_id, text=m.text)
                    for m in members
                ],
            )
            for group_id, members in repeat_rows.groups(store, min_size)
        )
        if format_name == "table":
            numbers = {a: k for k, (a, _t) in enumerate(store.article_list(), start=1)}
            _print_table(list(groups), numbers, min_size, output)
        else:
            _write_records(groups, format_name, output)
    finally:
        store.close()


PROGRESS_FROM = 100_000
"""Sentences from which a rebuild shows a progress bar (below, it takes a few seconds)."""


def _rebuild(store: Store, threshold: float | None) -> int:
    from annotator.store import repeat_rows

    total = store.sentence_count()
    click.echo(f"grouping {total:,} sentences…", err=True)
    if total < PROGRESS_FROM:
        return repeat_rows.rebuild(store, threshold)
    bar_context: Any = click.progressbar(length=total, label="Reading", file=sys.stderr)
    with bar_context as bar:

        def progress(phase: str, sentences: int) -> None:
            if phase == "read":
                bar.update(sentences)
                return
            bar.label = {"compare": "Comparing near repeats", "write": "Writing the groups"}[phase]
            bar.render_progress()

        return repeat_rows.rebuild(store, threshold, progress)


def _print_table(
    groups: list[RepeatGroup], numbers: dict[str, int], min_size: int, output: Path | None
) -> None:
    from annotator.export.output import atomic_file

    table = Table()
    table.add_column("size", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("furniture", min_width=9)
    table.add_column("text (first of the group)")
    for g in groups:
        text = g.sentences[0].text
        text = text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"
        articles = sorted({numbers.get(m.article_id, 0) for m in g.sentences})
        shown = ", ".join(map(str, articles[:6])) + (" …" if len(articles) > 6 else "")
        table.add_row(str(g.size), shown, "yes" if g.boilerplate else "", visible(text))
    if output is None or str(output) == "-":
        console = Console(highlight=False)
        console.print(table)
        click.echo(f"{len(groups)} group(s) of {min_size} or more", err=True)
    else:
        with atomic_file(output) as handle:
            Console(file=handle, width=120, highlight=False).print(table)


def _lines(groups: Iterator[RepeatGroup], format_name: str) -> Iterator[str]:
    if format_name == "jsonl":
        for g in groups:
            yield g.model_dump_json() + "\n"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["group", "size", "boilerplate", "sentence_id", "article_id", "text"])
    for g in groups:
        for m in g.sentences:
            writer.writerow(
                [g.group, g.size, int(g.boilerplate), m.sentence_id, m.article_id, m.text]
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()  # the header, when there is no group


def _write_records(groups: Iterator[RepeatGroup], format_name: str, output: Path | None) -> None:
    """jsonl or csv, written as the groups are read (a million sentences' groups are not held
    in memory)."""
    from annotator.export.output import atomic_file

    count = 0

    def counted() -> Iterator[RepeatGroup]:
        nonlocal count
        for g in groups:
            count += 1
            yield g

    if output is None or str(output) == "-":
        with quiet_broken_pipe():
            for text in _lines(counted(), format_name):
                click.echo(text, nl=False)
        return
    with atomic_file(output) as handle:
        for text in _lines(counted(), format_name):
            handle.write(text)
    click.echo(f"wrote {count} group(s) to {output}", err=True)
