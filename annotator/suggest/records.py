"""Suggestions for stored sentences, and the records `annotator suggest` writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import groupby

from pydantic import BaseModel, ConfigDict, Field

from annotator.records import Sentence
from annotator.store import Store
from annotator.suggest.model import Suggestion
from annotator.suggest.ner import Entities, add_names


def suggest_article(
    texts: Sequence[str],
    *,
    boilerplate: Sequence[bool] | None = None,
    title: str | None = None,
    paragraphs: Sequence[int] | None = None,
) -> list[Suggestion]:
    """`rules.suggest_article`, imported on first use: its pattern tables take a tenth of a
    second to compile, which the annotation screen's first paint should not wait for."""
    from annotator.suggest.rules import suggest_article as rules_suggest_article

    return rules_suggest_article(texts, boilerplate=boilerplate, title=title, paragraphs=paragraphs)


Refine = Callable[[Sequence[str], list[Suggestion]], list[Suggestion]]
"""Turns an article's rule suggestions into others (a learned model's, `annotator.learn`)."""


def for_article(
    sentences: Sequence[Sentence],
    title: str | None,
    entities: Entities | None = None,
    refine: Refine | None = None,
) -> list[Suggestion]:
    """The suggestions of one article's sentences (in position order): what the TUI shows
    and `annotator suggest` writes, computed the same way for both. `entities` (the optional
    NER pipeline) adds the names near each cue as source candidates; `refine` (a learned
    model) chooses the labels from the rules' findings."""
    texts = [s.text for s in sentences]
    suggestions = suggest_article(
        texts,
        boilerplate=[s.boilerplate for s in sentences],
        title=title,
        paragraphs=[s.paragraph for s in sentences],
    )
    if refine is not None:
        suggestions = refine(texts, suggestions)
    return add_names(suggestions, texts, entities) if entities is not None else suggestions


def iter_suggestions(
    store: Store,
    article_ids: Sequence[str] | None = None,
    entities: Entities | None = None,
    refine: Refine | None = None,
) -> Iterator[tuple[Sentence, Suggestion]]:
    """Every sentence of the database (or of `article_ids`) with its suggestion, streamed
    article by article in import order."""
    titles = dict(store.article_list())
    wanted = set(article_ids) if article_ids is not None else None
    for article_id, group in groupby(store.iter_sentences(), key=lambda s: s.article_id):
        if wanted is not None and article_id not in wanted:
            continue
        sentences = sorted(group, key=lambda s: s.position)
        suggestions = for_article(sentences, titles.get(article_id), entities, refine)
        yield from zip(sentences, suggestions, strict=True)


class SuggestionRecord(BaseModel):
    """One line of `annotator suggest`: a sentence and what the rules suggest for it."""

    model_config = ConfigDict(defer_build=True)

    sentence_id: str = Field(description="Stable id of the sentence.")
    article_id: str = Field(description="Stable id of its article.")
    position: int = Field(ge=0, description="0-based index of the sentence in its article.")
    text: str = Field(description="The sentence.")
    label: str = Field(description="Suggested label.")
    cue: str | None = Field(description="The cue's words, parts joined by ' … '; null: none.")
    cue_spans: list[tuple[int, int]] = Field(
        description="[start, end] offsets of each cue part in `text`."
    )
    source: str | None = Field(description="Source candidate, or 'non nommée'; null: none.")
    source_span: tuple[int, int] | None = Field(description="[start, end] of the source in `text`.")
    source_candidates: list[str] = Field(
        default_factory=list,
        description="Persons and organisations near the cue, nearest first (with --ner).",
    )
    confidence: float = Field(
        ge=0,
        le=1,
        description="The model's calibrated probability of `label`; with the rules alone, "
        "how often this rule is right (0–1).",
    )
    rule: str = Field(description="'model' when a learned model chose the label; else the rule.")

    @classmethod
    def of(cls, sentence: Sentence, suggestion: Suggestion) -> SuggestionRecord:
        span = suggestion.source_span
        return cls(
            sentence_id=sentence.id,
            article_id=sentence.article_id,
            position=sentence.position,
            text=sentence.text,
            label=suggestion.label,
            cue=suggestion.cue_text,
            cue_spans=[(part.start, part.end) for part in suggestion.cue],
            source=suggestion.source,
            source_span=(span.start, span.end) if span else None,
            source_candidates=[name.text for name in suggestion.source_candidates],
            confidence=suggestion.confidence,
            rule=suggestion.rule,
        )
