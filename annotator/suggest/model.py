"""What the suggester proposes for one sentence."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

UNNAMED = "non nommée"
"""The source of a journalistic conditional with nobody named (guidelines, R4d and R10)."""


class Span(BaseModel):
    """Characters `start:end` of the sentence."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int = Field(ge=0, description="Offset of the first character in the sentence.")
    end: int = Field(ge=0, description="Offset after the last character.")
    text: str = Field(description="`sentence[start:end]`.")


class Suggestion(BaseModel):
    """The label the rules propose, with the words that made them propose it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    label: str = Field(description="Suggested label (claims scheme).")
    cue: list[Span] = Field(
        default_factory=list, description="The cue's words: one span, or discontinuous parts."
    )
    source: str | None = Field(
        default=None, description="Source candidate as written, or 'non nommée'."
    )
    source_span: Span | None = Field(default=None, description="Where the source is, if named.")
    source_candidates: list[Span] = Field(
        default_factory=list,
        description="Persons and organisations near the cue, nearest first (NER, optional).",
    )
    confidence: float = Field(ge=0, le=1, description="How often this rule is right (0–1).")
    rule: str = Field(description="Name of the rule that fired.")

    @property
    def cue_text(self) -> str | None:
        """The cue as the guidelines write it: parts joined by ' … '; "« »" for a sentence
        inside a quotation whose marks are in other sentences (guidelines R10)."""
        if not self.cue:
            return "« »" if self.rule == "inside_quotation" else None
        return " … ".join(span.text for span in self.cue)

    def annotation_fields(self, *, shown: bool) -> dict[str, Any]:
        """The annotation columns that record this suggestion beside a label."""
        return {
            "suggested": self.label,
            "suggested_cue": self.cue_text,
            "suggested_source": self.source,
            "suggested_rule": self.rule,
            "suggestion_shown": shown,
        }
