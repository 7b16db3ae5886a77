"""Learned models kept in the project database (`annotator train`), so they travel with it,
and the gold labels they learn from.

A model is a versioned row: its description (JSON: scheme, labels, counts, scores) and its
bytes (the `learn.classifier` zip; never a pickle). Training again adds a version; the
latest one suggests.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from annotator.store.database import Store

TABLE = "models"


def has_models(store: Store) -> bool:
    """Whether the database has the models table (a read-only open of a database older
    than migration 4 has not)."""
    return store.has_table(TABLE)


def save_model(store: Store, info: dict[str, Any], data: bytes) -> int:
    """Store a model; returns its version (1, 2, …)."""
    with store.transaction():
        (latest,) = store.conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {TABLE}").fetchone()
        version = int(latest) + 1
        info = {**info, "version": version}
        store.conn.execute(
            f"INSERT INTO {TABLE} (version, created_at, scheme, info, data) VALUES (?, ?, ?, ?, ?)",
            [
                version,
                info.get("created_at") or datetime.now(UTC).isoformat(timespec="seconds"),
                info["scheme"],
                json.dumps(info, ensure_ascii=False),
                data,
            ],
        )
    return version


def latest_model(store: Store) -> tuple[dict[str, Any], bytes] | None:
    """The newest model's description and bytes, or None when none was trained."""
    if not has_models(store):
        return None
    row = store.conn.execute(
        f"SELECT info, data FROM {TABLE} ORDER BY version DESC LIMIT 1"
    ).fetchone()
    return (json.loads(row[0]), bytes(row[1])) if row else None


def model_infos(store: Store) -> list[dict[str, Any]]:
    """Every stored model's description, oldest first."""
    if not has_models(store):
        return []
    rows = store.conn.execute(f"SELECT info FROM {TABLE} ORDER BY version")
    return [json.loads(info) for (info,) in rows]


def gold_inputs(store: Store) -> tuple[dict[str, list[str]], dict[str, str]]:
    """({sentence id: every annotator's current label}, {sentence id: adjudicated label}):
    what the gold rule (`annotator.gold`) decides from."""
    labels: dict[str, list[str]] = defaultdict(list)
    for sentence_id, _annotator, label in store.triples():
        labels[sentence_id].append(label)
    adjudicated = dict(
        store.conn.execute("SELECT sentence_id, label FROM adjudications WHERE label IS NOT NULL")
    )
    return dict(labels), adjudicated


def articles_of(store: Store, sentence_ids: Iterable[str]) -> list[str]:
    """The articles holding these sentences, in import order (one query per 500 ids)."""
    ids = list(sentence_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            row[0]
            for row in store.conn.execute(
                f"SELECT DISTINCT article_id FROM sentences WHERE id IN ({marks})", chunk
            )
        )
    return [article_id for article_id, _title in store.article_list() if article_id in found]
