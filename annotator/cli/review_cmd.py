"""`annotator review`"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import (
    annotator_option,
    article_option,
    db_option,
    open_store,
    resolve_annotator,
)
from annotator.errors import DatabaseError
from annotator.review_queue import QueueOptions, ReviewQueue, load_queue, parse_pair


def _summary(queue: ReviewQueue, settled: int) -> str:
    text = f"{settled}/{len(queue)} settled; {queue.unanimous} accepted as unanimous"
    if queue.already_settled:
        text += f"; {queue.already_settled} settled before (--all shows them)"
    return text


@cli.command("review")
@annotator_option
@db_option
@article_option
@click.option(
    "--pair",
    default=None,
    metavar="LABEL,LABEL",
    help="Only sentences whose labels include both, e.g. attributed,contested.",
)
@click.option(
    "--min-annotators",
    type=click.IntRange(min=1),
    default=None,
    help="Only sentences labelled by at least N annotators "
    "(default: 2 for a disagreement; a flagged sentence whatever its count).",
)
@click.option("--blind", is_flag=True, help="Hide the annotators' names (A, B, … per sentence).")
@click.option(
    "--all", "include_settled", is_flag=True, help="Also the sentences already adjudicated."
)
@click.option(
    "--consistency",
    is_flag=True,
    help="Instead: the repeat groups (annotator repeats) one annotator labelled two or more "
    "ways; a label key gives the whole group that label. --annotator NAME keeps to NAME's.",
)
def review_command(
    annotator: str | None,
    db_path: Path | None,
    articles: tuple[str, ...],
    pair: str | None,
    min_annotators: int | None,
    blind: bool,
    include_settled: bool,
    consistency: bool,
) -> None:
    """Settle the sentences where annotators disagree: pick the final label with one key.

    The queue holds the sentences with two or more different labels, and the flagged ones,
    in import order; unanimous sentences are accepted as they are (counted, not shown).
    Each decision records the reviewer, a reason and an optional note, and becomes the gold
    label of the export (method `adjudicated`). Press ? for the keys.

    Example:

    \b
        annotator review --annotator rita
        annotator review --pair attributed,contested --article 2 --blind
        annotator review --consistency --annotator alice

    With --consistency, the queue is instead the repeat groups (the same text in several
    articles) that one annotator labelled in different ways: each is settled with one key,
    every change a label event of that annotator (u takes it back).
    """
    if consistency:
        given = [
            name
            for name, value in (
                ("--article", articles),
                ("--pair", pair),
                ("--min-annotators", min_annotators),
                ("--blind", blind),
                ("--all", include_settled),
            )
            if value
        ]
        if given:
            raise click.UsageError(f"--consistency lists repeat groups; {given[0]} is not for it")
        _consistency(annotator, db_path)
        return
    reviewer = resolve_annotator(annotator)
    store = open_store(db_path, must_exist=True)
    try:
        options = QueueOptions(
            article_ids=tuple(store.resolve_articles(articles) or ()) or None,
            pair=parse_pair(pair) if pair else None,
            min_annotators=min_annotators,
            include_settled=include_settled,
        )
        queue = load_queue(store, options)
        if not queue.items:
            click.echo(f"Nothing to review: {_summary(queue, 0)}.")
            return
        from annotator.tui.app import ReviewApp, ReviewSetup  # Textual only for the TUI

        app = ReviewApp(store=store, annotator=reviewer, review=ReviewSetup(queue, blind=blind))
        app.run()
        settled = sum(1 for item in queue.items if store.adjudication(item.sentence_id))
        if not app.return_code:  # no terminal to print to after a SIGHUP
            click.echo(f"{_summary(queue, settled)}.")
    finally:
        store.close()
    if app.fatal_message:
        raise DatabaseError(f"{store.path}: {app.fatal_message}")
    if app.return_code:  # ended by SIGTERM or SIGHUP, the terminal restored
        raise SystemExit(app.return_code)


def _consistency(annotator: str | None, db_path: Path | None) -> None:
    """`review --consistency`: every annotator's inconsistent groups, or NAME's."""
    from annotator.store.repeat_labels import inconsistencies

    store = open_store(db_path, must_exist=True)
    try:
        items = inconsistencies(store, annotator)
        whose = annotator or "any annotator"
        if not items:
            click.echo(f"Nothing to review: no repeat group labelled two ways by {whose}.")
            return
        from annotator.tui.app import ConsistencyApp

        app = ConsistencyApp(
            store=store, annotator=annotator or resolve_annotator(None), consistency=items
        )
        app.run()
        left = len(inconsistencies(store, annotator))
        if not app.return_code:
            click.echo(f"{len(items) - left}/{len(items)} inconsistent group(s) settled.")
    finally:
        store.close()
    if app.fatal_message:
        raise DatabaseError(f"{store.path}: {app.fatal_message}")
    if app.return_code:
        raise SystemExit(app.return_code)
