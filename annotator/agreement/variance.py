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

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from annotator.agreement.coefficients import (
    RatingData,
    UndefinedAgreement,
    kappa_from_table,
    pair_table,
)
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


@dataclass(frozen=True)
class _Units:
    """The rated items grouped by what the formulas read of them: each distinct row of
    ratings (a profile) once, each (annotator, label) of an item rated once once, with how
    many items share it. Every per-item term is a function of its unit, so sums over items
    are weighted sums over units: the variance costs nothing next to the encoding."""

    counts: np.ndarray  # (units, q) ratings with each label
    weights: np.ndarray  # (units,) items in each unit
    matrix: np.ndarray  # (units, all annotators) label codes, -1 where missing

    @property
    def r(self) -> np.ndarray:
        return self.counts.sum(axis=1)

    @property
    def n(self) -> float:
        return float(self.weights.sum())


def _units(data: RatingData) -> _Units:
    q, extra = data.n_categories, len(data.excluded_annotators)
    groups, sizes = (
        np.unique(data.singles, axis=0, return_counts=True)
        if len(data.singles)
        else (np.zeros((0, 2), dtype=np.int32), np.zeros(0))
    )
    single_counts = np.zeros((len(groups), q))
    single_counts[np.arange(len(groups)), groups[:, 1]] = 1.0
    profiles = data.profiles
    top = np.hstack([profiles, np.full((len(profiles), extra), -1, dtype=profiles.dtype)])
    bottom = np.full((len(groups), len(data.all_annotators)), -1, dtype=profiles.dtype)
    bottom[np.arange(len(groups)), groups[:, 0]] = groups[:, 1]
    return _Units(
        counts=np.vstack([data.profile_counts.astype(np.float64), single_counts]),
        weights=np.concatenate([data.profile_weights, sizes.astype(np.float64)]),
        matrix=np.vstack([top, bottom]),
    )


def _linearised(
    value: float,
    pe: float,
    pe_units: np.ndarray | None,
    n2: int,
    units: _Units,
    w: np.ndarray,
) -> float:
    """Gwet's variance of a coefficient from its chance term's unit shares (None: fixed)."""
    r, n = units.r, units.n
    paired = r >= 2
    pa_units = weighted_observed_items(units.counts, w)
    k_units = (n / n2) * (pa_units - pe * paired) / (1.0 - pe)
    if pe_units is not None:
        k_units = k_units - 2.0 * (1.0 - value) * (pe_units - pe) / (1.0 - pe)
    return float(np.sqrt(units.weights @ (k_units - value) ** 2 / (n * (n - 1.0))))


def _se_fleiss(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    pi = data.rated_proportions
    pe = float((w * np.outer(pi, pi)).sum())
    pi_w = (w @ pi + w.T @ pi) / 2.0
    return _linearised(value, pe, units.counts @ pi_w / units.r, data.n_items, units, w)


def _se_gwet(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    pi, q = data.rated_proportions, data.n_categories
    scale = w.sum() / (q * (q - 1.0))
    pe = float(scale * (pi * (1.0 - pi)).sum())
    pe_units = scale * (units.counts @ (1.0 - pi)) / units.r
    return _linearised(value, pe, pe_units, data.n_items, units, w)


def _se_scott(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    totals = data.rated_label_totals.astype(np.float64)
    pi = totals / totals.sum()
    pe = float((w * np.outer(pi, pi)).sum())
    pi_w = (w @ pi + w.T @ pi) / 2.0
    r = units.r
    mean_r = float(units.weights @ r) / units.n
    pe_units = units.counts @ pi_w / mean_r - pe * (r - mean_r) / mean_r
    return _linearised(value, pe, pe_units, data.n_items, units, w)


def _se_bp(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    pe = float(w.sum()) / data.n_categories**2
    return _linearised(value, pe, None, data.n_items, units, w)


def _se_percent(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    # p_a is the coefficient with p_e = 0: the same linearisation, nothing from chance.
    return _linearised(value, 0.0, None, data.n_items, units, w)


def _conger_chance(classified: np.ndarray, w: np.ndarray) -> float:
    """Conger's p_e with weights: sum W (pbar pbar' - S2 / r)."""
    p = classified / classified.sum(axis=1, keepdims=True)
    r = len(p)
    mean = p.mean(axis=0)
    s2 = (p.T @ p - r * np.outer(mean, mean)) / (r - 1.0)
    return float((w * (np.outer(mean, mean) - s2 / r)).sum())


def _conger_pe_units(
    matrix: np.ndarray, n: float, classified: np.ndarray, w: np.ndarray
) -> np.ndarray:
    """irrCAC's `conger()` chance-term shares, per unit: the sum over annotators of
    lambda_ig / (r (r - 1)), over `n` items in all."""
    r = matrix.shape[1]
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


def _se_conger(data: RatingData, value: float, units: _Units, w: np.ndarray) -> float:
    classified = data.rater_counts.astype(np.float64)
    pe = _conger_chance(classified, w)
    pe_units = _conger_pe_units(units.matrix, units.n, classified, w)
    return _linearised(value, pe, pe_units, data.n_items, units, w)


def _cohen(data: RatingData, value: float, level: float, w: np.ndarray) -> Uncertainty:
    """Conger's formula (= Cohen's kappa with two annotators) on the items both rated: one
    unit per cell of their table."""
    table = pair_table(data, data.annotators[0], data.annotators[1])
    x, y = np.nonzero(table)
    q = data.n_categories
    counts = np.zeros((len(x), q))
    np.add.at(counts, (np.arange(len(x)), x), 1.0)
    np.add.at(counts, (np.arange(len(x)), y), 1.0)
    units = _Units(counts, table[x, y].astype(np.float64), np.stack([x, y], axis=1))
    classified = np.stack([table.sum(axis=1), table.sum(axis=0)]).astype(np.float64)
    pe = _conger_chance(classified, w)
    pe_units = _conger_pe_units(units.matrix, units.n, classified, w)
    se = _linearised(value, pe, pe_units, int(units.n), units, w)
    return _interval(value, se, int(units.n), level)


def _alpha(data: RatingData, value: float, level: float, w: np.ndarray) -> Uncertainty:
    """irrCAC's `krippendorff()` variance, over the items rated twice or more (profiles)."""
    counts = data.profile_counts.astype(np.float64)
    weights = data.profile_weights
    r = counts.sum(axis=1)
    n = float(weights.sum())
    mean_r = float(weights @ r) / n
    epsilon = 1.0 / float(weights @ r)
    agree = (counts * (counts @ w.T - 1.0)).sum(axis=1)
    pa_prime = float(weights @ (agree / (mean_r * (r - 1.0))) / n)
    pa = (1.0 - epsilon) * pa_prime + epsilon
    pi = (weights @ counts) / n / mean_r
    pe = float((w * np.outer(pi, pi)).sum())
    alpha_prime = (pa_prime - pe) / (1.0 - pe)
    pa_units = agree / (mean_r * (r - 1.0)) - pa * (r - mean_r) / mean_r
    k_units = (pa_units - pe) / (1.0 - pe)
    pi_w = (w @ pi + w.T @ pi) / 2.0
    pe_units = counts @ pi_w / mean_r - pe * (r - mean_r) / mean_r
    k_units = k_units - 2.0 * (1.0 - alpha_prime) * (pe_units - pe) / (1.0 - pe)
    se = float(np.sqrt(weights @ (k_units - alpha_prime) ** 2 / (n * (n - 1.0))))
    return _interval(value, se, int(n), level)


def _table_kappa(table: np.ndarray, categories: Sequence[Hashable]) -> float:
    """Cohen's kappa of a pair's table, NaN where undefined (the jackknife skips it)."""
    try:
        return kappa_from_table(table, categories)
    except UndefinedAgreement:
        return np.nan


def _light(data: RatingData, value: float, level: float) -> Uncertainty:
    """Item jackknife of the mean of the pairwise kappas (irrCAC has no formula for it).

    Leaving an item out changes only the tables of the pairs who both rated it, by one cell:
    each pair's kappa without one (x, y) cell is computed once, then looked up per profile.
    """
    profiles, q, r = data.profiles, data.n_categories, data.n_annotators
    per_pair = []
    for i in range(r):
        for j in range(i + 1, r):
            table = pair_table(data, data.annotators[i], data.annotators[j]).astype(np.float64)
            without = np.full((q, q), np.nan)
            for x, y in zip(*np.nonzero(table), strict=True):
                table[x, y] -= 1.0
                without[x, y] = _table_kappa(table, data.categories)
                table[x, y] += 1.0
            a, b = profiles[:, i], profiles[:, j]
            both = (a >= 0) & (b >= 0)
            kappa = np.full(len(profiles), _table_kappa(table, data.categories))
            kappa[both] = without[a[both], b[both]]
            per_pair.append(kappa)
    values = np.array(per_pair)
    defined = ~np.isnan(values)
    counted = defined.sum(axis=0)
    total = np.where(defined, values, 0.0).sum(axis=0)
    left_out = np.divide(total, counted, out=np.full(len(total), np.nan), where=counted > 0)
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
    se = _LINEARISED[key](data, value, _units(data), w)
    return _interval(value, se, data.n_rated, level)
