"""`annotator stats`"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store
from annotator.store.review_rows import adjudications_by_reason
from annotator.terminal import visible


@cli.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats_command(db_path: Path | None, as_json: bool) -> None:
    """Articles, sentences, labels per annotator, label distribution, time per sentence,
    adjudications, and how often each annotator took the suggestion.

    Example:

        annotator stats
    """
    # Imported here: numpy and the report models are not needed to start the other commands.
    from annotator.agreement.render import rich_sway
    from annotator.agreement.sway import sway_of

    store = open_store(db_path, must_exist=True, readonly=True)
    stats = store.stats()
    stats["adjudicated_by_reason"] = adjudications_by_reason(store)
    sway = sway_of(store)
    stats["sway"] = sway.model_dump(mode="json")
    store.close()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(
        f"[b]{stats['articles']}[/] articles, [b]{stats['sentences']}[/] sentences, "
        f"scheme [b]{escape(visible(stats['scheme']))}[/], {stats['adjudicated']} adjudicated"
    )
    articles = Table(title="Articles", title_justify="left")
    articles.add_column("#", justify="right")
    articles.add_column("title")
    articles.add_column("sentences", justify="right")
    articles.add_column("boilerplate", justify="right")
    for number, article in enumerate(stats["article_list"], start=1):
        articles.add_row(
            str(number),
            escape(visible(article["title"])),
            str(article["sentences"]),
            str(article["boilerplate"]),
        )
    console.print(articles)
    if not stats["annotators"]:
        console.print("No labels yet: run `annotator annotate`.")
        return
    people = Table(title="Annotators", title_justify="left")
    for column in ("annotator", "labelled", "done", "flagged", "skipped", "s/sentence"):
        people.add_column(column, justify="left" if column == "annotator" else "right")
    for row in stats["annotators"]:
        done = row["labelled"] / stats["sentences"] if stats["sentences"] else 0.0
        people.add_row(
            escape(visible(row["annotator"])),
            str(row["labelled"]),
            f"{done:.0%}",
            str(row["flagged"] or 0),
            str(row["skipped"] or 0),
            "" if row["mean_seconds"] is None else f"{row['mean_seconds']:.1f}",
        )
    console.print(people)
    # Labels as rows and annotators as columns: label names stay readable at 80 columns.
    names = [row["annotator"] for row in stats["annotators"]]
    total = sum(stats["labels"].values())
    dist = Table(title="Label distribution", title_justify="left")
    dist.add_column("label")
    for name in names:
        dist.add_column(escape(visible(name)), justify="right")
    dist.add_column("all", justify="right")
    dist.add_column("share", justify="right")
    for label, count in stats["labels"].items():
        dist.add_row(
            escape(visible(label)),
            *(str(stats["labels_by_annotator"].get(name, {}).get(label, 0)) for name in names),
            str(count),
            f"{count / total:.1%}",
        )
    console.print(dist)
    for part in rich_sway(sway, by_label=False):
        console.print(part)
    reasons = stats["adjudicated_by_reason"]
    if reasons:
        adjudicated = Table(title="Adjudications by reason", title_justify="left")
        adjudicated.add_column("reason")
        adjudicated.add_column("count", justify="right")
        adjudicated.add_column("share", justify="right")
        for reason, count in reasons.items():
            share = count / stats["adjudicated"] if stats["adjudicated"] else 0.0
            adjudicated.add_row(
                escape(visible(reason.replace("_", " "))), str(count), f"{share:.1%}"
            )
        console.print(adjudicated)
