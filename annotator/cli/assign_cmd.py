"""`annotator assign` and `annotator assignments`"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click
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
from annotator.errors import AnnotatorError
from annotator.store import Store
from annotator.terminal import visible


@cli.command("assign")
@db_option
@click.option(
    "--annotators",
    help="The team, separated by commas: alice,bob,carol,dave.",
)
@click.option(
    "--per-article",
    type=int,
    default=2,
    show_default=True,
    help="Annotators per article outside the overlap sample.",
)
@click.option(
    "--overlap",
    type=float,
    default=0.0,
    show_default=True,
    help="Share of the articles every annotator reads (the agreement sample), 0 to 1.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the draw.")
@click.option("--release", "released", metavar="NAME", help="Hand NAME's unstarted articles on.")
def assign_command(
    db_path: Path | None,
    annotators: str | None,
    per_article: int,
    overlap: float,
    seed: int,
    released: str | None,
) -> None:
    """Divide the articles among the team: each article goes to --per-article annotators,
    balanced by sentences, and an --overlap share of them (at least one) to everyone, for
    agreement. Run it again after importing more articles: only the new ones are assigned.
    A new name takes a share of the articles nobody has started. Without options, print
    the design.

    Example:

    \b
        annotator assign --annotators alice,bob,carol,dave --per-article 2 --overlap 0.2
        annotator assign --release bob
        annotator assign
    """
    from annotator import assign as planner
    from annotator.store import assignments

    if annotators is not None and released is not None:
        raise AnnotatorError("give either --annotators or --release, not both")
    if annotators is None and released is None:
        store = open_store(db_path, must_exist=True, readonly=True)
        try:
            _print_design(store)
        finally:
            store.close()
        return
    store = open_store(db_path, must_exist=True)
    try:
        if released is not None:
            plan = planner.release(store, released.strip())
            moved = [c for c in plan.changes if c.action == "assign"]
            kept = len(assignments.assigned_articles(store, released.strip()))
            click.echo(
                f"released {sum(c.action == 'unassign' for c in plan.changes)} unstarted "
                f"article(s) of {released}: {len(moved)} handed to others; {kept} started "
                f"article(s) stay with {released}, and every label is kept"
            )
        else:
            names = [name for name in annotators.split(",")] if annotators else []
            plan = planner.assign(store, names, per_article, overlap, seed)
            added = {c.article_id for c in plan.changes if c.action == "assign"}
            sample = {c.article_id for c in plan.changes if c.action == "assign" and c.overlap}
            click.echo(
                f"assigned {len(added)} article(s), {len(sample)} of them to everyone "
                f"(overlap sample); {len(plan.changes)} change(s) logged"
            )
        _print_design(store)
    finally:
        store.close()


def _print_design(store: Store) -> None:
    from annotator import assign as planner
    from annotator.store import assignments

    design = assignments.design(store)
    if design is None:
        click.echo("no assignments yet: annotator assign --annotators a,b,c --per-article 2")
        return
    sample = assignments.overlap_articles(store)
    click.echo(
        f"design: {len(design.annotators)} annotators, {design.per_article} per article, "
        f"overlap {design.overlap:g} ({len(sample)} article(s) read by everyone), "
        f"seed {design.seed}"
    )
    table = Table("annotator")
    table.add_column("articles", justify="right")
    table.add_column("sentences", justify="right")
    for name, (articles, sentences) in planner.loads(store).items():
        table.add_row(visible(name), str(articles), str(sentences))
    Console(highlight=False).print(table)


TITLE_WIDTH = 34
"""Titles are cut to this in the table, so that it fits 80 columns (the jsonl has ids)."""


@cli.command("assignments")
@db_option
@click.option("--annotator", "-a", "names", multiple=True, help="Only this annotator.")
@format_option(["table", "jsonl", "csv"], default="table", help_text="Output format.")
@output_option("Write to FILE instead of standard output (atomically).")
def assignments_command(
    db_path: Path | None, names: tuple[str, ...], format_name: str, output: Path | None
) -> None:
    """What is assigned to whom: one row per (article, annotator), with the article's
    sentences, how many that annotator labelled, and whether it is in the overlap sample.

    Example:

    \b
        annotator assignments
        annotator assignments --annotator alice --format jsonl
        annotator assignments --format csv -o assignments.csv
    """
    from annotator.export.output import atomic_file
    from annotator.store import assignments

    refuse_database_output(output, db_path)
    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        if not assignments.has_assignments(store):
            raise AnnotatorError(
                "this project has no assignments: annotator assign --annotators a,b,c"
            )
        rows = assignments.assignment_rows(store, names)
        titles = dict(store.article_list())
    finally:
        store.close()
    if names and not rows:
        click.echo(f"nothing is assigned to {', '.join(names)}", err=True)
    if format_name == "table":
        table = Table()
        table.add_column("#", justify="right")
        table.add_column("article")
        table.add_column("annotator", min_width=9)
        table.add_column("sample", min_width=6)
        table.add_column("sentences", justify="right", min_width=9)
        table.add_column("labelled", justify="right", min_width=8)
        number = {article: k for k, article in enumerate(titles, start=1)}
        for row in rows:
            title = titles.get(row.article_id, row.article_id)
            title = title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"
            table.add_row(
                str(number.get(row.article_id, "")),
                visible(title),
                visible(row.annotator),
                "yes" if row.overlap else "",
                str(row.sentences),
                str(row.labelled),
            )
        if output is None or str(output) == "-":
            Console(highlight=False).print(table)
        else:
            with atomic_file(output) as handle:
                Console(file=handle, width=120, highlight=False).print(table)
        return
    buffer = io.StringIO()
    if format_name == "jsonl":
        for row in rows:
            buffer.write(row.model_dump_json() + "\n")
    else:
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["article_id", "annotator", "overlap", "sentences", "labelled"])
        for row in rows:
            writer.writerow(
                [row.article_id, row.annotator, int(row.overlap), row.sentences, row.labelled]
            )
    if output is None or str(output) == "-":
        with quiet_broken_pipe():
            click.echo(buffer.getvalue(), nl=False)
        return
    with atomic_file(output) as handle:
        handle.write(buffer.getvalue())
    click.echo(f"wrote {len(rows)} row(s) to {output}", err=True)
