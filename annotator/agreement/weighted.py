"""Agreement on ordered label scales: Krippendorff's alpha at every level of measurement,
Gwet's AC2 and weighted Cohen's kappa.

A scheme declared `ordered` (say `none < weak < strong`) makes near misses count as partly
agreeing. Categories are scored by their values when every label is a number, otherwise
1..q in the scheme's order (irrCAC's rule). The weights are irrCAC's (Gwet 2014, ch. 3):
agreement weights with 1 on the diagonal. Items rated once count as in the nominal forms
(see `coefficients`): out of observed agreement, in AC2's chance term.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from functools import partial
from typing import Literal

import numpy as np

from annotator.agreement.coefficients import (
    CoefficientSpec,
    RatingData,
    Triple,
    UndefinedAgreement,
    as_data,
    coincidence_matrix,
    pair_table,
    require_pairs,
    require_two_categories,
)

__all__ = [
    "LEVELS",
    "ORDERED_SPECS",
    "WEIGHTS",
    "agreement_weights",
    "category_values",
    "gwet_ac2",
    "krippendorff_alpha_at",
    "weighted_cohen_kappa",
    "weighted_observed_items",
]

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = ("nominal", "ordinal", "interval", "ratio")
WeightKind = Literal["identity", "linear", "quadratic", "ordinal"]
WEIGHTS: tuple[WeightKind, ...] = ("identity", "linear", "quadratic", "ordinal")


def category_values(categories: Sequence[Hashable]) -> np.ndarray:
    """The score of each category: its value if every category is a number, else 1..q."""
    if categories and all(
        isinstance(c, int | float) and not isinstance(c, bool) for c in categories
    ):
        return np.array(categories, dtype=np.float64)
    return np.arange(1.0, len(categories) + 1.0)


def agreement_weights(kind: WeightKind, categories: Sequence[Hashable]) -> np.ndarray:
    """irrCAC's weight matrix of that kind over `categories` (1 on the diagonal)."""
    q = len(categories)
    if kind == "identity":
        return np.eye(q)
    if kind == "ordinal":
        k = np.arange(q)
        span = np.abs(k[:, None] - k[None, :]) + 1.0
        raw = span * (span - 1.0) / 2.0
        return 1.0 - raw / raw.max() if raw.max() > 0 else np.eye(q)
    values = category_values(categories)
    spread = values.max() - values.min() if q else 0.0
    if spread == 0:
        return np.eye(q)
    gap = np.abs(values[:, None] - values[None, :]) / spread
    if kind == "linear":
        return 1.0 - gap
    if kind == "quadratic":
        return 1.0 - gap * gap
    raise ValueError(f"unknown weights {kind!r}; choose from {', '.join(WEIGHTS)}")


def weighted_observed_items(counts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per item, ``sum_k n_ik (n*_ik - 1) / (r_i (r_i - 1))`` with ``n*_ik = sum_l w_kl
    n_il``: the weighted share of agreeing pairs (0 for an item rated once)."""
    r = counts.sum(axis=1)
    pairs = r * (r - 1.0)
    agree = (counts * (counts @ weights.T - 1.0)).sum(axis=1)
    return np.divide(agree, pairs, out=np.zeros_like(agree), where=pairs > 0)


# ----------------------------------------------------------------------------- alpha


def _distances(level: Level, categories: Sequence[Hashable], totals: np.ndarray) -> np.ndarray:
    """Krippendorff's squared difference ``delta^2_ck`` between categories at `level`."""
    q = len(categories)
    if level == "nominal":
        return 1.0 - np.eye(q)
    if level == "ordinal":
        # (sum of n_g from c to k, minus half of n_c and n_k)^2, in scheme order.
        cumulative = np.concatenate([[0.0], np.cumsum(totals)])
        low = np.minimum.outer(np.arange(q), np.arange(q))
        high = np.maximum.outer(np.arange(q), np.arange(q))
        between = cumulative[high + 1] - cumulative[low]
        return (between - (totals[:, None] + totals[None, :]) / 2.0) ** 2
    values = category_values(categories)
    if level == "interval":
        return (values[:, None] - values[None, :]) ** 2
    if level == "ratio":
        total = values[:, None] + values[None, :]
        diff = values[:, None] - values[None, :]
        return np.divide(diff, total, out=np.zeros_like(diff), where=total != 0) ** 2
    raise ValueError(f"unknown level {level!r}; choose from {', '.join(LEVELS)}")


def krippendorff_alpha_at(
    data: RatingData | Iterable[Triple],
    level: Level = "nominal",
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Krippendorff's alpha at a level of measurement, missing ratings allowed.

    ``alpha = 1 - (N - 1) sum_ck o_ck delta^2_ck / sum_ck n_c n_k delta^2_ck`` over the
    coincidence matrix (items rated twice or more). Ordinal distances use the categories'
    order (the scheme's, or sorted) and the pairable values' frequencies; interval and ratio
    use their scores (`category_values`). Equals `krippendorff.alpha` at the same level.
    """
    data = as_data(data, categories)
    name = f"Krippendorff's alpha ({level})"
    require_pairs(data, name)
    o = coincidence_matrix(data).values
    totals = o.sum(axis=0)
    delta = _distances(level, data.categories, totals)
    n = totals.sum()
    expected = float((np.outer(totals, totals) * delta).sum())
    if expected == 0:
        raise UndefinedAgreement(
            name, "every counted rating has the same value, so there is nothing to disagree on"
        )
    return float(1.0 - (n - 1.0) * float((o * delta).sum()) / expected)


def alpha_weights(data: RatingData, level: Level) -> np.ndarray:
    """Agreement weights that give the same alpha as `level`'s distances (1 - d / max d):
    what irrCAC's variance formula for alpha takes."""
    totals = coincidence_matrix(data).values.sum(axis=0)
    delta = _distances(level, data.categories, totals)
    top = delta.max()
    return 1.0 - delta / top if top > 0 else np.eye(data.n_categories)


# ----------------------------------------------------------------------------- AC2


def gwet_ac2(
    data: RatingData | Iterable[Triple],
    weights: WeightKind = "quadratic",
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Gwet's AC2: AC1 with agreement weights (irrCAC's `CAC(weights=...).gwet()`).

    ``p_a`` is the weighted agreement of the items rated twice or more
    (`weighted_observed_items`); ``p_e = sum(W) sum_k pi_k (1 - pi_k) / (q (q - 1))`` with
    ``pi_k`` over every item rated at least once. With identity weights it is AC1.
    """
    data = as_data(data, categories)
    name = f"Gwet's AC2 ({weights})"
    require_pairs(data, name)
    require_two_categories(data, name)
    w = agreement_weights(weights, data.categories)
    pa = float(weighted_observed_items(data.counts.astype(np.float64), w).mean())
    pi = data.rated_proportions
    q = data.n_categories
    pe = float(w.sum() * (pi * (1.0 - pi)).sum() / (q * (q - 1)))
    return (pa - pe) / (1.0 - pe)


# ----------------------------------------------------------------------------- Cohen


def weighted_cohen_kappa(
    data: RatingData | Iterable[Triple],
    annotators: tuple[Hashable, Hashable] | None = None,
    weights: Literal["linear", "quadratic"] = "quadratic",
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Cohen's weighted kappa of two annotators on the items both rated.

    ``kappa_w = 1 - sum_kl v_kl o_kl / sum_kl v_kl e_kl`` with disagreement weights ``v_kl =
    |k - l|`` (linear) or ``(k - l)^2`` (quadratic) over the categories' positions, ``o``
    the contingency table and ``e`` its product of margins. Equals
    `sklearn.metrics.cohen_kappa_score(weights=...)` with `labels` in the same order.
    """
    data = as_data(data, categories)
    name = f"Cohen's kappa ({weights} weights)"
    if annotators is None:
        require_pairs(data, name)
        if data.n_annotators != 2:
            raise UndefinedAgreement(
                name, f"it needs exactly two annotators and there are {data.n_annotators}"
            )
        annotators = (data.annotators[0], data.annotators[1])
    table = pair_table(data, *annotators).astype(np.float64)
    total = table.sum()
    if total == 0:
        raise UndefinedAgreement(name, "the two annotators rated no item in common")
    k = np.arange(data.n_categories, dtype=np.float64)
    gap = np.abs(k[:, None] - k[None, :])
    v = gap if weights == "linear" else gap * gap
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / total
    denominator = float((v * expected).sum())
    if denominator == 0:
        raise UndefinedAgreement(name, "both annotators used a single label, the same one")
    return float(1.0 - (v * table).sum() / denominator)


ORDERED_SPECS: tuple[CoefficientSpec, ...] = (
    CoefficientSpec(
        "krippendorff_alpha_ordinal",
        partial(krippendorff_alpha_at, level="ordinal"),
        "Krippendorff's alpha, ordinal",
        "1 - D_o / D_e, ordinal distances in the scheme's order",
    ),
    CoefficientSpec(
        "krippendorff_alpha_interval",
        partial(krippendorff_alpha_at, level="interval"),
        "Krippendorff's alpha, interval",
        "1 - D_o / D_e, distances (c - k)^2 on the scores",
    ),
    CoefficientSpec(
        "gwet_ac2_ordinal",
        partial(gwet_ac2, weights="ordinal"),
        "Gwet's AC2, ordinal weights",
        "p_e = sum(W) sum_k pi_k (1 - pi_k) / (q (q - 1))",
    ),
    CoefficientSpec(
        "gwet_ac2_quadratic",
        partial(gwet_ac2, weights="quadratic"),
        "Gwet's AC2, quadratic weights",
        "p_e = sum(W) sum_k pi_k (1 - pi_k) / (q (q - 1))",
    ),
    CoefficientSpec(
        "cohen_kappa_linear",
        partial(weighted_cohen_kappa, weights="linear"),
        "Cohen's kappa, linear weights",
        "1 - sum |k - l| o_kl / sum |k - l| e_kl",
    ),
    CoefficientSpec(
        "cohen_kappa_quadratic",
        partial(weighted_cohen_kappa, weights="quadratic"),
        "Cohen's kappa, quadratic weights",
        "1 - sum (k - l)^2 o_kl / sum (k - l)^2 e_kl",
    ),
)
"""The report adds these when the project's scheme is `ordered`."""
