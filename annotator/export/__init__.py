"""Export labelled data: `iter_records(store, filters)` streams, one writer per format.

`FORMATS` drives the command line's `--format` choice. `export(store, name, output, filters)`
writes to stdout, or atomically to a file (a folder for `hf`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from annotator import jsonschema
from annotator.errors import ExportError
from annotator.export.hf import DATA_FILE, write_hf
from annotator.export.models import ExportAdjudication, ExportLabel, ExportRecord
from annotator.export.output import atomic_file, atomic_folder, stdout_text
from annotator.export.records import ExportFilter, iter_records
from annotator.export.writers import (
    Written,
    write_csv,
    write_jsonl,
    write_prodigy,
    write_spacy,
)
from annotator.models import LabelScheme
from annotator.store import Store

jsonschema.register(
    "export.jsonl-record",
    ExportRecord,
    "serialization",
    "One line of `annotator export --format jsonl` (also read by `annotator import-labels`).",
)

StreamWriter = Callable[[Iterable[ExportRecord], TextIO, LabelScheme], Written]
FolderWriter = Callable[[Iterable[ExportRecord], Path, LabelScheme], Written]


@dataclass(frozen=True)
class Format:
    """An export format: a line-based stream, or a folder (`hf`)."""

    name: str
    description: str
    stream: StreamWriter | None = None
    folder: FolderWriter | None = None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jsonl", "one record per sentence, every label and the gold label", write_jsonl),
        Format("csv", "one row per (sentence, annotator), for pandas or a spreadsheet", write_csv),
        Format(
            "prodigy", "Prodigy db-out JSONL of a choice task, one line per answer", write_prodigy
        ),
        Format("spacy", 'spaCy textcat JSONL {"text", "cats"} of the gold labels', write_spacy),
        Format(
            "hf",
            "a Hugging Face datasets folder (data + card, label as ClassLabel)",
            folder=write_hf,
        ),
    )
}


def export(
    store: Store,
    format_name: str,
    output: Path | None,
    filters: ExportFilter | None = None,
    *,
    stdout: BinaryIO | None = None,
) -> Written:
    """Write the export; `output` None means stdout (line formats only)."""
    try:
        fmt = FORMATS[format_name]
    except KeyError:
        raise ExportError(
            f"unknown format {format_name!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    filters = (filters or ExportFilter()).resolve(store)  # errors before any output exists
    if fmt.folder is not None and output is None:
        raise ExportError(f"--format {fmt.name} writes a folder: give it with -o FOLDER")
    # closing(): the query's cursor ends with the export, even when the writer fails.
    with closing(iter_records(store, filters)) as records:
        if fmt.folder is not None:
            assert output is not None
            with atomic_folder(output, DATA_FILE) as folder:
                return fmt.folder(records, folder, store.scheme)
        assert fmt.stream is not None
        if output is None:
            with stdout_text(stdout) as stream:
                return fmt.stream(records, stream, store.scheme)
        with atomic_file(output) as stream:
            return fmt.stream(records, stream, store.scheme)


__all__ = [
    "FORMATS",
    "ExportAdjudication",
    "ExportFilter",
    "ExportLabel",
    "ExportRecord",
    "Format",
    "Written",
    "export",
    "iter_records",
]
