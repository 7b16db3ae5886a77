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


def test_consistency_screen(snap_compare, store: Store) -> None:
    from annotator.store.repeat_labels import inconsistencies
    from annotator.tui.app import ConsistencyApp

    texts: dict[str, list[str]] = {}
    for sentence in store.iter_sentences():
        texts.setdefault(sentence.text, []).append(sentence.id)
    first, second = next(ids for ids in texts.values() if len(ids) > 1)[:2]
    store.label(first, "alice", "not_a_claim")
    store.label(second, "alice", "asserted")
    items = inconsistencies(store, "alice")
    app = ConsistencyApp(store=store, annotator="alice", consistency=items)
    assert snap_compare(app, terminal_size=SIZE)
