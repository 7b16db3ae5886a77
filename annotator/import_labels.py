"""Bring labels in (`annotator import-labels`): our exports, or plain label lines.

A JSONL line is an export record (`--format jsonl`: it has `annotations`), a Prodigy answer
(`--format prodigy`: it has `_task_hash`), or a `LabelIn` (`{"sentence_id", "annotator",
"label", ...}`); a `.csv` file is read as `--format csv` writes it. (`spacy` and `hf` hold only
gold labels, no annotator: they are not label sources.) Each line is validated; the first bad
line stops the import with an error that names it, and nothing of the file is kept (one
transaction).

For each (sentence, annotator):
- the same state as stored: nothing is written, no event (re-importing a file changes nothing);
- a state older than the stored one (its `updated_at` is earlier): the stored one is kept;
- otherwise the state is written with its own timestamps, and an event logs the change.

A plain line, CSV row or Prodigy answer changes only the fields it gives:
`{"sentence_id", "annotator", "label"}` sets the label and keeps the note, the flag and the time
already stored.
"""

from __future__ import annotations

import csv
import json
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotator.errors import InputError
from annotator.export.models import ExportLabel, ExportRecord
from annotator.jsonlines import parse_object
from annotator.models import Adjudication, Annotation, LabelIn
from annotator.records import BOOL_STATE_FIELDS as BOOL_FIELDS
from annotator.records import STATE_FIELDS, utc_now
from annotator.store import Store
from annotator.store.merge import put_annotation

_CSV_FIELDS = frozenset(ExportLabel.model_fields)
_NOT_NULL = frozenset({*BOOL_FIELDS, "seconds"})


@dataclass
class LabelImportReport:
    """What importing one file did (or would do, in a dry run)."""

    source: str
    lines: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    older: int = 0
    """States older than the stored ones: the stored ones were kept."""
    adjudications: int = 0

    def summary(self) -> str:
        return (
            f"{self.source}: {self.lines} line(s); {self.added} label(s) added, "
            f"{self.changed} changed, {self.unchanged} unchanged, {self.older} older than "
            f"the database's (kept the newer), {self.adjudications} adjudication(s) written"
        )


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def _state_of(annotation: Annotation) -> dict[str, Any]:
    return annotation.model_dump(include=set(STATE_FIELDS))


def _timestamp(value: str | None) -> str | None:
    """UTC ISO-8601 with microseconds, the stored form, so timestamps compare as text."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


class _LineImporter:
    """Applies one file's lines to the store, counting what happened."""

    def __init__(self, store: Store, report: LabelImportReport, name: str) -> None:
        self.store = store
        self.report = report
        self.name = name
        self.line = 0

    def fail(self, message: str) -> InputError:
        return InputError(self.name, message, self.line)

    def apply(self, raw: str) -> None:
        data = parse_object(raw, invalid="not valid JSON")
        if isinstance(data, str):
            raise self.fail(data)
        try:  # "\udc80" is valid JSON but no text: SQLite could not store it
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            bad = error.object[error.start : error.end].encode("unicode_escape").decode()
            raise self.fail(f"holds {bad}, a lone surrogate: not a character") from None
        try:
            if "annotations" in data:
                self.apply_record(ExportRecord.model_validate(data))
            elif "_task_hash" in data or "_view_id" in data:
                self.apply_prodigy(data)
            else:
                self.apply_plain(LabelIn.model_validate(data))
        except ValidationError as error:
            raise self.fail(_first_error(error)) from None

    def check(self, sentence_id: str, label: str | None, text: str | None = None) -> None:
        sentence = self.store.sentence(sentence_id)
        if sentence is None:
            raise self.fail(f"no sentence {sentence_id!r} in the database")
        if text is not None and sentence.text != text:
            raise self.fail(f"sentence {sentence_id!r} has another text in the database")
        if label is not None and self.store.scheme.label(label) is None:
            raise self.fail(
                f"unknown label {label!r}; the scheme {self.store.scheme.name!r} has "
                + ", ".join(self.store.scheme.names)
            )

    def apply_record(self, record: ExportRecord) -> None:
        for item in record.annotations:
            self.check(record.sentence_id, item.label, record.text)
            self.put(
                record.sentence_id,
                item.annotator,
                item.model_dump(include=set(STATE_FIELDS)),
                item.created_at,
                item.updated_at,
            )
        if not record.annotations:
            self.check(record.sentence_id, None, record.text)
        if record.adjudication is not None:
            self.check(record.sentence_id, record.adjudication.label)
            self.adjudicate(
                Adjudication(
                    sentence_id=record.sentence_id,
                    **record.adjudication.model_dump(),
                )
            )

    def apply_plain(self, item: LabelIn) -> None:
        self.check(item.sentence_id, item.label)
        given = item.model_dump(include=set(STATE_FIELDS) & item.model_fields_set)
        if given.get("label") is not None:
            given.setdefault("skipped", False)  # labelling ends a skip, as in the TUI
        self.put(
            item.sentence_id, item.annotator, given, item.created_at, item.updated_at, partial=True
        )

    def apply_csv(self, row: dict[str, str | None]) -> None:
        """A row of `export --format csv` (or any CSV with at least sentence_id, annotator,
        label): the columns it has set those fields; empty cells are nulls."""
        sentence_id = row.get("sentence_id") or ""
        if not row.get("annotator"):  # a sentence nobody labelled (--min-annotators 0)
            self.check(sentence_id, None, row.get("text"))
            return
        # An empty cell is a null, or the default of a field that cannot be null.
        values = {
            key: None if value == "" else value
            for key, value in row.items()
            if key in _CSV_FIELDS and not (key in _NOT_NULL and not value)
        }
        values.setdefault("label", None)
        try:
            item = ExportLabel.model_validate(values)
        except ValidationError as error:
            raise self.fail(_first_error(error)) from None
        self.check(sentence_id, item.label, row.get("text"))
        given = set(STATE_FIELDS) & {key for key in row if key in _CSV_FIELDS}
        self.put(
            sentence_id,
            item.annotator,
            item.model_dump(include=given),
            item.created_at,
            item.updated_at,
            partial=True,
        )

    def apply_prodigy(self, data: dict[str, Any]) -> None:
        """An answer of `export --format prodigy`, or of `prodigy db-out` on a choice task whose
        `meta` carries `sentence_id` and `annotator`. `ignore` and `reject` are skips."""
        raw_meta = data.get("meta")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        sentence_id, annotator = meta.get("sentence_id"), meta.get("annotator")
        if not isinstance(sentence_id, str) or not isinstance(annotator, str):
            raise self.fail("a Prodigy answer needs meta.sentence_id and meta.annotator")
        accept = data.get("accept") or []
        if data.get("answer") == "accept":
            if not isinstance(accept, list) or len(accept) != 1:
                raise self.fail("expected exactly one accepted option")
            values: dict[str, Any] = {"label": accept[0], "skipped": False}
        else:
            values = {"label": None, "skipped": True}
        fields = (
            "source",
            "cue",
            "note",
            "flagged",
            "seconds",
            "suggested",
            "suggested_cue",
            "suggested_source",
            "suggested_rule",
            "suggestion_shown",
        )
        values.update({key: meta[key] for key in fields if meta.get(key) is not None})
        item = ExportLabel.model_validate({"annotator": annotator, **values})
        self.check(sentence_id, item.label, data.get("text"))
        stamp = data.get("_timestamp")
        updated = (
            datetime.fromtimestamp(stamp, UTC).isoformat(timespec="microseconds")
            if isinstance(stamp, int) and stamp > 0
            else None
        )
        given = {"label", "skipped", *fields} & (set(values) | {"label"})
        self.put(
            sentence_id, annotator, item.model_dump(include=given), None, updated, partial=True
        )

    def put(
        self,
        sentence_id: str,
        annotator: str,
        state: dict[str, Any],
        created_at: str | None,
        updated_at: str | None,
        *,
        partial: bool = False,
    ) -> None:
        current = self.store.annotation(sentence_id, annotator)
        try:
            created, updated = _timestamp(created_at), _timestamp(updated_at)
        except ValueError as error:
            raise self.fail(f"not a timestamp: {error}") from None
        now = utc_now()
        fresh = Annotation(sentence_id=sentence_id, annotator=annotator)
        base = current if partial and current is not None else fresh
        incoming = Annotation.model_validate(
            {
                **base.model_dump(),
                **state,
                "created_at": created or (current.created_at if current else now),
                "updated_at": updated or now,
            }
        )
        if current is not None:
            if _state_of(current) == _state_of(incoming):
                self.report.unchanged += 1
                return
            if updated is not None and updated < current.updated_at:
                self.report.older += 1
                return
        put_annotation(self.store, incoming)
        if current is None:
            self.report.added += 1
        else:
            self.report.changed += 1

    def adjudicate(self, adjudication: Adjudication) -> None:
        current = self.store.adjudication(adjudication.sentence_id)
        if current is not None:
            same = current.model_dump(exclude={"created_at"}) == adjudication.model_dump(
                exclude={"created_at"}
            )
            if same or current.created_at > adjudication.created_at:
                return
        self.store.adjudicate(adjudication)
        self.report.adjudications += 1


def _run(
    store: Store, name: str, dry_run: bool, feed: Callable[[_LineImporter], None]
) -> LabelImportReport:
    """Run `feed` in one transaction: all or nothing; rolled back on a dry run."""
    report = LabelImportReport(source=name)
    importer = _LineImporter(store, report, name)
    try:
        with store.transaction():
            feed(importer)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 text", importer.line + 1) from None
    except csv.Error as error:
        raise InputError(name, f"not valid CSV: {error}", importer.line + 1) from None
    return report


def import_label_lines(
    store: Store, lines: Iterable[str], name: str, *, dry_run: bool = False
) -> LabelImportReport:
    """Import JSONL `lines` (called `name` in messages); all or nothing."""

    def feed(importer: _LineImporter) -> None:
        for importer.line, raw in enumerate(lines, start=1):
            if raw.strip():
                importer.apply(raw)
                importer.report.lines += 1

    return _run(store, name, dry_run, feed)


def import_label_csv(
    store: Store, handle: Iterable[str], name: str, *, dry_run: bool = False
) -> LabelImportReport:
    """Import a labels CSV (`export --format csv`, or sentence_id, annotator, label, ...)."""

    def feed(importer: _LineImporter) -> None:
        reader = csv.DictReader(handle)
        importer.line = 1
        columns = set(reader.fieldnames or ())
        if not {"sentence_id", "annotator", "label"} <= columns:
            raise importer.fail("a labels CSV needs the columns sentence_id, annotator, label")
        for row in reader:
            importer.line = reader.line_num
            importer.apply_csv(row)
            importer.report.lines += 1

    return _run(store, name, dry_run, feed)


def import_labels(store: Store, path: str | Path, *, dry_run: bool = False) -> LabelImportReport:
    """Import one labels file: `.csv` as CSV, anything else as JSONL (module docstring)."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a folder, a pipe, a device?)")
    if store.is_database_file(path):
        raise InputError(path, "is the database itself, not a labels file")
    try:
        handle = path.open(encoding="utf-8-sig", newline="")  # a BOM from spreadsheet tools
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    with handle:
        if path.suffix.lower() == ".csv":
            report = import_label_csv(store, handle, str(path), dry_run=dry_run)
        else:
            report = import_label_lines(store, handle, str(path), dry_run=dry_run)
    if report.lines == 0:  # as `annotator import` says of an empty file
        raise InputError(path, "empty file: no labels in it")
    return report
