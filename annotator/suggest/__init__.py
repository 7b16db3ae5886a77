"""Rule-based French pre-annotation: a label, its cue and a source for each sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.suggest.model import UNNAMED, Span, Suggestion
    from annotator.suggest.rules import suggest, suggest_article


def __getattr__(name: str) -> Any:
    # The rules (and their compiled pattern tables) load on first use, not with the package;
    # so do the suggestion's Pydantic model (the annotation screen imports `controls` before
    # its first paint, which runs this package's code).
    if name in ("suggest", "suggest_article"):
        from annotator.suggest import rules

        return getattr(rules, name)
    if name in ("UNNAMED", "Span", "Suggestion"):
        from annotator.suggest import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["UNNAMED", "Span", "Suggestion", "suggest", "suggest_article"]
