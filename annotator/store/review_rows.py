"""The review's reads and its undo: the SQL behind `annotator review`, as functions of a Store.

Candidates are the sentences a reviewer may have to settle: two or more distinct labels, or a
flag. `annotator.review_queue` filters them (minimum annotators, label pair, already settled); the
unanimous ones are only counted here, never written: the export already calls them `unanimous`.

Undo walks the event log: the reviewer's newest `adjudicate` event that no `undo` event targets
is reverted (its `before` restored, or the adjudication deleted), and the undo is logged too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from annotator.models import Adjudication, Event
from annotator.records import EventAction
from annotator.store import EVENT_COLUMNS, Store, event_from_row

__all__ = [
    "ReviewCandidate",
    "adjudications_by_reason",
    "candidate",
    "candidates",
    "final_labels",
    "final_labels_in_article",
    "last_undoable_adjudication",
    "unanimous_count",
    "undo_adjudication",
]


@dataclass(frozen=True, slots=True)
class ReviewCandidate:
    """A sentence with disagreeing labels or a flag, as the review queue needs it."""

    sentence_id: str
    article_id: str
    order: int
    """Import order (the sentence's rowid): the queue is sorted by it."""
    labels: tuple[str, ...]
    """The annotators' labels, sorted (unlabelled rows left out)."""
    flagged: bool
    """Some annotator flagged the sentence for review."""
    adjudicated: str | None
    """The current final label, if a reviewer chose one."""


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


_CANDIDATES = (
    "SELECT s.id, s.article_id, s.rowid, group_concat(a.label, ' '), MAX(a.flagged), d.label "
    "FROM annotations a JOIN sentences s ON s.id = a.sentence_id "
    "LEFT JOIN adjudications d ON d.sentence_id = a.sentence_id "
    "{where} GROUP BY a.sentence_id {having} ORDER BY s.rowid"
)


def _candidate(row: tuple[Any, ...]) -> ReviewCandidate:
    return ReviewCandidate(
        sentence_id=row[0],
        article_id=row[1],
        order=int(row[2]),
        labels=tuple(sorted(row[3].split())) if row[3] else (),
        flagged=bool(row[4]),
        adjudicated=row[5],
    )


def candidates(store: Store, article_ids: Iterable[str] | None = None) -> Iterator[ReviewCandidate]:
    """Sentences with two or more distinct labels, or flagged, in import order."""
    where, params = "", []
    if article_ids is not None:
        ids = list(article_ids)
        where, params = "WHERE " + _in("s.article_id", ids), ids
    having = "HAVING COUNT(DISTINCT a.label) >= 2 OR MAX(a.flagged) = 1"
    for row in store.conn.execute(_CANDIDATES.format(where=where, having=having), params):
        yield _candidate(row)


def candidate(store: Store, sentence_id: str) -> ReviewCandidate | None:
    """One sentence as a candidate (whatever its labels), or None when nobody touched it."""
    sql = _CANDIDATES.format(where="WHERE a.sentence_id = ?", having="")
    row = store.conn.execute(sql, [sentence_id]).fetchone()
    return _candidate(row) if row else None


def unanimous_count(
    store: Store, *, min_labels: int = 2, article_ids: Iterable[str] | None = None
) -> int:
    """Sentences with `min_labels` or more labels, all the same, unflagged, not adjudicated:
    the ones the review accepts without showing them."""
    join, params = "", []
    if article_ids is not None:
        ids = list(article_ids)
        join = "JOIN sentences s ON s.id = a.sentence_id WHERE " + _in("s.article_id", ids)
        params = ids
    sql = (
        f"SELECT COUNT(*) FROM (SELECT a.sentence_id FROM annotations a {join} "
        "GROUP BY a.sentence_id "
        "HAVING COUNT(a.label) >= ? AND COUNT(DISTINCT a.label) = 1 AND MAX(a.flagged) = 0 "
        "AND NOT EXISTS (SELECT 1 FROM adjudications d WHERE d.sentence_id = a.sentence_id))"
    )
    return int(store.conn.execute(sql, [*params, max(min_labels, 1)]).fetchone()[0])


def final_labels(store: Store, article_ids: Iterable[str] | None = None) -> dict[str, str]:
    """{sentence id: adjudicated label} (the agreement report's final labels)."""
    if article_ids is None:
        return dict(store.conn.execute("SELECT sentence_id, label FROM adjudications").fetchall())
    ids = list(article_ids)
    return dict(
        store.conn.execute(
            "SELECT d.sentence_id, d.label FROM adjudications d "
            "JOIN sentences s ON s.id = d.sentence_id WHERE " + _in("s.article_id", ids),
            ids,
        ).fetchall()
    )


def final_labels_in_article(store: Store, article_id: str) -> dict[str, str | None]:
    """{sentence id: adjudicated label} of one article (the review screen's gutter)."""
    labels: dict[str, str | None] = {**final_labels(store, [article_id])}
    return labels


def adjudications_by_reason(store: Store) -> dict[str, int]:
    """{reason: count} of the adjudications, most frequent first (`annotator stats`)."""
    return dict(
        store.conn.execute(
            "SELECT reason, COUNT(*) FROM adjudications GROUP BY reason "
            "ORDER BY COUNT(*) DESC, reason"
        ).fetchall()
    )


# --------------------------------------------------------------------------- undo


def last_undoable_adjudication(store: Store, reviewer: str) -> Event | None:
    """The reviewer's newest adjudication event that no undo has reverted yet."""
    row = store.conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE annotator = ? AND action = 'adjudicate' "
        "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.target = e.uid) "
        "ORDER BY seq DESC LIMIT 1",
        [reviewer],
    ).fetchone()
    return event_from_row(row) if row else None


def undo_adjudication(store: Store, reviewer: str) -> Event | None:
    """Revert the reviewer's last adjudication (restore the one before it, or none), log the
    undo, all in one transaction; the undone event, or None when there is nothing to undo."""
    with store.transaction():
        event = last_undoable_adjudication(store, reviewer)
        if event is None:
            return None
        current = store.adjudication(event.sentence_id)
        if event.before is None:
            store.conn.execute(
                "DELETE FROM adjudications WHERE sentence_id = ?", [event.sentence_id]
            )
        else:
            store.write_adjudication(Adjudication.model_validate(event.before))
        # The store's own logger: the undo event has the same shape as a label undo.
        store.log_event(
            event.sentence_id,
            reviewer,
            EventAction.UNDO,
            current.model_dump(mode="json") if current else None,
            event.before,
            target=event.uid,
        )
    return event
