"""Agreement coefficients: equal to the reference implementations and to published examples."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Hashable

import numpy as np
import pytest

from annotator.agreement import (
    RatingData,
    UndefinedAgreement,
    agreement_by_group,
    bootstrap_alpha,
    brennan_prediger,
    cohen_kappa,
    coincidence_matrix,
    compute_all,
    confusion_matrix,
    conger_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    label_alpha,
    light_kappa,
    pairwise_cohen_kappa,
    per_label_agreement,
    percent_agreement,
    scott_pi,
)
from annotator.agreement import bootstrap as bootstrap_module
from annotator.errors import AnnotatorError

TOL = 1e-9

Triples = list[tuple[Hashable, Hashable, Hashable]]


def make(
    seed: int, items: int, annotators: int, labels: int, missing: float, skew: float = 0.6
) -> tuple[Triples, np.ndarray]:
    """Random study: triples, and the items x annotators matrix (float codes, NaN missing).

    Annotators agree with a hidden truth with probability `skew`, so values are not all ~0.
    """
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, labels, size=items)
    noise = rng.integers(0, labels, size=(items, annotators))
    codes = np.where(rng.random((items, annotators)) < skew, truth[:, None], noise)
    matrix = codes.astype(float)
    matrix[rng.random((items, annotators)) < missing] = np.nan
    triples = [
        (f"item{i}", f"coder{j}", f"label{int(matrix[i, j])}")
        for i in range(items)
        for j in range(annotators)
        if not np.isnan(matrix[i, j])
    ]
    return triples, matrix


def paired(matrix: np.ndarray) -> np.ndarray:
    """Rows with two or more ratings, and columns with at least one rating left."""
    kept = matrix[(~np.isnan(matrix)).sum(axis=1) >= 2]
    return kept[:, (~np.isnan(kept)).any(axis=0)]


# (seed, items, annotators, labels, missing)
DATASETS = [
    (1, 40, 2, 2, 0.0),
    (2, 80, 3, 3, 0.2),
    (3, 120, 4, 4, 0.3),
    (4, 60, 5, 3, 0.45),
    (5, 200, 6, 5, 0.1),
    (6, 30, 3, 2, 0.5),
]


@pytest.fixture(params=DATASETS, ids=lambda p: f"seed{p[0]}-{p[1]}x{p[2]}-q{p[3]}-miss{p[4]}")
def dataset(request: pytest.FixtureRequest) -> tuple[Triples, np.ndarray]:
    return make(*request.param)


# ----------------------------------------------------------------------------- references


def rated(matrix: np.ndarray) -> np.ndarray:
    """Rows and columns with at least one rating: the table the triples describe."""
    kept = matrix[(~np.isnan(matrix)).any(axis=1)]
    return kept[:, (~np.isnan(kept)).any(axis=0)]


def irr_cac(matrix: np.ndarray, categories: list[float] | None = None):  # noqa: ANN201
    pandas = importlib.import_module("pandas")
    irr_raw = importlib.import_module("irrCAC.raw")
    frame = pandas.DataFrame(rated(matrix))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return irr_raw.CAC(frame, categories=categories, digits=15)


def irr_value(method) -> float:  # noqa: ANN001
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(method()["est"]["coefficient_value"])


def test_krippendorff_alpha_equals_krippendorff_package(dataset):
    krippendorff = importlib.import_module("krippendorff")
    triples, matrix = dataset
    expected = krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal")
    assert krippendorff_alpha(triples) == pytest.approx(expected, abs=TOL)


def test_alpha_equals_irrcac_and_nltk(dataset):
    triples, matrix = dataset
    assert krippendorff_alpha(triples) == pytest.approx(
        irr_value(irr_cac(matrix).krippendorff), abs=TOL
    )
    agreement = importlib.import_module("nltk.metrics.agreement")
    task = agreement.AnnotationTask(data=[(a, i, label) for i, a, label in triples])
    assert krippendorff_alpha(triples) == pytest.approx(task.alpha(), abs=TOL)


@pytest.mark.parametrize(
    ("ours", "method"),
    [
        (fleiss_kappa, "fleiss"),
        (gwet_ac1, "gwet"),
        (conger_kappa, "conger"),
        (brennan_prediger, "bp"),
    ],
)
def test_equals_irrcac_with_missing_ratings(dataset, ours, method):
    """Items rated once included: irrCAC (Gwet's missing-data forms) counts them in the
    chance term of Fleiss, AC1 and Conger."""
    triples, matrix = dataset
    assert ours(triples) == pytest.approx(irr_value(getattr(irr_cac(matrix), method)), abs=TOL)


@pytest.mark.parametrize(
    ("ours", "method"),
    [(fleiss_kappa, "fleiss"), (gwet_ac1, "gwet"), (conger_kappa, "conger")],
)
def test_items_rated_once_change_the_chance_term_only(dataset, ours, method):
    """Without the singly rated items the value is irrCAC's on the paired table: those items
    reach the coefficient only through chance agreement."""
    triples, matrix = dataset
    pairs = RatingData.from_triples(triples)
    singles = {item for item, _, _ in triples if item in set(pairs.excluded_items)}
    kept = [t for t in triples if t[0] not in singles]
    expected = irr_value(getattr(irr_cac(paired(matrix)), method))
    assert ours(kept) == pytest.approx(expected, abs=TOL)
    assert percent_agreement(kept) == pytest.approx(percent_agreement(triples), abs=TOL)


def test_percent_agreement_is_irrcac_pa(dataset):
    triples, matrix = dataset
    cac = irr_cac(matrix)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pa = cac.fleiss()["est"]["pa"]
    assert percent_agreement(triples) == pytest.approx(pa, abs=TOL)


@pytest.mark.parametrize(("ours", "method"), [(gwet_ac1, "gwet"), (brennan_prediger, "bp")])
def test_declared_categories_change_ac1_and_bp_like_irrcac(dataset, ours, method):
    triples, matrix = dataset
    declared = [f"label{k}" for k in range(7)]  # more labels than anyone used
    cac = irr_cac(matrix, categories=[float(k) for k in range(7)])
    value = ours(triples, categories=declared)
    assert value == pytest.approx(irr_value(getattr(cac, method)), abs=TOL)
    assert value != pytest.approx(ours(triples), abs=1e-6)


def test_declared_categories_do_not_change_kappas_or_alpha(dataset):
    triples, _ = dataset
    declared = [f"label{k}" for k in range(7)]
    for function in (krippendorff_alpha, fleiss_kappa, scott_pi, conger_kappa, percent_agreement):
        assert function(triples, categories=declared) == pytest.approx(function(triples), abs=TOL)


def test_fleiss_equals_statsmodels_when_counts_are_equal():
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    for seed in range(4):
        triples, matrix = make(seed, 90, 4 + seed, 3 + seed % 2, 0.0)
        table, _ = inter_rater.aggregate_raters(matrix.astype(int))
        expected = inter_rater.fleiss_kappa(table, method="fleiss")
        assert fleiss_kappa(triples) == pytest.approx(expected, abs=TOL)


def test_fleiss_equals_statsmodels_with_three_of_five_annotators_per_item():
    """Missing ratings but the same number per item: Fleiss' original formula applies."""
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    rng = np.random.default_rng(7)
    triples, table = [], np.zeros((150, 4), dtype=int)
    for i in range(150):
        for annotator in rng.choice(5, size=3, replace=False):
            label = int(rng.choice(4, p=[0.5, 0.2, 0.2, 0.1]))
            triples.append((i, f"a{annotator}", label))
            table[i, label] += 1
    expected = inter_rater.fleiss_kappa(table, method="fleiss")
    assert fleiss_kappa(triples) == pytest.approx(expected, abs=TOL)


def two_annotators(seed: int, missing: float) -> tuple[Triples, list[int], list[int]]:
    triples, matrix = make(seed, 150, 2, 4, missing)
    both = ~np.isnan(matrix).any(axis=1)
    return triples, matrix[both, 0].astype(int).tolist(), matrix[both, 1].astype(int).tolist()


@pytest.mark.parametrize("seed", range(5))
def test_cohen_equals_sklearn_and_statsmodels(seed):
    metrics = importlib.import_module("sklearn.metrics")
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    triples, x, y = two_annotators(seed, missing=0.15)
    ours = cohen_kappa(triples)
    assert ours == pytest.approx(metrics.cohen_kappa_score(x, y), abs=TOL)
    table = metrics.confusion_matrix(x, y, labels=[0, 1, 2, 3])
    assert ours == pytest.approx(inter_rater.cohens_kappa(table).kappa, abs=TOL)
    assert confusion_matrix(triples, "coder0", "coder1").values.tolist() == table.tolist()
    # With two annotators on the items both rated, Conger's kappa is Cohen's kappa.
    shared = RatingData.from_triples(triples).items
    both = [t for t in triples if t[0] in set(shared)]
    assert conger_kappa(both) == pytest.approx(ours, abs=TOL)


def test_cohen_on_a_chosen_pair_and_pairwise_matrix(dataset):
    metrics = importlib.import_module("sklearn.metrics")
    triples, matrix = dataset
    pairs = pairwise_cohen_kappa(triples)
    r = matrix.shape[1]
    assert pairs.annotators == tuple(f"coder{j}" for j in range(r))
    for a in range(r):
        for b in range(a + 1, r):
            both = ~np.isnan(matrix[:, [a, b]]).any(axis=1)
            x, y = matrix[both, a], matrix[both, b]
            expected = metrics.cohen_kappa_score(x, y)
            ours = cohen_kappa(triples, (f"coder{a}", f"coder{b}"))
            assert ours == pytest.approx(expected, abs=TOL)
            assert pairs.kappa[a, b] == pairs.kappa[b, a] == pytest.approx(ours, abs=TOL)
            assert pairs.shared[a, b] == both.sum()
    assert pairs.mean == pytest.approx(np.nanmean(pairs.kappa[np.triu_indices(r, 1)]), abs=TOL)


@pytest.mark.parametrize("seed", range(4))
def test_complete_data_equals_nltk(seed):
    agreement = importlib.import_module("nltk.metrics.agreement")
    triples, _ = make(seed, 60, 3 + seed % 3, 3, 0.0)
    task = agreement.AnnotationTask(data=[(a, i, label) for i, a, label in triples])
    assert scott_pi(triples) == pytest.approx(task.pi(), abs=TOL)
    assert light_kappa(triples) == pytest.approx(task.kappa(), abs=TOL)
    assert conger_kappa(triples) == pytest.approx(task.multi_kappa(), abs=TOL)
    assert brennan_prediger(triples) == pytest.approx(task.S(), abs=TOL)
    assert percent_agreement(triples) == pytest.approx(task.avg_Ao(), abs=TOL)
    assert krippendorff_alpha(triples) == pytest.approx(task.alpha(), abs=TOL)
    # nltk's multi-pi is Fleiss' kappa when every item has every rating.
    assert fleiss_kappa(triples) == pytest.approx(task.pi(), abs=TOL)


def test_two_annotator_scott_pi_equals_nltk_on_shared_items():
    agreement = importlib.import_module("nltk.metrics.agreement")
    _, x, y = two_annotators(11, missing=0.2)
    data = [("a", i, v) for i, v in enumerate(x)] + [("b", i, v) for i, v in enumerate(y)]
    # nltk's pi is defined on complete data: the items both annotators rated.
    shared = [(i, a, v) for a, i, v in data]
    assert scott_pi(shared) == pytest.approx(agreement.AnnotationTask(data=data).pi(), abs=TOL)


def test_per_label_alpha_equals_krippendorff_on_collapsed_labels(dataset):
    krippendorff = importlib.import_module("krippendorff")
    triples, matrix = dataset
    for row in per_label_agreement(triples):
        k = int(str(row.label).removeprefix("label"))
        binary = np.where(np.isnan(matrix), np.nan, (matrix == k).astype(float))
        expected = krippendorff.alpha(reliability_data=binary.T, level_of_measurement="nominal")
        assert row.alpha == pytest.approx(expected, abs=TOL)
        assert label_alpha(triples, row.label) == pytest.approx(expected, abs=TOL)


def brute_coincidences(matrix: np.ndarray, q: int) -> np.ndarray:
    """Krippendorff's definition, pair by pair."""
    o = np.zeros((q, q))
    for row in matrix:
        values = [int(v) for v in row if not np.isnan(v)]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    o[c, k] += 1.0 / (m - 1)
    return o


def test_coincidence_matrix_by_definition(dataset):
    triples, matrix = dataset
    found = coincidence_matrix(triples)
    used = [int(str(label).removeprefix("label")) for label in found.labels]
    expected = brute_coincidences(matrix, int(np.nanmax(matrix)) + 1)[np.ix_(used, used)]
    np.testing.assert_allclose(found.values, expected, atol=TOL)
    specific = [row.specific_agreement for row in per_label_agreement(triples)]
    np.testing.assert_allclose(specific, np.diag(expected) / expected.sum(axis=0), atol=TOL)


def test_agreement_by_group_equals_alpha_of_each_group(dataset):
    triples, _ = dataset
    group_of = {f"item{i}": f"article{i % 4}" for i in range(1000)}
    rows = agreement_by_group(triples, group_of.__getitem__)
    assert sum(row.items for row in rows) == RatingData.from_triples(triples).n_items
    for row in rows:
        subset = [t for t in triples if group_of[t[0]] == row.group]
        if row.alpha is None:
            with pytest.raises(UndefinedAgreement):
                krippendorff_alpha(subset)
        else:
            assert row.alpha == pytest.approx(krippendorff_alpha(subset), abs=TOL)
        assert row.percent_agreement == pytest.approx(percent_agreement(subset), abs=TOL)


# ----------------------------------------------------------------------------- published


# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example:
# 4 observers, 12 units, missing values; unit 12 has a single value. alpha = 0.743.
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def krippendorff_2011() -> Triples:
    return [
        (unit, observer, value)
        for observer, values in KRIPPENDORFF_2011.items()
        for unit, value in enumerate(values, start=1)
        if value is not None
    ]


def test_krippendorff_2011_worked_example():
    triples = krippendorff_2011()
    assert round(krippendorff_alpha(triples), 3) == 0.743
    data = RatingData.from_triples(triples)
    assert data.excluded_items == (12,)
    assert data.n_items == 11
    # The paper's coincidence matrix margins: n_c = 9, 13, 10, 5, 3 pairable values, n = 40.
    totals = coincidence_matrix(data).values.sum(axis=0)
    np.testing.assert_allclose(totals, [9, 13, 10, 5, 3], atol=TOL)


# Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses; kappa = 0.430.
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip


def test_fleiss_1971_worked_example():
    triples = [
        (patient, f"psychiatrist{j}", diagnosis)
        for patient, row in enumerate(FLEISS_1971)
        for j, diagnosis in enumerate(row)
    ]
    kappa = fleiss_kappa(triples)
    assert round(kappa, 3) == 0.430
    assert kappa == pytest.approx(0.4302445, abs=1e-7)  # R irr::kappam.fleiss


# Wikipedia's Fleiss example: 10 subjects, 14 raters, counts per category; kappa = 0.210.
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def test_wikipedia_fleiss_example():
    triples = []
    for subject, counts in enumerate(WIKIPEDIA_FLEISS):
        labels = [k for k, n in enumerate(counts) for _ in range(n)]
        triples += [(subject, f"rater{j}", label) for j, label in enumerate(labels)]
    assert round(fleiss_kappa(triples), 3) == 0.210


def test_irrcac_4raters_example_with_its_singly_rated_unit():
    """irrCAC's documented values on `raw_4raters` (unit 12 has one rating): AC1 0.77544,
    Fleiss 0.76117 (its README and Gwet 2014); alpha leaves unit 12 out (0.743421)."""
    datasets = importlib.import_module("irrCAC.datasets")
    frame = datasets.raw_4raters()
    triples = [
        (unit, rater, value)
        for unit, row in frame.iterrows()
        for rater, value in row.items()
        if value == value  # not NaN
    ]
    data = RatingData.from_triples(triples)
    assert data.excluded_items == (12,) and data.n_rated == 12
    matrix = frame.to_numpy(dtype=float)
    for ours, method in ((gwet_ac1, "gwet"), (fleiss_kappa, "fleiss"), (conger_kappa, "conger")):
        assert ours(data) == pytest.approx(irr_value(getattr(irr_cac(matrix), method)), abs=TOL)
    assert gwet_ac1(data) == pytest.approx(0.775444, abs=1e-6)
    assert fleiss_kappa(data) == pytest.approx(0.76117, abs=1e-5)
    assert krippendorff_alpha(data) == pytest.approx(0.743421, abs=1e-6)


# ----------------------------------------------------------------------------- undefined


EVERY = [
    krippendorff_alpha,
    fleiss_kappa,
    cohen_kappa,
    light_kappa,
    scott_pi,
    gwet_ac1,
    brennan_prediger,
    conger_kappa,
    percent_agreement,
]


@pytest.mark.parametrize("function", EVERY, ids=lambda f: f.__name__)
def test_no_ratings_is_undefined(function):
    with pytest.raises(UndefinedAgreement, match="no ratings"):
        function([])


@pytest.mark.parametrize("function", EVERY, ids=lambda f: f.__name__)
def test_one_annotator_is_undefined(function):
    triples = [(i, "solo", i % 3) for i in range(10)]
    with pytest.raises(UndefinedAgreement, match="only one annotator") as raised:
        function(triples)
    assert raised.value.reason
    assert isinstance(raised.value, AnnotatorError)


@pytest.mark.parametrize("function", EVERY, ids=lambda f: f.__name__)
def test_no_item_rated_twice_is_undefined(function):
    triples = [(i, f"a{i % 3}", i % 2) for i in range(9)]
    with pytest.raises(UndefinedAgreement, match="no item was rated by two"):
        function(triples)


ONE_LABEL = [(i, a, "asserted") for i in range(6) for a in ("x", "y", "z")]


@pytest.mark.parametrize(
    "function",
    [krippendorff_alpha, fleiss_kappa, scott_pi, conger_kappa, light_kappa],
    ids=lambda f: f.__name__,
)
def test_one_label_everywhere_is_undefined(function):
    with pytest.raises(UndefinedAgreement, match="asserted"):
        function(ONE_LABEL)


def test_one_label_everywhere_ac1_bp_need_declared_categories():
    for function in (gwet_ac1, brennan_prediger):
        with pytest.raises(UndefinedAgreement, match="only one category"):
            function(ONE_LABEL)
        assert function(ONE_LABEL, categories=["asserted", "contested"]) == 1.0
    assert percent_agreement(ONE_LABEL) == 1.0


def test_cohen_needs_exactly_two_annotators_and_shared_items():
    three = [(i, a, i % 2) for i in range(6) for a in ("x", "y", "z")]
    with pytest.raises(UndefinedAgreement, match="exactly two annotators"):
        cohen_kappa(three)
    assert cohen_kappa(three, ("x", "y")) == 1.0
    apart = [(0, "x", 1), (0, "z", 1), (1, "y", 0), (1, "z", 0)]
    with pytest.raises(UndefinedAgreement, match="no item in common"):
        cohen_kappa(apart, ("x", "y"))
    with pytest.raises(UndefinedAgreement, match="no counted rating"):
        cohen_kappa(apart, ("x", "nobody"))
    same = [(i, a, "n") for i in range(3) for a in ("x", "y")]
    with pytest.raises(UndefinedAgreement, match="labelled every shared item 'n'"):
        cohen_kappa(same + [(9, "x", "m"), (9, "z", "m")], ("x", "y"))


def test_pairwise_reports_undefined_pairs_and_light_kappa_skips_them():
    triples = [(i, a, i % 2) for i in range(6) for a in ("x", "y")]
    triples += [(10, "x", 0), (10, "z", 1), (11, "x", 1), (11, "z", 1)]
    pairs = pairwise_cohen_kappa(triples)
    assert ("y", "z") in pairs.reasons and "no item in common" in pairs.reasons[("y", "z")]
    assert np.isnan(pairs.kappa[1, 2])
    assert light_kappa(triples) == pytest.approx(np.nanmean([pairs.kappa[0, 1], pairs.kappa[0, 2]]))


def test_label_alpha_of_an_unused_label_is_undefined():
    triples, _ = make(3, 50, 3, 3, 0.1)
    with pytest.raises(UndefinedAgreement, match="nobody used"):
        label_alpha(triples, "unused", categories=["label0", "label1", "label2", "unused"])
    with pytest.raises(ValueError, match="not among the categories"):
        label_alpha(triples, "other")


def test_compute_all_returns_values_and_errors():
    triples, _ = make(2, 50, 3, 3, 0.1)
    result = compute_all(triples)
    assert set(result) == {f.__name__ for f in EVERY}
    assert isinstance(result["cohen_kappa"], UndefinedAgreement)
    assert all(isinstance(v, float) for k, v in result.items() if k != "cohen_kappa")


# ----------------------------------------------------------------------------- encoding


def test_last_triple_wins_for_a_repeated_item_annotator():
    triples = [(1, "x", "a"), (1, "y", "a"), (1, "x", "b"), (2, "x", "b"), (2, "y", "b")]
    data = RatingData.from_triples(triples)
    assert data.overwritten == 1
    assert data.triples == 5
    assert percent_agreement(data) == 0.5  # item 1 is now (b, a), item 2 (b, b)


def test_exclusions_are_recorded():
    triples = [(1, "x", "a"), (1, "y", "b"), (2, "x", "a"), (3, "z", "c")]
    data = RatingData.from_triples(triples, categories=["a", "b", "c", "d"])
    assert data.excluded_items == (2, 3)
    assert data.excluded_annotators == ("z",)
    assert data.annotators == ("x", "y")
    assert data.labels_used == ("a", "b")
    assert data.seen_labels == ("a", "b", "c")
    assert data.labels_rated == ("a", "b", "c")
    assert data.singles.tolist() == [[0, 0], [2, 2]]  # x said "a" on 2; z said "c" on 3
    assert data.all_annotators == ("x", "y", "z") and data.n_rated == 3
    undeclared = RatingData.from_triples(triples)
    assert undeclared.categories == ("a", "b", "c")  # every label used, as irrCAC


def test_declared_categories_are_checked():
    with pytest.raises(ValueError, match="not in the declared categories"):
        RatingData.from_triples([(1, "x", "a"), (1, "y", "zzz")], categories=["a", "b"])
    with pytest.raises(ValueError, match="must not repeat"):
        RatingData.from_triples([(1, "x", "a")], categories=["a", "a"])


def test_inputs_any_iterable_any_hashable():
    triples, _ = make(4, 40, 3, 3, 0.2)
    expected = krippendorff_alpha(triples)
    assert krippendorff_alpha(iter(triples)) == pytest.approx(expected, abs=TOL)
    assert krippendorff_alpha(tuple(triples)) == pytest.approx(expected, abs=TOL)
    items, annotators, labels = (list(column) for column in zip(*triples, strict=True))
    columns = RatingData.from_columns(items, annotators, labels)
    assert krippendorff_alpha(columns) == pytest.approx(expected, abs=TOL)
    mixed = [((i, "t"), frozenset({a}), None if lab == "label0" else lab) for i, a, lab in triples]
    assert krippendorff_alpha(mixed) == pytest.approx(expected, abs=TOL)
    with pytest.raises(ValueError, match="same length"):
        RatingData.from_columns([1], [2, 3], [4])


def test_ratingdata_is_reused_and_recategorised():
    triples, _ = make(5, 60, 4, 3, 0.2)
    data = RatingData.from_triples(triples)
    assert RatingData.from_triples(data) is data
    declared = ["label2", "extra", "label0", "label1"]
    wider = data.with_categories(declared)
    assert wider.categories == tuple(declared)
    assert gwet_ac1(data, categories=declared) == pytest.approx(
        gwet_ac1(triples, categories=declared)
    )
    assert krippendorff_alpha(wider) == pytest.approx(krippendorff_alpha(data), abs=TOL)


@pytest.mark.parametrize("annotators", [12, 64], ids=["sorted-keys", "uncompressed"])
def test_many_annotators(annotators):
    """12 annotators: row keys too sparse for bincount; 64: too wide for one integer key."""
    krippendorff = importlib.import_module("krippendorff")
    triples, matrix = make(8, 50, annotators, 5, 0.3)
    expected = krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal")
    assert krippendorff_alpha(triples) == pytest.approx(expected, abs=TOL)
    assert fleiss_kappa(triples) == pytest.approx(irr_value(irr_cac(matrix).fleiss), abs=TOL)


# ----------------------------------------------------------------------------- bootstrap


def test_bootstrap_is_seeded_and_sensible():
    triples, _ = make(9, 300, 4, 4, 0.1)
    first = bootstrap_alpha(triples, seed=3)
    assert first == bootstrap_alpha(triples, seed=3)
    assert first != bootstrap_alpha(triples, seed=4)
    assert first.resamples == 1000 and first.level == 0.95
    assert first.low < first.alpha < first.high
    assert first.alpha == krippendorff_alpha(triples)
    assert set(first.below) == {0.667, 0.8}


def naive_bootstrap(triples: Triples, resamples: int, seed: int) -> np.ndarray:
    """Item bootstrap the slow way: redraw items, recompute alpha from triples."""
    data = RatingData.from_triples(triples)
    by_item: dict[Hashable, list] = {}
    for item, annotator, label in triples:
        by_item.setdefault(item, []).append((annotator, label))
    items = list(data.items)
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(resamples):
        drawn = rng.integers(0, len(items), size=len(items))
        sample = [(k, a, lab) for k, i in enumerate(drawn) for a, lab in by_item[items[i]]]
        values.append(krippendorff_alpha(sample))
    return np.array(values)


def test_bootstrap_matches_a_naive_item_bootstrap():
    triples, _ = make(10, 80, 3, 3, 0.2)
    ours = bootstrap_alpha(triples, resamples=2000, seed=1)
    naive = naive_bootstrap(triples, 400, seed=2)
    low, high = np.percentile(naive, [2.5, 97.5])
    assert ours.low == pytest.approx(low, abs=0.04)
    assert ours.high == pytest.approx(high, abs=0.04)


def test_bootstrap_index_path_for_many_patterns(monkeypatch):
    """With many distinct patterns we draw item indexes; same distribution, seeded."""
    triples, _ = make(12, 60, 8, 4, 0.1, skew=0.3)
    data = RatingData.from_triples(triples)
    monkeypatch.setattr(bootstrap_module, "_ITEMS_PER_PATTERN", 0)
    multinomial = bootstrap_alpha(data, resamples=3000, seed=0)
    monkeypatch.setattr(bootstrap_module, "_ITEMS_PER_PATTERN", 10**9)
    monkeypatch.setattr(bootstrap_module, "_MAX_DRAWS_PER_CHUNK", 1000)  # several blocks
    indexed = bootstrap_alpha(data, resamples=3000, seed=0)
    assert indexed == bootstrap_alpha(data, resamples=3000, seed=0)
    assert indexed.low == pytest.approx(multinomial.low, abs=0.03)
    assert indexed.high == pytest.approx(multinomial.high, abs=0.03)


def test_bootstrap_undefined_and_invalid_arguments():
    with pytest.raises(UndefinedAgreement):
        bootstrap_alpha(ONE_LABEL)
    with pytest.raises(ValueError):
        bootstrap_alpha(krippendorff_2011(), resamples=0)
    with pytest.raises(ValueError):
        bootstrap_alpha(krippendorff_2011(), level=1.5)
    # Two items, one of them split: some resamples draw a single label and are left out.
    tiny = [(1, "x", "a"), (1, "y", "a"), (2, "x", "a"), (2, "y", "b")]
    interval = bootstrap_alpha(tiny, resamples=200, seed=0)
    assert 0 < interval.undefined_resamples < 200
