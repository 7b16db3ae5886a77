"""Intra-annotator reliability: how consistent each annotator is with themselves.

Each pair is one annotator's two labels of one text: a blind repeat (`annotate
--repeat-share`: the served repeat against the first label) or a later copy in a repeat group
(against their first label in the group). Per annotator: the pairs, percent agreement, and
Krippendorff's alpha over the pairs taken as units of two values (nominal, or ordinal when the
scheme is ordered), with a seeded percentile bootstrap interval resampling the pairs. The same
alpha as the `krippendorff` package on the same pairs (a test compares).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from annotator.agreement.report import IntraAnnotator
from annotator.store.repeat_labels import LabelPair

RESAMPLES = 1000
SEED = 0


def _distances(totals: np.ndarray, ordered: bool) -> np.ndarray:
    """Krippendorff's squared distances between categories: nominal (0 or 1), or ordinal
    (the ranks between two categories, from the marginal totals)."""
    q = len(totals)
    if not ordered:
        return 1.0 - np.eye(q)
    cumulative = np.concatenate(([0.0], np.cumsum(totals)))
    c, k = np.meshgrid(np.arange(q), np.arange(q), indexing="ij")
    low, high = np.minimum(c, k), np.maximum(c, k)
    between = cumulative[high + 1] - cumulative[low]
    out: np.ndarray = (between - (totals[c] + totals[k]) / 2.0) ** 2
    return out


def pair_alpha(first: np.ndarray, again: np.ndarray, q: int, ordered: bool = False) -> float:
    """Krippendorff's alpha of pairs of category codes (0..q-1); NaN when undefined (one
    category only)."""
    coincidence = np.bincount(first * q + again, minlength=q * q).reshape(q, q).astype(float)
    coincidence = coincidence + coincidence.T
    totals = coincidence.sum(axis=1)
    n = totals.sum()
    delta = _distances(totals, ordered)
    expected = float((np.outer(totals, totals) * delta).sum())
    if n < 2 or expected == 0:
        return float("nan")
    observed = float((coincidence * delta).sum())
    return 1.0 - (n - 1.0) * observed / expected


def _interval(
    first: np.ndarray, again: np.ndarray, q: int, ordered: bool
) -> tuple[float, float] | None:
    rng = np.random.default_rng(SEED)
    values = np.array(
        [
            pair_alpha(first[pick], again[pick], q, ordered)
            for pick in rng.integers(0, len(first), size=(RESAMPLES, len(first)))
        ]
    )
    values = values[~np.isnan(values)]
    if not len(values):
        return None
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), min(float(high), 1.0)


def intra_annotator(
    repeats: Sequence[LabelPair],
    groups: Sequence[LabelPair],
    categories: Sequence[str],
    *,
    ordered: bool = False,
) -> dict[str, IntraAnnotator]:
    """Per annotator (by name), their consistency with themselves over both kinds of pairs."""
    index = {name: i for i, name in enumerate(categories)}
    q = len(categories)
    by_name: dict[str, list[tuple[int, int]]] = {}
    counts: dict[str, list[int]] = {}
    for kind, pairs in enumerate((repeats, groups)):
        for pair in pairs:
            if pair.first not in index or pair.again not in index:
                continue  # a label outside the scheme, as the rest of the report
            by_name.setdefault(pair.annotator, []).append((index[pair.first], index[pair.again]))
            counts.setdefault(pair.annotator, [0, 0])[kind] += 1
    out: dict[str, IntraAnnotator] = {}
    for name in sorted(by_name):
        codes = np.array(by_name[name], dtype=np.int64)
        first, again = codes[:, 0], codes[:, 1]
        alpha = pair_alpha(first, again, q, ordered)
        reason = None
        interval = None
        if np.isnan(alpha):
            reason = "every label in these pairs is the same one: alpha is 0/0"
        else:
            interval = _interval(first, again, q, ordered)
        out[name] = IntraAnnotator(
            pairs=len(codes),
            percent=float((first == again).mean()),
            alpha=None if np.isnan(alpha) else alpha,
            ci95=None if interval is None else list(interval),
            from_repeat_share=counts[name][0],
            from_groups=counts[name][1],
            reason=reason,
        )
    return out
