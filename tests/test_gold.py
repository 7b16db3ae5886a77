"""The gold label rule: adjudicated, unanimous, majority (strict plurality), else unresolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.gold import Gold, GoldMethod, gold_of, votes_of

LABELS = ["attributed", "contested", "asserted", "not_a_claim"]


@pytest.mark.parametrize(
    ("labels", "adjudicated", "expected"),
    [
        (
            ["asserted"],
            None,
            Gold(label="asserted", method=GoldMethod.UNANIMOUS, votes={"asserted": 1}),
        ),
        (
            ["contested"] * 3,
            None,
            Gold(label="contested", method=GoldMethod.UNANIMOUS, votes={"contested": 3}),
        ),
        (
            ["asserted", "contested", "asserted"],
            None,
            Gold(
                label="asserted", method=GoldMethod.MAJORITY, votes={"asserted": 2, "contested": 1}
            ),
        ),
        (
            ["a", "b", "b", "c", "b", "a"],
            None,
            Gold(label="b", method=GoldMethod.MAJORITY, votes={"b": 3, "a": 2, "c": 1}),
        ),
        (
            ["asserted", "contested"],
            None,
            Gold(label=None, method=GoldMethod.UNRESOLVED, votes={"asserted": 1, "contested": 1}),
        ),
        (
            ["a", "a", "b", "b", "c"],
            None,
            Gold(label=None, method=GoldMethod.UNRESOLVED, votes={"a": 2, "b": 2, "c": 1}),
        ),
        ([], None, Gold(label=None, method=GoldMethod.UNRESOLVED, votes={})),
        (
            ["asserted", "asserted"],
            "contested",
            Gold(label="contested", method=GoldMethod.ADJUDICATED, votes={"asserted": 2}),
        ),
        ([], "not_a_claim", Gold(label="not_a_claim", method=GoldMethod.ADJUDICATED, votes={})),
    ],
)
def test_gold_rule(labels: list[str], adjudicated: str | None, expected: Gold) -> None:
    assert gold_of(labels, adjudicated) == expected


def test_votes_are_ordered_by_count_then_name() -> None:
    assert list(votes_of(["c", "b", "a", "b", "c"])) == ["b", "c", "a"]


def test_gold_serialises_as_the_export_writes_it() -> None:
    gold = gold_of(["asserted", "contested", "asserted"])
    assert gold.model_dump(mode="json") == {
        "label": "asserted",
        "method": "majority",
        "votes": {"asserted": 2, "contested": 1},
    }


@given(st.lists(st.sampled_from(LABELS), max_size=9), st.none() | st.sampled_from(LABELS))
def test_gold_invariants(labels: list[str], adjudicated: str | None) -> None:
    gold = gold_of(labels, adjudicated)
    assert sum(gold.votes.values()) == len(labels)
    assert gold_of(list(reversed(labels)), adjudicated) == gold  # order of labels is irrelevant
    if adjudicated is not None:
        assert (gold.label, gold.method) == (adjudicated, GoldMethod.ADJUDICATED)
    elif gold.method is GoldMethod.UNANIMOUS:
        assert set(labels) == {gold.label}
    elif gold.method is GoldMethod.MAJORITY:
        assert gold.label is not None
        others = [count for label, count in gold.votes.items() if label != gold.label]
        assert gold.votes[gold.label] > max(others)
    else:
        assert gold.label is None
        counts = sorted(gold.votes.values(), reverse=True)
        assert not counts or (len(counts) > 1 and counts[0] == counts[1])
