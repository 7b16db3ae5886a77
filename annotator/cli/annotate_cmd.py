"""`annotator annotate`"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from annotator.cli.group import cli
from annotator.cli.options import annotator_option, db_option, open_store, resolve_annotator
from annotator.errors import AnnotatorError, DatabaseError

if TYPE_CHECKING:
    from annotator.learn.suggester import LazyModel
    from annotator.store import Store


@cli.command("annotate")
@annotator_option
@db_option
@click.option(
    "--break-after",
    type=click.FloatRange(min=0),
    default=50.0,
    show_default=True,
    help="Minutes of work before a break reminder (0: never).",
)
@click.option(
    "--suggest/--no-suggest",
    default=True,
    show_default=True,
    help="Show the rule-based suggestion (label, cue, source) for each sentence; "
    "p toggles it in the screen. Recorded with each label either way.",
)
@click.option(
    "--ner",
    is_flag=True,
    help="Also offer the persons and organisations near the cue as source candidates "
    "(spaCy; needs the nlp extra: pip install 'claim-annotator[nlp]'; a few seconds to load).",
)
@click.option(
    "--suggest-share",
    type=click.FloatRange(min=0.0, max=1.0),
    default=1.0,
    show_default=True,
    help="Share of sentences that show their suggestion; the others are controls, hidden but "
    "recorded, so `annotator stats` compares each annotator's labels with and without on "
    "comparable sentences (0.5: half and half, drawn at random per annotator and sentence).",
)
@click.option(
    "--all",
    "every_article",
    is_flag=True,
    help="In a project divided with `annotator assign`: every article, not only yours "
    "(for a lead).",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Suggest from the rules alone, leaving out the model `annotator train` stored.",
)
@click.option(
    "--order",
    type=click.Choice(["article", "uncertain"]),
    default="article",
    show_default=True,
    help="article: the articles in import order, sentence by sentence. uncertain: your "
    "unlabelled sentences, those the learned model is least sure of first (needs "
    "`annotator train`), each still shown in its article.",
)
@click.option(
    "--show-repeats",
    is_flag=True,
    help="On a sentence repeated across articles (annotator repeats), offer your own earlier "
    "label of it as the suggestion (rule 'repeat', recorded like any): speed instead of "
    "independence. Off by default: the status line only says the sentence repeats.",
)
@click.option(
    "--repeat-share",
    type=click.FloatRange(min=0.0, max=1.0),
    default=0.0,
    show_default=True,
    help="Serve this share of your labelled sentences again, blind, later in the queue (at "
    "least 20 labels after); the repeat's label is kept beside the first, never replacing "
    "it, and `annotator agreement` reports your consistency with yourself.",
)
def annotate_command(
    annotator: str | None,
    db_path: Path | None,
    break_after: float,
    suggest: bool,
    ner: bool,
    suggest_share: float,
    every_article: bool,
    rules_only: bool,
    order: str,
    show_repeats: bool,
    repeat_share: float,
) -> None:
    """Open the annotation screen: label each sentence with one key.

    Resumes where you stopped: the first sentence you have not labelled after the one you
    labelled last. Press ? for the keys and the guidelines.

    Example:

    \b
        annotator annotate --annotator alice
        annotator annotate --annotator bob --no-suggest
        annotator annotate --annotator carol --suggest-share 0.5
        annotator annotate --annotator lead --all
        annotator annotate --annotator alice --order uncertain
        annotator annotate --annotator alice --repeat-share 0.1
        annotator annotate --annotator bob --show-repeats

    In a project divided with `annotator assign`, the queue, the arrows and the progress keep
    to your assigned articles; --all lifts that. When `annotator train` has stored a model,
    it chooses the suggested labels (the rules still find the cue and the source).
    """
    if rules_only and order == "uncertain":
        raise click.UsageError("--order uncertain needs the model; drop --rules-only")
    name = resolve_annotator(annotator)
    store = open_store(db_path, must_exist=True)
    if not store.has_sentences():
        store.close()
        raise AnnotatorError(
            f"{store.path}: no articles yet; import some first: annotator import sample_data/"
        )
    assigned_only = False
    if not every_article:
        from annotator.store import assignments

        if assignments.has_assignments(store):
            if not assignments.assigned_articles(store, name):
                team = assignments.design(store)
                names = ", ".join(team.annotators) if team else "nobody"
                store.close()
                raise AnnotatorError(
                    f"{name} has no article assigned in this project (assigned: {names}); "
                    f"ask the lead to run `annotator assign --annotators ...,{name}`, or "
                    "open every article with --all"
                )
            assigned_only = True
    try:
        model, queue = _model_and_order(store, name, rules_only, order, assigned_only)
    except AnnotatorError:
        store.close()
        raise
    entities = None
    if ner:
        from annotator.suggest.ner import load

        click.echo("loading spaCy's French model…", err=True)
        try:
            entities = load()
        except AnnotatorError:
            store.close()
            raise
    from annotator.tui.app import AnnotatorApp  # Textual only when the TUI is wanted

    app = AnnotatorApp(
        store=store,
        annotator=name,
        break_after=break_after * 60,
        suggest=suggest,
        entities=entities,
        suggest_share=suggest_share,
        assigned_only=assigned_only,
        model=model,
        order=queue,
        show_repeats=show_repeats,
        repeat_share=repeat_share,
    )
    try:
        app.run()
    finally:
        store.close()
    if app.fatal_message:
        raise DatabaseError(f"{store.path}: {app.fatal_message}")
    if app.return_code:  # ended by SIGTERM or SIGHUP: the terminal is restored, say so
        raise SystemExit(app.return_code)


def _model_and_order(
    store: Store, name: str, rules_only: bool, order: str, assigned_only: bool
) -> tuple[LazyModel | None, list[str] | None]:
    """The stored model (checked against the scheme), and the uncertain order if asked."""
    if rules_only:
        return None, None
    from annotator.learn.suggester import from_store

    model = from_store(store)
    if order != "uncertain":
        return model, None
    if model is None:
        raise AnnotatorError(
            "--order uncertain orders by the learned model's doubt, and this project has "
            "none yet: run `annotator train` first"
        )
    from annotator.learn.uncertain import uncertain_order
    from annotator.store import assignments

    articles = assignments.assigned_articles(store, name) if assigned_only else None
    total = store.sentence_count(within=name if assigned_only else None)
    # About 2,000 sentences a second (the rules, then the model): a bar shows where it is.
    with click.progressbar(
        length=total,
        label=f"Ordering {total:,} sentences by the {model.version}'s doubt",
        file=sys.stderr,
    ) as bar:
        ids = uncertain_order(store, name, model, articles, progress=bar.update)
    return model, ids
