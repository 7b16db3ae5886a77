"""Snapshots of the review screen and its reason dialog at 100×30 (update after looking at the
report: `pytest tests/tui/test_review_snapshot.py --snapshot-update`)."""

from __future__ import annotations

from annotator.store import Store
from tests.tui.test_review import review_app, two_annotators

SIZE = (100, 30)


def test_review_screen(snap_compare, store: Store) -> None:
    two_annotators(store)
    # one decision, then back to it: the decision line, the gutter and the progress show it
    assert snap_compare(review_app(store), terminal_size=SIZE, press=["c", "e", "left"])


def test_reason_dialog(snap_compare, store: Store) -> None:
    two_annotators(store)
    assert snap_compare(review_app(store), terminal_size=SIZE, press=["a"])
