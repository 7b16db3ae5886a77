"""What the model sees of a sentence: its words and characters, and what the rules found.

The rules' output (label, rule, cue found, source found) is a feature beside the text, not a
vote: the model learns when to trust which rule from the team's labels. The rules' labels of
the sentences before and after carry context the rules use too (a report continued, a
quotation, a denial that follows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.suggest.model import UNNAMED, Suggestion


@dataclass(frozen=True)
class Example:
    """One sentence as the model sees it."""

    text: str
    rules: Suggestion
    """The rules' suggestion for the sentence, in its article."""
    previous: str | None
    """The rules' label of the sentence before, in the same article."""
    position: int
    following: str | None = None
    """The rules' label of the sentence after, in the same article."""


def examples(texts: Sequence[str], suggestions: Sequence[Suggestion]) -> list[Example]:
    """An article's sentences (in order) with the rules' suggestions for them."""
    out: list[Example] = []
    previous: str | None = None
    labels = [s.label for s in suggestions]
    for position, (text, suggestion) in enumerate(zip(texts, suggestions, strict=True)):
        following = labels[position + 1] if position + 1 < len(labels) else None
        out.append(Example(text, suggestion, previous, position, following))
        previous = suggestion.label
    return out


def rule_features(example: Example) -> dict[str, float]:
    """One-hot features of the rules' view of the sentence."""
    s = example.rules
    features = {f"rule={s.rule}": 1.0, f"rule_label={s.label}": 1.0}
    features[f"previous={example.previous or 'none'}"] = 1.0
    features[f"next={example.following or 'none'}"] = 1.0
    if s.cue:
        features["has_cue"] = 1.0
    if s.source == UNNAMED:
        features["source_unnamed"] = 1.0
    elif s.source:
        features["has_source"] = 1.0
    if example.position == 0:
        features["first_sentence"] = 1.0
    words = len(example.text.split())
    features[f"length={min(words // 5, 8)}"] = 1.0
    if example.text.rstrip().endswith("?"):
        features["question"] = 1.0
    return features
