"""What a model learns from, and how good it is: gold labels from the project and from gold
files, cross-validated by article beside the rules alone on the same folds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from annotator.errors import AnnotatorError
from annotator.gold import gold_of
from annotator.learn.classifier import LEARNER, Classifier
from annotator.learn.features import Example, examples
from annotator.learn.info import ModelInfo, Scores
from annotator.records import LabelScheme
from annotator.store import Store
from annotator.store import learned as stored
from annotator.suggest.evaluate import LabelScore, norm_text, read_gold
from annotator.suggest.records import for_article
from annotator.suggest.rules import suggest_article


@dataclass(frozen=True)
class Labelled:
    """A training sentence: what the model sees, its gold label, and its article (folds
    keep an article's sentences together, so no fold tests on an article it trained on)."""

    example: Example
    label: str
    group: str
    first_run: bool = False
    """Seen with the rules' recorded first run, not today's rules."""


# -------------------------------------------------------------------- gathering


def from_gold_file(path: Path, labels: Sequence[str]) -> list[Labelled]:
    """The sentences of a gold file (`seed_gold.jsonl`'s format), article by article."""
    gold = read_gold(path, labels)
    by_file: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(gold):
        by_file[item.file].append(i)
    out: list[Labelled] = []
    for file, indexes in by_file.items():
        indexes.sort(key=lambda i: gold[i].sentence_index)
        texts = [gold[i].text for i in indexes]
        recorded = [gold[i].rules_at_first_run for i in indexes]
        first_run = all(r is not None for r in recorded)
        if first_run:
            # what the rules said before they were fixed on these sentences: their errors on
            # unseen news, which the model is there to learn (bench/README.md)
            rules = [r.suggestion(t) for r, t in zip(recorded, texts, strict=True) if r]
        else:
            rules = suggest_article(texts)
        for i, example in zip(indexes, examples(texts, rules), strict=True):
            out.append(Labelled(example, gold[i].label, f"{path}:{file}", first_run))
    return out


def from_project(store: Store) -> list[Labelled]:
    """The project's gold labels (adjudicated, unanimous or majority, as the export's
    `gold` says), with the rules run on each whole article as the screen runs them."""
    labels, adjudicated = stored.gold_inputs(store)
    gold: dict[str, str] = {}
    for sentence_id in labels.keys() | adjudicated.keys():
        label = gold_of(labels.get(sentence_id, []), adjudicated.get(sentence_id)).label
        if label is not None:
            gold[sentence_id] = label
    if not gold:
        return []
    titles = dict(store.article_list())
    out: list[Labelled] = []
    for article_id in stored.articles_of(store, gold):  # not every article of the project
        sentences = store.sentences_of(article_id)
        rules = for_article(sentences, titles[article_id])
        for sentence, example in zip(
            sentences, examples([s.text for s in sentences], rules), strict=True
        ):
            if sentence.id in gold:
                out.append(Labelled(example, gold[sentence.id], article_id))
    return out


def merge_sources(project: list[Labelled], files: Iterable[list[Labelled]]) -> list[Labelled]:
    """Project labels first; a gold file's sentence whose text the project labels already
    is left out (the team's label wins, and no sentence counts twice)."""
    seen = {norm_text(item.example.text) for item in project}
    out = list(project)
    for items in files:
        out += [item for item in items if norm_text(item.example.text) not in seen]
    return out


# -------------------------------------------------------------------- scoring


def score(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Scores:
    """Per-label precision, recall and F1, macro-F1, accuracy and Cohen's kappa."""
    from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support

    p, r, f, support = precision_recall_fscore_support(
        gold, predicted, labels=list(labels), zero_division=np.nan
    )
    counts = {label: 0 for label in labels}
    for label in predicted:
        if label in counts:
            counts[label] += 1
    rows = [
        LabelScore(
            label=label,
            precision=None if np.isnan(p[i]) else float(p[i]),
            recall=None if np.isnan(r[i]) else float(r[i]),
            f1=None if np.isnan(f[i]) else float(f[i]),
            support=int(support[i]),
            predicted=counts[label],
        )
        for i, label in enumerate(labels)
    ]
    present = [row.f1 or 0.0 for row in rows if row.support]
    varied = len(set(gold) | set(predicted)) > 1
    kappa = float(cohen_kappa_score(gold, predicted)) if varied else None
    return Scores(
        sentences=len(gold),
        accuracy=float(np.mean([g == q for g, q in zip(gold, predicted, strict=True)])),
        macro_f1=float(np.mean(present)) if present else 0.0,
        kappa=None if kappa is None or np.isnan(kappa) else kappa,
        labels=rows,
    )


# -------------------------------------------------------------------- training


def train(
    items: Sequence[Labelled],
    scheme: LabelScheme,
    sources: dict[str, int],
    *,
    min_labels: int = 50,
    folds: int = 5,
) -> tuple[Classifier, ModelInfo]:
    """Fit on everything, and report and calibrate on the scores of the cross-validation the
    fit makes (whole articles held out, `folds` folds)."""
    import sklearn

    if len(items) < min_labels:
        raise AnnotatorError(
            f"only {len(items)} gold sentence(s) to learn from, and --min-labels asks for "
            f"{min_labels}: label more (or add a gold file with --gold)"
        )
    counts: dict[str, int] = {label: 0 for label in scheme.names}
    for item in items:
        counts[item.label] += 1
    if sum(1 for n in counts.values() if n) < 2:
        raise AnnotatorError(
            "every gold sentence has the same label: a model needs at least two labels to learn"
        )
    gold = [item.label for item in items]
    model = Classifier.fit(
        [item.example for item in items], gold, groups=[item.group for item in items], folds=folds
    )
    held = model.held_out
    assert held is not None  # a fitted model has them
    predicted = [model.labels[int(row.argmax())] for row in held]
    model.calibrate(held, gold)
    scores = {"model": score(gold, predicted, scheme.names)}
    rules = [item.example.rules.label for item in items]
    if set(rules) <= set(scheme.names):
        scores["rules"] = score(gold, rules, scheme.names)
    info = ModelInfo(
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        scheme=scheme.name,
        labels=model.labels,
        sentences=len(items),
        sources=sources,
        counts=counts,
        learner=LEARNER,
        folds=model.folds,
        scores=scores,
        first_run=sum(item.first_run for item in items),
        temperature=model.temperature,
        sklearn=sklearn.__version__,
    )
    return model, info


# -------------------------------------------------------------------- report


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _sources(counts: dict[str, int], shown: int = 3) -> str:
    """Where the sentences came from: a few by name, the rest summed (`--gold
    tests/data/*_gold.jsonl` is a hundred files; `--json` lists them all)."""
    items = list(counts.items())
    if len(items) <= shown + 1:
        return ", ".join(f"{n} from {where}" for where, n in items)
    named = ", ".join(f"{n} from {where}" for where, n in items[:shown])
    rest = items[shown:]
    return f"{named} and {sum(n for _w, n in rest)} from {len(rest)} more gold files"


def render(info: ModelInfo) -> str:
    """Plain text: the cross-validated scores, model beside rules, per label."""
    model = info.scores["model"]
    rules = info.scores.get("rules")
    version = f"v{info.version}" if info.version else "model"
    sources = _sources(info.sources)
    lines = [
        f"{version}: {info.sentences} gold sentences ({sources}), scheme {info.scheme!r}, "
        f"trained {info.created_at}",
        f"learner: {info.learner}; scikit-learn {info.sklearn}; calibration T = "
        f"{info.temperature:.2f}",
        f"cross-validated over {info.folds} folds, whole articles held out"
        + (", beside the rules alone on the same sentences:" if rules else ":"),
        "",
    ]
    head = f"{'label':<14} {'gold':>5}  {'P %':>6} {'R %':>6} {'F1 %':>6}"
    lines.append(head + (f"   {'rules P':>7} {'R':>6} {'F1':>6}" if rules else ""))
    for i, row in enumerate(model.labels):
        line = (
            f"{row.label:<14} {row.support:>5}  {_pct(row.precision):>6} {_pct(row.recall):>6} "
            f"{_pct(row.f1):>6}"
        )
        if rules:
            r = rules.labels[i]
            line += f"   {_pct(r.precision):>7} {_pct(r.recall):>6} {_pct(r.f1):>6}"
        lines.append(line)
    lines.append("")
    for name, s in (("model + rules", model), ("rules alone", rules)):
        if s is None:
            continue
        kappa = "undefined" if s.kappa is None else f"{s.kappa:.3f}"
        lines.append(
            f"{name:<14} macro-F1 {_pct(s.macro_f1)} %   accuracy {_pct(s.accuracy)} %   "
            f"Cohen's kappa {kappa}"
        )
    if info.first_run:
        lines.append(
            f"\n{info.first_run} gold-file sentences are seen with the rules' first run on them "
            "(rules_at_first_run): the model learns how the rules fail on news they have not "
            "met, and 'rules alone' scores them as that first run did (today's rules were "
            "fixed on them and do better there)."
        )
    return "\n".join(lines)
