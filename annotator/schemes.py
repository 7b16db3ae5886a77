"""The built-in `claims` scheme, and loading another scheme from a TOML or JSON file."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.errors import AnnotatorError, InputError
from annotator.records import LabelScheme

CLAIMS = LabelScheme.trusted(  # validated by a test (tests/test_schemes_builtin.py)
    {
        "name": "claims",
        "description": "Status of the claim in a news sentence (see the guidelines on `?`).",
        "labels": [
            {
                "name": "attributed",
                "key": "a",
                "description": (
                    "Reported as someone's statement: a source (named or not) and a cue."
                ),
                "color": "#4ea1ff",
            },
            {
                "name": "contested",
                "key": "c",
                "description": "Reported as disputed or denied, by its subject or by others.",
                "color": "#ff6b6b",
            },
            {
                "name": "asserted",
                "key": "s",
                "description": "Stated by the outlet itself as fact, with no source.",
                "color": "#51cf66",
            },
            {
                "name": "not_a_claim",
                "key": "n",
                "description": (
                    "No checkable claim: boilerplate, navigation, share prompts, headings."
                ),
                "color": "#adb5bd",
            },
        ],
    }
)

BUILTIN = {CLAIMS.name: CLAIMS}


NAVIGATION_KEYS = frozenset("/?CSVfgijkmpqtuvx")
"""Single keys the annotate and review screens use for themselves: a label cannot take one
(a test checks this list against the screens' bindings)."""


def check_keys(scheme: LabelScheme, path: Path | None = None) -> None:
    """Refuse a label key that the screens already use for moving, editing or quitting."""
    for label in scheme.labels:
        if label.key in NAVIGATION_KEYS or not label.key.isprintable() or label.key == " ":
            message = (
                f"label {label.name!r}: key {label.key!r} is taken by the screens "
                f"({' '.join(sorted(NAVIGATION_KEYS))} are); choose another"
            )
            raise InputError(path, message) if path else AnnotatorError(message)


def is_claims(scheme: LabelScheme) -> bool:
    """Whether the rule-based suggester speaks this scheme (it knows the claims labels)."""
    return set(scheme.names) <= set(CLAIMS.names)


def load_scheme(path: Path) -> LabelScheme:
    """Read a scheme from a `.toml` or `.json` file; errors name the file."""
    import tomllib  # a scheme file is read by `scheme` and `import`, not when annotating

    from pydantic import ValidationError

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8")) if path.suffix == ".toml" else json.loads(raw)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"not a valid scheme file: {error}") from None
    try:
        return LabelScheme.validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "scheme"
        raise InputError(path, f"{where}: {first['msg']}") from None


def resolve_scheme(ref: str, current: LabelScheme | None = None) -> LabelScheme:
    """A scheme from its reference: a `.toml` or `.json` file, a built-in name, or the name
    of `current` (the project's own); anything else is an error naming it."""
    path = Path(ref)
    if path.suffix.lower() in (".json", ".toml"):
        if not path.exists():
            raise InputError(path, "no such scheme file")
        return load_scheme(path)
    if current is not None and ref == current.name:
        return current
    if ref in BUILTIN:
        return BUILTIN[ref]
    names = sorted({*BUILTIN, *([current.name] if current else [])})
    raise InputError(
        ref, f"no such label scheme (a .toml or .json file, or one of: {', '.join(names)})"
    )
