"""`annotator train`: a model learned from the gold labels, beside the rules"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import (
    db_option,
    open_store,
    refuse_database_input,
    refuse_database_output,
    resolve_db,
)
from annotator.errors import AnnotatorError


@cli.command("train")
@click.argument(
    "more_gold", nargs=-1, type=click.Path(path_type=Path, dir_okay=False), metavar="[GOLD]..."
)
@click.option(
    "--gold",
    "gold_paths",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also learn from this gold file (tests/data/seed_gold.jsonl's format); repeatable, "
    "and files after the options count as --gold too. "
    "A sentence the project labels already keeps the project's label.",
)
@click.option(
    "--min-labels",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Refuse to train on fewer gold sentences than this.",
)
@click.option(
    "--no-project",
    is_flag=True,
    help="Learn from the --gold files only, not from the project's labels.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the model to this file instead of storing it in the database (for "
    "`annotator suggest --model-file` on another corpus).",
)
@click.option("--show", is_flag=True, help="Say which models the database holds; train nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the model's description as JSON.")
@db_option
def train_command(
    more_gold: tuple[Path, ...],
    gold_paths: tuple[Path, ...],
    min_labels: int,
    no_project: bool,
    output: Path | None,
    show: bool,
    as_json: bool,
    db_path: Path | None,
) -> None:
    """Learn the labels from the team's gold and from gold files: suggestions get better.

    The gold of each sentence is the export's: adjudicated, else unanimous, else majority
    (ties are left out). The model reads the sentence's words and characters and what the
    rules found in it (label, rule, cue, source). Prints its cross-validated per-label
    precision, recall and F1, macro-F1 and kappa, whole articles held out, beside the rules
    alone on the same sentences; then stores it in the database, versioned, where
    `annotate` and `suggest` use it (--rules-only switches it off). A few seconds on the
    CPU for a few thousand sentences; nothing is downloaded.

    Example:

    \b
        annotator train
        annotator train --gold tests/data/seed_gold.jsonl --gold tests/data/blind_gold.jsonl
        annotator train --no-project --gold tests/data/*_gold.jsonl -o claims-model.zip
        annotator train --show
    """
    # `--gold tests/data/*_gold.jsonl`: the shell gives the first file to --gold, the
    # others as arguments; both are gold files.
    gold_paths = (*gold_paths, *more_gold)
    if show:
        _show(db_path, as_json)
        return
    if no_project and not gold_paths:
        raise click.UsageError("--no-project needs at least one --gold file")
    if output is not None:
        refuse_database_output(output, db_path)
    refuse_database_input(gold_paths, db_path, "a gold file")
    database = resolve_db(db_path)
    needs_store = not no_project or output is None
    store = None
    if needs_store or database.exists():
        store = open_store(db_path, must_exist=True, readonly=output is not None)
    try:
        from annotator.learn import training
        from annotator.schemes import CLAIMS

        scheme = store.scheme if store is not None else CLAIMS
        files = [training.from_gold_file(path, scheme.names) for path in gold_paths]
        project = [] if no_project or store is None else training.from_project(store)
        items = training.merge_sources(project, files)
        sources: dict[str, int] = {}
        if project:
            sources["project"] = len(project)
        # by identity: comparing the sentences field by field made this quadratic (5 s for
        # 4,500 gold sentences)
        merged = {id(item) for item in items}
        for path, labelled in zip(gold_paths, files, strict=True):
            kept = sum(1 for item in labelled if id(item) in merged)
            if kept:
                sources[str(path)] = kept
        if not items:
            raise AnnotatorError(
                "nothing to learn from: no gold label in the project yet "
                "(label some sentences, or give a gold file with --gold)"
            )
        click.echo(f"training on {len(items)} gold sentence(s)…", err=True)
        model, info = training.train(items, scheme, sources, min_labels=min_labels)
        if output is not None:
            from annotator.export.output import write_atomically

            write_atomically(output, model.to_bytes(info.model_dump(mode="json")))
            where = f"written to {output}"
        else:
            from annotator.store import learned

            assert store is not None
            described = info.model_dump(mode="json")
            version = learned.save_model(store, described, model.to_bytes(described))
            info.version = version
            where = f"stored in {store.path} as model v{version}"
    finally:
        if store is not None:
            store.close()
    if as_json:
        click.echo(info.model_dump_json(indent=2))
    else:
        click.echo(training.render(info))
        click.echo(f"\n{where}")


def _show(db_path: Path | None, as_json: bool) -> None:
    from annotator.store import learned

    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        infos = learned.model_infos(store)
        where = store.path
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(infos, ensure_ascii=False, indent=2))
        return
    if not infos:
        click.echo(f"{where}: no model yet; `annotator train` learns one from the labels")
        return
    from annotator.learn.info import ModelInfo
    from annotator.learn.training import render

    for info in infos[:-1]:
        model = info["scores"]["model"]
        click.echo(
            f"v{info['version']}  {info['created_at']}  {info['sentences']} sentences  "
            f"macro-F1 {100 * model['macro_f1']:.1f} %  (superseded)"
        )
    if len(infos) > 1:
        click.echo("")
    click.echo(render(ModelInfo.model_validate(infos[-1])))
    click.echo("\nin use by annotate and suggest (latest version; --rules-only switches it off)")
