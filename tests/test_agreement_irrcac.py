"""Every coefficient with its standard error, interval and p-value, against irrCAC (Gwet's
missing-data forms) on every raw dataset irrCAC ships and on random studies with missing
ratings, items rated once included."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
import pytest

from annotator.agreement import (
    RatingData,
    brennan_prediger,
    cohen_kappa,
    conger_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    light_kappa,
    percent_agreement,
    scott_pi,
)
from annotator.agreement.report import build_report
from annotator.agreement.variance import uncertainty

TOL = 1e-9

Triples = list[tuple[Hashable, Hashable, Hashable]]

COEFFICIENTS: list[tuple[str, Callable[..., float], str]] = [
    ("gwet_ac1", gwet_ac1, "gwet"),
    ("fleiss_kappa", fleiss_kappa, "fleiss"),
    ("conger_kappa", conger_kappa, "conger"),
    ("brennan_prediger", brennan_prediger, "bp"),
    ("krippendorff_alpha", krippendorff_alpha, "krippendorff"),
]

IRRCAC_DATASETS = ["raw_4raters", "raw_5observers", "raw_ben_gerry", "raw_g1g2", "raw_gender"]


def missing(value: Any) -> bool:
    return value is None or value == "" or value != value  # NaN


def from_frame(frame: Any) -> Triples:
    return [
        (unit, rater, value)
        for unit, row in frame.iterrows()
        for rater, value in row.items()
        if not missing(value)
    ]


def random_frame(seed: int, items: int, raters: int, labels: int, gap: float) -> Any:
    """A study with missing ratings; some items end up rated once."""
    pandas = importlib.import_module("pandas")
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, labels, size=items)
    noise = rng.integers(0, labels, size=(items, raters))
    codes = np.where(rng.random((items, raters)) < 0.65, truth[:, None], noise).astype(float)
    codes[rng.random((items, raters)) < gap] = np.nan
    codes = codes[(~np.isnan(codes)).any(axis=1)]
    return pandas.DataFrame(codes, columns=[f"r{j}" for j in range(raters)])


def irrcac(frame: Any, method: str) -> dict[str, Any]:
    raw = importlib.import_module("irrCAC.raw")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return raw.CAC(frame.copy(), digits=15).__getattribute__(method)()["est"]


def frames() -> list[tuple[str, Any]]:
    datasets = importlib.import_module("irrCAC.datasets")
    named = [(name, getattr(datasets, name)()) for name in IRRCAC_DATASETS]
    studies = [(5, 40, 3, 3, 0.35), (6, 90, 4, 4, 0.45), (7, 200, 5, 5, 0.3), (8, 25, 2, 3, 0.3)]
    return named + [(f"random-{s[0]}", random_frame(*s)) for s in studies]


@pytest.fixture(params=frames(), ids=lambda p: p[0])
def study(request: pytest.FixtureRequest) -> tuple[Any, RatingData]:
    frame = request.param[1]
    return frame, RatingData.from_triples(from_frame(frame))


@pytest.mark.parametrize(("key", "ours", "method"), COEFFICIENTS, ids=[c[0] for c in COEFFICIENTS])
def test_value_se_interval_and_p_equal_irrcac(study, key, ours, method):
    frame, data = study
    expected = irrcac(frame, method)
    value = ours(data)
    assert value == pytest.approx(expected["coefficient_value"], abs=TOL)
    found = uncertainty(data, key, value)
    assert found.se == pytest.approx(expected["se"], abs=1e-6)
    low, high = expected["confidence_interval"]
    assert (found.low, found.high) == (pytest.approx(low, abs=1e-6), pytest.approx(high, abs=1e-6))
    # irrCAC's Python `bp()` alone reports the one-sided p-value; ours is two-sided throughout.
    p_value = expected["p_value"] * (2 if method == "bp" else 1)
    assert found.p_value == pytest.approx(p_value, abs=1e-6)


def test_published_values_with_missing_ratings():
    """The values the irrCAC README and Gwet (2014) print, which need the items rated once."""
    datasets = importlib.import_module("irrCAC.datasets")
    four = RatingData.from_triples(from_frame(datasets.raw_4raters()))
    assert gwet_ac1(four) == pytest.approx(0.775444, abs=1e-6)
    assert uncertainty(four, "gwet_ac1", gwet_ac1(four)).se == pytest.approx(0.14295, abs=1e-5)
    assert fleiss_kappa(four) == pytest.approx(0.76117, abs=1e-5)
    g1g2 = RatingData.from_triples(from_frame(datasets.raw_g1g2()))
    assert conger_kappa(g1g2) == pytest.approx(0.658589, abs=1e-6)


def test_cohen_se_is_conger_on_the_items_both_rated():
    frame = random_frame(11, 80, 2, 3, 0.2)
    data = RatingData.from_triples(from_frame(frame))
    both = frame.dropna()
    value = cohen_kappa(data)
    expected = irrcac(both, "conger")
    assert value == pytest.approx(expected["coefficient_value"], abs=TOL)
    found = uncertainty(data, "cohen_kappa", value)
    assert found.se == pytest.approx(expected["se"], abs=1e-9)
    assert found.p_value == pytest.approx(expected["p_value"], abs=1e-9)


def test_scott_and_percent_agreement_follow_fleiss_and_bp_on_complete_data():
    """On complete data Scott's pi is Fleiss' kappa, and BP is percent agreement rescaled:
    their standard errors must follow."""
    frame = random_frame(12, 60, 4, 3, 0.0)
    data = RatingData.from_triples(from_frame(frame))
    scott, fleiss = scott_pi(data), fleiss_kappa(data)
    assert scott == pytest.approx(fleiss, abs=TOL)
    assert uncertainty(data, "scott_pi", scott).se == pytest.approx(
        uncertainty(data, "fleiss_kappa", fleiss).se, abs=TOL
    )
    pa, bp = percent_agreement(data), brennan_prediger(data)
    q = data.n_categories
    assert uncertainty(data, "percent_agreement", pa).se * q / (q - 1) == pytest.approx(
        uncertainty(data, "brennan_prediger", bp).se, abs=TOL
    )


def test_light_se_is_the_item_jackknife():
    frame = random_frame(13, 30, 3, 3, 0.25)
    triples = from_frame(frame)
    data = RatingData.from_triples(triples)
    value = light_kappa(data)
    items = list(data.items)
    leave_one_out = np.array(
        [light_kappa([t for t in triples if t[0] != item and t[0] in set(items)]) for item in items]
    )
    n = len(items)
    expected = np.sqrt((n - 1) / n * ((leave_one_out - leave_one_out.mean()) ** 2).sum())
    assert uncertainty(data, "light_kappa", value).se == pytest.approx(expected, abs=1e-9)


def test_report_shows_intervals_and_says_when_the_sample_is_small():
    datasets = importlib.import_module("irrCAC.datasets")
    report = build_report(from_frame(datasets.raw_4raters()), ci=False)
    ac1 = report.coefficient("gwet_ac1")
    assert ac1.value == pytest.approx(0.775444, abs=1e-6)
    assert ac1.se == pytest.approx(0.14295, abs=1e-5) and ac1.high == 1.0
    assert "fewer than 30" in report.intervals
    big = build_report(from_frame(random_frame(14, 120, 3, 3, 0.1)), ci=False)
    assert "fewer than" not in big.intervals
    assert all(c.se is not None for c in big.coefficients if c.value is not None)


def test_too_little_data_gives_a_reason_not_an_interval():
    report = build_report([("s1", "a", "x"), ("s1", "b", "y")], ci=False)
    pa = report.coefficient("percent_agreement")
    assert pa.value == 0.0 and pa.se is None and pa.interval_reason


@pytest.mark.parametrize("name", ["table_cont3x3abstractors", "table_cont4x4diagnosis"])
def test_irrcac_contingency_tables(name):
    """irrCAC's two-rater tables, expanded to ratings. Values are equal; irrCAC's table
    functions divide the variance by n^2 where its raw-data ones (and ours) divide by
    n (n - 1), so the standard errors differ by exactly sqrt(n / (n - 1))."""
    datasets = importlib.import_module("irrCAC.datasets")
    table_module = importlib.import_module("irrCAC.table")
    table = getattr(datasets, name)()
    labels = list(table.index)
    triples: Triples = []
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            for _ in range(int(table.values[i, j])):
                triples += [(len(triples), "A", a), (len(triples), "B", b)]
    data = RatingData.from_triples(triples, categories=labels)
    n = data.n_items
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cac = table_module.CAC(table, digits=15)
        for key, ours, method in [
            ("cohen_kappa", cohen_kappa, "cohen"),
            ("gwet_ac1", gwet_ac1, "gwet"),
            ("scott_pi", scott_pi, "scott"),
            ("brennan_prediger", brennan_prediger, "bp"),
            ("krippendorff_alpha", krippendorff_alpha, "krippendorff"),
            ("percent_agreement", percent_agreement, "pa2"),
        ]:
            expected = getattr(cac, method)()["est"]
            value = ours(data)
            assert value == pytest.approx(float(expected["coefficient_value"]), abs=TOL), key
            se = uncertainty(data, key, value).se * np.sqrt((n - 1) / n)
            assert se == pytest.approx(float(np.ravel(expected["se"])[0]), abs=1e-9), key


def test_fleiss_on_irrcacs_distribution_of_6_raters():
    """irrCAC's `distrib_6raters` (psychiatric diagnoses, 6 ratings per patient, by raters
    who differ from patient to patient): Fleiss' kappa as statsmodels computes it."""
    datasets = importlib.import_module("irrCAC.datasets")
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    counts = datasets.distrib_6raters()
    triples = [
        (unit, f"rating{k}", label)
        for unit, row in counts.iterrows()
        for label, n in row.items()
        for k in range(int(n))
    ]
    # The raters differ from patient to patient: number the ratings within each patient.
    by_unit: dict[Hashable, int] = {}
    numbered = []
    for unit, _, label in triples:
        by_unit[unit] = by_unit.get(unit, 0) + 1
        numbered.append((unit, f"r{by_unit[unit]}", label))
    value = fleiss_kappa(numbered)
    assert value == pytest.approx(inter_rater.fleiss_kappa(counts.to_numpy()), abs=TOL)
