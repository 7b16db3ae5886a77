"""The assignment of articles to annotators: stored rows, the design, and the change log.

A database opened read-only from an older version has no `assignments` table: every reader
here then answers as for a project without assignments.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from annotator.lazy import lazy_module
from annotator.records import utc_now

if TYPE_CHECKING:
    from annotator import models
    from annotator.models import AssignmentRow, Design
    from annotator.store.database import Store
else:
    models = lazy_module("annotator.models")  # the annotation screen asks before Pydantic

_DESIGN_KEY = "assignment_design"


def has_assignments(store: Store) -> bool:
    """Whether the project divides its articles (then each annotator's queue is their own)."""
    if not store.has_table("assignments"):
        return False
    return store.conn.execute("SELECT 1 FROM assignments LIMIT 1").fetchone() is not None


def design(store: Store) -> Design | None:
    value = store._project(_DESIGN_KEY)
    return models.Design.model_validate_json(value) if value else None


def assignment_map(store: Store) -> dict[str, dict[str, bool]]:
    """{article id: {annotator: in the overlap sample}}."""
    result: dict[str, dict[str, bool]] = {}
    if not store.has_table("assignments"):
        return result
    for article, annotator, overlap in store.conn.execute(
        "SELECT article_id, annotator, overlap FROM assignments ORDER BY article_id, annotator"
    ):
        result.setdefault(article, {})[annotator] = bool(overlap)
    return result


def assigned_articles(store: Store, annotator: str) -> list[str]:
    """The articles assigned to `annotator`, in import order."""
    if not store.has_table("assignments"):
        return []
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT a.id FROM articles a JOIN assignments s ON s.article_id = a.id "
            "WHERE s.annotator = ? ORDER BY a.rowid",
            [annotator],
        )
    ]


def overlap_articles(store: Store) -> set[str]:
    """The articles of the agreement sample (assigned to everyone)."""
    if not store.has_table("assignments"):
        return set()
    return {
        row[0]
        for row in store.conn.execute("SELECT DISTINCT article_id FROM assignments WHERE overlap")
    }


def overlap_sentences(store: Store, article_ids: Sequence[str] | None = None) -> set[str]:
    """The sentence ids of the overlap sample (within `article_ids`, if given)."""
    if not store.has_table("assignments"):
        return set()
    sql = (
        "SELECT s.id FROM sentences s WHERE s.article_id IN "
        "(SELECT article_id FROM assignments WHERE overlap)"
    )
    params: list[str] = []
    if article_ids is not None:
        sql += f" AND s.article_id IN ({', '.join('?' for _ in article_ids)})"
        params = list(article_ids)
    return {row[0] for row in store.conn.execute(sql, params)}


def started_by(store: Store) -> dict[str, set[str]]:
    """{annotator: articles where they labelled or skipped at least one sentence}."""
    result: dict[str, set[str]] = {}
    for annotator, article in store.conn.execute(
        "SELECT DISTINCT a.annotator, s.article_id FROM annotations a "
        "JOIN sentences s ON s.id = a.sentence_id WHERE a.label IS NOT NULL OR a.skipped"
    ):
        result.setdefault(annotator, set()).add(article)
    return result


def apply_changes(
    store: Store,
    changes: Iterable[tuple[str, str, bool, str]],
    new_design: Design,
) -> int:
    """Write (article, annotator, overlap, "assign" | "unassign") changes, each logged, and
    the design, in one transaction. Returns the number of changes."""
    now = utc_now()
    stamped = new_design.model_copy(update={"updated_at": now})
    design_json = stamped.model_dump_json()
    count = 0
    with store.transaction():
        for article, annotator, overlap, action in changes:
            if action == "assign":
                store.conn.execute(
                    "INSERT OR REPLACE INTO assignments (article_id, annotator, overlap, "
                    "assigned_at) VALUES (?, ?, ?, ?)",
                    [article, annotator, int(overlap), now],
                )
            else:
                store.conn.execute(
                    "DELETE FROM assignments WHERE article_id = ? AND annotator = ?",
                    [article, annotator],
                )
            store.conn.execute(
                "INSERT INTO assignment_log (action, article_id, annotator, overlap, design, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [action, article, annotator, int(overlap), design_json, now],
            )
            count += 1
        store.conn.execute(
            "INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", [_DESIGN_KEY, design_json]
        )
    return count


def assignment_log(store: Store) -> list[dict[str, object]]:
    if not store.has_table("assignments"):
        return []
    return [
        {
            "action": action,
            "article_id": article,
            "annotator": annotator,
            "overlap": bool(overlap),
            "design": json.loads(design_json) if design_json else None,
            "created_at": created,
        }
        for action, article, annotator, overlap, design_json, created in store.conn.execute(
            "SELECT action, article_id, annotator, overlap, design, created_at "
            "FROM assignment_log ORDER BY seq"
        )
    ]


def assignment_rows(store: Store, annotators: Sequence[str] = ()) -> list[AssignmentRow]:
    """Every (article, annotator) assigned, in import order, with the article's sentences
    and how many of them that annotator has labelled."""
    if not store.has_table("assignments"):
        return []
    where = ""
    params: list[str] = []
    if annotators:
        where = f"WHERE s.annotator IN ({', '.join('?' for _ in annotators)})"
        params = list(annotators)
    rows = store.conn.execute(
        "SELECT s.article_id, s.annotator, s.overlap, "
        "(SELECT COUNT(*) FROM sentences x WHERE x.article_id = s.article_id), "
        "(SELECT COUNT(*) FROM annotations n JOIN sentences x ON x.id = n.sentence_id "
        " WHERE x.article_id = s.article_id AND n.annotator = s.annotator "
        " AND n.label IS NOT NULL) "
        f"FROM assignments s JOIN articles a ON a.id = s.article_id {where} "
        "ORDER BY a.rowid, s.annotator",
        params,
    )
    return [
        models.AssignmentRow(
            article_id=article,
            annotator=annotator,
            overlap=bool(overlap),
            sentences=sentences,
            labelled=labelled,
        )
        for article, annotator, overlap, sentences, labelled in rows
    ]


def totals(store: Store) -> dict[str, tuple[int, int, int]]:
    """{annotator: (articles assigned, their sentences, of those labelled)}, names sorted."""
    result: dict[str, tuple[int, int, int]] = {}
    for row in assignment_rows(store):
        articles, sentences, labelled = result.get(row.annotator, (0, 0, 0))
        result[row.annotator] = (articles + 1, sentences + row.sentences, labelled + row.labelled)
    return dict(sorted(result.items()))


def seconds_per_sentence(store: Store) -> dict[str, list[float]]:
    """{annotator: the seconds spent on each labelled sentence} (for a median pace)."""
    result: dict[str, list[float]] = {}
    for annotator, seconds in store.conn.execute(
        "SELECT annotator, seconds FROM annotations WHERE label IS NOT NULL AND seconds > 0"
    ):
        result.setdefault(annotator, []).append(float(seconds))
    return result


def article_completion(store: Store) -> list[tuple[str, str, bool, int, int]]:
    """(article id, title, in the sample, annotators assigned, of them done) per assigned
    article, in import order; done = labelled every sentence of the article."""
    if not store.has_table("assignments"):
        return []
    return [
        (article, title, bool(overlap), assigned, done)
        for article, title, overlap, assigned, done in store.conn.execute(
            "WITH size AS (SELECT article_id, COUNT(*) AS n FROM sentences GROUP BY article_id), "
            "got AS (SELECT s.article_id, n.annotator, COUNT(*) AS k FROM annotations n "
            " JOIN sentences s ON s.id = n.sentence_id WHERE n.label IS NOT NULL "
            " GROUP BY s.article_id, n.annotator) "
            "SELECT a.id, a.title, MAX(x.overlap), COUNT(*), "
            "SUM(COALESCE(g.k, 0) >= size.n) "
            "FROM assignments x JOIN articles a ON a.id = x.article_id "
            "JOIN size ON size.article_id = x.article_id "
            "LEFT JOIN got g ON g.article_id = x.article_id AND g.annotator = x.annotator "
            "GROUP BY a.id ORDER BY a.rowid"
        )
    ]
