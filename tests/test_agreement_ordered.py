"""Ordered scales: alpha at every level against `krippendorff`, weighted Cohen's kappa against
scikit-learn, Gwet's AC2 (with its standard error) against irrCAC; the report adds them when
the scheme is `ordered`."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Hashable
from typing import Any

import numpy as np
import pytest

from annotator.agreement import (
    RatingData,
    agreement_weights,
    build_report,
    gwet_ac2,
    krippendorff_alpha,
    uncertainty,
    weighted_cohen_kappa,
)
from annotator.agreement.render import render_markdown
from annotator.agreement.weighted import alpha_weights
from annotator.models import Label, LabelScheme

TOL = 1e-9
nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 x 12 example.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]
PUBLISHED = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}
WORDS = ["very low", "low", "mid", "high", "very high"]


def triples_of(rows: list[list[float]], names: list[Hashable] | None = None) -> list[tuple]:
    return [
        (unit, f"coder{c}", int(v) if names is None else names[int(v) - 1])
        for c, row in enumerate(rows)
        for unit, v in enumerate(row)
        if v == v
    ]


def random_rows(seed: int, coders: int, units: int, q: int, gap: float) -> list[list[float]]:
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, q + 1, size=units)
    shift = rng.integers(-1, 2, size=(coders, units))
    values = np.clip(truth[None, :] + shift * (rng.random((coders, units)) < 0.4), 1, q)
    values = values.astype(float)
    values[rng.random((coders, units)) < gap] = nan
    return values.tolist()


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_alpha_levels_equal_the_krippendorff_package_and_the_paper(level):
    krippendorff = importlib.import_module("krippendorff")
    ours = krippendorff_alpha(triples_of(KRIPPENDORFF_2011), level=level)
    expected = krippendorff.alpha(reliability_data=KRIPPENDORFF_2011, level_of_measurement=level)
    assert ours == pytest.approx(expected, abs=TOL)
    assert round(ours, 3) == PUBLISHED[level]


def test_ordinal_alpha_follows_the_scheme_order_of_word_labels():
    """Words are ordered by the scheme (declared categories), as the package's value_domain."""
    krippendorff = importlib.import_module("krippendorff")
    triples = triples_of(KRIPPENDORFF_2011, WORDS)
    ours = krippendorff_alpha(triples, categories=WORDS, level="ordinal")
    words = [[WORDS[int(v) - 1] if v == v else nan for v in row] for row in KRIPPENDORFF_2011]
    expected = krippendorff.alpha(
        reliability_data=words, level_of_measurement="ordinal", value_domain=WORDS
    )
    assert ours == pytest.approx(expected, abs=TOL) and round(ours, 3) == 0.815


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("level", ["ordinal", "interval", "ratio"])
def test_alpha_levels_on_random_studies(seed, level):
    krippendorff = importlib.import_module("krippendorff")
    rows = random_rows(seed, 3 + seed % 3, 60, 5, 0.25)
    expected = krippendorff.alpha(
        reliability_data=rows, level_of_measurement=level, value_domain=[1, 2, 3, 4, 5]
    )
    ours = krippendorff_alpha(triples_of(rows), categories=[1, 2, 3, 4, 5], level=level)
    assert ours == pytest.approx(expected, abs=TOL)


@pytest.mark.parametrize("weights", ["linear", "quadratic"])
@pytest.mark.parametrize("seed", range(4))
def test_weighted_cohen_equals_sklearn(seed, weights):
    metrics = importlib.import_module("sklearn.metrics")
    rows = random_rows(10 + seed, 2, 80, 4, 0.1)
    both = [(a, b) for a, b in zip(*rows, strict=True) if a == a and b == b]
    x, y = [int(a) for a, _ in both], [int(b) for _, b in both]
    expected = metrics.cohen_kappa_score(x, y, labels=[1, 2, 3, 4], weights=weights)
    ours = weighted_cohen_kappa(triples_of(rows), categories=[1, 2, 3, 4], weights=weights)
    assert ours == pytest.approx(expected, abs=TOL)


def irrcac_est(rows: list[list[float]], weights: Any, method: str, categories: list) -> dict:
    pandas = importlib.import_module("pandas")
    raw = importlib.import_module("irrCAC.raw")
    frame = pandas.DataFrame(np.array(rows, dtype=float).T)
    frame = frame.dropna(how="all")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cac = raw.CAC(frame, weights=weights, categories=categories, digits=15)
        return getattr(cac, method)()["est"]


@pytest.mark.parametrize("weights", ["ordinal", "quadratic"])
@pytest.mark.parametrize("seed", range(4))
def test_ac2_and_its_interval_equal_irrcac(seed, weights):
    rows = random_rows(20 + seed, 4, 50, 5, 0.35)  # items rated once included
    categories = [1.0, 2.0, 3.0, 4.0, 5.0]
    expected = irrcac_est(rows, weights, "gwet", categories)
    data = RatingData.from_triples(triples_of(rows), categories=[1, 2, 3, 4, 5])
    value = gwet_ac2(data, weights)
    assert value == pytest.approx(expected["coefficient_value"], abs=TOL)
    found = uncertainty(data, f"gwet_ac2_{weights}", value)
    assert found.se == pytest.approx(expected["se"], abs=1e-6)
    assert found.p_value == pytest.approx(expected["p_value"], abs=1e-6)
    low, high = expected["confidence_interval"]
    assert (found.low, found.high) == (pytest.approx(low, abs=1e-6), pytest.approx(high, abs=1e-6))


def test_weights_are_irrcacs():
    weights = importlib.import_module("irrCAC.weights")
    for kind in ("linear", "quadratic", "ordinal"):
        expected = weights.Weights([1.0, 2.0, 4.0, 7.0])[kind]
        assert agreement_weights(kind, [1.0, 2.0, 4.0, 7.0]) == pytest.approx(expected, abs=TOL)
        words = weights.Weights(["a", "b", "c"])[kind]
        assert agreement_weights(kind, ["a", "b", "c"]) == pytest.approx(words, abs=TOL)


def test_ordinal_alpha_se_is_irrcacs_formula_with_the_ordinal_distances():
    """irrCAC has no ordinal metric of Krippendorff's kind; given the same distances as weights,
    its alpha and standard error are ours."""
    rows = random_rows(30, 3, 70, 4, 0.2)
    data = RatingData.from_triples(triples_of(rows), categories=[1, 2, 3, 4])
    value = krippendorff_alpha(data, level="ordinal")
    w = alpha_weights(data, "ordinal")
    expected = irrcac_est(rows, w, "krippendorff", [1.0, 2.0, 3.0, 4.0])
    assert value == pytest.approx(expected["coefficient_value"], abs=TOL)
    found = uncertainty(data, "krippendorff_alpha_ordinal", value)
    assert found.se == pytest.approx(expected["se"], abs=1e-6)


def test_weighted_cohen_se_is_irrcac_conger_with_the_same_weights():
    rows = random_rows(31, 2, 90, 4, 0.0)
    data = RatingData.from_triples(triples_of(rows), categories=[1, 2, 3, 4])
    value = weighted_cohen_kappa(data, weights="quadratic")
    w = agreement_weights("quadratic", [1, 2, 3, 4])
    expected = irrcac_est(rows, w, "conger", [1.0, 2.0, 3.0, 4.0])
    assert value == pytest.approx(expected["coefficient_value"], abs=TOL)
    found = uncertainty(data, "cohen_kappa_quadratic", value)
    assert found.se == pytest.approx(expected["se"], abs=1e-6)


def test_identity_weights_give_the_nominal_coefficients():
    from annotator.agreement import gwet_ac1

    rows = random_rows(32, 3, 40, 3, 0.3)
    data = RatingData.from_triples(triples_of(rows))
    assert gwet_ac2(data, "identity") == pytest.approx(gwet_ac1(data), abs=TOL)


def test_report_adds_the_ordered_coefficients_when_the_scheme_is_ordered():
    names = [w.replace(" ", "_") for w in WORDS]
    scheme = LabelScheme(
        name="severity",
        labels=tuple(Label(name=n, key=str(k), description=n) for k, n in enumerate(names, 1)),
        ordered=True,
    )
    triples = triples_of(KRIPPENDORFF_2011, names)
    report = build_report(triples, categories=scheme.names, ci=False, ordered=scheme.ordered)
    keys = [c.key for c in report.coefficients]
    assert {"krippendorff_alpha_ordinal", "gwet_ac2_quadratic", "cohen_kappa_linear"} <= set(keys)
    ordinal = report.coefficient("krippendorff_alpha_ordinal")
    assert round(ordinal.value, 3) == 0.815 and ordinal.se is not None
    assert "Krippendorff's alpha, ordinal" in render_markdown(report)
    nominal = build_report(triples, categories=scheme.names, ci=False)
    assert "krippendorff_alpha_ordinal" not in [c.key for c in nominal.coefficients]


def test_agreement_command_reports_the_ordered_coefficients_of_an_ordered_scheme(
    store, db_path, tmp_path, monkeypatch
):
    """A project whose scheme is ordered gets them from `annotator agreement`; a scheme file
    given with --label-scheme does too."""
    import json

    from click.testing import CliRunner

    from annotator.cli import cli

    labels = ("none", "weak", "strong")
    scheme = LabelScheme(
        name="strength",
        labels=tuple(Label(name=n, key=str(k), description=n) for k, n in enumerate(labels, 1)),
        ordered=True,
    )
    store.set_scheme(scheme)
    rng = np.random.default_rng(3)
    for sentence in list(store.iter_sentences())[:40]:
        truth = int(rng.integers(0, 3))
        for name in ("alice", "bruno", "chloe"):
            near = int(np.clip(truth + rng.integers(-1, 2) * (rng.random() < 0.3), 0, 2))
            store.label(sentence.id, name, labels[near])
    store.close()
    monkeypatch.setenv("ANNOTATOR_DB", str(db_path))
    result = CliRunner().invoke(cli, ["agreement", "-f", "json", "--no-ci"])
    assert result.exit_code == 0, result.output
    keys = {c["key"]: c for c in json.loads(result.stdout)["coefficients"]}
    assert keys["krippendorff_alpha_ordinal"]["value"] > keys["krippendorff_alpha"]["value"]
    assert keys["gwet_ac2_quadratic"]["se"] > 0
    nominal = tmp_path / "nominal.toml"
    nominal.write_text(
        'name = "strength"\n'
        + "".join(
            f'[[labels]]\nname = "{n}"\nkey = "{k}"\ndescription = "{n}"\n'
            for k, n in enumerate(labels, 1)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["agreement", "-f", "json", "--no-ci", "--label-scheme", str(nominal)]
    )
    assert result.exit_code == 0, result.output
    keys = {c["key"] for c in json.loads(result.stdout)["coefficients"]}
    assert "krippendorff_alpha_ordinal" not in keys
