"""The data layer: schema, migrations, labels, undo, queue order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.errors import DatabaseError, UnknownLabel
from annotator.models import Adjudication, Article, Sentence
from annotator.store import Store
from annotator.store.migrations import LATEST


def two_sentence_store(path: Path | None = None) -> Store:
    store = Store.open(path) if path else Store.memory()
    text = "Il pleut. Le Kremlin nie."
    store.add_article(
        Article(id="a1", title="Météo", text=text, source="test"),
        [
            Sentence(
                id="a1:0-9",
                article_id="a1",
                position=0,
                start=0,
                end=9,
                text="Il pleut.",
                paragraph=0,
            ),
            Sentence(
                id="a1:10-25",
                article_id="a1",
                position=1,
                start=10,
                end=25,
                text="Le Kremlin nie.",
                paragraph=0,
            ),
        ],
    )
    return store


def test_new_database_has_tables_views_and_version(db_path: Path) -> None:
    store = Store.open(db_path)
    tables = set(store.db.table_names())
    assert {"articles", "sentences", "annotations", "events", "adjudications", "schemes"} <= tables
    assert {"labels_view", "progress_view", "gold_view"} <= set(store.db.view_names())
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert set(store.db["annotations"].columns_dict) >= {
        "sentence_id",
        "annotator",
        "label",
        "source",
        "cue",
        "note",
        "flagged",
        "suggested",
        "seconds",
        "created_at",
        "updated_at",
    }
    assert store.scheme.name == "claims"


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(DatabaseError, match="newer version of annotator"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not SQLite\n" * 10)
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        Store.open(path)
    assert path.read_text().startswith("hello")


def test_label_is_stored_with_its_event() -> None:
    store = two_sentence_store()
    saved = store.label("a1:0-9", "alice", "asserted", seconds=3.0)
    assert saved.label == "asserted"
    assert store.annotation("a1:0-9", "alice").label == "asserted"
    events = store.events("alice")
    assert [e.action.value for e in events] == ["label"]
    assert events[0].before is None and events[0].after["label"] == "asserted"


def test_unknown_label_is_refused() -> None:
    store = two_sentence_store()
    with pytest.raises(UnknownLabel, match="unknown label 'true'"):
        store.label("a1:0-9", "alice", "true")
    assert store.annotation("a1:0-9", "alice") is None


def test_seconds_add_up_over_visits() -> None:
    store = two_sentence_store()
    store.label("a1:0-9", "alice", "asserted", seconds=2.0)
    store.label("a1:0-9", "alice", "attributed", seconds=1.5)
    assert store.annotation("a1:0-9", "alice").seconds == pytest.approx(3.5)


def test_undo_walks_back_through_every_change_even_after_reopening(db_path: Path) -> None:
    store = two_sentence_store(db_path)
    store.label("a1:0-9", "alice", "asserted")
    store.update("a1:0-9", "alice", note="à revoir")
    store.label("a1:10-25", "alice", "contested")
    store.close()

    store = Store.open(db_path)
    assert store.undo("alice").sentence_id == "a1:10-25"
    assert store.annotation("a1:10-25", "alice") is None
    assert store.undo("alice") is not None
    assert store.annotation("a1:0-9", "alice").note is None
    assert store.annotation("a1:0-9", "alice").label == "asserted"
    assert store.undo("alice") is not None
    assert store.annotation("a1:0-9", "alice") is None
    assert store.undo("alice") is None
    # Nothing is deleted from the log: three changes and three undos.
    assert [e.action.value for e in store.events("alice")] == ["label", "edit", "label"] + [
        "undo"
    ] * 3


def test_undo_is_per_annotator() -> None:
    store = two_sentence_store()
    store.label("a1:0-9", "alice", "asserted")
    store.label("a1:0-9", "bob", "attributed")
    store.undo("alice")
    assert store.annotation("a1:0-9", "alice") is None
    assert store.annotation("a1:0-9", "bob").label == "attributed"


def test_queue_skips_labelled_and_returns_to_skipped_ones_last() -> None:
    store = two_sentence_store()
    assert store.next_unlabelled("alice").id == "a1:0-9"
    store.update("a1:0-9", "alice", skipped=True)
    assert store.next_unlabelled("alice").id == "a1:10-25"
    store.label("a1:10-25", "alice", "contested")
    assert store.next_unlabelled("alice").id == "a1:0-9"  # the skipped one, at the end
    store.label("a1:0-9", "alice", "asserted")
    assert store.next_unlabelled("alice") is None
    assert store.annotation("a1:0-9", "alice").skipped is False


def test_next_unlabelled_wraps_around() -> None:
    store = two_sentence_store()
    store.label("a1:10-25", "alice", "contested")
    assert store.next_unlabelled("alice", after="a1:10-25").id == "a1:0-9"


def test_search_is_case_insensitive_and_wraps() -> None:
    store = two_sentence_store()
    assert store.search("kremlin").id == "a1:10-25"
    assert store.search("PLEUT", after="a1:10-25").id == "a1:0-9"
    assert store.search("100%") is None


def test_adjudication_is_logged() -> None:
    store = two_sentence_store()
    store.adjudicate(Adjudication(sentence_id="a1:10-25", label="contested", reviewer="rita"))
    assert store.adjudication("a1:10-25").label == "contested"
    assert store.events("rita")[0].action.value == "adjudicate"


def test_triples_filters() -> None:
    store = two_sentence_store()
    store.label("a1:0-9", "alice", "asserted")
    store.label("a1:0-9", "bob", "attributed")
    store.update("a1:10-25", "bob", note="no label yet")
    assert sorted(store.triples()) == [
        ("a1:0-9", "alice", "asserted"),
        ("a1:0-9", "bob", "attributed"),
    ]
    assert list(store.triples(annotators=["bob"])) == [("a1:0-9", "bob", "attributed")]


def test_a_schema_1_database_gains_the_suggestion_columns_and_keeps_its_labels(
    db_path: Path,
) -> None:
    import sqlite_utils

    from annotator.store.migrations import MIGRATIONS

    # a database as the first release wrote it, with one label
    db = sqlite_utils.Database(db_path)
    MIGRATIONS[0](db)
    db["articles"].insert({"id": "a1", "title": "Météo", "text": "Il pleut.", "source": "t"})
    db["sentences"].insert(
        {
            "id": "a1:0-9",
            "article_id": "a1",
            "position": 0,
            "start": 0,
            "end": 9,
            "text": "Il pleut.",
            "paragraph": 0,
            "boilerplate": 0,
        }
    )
    db["annotations"].insert(
        {
            "sentence_id": "a1:0-9",
            "annotator": "alice",
            "label": "asserted",
            "flagged": 0,
            "skipped": 0,
            "seconds": 2.5,
            "created_at": "2026-01-01",
            "updated_at": "2026-01-01",
        }
    )
    db.execute("PRAGMA user_version = 1")
    db.conn.commit()
    db.close()

    store = Store.open(db_path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert {"suggested_cue", "suggested_source", "suggested_rule", "suggestion_shown"} <= set(
        store.db["annotations"].columns_dict
    )
    kept = store.annotation("a1:0-9", "alice")
    assert kept is not None and kept.label == "asserted" and kept.seconds == 2.5
    assert kept.suggestion_shown is False and kept.suggested is None
    store.label("a1:0-9", "alice", "asserted", suggested="asserted", suggestion_shown=True)
    again = store.annotation("a1:0-9", "alice")
    assert again is not None and again.suggestion_shown and again.suggested == "asserted"
    assert store.conn.execute("SELECT COUNT(*) FROM labels_view").fetchone()[0] == 1
