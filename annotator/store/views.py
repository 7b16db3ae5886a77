"""Friendly SQL views, so `datasette annotations.db` or `sqlite-utils query` make sense alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

VIEWS = {
    "labels_view": """
        SELECT a.annotator, a.label, a.source, a.cue, a.note, a.flagged, a.skipped,
               a.suggested, a.suggestion_shown, a.seconds, a.updated_at,
               s.text AS sentence, s.position, s.paragraph, s.boilerplate,
               ar.title AS article, s.article_id, a.sentence_id
        FROM annotations a
        JOIN sentences s ON s.id = a.sentence_id
        JOIN articles ar ON ar.id = s.article_id
    """,
    "progress_view": """
        SELECT a.annotator,
               COUNT(*) FILTER (WHERE a.label IS NOT NULL) AS labelled,
               (SELECT COUNT(*) FROM sentences) AS sentences,
               SUM(a.flagged) AS flagged,
               ROUND(AVG(a.seconds) FILTER (WHERE a.label IS NOT NULL), 2) AS mean_seconds
        FROM annotations a
        GROUP BY a.annotator
    """,
    "gold_view": """
        SELECT s.id AS sentence_id, s.text AS sentence, ar.title AS article,
               d.label, d.reviewer, d.reason, d.note, d.created_at
        FROM adjudications d
        JOIN sentences s ON s.id = d.sentence_id
        JOIN articles ar ON ar.id = s.article_id
    """,
}


def create_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
