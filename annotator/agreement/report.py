"""The agreement report: every figure a lead needs, as one Pydantic model.

`build_report` takes the triples (and optionally the sentence texts and their articles) and
computes everything once; `annotator.agreement.render` turns the model into a terminal table,
Markdown, JSON or a self-contained HTML page. Pure: no database, no terminal.

Undefined values are ``None`` with a ``reason``; nothing here raises `UndefinedAgreement`.
Item ids, annotators and labels are shown as strings (``str()`` of the hashable).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from annotator.agreement.bootstrap import THRESHOLDS, bootstrap_alpha
from annotator.agreement.coefficients import (
    SPECS,
    RatingData,
    Triple,
    UndefinedAgreement,
    agreement_by_group,
    coincidence_matrix,
    confusion_matrix,
    pairwise_cohen_kappa,
    per_label_agreement,
)
from annotator.agreement.variance import SMALL_SAMPLE, uncertainty
from annotator.agreement.weighted import ORDERED_SPECS

__all__ = [
    "AgreementReport",
    "ConfidenceInterval",
    "ArticleAgreement",
    "Coefficient",
    "Counts",
    "Disagreement",
    "FinalLabelMatch",
    "FinalLabels",
    "LabelRow",
    "Matrix",
    "PairConfusion",
    "Pairwise",
    "Sway",
    "SwayAnnotator",
    "SwayLabel",
    "SwaySide",
    "build_report",
    "interpret",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Coefficient(_Model):
    """One overall coefficient; `value` is None when undefined, and `reason` says why."""

    key: str = Field(description="Function name in annotator.agreement.")
    name: str
    value: float | None
    reason: str | None = None
    formula: str = ""
    se: float | None = Field(
        default=None, description="Standard error, as irrCAC computes it (Gwet 2014)."
    )
    low: float | None = Field(default=None, description="Lower end of the confidence interval.")
    high: float | None = Field(
        default=None, description="Upper end of the confidence interval (capped at 1)."
    )
    p_value: float | None = Field(
        default=None, description="Two-sided p-value against a coefficient of 0 (t test)."
    )
    interval_reason: str | None = Field(
        default=None, description="Why there is no standard error, when there is none."
    )


class ConfidenceInterval(_Model):
    """Percentile bootstrap interval of alpha, resampling items (seeded)."""

    low: float
    high: float
    level: float = Field(description="Confidence level, e.g. 0.95.")
    resamples: int
    seed: int
    undefined_resamples: int = Field(description="Resamples with a single label, left out.")
    p_below: dict[str, float] = Field(
        description="Threshold (as text) -> share of resamples with alpha below it."
    )


class Counts(_Model):
    """What was counted, and what was left out and why."""

    triples: int = Field(description="Triples given.")
    overwritten: int = Field(description="Repeated (item, annotator) triples; the last won.")
    items: int = Field(description="Distinct items in the triples.")
    items_used: int = Field(description="Items rated by two or more annotators.")
    items_left_out: int = Field(description="Items rated by a single annotator.")
    annotators_used: list[str]
    annotators_left_out: list[str] = Field(
        description="Annotators whose every rating is on an item nobody else rated."
    )
    labels_declared: list[str] | None = Field(description="The scheme's labels, if given.")
    labels_used: list[str] = Field(description="Labels with a counted rating.")
    labels_unused: list[str] = Field(description="Declared labels nobody used.")
    labels_left_out: list[str] = Field(description="Labels used only on items rated once.")
    notes: list[str] = Field(description="The exclusions above, in words.")


class Pairwise(_Model):
    """Cohen's kappa for each pair of annotators (None on the diagonal and where undefined)."""

    annotators: list[str]
    kappa: list[list[float | None]]
    shared_items: list[list[int]]
    light_kappa: float | None = Field(description="Mean of the defined pairwise kappas.")
    undefined: dict[str, str] = Field(description="'a / b' -> why that pair's kappa is undefined.")


class LabelRow(_Model):
    """Agreement on one label against all the others."""

    label: str
    count: int = Field(description="Counted ratings with this label.")
    share: float
    alpha: float | None = Field(description="Alpha with labels collapsed to this one vs rest.")
    specific_agreement: float | None = Field(
        description="Share of pairs with one rating of this label where the other is too."
    )
    reason: str | None = None


class Matrix(_Model):
    """A label x label table; rows and columns in `labels` order."""

    labels: list[str]
    values: list[list[float]]


class PairConfusion(_Model):
    """Items both annotators rated: row = annotator_a's label, column = annotator_b's."""

    annotator_a: str
    annotator_b: str
    labels: list[str]
    counts: list[list[int]]
    items: int
    kappa: float | None


class ArticleAgreement(_Model):
    """Agreement within one article's sentences."""

    article: str
    items: int = Field(description="Sentences rated by two or more annotators.")
    ratings: int
    alpha: float | None
    percent_agreement: float
    reason: str | None = None


class Disagreement(_Model):
    """A sentence the annotators disagree on, with each annotator's label."""

    item: str
    article: str | None = None
    text: str | None = None
    agreement: float = Field(description="Share of pairs of its ratings that agree.")
    labels: dict[str, str] = Field(description="Annotator -> label.")


class FinalLabelMatch(_Model):
    """How often one annotator's label was the final label."""

    annotator: str
    sentences: int = Field(
        description="Counted sentences this annotator labelled that have a final label."
    )
    matches: int = Field(description="Of those, the ones where the label is the final label.")
    rate: float | None = Field(description="matches / sentences; null when sentences is 0.")


class FinalLabels(_Model):
    """Each annotator against the final label of the counted sentences (two or more ratings):
    the reviewer's adjudicated label and, separately, the majority (strict plurality) label."""

    adjudicated_sentences: int = Field(description="Counted sentences with an adjudication.")
    adjudicated: list[FinalLabelMatch] = Field(
        description="Each annotator against the adjudicated label."
    )
    majority_sentences: int = Field(
        description="Counted sentences whose labels have a strict plurality (unanimous included)."
    )
    majority: list[FinalLabelMatch] = Field(
        description="Each annotator against the majority label (adjudications ignored)."
    )


class SwaySide(_Model):
    """One annotator against the other annotators, on the sentences this annotator labelled
    with the suggestion shown (or with it recorded but not shown)."""

    sentences: int = Field(
        description="Sentences labelled on this side that another annotator labelled too."
    )
    pairs: int = Field(
        description="(this annotator, other annotator) pairs of labels on those sentences."
    )
    agreeing: int = Field(description="Pairs with the same label.")
    percent_agreement: float | None = Field(description="agreeing / pairs; null without pairs.")
    kappa: float | None = Field(
        description="Cohen's kappa of this annotator's labels against the other annotators' "
        "labels, over the pooled pairs (sklearn's cohen_kappa_score on the two columns)."
    )
    reason: str | None = Field(
        default=None, description="Why percent agreement or kappa is undefined."
    )


class SwayLabel(_Model):
    """One annotator's take and match rates for one suggested label."""

    label: str = Field(description="The suggested label.")
    shown: int = Field(description="Labels given with this suggestion shown.")
    took: int = Field(description="Of those, labels equal to it.")
    take_rate: float | None = Field(description="took / shown; null when shown is 0.")
    not_shown: int = Field(description="Labels given with this suggestion recorded, not shown.")
    matched: int = Field(description="Of those, labels equal to it.")
    match_rate: float | None = Field(description="matched / not_shown; null when it is 0.")


class SwayAnnotator(_Model):
    """How often one annotator took the suggestion, against how often they match it unaided."""

    annotator: str
    labelled: int = Field(description="Counted labels.")
    no_suggestion: int = Field(
        description="Labels with no suggestion recorded (older data): left out of the rest."
    )
    shown: int = Field(description="Labels given with the suggestion shown.")
    took: int = Field(description="Of those, labels equal to the suggestion.")
    take_rate: float | None = Field(description="took / shown.")
    take_rate_reason: str | None = None
    not_shown: int = Field(
        description="Labels given with a suggestion recorded but not shown (suggestions off)."
    )
    matched: int = Field(description="Of those, labels equal to the suggestion.")
    match_rate: float | None = Field(
        description="matched / not_shown: how often the annotator agrees with the suggester "
        "unaided (the baseline of take_rate)."
    )
    match_rate_reason: str | None = None
    sway: float | None = Field(
        description="take_rate - match_rate: how much more often the annotator gives the "
        "suggested label when it is shown; null unless both rates are defined."
    )
    agreement_shown: SwaySide = Field(
        description="Against the other annotators, on sentences labelled with the suggestion shown."
    )
    agreement_not_shown: SwaySide = Field(
        description="Against the other annotators, on sentences labelled with it not shown."
    )
    by_label: list[SwayLabel] = Field(description="Rates per suggested label (scheme order).")


class Sway(_Model):
    """Suggestions and sway: per annotator, how often they took the suggester's label, and
    their agreement with the others with and without the suggestion on screen."""

    suggestions: int = Field(description="Counted labels with a suggestion recorded.")
    annotators: list[SwayAnnotator] = Field(
        description="Annotators with a counted label; empty when no suggestion was recorded."
    )


class OverlapSample(_Model):
    """Agreement on the overlap sample alone: the articles every annotator was assigned."""

    articles: int
    items: int = Field(description="Sentences of the sample labelled by two or more.")
    coefficients: list[Coefficient]


class IntraAnnotator(_Model):
    """One annotator's consistency with themselves: their two labels of the same text."""

    pairs: int = Field(description="Pairs of labels of the same text by this annotator.")
    percent: float | None = Field(description="Share of pairs with the same label twice.")
    alpha: float | None = Field(
        description="Krippendorff's alpha over the pairs (nominal, or ordinal when the "
        "scheme is ordered); null when undefined (see reason)."
    )
    ci95: list[float] | None = Field(
        description="95% percentile bootstrap interval of alpha, resampling pairs (seeded)."
    )
    from_repeat_share: int = Field(
        description="Pairs from blind repeats (`annotate --repeat-share`): repeat vs first label."
    )
    from_groups: int = Field(
        description="Pairs from repeat groups that are not page furniture: each later label "
        "vs the annotator's first label in the group."
    )
    reason: str | None = Field(default=None, description="Why alpha is undefined.")


class AgreementReport(_Model):
    """Inter-annotator agreement on nominal labels: coefficients, interval, breakdowns."""

    format: Literal["agreement-report"] = "agreement-report"
    version: Literal[1] = 1
    counts: Counts
    coefficients: list[Coefficient]
    alpha_interval: ConfidenceInterval | None
    alpha_interval_reason: str | None = None
    intervals: str = Field(
        default="", description="How each coefficient's interval was computed, in words."
    )
    interpretation: str
    pairwise: Pairwise
    per_label: list[LabelRow]
    coincidence: Matrix
    confusion: list[PairConfusion]
    per_article: list[ArticleAgreement]
    disagreements: list[Disagreement]
    final_labels: FinalLabels | None = Field(
        default=None,
        description="How often each annotator matched the final label; null when the "
        "adjudications were not given.",
    )
    sway: Sway | None = Field(
        default=None,
        description="Suggestions and sway per annotator; null when not computed (the "
        "suggestions are read from a database).",
    )
    overlap: OverlapSample | None = Field(
        default=None,
        description="Agreement on the overlap sample alone (a project divided with "
        "`annotator assign`).",
    )
    intra_annotator: dict[str, IntraAnnotator] | None = Field(
        default=None,
        description="Each annotator's consistency with themselves (blind repeats and "
        "repeat groups), by name; null when not computed (read from a database).",
    )

    def coefficient(self, key: str) -> Coefficient:
        """The coefficient named `key` (e.g. "krippendorff_alpha")."""
        return next(c for c in self.coefficients if c.key == key)


# ----------------------------------------------------------------------------- building


def _text(value: Hashable) -> str:
    return value if isinstance(value, str) else str(value)


def _number(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


def _counts(data: RatingData, declared: Sequence[Hashable] | None) -> Counts:
    used = set(data.labels_used)
    unused = [c for c in data.categories if c not in used and c not in data.seen_labels]
    left_out = [label for label in data.seen_labels if label not in used]
    items = data.n_items + len(data.excluded_items)
    notes = []
    if data.excluded_items:
        notes.append(
            f"{len(data.excluded_items)} of {items} items were rated by a single annotator: "
            "they carry no pair of ratings, so observed agreement, alpha, Cohen's, Light's "
            "and Brennan-Prediger leave them out; Fleiss', AC1, Conger's and Scott's count "
            "them in chance agreement (Gwet's missing-data forms, as irrCAC)."
        )
    if data.excluded_annotators:
        names = ", ".join(map(_text, data.excluded_annotators))
        notes.append(
            f"Annotators who only rated items nobody else rated (in Conger's chance term "
            f"only): {names}."
        )
    if unused:
        notes.append(f"Declared labels nobody used: {', '.join(map(_text, unused))}.")
    if left_out:
        notes.append(
            f"Labels used only on items rated once (in chance agreement only): "
            f"{', '.join(map(_text, left_out))}."
        )
    if data.overwritten:
        notes.append(
            f"{data.overwritten} repeated (item, annotator) triples: the last one was kept."
        )
    return Counts(
        triples=data.triples,
        overwritten=data.overwritten,
        items=items,
        items_used=data.n_items,
        items_left_out=len(data.excluded_items),
        annotators_used=[_text(a) for a in data.annotators],
        annotators_left_out=[_text(a) for a in data.excluded_annotators],
        labels_declared=None if declared is None else [_text(c) for c in declared],
        labels_used=[_text(c) for c in data.categories if c in used],
        labels_unused=[_text(c) for c in unused],
        labels_left_out=[_text(c) for c in left_out],
        notes=notes,
    )


def _overlap(
    triples: RatingData | Iterable[Triple],
    overlap: tuple[int, set[Hashable]] | None,
    categories: Sequence[Hashable] | None,
    level: float,
    ordered: bool,
) -> OverlapSample | None:
    if overlap is None or not isinstance(triples, list | tuple):
        return None
    articles, items = overlap
    kept = [t for t in triples if t[0] in items]
    data = RatingData.from_triples(kept, categories=categories)
    return OverlapSample(
        articles=articles, items=data.n_items, coefficients=_coefficients(data, level, ordered)
    )


def _coefficients(data: RatingData, level: float, ordered: bool) -> list[Coefficient]:
    result = []
    for spec in SPECS + (ORDERED_SPECS if ordered else ()):
        spread: dict[str, float | str | None] = {}
        try:
            value: float | None = spec.function(data)
            reason = None
        except UndefinedAgreement as error:
            value, reason = None, error.reason
        if value is not None:
            try:
                found = uncertainty(data, spec.key, value, level)
                spread = {
                    "se": found.se,
                    "low": found.low,
                    "high": found.high,
                    "p_value": found.p_value,
                }
            except UndefinedAgreement as error:
                spread = {"interval_reason": error.reason}
        result.append(
            Coefficient(
                key=spec.key,
                name=spec.name,
                value=value,
                reason=reason,
                formula=spec.formula,
                **spread,  # type: ignore[arg-type]
            )
        )
    return result


def _intervals_note(data: RatingData, level: float) -> str:
    """How the intervals were computed, and whether there are enough items for them."""
    note = (
        f"{level:.0%} intervals and p-values as irrCAC computes them (Gwet 2014): t on "
        "items - 1 degrees of freedom, conditional on these annotators"
    )
    if data.n_rated < SMALL_SAMPLE:
        note += (
            f"; with {data.n_rated} items (those labelled once count too, as in irrCAC; "
            f"fewer than {SMALL_SAMPLE}) they are rough and should not be leaned on"
        )
    return note + "."


def _interval(
    data: RatingData, ci: bool, seed: int, resamples: int
) -> tuple[ConfidenceInterval | None, str | None]:
    if not ci:
        return None, "not computed (ci=False)"
    try:
        found = bootstrap_alpha(data, resamples=resamples, seed=seed)
    except UndefinedAgreement as error:
        return None, error.reason
    return (
        ConfidenceInterval(
            low=found.low,
            high=found.high,
            level=found.level,
            resamples=found.resamples,
            seed=found.seed,
            undefined_resamples=found.undefined_resamples,
            p_below={f"{t:.3f}": p for t, p in found.below.items()},
        ),
        None,
    )


def interpret(alpha: float | None, interval: ConfidenceInterval | None, reason: str | None) -> str:
    """Krippendorff's reading of alpha: >= 0.800 reliable, >= 0.667 tentative, below: not."""
    low, high = THRESHOLDS
    if alpha is None:
        return f"Krippendorff's alpha is undefined: {reason}."
    if alpha >= high:
        verdict = f"alpha = {alpha:.3f} >= {high:.3f}: reliable; conclusions can be drawn."
    elif alpha >= low:
        verdict = (
            f"{low:.3f} <= alpha = {alpha:.3f} < {high:.3f}: only tentative conclusions; "
            "the guidelines or the training need work."
        )
    else:
        verdict = (
            f"alpha = {alpha:.3f} < {low:.3f}: unreliable; do not draw conclusions from these "
            "labels before the guidelines are revised."
        )
    if interval is None:
        return verdict
    pct = round(interval.level * 100)
    # named: the coefficients' table gives irrCAC's t interval, a different one
    text = (
        f"{verdict} {pct} % bootstrap interval ({interval.resamples:,} resamples of the "
        f"sentences) [{interval.low:.3f}, {interval.high:.3f}]"
    )
    straddled = [t for t in THRESHOLDS if interval.low < t <= interval.high]
    if straddled:
        text += f", which straddles {straddled[0]:.3f}: the verdict is uncertain"
    chances = ", ".join(f"P(alpha < {t}) = {p:.1%}" for t, p in interval.p_below.items())
    return f"{text}; {chances}."


def _pairwise(data: RatingData) -> tuple[Pairwise, list[PairConfusion]]:
    pairs = pairwise_cohen_kappa(data)
    names = [_text(a) for a in data.annotators]
    r = len(names)
    kappa = [[None if i == j else _number(pairs.kappa[i, j]) for j in range(r)] for i in range(r)]
    undefined = {f"{_text(a)} / {_text(b)}": why for (a, b), why in pairs.reasons.items()}
    labels = [_text(c) for c in data.categories]
    confusion = []
    for i in range(r):
        for j in range(i + 1, r):
            table = confusion_matrix(data, data.annotators[i], data.annotators[j]).values
            confusion.append(
                PairConfusion(
                    annotator_a=names[i],
                    annotator_b=names[j],
                    labels=labels,
                    counts=table.tolist(),
                    items=int(table.sum()),
                    kappa=_number(pairs.kappa[i, j]),
                )
            )
    return (
        Pairwise(
            annotators=names,
            kappa=kappa,
            shared_items=pairs.shared.tolist(),
            light_kappa=pairs.mean,
            undefined=undefined,
        ),
        confusion,
    )


def _per_label(data: RatingData) -> list[LabelRow]:
    return [
        LabelRow(
            label=_text(row.label),
            count=row.count,
            share=row.share,
            alpha=row.alpha,
            specific_agreement=row.specific_agreement,
            reason=row.reason,
        )
        for row in per_label_agreement(data)
    ]


def _per_article(
    data: RatingData, articles: Mapping[Hashable, str] | None
) -> list[ArticleAgreement]:
    if articles is None:
        return []
    # The mapping's own `get` (no Python call per item: a million items cost milliseconds).
    rows = agreement_by_group(data, articles.get)
    return [
        ArticleAgreement(
            article="(no article)" if row.group is None else _text(row.group),
            items=row.items,
            ratings=row.ratings,
            alpha=row.alpha,
            percent_agreement=row.percent_agreement,
            reason=row.reason,
        )
        for row in rows
    ]


def _disagreements(
    data: RatingData,
    top: int,
    texts: Mapping[Hashable, str] | None,
    articles: Mapping[Hashable, str] | None,
) -> list[Disagreement]:
    """The `top` items with the lowest agreement (ties: more labels, more ratings first)."""
    if top <= 0 or data.n_items == 0:
        return []
    agreement = data.item_agreement
    candidates = np.flatnonzero(agreement < 1.0)
    if len(candidates) == 0:
        return []
    distinct = (data.profile_counts > 0).sum(axis=1)[data.profile_of_item][candidates]
    ratings = data.ratings_per_item[candidates]
    order = np.lexsort((candidates, -ratings, -distinct, agreement[candidates]))[:top]
    result = []
    for index in candidates[order].tolist():
        item = data.items[index]
        row = data.ratings[index]
        labels = {
            _text(data.annotators[j]): _text(data.categories[code])
            for j, code in enumerate(row.tolist())
            if code >= 0
        }
        result.append(
            Disagreement(
                item=_text(item),
                article=None if articles is None else articles.get(item),
                text=None if texts is None else texts.get(item),
                agreement=float(agreement[index]),
                labels=labels,
            )
        )
    return result


def _matches(data: RatingData, final: np.ndarray) -> tuple[int, list[FinalLabelMatch]]:
    """Per annotator, the sentences they rated with a final label (`final[i] != -1`), and
    how many of their ratings equal it."""
    has_final = final != -1
    rows = []
    for j, name in enumerate(data.annotators):
        column = data.ratings[:, j]
        rated = (column >= 0) & has_final
        sentences = int(rated.sum())
        matches = int((rated & (column == final)).sum())
        rows.append(
            FinalLabelMatch(
                annotator=_text(name),
                sentences=sentences,
                matches=matches,
                rate=matches / sentences if sentences else None,
            )
        )
    return int(has_final.sum()), rows


def _majority(data: RatingData) -> np.ndarray:
    """Per counted item, the code of its strict-plurality label, or -1 on a tie.

    The rule of `annotator.gold.gold_of` (unanimous or majority), vectorised: a million
    items cannot afford a model per item.
    """
    counts = data.counts
    if data.n_items == 0 or counts.shape[1] == 0:
        return np.full(data.n_items, -1, dtype=np.int64)
    ranked = np.sort(counts, axis=1)
    strict = ranked[:, -1] > ranked[:, -2] if counts.shape[1] > 1 else ranked[:, -1] > 0
    return np.where(strict, counts.argmax(axis=1), -1).astype(np.int64)


def _final_labels(data: RatingData, adjudications: Mapping[Any, Hashable]) -> FinalLabels:
    final = np.full(data.n_items, -1, dtype=np.int64)
    if adjudications:
        codes = {label: k for k, label in enumerate(data.categories)}
        for i, item in enumerate(data.items):
            label = adjudications.get(item)
            if label is not None:
                final[i] = codes.get(label, -2)  # a label nobody used: nobody matches it
    adjudicated_sentences, adjudicated = _matches(data, final)
    majority_sentences, majority = _matches(data, _majority(data))
    return FinalLabels(
        adjudicated_sentences=adjudicated_sentences,
        adjudicated=adjudicated,
        majority_sentences=majority_sentences,
        majority=majority,
    )


def build_report(
    triples: RatingData | Iterable[Triple],
    *,
    categories: Sequence[Hashable] | None = None,
    texts: Mapping[Hashable, str] | None = None,
    articles: Mapping[Any, str] | None = None,
    adjudications: Mapping[Any, Hashable] | None = None,
    top_disagreements: int = 20,
    ci: bool = True,
    seed: int = 0,
    resamples: int = 1000,
    sway: Sway | None = None,
    level: float = 0.95,
    ordered: bool = False,
    overlap: tuple[int, set[Hashable]] | None = None,
    intra: dict[str, IntraAnnotator] | None = None,
) -> AgreementReport:
    """Compute the whole report from the triples (encoded once).

    `categories` is the scheme's label set (it changes Gwet's AC1 and Brennan-Prediger);
    `texts` and `articles` map an item to its sentence text and its article, for the
    disagreement list and the per-article table. `adjudications` maps an item to its
    reviewer's final label: given (even empty), the report says how often each annotator
    matched the final label. `ordered` (the scheme is an ordinal scale, `categories` in its
    order) adds ordinal alpha, AC2 and weighted kappas. `ci` runs the seeded bootstrap for
    alpha. `sway` (the suggestions section, read from a database by
    `annotator.agreement.sway`) is included as is. `overlap` (articles, items) is a divided
    project's agreement sample: its coefficients are reported apart as well. `intra` (each
    annotator's consistency with themselves, `annotator.agreement.intra`) is included as is.
    """
    if isinstance(triples, RatingData):
        data = triples if categories is None else triples.with_categories(categories)
    else:
        data = RatingData.from_triples(triples, categories=categories)
    coefficients = _coefficients(data, level, ordered)
    interval, interval_reason = _interval(data, ci, seed, resamples)
    alpha = coefficients[0]
    pairwise, confusion = _pairwise(data)
    coincidence = coincidence_matrix(data)
    return AgreementReport(
        counts=_counts(data, categories),
        coefficients=coefficients,
        alpha_interval=interval,
        alpha_interval_reason=interval_reason,
        intervals=_intervals_note(data, level),
        interpretation=interpret(alpha.value, interval, alpha.reason),
        pairwise=pairwise,
        per_label=_per_label(data),
        coincidence=Matrix(
            labels=[_text(c) for c in coincidence.labels],
            values=coincidence.values.tolist(),
        ),
        confusion=confusion,
        per_article=_per_article(data, articles),
        disagreements=_disagreements(data, top_disagreements, texts, articles),
        final_labels=None if adjudications is None else _final_labels(data, adjudications),
        sway=sway,
        overlap=_overlap(triples, overlap, categories, level, ordered),
        intra_annotator=intra,
    )
