"""JSON Schemas of every file format we read or write, generated from the models.

`formats()` lists each format once (model, mode: `validation` for what we read,
`serialization` for what we write). `annotator schema --write schema/` writes them; a test
checks `schema/` is up to date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from annotator import scheme_file
from annotator.models import ArticleIn, AssignmentRow, LabelIn, RepeatGroup

Mode = Literal["validation", "serialization"]


def formats() -> dict[str, tuple[type[BaseModel], Mode, str]]:
    """Every file format, listed here once: schema name → (model, mode, description).

    The models are imported here, when schemas are asked for (`annotator schema` and the
    tests), so that the command line does not load the agreement and suggestion code to start.
    """
    from annotator.agreement.report import AgreementReport
    from annotator.export.models import ExportRecord
    from annotator.learn.info import ModelInfo
    from annotator.suggest.evaluate import GoldSentence
    from annotator.suggest.records import SuggestionRecord

    return {
        "article.input": (ArticleIn, "validation", "One line of an articles .jsonl file (import)."),
        "label.input": (LabelIn, "validation", "One line of a plain labels .jsonl file."),
        "label-scheme": (
            scheme_file.LabelScheme,
            "validation",
            "A label scheme file (.json or .toml).",
        ),
        "export.jsonl-record": (
            ExportRecord,
            "serialization",
            "One line of `annotator export --format jsonl` (also read by "
            "`annotator import-labels`).",
        ),
        "agreement-report": (
            AgreementReport,
            "serialization",
            "An inter-annotator agreement report (annotator agreement --format json).",
        ),
        "suggestion.jsonl-record": (
            SuggestionRecord,
            "serialization",
            "One line of `annotator suggest`: a sentence and its suggested label, cue and source.",
        ),
        "assignment.jsonl-record": (
            AssignmentRow,
            "serialization",
            "One line of `annotator assignments --format jsonl`: an article assigned to an "
            "annotator.",
        ),
        "model-info": (
            ModelInfo,
            "serialization",
            "A learned model's description: `annotator train --json`, each item of "
            "`annotator train --show --json`, and `info.json` inside a model file.",
        ),
        "repeat-group.jsonl-record": (
            RepeatGroup,
            "serialization",
            "One line of `annotator repeats --format jsonl`: a group of repeated sentences.",
        ),
        "gold.input": (
            GoldSentence,
            "validation",
            "One line of a gold file for `annotator suggest --evaluate` (seed_gold.jsonl's "
            "format).",
        ),
    }


def schemas() -> dict[str, dict[str, Any]]:
    result = {}
    for name, (model, mode, description) in sorted(formats().items()):
        schema = model.model_json_schema(mode=mode)
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"{name}.schema.json",
            **schema,
            "description": description
            + ("\n\n" + schema["description"] if "description" in schema else ""),
        }
        result[f"{name}.schema.json"] = schema
    return result


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in schemas().items():
        path = directory / filename
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
