"""Suggestions and sway: what each annotator did with the suggester's label, as counts.

For each annotator and each side (the suggestion was shown / it was recorded but not shown,
i.e. suggestions were switched off), `sway_counts` returns how many labels they gave, how many
equal the suggested label (overall and per suggested label), and the contingency table of
their label against every other annotator's label on the same sentences (pairs pooled over
the other annotators). Labels with no suggestion recorded (older data) are only counted.

How it stays fast on a million labels: one pass over the annotations in primary-key order
(`GROUP BY sentence_id` needs no sort) packs each sentence's ratings into one integer per
eleven or so annotators, a digit per annotator (label, side, suggested label); a second
`GROUP BY` counts the distinct packings ("profiles", the idea of `RatingData`), and numpy
unpacks those. A self-join on `sentence_id` gives the same tables but was six to seven times
slower on the 900,000 labels of `bench/agreement.py` (3.5 s against 0.6 s on a quiet machine),
most of it sorting the pairs; a window over sentences or a join to per-sentence label counts
were two to three times slower.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from annotator.store import Store

__all__ = ["SideCounts", "SwayCounts", "SwayRows", "sway_counts"]


@dataclass(frozen=True, slots=True)
class SideCounts:
    """One annotator's labels given with the suggestion shown, or recorded but not shown."""

    labels: int
    """Labels given on this side."""
    agreed: int
    """Of those, labels equal to the suggested label."""
    suggested: tuple[int, ...]
    """Per scheme label k: labels given when k was the suggestion."""
    agreed_by_label: tuple[int, ...]
    """Per scheme label k: labels k given when k was the suggestion."""
    sentences: int
    """Labels on this side on sentences another (counted) annotator labelled too."""
    pairs: tuple[tuple[int, ...], ...]
    """q x q: row = this annotator's label, column = another annotator's label, over every
    (this annotator, other annotator) pair on those sentences."""


@dataclass(frozen=True, slots=True)
class SwayCounts:
    """What one annotator did with the suggestions."""

    annotator: str
    labelled: int
    """Counted labels (in the scheme, within the filters)."""
    no_suggestion: int
    """Labels with no suggestion recorded (given before suggestions were stored)."""
    shown: SideCounts
    not_shown: SideCounts


@dataclass(frozen=True, slots=True)
class SwayRows:
    labels: tuple[str, ...]
    """The scheme's labels: the order of every per-label tuple and table."""
    suggestions: int
    """Counted labels with a suggestion recorded."""
    annotators: tuple[SwayCounts, ...]
    """Every annotator with a counted label, by name."""


# A rating's digit is 1 + label + q * kind (0 is "no rating"); kind 0 is "no suggestion",
# 1 + k "k suggested, not shown", q + 2 + k "k shown", k = q a suggestion outside the scheme.
def _base(q: int) -> int:
    return 1 + q * (2 * q + 3)


def _per_column(base: int) -> int:
    """Annotators per packed column: the largest k with base**k <= 2**63, so that the SUM
    (at most base**k - 1) stays an exact SQLite integer."""
    k = 1
    while base ** (k + 1) <= 2**63:
        k += 1
    return k


def _marks(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


def _profiles(
    store: Store,
    labels: Sequence[str],
    names: Sequence[str],
    article_ids: Sequence[str] | None,
) -> tuple[np.ndarray, np.ndarray]:
    """(profiles x annotators digits, sentences with each profile) of the labelled sentences.

    A rating whose label is outside `labels`, or whose annotator is not in `names`, gets a
    NULL digit, which SUM skips: the filters cost no WHERE clause, and without one SQLite walks
    the primary key in sentence order, so the inner GROUP BY streams instead of sorting.
    """
    q = len(labels)
    base = _base(q)
    size = _per_column(base)
    chunks = [names[i : i + size] for i in range(0, len(names), size)]

    def code(column: str) -> str:
        return f"CASE {column} " + " ".join(f"WHEN ? THEN {k}" for k in range(q))

    digit = (
        f"(1 + ({code('label')} END) + {q} * (CASE WHEN suggested IS NULL "
        f"OR suggested NOT IN ({_marks(labels)}) THEN 0 "
        f"ELSE 1 + ({code('suggested')} ELSE {q} END) + {q + 1} * (suggestion_shown != 0) END))"
    )
    columns, params = [], []
    for c, chunk in enumerate(chunks):
        place = " ".join(f"WHEN ? THEN {base**p}" for p in range(len(chunk)))
        columns.append(f"COALESCE(SUM({digit} * (CASE annotator {place} END)), 0) AS c{c}")
        # a suggestion outside the scheme (another project's rules) counts as none
        params += [*labels, *labels, *labels, *chunk]
    where = ""
    if article_ids is not None:
        where = (
            "WHERE sentence_id IN "
            f"(SELECT id FROM sentences WHERE article_id IN ({_marks(article_ids)}))"
        )
        params += article_ids
    keys = ", ".join(f"c{c}" for c in range(len(chunks)))
    sql = (
        f"SELECT {keys}, COUNT(*) FROM (SELECT {', '.join(columns)} FROM annotations {where} "
        f"GROUP BY sentence_id) GROUP BY {keys}"
    )
    rows = np.array(store.conn.execute(sql, params).fetchall(), dtype=np.int64)
    rows = rows.reshape(-1, len(chunks) + 1)
    digits = np.zeros((len(rows), len(names)), dtype=np.int64)
    for c, chunk in enumerate(chunks):
        for p in range(len(chunk)):
            digits[:, c * size + p] = (rows[:, c] // base**p) % base
    return digits, rows[:, -1]


def _side(
    side: np.ndarray,
    label: np.ndarray,
    suggested: np.ndarray,
    counts: np.ndarray,
    paired: np.ndarray,
    weights: np.ndarray,
    q: int,
) -> SideCounts:
    """Counts of one annotator on one side; arrays are per profile."""
    agreed = side & (suggested == label)

    def total(mask: np.ndarray) -> int:
        return int(weights[mask].sum())

    def per_label(mask: np.ndarray, of: np.ndarray) -> tuple[int, ...]:
        found = np.bincount(of[mask], weights=weights[mask], minlength=q + 1)[:q]
        return tuple(int(round(v)) for v in found)

    # Pairs with each other rating of the sentence: the sentence's label counts minus this
    # annotator's own rating, summed over the sentences (weighted by profile).
    mine = side & paired
    table = np.zeros((q, q), dtype=np.int64)
    np.add.at(table, label[mine], counts[mine] * weights[mine, None])
    own = np.bincount(label[mine], weights=weights[mine], minlength=q)
    table[np.arange(q), np.arange(q)] -= np.rint(own).astype(np.int64)
    return SideCounts(
        labels=total(side),
        agreed=total(agreed),
        suggested=per_label(side, suggested),
        agreed_by_label=per_label(agreed, suggested),
        sentences=total(mine),
        pairs=tuple(tuple(int(v) for v in row) for row in table),
    )


def sway_counts(
    store: Store,
    labels: Sequence[str],
    *,
    annotators: Sequence[str] | None = None,
    article_ids: Sequence[str] | None = None,
) -> SwayRows:
    """Per annotator, what they did with the suggestions (see the module docstring).

    Only labels in `labels` count (others are left out, as in the agreement report); the
    other annotators of a sentence are those within the `annotators` filter.
    """
    labels = tuple(labels)
    q = len(labels)
    if annotators is None:
        names = [
            row[0]
            for row in store.conn.execute(
                "SELECT DISTINCT annotator FROM annotations WHERE label IS NOT NULL "
                "ORDER BY annotator"
            )
        ]
    else:
        names = sorted(set(annotators))
    recorded = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM annotations WHERE suggested IS NOT NULL)"
    ).fetchone()[0]
    if not names or not q or not recorded:  # older databases pay for one probe only
        return SwayRows(labels=labels, suggestions=0, annotators=())
    digits, weights = _profiles(store, labels, names, article_ids)
    rated = digits > 0
    code = np.maximum(digits - 1, 0)
    label, kind = code % q, code // q
    # Label counts of each profile, and whether it has a pair of ratings.
    counts = np.zeros((len(digits), q), dtype=np.int64)
    for j in range(len(names)):
        np.add.at(counts, (np.flatnonzero(rated[:, j]), label[rated[:, j], j]), 1)
    paired = counts.sum(axis=1) >= 2
    rows = []
    for j, name in enumerate(names):
        mine, k = rated[:, j], kind[:, j]
        not_shown = mine & (k >= 1) & (k <= q + 1)
        shown = mine & (k >= q + 2)
        suggested = np.where(shown, k - q - 2, np.where(not_shown, k - 1, q))
        labelled = int(weights[mine].sum())
        if not labelled:
            continue
        rows.append(
            SwayCounts(
                annotator=name,
                labelled=labelled,
                no_suggestion=int(weights[mine & (k == 0)].sum()),
                shown=_side(shown, label[:, j], suggested, counts, paired, weights, q),
                not_shown=_side(not_shown, label[:, j], suggested, counts, paired, weights, q),
            )
        )
    suggestions = sum(row.shown.labels + row.not_shown.labels for row in rows)
    return SwayRows(labels=labels, suggestions=suggestions, annotators=tuple(rows))
