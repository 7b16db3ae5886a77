"""What `annotator export --format jsonl` writes: one `ExportRecord` per sentence.

Its JSON Schema is `schema/export.jsonl-record.schema.json`. `annotator import-labels` reads
the same records back, so an export is also a backup of the labels.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from annotator.gold import Gold
from annotator.models import AdjudicationReason, LabelState


class _Annotator(BaseModel):
    annotator: str = Field(min_length=1, description="Who labelled.")


class ExportLabel(LabelState, _Annotator):
    """One annotator's current state on the sentence (the fields of `LabelState`)."""

    model_config = ConfigDict(extra="forbid")

    created_at: str | None = Field(default=None, description="First label, UTC ISO-8601.")
    updated_at: str | None = Field(default=None, description="Last change, UTC ISO-8601.")


class ExportAdjudication(BaseModel):
    """The label a reviewer chose for the sentence."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="The final label.")
    reviewer: str = Field(description="Who adjudicated.")
    reason: AdjudicationReason = Field(description="Why this label.")
    note: str | None = Field(default=None, description="The reviewer's note.")
    created_at: str = Field(description="When, UTC ISO-8601.")


class ExportRecord(BaseModel):
    """One sentence in its article, with every annotator's label and the gold label."""

    model_config = ConfigDict(extra="forbid")

    sentence_id: str = Field(description="Stable id: article id and character span.")
    article_id: str = Field(description="Stable id of the article.")
    article_title: str = Field(description="Title of the article.")
    article_source: str = Field(description="File path or URL the article came from.")
    position: int = Field(ge=0, description="0-based index of the sentence in its article.")
    paragraph: int = Field(ge=0, description="0-based paragraph index in the article.")
    start: int = Field(ge=0, description="Offset of the first character in the article text.")
    end: int = Field(ge=0, description="Offset after the last character.")
    text: str = Field(description="The sentence: `article text[start:end]`.")
    boilerplate: bool = Field(default=False, description="Looked like web boilerplate.")
    previous: str | None = Field(description="The sentence before, in the same article.")
    next: str | None = Field(description="The sentence after, in the same article.")
    repeat_group: str | None = Field(
        default=None,
        description="The group of sentences that repeat this one across the corpus, exactly "
        "or nearly (`annotator repeats`); null when it is not repeated.",
    )
    annotations: list[ExportLabel] = Field(description="Every annotator's state, by name.")
    adjudication: ExportAdjudication | None = Field(
        default=None, description="The reviewer's decision, if any."
    )
    gold: Gold = Field(description="The final label: see `annotator.gold` for the rule.")

    @property
    def labelled(self) -> list[ExportLabel]:
        """The annotations that carry a label."""
        return [annotation for annotation in self.annotations if annotation.label is not None]
