"""The export's read: every sentence with its context, its labels and its adjudication, streamed.

One query, one row per sentence, in import order (the sentences' rowid order, which is also
(article, position) order: an article's sentences are inserted together). The labels of a
sentence are folded into one JSON array by a correlated subquery (an array of values per
label, not an object: half the work for SQLite and for `json.loads`). The previous and next
sentence are taken in Python from the rows before and after, within the same article: a
`LAG`/`LEAD` window cost as much as the rest of the query. Joining the annotations table
instead would make SQLite sort the join (a copy of the whole table); this shape walks the
table in rowid order, so memory stays flat however large the database is
(`tests/test_export.py` checks the query plan).
"""

from __future__ import annotations

import json
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from annotator.models import Adjudication, AdjudicationReason

# The Store's own state list: this module is part of the store package.
from annotator.records import BOOL_STATE_FIELDS as BOOL_FIELDS
from annotator.records import STATE_FIELDS
from annotator.store import Store

LABEL_FIELDS = ("annotator", *STATE_FIELDS, "created_at", "updated_at")
"""Columns of `annotations` exported per label, in this order."""

_by_annotator = itemgetter("annotator")


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """One sentence as the export reads it.

    A plain dataclass rather than a Pydantic model: a million of them go by in an export, and
    the export layer validates what it writes.
    """

    id: str
    article_id: str
    article_title: str
    article_source: str
    position: int
    paragraph: int
    start: int
    end: int
    text: str
    boilerplate: bool
    previous: str | None
    next: str | None
    labels: list[dict[str, Any]]
    """One dict per annotator (keys: `LABEL_FIELDS`), in annotator order."""
    adjudication: Adjudication | None
    repeat_group: str | None = None
    """The repeat group the sentence is in (`annotator repeats`), if any."""


def _marks(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


def export_query(
    article_ids: Sequence[str] | None = None,
    annotators: Sequence[str] | None = None,
    *,
    groups: bool = True,
) -> tuple[str, list[str]]:
    """The SQL and parameters of `iter_sentence_rows` (a test checks its query plan).
    `groups`: the database has repeat groups (one from before them, opened read-only, has
    not)."""
    params: list[str] = []
    label_filter = ""
    if annotators is not None:
        label_filter = f" AND a.annotator IN ({_marks(annotators)})"
        params.extend(annotators)
    where = ""
    if article_ids is not None:
        # `+`: no index on this filter, so the scan stays in rowid order (no sort, flat memory)
        where = f"WHERE +s.article_id IN ({_marks(article_ids)})"
        params.extend(article_ids)
    # One JSON array per label, its values in `LABEL_FIELDS` order (cheaper to build and to
    # read than an object with its keys); the booleans as real ones.
    label_json = ", ".join(
        f"json(CASE WHEN a.\"{column}\" THEN 'true' ELSE 'false' END)"
        if column in BOOL_FIELDS
        else f'a."{column}"'
        for column in LABEL_FIELDS
    )
    # The previous and next sentence are not read here (a window over the table costs as much
    # as the rest of the query): the reader keeps the last row and looks one row ahead.
    sql = (
        'SELECT s.id, s.article_id, ar.title, ar.source, s.position, s.paragraph, s.start, s."end",'
        " s.text, s.boilerplate,"
        f" (SELECT json_group_array(json_array({label_json})) FROM annotations a"
        f"  WHERE a.sentence_id = s.id{label_filter}),"
        " (SELECT json_array(d.label, d.reviewer, d.reason, d.note, d.created_at)"
        "  FROM adjudications d WHERE d.sentence_id = s.id),"
        + (
            " (SELECT g.group_id FROM repeat_groups g WHERE g.sentence_id = s.id)"
            if groups
            else " NULL"
        )
        + " FROM sentences s JOIN articles ar ON ar.id = s.article_id "
        f"{where} ORDER BY s.rowid"
    )
    return sql, params


def _labels(raw: str) -> list[dict[str, Any]]:
    labels = [dict(zip(LABEL_FIELDS, values, strict=True)) for values in json.loads(raw)]
    # json_group_array follows the primary key index, (sentence_id, annotator); sort anyway,
    # so the order never depends on the query planner.
    labels.sort(key=_by_annotator)
    return labels


def _adjudication(sentence_id: str, raw: str | None) -> Adjudication | None:
    if raw is None:
        return None
    label, reviewer, reason, note, created_at = json.loads(raw)
    return Adjudication(
        sentence_id=sentence_id,
        label=label,
        reviewer=reviewer,
        reason=AdjudicationReason(reason or AdjudicationReason.OTHER),
        note=note,
        created_at=created_at,
    )


def iter_sentence_rows(
    store: Store,
    *,
    article_ids: Sequence[str] | None = None,
    annotators: Sequence[str] | None = None,
) -> Generator[SentenceRow, None, None]:
    """Every sentence (of `article_ids`, if given) in import order.

    `annotators` restricts the labels returned; sentences are returned either way, so the
    caller decides whether a sentence without labels is worth exporting.
    """
    sql, params = export_query(article_ids, annotators, groups=store.has_table("repeat_groups"))
    # A cursor of its own: the caller may query the store while it iterates.
    cursor = store.conn.cursor()
    try:
        cursor.execute(sql, params)
        previous: tuple[Any, ...] | None = None
        row: tuple[Any, ...] | None = None
        while batch := cursor.fetchmany(512):
            for following in batch:
                if row is not None:
                    yield _row(row, previous, following)
                previous, row = row, following
        if row is not None:
            yield _row(row, previous, None)
    finally:
        cursor.close()


def _row(
    row: tuple[Any, ...], previous: tuple[Any, ...] | None, following: tuple[Any, ...] | None
) -> SentenceRow:
    return SentenceRow(
        id=row[0],
        article_id=row[1],
        article_title=row[2],
        article_source=row[3],
        position=row[4],
        paragraph=row[5],
        start=row[6],
        end=row[7],
        text=row[8],
        boilerplate=bool(row[9]),
        # neighbours in import order, within the same article only
        previous=previous[8] if previous is not None and previous[1] == row[1] else None,
        next=following[8] if following is not None and following[1] == row[1] else None,
        labels=_labels(row[10]),
        adjudication=_adjudication(row[0], row[11]),
        repeat_group=row[12],
    )
