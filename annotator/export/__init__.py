"""Export labelled data: `iter_records(store, filters)` streams, one writer per format.

`FORMATS` drives the command line's `--format` choice. `export(store, name, output, filters)`
writes to stdout, or atomically to a file (a folder for `hf`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from annotator.errors import ExportError
from annotator.export import hf, spacy_docbin
from annotator.export.hf import write_hf
from annotator.export.models import ExportAdjudication, ExportLabel, ExportRecord
from annotator.export.output import atomic_file, atomic_folder, stdout_text
from annotator.export.records import Dedupe, ExportFilter, iter_kept, iter_records, json_line
from annotator.export.spacy_docbin import write_docbin
from annotator.export.splits import assign_linked, split_names
from annotator.export.writers import (
    ExportOptions,
    Written,
    write_csv,
    write_csv_rows,
    write_json_lines,
    write_jsonl,
    write_prodigy,
    write_spacy_jsonl,
)
from annotator.records import LabelScheme
from annotator.store import Store

StreamWriter = Callable[[Iterable[ExportRecord], TextIO, LabelScheme, ExportOptions], Written]
FolderWriter = Callable[[Iterable[ExportRecord], Path, LabelScheme, ExportOptions], Written]


@dataclass(frozen=True)
class Format:
    """An export format: a line-based stream, or a folder (`hf`, `spacy`)."""

    name: str
    description: str
    stream: StreamWriter | None = None
    folder: FolderWriter | None = None
    files: frozenset[str] = frozenset()
    """A folder format: the names it writes (a previous export of it may be replaced)."""
    default_split: tuple[float, ...] | None = None
    """A folder format that always splits (spaCy needs a dev set)."""
    dev_name: str | None = None
    """The name of the second of two splits ("dev" for spaCy, "validation" for hf)."""


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jsonl", "one record per sentence, every label and the gold label", write_jsonl),
        Format("csv", "one row per (sentence, annotator), for pandas or a spreadsheet", write_csv),
        Format(
            "prodigy", "Prodigy db-out JSONL of a choice task, one line per answer", write_prodigy
        ),
        Format(
            "spacy",
            "a folder of spaCy DocBin files (train.spacy, dev.spacy) and a textcat config.cfg "
            "that `spacy train` reads",
            folder=write_docbin,
            files=spacy_docbin.FILES,
            default_split=spacy_docbin.DEFAULT_SPLIT,
            dev_name="dev",
        ),
        Format(
            "spacy-jsonl",
            'spaCy textcat JSONL {"text", "cats"} of the gold labels',
            write_spacy_jsonl,
        ),
        Format(
            "hf",
            "a Hugging Face datasets folder (data + card, label as ClassLabel; --split for "
            "train/validation/test)",
            folder=write_hf,
            files=hf.FILES,
            dev_name="validation",
        ),
    )
}


def export(
    store: Store,
    format_name: str,
    output: Path | None,
    filters: ExportFilter | None = None,
    *,
    options: ExportOptions | None = None,
    split: tuple[float, ...] | None = None,
    seed: int = 0,
    stdout: BinaryIO | None = None,
) -> Written:
    """Write the export; `output` None means stdout (line formats only). `split`: shares of
    sentences for train/dev(/test), by article (folder formats)."""
    try:
        fmt = FORMATS[format_name]
    except KeyError:
        raise ExportError(
            f"unknown format {format_name!r}; choose one of {', '.join(FORMATS)}"
        ) from None
    filters = (filters or ExportFilter()).resolve(store)  # errors before any output exists
    if output is not None and store.is_database_file(output):
        raise ExportError(f"{output}: is the database itself; give another file name")
    options = options or ExportOptions()
    if fmt.folder is not None and output is None:
        raise ExportError(f"--format {fmt.name} writes a folder: give it with -o FOLDER")
    split = split or fmt.default_split
    if split is not None:
        if fmt.folder is None:
            raise ExportError(f"--split is for the folder formats (hf, spacy), not {fmt.name}")
        articles = store.article_sizes()
        names = split_names(split, dev=fmt.dev_name)
        if filters.article_ids is not None:
            articles = [a for a in articles if a[0] in set(filters.article_ids)]
        if len(articles) < len(split):
            raise ExportError(
                f"--split into {len(split)} needs at least {len(split)} articles (splits are "
                f"by article); there {'is' if len(articles) == 1 else 'are'} {len(articles)}"
            )
        from annotator.store.repeat_rows import linked_articles

        # articles that share a repeated claim stay together: no reprint across splits
        numbers = assign_linked(articles, split, seed, linked_articles(store))
        options = replace(
            options,
            split_of={article: names[n] for (article, _), n in zip(articles, numbers, strict=True)},
            splits=names,
        )
    dedupe = Dedupe.plan(store, filters) if filters.dedupe else None
    written = _write(store, fmt, output, filters, options, stdout, dedupe)
    written.dedupe = dedupe
    return written


def _write(
    store: Store,
    fmt: Format,
    output: Path | None,
    filters: ExportFilter,
    options: ExportOptions,
    stdout: BinaryIO | None,
    dedupe: Dedupe | None,
) -> Written:
    if fmt.stream is write_jsonl or fmt.stream is write_csv:
        # The hot paths: written from the rows, the same bytes as from the records' models
        # (tests compare), without building one per sentence.
        with (
            closing(iter_kept(store, filters, dedupe)) as kept,
            stdout_text(stdout) if output is None else atomic_file(output) as stream,
        ):
            if fmt.stream is write_jsonl:
                return write_json_lines(map(json_line, kept), stream)
            return write_csv_rows(kept, stream, options)
    # closing(): the query's cursor ends with the export, even when the writer fails.
    with closing(iter_records(store, filters, dedupe)) as records:
        if fmt.folder is not None:
            assert output is not None
            with atomic_folder(output, fmt.files) as folder:
                return fmt.folder(records, folder, store.scheme, options)
        assert fmt.stream is not None
        if output is None:
            with stdout_text(stdout) as stream:
                return fmt.stream(records, stream, store.scheme, options)
        with atomic_file(output) as stream:
            return fmt.stream(records, stream, store.scheme, options)


__all__ = [
    "FORMATS",
    "Dedupe",
    "ExportAdjudication",
    "ExportFilter",
    "ExportLabel",
    "ExportOptions",
    "ExportRecord",
    "Format",
    "Written",
    "export",
    "iter_records",
]
