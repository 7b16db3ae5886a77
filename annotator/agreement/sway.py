"""Suggestions and sway: the report's `Sway` section from the counts of a database.

`annotator.store.sway_rows` counts, per annotator, the labels given with the suggestion shown
and with it recorded but not shown, and the label pairs with the other annotators; this module
turns them into rates, percent agreement and Cohen's kappa (`kappa_from_table`), each one
undefined with its reason when there is nothing to divide by.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.agreement.coefficients import UndefinedAgreement, kappa_from_table
from annotator.agreement.report import Sway, SwayAnnotator, SwayLabel, SwaySide
from annotator.store import Store
from annotator.store.sway_rows import SideCounts, SwayCounts, SwayRows, sway_counts

__all__ = ["build_sway", "sway_of"]

_SIDES = {"shown": "shown", "not_shown": "not shown"}


_NO_HIDDEN = "no label was given with the suggestion hidden (suggestions switched off)"


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _side(counts: SideCounts, labels: Sequence[str], name: str, side: str) -> SwaySide:
    pairs = sum(map(sum, counts.pairs))
    agreeing = sum(counts.pairs[k][k] for k in range(len(labels)))
    if not pairs:
        why = (
            f"{name!r} labelled no sentence with the suggestion {_SIDES[side]} that another "
            "annotator labelled too"
        )
        return SwaySide(
            sentences=0, pairs=0, agreeing=0, percent_agreement=None, kappa=None, reason=why
        )
    kappa: float | None
    reason = None
    try:
        kappa = kappa_from_table(counts.pairs, labels, who=f"{name!r} and the others")
    except UndefinedAgreement as error:
        kappa, reason = None, error.reason
    return SwaySide(
        sentences=counts.sentences,
        pairs=pairs,
        agreeing=agreeing,
        percent_agreement=agreeing / pairs,
        kappa=kappa,
        reason=reason,
    )


def _annotator(row: SwayCounts, labels: Sequence[str]) -> SwayAnnotator:
    shown, hidden = row.shown, row.not_shown
    take = _rate(shown.agreed, shown.labels)
    match = _rate(hidden.agreed, hidden.labels)
    return SwayAnnotator(
        annotator=row.annotator,
        labelled=row.labelled,
        no_suggestion=row.no_suggestion,
        shown=shown.labels,
        took=shown.agreed,
        take_rate=take,
        take_rate_reason=None
        if take is not None
        else "no label was given with the suggestion shown",
        not_shown=hidden.labels,
        matched=hidden.agreed,
        match_rate=match,
        match_rate_reason=None if match is not None else _NO_HIDDEN,
        sway=None if take is None or match is None else take - match,
        agreement_shown=_side(shown, labels, row.annotator, "shown"),
        agreement_not_shown=_side(hidden, labels, row.annotator, "not_shown"),
        by_label=[
            SwayLabel(
                label=label,
                shown=shown.suggested[k],
                took=shown.agreed_by_label[k],
                take_rate=_rate(shown.agreed_by_label[k], shown.suggested[k]),
                not_shown=hidden.suggested[k],
                matched=hidden.agreed_by_label[k],
                match_rate=_rate(hidden.agreed_by_label[k], hidden.suggested[k]),
            )
            for k, label in enumerate(labels)
        ],
    )


def build_sway(rows: SwayRows) -> Sway:
    """The `Sway` section from the counts; no annotator rows when no suggestion was recorded."""
    if not rows.suggestions:
        return Sway(suggestions=0, annotators=[])
    return Sway(
        suggestions=rows.suggestions,
        annotators=[_annotator(row, rows.labels) for row in rows.annotators],
    )


def sway_of(
    store: Store,
    labels: Sequence[str] | None = None,
    *,
    annotators: Sequence[str] | None = None,
    article_ids: Sequence[str] | None = None,
) -> Sway:
    """The suggestions section of a database (labels: the scheme's, by default)."""
    labels = list(labels) if labels is not None else store.scheme.names
    return build_sway(sway_counts(store, labels, annotators=annotators, article_ids=article_ids))
