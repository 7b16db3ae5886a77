"""The same text twice in the annotation screen: `--show-repeats` offers the annotator's own
earlier label of a repeated sentence, and `--repeat-share` serves labelled sentences again,
blind, keeping the repeat's label beside the first one."""

from __future__ import annotations

from annotator.models import EventAction
from annotator.store import Store
from annotator.store.repeat_labels import GAP, repeat_pairs
from annotator.tui.widgets import ContextView
from tests.tui.conftest import AppFactory, text_of
from tests.tui.test_annotate import SIZE, screen


def _repeated(store: Store) -> tuple[str, str]:
    """Two sentences of one repeat group, in two articles."""
    texts: dict[str, list[str]] = {}
    for sentence in store.iter_sentences():
        texts.setdefault(sentence.text, []).append(sentence.id)
    first, second = next(ids for text, ids in texts.items() if len(ids) > 1)[:2]
    return first, second


async def test_show_repeats_offers_the_annotators_own_earlier_label(
    app_factory: AppFactory, store: Store
) -> None:
    first, second = _repeated(store)
    store.label(first, "alice", "contested")
    store.label(first, "bob", "asserted")  # someone else's label is never offered
    target = store.sentence(second)
    assert target is not None
    app = app_factory("alice", show_repeats=True)
    async with app.run_test(size=SIZE) as pilot:
        await screen(app).go_to(target)
        await pilot.pause()
        line = text_of(app, "#suggestion")
        assert "contested" in line and "repeat" in line
        await pilot.press("enter")
        await pilot.pause()
    saved = store.annotation(second, "alice")
    assert saved is not None and saved.label == "contested"
    assert saved.suggested_rule == "repeat" and saved.suggestion_shown


async def test_without_show_repeats_the_suggestion_is_the_rules(
    app_factory: AppFactory, store: Store
) -> None:
    first, second = _repeated(store)
    store.label(first, "alice", "contested")
    target = store.sentence(second)
    assert target is not None
    app = app_factory("alice")
    async with app.run_test(size=SIZE) as pilot:
        await screen(app).go_to(target)
        await pilot.pause()
        assert "repeat" not in text_of(app, "#suggestion")


def _label_first(store: Store, count: int) -> list[str]:
    ids = [s.id for s in store.iter_sentences() if not s.boilerplate][:count]
    for sentence_id in ids:
        store.label(sentence_id, "alice", "asserted", source="X")
    return ids


async def test_a_blind_repeat_shows_nothing_and_keeps_the_first_label(
    app_factory: AppFactory, store: Store
) -> None:
    labelled = _label_first(store, GAP + 5)
    app = app_factory("alice", repeat_share=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        fresh = screen(app).sentence
        assert fresh is not None and fresh.id not in labelled
        await pilot.press("s")  # a new label: the oldest labelled sentence is due again
        await pilot.pause()
        again = screen(app).sentence
        assert again is not None and again.id == labelled[0]
        # nothing on screen tells it: no label, no source, no word of a repeat
        assert text_of(app, "#details").startswith("not labelled")
        assert "X" not in text_of(app, "#details")
        for selector in ("#status", "#title", "#details"):
            assert "repeat" not in text_of(app, selector).lower()
        # the context marks no label, here as on every sentence of this session
        assert not any(screen(app).query_one(ContextView).labels.values())
        await pilot.press("c")  # contested
        await pilot.pause()
        after = screen(app).sentence
        assert after is not None and after.id not in labelled and after.id != fresh.id
    first = store.annotation(labelled[0], "alice")
    assert first is not None and first.label == "asserted" and first.source == "X"
    events = [e for e in store.events("alice") if e.action is EventAction.REPEAT]
    assert len(events) == 1 and events[0].after is not None
    assert events[0].after["label"] == "contested"
    assert [(p.first, p.again) for p in repeat_pairs(store)] == [("asserted", "contested")]


async def test_undoing_a_blind_repeat_serves_it_again(
    app_factory: AppFactory, store: Store
) -> None:
    labelled = _label_first(store, GAP + 5)
    app = app_factory("alice", repeat_share=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "c")  # a new label, then the repeat's
        await pilot.pause()
        assert len(repeat_pairs(store)) == 1
        await pilot.press("u")
        await pilot.pause()
        assert repeat_pairs(store) == []
        shown = screen(app).sentence
        assert shown is not None and shown.id == labelled[0]
        assert text_of(app, "#details").startswith("not labelled")
    first = store.annotation(labelled[0], "alice")
    assert first is not None and first.label == "asserted"


async def test_the_consistency_review_settles_a_group_with_one_key(store: Store) -> None:
    from annotator.store.repeat_labels import inconsistencies
    from annotator.tui.app import ConsistencyApp

    first, second = _repeated(store)
    store.label(first, "alice", "asserted")
    store.label(second, "alice", "not_a_claim")
    items = inconsistencies(store, "alice")
    assert len(items) == 1
    app = ConsistencyApp(store=store, annotator="alice", consistency=items)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        group = " ".join(str(w.render()) for w in app.screen.query(".member-head"))
        assert "asserted" in group and "not_a_claim" in group
        await pilot.press("n")
        await pilot.pause()
        assert "every copy is now not_a_claim" in text_of(app, "#decision")
        assert inconsistencies(store, "alice") == []
        labels = {store.annotation(i, "alice").label for i in (first, second)}  # type: ignore[union-attr]
        assert labels == {"not_a_claim"}
        await pilot.press("u")
        await pilot.pause()
        assert len(inconsistencies(store, "alice")) == 1  # both changes taken back
    first_label = store.annotation(first, "alice")
    assert first_label is not None and first_label.label == "asserted"


async def test_a_first_label_taken_back_is_not_served_again(
    app_factory: AppFactory, store: Store
) -> None:
    labelled = _label_first(store, GAP + 5)
    app = app_factory("alice", repeat_share=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        fresh = screen(app).sentence
        assert fresh is not None and fresh.id not in labelled
        # taken back meanwhile (another screen of alice's, an undo): nothing to repeat
        store.update(labelled[0], "alice", label=None)
        await pilot.press("s")
        await pilot.pause()
        again = screen(app).sentence
        assert again is not None and again.id == labelled[1]
