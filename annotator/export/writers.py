"""One writer per line-based format: records in, lines out, streamed.

Each writer takes `(records, stream, scheme)` and returns how many lines and labels it wrote.
`FORMATS` (in `annotator.export`) maps format names to them and drives `click.Choice`.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from annotator.export.models import ExportRecord
from annotator.records import LabelScheme
from annotator.store.export_rows import LABEL_FIELDS

if TYPE_CHECKING:
    from annotator.export.records import Dedupe, Kept


@dataclass(frozen=True)
class ExportOptions:
    """How the records are written (beyond which ones: that is `ExportFilter`)."""

    excel_safe: bool = False
    """CSV: a cell starting with = + - @ (or a tab or carriage return) gets a leading `'`, so
    a spreadsheet shows it instead of evaluating it as a formula."""
    include_unresolved: bool = False
    """hf and spaCy: keep sentences without a gold label (label -1 in hf)."""
    split_of: dict[str, str] | None = None
    """hf and spaCy: article id → split name (see `annotator.export.splits`)."""
    splits: tuple[str, ...] = ()
    """The split names, in order."""


@dataclass
class Written:
    """What a writer wrote."""

    lines: int = 0
    """Records or rows written (a folder format counts its data rows)."""
    sentences: int = 0
    labels: int = 0
    """Annotators' labels included."""
    dedupe: Dedupe | None = None
    """`--dedupe`: what it left out."""
    splits: dict[str, int] | None = None
    """`--split`: the sentences written to each split."""


def write_json_lines(lines: Iterable[tuple[str, int]], out: TextIO) -> Written:
    """The JSONL export from ready lines (`records.iter_json_lines`): (line, label count)."""
    written = Written()
    for line, labels in lines:
        out.write(line)
        out.write("\n")
        written.lines += 1
        written.sentences += 1
        written.labels += labels
    return written


def write_jsonl(
    records: Iterable[ExportRecord], out: TextIO, scheme: LabelScheme, options: ExportOptions
) -> Written:
    """Our native format: one `ExportRecord` per line (schema/export.jsonl-record.schema.json)."""
    written = Written()
    for record in records:
        out.write(record.model_dump_json())
        out.write("\n")
        written.lines += 1
        written.sentences += 1
        written.labels += len(record.labelled)
    return written


CSV_COLUMNS = (
    "sentence_id",
    "article_id",
    "article_title",
    "position",
    "paragraph",
    "start",
    "end",
    "text",
    "repeat_group",
    *LABEL_FIELDS,  # annotator, label, source, cue, note, … as the export reads them
    "adjudicated",
    "gold_label",
    "gold_method",
    "gold_votes",
)
"""One row per (sentence, annotator); the sentence and gold columns repeat on each row."""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _excel_safe(value: object) -> object:
    """A text cell a spreadsheet would evaluate (`=HYPERLINK(…)`), made inert with `'`."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _ExcelSafeWriter:
    def __init__(self, writer: Any) -> None:
        self.writer = writer

    def writerow(self, row: list[object]) -> None:
        self.writer.writerow([_excel_safe(value) for value in row])


def _csv_writer(out: TextIO, options: ExportOptions) -> Any:
    writer: Any = csv.writer(out, lineterminator="\n")
    if options.excel_safe:
        writer = _ExcelSafeWriter(writer)
    writer.writerow(CSV_COLUMNS)
    return writer


def _csv_sentence(
    writer: Any,
    written: Written,
    sentence: list[object],
    gold: list[object],
    annotations: Iterable[Sequence[object]],
) -> None:
    """The rows of one sentence: one per annotation (its `LABEL_FIELDS` values), or one
    with empty annotator columns."""
    written.sentences += 1
    empty = True
    for values in annotations:
        empty = False
        writer.writerow([*sentence, *("" if v is None else v for v in values), *gold])
        written.lines += 1
        written.labels += values[1] is not None  # LABEL_FIELDS[1] is the label
    if empty:
        writer.writerow([*sentence, *([""] * len(LABEL_FIELDS)), *gold])
        written.lines += 1


def write_csv(
    records: Iterable[ExportRecord], out: TextIO, scheme: LabelScheme, options: ExportOptions
) -> Written:
    """UTF-8 CSV with a header; a sentence nobody labelled (`--min-annotators 0`) gets one row
    with empty annotator columns, so no sentence is silently missing. Cells are written
    verbatim (right for pandas); `excel_safe` makes formula-like cells inert for
    spreadsheets. (`write_csv_rows` writes the same bytes from the rows, faster.)"""
    writer = _csv_writer(out, options)
    written = Written()
    for record in records:
        sentence: list[object] = [
            record.sentence_id,
            record.article_id,
            record.article_title,
            record.position,
            record.paragraph,
            record.start,
            record.end,
            record.text,
            record.repeat_group or "",
        ]
        gold: list[object] = [
            record.adjudication.label if record.adjudication else "",
            record.gold.label or "",
            record.gold.method.value,
            json.dumps(record.gold.votes, ensure_ascii=False),
        ]
        annotations = ([getattr(a, f) for f in LABEL_FIELDS] for a in record.annotations)
        _csv_sentence(writer, written, sentence, gold, annotations)
    return written


def write_csv_rows(kept: Iterable[Kept], out: TextIO, options: ExportOptions) -> Written:
    """`write_csv` from the export's rows (`records.iter_kept`): the same bytes (a test
    compares), without a model per sentence."""
    writer = _csv_writer(out, options)
    written = Written()
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for row, gold_label, method, votes in kept:
        sentence: list[object] = [
            row.id,
            row.article_id,
            row.article_title,
            row.position,
            row.paragraph,
            row.start,
            row.end,
            row.text,
            row.repeat_group or "",
        ]
        gold: list[object] = [
            row.adjudication.label if row.adjudication else "",
            gold_label or "",
            method.value,
            dumps(votes),
        ]
        annotations = ([label[f] for f in LABEL_FIELDS] for label in row.labels)
        _csv_sentence(writer, written, sentence, gold, annotations)
    return written


def _hash32(text: str) -> int:
    """A stable signed 32-bit hash, the type Prodigy uses for `_input_hash` and `_task_hash`."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big", signed=True)


def prodigy_hashes(text: str, options: list[dict[str, str]]) -> tuple[int, int]:
    """(`_input_hash`, `_task_hash`) of a choice task.

    As in Prodigy, the input hash depends on the text only, and the task hash on the input
    hash and the options, not on the answer: every annotator's answer to one sentence shares
    both, which is how `prodigy review` groups them. The values are ours (Prodigy's own hash
    function is not public); `prodigy db-in --rehash` recomputes them if you need Prodigy's.
    """
    input_hash = _hash32(json.dumps({"text": text}, sort_keys=True, ensure_ascii=False))
    task = json.dumps({"options": options}, sort_keys=True, ensure_ascii=False)
    return input_hash, _hash32(f"{input_hash}:{task}")


def _unix(timestamp: str | None) -> int:
    if not timestamp:
        return 0
    return int(datetime.fromisoformat(timestamp).timestamp())


def write_prodigy(
    records: Iterable[ExportRecord], out: TextIO, scheme: LabelScheme, options: ExportOptions
) -> Written:
    """JSONL as `prodigy db-out` writes a `choice` dataset: one line per annotator's answer.

    The dataset name is the scheme's; `_session_id` and `_annotator_id` are
    `<dataset>-<annotator>`, Prodigy's convention for named sessions. A skipped sentence is an
    `ignore` answer.
    """
    choices = [{"id": label.name, "text": label.name} for label in scheme.labels]
    written = Written()
    for record in records:
        input_hash, task_hash = prodigy_hashes(record.text, choices)
        written.sentences += 1
        for label in record.annotations:
            if label.label is None and not label.skipped:
                continue  # only a note or a flag: not an answer
            session = f"{scheme.name}-{label.annotator}"
            line: dict[str, Any] = {
                "text": record.text,
                "options": choices,
                "accept": [label.label] if label.label else [],
                "answer": "accept" if label.label else "ignore",
                "_input_hash": input_hash,
                "_task_hash": task_hash,
                "_view_id": "choice",
                "_annotator_id": session,
                "_session_id": session,
                "_timestamp": _unix(label.updated_at),
                "meta": {
                    "sentence_id": record.sentence_id,
                    "article_id": record.article_id,
                    "article_title": record.article_title,
                    "position": record.position,
                    "repeat_group": record.repeat_group,
                    "annotator": label.annotator,
                    "source": label.source,
                    "cue": label.cue,
                    "note": label.note,
                    "flagged": label.flagged,
                    "seconds": label.seconds,
                    "suggested": label.suggested,
                    "suggested_cue": label.suggested_cue,
                    "suggested_source": label.suggested_source,
                    "suggested_rule": label.suggested_rule,
                    "suggestion_shown": label.suggestion_shown,
                },
            }
            out.write(json.dumps(line, ensure_ascii=False))
            out.write("\n")
            written.lines += 1
            written.labels += label.label is not None
    return written


def write_spacy_jsonl(
    records: Iterable[ExportRecord], out: TextIO, scheme: LabelScheme, options: ExportOptions
) -> Written:
    """`{"text", "cats", "meta"}` per sentence with a gold label, for spaCy's `textcat`
    (exclusive classes: exactly one category is 1.0). Unresolved sentences are left out.
    (`--format spacy` writes the binary `.spacy` files `spacy train` reads.)"""
    written = Written()
    for record in records:
        gold = record.gold.label
        if gold is None:
            continue
        line = {
            "text": record.text,
            "cats": {name: 1.0 if name == gold else 0.0 for name in scheme.names},
            "meta": {
                "sentence_id": record.sentence_id,
                "article_id": record.article_id,
                "method": record.gold.method.value,
                "votes": record.gold.votes,
            },
        }
        out.write(json.dumps(line, ensure_ascii=False))
        out.write("\n")
        written.lines += 1
        written.sentences += 1
        written.labels += len(record.labelled)
    return written
