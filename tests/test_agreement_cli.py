"""`annotator agreement` on a database labelled by three annotators."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store

NAMES = ["alice", "bob", "chloé"]


@pytest.fixture
def labelled(store: Store, db_path: Path) -> Path:
    rng = random.Random(7)
    labels = store.scheme.names
    for sentence in store.iter_sentences():
        base = rng.choice(labels)
        for name in NAMES:
            label = base if rng.random() < 0.8 else rng.choice(labels)
            store.label(sentence.id, name, label)
    return db_path


def reference_alpha(db: Path) -> float:
    store = Store.open(db)
    triples = list(store.triples())
    items = sorted({t[0] for t in triples})
    labels = store.scheme.names
    matrix = np.full((len(NAMES), len(items)), np.nan)
    for item, name, label in triples:
        matrix[NAMES.index(name), items.index(item)] = labels.index(label)
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def test_json_report_matches_the_krippendorff_package(labelled: Path) -> None:
    result = CliRunner().invoke(cli, ["agreement", "--format", "json", "--no-ci"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    alpha = next(c for c in report["coefficients"] if c["key"] == "krippendorff_alpha")
    assert alpha["value"] == pytest.approx(reference_alpha(labelled), abs=1e-9)
    assert report["counts"]["annotators_used"] == sorted(NAMES)
    assert len(report["per_article"]) == 5


def test_terminal_report_is_readable(labelled: Path) -> None:
    result = CliRunner().invoke(cli, ["agreement", "--top", "3"])
    assert result.exit_code == 0
    for heading in (
        "Krippendorff's alpha",
        "Pairwise Cohen's kappa",
        "Per article",
        "Most disagreement",
        "Coincidence matrix",
    ):
        assert heading in result.stdout


def test_html_file_is_self_contained(labelled: Path, tmp_path: Path) -> None:
    out = tmp_path / "agreement.html"
    result = CliRunner().invoke(cli, ["agreement", "-o", str(out)])
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert html.count("<svg") >= 3
    assert "http://" not in html.replace("http://www.w3.org", "")
    assert "<script" not in html.lower()


def test_filters_by_annotator_and_article(labelled: Path) -> None:
    result = CliRunner().invoke(
        cli, ["agreement", "-f", "json", "--no-ci", "-a", "alice", "-a", "bob", "--article", "2"]
    )
    report = json.loads(result.stdout)
    assert report["counts"]["annotators_used"] == ["alice", "bob"]
    assert [row["article"][:2] for row in report["per_article"]] == ["2."]
    assert next(c for c in report["coefficients"] if c["key"] == "cohen_kappa")["value"] is not None


def test_unknown_article_is_one_line(labelled: Path) -> None:
    result = CliRunner().invoke(cli, ["agreement", "--article", "99"])
    assert result.exit_code == 1 and "no article '99'" in result.stderr


def test_undefined_cases_say_why(store: Store, db_path: Path) -> None:
    first = store.first_sentence()
    store.label(first.id, "alice", "asserted")
    result = CliRunner().invoke(cli, ["agreement", "-f", "json", "--no-ci"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    alpha = next(c for c in report["coefficients"] if c["key"] == "krippendorff_alpha")
    assert alpha["value"] is None and alpha["reason"]


def test_label_scheme_is_resolved_in_one_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from annotator.errors import InputError
    from annotator.schemes import CLAIMS, resolve_scheme

    assert resolve_scheme("claims") is CLAIMS
    custom = dataclasses.replace(CLAIMS, name="mine")
    assert resolve_scheme("mine", custom) is custom
    path = tmp_path / "scheme.json"
    path.write_text(custom.to_json(), encoding="utf-8")
    assert resolve_scheme(str(path)).name == "mine"
    for bad in ("nope", str(tmp_path / "missing.toml")):
        try:
            resolve_scheme(bad, custom)
        except InputError as error:
            assert "claims" in str(error) or "no such scheme file" in str(error)
        else:
            raise AssertionError(bad)
