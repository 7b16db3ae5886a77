"""Fold another annotator database into this one, and write label states with their events.

`merge_database(store, other)` attaches OTHER read-only and merges it set-wise, in one
`BEGIN IMMEDIATE` transaction (all or nothing per file):

- articles and sentences are matched on their stable ids; an article both databases hold must
  have the same text and the same sentences (ids, positions, spans), else the whole file is
  refused before anything is written; articles only OTHER holds are added with their sentences;
  of an article both hold, the earliest import's title, source and metadata are kept, and a
  sentence either marks as boilerplate stays marked;
- per (sentence, annotator), the state with the latest `updated_at` wins (ties broken on the
  state itself, so the result never depends on the order of merges); `created_at` becomes the
  earlier of the two; a different label on both sides is a conflict, resolved that way and
  reported;
- events are appended when their `uid` is new (the audit trail of both machines is kept);
- adjudications: the latest `created_at` wins.

Merging the same file twice changes nothing, and merging A then B gives the same labels as
B then A.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import MergeError
from annotator.models import Annotation, Event
from annotator.records import STATE_FIELDS, EventAction, state_of
from annotator.store import Store
from annotator.store.migrations import LATEST

ALIAS = "other"
TABLES = ("articles", "sentences", "annotations", "events", "adjudications")
_ANNOTATION_COLUMNS = (
    "sentence_id",
    "annotator",
    *STATE_FIELDS,
    "created_at",
    "updated_at",
)
CONFLICT_DETAILS = 1000
"""Conflicts reported in detail (all are counted)."""


@dataclass(frozen=True)
class Conflict:
    """The same annotator gave a different label to the same sentence in both databases."""

    sentence_id: str
    annotator: str
    ours: str | None
    theirs: str | None
    ours_at: str | None
    theirs_at: str | None
    kept: str
    """`ours` or `theirs`: the one changed last."""

    def describe(self, other_name: str) -> str:
        kept = self.theirs if self.kept == "theirs" else self.ours
        return (
            f"conflict: {self.annotator} on {self.sentence_id}: {self.ours!r} here "
            f"({self.ours_at}) vs {self.theirs!r} in {other_name} ({self.theirs_at}): "
            f"kept {kept!r}, the latest"
        )


@dataclass
class MergeReport:
    """What merging one file did (or would do, in a dry run)."""

    source: str
    articles_added: int = 0
    sentences_added: int = 0
    labels_added: int = 0
    labels_updated: int = 0
    events_added: int = 0
    adjudications_added: int = 0
    adjudications_updated: int = 0
    conflict_count: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(
            (
                self.articles_added,
                self.labels_added,
                self.labels_updated,
                self.events_added,
                self.adjudications_added,
                self.adjudications_updated,
            )
        )

    def summary(self) -> str:
        return (
            f"{self.source}: {self.articles_added} article(s) added "
            f"({self.sentences_added} sentence(s)), {self.labels_added} label(s) added, "
            f"{self.labels_updated} updated, {self.conflict_count} conflict(s) resolved, "
            f"{self.events_added} event(s) added, "
            f"{self.adjudications_added + self.adjudications_updated} adjudication(s) "
            "added or updated"
        )


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


# ---------------------------------------------------------------------------------- states


def put_annotation(store: Store, annotation: Annotation) -> Event | None:
    """Write `annotation` as given (timestamps included) and log its event, in one transaction.

    Returns None, and writes nothing, when the stored state is already the same: writing the
    same labels again leaves no trace. The caller checks the label against the scheme.
    """
    with store.transaction():
        before = store.annotation(annotation.sentence_id, annotation.annotator)
        after = state_of(annotation)
        if before is not None and state_of(before) == after:
            return None
        store.write_state(annotation)
        changed_label = before is None or before.label != annotation.label
        return store.log_event(
            annotation.sentence_id,
            annotation.annotator,
            EventAction.LABEL if changed_label else EventAction.EDIT,
            state_of(before),
            after,
        )


# ------------------------------------------------------------------------------ attaching


def _check_file(path: Path, store: Store) -> None:
    if not path.exists():
        raise MergeError(f"{path}: no such file")
    if path.is_dir():
        raise MergeError(f"{path}: is a folder, not a database file")
    if not path.is_file():
        raise MergeError(f"{path}: not a regular file, not a database")
    if store.path is not None and store.path.exists() and path.samefile(store.path):
        raise MergeError(f"{path}: is the database being merged into")
    # The header is checked by SQLite when attached, never read with Python's I/O: closing a
    # descriptor of a file drops this process's SQLite locks on it (see `Store.open`).


def _attach(store: Store, path: Path) -> None:
    conn = store.conn
    if conn.in_transaction:
        raise MergeError("cannot merge inside an open transaction")
    try:  # read-only, so a merge can never write to OTHER
        conn.execute(f"ATTACH DATABASE ? AS {ALIAS}", [path.resolve().as_uri() + "?mode=ro"])
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise MergeError(f"{path}: not an SQLite database") from None
        raise MergeError(f"{path}: cannot open: {error}") from None


def _detach(store: Store) -> None:
    with contextlib.suppress(sqlite3.Error):
        store.conn.execute(f"DETACH DATABASE {ALIAS}")


def _check_other(store: Store, path: Path) -> None:
    """Refuse a file that is not an annotator database of our version or uses other labels."""
    db = store.db
    try:
        tables = {
            row[0]
            for row in db.execute(f"SELECT name FROM {ALIAS}.sqlite_master WHERE type = 'table'")
        }
        version = int(db.execute(f"PRAGMA {ALIAS}.user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise MergeError(f"{path}: not an SQLite database") from None
        raise MergeError(f"{path}: cannot read: {error}") from None
    if not set(TABLES) <= tables:
        raise MergeError(f"{path}: not an annotator database")
    if version != LATEST:
        newer = "newer" if version > LATEST else "older"
        raise MergeError(
            f"{path}: written by a {newer} version of annotator (schema {version}, this one "
            f"has {LATEST}); open it with this version first (`annotator stats --db {path}`)"
        )
    unknown = sorted(
        row[0]
        for row in db.execute(
            f"SELECT label FROM {ALIAS}.annotations WHERE label IS NOT NULL "
            f"UNION SELECT label FROM {ALIAS}.adjudications"
        )
        if store.scheme.label(row[0]) is None
    )
    if unknown:
        raise MergeError(
            f"{path}: uses label(s) {', '.join(map(repr, unknown))} that the scheme "
            f"{store.scheme.name!r} of this database does not define"
        )


_SAME_SENTENCE = (
    "{b}.id = {a}.id AND {b}.article_id = {a}.article_id AND {b}.position = {a}.position "
    'AND {b}.start = {a}.start AND {b}."end" = {a}."end" AND {b}.text = {a}.text'
)


def _check_sentences(store: Store, path: Path) -> None:
    """Refuse OTHER when an article both databases hold differs in its text or sentences."""
    sql = f"""
        SELECT a.article_id, COUNT(*) OVER () FROM (
            SELECT o.article_id FROM {ALIAS}.sentences o
            WHERE o.article_id IN (SELECT id FROM main.articles)
              AND NOT EXISTS (SELECT 1 FROM main.sentences m
                              WHERE {_SAME_SENTENCE.format(a="o", b="m")})
            UNION
            SELECT m.article_id FROM main.sentences m
            WHERE m.article_id IN (SELECT id FROM {ALIAS}.articles)
              AND NOT EXISTS (SELECT 1 FROM {ALIAS}.sentences o
                              WHERE {_SAME_SENTENCE.format(a="m", b="o")})
            UNION
            SELECT m.id FROM main.articles m JOIN {ALIAS}.articles o ON o.id = m.id
            WHERE m.text IS NOT o.text
        ) a LIMIT 1
    """
    row = store.conn.execute(sql).fetchone()
    if row is None:
        return
    article_id, count = row
    title = store.conn.execute("SELECT title FROM main.articles WHERE id = ?", [article_id])
    name = (title.fetchone() or [article_id])[0]
    more = f" and {count - 1} other article(s)" if count > 1 else ""
    raise MergeError(
        f"{path}: article {article_id} ({name!r}){more} has other sentences than here "
        "(imported with another segmenter or text?); nothing merged"
    )


# -------------------------------------------------------------------------------- merging

_STATE_KEY = "json_array(" + ", ".join(f"{{t}}.{column}" for column in STATE_FIELDS) + ")"
"""The whole state as one comparable value: breaks timestamp ties the same way every time."""
_THEIRS_WIN = (
    f"(COALESCE(o.updated_at, ''), {_STATE_KEY.format(t='o')}) > "
    f"(COALESCE(m.updated_at, ''), {_STATE_KEY.format(t='m')})"
)
_STATES_DIFFER = " OR ".join(f'o."{column}" IS NOT m."{column}"' for column in STATE_FIELDS)
_PAIR = "m.sentence_id = o.sentence_id AND m.annotator = o.annotator"


def _add_articles(store: Store, report: MergeReport) -> None:
    conn = store.conn
    report.articles_added = conn.execute(
        "INSERT INTO main.articles (id, title, text, source, meta, imported_at) "
        f"SELECT id, title, text, source, meta, imported_at FROM {ALIAS}.articles o "
        "WHERE NOT EXISTS (SELECT 1 FROM main.articles m WHERE m.id = o.id) ORDER BY o.rowid"
    ).rowcount
    # An article both hold: keep the first import's title, source and metadata, so the
    # result does not depend on which database was merged first.
    conn.execute(
        "UPDATE main.articles AS m SET title = o.title, source = o.source, meta = o.meta, "
        f"imported_at = o.imported_at FROM {ALIAS}.articles o WHERE o.id = m.id "
        "AND (o.imported_at, o.source, o.title) < (m.imported_at, m.source, m.title)"
    )
    columns = 'id, article_id, position, start, "end", text, paragraph, boilerplate'
    conn.execute(
        f"UPDATE main.sentences AS m SET boilerplate = 1 FROM {ALIAS}.sentences o "
        "WHERE o.id = m.id AND o.boilerplate AND NOT m.boilerplate"
    )
    report.sentences_added = conn.execute(
        f"INSERT INTO main.sentences ({columns}) SELECT {columns} FROM {ALIAS}.sentences o "
        "WHERE NOT EXISTS (SELECT 1 FROM main.sentences m WHERE m.id = o.id) "
        "AND EXISTS (SELECT 1 FROM main.articles a WHERE a.id = o.article_id) "
        "ORDER BY o.article_id, o.position"
    ).rowcount
    # The web page an article was extracted from, where only OTHER kept it.
    conn.execute(
        "INSERT INTO main.pages (article_id, html, url, fetched_at) "
        f"SELECT article_id, html, url, fetched_at FROM {ALIAS}.pages o "
        "WHERE NOT EXISTS (SELECT 1 FROM main.pages m WHERE m.article_id = o.article_id) "
        "AND EXISTS (SELECT 1 FROM main.articles a WHERE a.id = o.article_id)"
    )


def _find_conflicts(store: Store, report: MergeReport) -> None:
    """Pairs labelled differently on both sides. One already settled by an earlier merge of
    the same file (ours kept, and OTHER has no event we lack for it) is not reported again."""
    conn = store.conn
    conn.execute("DROP TABLE IF EXISTS temp.merge_news")
    conn.execute(
        "CREATE TEMP TABLE merge_news (sentence_id TEXT, annotator TEXT, "
        "PRIMARY KEY (sentence_id, annotator)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT OR IGNORE INTO temp.merge_news SELECT sentence_id, annotator "
        f"FROM {ALIAS}.events o WHERE NOT EXISTS (SELECT 1 FROM main.events e WHERE e.uid = o.uid)"
    )
    cursor = conn.execute(
        "SELECT o.sentence_id, o.annotator, m.label, o.label, m.updated_at, o.updated_at, "
        f"{_THEIRS_WIN} AS theirs_win FROM {ALIAS}.annotations o "
        f"JOIN main.annotations m ON {_PAIR} "
        "WHERE o.label IS NOT m.label AND (theirs_win OR EXISTS (SELECT 1 FROM temp.merge_news n "
        "WHERE n.sentence_id = o.sentence_id AND n.annotator = o.annotator)) "
        "ORDER BY o.sentence_id, o.annotator"
    )
    for row in cursor:
        report.conflict_count += 1
        if len(report.conflicts) < CONFLICT_DETAILS:
            sentence_id, annotator, ours, theirs, ours_at, theirs_at, theirs_win = row
            report.conflicts.append(
                Conflict(
                    sentence_id=sentence_id,
                    annotator=annotator,
                    ours=ours,
                    theirs=theirs,
                    ours_at=ours_at,
                    theirs_at=theirs_at,
                    kept="theirs" if theirs_win else "ours",
                )
            )
    conn.execute("DROP TABLE temp.merge_news")


def _merge_annotations(store: Store, report: MergeReport) -> None:
    conn = store.conn
    columns = ", ".join(f'"{column}"' for column in _ANNOTATION_COLUMNS)
    picked = ", ".join(
        "MIN(o.created_at, m.created_at)" if column == "created_at" else f'o."{column}"'
        for column in _ANNOTATION_COLUMNS
    )
    report.labels_updated = conn.execute(
        f"INSERT OR REPLACE INTO main.annotations ({columns}) SELECT {picked} "
        f"FROM {ALIAS}.annotations o JOIN main.annotations m ON {_PAIR} "
        f"WHERE ({_STATES_DIFFER}) AND {_THEIRS_WIN}"
    ).rowcount
    # The same state on both sides, or ours kept: only widen the time span.
    conn.execute(
        f"UPDATE main.annotations AS m SET created_at = o.created_at FROM {ALIAS}.annotations o "
        f"WHERE {_PAIR} AND o.created_at < m.created_at"
    )
    conn.execute(
        f"UPDATE main.annotations AS m SET updated_at = o.updated_at FROM {ALIAS}.annotations o "
        f"WHERE {_PAIR} AND NOT ({_STATES_DIFFER}) AND o.updated_at > m.updated_at"
    )
    report.labels_added = conn.execute(
        f"INSERT INTO main.annotations ({columns}) SELECT {columns} "
        f"FROM {ALIAS}.annotations o WHERE NOT EXISTS "
        f"(SELECT 1 FROM main.annotations m WHERE {_PAIR}) "
        "AND EXISTS (SELECT 1 FROM main.sentences s WHERE s.id = o.sentence_id) "
        "ORDER BY o.sentence_id, o.annotator"
    ).rowcount


def _merge_events(store: Store, report: MergeReport) -> None:
    columns = "uid, sentence_id, annotator, action, before, after, target, created_at"
    report.events_added = store.conn.execute(
        f"INSERT INTO main.events ({columns}) SELECT {columns} FROM {ALIAS}.events o "
        "WHERE NOT EXISTS (SELECT 1 FROM main.events e WHERE e.uid = o.uid) "
        "ORDER BY o.created_at, o.uid"
    ).rowcount


def _merge_adjudications(store: Store, report: MergeReport) -> None:
    conn = store.conn
    key = "json_array({t}.label, {t}.reviewer, {t}.reason, {t}.note)"
    newer = (
        f"(COALESCE(o.created_at, ''), {key.format(t='o')}) > "
        f"(COALESCE(m.created_at, ''), {key.format(t='m')})"
    )
    columns = "sentence_id, label, reviewer, reason, note, created_at"
    picked = ", ".join(f"o.{column.strip()}" for column in columns.split(","))
    report.adjudications_updated = conn.execute(
        f"INSERT OR REPLACE INTO main.adjudications ({columns}) SELECT {picked} "
        f"FROM {ALIAS}.adjudications o JOIN main.adjudications m "
        f"ON m.sentence_id = o.sentence_id WHERE {newer}"
    ).rowcount
    report.adjudications_added = conn.execute(
        f"INSERT INTO main.adjudications ({columns}) SELECT {columns} "
        f"FROM {ALIAS}.adjudications o WHERE NOT EXISTS "
        "(SELECT 1 FROM main.adjudications m WHERE m.sentence_id = o.sentence_id) "
        "AND EXISTS (SELECT 1 FROM main.sentences s WHERE s.id = o.sentence_id)"
    ).rowcount


def merge_database(store: Store, path: str | Path, *, dry_run: bool = False) -> MergeReport:
    """Merge the database at `path` into `store`: one transaction, nothing written on refusal.

    With `dry_run`, everything runs and is reported, then rolled back.
    """
    path = Path(path)
    _check_file(path, store)
    report = MergeReport(source=str(path))
    _attach(store, path)
    try:
        with store.transaction():
            _check_other(store, path)
            _check_sentences(store, path)
            _add_articles(store, report)
            _find_conflicts(store, report)
            _merge_annotations(store, report)
            _merge_events(store, report)
            _merge_adjudications(store, report)
            if dry_run:
                raise _DryRun
            if report.sentences_added:
                from annotator.store.repeat_rows import index_missing

                index_missing(store)  # the sentences it brought, grouped with ours
    except _DryRun:
        pass
    except sqlite3.DatabaseError as error:
        raise MergeError(f"{path}: {error}") from None
    finally:
        _detach(store)
    return report
