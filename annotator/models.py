"""Pydantic models of every record we store, read or write.

Field names are column names: `table.insert(model.model_dump(mode="json"))` and
`Model.model_validate(row)` are the whole mapping between the models and SQLite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def utc_now() -> str:
    """UTC ISO-8601 timestamp with microseconds: sorts as text, as in llm's `datetime_utc`."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Label(BaseModel):
    """One label of a scheme, with the key that sets it in the TUI."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Label name, as stored.")
    key: str = Field(
        min_length=1, max_length=1, description="Single key that sets the label and advances."
    )
    description: str = Field(description="What the label means, shown in the TUI.")
    color: str = Field(default="#888888", description="Display colour (CSS colour).")


class LabelScheme(BaseModel):
    """A set of labels: data, not code (a JSON or TOML file can define another one)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$", description="Scheme name.")
    description: str = Field(default="", description="What the scheme is for.")
    labels: tuple[Label, ...] = Field(min_length=1, description="Labels, in display order.")
    ordered: bool = Field(
        default=False,
        description="The labels are an ordinal scale, in display order (lowest first): "
        "agreement then also weighs near misses (ordinal alpha, AC2, weighted kappa).",
    )

    @model_validator(mode="after")
    def _unique(self) -> LabelScheme:
        names = [label.name for label in self.labels]
        keys = [label.key for label in self.labels]
        if len(set(names)) != len(names):
            raise ValueError("label names must be unique")
        if len(set(keys)) != len(keys):
            raise ValueError("label keys must be unique")
        return self

    @classmethod
    def trusted(cls, data: dict[str, Any]) -> LabelScheme:
        """A scheme from data that was validated when it was written (a project's stored
        scheme, written by `Store.set_scheme` from a validated one) or that a test validates
        (the built-in one): built without running the validators, whose first build costs
        ~35 ms of Pydantic machinery before the annotation screen's first paint. Data of any
        other shape is validated as usual."""
        label_fields = {"name", "key", "description", "color"}
        shaped = (
            isinstance(data, dict)
            and "name" in data
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
            return cls.model_validate(data)
        labels = tuple(Label.model_construct(**label) for label in data["labels"])
        fields = {key: data[key] for key in ("name", "description", "ordered") if key in data}
        return cls.model_construct(labels=labels, **fields)

    @property
    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    def label(self, name: str) -> Label | None:
        return next((label for label in self.labels if label.name == name), None)

    def by_key(self, key: str) -> Label | None:
        return next((label for label in self.labels if label.key == key), None)


class ArticleIn(BaseModel):
    """One line of an articles JSONL file, as we read it.

    Fields other than these are kept, folded into `meta`, so nothing a user supplies is lost.
    """

    model_config = ConfigDict(
        extra="allow",
        defer_build=True,
        json_schema_extra={
            "oneOf": [
                {"required": ["title", "text"], "not": {"required": ["html"]}},
                {"required": ["html"], "not": {"required": ["text"]}},
            ]
        },
    )

    title: str | None = Field(
        default=None,
        min_length=1,
        description="Article title; required with `text`, read from the page with `html`.",
    )
    text: str | None = Field(
        default=None, min_length=1, description="Full article text (or give `html`)."
    )
    html: str | None = Field(
        default=None,
        min_length=1,
        description="A saved web page instead of `text`: its article is extracted "
        "(trafilatura), the page kept whole.",
    )
    id: str | None = Field(
        default=None,
        min_length=1,
        description="Your own stable id for the article; default: derived from the text.",
    )
    url: str | None = Field(default=None, description="Where the article comes from.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Free metadata.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("text is blank")
        return value

    @model_validator(mode="after")
    def _text_or_html(self) -> ArticleIn:
        if self.text is None and self.html is None:
            raise ValueError("text: missing (or html, for a web page)")
        if self.text is not None and self.html is not None:
            raise ValueError("give either text or html, not both")
        if self.text is not None and self.title is None:
            raise ValueError("title: missing (required with text)")
        return self

    def all_meta(self) -> dict[str, Any]:
        """`meta` plus any extra field of the line."""
        return {**(self.model_extra or {}), **self.meta}


class Article(BaseModel):
    """An imported article."""

    model_config = ConfigDict(defer_build=True)

    id: str = Field(description="Stable id: derived from the normalised text, or given.")
    title: str = Field(description="Title: the first non-empty line of a text file.")
    text: str = Field(description="Full text, newlines normalised to \\n.")
    source: str = Field(description="File path or URL the article came from.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Free metadata (JSON).")
    imported_at: str = Field(default_factory=utc_now, description="UTC ISO-8601.")


class Page(BaseModel):
    """The web page an article was extracted from, kept whole."""

    model_config = ConfigDict(defer_build=True)

    html: str = Field(description="The page's HTML, decoded.")
    url: str | None = Field(default=None, description="Where it was fetched from, if a URL.")
    fetched_at: str = Field(default_factory=utc_now, description="UTC ISO-8601.")


class Sentence(BaseModel):
    """One sentence: `text == article.text[start:end]`."""

    model_config = ConfigDict(defer_build=True)

    id: str = Field(description="Stable id: article id and character span.")
    article_id: str
    position: int = Field(ge=0, description="0-based index of the sentence in its article.")
    start: int = Field(ge=0, description="Offset of the first character in the article text.")
    end: int = Field(ge=0, description="Offset after the last character.")
    text: str
    paragraph: int = Field(ge=0, description="0-based paragraph index in the article.")
    boilerplate: bool = Field(
        default=False, description="Looks like web boilerplate: likely not_a_claim."
    )


class LabelState(BaseModel):
    """What one annotator says about one sentence: every field of a label, declared once.

    The store's columns, the events' before/after states, merge, the export record, the CSV
    columns and the import-labels input are all built from these fields (`STATE_FIELDS`).
    """

    model_config = ConfigDict(defer_build=True)

    label: str | None = Field(
        default=None, description="The label; null when not labelled (skipped, only flagged)."
    )
    source: str | None = Field(default=None, description="Who makes or denies the claim.")
    cue: str | None = Field(default=None, description="Words that signal the status.")
    note: str | None = Field(default=None, description="Free note.")
    flagged: bool = Field(default=False, description="Marked as needing review.")
    skipped: bool = Field(default=False, description="Skipped: comes back at the end.")
    suggested: str | None = Field(default=None, description="Label the tool suggested, if any.")
    suggested_cue: str | None = Field(default=None, description="Cue the tool suggested.")
    suggested_source: str | None = Field(default=None, description="Source the tool suggested.")
    suggested_rule: str | None = Field(default=None, description="Suggester rule that fired.")
    suggestion_shown: bool = Field(
        default=False, description="The suggestion was on screen when the label was given."
    )
    seconds: float = Field(default=0.0, ge=0, description="Time spent on the sentence.")


STATE_FIELDS: tuple[str, ...] = tuple(LabelState.model_fields)
"""The fields of a label's state, in column order."""
BOOL_STATE_FIELDS: tuple[str, ...] = tuple(
    name for name, info in LabelState.model_fields.items() if info.annotation is bool
)
"""State fields stored as 0/1 integers: SQLite has no boolean."""


def state_of(annotation: LabelState | None) -> dict[str, Any] | None:
    """The state fields of `annotation` as a dict (an event's before/after), or None."""
    if annotation is None:
        return None
    return {field: getattr(annotation, field) for field in STATE_FIELDS}


class _SentenceAndAnnotator(BaseModel):
    model_config = ConfigDict(defer_build=True)
    sentence_id: str
    annotator: str


class Annotation(LabelState, _SentenceAndAnnotator):
    """The current state of one annotator on one sentence (one row per pair)."""

    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class EventAction(StrEnum):
    """What an event did."""

    LABEL = "label"
    EDIT = "edit"
    UNDO = "undo"
    ADJUDICATE = "adjudicate"
    REPEAT = "repeat"
    """A blind repeat's label (`annotate --repeat-share`): kept beside the first label, which
    it never replaces; `before` is the annotator's state then, `after` the repeat's."""


class Event(BaseModel):
    """Append-only audit log: one row per change; undo is an event too."""

    model_config = ConfigDict(defer_build=True)

    uid: str = Field(description="Globally unique id (merging databases keeps it).")
    sentence_id: str
    annotator: str
    action: EventAction
    before: dict[str, Any] | None = Field(
        default=None, description="Annotation state before, or None when there was none."
    )
    after: dict[str, Any] | None = Field(default=None, description="Annotation state after.")
    target: str | None = Field(default=None, description="For undo: the uid of the undone event.")
    created_at: str = Field(default_factory=utc_now)


class AdjudicationReason(StrEnum):
    """Why the reviewer chose the final label."""

    GUIDELINE_GAP = "guideline_gap"
    AMBIGUOUS = "ambiguous"
    ANNOTATOR_ERROR = "annotator_error"
    OTHER = "other"


class Adjudication(BaseModel):
    """The final label of a sentence, chosen by a reviewer."""

    model_config = ConfigDict(defer_build=True)

    sentence_id: str
    label: str
    reviewer: str
    reason: AdjudicationReason = AdjudicationReason.OTHER
    note: str | None = None
    created_at: str = Field(default_factory=utc_now)


class _LabelInKeys(BaseModel):
    model_config = ConfigDict(defer_build=True)
    sentence_id: str = Field(min_length=1)
    annotator: str = Field(min_length=1)


class LabelIn(LabelState, _LabelInKeys):
    """One line of a plain labels JSONL file (`annotator import-labels`)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    created_at: str | None = None
    updated_at: str | None = None


class Design(BaseModel):
    """The parameters of the assignment, stored with it so `assign` can say what it is."""

    model_config = ConfigDict(defer_build=True)

    annotators: list[str] = Field(description="Every annotator of the design, in order.")
    per_article: int = Field(ge=1, description="Annotators per article outside the sample.")
    overlap: float = Field(ge=0.0, le=1.0, description="Share of articles read by everyone.")
    seed: int
    updated_at: str = ""


class AssignmentRow(BaseModel):
    """One line of `annotator assignments --format jsonl`: an article assigned to someone."""

    model_config = ConfigDict(defer_build=True)

    article_id: str
    annotator: str
    overlap: bool = Field(description="The article is in the agreement sample (read by all).")
    sentences: int = Field(description="Sentences in the article.")
    labelled: int = Field(description="Of those, the ones this annotator has labelled.")


class RepeatMember(BaseModel):
    """One sentence of a repeat group."""

    model_config = ConfigDict(defer_build=True)

    sentence_id: str = Field(description="Stable id of the sentence.")
    article_id: str = Field(description="Stable id of its article.")
    text: str = Field(description="The sentence as it is in that article.")


class RepeatGroup(BaseModel):
    """One line of `annotator repeats --format jsonl`: sentences that repeat one another
    (the same text after normalisation, or nearly: see `annotator.repeats`)."""

    model_config = ConfigDict(defer_build=True)

    group: str = Field(description="The group's id (the smallest normalised-text key in it).")
    size: int = Field(ge=2, description="How many sentences it holds.")
    boilerplate: bool = Field(
        description="Page furniture, not a repeated claim: every sentence of it marked as "
        "boilerplate, or a line of fewer than 6 words repeated in 3 articles or more (a "
        "site's own tagline). It binds no articles in an export split and "
        "counts in no one's consistency."
    )
    sentences: list[RepeatMember] = Field(description="Its sentences, in import order.")
