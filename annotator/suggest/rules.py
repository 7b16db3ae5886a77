"""French attribution cues (first cut: being extended)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.suggest.model import Span, Suggestion

_SAID = re.compile(r"\b(?:a|ont)\s+(?:déclaré|affirmé|ajouté|annoncé|souligné)\b")
_DENY = re.compile(r"\b(?:nie|nient|démenti|dément|réfute|conteste)\b")


def suggest(text: str, *, boilerplate: bool = False) -> Suggestion:
    """The suggestion for one sentence on its own."""
    return suggest_article([text], boilerplate=[boilerplate])[0]


def suggest_article(
    texts: Sequence[str], *, boilerplate: Sequence[bool] | None = None
) -> list[Suggestion]:
    """Suggestions for an article's sentences, in order (a quotation may span sentences)."""
    out = []
    for i, text in enumerate(texts):
        if boilerplate and boilerplate[i]:
            out.append(Suggestion(label="not_a_claim", confidence=0.9, rule="boilerplate"))
            continue
        for label, pattern in (("contested", _DENY), ("attributed", _SAID)):
            match = pattern.search(text)
            if match:
                span = Span(start=match.start(), end=match.end(), text=match.group())
                out.append(Suggestion(label=label, cue=[span], confidence=0.8, rule=label))
                break
        else:
            out.append(Suggestion(label="asserted", confidence=0.5, rule="default"))
    return out
