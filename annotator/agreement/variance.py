"""Standard errors, confidence intervals and p-values of the agreement coefficients, as irrCAC
computes them (Gwet 2014, *Handbook of Inter-Rater Reliability*, ch. 5).

Each coefficient ``kappa = (p_a - p_e) / (1 - p_e)`` is linearised item by item: with ``n``
items rated at least once and ``n2`` rated twice or more,

``kappa_i = (n / n2) (p_a,i - p_e [r_i >= 2]) / (1 - p_e)``,
``kappa*_i = kappa_i - 2 (1 - kappa) (p_e,i - p_e) / (1 - p_e)``,
``var = sum_i (kappa*_i - kappa)^2 / (n (n - 1))``

where ``p_e,i`` is the item's share of the chance term (its first-order influence on
``p_e``). The variance is conditional on the sample of annotators (irrCAC's default, no
finite-population correction). The interval is ``kappa ± t_{n-1} · SE`` with its upper end
capped at 1; the p-value is two-sided, against ``kappa = 0``, on ``n - 1`` degrees of
freedom. Krippendorff's alpha follows irrCAC's `krippendorff()` (items rated twice or more,
``n2 - 1`` degrees of freedom); Cohen's kappa is Conger's formula on the items both
annotators rated; Scott's pi, which irrCAC does not compute for more than two annotators, is
linearised the same way (its chance term pools ratings, like alpha's); Light's kappa, a mean
of pairwise kappas, has no such formula: its standard error is the item jackknife.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annotator.agreement.coefficients import RatingData, UndefinedAgreement, _pair_table
from annotator.agreement.weighted import (
    agreement_weights,
    alpha_weights,
    weighted_observed_items,
)

__all__ = ["SMALL_SAMPLE", "Uncertainty", "uncertainty"]

SMALL_SAMPLE = 30
"""Fewer items than this and the t interval says little: the report says so."""


@dataclass(frozen=True)
class Uncertainty:
    se: float
    low: float
    high: float
    p_value: float
    items: int
    """Items the variance is computed over (its degrees of freedom are items - 1)."""


def _interval(value: float, se: float, items: int, level: float) -> Uncertainty:
    from scipy import stats  # the report only: not needed to start the app

    df = items - 1
    if se == 0.0:
        p_value = 0.0 if value != 0.0 else 1.0
        return Uncertainty(0.0, value, min(1.0, value), p_value, items)
    half = float(stats.t.ppf(0.5 + level / 2.0, df)) * se
    p_value = float(2.0 * stats.t.sf(abs(value / se), df))
    return Uncertainty(se, value - half, min(1.0, value + half), p_value, items)


def _item_counts(data: RatingData) -> tuple[np.ndarray, np.ndarray]:
    """(n_ik over every rated item: counted items then singles, r_i)."""
    q = data.n_categories
    singles = np.zeros((len(data.singles), q))
    singles[np.arange(len(data.singles)), data.singles[:, 1]] = 1.0
    counts = np.vstack([data.counts.astype(np.float64), singles])
    return counts, counts.sum(axis=1)


def _linearised(
    value: float,
    pe: float,
    pe_items: np.ndarray | None,
    data: RatingData,
    counts: np.ndarray,
    r: np.ndarray,
    w: np.ndarray,
) -> float:
    """Gwet's variance of a coefficient from its chance term's item shares (None: fixed)."""
    n, n2 = len(r), data.n_items
    paired = r >= 2
    pa_items = weighted_observed_items(counts, w)
    k_items = (n / n2) * (pa_items - pe * paired) / (1.0 - pe)
    if pe_items is not None:
        k_items = k_items - 2.0 * (1.0 - value) * (pe_items - pe) / (1.0 - pe)
    return float(np.sqrt(((k_items - value) ** 2).sum() / (n * (n - 1.0))))


def _se_fleiss(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    pi = data.rated_proportions
    pe = float((w * np.outer(pi, pi)).sum())
    pi_w = (w @ pi + w.T @ pi) / 2.0
    return _linearised(value, pe, counts @ pi_w / r, data, counts, r, w)


def _se_gwet(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    pi, q = data.rated_proportions, data.n_categories
    scale = w.sum() / (q * (q - 1.0))
    pe = float(scale * (pi * (1.0 - pi)).sum())
    pe_items = scale * (counts @ (1.0 - pi)) / r
    return _linearised(value, pe, pe_items, data, counts, r, w)


def _se_scott(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    totals = data.rated_label_totals.astype(np.float64)
    pi = totals / totals.sum()
    pe = float((w * np.outer(pi, pi)).sum())
    pi_w = (w @ pi + w.T @ pi) / 2.0
    mean_r = r.mean()
    pe_items = counts @ pi_w / mean_r - pe * (r - mean_r) / mean_r
    return _linearised(value, pe, pe_items, data, counts, r, w)


def _se_bp(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    pe = float(w.sum()) / data.n_categories**2
    return _linearised(value, pe, None, data, counts, r, w)


def _se_percent(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    # p_a is the coefficient with p_e = 0: the same linearisation, nothing from chance.
    return _linearised(value, 0.0, None, data, counts, r, w)


def _full_matrix(data: RatingData) -> np.ndarray:
    """Every rated item x every annotator: label codes, -1 where missing."""
    extra = len(data.excluded_annotators)
    top = np.hstack([data.ratings, np.full((data.n_items, extra), -1, dtype=np.int32)])
    bottom = np.full((len(data.singles), len(data.all_annotators)), -1, dtype=np.int32)
    bottom[np.arange(len(data.singles)), data.singles[:, 0]] = data.singles[:, 1]
    return np.vstack([top, bottom])


def _conger_chance(classified: np.ndarray, w: np.ndarray) -> float:
    """Conger's p_e with weights: sum W (pbar pbar' - S2 / r)."""
    p = classified / classified.sum(axis=1, keepdims=True)
    r = len(p)
    mean = p.mean(axis=0)
    s2 = (p.T @ p - r * np.outer(mean, mean)) / (r - 1.0)
    return float((w * (np.outer(mean, mean) - s2 / r)).sum())


def _conger_pe_items(matrix: np.ndarray, classified: np.ndarray, w: np.ndarray) -> np.ndarray:
    """irrCAC's `conger()` chance-term shares: for each item, the sum over annotators of
    lambda_ig / (r (r - 1))."""
    n, r = matrix.shape
    rated = matrix >= 0
    ng = classified.sum(axis=1)
    p = classified / ng[:, None]
    c = (r * p.mean(axis=0)[None, :] - p) * (n / ng)[:, None]  # (r, q)
    cw = c @ w  # cw[g, l] = sum_k c[g, k] w[k, l]
    d = (c * (p @ w.T)).sum(axis=1)  # sum_k c[g, k] sum_l w[k, l] p[g, l]
    columns = np.broadcast_to(np.arange(r), matrix.shape)
    first = np.where(rated, cw[columns, np.maximum(matrix, 0)], 0.0)
    second = (rated - ng[None, :] / n) * d[None, :]
    return (first - second).sum(axis=1) / (r * (r - 1.0))


def _se_conger(
    data: RatingData, value: float, counts: np.ndarray, r: np.ndarray, w: np.ndarray
) -> float:
    classified = data.rater_counts.astype(np.float64)
    pe = _conger_chance(classified, w)
    pe_items = _conger_pe_items(_full_matrix(data), classified, w)
    return _linearised(value, pe, pe_items, data, counts, r, w)


def _cohen(data: RatingData, value: float, level: float, w: np.ndarray) -> Uncertainty:
    """Conger's formula (= Cohen's kappa with two annotators) on the items both rated."""
    table = _pair_table(data, data.annotators[0], data.annotators[1])
    rows, cols = np.nonzero(table)
    x = np.repeat(rows, table[rows, cols])
    y = np.repeat(cols, table[rows, cols])
    n = len(x)
    counts = np.zeros((n, data.n_categories))
    np.add.at(counts, (np.arange(n), x), 1.0)
    np.add.at(counts, (np.arange(n), y), 1.0)
    classified = np.stack([table.sum(axis=1), table.sum(axis=0)]).astype(np.float64)
    pe = _conger_chance(classified, w)
    pe_items = _conger_pe_items(np.stack([x, y], axis=1), classified, w)
    k_items = (weighted_observed_items(counts, w) - pe) / (1.0 - pe)
    k_items = k_items - 2.0 * (1.0 - value) * (pe_items - pe) / (1.0 - pe)
    se = float(np.sqrt(((k_items - value) ** 2).sum() / (n * (n - 1.0))))
    return _interval(value, se, n, level)


def _alpha(data: RatingData, value: float, level: float, w: np.ndarray) -> Uncertainty:
    """irrCAC's `krippendorff()` variance, over the items rated twice or more."""
    counts = data.counts.astype(np.float64)
    r = counts.sum(axis=1)
    n = len(r)
    mean_r = r.mean()
    epsilon = 1.0 / r.sum()
    agree = (counts * (counts @ w.T - 1.0)).sum(axis=1)
    pa_prime = float((agree / (mean_r * (r - 1.0))).sum() / n)
    pa = (1.0 - epsilon) * pa_prime + epsilon
    pi = counts.sum(axis=0) / n / mean_r
    pe = float((w * np.outer(pi, pi)).sum())
    alpha_prime = (pa_prime - pe) / (1.0 - pe)
    pa_items = agree / (mean_r * (r - 1.0)) - pa * (r - mean_r) / mean_r
    k_items = (pa_items - pe) / (1.0 - pe)
    pi_w = (w @ pi + w.T @ pi) / 2.0
    pe_items = counts @ pi_w / mean_r - pe * (r - mean_r) / mean_r
    k_items = k_items - 2.0 * (1.0 - alpha_prime) * (pe_items - pe) / (1.0 - pe)
    se = float(np.sqrt(((k_items - alpha_prime) ** 2).sum() / (n * (n - 1.0))))
    return _interval(value, se, n, level)


def _table_kappa(table: np.ndarray) -> float:
    total = table.sum()
    if total == 0:
        return np.nan
    rows, cols = table.sum(axis=1) / total, table.sum(axis=0) / total
    pe = float((rows * cols).sum())
    return np.nan if pe >= 1.0 else (np.trace(table) / total - pe) / (1.0 - pe)


def _light(data: RatingData, value: float, level: float) -> Uncertainty:
    """Item jackknife of the mean of the pairwise kappas (irrCAC has no formula for it).

    Leaving an item out changes only the tables of the pairs who both rated it, by one cell:
    each pair's kappa without one (x, y) cell is computed once, then looked up per profile.
    """
    profiles, q, r = data.profiles, data.n_categories, data.n_annotators
    per_pair = []
    for i in range(r):
        for j in range(i + 1, r):
            table = _pair_table(data, data.annotators[i], data.annotators[j]).astype(np.float64)
            without = np.full((q, q), np.nan)
            for x, y in zip(*np.nonzero(table), strict=True):
                table[x, y] -= 1.0
                without[x, y] = _table_kappa(table)
                table[x, y] += 1.0
            a, b = profiles[:, i], profiles[:, j]
            both = (a >= 0) & (b >= 0)
            kappa = np.full(len(profiles), _table_kappa(table))
            kappa[both] = without[a[both], b[both]]
            per_pair.append(kappa)
    with np.errstate(invalid="ignore"):
        left_out = np.nanmean(np.array(per_pair), axis=0)  # per profile
    if np.isnan(left_out).any():
        raise UndefinedAgreement("Light's kappa", "an item left out leaves no pair defined")
    weights, n = data.profile_weights, data.n_items
    mean = float(weights @ left_out / n)
    se = float(np.sqrt((n - 1.0) / n * (weights @ (left_out - mean) ** 2)))
    return _interval(value, se, n, level)


_LINEARISED = {
    "fleiss_kappa": _se_fleiss,
    "gwet_ac1": _se_gwet,
    "scott_pi": _se_scott,
    "brennan_prediger": _se_bp,
    "conger_kappa": _se_conger,
    "percent_agreement": _se_percent,
    "gwet_ac2_ordinal": _se_gwet,
    "gwet_ac2_quadratic": _se_gwet,
}


def _weights(data: RatingData, key: str) -> np.ndarray:
    """The agreement weights of coefficient `key` (identity for the nominal ones)."""
    if key.startswith("gwet_ac2_"):
        return agreement_weights(key.removeprefix("gwet_ac2_"), data.categories)  # type: ignore[arg-type]
    if key.startswith("krippendorff_alpha_"):
        return alpha_weights(data, key.removeprefix("krippendorff_alpha_"))  # type: ignore[arg-type]
    if key.startswith("cohen_kappa_"):
        k = np.arange(data.n_categories, dtype=np.float64)
        gap = np.abs(k[:, None] - k[None, :])
        v = gap if key.endswith("linear") else gap * gap
        return 1.0 - v / v.max() if v.max() > 0 else np.eye(data.n_categories)
    return np.eye(data.n_categories)


def uncertainty(data: RatingData, key: str, value: float, level: float = 0.95) -> Uncertainty:
    """The standard error, interval and p-value of coefficient `key` (a key of `SPECS` or
    `ORDERED_SPECS`) whose value on `data` is `value`. Raises `UndefinedAgreement` when
    there is too little data."""
    w = _weights(data, key)
    if key.startswith("krippendorff_alpha"):
        if data.n_items < 2:
            raise UndefinedAgreement(key, "it needs two or more items rated twice")
        return _alpha(data, value, level, w)
    if key.startswith("cohen_kappa"):
        if data.n_items < 2:
            raise UndefinedAgreement(key, "it needs two or more items rated by both")
        return _cohen(data, value, level, w)
    if key == "light_kappa":
        if data.n_items < 3:
            raise UndefinedAgreement(key, "the jackknife needs three or more items")
        return _light(data, value, level)
    if data.n_rated < 2:
        raise UndefinedAgreement(key, "it needs two or more items")
    counts, r = _item_counts(data)
    se = _LINEARISED[key](data, value, counts, r, w)
    return _interval(value, se, data.n_rated, level)
