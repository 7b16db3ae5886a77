"""The gold label of a sentence, from its annotators' labels and an optional adjudication.

Pure: no store, no I/O. The export, the review screen and the stats share this one rule:

1. an adjudication wins (`adjudicated`);
2. else, when every label is the same, that label (`unanimous`; one annotator counts too, so
   filter on `votes` when you need at least two);
3. else a strict plurality (`majority`): the most frequent label, more often than any other;
4. else no label (`unresolved`): a tie, or no label at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class GoldMethod(StrEnum):
    """How the gold label was decided."""

    ADJUDICATED = "adjudicated"
    UNANIMOUS = "unanimous"
    MAJORITY = "majority"
    UNRESOLVED = "unresolved"


class Gold(BaseModel):
    """The final label of a sentence and how it was reached."""

    model_config = ConfigDict(frozen=True)

    label: str | None = Field(description="The gold label; null when unresolved.")
    method: GoldMethod = Field(description="How the label was decided.")
    votes: dict[str, int] = Field(
        default_factory=dict,
        description="How many annotators chose each label (labels nobody chose are absent).",
    )


def _rank(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def votes_of(labels: Sequence[str]) -> dict[str, int]:
    """{label: count}, most frequent first, ties in name order (stable output)."""
    counts: dict[str, int] = {}
    for label in labels:  # a plain dict beats Counter on the 2-5 labels of a sentence
        counts[label] = counts.get(label, 0) + 1
    if len(counts) > 1:
        counts = dict(sorted(counts.items(), key=_rank))
    return counts


def gold_parts(
    labels: Sequence[str], adjudicated: str | None = None
) -> tuple[str | None, GoldMethod, dict[str, int]]:
    """(label, method, votes) of one sentence, without building a model: the export's hot
    loop calls this once per sentence. See the module docstring for the rule."""
    votes = votes_of(labels)
    if adjudicated is not None:
        return adjudicated, GoldMethod.ADJUDICATED, votes
    if not votes:
        return None, GoldMethod.UNRESOLVED, votes
    ranked = list(votes.items())
    if len(ranked) == 1:
        return ranked[0][0], GoldMethod.UNANIMOUS, votes
    (top, top_count), (_, second_count) = ranked[0], ranked[1]
    if top_count > second_count:
        return top, GoldMethod.MAJORITY, votes
    return None, GoldMethod.UNRESOLVED, votes


def gold_of(labels: Sequence[str], adjudicated: str | None = None) -> Gold:
    """The gold label of one sentence: see the module docstring for the rule."""
    label, method, votes = gold_parts(labels, adjudicated)
    return Gold(label=label, method=method, votes=votes)
