"""JSON Schemas of every file format we read or write, generated from the models.

`FORMATS` maps a schema file name to (model, mode): `validation` for what we read, `serialization`
for what we write. `annotator schema --write schema/` writes them; a test checks `schema/` is
up to date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from annotator.models import ArticleIn, LabelIn, LabelScheme

Mode = Literal["validation", "serialization"]

FORMATS: dict[str, tuple[type[BaseModel], Mode, str]] = {
    "article.input": (ArticleIn, "validation", "One line of an articles .jsonl file (import)."),
    "label.input": (LabelIn, "validation", "One line of a plain labels .jsonl file."),
    "label-scheme": (LabelScheme, "validation", "A label scheme file (.json or .toml)."),
}


def register(name: str, model: type[BaseModel], mode: Mode, description: str) -> None:
    FORMATS[name] = (model, mode, description)


def _load_extra_formats() -> None:
    """Modules whose formats live with them register on import."""
    import importlib

    for module in ("annotator.export", "annotator.agreement.report", "annotator.suggest.records"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:  # a part not built yet
            if error.name != module:
                raise


def schemas() -> dict[str, dict[str, Any]]:
    _load_extra_formats()
    result = {}
    for name, (model, mode, description) in sorted(FORMATS.items()):
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
