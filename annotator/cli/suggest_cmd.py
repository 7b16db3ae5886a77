"""`annotator suggest [-o FILE]` and `annotator suggest --evaluate GOLD.jsonl`"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from annotator.cli.group import cli
from annotator.cli.options import (
    article_option,
    db_option,
    open_store,
    output_option,
    quiet_broken_pipe,
    refuse_database_input,
    refuse_database_output,
)
from annotator.errors import AnnotatorError, DatabaseError, InputError
from annotator.export.output import atomic_file, stdout_text
from annotator.schemes import is_claims
from annotator.store import Store
from annotator.suggest.evaluate import (
    GoldSentence,
    evaluate,
    norm_text,
    read_gold,
    render,
)
from annotator.suggest.model import Suggestion
from annotator.suggest.ner import Entities
from annotator.suggest.ner import load as load_entities
from annotator.suggest.records import Refine, SuggestionRecord, iter_suggestions

if TYPE_CHECKING:
    from annotator.learn.suggester import LazyModel


@cli.command("suggest")
@output_option("File to write; default or '-': stdout. Replaced atomically.")
@article_option
@click.option(
    "--evaluate",
    "gold_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Score the suggestions against this gold file (seed_gold.jsonl's format) instead.",
)
@click.option("--json", "as_json", is_flag=True, help="With --evaluate: the scores as JSON.")
@click.option(
    "--ner",
    is_flag=True,
    help="Add persons and organisations near the cue as source candidates (spaCy; needs "
    "the nlp extra: pip install 'claim-annotator[nlp]').",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="Leave the learned model out (when `annotator train` stored one): the rules alone.",
)
@click.option(
    "--model-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Use this model (written by `annotator train -o`) instead of the database's.",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@db_option
def suggest_command(
    output: Path | None,
    articles: tuple[str, ...],
    gold_path: Path | None,
    as_json: bool,
    ner: bool,
    rules_only: bool,
    model_file: Path | None,
    quiet: bool,
    db_path: Path | None,
) -> None:
    """Suggest a label, cue and source for every sentence, from French attribution cues
    and, when `annotator train` stored one, the model learned from the labels.

    With a model, it chooses the label (rule: "model", confidence: its calibrated
    probability) and the rules still find the cue and the source. Writes one JSON line per
    sentence: sentence_id, article_id, position, text, label, cue,
    cue_spans, source, source_span, source_candidates (with --ner), confidence, rule
    (schema/suggestion.jsonl-record.schema.json).
    Nothing is written to the database: the TUI shows the same suggestions as you label.

    With --evaluate, prints how well the suggestions match a gold file instead: per-label
    precision, recall and F1, macro-F1, Cohen's kappa, cue and source match rates. Gold
    sentences are matched to the database's sentences by their text.

    Example:

    \b
        annotator suggest -o suggestions.jsonl
        annotator suggest --article 2 | jq -r '[.label, .cue, .text] | @tsv'
        annotator suggest --evaluate gold.jsonl
        annotator suggest --evaluate gold.jsonl --rules-only
        annotator suggest --model-file claims-model.zip -o pre-annotated.jsonl
    """
    if rules_only and model_file is not None:
        raise click.UsageError("--rules-only and --model-file exclude each other")
    if model_file is not None:
        refuse_database_input([model_file], db_path, "a model file")
    gold = read_gold(gold_path) if gold_path is not None else None
    entities = load_entities() if ner else None
    refuse_database_output(output, db_path)
    store = open_store(db_path, must_exist=True, readonly=True)
    try:
        article_ids = store.resolve_articles(articles) if articles else None
        if store.sentence_count() == 0:
            raise DatabaseError(f"{store.path}: no sentences yet (run `annotator import` first)")
        model = None if rules_only else _model(store, model_file)
        if not is_claims(store.scheme) and model is None:
            raise AnnotatorError(
                "the rule-based suggester knows the claims scheme only, and this project "
                f"labels with {store.scheme.name!r}: train a model on its labels first "
                "(annotator train)"
            )
        if gold is not None and not is_claims(store.scheme):
            raise AnnotatorError("--evaluate scores the claims scheme's labels only")
        refine = model.refine if model is not None else None
        if model is not None and not quiet:
            click.echo(f"suggesting with the {model.version} and the rules", err=True)
        if gold is not None:
            _evaluate(store, gold, gold_path, article_ids, as_json, entities, refine)
            return
        target = None if output is None or str(output) == "-" else output
        # stdout_text: UTF-8 whatever the locale, as `annotator export` writes
        with quiet_broken_pipe(), atomic_file(target) if target else stdout_text() as out:
            written = _write(store, article_ids, out, entities, refine)
    finally:
        store.close()
    if not quiet:
        counts = ", ".join(f"{n} {label}" for label, n in sorted(written.items()))
        where = "stdout" if target is None else str(target)
        click.echo(f"suggested {sum(written.values())} sentence(s) ({counts}) to {where}", err=True)


def _model(store: Store, model_file: Path | None) -> LazyModel | None:
    from annotator.learn import suggester

    if model_file is not None:
        return suggester.from_file(model_file, store.scheme)
    return suggester.from_store(store)


def _write(
    store: Store,
    article_ids: list[str] | None,
    out: TextIO,
    entities: Entities | None,
    refine: Refine | None,
) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for sentence, suggestion in iter_suggestions(store, article_ids, entities, refine):
        out.write(SuggestionRecord.of(sentence, suggestion).model_dump_json())
        out.write("\n")
        counts[suggestion.label] += 1
    return counts


def _evaluate(
    store: Store,
    gold: list[GoldSentence],
    gold_path: Path | None,
    article_ids: list[str] | None,
    as_json: bool,
    entities: Entities | None,
    refine: Refine | None,
) -> None:
    # Each gold line takes the first unused database sentence with the same text: repeated
    # lines (a headline printed twice, "You may also like") pair up in order.
    found: dict[str, list[Suggestion]] = defaultdict(list)
    for sentence, suggestion in iter_suggestions(store, article_ids, entities, refine):
        found[norm_text(sentence.text)].append(suggestion)
    used: dict[str, int] = defaultdict(int)
    pairs: list[tuple[GoldSentence, Suggestion]] = []
    for item in gold:
        key = norm_text(item.text)
        candidates = found.get(key, [])
        if candidates:
            pairs.append((item, candidates[min(used[key], len(candidates) - 1)]))
            used[key] += 1
    if not pairs:
        raise InputError(
            gold_path or "gold",
            f"none of its {len(gold)} sentences is in the database "
            "(import the articles it labels first)",
        )
    evaluation = evaluate(pairs, unmatched=len(gold) - len(pairs))
    if as_json:
        click.echo(evaluation.model_dump_json(indent=2))
    else:
        click.echo(render(evaluation, f"Suggestions against {gold_path}"))
