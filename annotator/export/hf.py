"""A Hugging Face `datasets` folder: `data.jsonl` (or one file per split) plus a dataset card
(`README.md`).

The card's YAML header declares the features, so `datasets.load_dataset(FOLDER)` gives the gold
label as a `ClassLabel` with the scheme's label names, and `votes` as one count per label.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from annotator.export.models import ExportRecord
from annotator.export.writers import ExportOptions, Written
from annotator.records import LabelScheme

DATA_FILE = "data.jsonl"
"""The one data file when there is no split; with `--split`, one `SPLIT.jsonl` per split."""
FILES = frozenset({DATA_FILE, "train.jsonl", "validation.jsonl", "test.jsonl"})
"""Every file name this writer may leave in its folder (with README.md)."""
NO_LABEL = -1
"""`label` of a sentence without a gold label: the `datasets` convention for a missing label."""


def _q(text: str) -> str:
    """A YAML scalar: JSON strings are valid YAML double-quoted strings."""
    return json.dumps(text, ensure_ascii=False)


def _features(scheme: LabelScheme) -> list[str]:
    lines = ["  features:"]
    for name, dtype in (
        ("sentence_id", "string"),
        ("article_id", "string"),
        ("article_title", "string"),
        ("position", "int64"),
        ("text", "string"),
        ("previous", "string"),
        ("next", "string"),
        ("repeat_group", "string"),
    ):
        lines += [f"  - name: {name}", f"    dtype: {dtype}"]
    lines += ["  - name: label", "    dtype:", "      class_label:", "        names:"]
    lines += [f"          '{index}': {_q(name)}" for index, name in enumerate(scheme.names)]
    lines += ["  - name: method", "    dtype: string", "  - name: annotators", "    dtype: int64"]
    lines += ["  - name: votes", "    struct:"]
    for name in scheme.names:
        lines += [f"    - name: {_q(name)}", "      dtype: int64"]
    return lines


def card(
    scheme: LabelScheme,
    written: Written,
    files: dict[str, str],
    counts: dict[str, int],
    *,
    unresolved: bool,
) -> str:
    """The dataset card: YAML metadata (configs, features) and a short description.
    `files`: split name → data file."""
    header = [
        "---",
        "language:",
        "- fr",
        "task_categories:",
        "- text-classification",
        f"pretty_name: {_q(f'claim-annotator export ({scheme.name})')}",
        "configs:",
        "- config_name: default",
        "  data_files:",
        *(
            line
            for split, name in files.items()
            for line in (f"  - split: {split}", f"    path: {name}")
        ),
        "dataset_info:",
        *_features(scheme),
        "---",
    ]
    splits = ", ".join(f"{split} {counts.get(split, 0)}" for split in files)
    split_note = (
        "\n\nSplits are by article (no article in two splits), seeded, with shares of "
        "sentences as asked."
        if len(files) > 1
        else ""
    )
    unresolved_note = (
        f"Sentences without one (a tie) are included, with label `{NO_LABEL}`."
        if unresolved
        else "Sentences without one (a tie) are left out (`--include-unresolved` keeps "
        f"them, as `{NO_LABEL}`)."
    )
    labels = "\n".join(
        f"| {index} | `{label.name}` | {label.description} |"
        for index, label in enumerate(scheme.labels)
    )
    body = f"""
# Claim status of news sentences ({scheme.name})

Exported by `annotator export --format hf`: {written.lines} sentences, {written.labels} labels
({splits}). One row per sentence, with its article, the sentences before and after it, and the
gold label.{split_note}

| id | label | meaning |
|---|---|---|
{labels}

`label` is the gold label: the reviewer's adjudication, else the annotators' unanimous or
majority label (`method` says which). {unresolved_note} `votes` counts the annotators who
chose each label; `annotators` is their total.

```python
from datasets import load_dataset
dataset = load_dataset("path/to/this/folder")
```
"""
    return "\n".join(header) + "\n" + body


def write_hf(
    records: Iterable[ExportRecord], folder: Path, scheme: LabelScheme, options: ExportOptions
) -> Written:
    """Write the data (one file, or one per split; streamed) and then the card into `folder`."""
    index = {name: number for number, name in enumerate(scheme.names)}
    written = Written()
    if options.split_of is not None:
        files = {split: f"{split}.jsonl" for split in options.splits}
    else:
        files = {"train": DATA_FILE}
    counts = dict.fromkeys(files, 0)
    streams = {
        split: (folder / name).open("w", encoding="utf-8", newline="")
        for split, name in files.items()
    }
    try:
        for record in records:
            if record.gold.label is None and not options.include_unresolved:
                continue
            split = (
                "train"
                if options.split_of is None
                else options.split_of.get(record.article_id, options.splits[0])
            )
            votes = {name: record.gold.votes.get(name, 0) for name in scheme.names}
            row = {
                "sentence_id": record.sentence_id,
                "article_id": record.article_id,
                "article_title": record.article_title,
                "position": record.position,
                "text": record.text,
                "previous": record.previous,
                "next": record.next,
                "repeat_group": record.repeat_group,
                "label": NO_LABEL if record.gold.label is None else index[record.gold.label],
                "method": record.gold.method.value,
                "annotators": sum(votes.values()),
                "votes": votes,
            }
            out = streams[split]
            out.write(json.dumps(row, ensure_ascii=False))
            out.write("\n")
            counts[split] += 1
            written.lines += 1
            written.sentences += 1
            written.labels += len(record.labelled)
    finally:
        for out in streams.values():
            out.close()
    (folder / "README.md").write_text(
        card(scheme, written, files, counts, unresolved=options.include_unresolved),
        encoding="utf-8",
    )
    if options.split_of is not None:
        written.splits = counts
    return written
