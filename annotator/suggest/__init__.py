"""Rule-based French pre-annotation: a label, its cue and a source for each sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.suggest.model import UNNAMED, Span, Suggestion

if TYPE_CHECKING:
    from annotator.suggest.rules import suggest, suggest_article


def __getattr__(name: str) -> Any:
    # The rules (and their compiled pattern tables) load on first use, not with the package.
    if name in ("suggest", "suggest_article"):
        from annotator.suggest import rules

        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["UNNAMED", "Span", "Suggestion", "suggest", "suggest_article"]
