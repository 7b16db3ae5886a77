"""Ordered schema migrations, tracked in `PRAGMA user_version`.

Each migration runs in its own transaction together with the version bump, so a crash leaves the
database at one version or the next, never between. A database whose version is newer than the
last migration here was written by a newer annotator and is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.errors import DatabaseError
from annotator.store._lean import wrap
from annotator.store.views import create_views

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]


def _initial(db: sqlite_utils.Database) -> None:
    """Schema 1. Its views are created by the last migration: they name later columns."""
    db.table("project").create({"key": str, "value": str}, pk="key")
    db.table("schemes").create({"name": str, "definition": str, "created_at": str}, pk="name")
    db.table("articles").create(
        {
            "id": str,
            "title": str,
            "text": str,
            "source": str,
            "meta": str,
            "imported_at": str,
        },
        pk="id",
    )
    db.table("sentences").create(
        {
            "id": str,
            "article_id": str,
            "position": int,
            "start": int,
            "end": int,
            "text": str,
            "paragraph": int,
            "boilerplate": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("sentences").create_index(["article_id", "position"], unique=True)
    db.table("annotations").create(
        {
            "sentence_id": str,
            "annotator": str,
            "label": str,
            "source": str,
            "cue": str,
            "note": str,
            "flagged": int,
            "skipped": int,
            "suggested": str,
            "seconds": float,
            "created_at": str,
            "updated_at": str,
        },
        pk=("sentence_id", "annotator"),
        foreign_keys=[("sentence_id", "sentences", "id")],
        not_null={"flagged", "skipped", "seconds"},
        defaults={"flagged": 0, "skipped": 0, "seconds": 0.0},
    )
    db.table("annotations").create_index(["annotator", "label"])
    db.table("events").create(
        {
            "seq": int,
            "uid": str,
            "sentence_id": str,
            "annotator": str,
            "action": str,
            "before": str,
            "after": str,
            "target": str,
            "created_at": str,
        },
        pk="seq",
        not_null={"uid", "sentence_id", "annotator", "action", "created_at"},
    )
    db.table("events").create_index(["uid"], unique=True)
    db.table("events").create_index(["annotator", "seq"])
    db.table("events").create_index(["target"])
    db.table("adjudications").create(
        {
            "sentence_id": str,
            "label": str,
            "reviewer": str,
            "reason": str,
            "note": str,
            "created_at": str,
        },
        pk="sentence_id",
        foreign_keys=[("sentence_id", "sentences", "id")],
    )


def _suggestions(db: sqlite_utils.Database) -> None:
    """What the suggester proposed beside the label (`suggested`), and whether it was shown."""
    annotations = db.table("annotations")
    annotations.add_column("suggested_cue", str)
    annotations.add_column("suggested_source", str)
    annotations.add_column("suggested_rule", str)
    db.execute("ALTER TABLE annotations ADD COLUMN suggestion_shown INTEGER NOT NULL DEFAULT 0")
    create_views(db)


def _assignments(db: sqlite_utils.Database) -> None:
    """Who reads which article (`annotator assign`), and the log of every change to it."""
    db.table("assignments").create(
        {"article_id": str, "annotator": str, "overlap": int, "assigned_at": str},
        pk=("article_id", "annotator"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"overlap", "assigned_at"},
    )
    db.table("assignments").create_index(["annotator", "article_id"])
    db.table("assignment_log").create(
        {
            "seq": int,
            "action": str,
            "article_id": str,
            "annotator": str,
            "overlap": int,
            "design": str,
            "created_at": str,
        },
        pk="seq",
        not_null={"action", "article_id", "annotator", "overlap", "created_at"},
    )


def _models(db: sqlite_utils.Database) -> None:
    """Models learned from the labels (`annotator train`): versioned, with their description."""
    db.execute(
        "CREATE TABLE models (version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
        "scheme TEXT NOT NULL, info TEXT NOT NULL, data BLOB NOT NULL)"
    )


def _pages(db: sqlite_utils.Database) -> None:
    """The web page an article was extracted from (`annotator import page.html` or a URL),
    kept whole: the extraction leaves out menus and comments, the database loses nothing."""
    db.execute(
        "CREATE TABLE pages (article_id TEXT PRIMARY KEY REFERENCES articles(id), "
        "html TEXT NOT NULL, url TEXT, fetched_at TEXT NOT NULL)"
    )


def _repeats(db: sqlite_utils.Database) -> None:
    """Repeat groups (`annotator repeats`): each sentence's exact key, the LSH band hashes of
    the longer ones, and the group of every sentence that has a repeat."""
    db.execute("CREATE TABLE repeat_keys (sentence_id TEXT PRIMARY KEY, exact TEXT NOT NULL)")
    db.execute("CREATE INDEX repeat_keys_exact ON repeat_keys (exact)")
    db.execute(
        "CREATE TABLE repeat_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, "
        "sentence_id TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX repeat_bands_hash ON repeat_bands (band, hash)")
    db.execute("CREATE INDEX repeat_bands_sentence ON repeat_bands (sentence_id)")
    db.execute("CREATE TABLE repeat_groups (sentence_id TEXT PRIMARY KEY, group_id TEXT NOT NULL)")
    db.execute("CREATE INDEX repeat_groups_group ON repeat_groups (group_id)")


def _repeat_representatives(db: sqlite_utils.Database) -> None:
    """One representative sentence per exact key: a copy of a known text finds its group in
    one lookup, however many copies there are (a MIN over the key's rows grew with them)."""
    db.execute(
        "CREATE TABLE repeat_representatives (exact TEXT PRIMARY KEY, sentence_id TEXT NOT NULL)"
        " WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO repeat_representatives (exact, sentence_id) "
        "SELECT exact, MIN(sentence_id) FROM repeat_keys GROUP BY exact"
    )


def _band_keys(db: sqlite_utils.Database) -> None:
    """LSH bands as one integer key each (band in the top bits) in a WITHOUT ROWID table: one
    B-tree to write and probe instead of a table and two indexes. Its rows are computed again
    from the sentences (the banding changed), so the groups stay as they are."""
    from annotator.store import repeat_rows  # the band computation lives there

    db.execute("DROP TABLE repeat_bands")
    db.execute(
        "CREATE TABLE repeat_bands (key INTEGER NOT NULL, sentence_id TEXT NOT NULL, "
        "PRIMARY KEY (key, sentence_id)) WITHOUT ROWID"
    )
    repeat_rows.band_representatives(db)
    # The keys and groups as one B-tree each (no rowid table beside the primary key); the
    # index of exact keys is no longer read (one representative per key answers).
    for table, columns, key in (
        ("repeat_keys", "sentence_id TEXT NOT NULL, exact TEXT NOT NULL", "sentence_id"),
        ("repeat_groups", "sentence_id TEXT NOT NULL, group_id TEXT NOT NULL", "sentence_id"),
    ):
        db.execute(f"CREATE TABLE {table}_new ({columns}, PRIMARY KEY ({key})) WITHOUT ROWID")
        db.execute(f"INSERT INTO {table}_new SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    db.execute("CREATE INDEX repeat_groups_group ON repeat_groups (group_id)")


def _repeat_sketches(db: sqlite_utils.Database) -> None:
    """Each representative's word-bigram hashes (its sketch, about 80 bytes): an import checks
    a near-repeat candidate on it instead of reading the candidate's text and normalising it
    again (a third of the time grouping added to an import into a large project)."""
    from annotator.store import repeat_rows

    db.execute(
        "CREATE TABLE repeat_sketches (sentence_id TEXT PRIMARY KEY, sketch BLOB NOT NULL)"
        " WITHOUT ROWID"
    )
    repeat_rows.sketch_representatives(db)


MIGRATIONS: list[Migration] = [
    _initial,
    _suggestions,
    _assignments,
    _models,
    _pages,
    _repeats,
    _repeat_representatives,
    _band_keys,
    _repeat_sketches,
]
"""Migration i takes a database from version i to version i + 1. Only ever append."""

LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection) -> int:
    """The database's version, or a clear refusal when a newer annotator wrote it."""
    current = version(conn)
    if current > LATEST:
        raise DatabaseError(
            f"{conn.execute('PRAGMA database_list').fetchone()[2] or 'database'}: "
            f"written by a newer version of annotator (schema {current}, this one knows "
            f"{LATEST}); upgrade annotator to open it"
        )
    return current


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database to the latest schema, one transaction per step."""
    current = check_version(conn)
    if current == LATEST:
        return  # the usual case: no sqlite-utils to load
    db = wrap(conn)
    for number in range(current, LATEST):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if version(conn) > number:
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[number](db)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
