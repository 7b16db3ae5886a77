"""`annotator merge`: every label kept, conflicts resolved by time, idempotent, order-free."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator import ids
from annotator.cli import cli
from annotator.errors import MergeError
from annotator.models import Adjudication, Article, Sentence
from annotator.store import Store
from annotator.store.merge import merge_database
from tests.conftest import dump
from tests.test_export import fresh_store, label_samples


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Everything that matters in a database, without row ids or event order."""
    conn = sqlite3.connect(path)
    try:
        return {
            "articles": conn.execute("SELECT * FROM articles ORDER BY id").fetchall(),
            "sentences": conn.execute("SELECT * FROM sentences ORDER BY id").fetchall(),
            "annotations": conn.execute(
                "SELECT * FROM annotations ORDER BY sentence_id, annotator"
            ).fetchall(),
            "events": conn.execute(
                "SELECT uid, sentence_id, annotator, action, before, after, target, created_at "
                "FROM events ORDER BY uid"
            ).fetchall(),
            "adjudications": conn.execute(
                "SELECT * FROM adjudications ORDER BY sentence_id"
            ).fetchall(),
        }
    finally:
        conn.close()


def labels(path: Path) -> set[tuple[str, str, str]]:
    store = Store.open(path)
    try:
        return set(store.triples())
    finally:
        store.close()


EXTRA_TEXT = "Le Kremlin a démenti. Séoul a confirmé l'information."


def add_extra_article(store: Store) -> str:
    """An article only this database holds."""
    article_id = ids.article_id(EXTRA_TEXT)
    spans = [(0, 21), (22, len(EXTRA_TEXT))]
    store.add_article(
        Article(id=article_id, title="Extra", text=EXTRA_TEXT, source="extra.txt"),
        [
            Sentence(
                id=ids.sentence_id(article_id, start, end),
                article_id=article_id,
                position=position,
                start=start,
                end=end,
                text=EXTRA_TEXT[start:end],
                paragraph=0,
            )
            for position, (start, end) in enumerate(spans)
        ],
    )
    return article_id


@pytest.fixture
def laptops(tmp_path: Path) -> dict[str, Any]:
    """alice labels on one laptop, bob on another; alice also worked on bob's laptop.

    Conflicts: sentence 0 is relabelled by alice on bob's laptop later (theirs is newer);
    sentence 1 is relabelled on bob's laptop, then again on alice's (ours is newer).
    """
    a_path, b_path = tmp_path / "alice.db", tmp_path / "bob.db"
    a, b = fresh_store(a_path), fresh_store(b_path)
    label_samples(a, only=("alice",))
    label_samples(b, only=("bob",))
    first, second = list(a.iter_sentences())[:2]
    extra = add_extra_article(b)
    b.label(ids.sentence_id(extra, 0, 21), "bob", "contested")
    b.label(first.id, "alice", "not_a_claim")
    b.label(second.id, "alice", "not_a_claim")
    a.label(second.id, "alice", "asserted")
    b.adjudicate(Adjudication(sentence_id=first.id, label="asserted", reviewer="lead"))
    a.adjudicate(Adjudication(sentence_id=first.id, label="contested", reviewer="lead"))
    a.close()
    b.close()
    return {"a": a_path, "b": b_path, "first": first.id, "second": second.id, "extra": extra}


def test_merging_keeps_every_label_and_resolves_conflicts_by_time(
    laptops: dict[str, Any],
) -> None:
    a, b = laptops["a"], laptops["b"]
    before_a, before_b = labels(a), labels(b)
    events_a, events_b = content(a)["events"], content(b)["events"]
    store = Store.open(a)
    report = merge_database(store, b)
    store.close()

    assert report.articles_added == 1 and report.sentences_added == 2
    assert report.conflict_count == 2
    kept = {c.sentence_id: (c.ours, c.theirs, c.kept) for c in report.conflicts}
    assert kept == {
        laptops["first"]: (kept[laptops["first"]][0], "not_a_claim", "theirs"),
        laptops["second"]: ("asserted", "not_a_claim", "ours"),
    }
    merged = labels(a)
    pairs = {(s, who) for s, who, _ in merged}
    assert pairs == {(s, who) for s, who, _ in before_a | before_b}  # every label kept
    assert (laptops["first"], "alice", "not_a_claim") in merged
    assert (laptops["second"], "alice", "asserted") in merged
    assert {(s, w, lbl) for s, w, lbl in before_b if w == "bob"} <= merged
    uids = [row[0] for row in content(a)["events"]]
    assert sorted(uids) == sorted({row[0] for row in events_a + events_b})  # no duplicates
    merged_store = Store.open(a)
    adjudication = merged_store.adjudication(laptops["first"])
    assert adjudication is not None and adjudication.label == "contested"  # the later one
    merged_store.close()


def test_merging_twice_changes_nothing(laptops: dict[str, Any]) -> None:
    store = Store.open(laptops["a"])
    merge_database(store, laptops["b"])
    before = dump(laptops["a"])
    again = merge_database(store, laptops["b"])
    store.close()
    assert not again.changed and again.conflict_count == 0
    assert dump(laptops["a"]) == before


def test_merge_order_does_not_matter(laptops: dict[str, Any], tmp_path: Path) -> None:
    results = []
    for name, order in (("ab", ("a", "b")), ("ba", ("b", "a"))):
        path = tmp_path / f"{name}.db"
        store = Store.open(path)  # empty: every article comes from the merges
        for key in order:
            merge_database(store, laptops[key])
        store.close()
        results.append(content(path))
    assert results[0] == results[1]
    assert results[0]["annotations"] and results[0]["events"]


def test_a_database_whose_sentences_differ_is_refused(
    laptops: dict[str, Any], tmp_path: Path
) -> None:
    """The same article cut into other sentences (another segmenter): nothing is merged."""
    a = Store.open(laptops["a"])
    article_id = a.article_list()[0][0]
    article = a.article(article_id)
    assert article is not None
    a.close()
    other_path = tmp_path / "other.db"
    other = Store.open(other_path)
    add_extra_article(other)  # something that could be merged
    half = len(article.text) // 2
    other.add_article(
        article,
        [
            Sentence(
                id=ids.sentence_id(article_id, start, end),
                article_id=article_id,
                position=position,
                start=start,
                end=end,
                text=article.text[start:end],
                paragraph=0,
            )
            for position, (start, end) in enumerate([(0, half), (half, len(article.text))])
        ],
    )
    other.close()
    before = dump(laptops["a"])
    result = invoke("merge", "--db", str(laptops["a"]), str(other_path))
    assert result.exit_code == 1
    error = result.stderr.strip()
    assert len(error.splitlines()) == 1
    assert f"{other_path}: article {article_id}" in error and "nothing merged" in error
    assert dump(laptops["a"]) == before


def test_merge_command_reports_a_summary_and_each_conflict(laptops: dict[str, Any]) -> None:
    result = invoke("merge", "--db", str(laptops["a"]), "--dry-run", str(laptops["b"]))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("(dry run) ")
    assert content(laptops["a"])["articles"] != content(laptops["b"])["articles"]  # untouched

    result = invoke("merge", "--db", str(laptops["a"]), str(laptops["b"]))
    assert result.exit_code == 0, result.output
    summary, *conflicts = result.stdout.strip().splitlines()
    assert summary.startswith(f"{laptops['b']}: 1 article(s) added (2 sentence(s))")
    assert "2 conflict(s) resolved" in summary
    assert len(conflicts) == 2 and all(c.startswith("  conflict: alice on ") for c in conflicts)
    assert any("kept 'not_a_claim', the latest" in c for c in conflicts)


@pytest.mark.parametrize("case", ["self", "missing", "not-sqlite", "unknown-label"])
def test_refusals_are_one_line(laptops: dict[str, Any], tmp_path: Path, case: str) -> None:
    target = laptops["a"]
    if case == "self":
        other, message = target, "is the database being merged into"
    elif case == "missing":
        other, message = tmp_path / "nope.db", "no such file"
    elif case == "not-sqlite":
        other = tmp_path / "notes.db"
        other.write_text("hello", encoding="utf-8")
        message = "not an SQLite database"
    else:
        other = laptops["b"]
        conn = sqlite3.connect(other)
        conn.execute("UPDATE annotations SET label = 'rumour' WHERE annotator = 'bob'")
        conn.commit()
        conn.close()
        message = "uses label(s) 'rumour'"
    before = dump(target)
    result = invoke("merge", "--db", str(target), str(other))
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert dump(target) == before
    with pytest.raises(MergeError):
        merge_database(Store.open(target), other)


def test_two_separately_labelled_databases_export_every_label(
    laptops: dict[str, Any],
) -> None:
    """Done-when: alice's and bob's laptops merge into one database with every label."""
    store = Store.open(laptops["a"])
    merge_database(store, laptops["b"])
    from annotator.export import iter_records

    annotators = {a.annotator for r in iter_records(store) for a in r.labelled}
    assert annotators == {"alice", "bob"}
    assert sum(len(r.labelled) for r in iter_records(store)) == len(set(store.triples()))
    store.close()


def test_undo_after_a_merge_undoes_the_last_action_in_time(tmp_path: Path) -> None:
    """Alice labelled a sentence on her laptop (earlier) and again on the server (later);
    after merging the laptop in, undo reverts the server's label to the laptop's, not the
    laptop's older event (which would delete her label)."""
    from annotator.ingest import import_paths
    from tests.conftest import SAMPLE_DATA

    laptop_path, server_path = tmp_path / "laptop.db", tmp_path / "server.db"
    laptop, server = Store.open(laptop_path), Store.open(server_path)
    for store in (laptop, server):
        import_paths(store, [SAMPLE_DATA])
    sentence = server.first_sentence()
    assert sentence is not None
    other = server.neighbour(sentence.id, 1)
    assert other is not None
    laptop.label(sentence.id, "alice", "attributed")  # first, in time
    laptop.close()
    server.label(other.id, "alice", "asserted")
    server.label(sentence.id, "alice", "not_a_claim")  # her last action
    merge_database(server, laptop_path)
    assert server.annotation(sentence.id, "alice").label == "not_a_claim"  # type: ignore[union-attr]
    undone = server.undo("alice")
    assert undone is not None and undone.sentence_id == sentence.id
    # the state before her last action, in the merged history: the laptop's label
    assert server.annotation(sentence.id, "alice").label == "attributed"  # type: ignore[union-attr]
    assert server.annotation(other.id, "alice").label == "asserted"  # type: ignore[union-attr]
    server.undo("alice")  # then the one before: the server's other label
    assert server.annotation(other.id, "alice") is None
    assert server.annotation(sentence.id, "alice").label == "attributed"  # type: ignore[union-attr]
    server.close()
