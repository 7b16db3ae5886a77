"""Dividing the work: `annotator assign`, `annotator assignments`, and the design's rules
(exactly K readers, the overlap sample to everyone, balance by sentences, determinism,
incremental runs and releases that keep what exists)."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.assign import assign, plan_assignments, plan_release, release
from annotator.cli import cli
from annotator.ingest import import_paths
from annotator.models import AssignmentRow
from annotator.store import Store, assignments
from tests.conftest import dump

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def apply(existing: dict[str, dict[str, bool]], plan) -> dict[str, dict[str, bool]]:  # noqa: ANN001
    result = {a: dict(who) for a, who in existing.items()}
    for change in plan.changes:
        if change.action == "assign":
            result.setdefault(change.article_id, {})[change.annotator] = change.overlap
        else:
            result[change.article_id].pop(change.annotator)
            if not result[change.article_id]:
                del result[change.article_id]
    return result


@st.composite
def corpora(draw: st.DrawFn, min_articles: int = 1, max_articles: int = 90):
    n = draw(st.integers(min_articles, max_articles))
    sizes = draw(st.lists(st.integers(5, 40), min_size=n, max_size=n))
    return [(f"art{i:03d}", size) for i, size in enumerate(sizes)]


@SETTINGS
@given(
    corpora(),
    st.integers(2, 6),
    st.data(),
    st.floats(0.0, 0.5),
    st.integers(0, 2**16),
)
def test_every_article_gets_k_readers_and_the_sample_everyone(articles, team, data, f, seed):
    names = [f"ann{j}" for j in range(team)]
    k = data.draw(st.integers(1, team))
    plan = plan_assignments(articles, {}, set(), names, k, f, seed, None)
    result = apply({}, plan)
    assert set(result) == {a for a, _ in articles}
    sample = {a for a, who in result.items() if any(who.values())}
    expected = max(1, round(f * len(articles))) if f > 0 else 0
    assert len(sample) == min(expected, len(articles))
    for article, who in result.items():
        if article in sample:
            assert set(who) == set(names) and all(who.values())
        else:
            assert len(who) == k and not any(who.values())
    # The same seed and corpus: the same plan.
    again = plan_assignments(articles, {}, set(), names, k, f, seed, None)
    assert again.changes == plan.changes


@SETTINGS
@given(corpora(min_articles=50, max_articles=120), st.integers(2, 6), st.data())
def test_loads_are_balanced_by_sentences(articles, team, data):
    names = [f"ann{j}" for j in range(team)]
    k = data.draw(st.integers(1, min(2, team)))
    plan = plan_assignments(articles, {}, set(), names, k, 0.2, 7, None)
    sizes = dict(articles)
    load = Counter()
    for article, who in apply({}, plan).items():
        for name in who:
            load[name] += sizes[article]
    mean = sum(load.values()) / team
    assert all(abs(load[name] - mean) <= 0.10 * mean for name in names), (load, mean)


@SETTINGS
@given(corpora(min_articles=4, max_articles=60), corpora(min_articles=1, max_articles=30))
def test_a_second_run_assigns_only_the_new_articles(first, more):
    more = [(f"new{i:03d}", size) for i, (_, size) in enumerate(more)]
    names = ["alice", "bob", "carol", "dave"]
    plan = plan_assignments(first, {}, set(), names, 2, 0.2, 1, None)
    existing = apply({}, plan)
    second = plan_assignments(first + more, existing, set(), names, 2, 0.2, 1, plan.design)
    assert all(c.action == "assign" for c in second.changes)
    assert {c.article_id for c in second.changes} == {a for a, _ in more}
    result = apply(existing, second)
    for article in existing:
        assert result[article] == existing[article]
    # the sample keeps its share of the whole corpus
    sample = sum(1 for who in result.values() if any(who.values()))
    assert sample == max(
        round(0.2 * len(first + more)), len([a for a in existing if any(existing[a].values())])
    )


def test_a_newcomer_takes_a_share_of_what_nobody_started():
    articles = [(f"a{i:02d}", 10 + i % 7) for i in range(60)]
    names = ["alice", "bob", "carol"]
    plan = plan_assignments(articles, {}, set(), names, 2, 0.1, 3, None)
    existing = apply({}, plan)
    started = {a for a in list(existing)[:20]}
    again = plan_assignments(articles, existing, started, [*names, "dave"], 2, 0.1, 3, plan.design)
    result = apply(existing, again)
    for article in started:  # nothing started changes, except dave joining the sample
        assert {n for n in result[article] if n != "dave"} == set(existing[article])
    dave = [a for a, who in result.items() if "dave" in who and not who["dave"]]
    assert dave and not set(dave) & started
    for who in result.values():
        if any(who.values()):
            assert set(who) == {"alice", "bob", "carol", "dave"}
        else:
            assert len(who) == 2


def test_release_hands_on_the_unstarted_articles_only():
    articles = [(f"a{i:02d}", 12) for i in range(20)]
    names = ["alice", "bob", "carol", "dave"]
    plan = plan_assignments(articles, {}, set(), names, 2, 0.1, 5, None)
    existing = apply({}, plan)
    bobs = [a for a, who in existing.items() if "bob" in who]
    started = {"bob": {bobs[0]}}
    freed = plan_release("bob", articles, existing, started, plan.design)
    result = apply(existing, freed)
    assert "bob" in result[bobs[0]]
    for article in bobs[1:]:
        assert "bob" not in result[article]
        if not any(existing[article].values()):
            assert len(result[article]) == 2
    assert "bob" not in freed.design.annotators


# ----------------------------------------------------------------------------- on a database


def corpus(folder: Path, count: int, seed: int = 0, prefix: str = "article") -> Path:
    """`count` small French articles of 3 to 12 sentences."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        sentences = " ".join(
            f"Le ministre {i} a déclaré que la mesure numéro {j} serait appliquée."
            for j in range(rng.randint(3, 12))
        )
        (folder / f"{prefix}-{i:03d}.txt").write_text(
            f"Titre de l'{prefix} {i}\n\n{sentences}\n", encoding="utf-8"
        )
    return folder


@pytest.fixture
def team_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "team.db"
    store = Store.open(db)
    assert not import_paths(store, [corpus(tmp_path / "news", 60)]).errors
    store.close()
    monkeypatch.setenv("ANNOTATOR_DB", str(db))
    return db


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_assign_command_then_assignments_jsonl(team_db: Path) -> None:
    result = run(
        "assign",
        "--annotators",
        "alice,bob,carol,dave",
        "--per-article",
        "2",
        "--overlap",
        "0.2",
        "--seed",
        "4",
    )
    assert result.exit_code == 0, result.output
    assert "12 article(s) read by everyone" in result.output
    out = run("assignments", "--format", "jsonl")
    rows = [AssignmentRow.model_validate_json(line) for line in out.stdout.splitlines()]
    per_article = Counter(row.article_id for row in rows)
    sample = {row.article_id for row in rows if row.overlap}
    assert len(sample) == 12 and len(per_article) == 60
    assert all(per_article[a] == (4 if a in sample else 2) for a in per_article)
    alice = run("assignments", "--annotator", "alice", "--format", "csv").stdout.splitlines()
    assert alice[0] == "article_id,annotator,overlap,sentences,labelled"
    assert all(line.split(",")[1] == "alice" for line in alice[1:])
    schema = json.loads(
        (Path(__file__).parents[1] / "schema" / "assignment.jsonl-record.schema.json").read_text()
    )
    assert set(schema["required"]) == {
        "article_id",
        "annotator",
        "overlap",
        "sentences",
        "labelled",
    }
    # The design is stored: `assign` alone says what it is.
    shown = run("assign")
    assert "4 annotators, 2 per article, overlap 0.2" in shown.output and "seed 4" in shown.output


def test_more_articles_then_assign_again_leaves_the_first_untouched(
    team_db: Path, tmp_path: Path
) -> None:
    assert run("assign", "--annotators", "alice,bob,carol,dave", "--overlap", "0.2").exit_code == 0
    store = Store.open(team_db)
    before = assignments.assignment_map(store)
    assert not import_paths(store, [corpus(tmp_path / "more", 10, seed=9, prefix="suite")]).errors
    store.close()
    result = run("assign", "--annotators", "alice,bob,carol,dave", "--overlap", "0.2")
    assert result.exit_code == 0, result.output
    store = Store.open(team_db)
    after = assignments.assignment_map(store)
    log = assignments.assignment_log(store)
    store.close()
    assert {a: after[a] for a in before} == before
    assert len(after) == 70
    assert {entry["action"] for entry in log} == {"assign"}


def test_release_keeps_labels(team_db: Path) -> None:
    assert run("assign", "--annotators", "alice,bob,carol", "--per-article", "2").exit_code == 0
    store = Store.open(team_db)
    mine = assignments.assigned_articles(store, "bob")
    first = store.first_sentence(mine[0])
    store.label(first.id, "bob", "asserted")
    store.close()
    result = run("assign", "--release", "bob")
    assert result.exit_code == 0, result.output
    store = Store.open(team_db)
    assert assignments.assigned_articles(store, "bob") == [mine[0]]
    assert store.annotation(first.id, "bob").label == "asserted"
    assert "bob" not in assignments.design(store).annotators
    store.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--annotators", "alice,bob", "--per-article", "3"], "more than the 2 annotator"),
        (["--annotators", "alice,bob", "--overlap", "1.5"], "between 0 and 1"),
        (["--annotators", "alice,bob", "--overlap", "-0.1"], "between 0 and 1"),
        (["--annotators", "alice,alice"], "named twice"),
        (["--release", "zoe"], "has no assignment"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(team_db: Path, args, message) -> None:
    if args[0] == "--release":
        assert run("assign", "--annotators", "alice,bob").exit_code == 0
    before = dump(team_db)
    result = run("assign", *args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert dump(team_db) == before


def test_store_api_assign_and_release(team_db: Path) -> None:
    store = Store.open(team_db)
    plan = assign(store, ["alice", "bob"], 1, 0.0, 0)
    assert len([c for c in plan.changes if c.action == "assign"]) == 60
    plan = release(store, "alice")
    assert all(c.annotator in {"alice", "bob"} for c in plan.changes)
    store.close()


def test_without_assignments_nothing_changes(store: Store) -> None:
    assert not assignments.has_assignments(store)
    assert store.article_count(within=None) == store.article_count()


def test_annotate_refuses_a_name_with_no_assignment(team_db: Path) -> None:
    assert run("assign", "--annotators", "alice,bob").exit_code == 0
    before = dump(team_db)
    result = run("annotate", "--annotator", "zoe")
    assert result.exit_code == 1
    assert "zoe has no article assigned" in result.output and "--all" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert dump(team_db) == before


def test_stats_and_agreement_follow_the_design(team_db: Path) -> None:
    assert run("assign", "--annotators", "alice,bob,carol", "--overlap", "0.1").exit_code == 0
    store = Store.open(team_db)
    sample = sorted(assignments.overlap_articles(store))
    assert len(sample) == 6
    labelled = 0
    for article in sample[:2]:
        for k, sentence in enumerate(store.sentences_of(article)):
            store.label(sentence.id, "alice", "asserted", seconds=3.0)
            store.label(sentence.id, "bob", "asserted" if k % 3 else "attributed", seconds=5.0)
            labelled += 1
    alice_quota = sum(r.sentences for r in assignments.assignment_rows(store, ["alice"]))
    store.close()
    stats = json.loads(run("stats", "--json").stdout)
    members = {m["annotator"]: m for m in stats["team"]["members"]}
    assert members["alice"]["assigned"] == alice_quota
    assert members["alice"]["labelled"] == labelled
    assert members["alice"]["left"] == alice_quota - labelled
    assert members["alice"]["pace_seconds"] == 3.0
    assert members["alice"]["time_left_seconds"] == 3.0 * (alice_quota - labelled)
    assert members["carol"]["labelled"] == 0 and members["carol"]["pace_seconds"] is None
    done = {a["article_id"]: a for a in stats["team"]["articles"]}
    assert done[sample[0]]["done"] == 2 and done[sample[0]]["assigned"] == 3
    text = run("stats").stdout
    assert "Team progress" in text and "time left" in text
    report = json.loads(run("agreement", "-f", "json", "--no-ci").stdout)
    assert report["overlap"]["articles"] == 6 and report["overlap"]["items"] == labelled
    markdown = run("agreement", "-f", "markdown", "--no-ci").stdout
    assert "## Overlap sample" in markdown


def test_the_review_queue_knows_the_overlap_sample(team_db: Path) -> None:
    from annotator.review_queue import load_queue

    assert run("assign", "--annotators", "alice,bob", "--overlap", "0.1").exit_code == 0
    store = Store.open(team_db)
    sample = assignments.overlap_articles(store)
    article = sorted(sample)[0]
    sentence = store.first_sentence(article)
    store.label(sentence.id, "alice", "asserted")
    store.label(sentence.id, "bob", "contested")
    queue = load_queue(store)
    store.close()
    assert queue.overlap_articles == sample
    assert [queue.in_overlap(item) for item in queue.items] == [True]


def test_assignments_without_a_design_says_so(team_db: Path) -> None:
    result = run("assignments")
    assert result.exit_code == 1 and "no assignments" in result.output
    assert run("assign", "--annotators", "alice,bob").exit_code == 0
    nobody = run("assignments", "--annotator", "zoe", "--format", "jsonl")
    assert nobody.exit_code == 0 and nobody.stdout == ""
    assert "nothing is assigned to zoe" in nobody.stderr
