"""A model file's layout version and description, read without scikit-learn or numpy (the
annotation screen checks a stored model before its first paint, and loads it after)."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from annotator.errors import AnnotatorError

FORMAT = 2
"""Version of the saved layout; a file with another is refused, not guessed at (1: one
regression over text and rules, before stacking)."""


def check_meta(meta: dict[str, Any]) -> None:
    if meta.get("format") != FORMAT:
        raise AnnotatorError(
            f"model format {meta.get('format')!r} is not the one this version reads "
            f"({FORMAT}): train it again with `annotator train`, or use --rules-only"
        )


def check_format(data: bytes) -> None:
    """Refuse, before anything is suggested, a model this version cannot read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            meta = json.loads(archive.read("meta.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise AnnotatorError(f"not a claim-annotator model ({error})") from None
    if not isinstance(meta, dict):
        raise AnnotatorError("not a claim-annotator model (no description)")
    check_meta(meta)


def read_info(data: bytes) -> dict[str, Any]:
    """The description inside a model file, read without scikit-learn."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = json.loads(archive.read("info.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise AnnotatorError(
            "not a claim-annotator model file (one that `annotator train -o` writes)"
        ) from None
    if not isinstance(info, dict):
        raise AnnotatorError("not a claim-annotator model file (no description inside)")
    return info
