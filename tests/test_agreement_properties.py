"""Properties of the agreement coefficients (hypothesis): invariances, perfect agreement, bounds."""

from __future__ import annotations

import importlib
import math
import random
from collections.abc import Callable, Hashable

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotator.agreement import (
    RatingData,
    UndefinedAgreement,
    brennan_prediger,
    cohen_kappa,
    compute_all,
    conger_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    light_kappa,
    percent_agreement,
    scott_pi,
)

Triples = list[tuple[Hashable, Hashable, Hashable]]

SETTINGS = settings(
    max_examples=80,
    deadline=None,
    # Studies are drawn wide, then assume() keeps the defined ones: on some seeds most are
    # filtered, which is expected, not a slow test.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@st.composite
def studies(draw: st.DrawFn, max_items: int = 12, max_annotators: int = 5, max_labels: int = 4):
    """Triples with distinct (item, annotator) cells, missing ratings allowed."""
    items = draw(st.integers(1, max_items))
    annotators = draw(st.integers(1, max_annotators))
    labels = draw(st.integers(1, max_labels))
    cells = draw(
        st.lists(
            st.tuples(st.integers(0, items - 1), st.integers(0, annotators - 1)),
            min_size=1,
            max_size=items * annotators,
            unique=True,
        )
    )
    return [(f"s{i}", f"a{j}", draw(st.integers(0, labels - 1))) for i, j in cells]


def outcome(function: Callable[..., float], triples: Triples, **kwargs) -> float | str:
    """The value, or 'undefined', so undefinedness is compared too."""
    try:
        return function(triples, **kwargs)
    except UndefinedAgreement:
        return "undefined"


def same(a: float | str, b: float | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def all_outcomes(triples: Triples, **kwargs) -> dict[str, float | str]:
    return {
        name: ("undefined" if isinstance(value, UndefinedAgreement) else value)
        for name, value in compute_all(triples, **kwargs).items()
    }


def assert_same_outcomes(a: dict[str, float | str], b: dict[str, float | str]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        assert same(a[name], b[name]), (name, a[name], b[name])


@SETTINGS
@given(studies(), st.randoms(use_true_random=False))
def test_renaming_labels_changes_nothing(triples, rng):
    labels = sorted({label for _, _, label in triples})
    names = [f"label-{k}" for k in range(len(labels))]
    rng.shuffle(names)
    rename = dict(zip(labels, names, strict=True))
    renamed = [(i, a, rename[label]) for i, a, label in triples]
    assert_same_outcomes(all_outcomes(triples), all_outcomes(renamed))


@SETTINGS
@given(studies(), st.randoms(use_true_random=False))
def test_renaming_and_reordering_annotators_changes_nothing(triples, rng):
    annotators = sorted({a for _, a, _ in triples})
    names = [f"coder-{k}" for k in range(len(annotators))]
    rng.shuffle(names)
    rename = dict(zip(annotators, names, strict=True))
    renamed = [(i, rename[a], label) for i, a, label in triples]
    assert_same_outcomes(all_outcomes(triples), all_outcomes(renamed))


@SETTINGS
@given(studies(), st.randoms(use_true_random=False))
def test_reordering_triples_and_items_changes_nothing(triples, rng):
    shuffled = list(triples)
    rng.shuffle(shuffled)
    items = sorted({i for i, _, _ in triples})
    new_ids = list(range(len(items)))
    rng.shuffle(new_ids)
    rename = dict(zip(items, new_ids, strict=True))
    renamed = [(rename[i], a, label) for i, a, label in shuffled]
    assert_same_outcomes(all_outcomes(triples), all_outcomes(renamed))


@SETTINGS
@given(
    st.lists(st.integers(0, 3), min_size=2, max_size=15),
    st.integers(2, 6),
    st.data(),
)
def test_perfect_agreement_is_one(truth, annotators, data):
    assume(len(set(truth)) >= 2)
    triples = []
    for i, label in enumerate(truth):
        # Each item is rated by a random subset of at least two annotators.
        raters = data.draw(
            st.lists(st.integers(0, annotators - 1), min_size=2, max_size=annotators, unique=True)
        )
        triples += [(i, f"a{j}", label) for j in raters]
    for function in (
        krippendorff_alpha,
        fleiss_kappa,
        scott_pi,
        gwet_ac1,
        brennan_prediger,
        conger_kappa,
        percent_agreement,
    ):
        assert function(triples) == pytest.approx(1.0, abs=1e-12), function.__name__
    assert outcome(light_kappa, triples) in ("undefined", pytest.approx(1.0, abs=1e-12))


@SETTINGS
@given(studies())
def test_bounds(triples):
    data = RatingData.from_triples(triples)
    values = all_outcomes(data)
    for name, value in values.items():
        if value != "undefined":
            assert np.isfinite(value), name
            assert value <= 1.0 + 1e-12, name
    if values["percent_agreement"] != "undefined":
        assert -1e-12 <= values["percent_agreement"] <= 1.0 + 1e-12
        # Brennan-Prediger: p_e = 1/q, so it is at least -1/(q-1).
        q = data.n_categories
        if q >= 2:
            assert values["brennan_prediger"] >= -1.0 / (q - 1) - 1e-12
    if values["gwet_ac1"] != "undefined":
        assert values["gwet_ac1"] >= -1.0 - 1e-12


@SETTINGS
@given(studies())
def test_alpha_equals_krippendorff_package(triples):
    krippendorff = importlib.import_module("krippendorff")
    data = RatingData.from_triples(triples)
    # The package needs two values in its domain and a unit with two ratings.
    assume(data.n_items > 0 and len(data.labels_used) >= 2)
    items = sorted({i for i, _, _ in triples})
    annotators = sorted({a for _, a, _ in triples})
    matrix = np.full((len(annotators), len(items)), np.nan)
    for i, a, label in triples:
        matrix[annotators.index(a), items.index(i)] = label
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    assert krippendorff_alpha(data) == pytest.approx(expected, abs=1e-9)


@SETTINGS
@given(studies(max_annotators=2))
def test_two_annotators_conger_is_cohen(triples):
    """On the items both rated; an item rated once moves Conger's chance term only."""
    assume(len({a for _, a, _ in triples}) == 2)
    shared = set(RatingData.from_triples(triples).items)
    triples = [t for t in triples if t[0] in shared]
    assert same(outcome(conger_kappa, triples), outcome(cohen_kappa, triples))


@SETTINGS
@given(studies(), st.integers(0, 2**32 - 1))
def test_duplicates_last_one_wins(triples, seed):
    rng = random.Random(seed)
    noise = [(i, a, rng.randrange(7)) for i, a, _ in rng.sample(triples, k=len(triples) // 2)]
    # Earlier triples for the same cell are overwritten by the originals placed after them.
    assert_same_outcomes(all_outcomes(triples), all_outcomes(noise + triples))
    assert RatingData.from_triples(noise + triples).overwritten == len(noise)


# ----------------------------------------------------------------------------- missing-data forms


def _irrcac(triples: Triples, method: str) -> float:
    pandas = importlib.import_module("pandas")
    raw = importlib.import_module("irrCAC.raw")
    items = sorted({i for i, _, _ in triples})
    annotators = sorted({a for _, a, _ in triples})
    frame = pandas.DataFrame(np.nan, index=items, columns=annotators)
    for i, a, label in triples:
        frame.loc[i, a] = float(label)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(getattr(raw.CAC(frame, digits=15), method)()["est"]["coefficient_value"])


@SETTINGS
@given(studies())
def test_missing_data_forms_equal_irrcac(triples):
    """Items rated once included: Fleiss, AC1 and Conger are irrCAC's on the same table."""
    data = RatingData.from_triples(triples)
    assume(data.n_items >= 2 and len(data.labels_rated) >= 2 and len(data.all_annotators) >= 2)
    for ours, method in ((fleiss_kappa, "fleiss"), (gwet_ac1, "gwet"), (conger_kappa, "conger")):
        value = outcome(ours, triples)
        if value != "undefined":
            assert same(value, _irrcac(triples, method)), (method, value)


@SETTINGS
@given(studies(), st.randoms(use_true_random=False))
def test_standard_errors_ignore_names_and_order(triples, rng):
    from annotator.agreement import SPECS, uncertainty

    labels = sorted({label for _, _, label in triples})
    renamed_labels = dict(zip(labels, rng.sample(range(100, 200), len(labels)), strict=True))
    renamed = [(f"x{i}", f"coder-{a}", renamed_labels[label]) for i, a, label in triples]
    rng.shuffle(renamed)
    one, two = RatingData.from_triples(triples), RatingData.from_triples(renamed)
    for spec in SPECS:
        try:
            value = spec.function(one)
            first = uncertainty(one, spec.key, value).se
        except UndefinedAgreement:
            continue
        second = uncertainty(two, spec.key, spec.function(two)).se
        assert same(first, second), spec.key


@SETTINGS
@given(st.integers(2, 10), st.integers(2, 5), st.integers(2, 4), st.data())
def test_complete_data_fleiss_is_statsmodels(items, annotators, labels, data):
    """Nothing missing: the missing-data form is Fleiss (1971) itself."""
    inter_rater = importlib.import_module("statsmodels.stats.inter_rater")
    ratings = [
        [data.draw(st.integers(0, labels - 1)) for _ in range(annotators)] for _ in range(items)
    ]
    triples = [(i, j, ratings[i][j]) for i in range(items) for j in range(annotators)]
    value = outcome(fleiss_kappa, triples)
    assume(value != "undefined")
    table = np.zeros((items, labels))
    for i, row in enumerate(ratings):
        for label in row:
            table[i, label] += 1
    assert same(value, float(inter_rater.fleiss_kappa(table)))
