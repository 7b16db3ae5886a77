"""Bootstrap confidence interval for Krippendorff's alpha (nominal), resampling items.

Each resample draws the ``n`` counted items with replacement and recomputes alpha; the
interval is the percentile interval of the resampled alphas. Alpha depends on an item only
through its label counts ``(n_i1, ..., n_iq)``, so items with the same counts ("patterns") are
interchangeable: drawing ``n`` items uniformly is drawing pattern frequencies from
``Multinomial(n, f_p / n)``. With few patterns (the usual case: 5 annotators and 4 labels give
at most 121) one multinomial draw per resample replaces ``n`` index draws, which makes 1,000
resamples of 200,000 items take milliseconds. With many patterns we draw item indexes instead.
Both are the ordinary item bootstrap; the draws are seeded, so the interval is reproducible.

This is not Krippendorff's own bootstrap (Hayes and Krippendorff 2007 resample pairs of
values); resampling items keeps the dependence between an item's ratings.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from annotator.agreement.coefficients import (
    RatingData,
    Triple,
    UndefinedAgreement,
    as_data,
    krippendorff_alpha,
)

__all__ = ["AlphaInterval", "bootstrap_alpha"]

#: Krippendorff's (2004) thresholds: >= 0.8 reliable, >= 0.667 tentative conclusions only.
THRESHOLDS = (0.667, 0.8)
_MAX_DRAWS_PER_CHUNK = 4_000_000
# A multinomial draw costs about one binomial per pattern, an index draw a few ns per item:
# use the multinomial while patterns are at most 1/8 of the items.
_ITEMS_PER_PATTERN = 8


@dataclass(frozen=True)
class AlphaInterval:
    """Alpha with its bootstrap percentile interval.

    `below` maps each threshold to the share of resamples whose alpha is below it (the
    probability of failing to reach it, in Krippendorff's sense). `undefined_resamples` counts
    resamples where alpha was 0/0 (a single label drawn); they are left out of the interval.
    """

    alpha: float
    low: float
    high: float
    level: float
    resamples: int
    seed: int
    undefined_resamples: int = 0
    below: dict[float, float] = field(default_factory=dict)


def _patterns(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of `counts`, and the index of each row among them."""
    q = counts.shape[1]
    base = int(counts.max(initial=0)) + 1
    if q * np.log2(max(base, 2)) < 62:
        # One integer per row: a 1-D unique is much faster than unique(axis=0).
        keys = counts.astype(np.int64) @ (base ** np.arange(q, dtype=np.int64))
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        return counts[first], inverse.reshape(-1)
    rows, inverse = np.unique(counts, axis=0, return_inverse=True)
    return rows, inverse.reshape(-1)


def _alphas(weights: np.ndarray, disagreement: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Alpha of each resample, given how many times (`weights`, B x P) each pattern is drawn.

    ``alpha = 1 - (N - 1) D / (N^2 - sum_k n_k^2)`` with ``D = sum_i (r_i^2 - sum_k n_ik^2)
    / (r_i - 1)``; NaN where the denominator is 0.
    """
    observed = weights @ disagreement
    totals = weights @ counts
    n = totals.sum(axis=1)
    expected = n * n - (totals * totals).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(expected > 0, 1.0 - (n - 1.0) * observed / expected, np.nan)


def _pattern_weights(
    rng: np.random.Generator, freq: np.ndarray, inverse: np.ndarray, resamples: int
) -> Iterable[np.ndarray]:
    """Blocks of B x P draw counts of each pattern, one row per resample."""
    n, patterns = int(freq.sum()), len(freq)
    if patterns * _ITEMS_PER_PATTERN <= n:
        yield rng.multinomial(n, freq / n, size=resamples).astype(np.float64)
        return
    block = max(1, _MAX_DRAWS_PER_CHUNK // n)
    for start in range(0, resamples, block):
        b = min(block, resamples - start)
        drawn = inverse[rng.integers(0, n, size=(b, n))]
        cells = drawn + (np.arange(b) * patterns)[:, None]
        yield (
            np.bincount(cells.ravel(), minlength=b * patterns)
            .reshape(b, patterns)
            .astype(np.float64)
        )


def bootstrap_alpha(
    data: RatingData | Iterable[Triple],
    *,
    categories: Sequence[Hashable] | None = None,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
    thresholds: Sequence[float] = THRESHOLDS,
) -> AlphaInterval:
    """Percentile bootstrap interval of nominal Krippendorff's alpha, resampling items.

    Raises `UndefinedAgreement` when alpha itself is undefined, or when every resample is.
    """
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    if not 0 < level < 1:
        raise ValueError("level must be between 0 and 1")
    data = as_data(data, categories)
    alpha = krippendorff_alpha(data)
    rows, pattern_of_profile = _patterns(data.profile_counts)
    # Profiles (rows of ratings) with the same label counts are one pattern: add their items.
    freq = np.bincount(pattern_of_profile, weights=data.profile_weights, minlength=len(rows))
    freq = np.rint(freq).astype(np.int64)
    inverse = pattern_of_profile[data.profile_of_item]
    rows_f = rows.astype(np.float64)
    r = rows_f.sum(axis=1)
    disagreement = (r * r - (rows_f * rows_f).sum(axis=1)) / (r - 1.0)
    rng = np.random.default_rng(seed)
    values = np.concatenate(
        [_alphas(w, disagreement, rows_f) for w in _pattern_weights(rng, freq, inverse, resamples)]
    )
    defined = values[~np.isnan(values)]
    if len(defined) == 0:
        raise UndefinedAgreement(
            "bootstrap interval of alpha", "every resample drew items with a single label"
        )
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(defined, [tail, 100.0 - tail])
    return AlphaInterval(
        alpha=alpha,
        low=float(low),
        high=float(high),
        level=level,
        resamples=resamples,
        seed=seed,
        undefined_resamples=int(len(values) - len(defined)),
        below={float(t): float((defined < t).mean()) for t in thresholds},
    )
