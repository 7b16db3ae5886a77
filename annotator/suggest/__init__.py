"""Rule-based French pre-annotation: a label, its cue and a source for each sentence."""

from __future__ import annotations

from annotator.suggest.model import UNNAMED, Span, Suggestion
from annotator.suggest.rules import suggest, suggest_article

__all__ = ["UNNAMED", "Span", "Suggestion", "suggest", "suggest_article"]
