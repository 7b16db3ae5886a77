"""`schema/` holds the JSON Schemas the models generate: this test fails when they drift."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema as validator

from annotator import file_formats
from annotator.schemes import CLAIMS

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
FIX = "run `annotator schema --write schema/` and commit the result"


def test_schema_folder_matches_the_models() -> None:
    expected = file_formats.schemas()
    on_disk = {path.name for path in SCHEMA_DIR.glob("*.schema.json")}
    assert on_disk == set(expected), FIX
    for name, schema in expected.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == file_formats.render(schema), (
            f"{name} drifted: {FIX}"
        )


def test_article_input_schema_accepts_and_rejects_what_the_reader_does() -> None:
    schema = json.loads((SCHEMA_DIR / "article.input.schema.json").read_text())
    validator.validate({"title": "T", "text": "Le Kremlin nie.", "url": "https://x"}, schema)
    try:
        validator.validate({"title": "T"}, schema)
    except validator.ValidationError:
        pass
    else:
        raise AssertionError("a line without text must not validate")
    validator.validate({"html": "<html><body><p>Un article.</p></body></html>"}, schema)
    for wrong in ({"title": "T", "text": "x", "html": "<p>x</p>"}, {"text": "sans titre"}):
        try:
            validator.validate(wrong, schema)
        except validator.ValidationError:
            continue
        raise AssertionError(f"{wrong} must not validate")


def test_default_scheme_validates_against_scheme_schema() -> None:
    schema = json.loads((SCHEMA_DIR / "label-scheme.schema.json").read_text())
    validator.validate(json.loads(CLAIMS.to_json()), schema)
