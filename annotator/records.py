"""The records the store reads back and the screens show: plain dataclasses, no Pydantic.

A sentence, an article, its page and the project's label scheme are validated where they
come in (`models.ArticleIn` for an articles file, `scheme_file.LabelScheme` for a scheme
file) and stored from there; read back from our own typed tables, they need no second
validation. Keeping them free of Pydantic lets the annotation screen paint its first sentence
before Pydantic is imported (about a tenth of a second of every launch); `models.py` re-exports
them, so they are reached from there as before.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


def utc_now() -> str:
    """UTC ISO-8601 timestamp with microseconds: sorts as text, as in llm's `datetime_utc`."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class EventAction(StrEnum):
    """What an event did."""

    LABEL = "label"
    EDIT = "edit"
    UNDO = "undo"
    ADJUDICATE = "adjudicate"
    REPEAT = "repeat"
    """A blind repeat's label (`annotate --repeat-share`): kept beside the first label, which
    it never replaces; `before` is the annotator's state then, `after` the repeat's."""


class AdjudicationReason(StrEnum):
    """Why the reviewer chose the final label."""

    GUIDELINE_GAP = "guideline_gap"
    AMBIGUOUS = "ambiguous"
    ANNOTATOR_ERROR = "annotator_error"
    OTHER = "other"


STATE_FIELDS: tuple[str, ...] = (
    "label",
    "source",
    "cue",
    "note",
    "flagged",
    "skipped",
    "suggested",
    "suggested_cue",
    "suggested_source",
    "suggested_rule",
    "suggestion_shown",
    "seconds",
)
"""The fields of a label's state, in column order: `models.LabelState`'s, which checks that
they agree (the store needs them before Pydantic is loaded)."""
BOOL_STATE_FIELDS: tuple[str, ...] = ("flagged", "skipped", "suggestion_shown")
"""State fields stored as 0/1 integers: SQLite has no boolean."""


def state_of(annotation: Any) -> dict[str, Any] | None:
    """The state fields of `annotation` (a `models.LabelState`) as a dict (an event's
    before/after), or None."""
    if annotation is None:
        return None
    return {field: getattr(annotation, field) for field in STATE_FIELDS}


@dataclass(frozen=True, kw_only=True, slots=True)
class Label:
    """One label of a scheme, with the key that sets it in the TUI."""

    name: str
    key: str
    description: str
    color: str = "#888888"

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True, kw_only=True, slots=True)
class LabelScheme:
    """A set of labels: data, not code (a JSON or TOML file can define another one).

    Made from a scheme file by `LabelScheme.validate` (the file's checks: names, keys, at least
    one label, each unique); `LabelScheme(...)` itself checks nothing."""

    name: str
    labels: tuple[Label, ...]
    description: str = ""
    ordered: bool = False
    """The labels are an ordinal scale, in display order (lowest first): agreement then also
    weighs near misses (ordinal alpha, AC2, weighted kappa)."""

    @classmethod
    def validate(cls, data: Any) -> LabelScheme:
        """A scheme from a scheme file's data, checked (raises Pydantic's `ValidationError`)."""
        from annotator.scheme_file import LabelScheme as SchemeFile

        return SchemeFile.model_validate(data).to_scheme()

    @classmethod
    def trusted(cls, data: dict[str, Any]) -> LabelScheme:
        """A scheme from data validated when it was written (a project's stored scheme,
        written by `Store.set_scheme` from a validated one) or that a test validates (the
        built-in one), made without checking; data of any other shape is validated."""
        label_fields = {"name", "key", "description", "color"}
        shaped = (
            isinstance(data, dict)
            and isinstance(data.get("name"), str)
            and set(data) <= {"name", "description", "ordered", "labels"}
            and isinstance(data.get("labels"), list | tuple)
            and len(data["labels"]) > 0
            and all(
                isinstance(label, dict)
                and {"name", "key", "description"} <= set(label) <= label_fields
                for label in data["labels"]
            )
        )
        if not shaped:
            return cls.validate(data)
        labels = tuple(Label(**label) for label in data["labels"])
        fields = {key: data[key] for key in ("description", "ordered") if key in data}
        return cls(name=data["name"], labels=labels, **fields)

    @property
    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    def label(self, name: str) -> Label | None:
        return next((label for label in self.labels if label.name == name), None)

    def by_key(self, key: str) -> Label | None:
        return next((label for label in self.labels if label.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        """The scheme as a scheme file holds it (label-scheme.schema.json)."""
        return {
            "name": self.name,
            "description": self.description,
            "labels": [label.to_dict() for label in self.labels],
            "ordered": self.ordered,
        }

    def to_json(self) -> str:
        """Compact JSON, as the project stores its scheme."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


@dataclass(kw_only=True, slots=True)
class Article:
    """An imported article."""

    id: str
    """Stable id: derived from the normalised text, or given."""
    title: str
    """Title: the first non-empty line of a text file."""
    text: str
    """Full text, newlines normalised to \\n."""
    source: str
    """File path or URL the article came from."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Free metadata (JSON)."""
    imported_at: str = field(default_factory=utc_now)
    """UTC ISO-8601."""


@dataclass(kw_only=True, slots=True)
class Page:
    """The web page an article was extracted from, kept whole."""

    html: str
    """The page's HTML, decoded."""
    url: str | None = None
    """Where it was fetched from, if a URL."""
    fetched_at: str = field(default_factory=utc_now)
    """UTC ISO-8601."""


@dataclass(kw_only=True, slots=True)
class Sentence:
    """One sentence: `text == article.text[start:end]`."""

    id: str
    """Stable id: article id and character span."""
    article_id: str
    position: int
    """0-based index of the sentence in its article."""
    start: int
    """Offset of the first character in the article text."""
    end: int
    """Offset after the last character."""
    text: str
    paragraph: int
    """0-based paragraph index in the article."""
    boilerplate: bool = False
    """Looks like web boilerplate: likely not_a_claim."""
