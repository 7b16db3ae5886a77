"""`iter_records(store, filters)`: the sentences to export, as `ExportRecord`s, streamed."""

from __future__ import annotations

import json
from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from annotator.errors import ExportError
from annotator.export.models import ExportRecord
from annotator.gold import GoldMethod, gold_parts
from annotator.store import Store
from annotator.store.export_rows import SentenceRow, iter_sentence_rows


def _has_state(label: dict[str, Any]) -> bool:
    return bool(
        label["label"] or label["flagged"] or label["note"] or label["source"] or label["cue"]
    )


@dataclass(frozen=True)
class ExportFilter:
    """Which sentences and labels to export. The default: every sentence someone labelled."""

    annotators: tuple[str, ...] | None = None
    """Only these annotators' labels (the gold label is computed from them)."""
    article_ids: tuple[str, ...] | None = None
    """Only these articles: ids, or numbers in import order (as `annotator stats` shows)."""
    labels: tuple[str, ...] | None = None
    """Only sentences where an annotator or the reviewer chose one of these labels."""
    gold_only: bool = False
    """Only sentences with a gold label (adjudicated, unanimous or majority)."""
    min_annotators: int = 1
    """Only sentences labelled by at least this many annotators (0: every sentence; at 1, a
    sentence someone flagged or annotated without labelling it is kept too)."""
    dedupe: bool = False
    """One record per repeat group (see `Dedupe`)."""

    def resolve(self, store: Store) -> ExportFilter:
        """This filter with article numbers turned into ids; refuses filters that can only be
        typos (unknown labels or articles), before any output exists."""
        if self.min_annotators < 0:
            raise ExportError("--min-annotators must be 0 or more")
        for label in self.labels or ():
            if store.scheme.label(label) is None:
                raise ExportError(
                    f"unknown label {label!r}; the scheme {store.scheme.name!r} has "
                    + ", ".join(store.scheme.names)
                )
        if not self.article_ids:
            return self
        return replace(self, article_ids=tuple(store.resolve_articles(self.article_ids) or ()))

    def keeps(self, record: ExportRecord) -> bool:
        return self.keeps_parts(
            record.gold.votes,
            record.gold.label,
            record.adjudication.label if record.adjudication else None,
            [a.model_dump() for a in record.annotations],
        )

    def keeps_parts(
        self,
        votes: dict[str, int],
        gold_label: str | None,
        adjudicated: str | None,
        annotations: Sequence[dict[str, Any]],
    ) -> bool:
        """`keeps` on a record's parts (the JSONL export's fast path builds no record)."""
        if sum(votes.values()) < self.min_annotators and not (
            # at the default, a flag or a note on an unlabelled sentence is exported too, so
            # that it survives export → import-labels
            self.min_annotators == 1 and any(_has_state(a) for a in annotations)
        ):
            return False
        if self.gold_only and gold_label is None:
            return False
        if self.labels is not None:
            chosen = set(votes)
            if adjudicated is not None:
                chosen.add(adjudicated)
            if chosen.isdisjoint(self.labels):
                return False
        return True


def _fields(
    row: SentenceRow, gold_label: str | None, method: GoldMethod, votes: dict[str, int]
) -> dict[str, Any]:
    """One sentence's record as plain data, in `ExportRecord`'s field order."""
    adjudication = row.adjudication
    return {
        "sentence_id": row.id,
        "article_id": row.article_id,
        "article_title": row.article_title,
        "article_source": row.article_source,
        "position": row.position,
        "paragraph": row.paragraph,
        "start": row.start,
        "end": row.end,
        "text": row.text,
        "boilerplate": row.boilerplate,
        "previous": row.previous,
        "next": row.next,
        "repeat_group": row.repeat_group,
        "annotations": row.labels,
        "adjudication": None
        if adjudication is None
        else {
            "label": adjudication.label,
            "reviewer": adjudication.reviewer,
            "reason": adjudication.reason.value,
            "note": adjudication.note,
            "created_at": adjudication.created_at,
        },
        "gold": {"label": gold_label, "method": method.value, "votes": votes},
    }


def to_record(row: SentenceRow) -> ExportRecord:
    """The export record of one sentence row, validated.

    `model_validate` on plain dicts runs in pydantic-core and is faster than building the
    nested models with `model_construct`, so every record is checked for free.
    """
    labels = [label["label"] for label in row.labels if label["label"] is not None]
    adjudicated = row.adjudication.label if row.adjudication else None
    return ExportRecord.model_validate(_fields(row, *gold_parts(labels, adjudicated)))


@dataclass
class Dedupe:
    """`--dedupe`: one record per repeat group, so a claim reprinted by ten outlets counts
    once. The record kept is the group's first (in import order) that carries the group's
    gold label; a group whose copies have different gold labels is left out whole (nobody
    can say which is right), and counted. Sentences in no group pass as they are."""

    keep: dict[str, str | None]
    """Group → the sentence kept; None: the group is left out (conflicting gold labels)."""
    copies: int = 0
    """Sentences left out as copies of a kept one."""
    conflicting_groups: int = 0
    conflicting_sentences: int = 0

    @classmethod
    def plan(cls, store: Store, filters: ExportFilter) -> Dedupe:
        """A first pass over what the filters keep: each group's gold labels."""
        golds: dict[str, set[str]] = {}
        first: dict[str, str] = {}
        first_gold: dict[str, str] = {}
        sizes: dict[str, int] = {}
        for row, gold_label, _method, _votes in iter_kept(store, replace(filters, dedupe=False)):
            group = row.repeat_group
            if group is None:
                continue
            sizes[group] = sizes.get(group, 0) + 1
            first.setdefault(group, row.id)
            if gold_label is not None:
                golds.setdefault(group, set()).add(gold_label)
                first_gold.setdefault(group, row.id)
        plan = cls(keep={})
        for group, size in sizes.items():
            if len(golds.get(group, ())) > 1:
                plan.keep[group] = None
                plan.conflicting_groups += 1
                plan.conflicting_sentences += size
            else:
                plan.keep[group] = first_gold.get(group, first[group])
                plan.copies += size - 1
        return plan

    def keeps(self, row: SentenceRow) -> bool:
        group = row.repeat_group
        return group is None or self.keep.get(group, row.id) == row.id


def _rows(
    store: Store, filters: ExportFilter, dedupe: Dedupe | None
) -> Generator[SentenceRow, None, None]:
    rows = iter_sentence_rows(
        store,
        article_ids=list(filters.article_ids) if filters.article_ids else None,
        annotators=list(filters.annotators) if filters.annotators else None,
    )
    for row in rows:
        if filters.min_annotators > 0 and not row.labels and row.adjudication is None:
            continue  # the common case of an unlabelled sentence, without building a record
        if dedupe is not None and not dedupe.keeps(row):
            continue
        yield row


def iter_records(
    store: Store, filters: ExportFilter | None = None, dedupe: Dedupe | None = None
) -> Generator[ExportRecord, None, None]:
    """The records `filters` keeps, in (article id, position) order, one sentence at a time;
    with `dedupe` (`Dedupe.plan`), one per repeat group."""
    filters = (filters or ExportFilter()).resolve(store)
    for row in _rows(store, filters, dedupe):
        record = to_record(row)
        if filters.keeps(record):
            yield record


# Python's float repr and pydantic-core's agree on these (shortest round trip, no exponent).
_PLAIN_FLOAT = (1e-4, 1e15)


def _plain(label: dict[str, Any]) -> bool:
    seconds = label["seconds"]
    return type(seconds) is float and (seconds == 0 or _PLAIN_FLOAT[0] <= seconds < _PLAIN_FLOAT[1])


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


Kept = tuple[SentenceRow, str | None, GoldMethod, dict[str, int]]
"""A sentence the filters keep: its row, gold label, gold method and votes."""


def iter_kept(
    store: Store, filters: ExportFilter | None = None, dedupe: Dedupe | None = None
) -> Generator[Kept, None, None]:
    """The rows `filters` keeps, with their gold, without building a record: what the JSONL
    and CSV exports write from."""
    filters = (filters or ExportFilter()).resolve(store)
    for row in _rows(store, filters, dedupe):
        adjudicated = row.adjudication.label if row.adjudication else None
        labels = [label["label"] for label in row.labels if label["label"] is not None]
        gold_label, method, votes = gold_parts(labels, adjudicated)
        if filters.keeps_parts(votes, gold_label, adjudicated, row.labels):
            yield row, gold_label, method, votes


def iter_json_lines(
    store: Store, filters: ExportFilter | None = None
) -> Generator[tuple[str, int], None, None]:
    """The JSONL export's lines (without the newline) and each one's label count: the same
    bytes as `to_record(row).model_dump_json()` (a test compares them on every kind of
    value), without building a model per sentence. The records' shape is checked against
    their JSON Schema in the tests; a row with a value whose JSON could differ (a float
    that needs an exponent) goes the model's way."""
    for kept in iter_kept(store, filters):
        yield json_line(kept)


def json_line(kept: Kept) -> tuple[str, int]:
    """One sentence's JSONL line (see `iter_json_lines`) and its label count."""
    row, gold_label, method, votes = kept
    count = sum(votes.values())
    if not all(_plain(label) for label in row.labels):
        return to_record(row).model_dump_json(), count
    return _dumps(_fields(row, gold_label, method, votes)), count
