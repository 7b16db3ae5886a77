"""Suggestions and sway: take rates, the unaided baseline, and agreement with the others split by
whether the suggestion was shown, in the store, the report, `annotator stats` and
`annotator agreement`."""

from __future__ import annotations

import json
import random
import warnings
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from annotator.agreement.render import (
    NO_SWAY,
    render_html,
    render_json,
    render_markdown,
    render_table,
)
from annotator.agreement.report import AgreementReport, SwayAnnotator, build_report
from annotator.agreement.sway import sway_of
from annotator.cli import cli
from annotator.ingest import import_paths
from annotator.store import Store
from tests.conftest import SAMPLE_DATA

metrics = pytest.importorskip("sklearn.metrics")

LABELS = ["attributed", "contested", "asserted", "not_a_claim"]
A, C, S, N = LABELS

# One suggestion per sentence, and per annotator: (shown?, label) on each sentence; None: no
# suggestion recorded (labelled before suggestions were stored).
SUGGESTED = [A, A, C, S, S, N, S]
DESIGN: dict[str, list[tuple[bool | None, str] | None]] = {
    "alice": [(True, A), (True, A), (True, S), (False, S), (False, A), (False, C), None],
    "bob": [(False, A), (False, S), (False, C), (True, S), (True, S), (True, N), None],
    "chloé": [(None, A), (None, A), (None, S), (None, N), None, None, None],
    "eve": [None, None, None, None, None, None, (True, S)],
}


def label_design(store: Store) -> list[str]:
    """Label the first sentences as in DESIGN; their ids."""
    ids = [s.id for s in store.iter_sentences()][: len(SUGGESTED)]
    for name, cells in DESIGN.items():
        for sentence_id, suggested, cell in zip(ids, SUGGESTED, cells, strict=True):
            if cell is None:
                continue
            shown, label = cell
            fields: dict[str, Any] = {}
            if shown is not None:
                fields = {
                    "suggested": suggested,
                    "suggested_rule": "test",
                    "suggestion_shown": shown,
                }
            store.label(sentence_id, name, label, **fields)
    return ids


@pytest.fixture
def memory_store() -> Iterator[Store]:
    store = Store.memory()
    assert not import_paths(store, [SAMPLE_DATA]).errors
    yield store
    store.close()


def row_of(rows: list[SwayAnnotator], name: str) -> SwayAnnotator:
    return next(row for row in rows if row.annotator == name)


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    mine, other = zip(*pairs, strict=True)
    return float(metrics.cohen_kappa_score(mine, other, labels=LABELS))


# ----------------------------------------------------------------------------- exact numbers


def test_take_rates_baseline_and_agreement_on_a_known_design(memory_store: Store) -> None:
    label_design(memory_store)
    sway = sway_of(memory_store)
    assert sway.suggestions == 13  # alice 6, bob 6, eve 1; chloé none
    assert [row.annotator for row in sway.annotators] == ["alice", "bob", "chloé", "eve"]

    alice = row_of(sway.annotators, "alice")
    assert (alice.labelled, alice.no_suggestion) == (6, 0)
    assert (alice.shown, alice.took, alice.take_rate) == (3, 2, pytest.approx(2 / 3))
    assert (alice.not_shown, alice.matched, alice.match_rate) == (3, 1, pytest.approx(1 / 3))
    assert alice.sway == pytest.approx(1 / 3)
    # Shown: s0 A vs A, A; s1 A vs S, A; s2 S vs C, S.
    shown = alice.agreement_shown
    assert (shown.sentences, shown.pairs, shown.agreeing) == (3, 6, 4)
    assert shown.percent_agreement == pytest.approx(4 / 6)
    pooled = [(A, A), (A, A), (A, S), (A, A), (S, C), (S, S)]
    assert shown.kappa == pytest.approx(kappa(pooled), abs=1e-12)
    # Not shown: s3 S vs S, N; s4 A vs S; s5 C vs N.
    hidden = alice.agreement_not_shown
    assert (hidden.sentences, hidden.pairs, hidden.agreeing) == (3, 4, 1)
    assert hidden.percent_agreement == pytest.approx(0.25)
    assert hidden.kappa == pytest.approx(kappa([(S, S), (S, N), (A, S), (C, N)]), abs=1e-12)
    by_label = {row.label: row for row in alice.by_label}
    assert (by_label[A].shown, by_label[A].took, by_label[A].take_rate) == (2, 2, 1.0)
    assert (by_label[C].shown, by_label[C].took, by_label[C].take_rate) == (1, 0, 0.0)
    assert (by_label[S].not_shown, by_label[S].matched) == (2, 1)
    assert (by_label[N].not_shown, by_label[N].matched, by_label[N].match_rate) == (1, 0, 0.0)
    assert by_label[N].take_rate is None and by_label[S].take_rate is None

    bob = row_of(sway.annotators, "bob")
    assert (bob.shown, bob.took, bob.take_rate) == (3, 3, 1.0)
    assert (bob.not_shown, bob.matched, bob.match_rate) == (3, 2, pytest.approx(2 / 3))
    assert bob.sway == pytest.approx(1 / 3)
    assert (bob.agreement_not_shown.pairs, bob.agreement_not_shown.agreeing) == (6, 2)
    assert (bob.agreement_shown.pairs, bob.agreement_shown.agreeing) == (4, 1)
    bob_hidden = [(A, A), (A, A), (S, A), (S, A), (C, S), (C, S)]
    assert bob.agreement_not_shown.kappa == pytest.approx(kappa(bob_hidden), abs=1e-12)

    chloe = row_of(sway.annotators, "chloé")
    assert (chloe.labelled, chloe.no_suggestion, chloe.shown, chloe.not_shown) == (4, 4, 0, 0)


def test_undefined_figures_carry_a_reason(memory_store: Store) -> None:
    label_design(memory_store)
    sway = sway_of(memory_store)
    eve = row_of(sway.annotators, "eve")  # one label, shown, on a sentence nobody else labelled
    assert (eve.take_rate, eve.match_rate, eve.sway) == (1.0, None, None)
    assert "suggestions switched off" in eve.match_rate_reason
    for side in (eve.agreement_shown, eve.agreement_not_shown):
        assert side.percent_agreement is None and side.kappa is None
        assert "no sentence" in side.reason and "another annotator" in side.reason
    chloe = row_of(sway.annotators, "chloé")
    assert chloe.take_rate is None and "shown" in chloe.take_rate_reason
    alice = row_of(sway.annotators, "alice")
    assert alice.take_rate_reason is None and alice.agreement_shown.reason is None


def test_kappa_is_undefined_when_one_label_is_everywhere(memory_store: Store) -> None:
    for sentence in list(memory_store.iter_sentences())[:4]:
        for name in ("alice", "bob"):
            memory_store.label(sentence.id, name, S, suggested=S, suggestion_shown=True)
    alice = row_of(sway_of(memory_store).annotators, "alice")
    side = alice.agreement_shown
    assert (side.pairs, side.percent_agreement, side.kappa) == (4, 1.0, None)
    assert "'asserted'" in side.reason and "chance agreement is 1" in side.reason


def test_no_suggestion_recorded_says_so_in_every_format(memory_store: Store) -> None:
    for sentence in list(memory_store.iter_sentences())[:3]:
        memory_store.label(sentence.id, "alice", A)
        memory_store.label(sentence.id, "bob", S)
    sway = sway_of(memory_store)
    assert sway.suggestions == 0 and sway.annotators == []
    report = build_report(memory_store.triples(), categories=LABELS, ci=False, sway=sway)
    assert "## Suggestions and sway\n\nNo suggestion was recorded" in render_markdown(report)
    assert "<p>No suggestion was recorded with these labels.</p>" in render_html(report)
    console = Console(record=True, width=200)
    render_table(report, console)
    assert f"Suggestions and sway: {NO_SWAY}" in console.export_text()
    assert AgreementReport.model_validate_json(render_json(report)) == report
    # Not computed (a report built from triples alone): no section at all.
    bare = build_report(memory_store.triples(), categories=LABELS, ci=False)
    assert "Suggestions and sway" not in render_markdown(bare) + render_html(bare)


# ----------------------------------------------------------------------------- against a reference


def reference(
    store: Store,
    labels: Sequence[str],
    annotators: Sequence[str] | None = None,
    article_ids: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """The figures by brute force: Python loops over every label and every pair."""
    rows = [
        a
        for a in store.iter_annotations()
        if a.label in labels
        and (annotators is None or a.annotator in annotators)
        and (article_ids is None or store.sentence(a.sentence_id).article_id in article_ids)
    ]
    by_sentence: dict[str, list[Any]] = defaultdict(list)
    for a in rows:
        by_sentence[a.sentence_id].append(a)
    out: dict[str, dict[str, Any]] = {}
    for a in rows:
        me = out.setdefault(
            a.annotator,
            {"labelled": 0, "none": 0, "shown": [], "not_shown": []},
        )
        me["labelled"] += 1
        if a.suggested is None or a.suggested not in labels:
            me["none"] += 1
            continue
        others = [b.label for b in by_sentence[a.sentence_id] if b.annotator != a.annotator]
        side = "shown" if a.suggestion_shown else "not_shown"
        me[side].append((a.label, a.suggested, others))
    return out


def check_against_reference(store: Store, labels: Sequence[str], **filters: Any) -> None:
    expected = reference(store, labels, **filters)
    sway = sway_of(store, labels, **filters)
    assert sorted(row.annotator for row in sway.annotators) == sorted(expected)
    for row in sway.annotators:
        ref = expected[row.annotator]
        assert (row.labelled, row.no_suggestion) == (ref["labelled"], ref["none"])
        for side, count, agreed, model in (
            ("shown", row.shown, row.took, row.agreement_shown),
            ("not_shown", row.not_shown, row.matched, row.agreement_not_shown),
        ):
            cells = ref[side]
            assert count == len(cells)
            assert agreed == sum(label == suggested for label, suggested, _ in cells)
            pairs = [(label, other) for label, _, others in cells for other in others]
            assert model.sentences == sum(1 for *_, others in cells if others)
            assert model.pairs == len(pairs)
            assert model.agreeing == sum(x == y for x, y in pairs)
            if not pairs:
                assert model.kappa is None and model.reason
                continue
            with warnings.catch_warnings():  # sklearn warns before returning NaN
                warnings.simplefilter("ignore")
                expected_kappa = float(
                    metrics.cohen_kappa_score(*zip(*pairs, strict=True), labels=list(labels))
                )
            if expected_kappa != expected_kappa:  # sklearn's NaN: one label everywhere
                assert model.kappa is None and "chance agreement is 1" in model.reason
            else:
                assert model.kappa == pytest.approx(expected_kappa, abs=1e-12)
        for k, label in enumerate(labels):
            per = row.by_label[k]
            assert per.label == label
            assert per.shown == sum(s == label for _, s, _ in ref["shown"])
            assert per.took == sum(s == x == label for x, s, _ in ref["shown"])
            assert per.not_shown == sum(s == label for _, s, _ in ref["not_shown"])
            assert per.matched == sum(s == x == label for x, s, _ in ref["not_shown"])


def random_labels(store: Store, names: Sequence[str], seed: int, sentences: int = 40) -> None:
    """Random labels, suggestions (some outside the scheme, some missing) and skips."""
    rng = random.Random(seed)
    for sentence in list(store.iter_sentences())[:sentences]:
        truth = rng.choice(LABELS)
        suggested = rng.choice([*LABELS, truth, truth, "rumour", None])
        for name in names:
            roll = rng.random()
            if roll < 0.25:
                continue
            if roll < 0.3:
                store.update(sentence.id, name, skipped=True)  # a row without a label
                continue
            label = truth if rng.random() < 0.6 else rng.choice(LABELS)
            fields: dict[str, Any] = {}
            if suggested is not None:
                fields = {"suggested": suggested, "suggestion_shown": rng.random() < 0.5}
            store.label(sentence.id, name, label, **fields)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_equals_the_brute_force_reference(memory_store: Store, seed: int) -> None:
    random_labels(memory_store, ["alice", "bob", "chloé"], seed)
    check_against_reference(memory_store, LABELS)
    check_against_reference(memory_store, LABELS[:3])  # a label outside the scheme: left out
    check_against_reference(memory_store, LABELS, annotators=["alice", "chloé"])
    articles = [article_id for article_id, _ in memory_store.article_list()[:2]]
    check_against_reference(memory_store, LABELS, article_ids=articles)


def test_more_annotators_than_one_packed_column_holds(memory_store: Store) -> None:
    # 13 annotators: the per-sentence packing needs two integer columns (11 per column).
    random_labels(memory_store, [f"annotator-{k:02d}" for k in range(13)], seed=5, sentences=25)
    check_against_reference(memory_store, LABELS)


# ----------------------------------------------------------------------------- command line


@pytest.fixture
def design_db(db_path: Path) -> Path:
    store = Store.open(db_path, durable=False)
    assert not import_paths(store, [SAMPLE_DATA]).errors
    label_design(store)
    store.close()
    return db_path


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stats_shows_the_sway_table(design_db: Path) -> None:
    out = invoke("stats")
    assert "Suggestions and sway" in out
    rows = {
        cells[0]: cells[1:]
        for line in out.splitlines()
        if line.count("│") > 3
        for cells in [[cell.strip() for cell in line.split("│")[1:-1]]]
    }
    # Columns: alice, bob, eve (chloé has no suggestion: a note, not a column).
    assert rows["labels, suggestion shown"] == ["3", "3", "1"]
    assert rows["took it"] == ["66.7%", "100.0%", "100.0%"]
    assert rows["matched it"] == ["33.3%", "66.7%", "undefined"]
    assert rows["sway (points)"] == ["+33.3", "+33.3", "—"]
    assert rows["agreement with others, shown"] == ["66.7%", "25.0%", "undefined"]
    assert rows["agreement with others, not shown"] == ["25.0%", "33.3%", "undefined"]
    pooled = [(A, A), (A, A), (A, S), (A, A), (S, C), (S, S)]
    assert rows["kappa with others, shown"][0] == f"{kappa(pooled):.3f}"
    assert "chloé: no label with a suggestion recorded." in out
    assert "4 label(s) with no suggestion recorded" in out
    stats = json.loads(invoke("stats", "--json"))
    alice = row_of([SwayAnnotator(**row) for row in stats["sway"]["annotators"]], "alice")
    assert (alice.took, alice.shown, alice.matched, alice.not_shown) == (2, 3, 1, 3)


def test_agreement_json_and_markdown_carry_the_figures(design_db: Path) -> None:
    report = json.loads(invoke("agreement", "--format", "json", "--no-ci"))
    alice = next(row for row in report["sway"]["annotators"] if row["annotator"] == "alice")
    assert alice["take_rate"] == pytest.approx(2 / 3)
    assert alice["match_rate"] == pytest.approx(1 / 3)
    pooled = [(A, A), (A, A), (A, S), (A, A), (S, C), (S, S)]
    assert alice["agreement_shown"]["kappa"] == pytest.approx(kappa(pooled), abs=1e-12)
    assert report["sway"]["suggestions"] == 13
    markdown = invoke("agreement", "--format", "markdown", "--no-ci")
    assert "## Suggestions and sway" in markdown
    expected_kappa = f"{kappa(pooled):.3f}"
    assert (
        f"| alice | 3 | 66.7% | 3 | 33.3% | +33.3 | 66.7% | {expected_kappa} | 25.0% |" in markdown
    )
    assert "| alice | attributed | 2 | 100.0% | 0 | — | — |" in markdown
    html = invoke("agreement", "--format", "html", "--no-ci")
    assert "<h2>Suggestions and sway</h2>" in html and "66.7%" in html


def test_agreement_filters_apply_to_the_sway(design_db: Path) -> None:
    report = json.loads(invoke("agreement", "-f", "json", "--no-ci", "-a", "alice", "-a", "bob"))
    alice = next(row for row in report["sway"]["annotators"] if row["annotator"] == "alice")
    # Without chloé, alice's shown sentences have one other label each: bob's.
    assert (alice["agreement_shown"]["pairs"], alice["agreement_shown"]["agreeing"]) == (3, 1)
    assert [row["annotator"] for row in report["sway"]["annotators"]] == ["alice", "bob"]


def test_stats_without_suggestions_is_one_line(db_path: Path) -> None:
    store = Store.open(db_path, durable=False)
    import_paths(store, [SAMPLE_DATA])
    first = store.first_sentence()
    store.label(first.id, "alice", A)
    store.close()
    out = invoke("stats")
    assert f"Suggestions and sway: {NO_SWAY}\n" in out  # one line, even at 80 columns
    assert json.loads(invoke("stats", "--json"))["sway"] == {"suggestions": 0, "annotators": []}
