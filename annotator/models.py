"""Pydantic models of the records we store, read or write, and of every file's lines.

Field names are column names: `table.insert(model.model_dump(mode="json"))` and
`Model.model_validate(row)` are the whole mapping between the models and SQLite. The records
the annotation screen reads to paint (a sentence, an article, the scheme) are plain
dataclasses in `records.py`, re-exported here.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The records read back from the store, plain dataclasses (see records.py), reached from here
from annotator.records import BOOL_STATE_FIELDS as BOOL_STATE_FIELDS
from annotator.records import STATE_FIELDS as STATE_FIELDS
from annotator.records import AdjudicationReason as AdjudicationReason
from annotator.records import Article as Article
from annotator.records import EventAction as EventAction
from annotator.records import Label as Label
from annotator.records import LabelScheme as LabelScheme
from annotator.records import Page as Page
from annotator.records import Sentence as Sentence
from annotator.records import state_of as state_of
from annotator.records import utc_now as utc_now


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


class _SentenceAndAnnotator(BaseModel):
    model_config = ConfigDict(defer_build=True)
    sentence_id: str
    annotator: str


class Annotation(LabelState, _SentenceAndAnnotator):
    """The current state of one annotator on one sentence (one row per pair)."""

    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


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
