"""Keys that cannot overwrite silently: enter on a labelled sentence asks first; search has
its own key for the next match; enter in the source and cue dialogs takes the completion."""

from __future__ import annotations

from textual.widgets import Input

from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.screens.dialogs import ConfirmDialog, TextDialog
from tests.tui.test_suggestions import SIZE, small, suggestions  # noqa: F401 (fixture)


def screen(app: AnnotatorApp) -> AnnotateScreen:
    assert isinstance(app.screen, AnnotateScreen)
    return app.screen


async def test_enter_on_a_labelled_sentence_asks_before_replacing(small: Store) -> None:  # noqa: F811
    first = suggestions()[0]
    assert first.label == "contested"
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        assert sentence is not None
        await pilot.press("n", "left")  # labelled not_a_claim, then back to it
        assert screen(app).sentence == sentence
        events = len(small.events("alice"))
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # a second enter says no
        assert small.annotation(sentence.id, "alice").label == "not_a_claim"  # type: ignore[union-attr]
        assert len(small.events("alice")) == events
        assert screen(app).sentence == sentence
        await pilot.press("enter", "y")  # an explicit yes replaces it
        assert small.annotation(sentence.id, "alice").label == "contested"  # type: ignore[union-attr]
        assert screen(app).sentence != sentence


async def test_enter_with_the_same_label_does_not_ask(small: Store) -> None:  # noqa: F811
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        assert sentence is not None
        await pilot.press("c", "left", "enter")
        assert not isinstance(app.screen, ConfirmDialog)
        assert small.annotation(sentence.id, "alice").label == "contested"  # type: ignore[union-attr]
        assert screen(app).sentence != sentence


async def test_search_then_next_match_never_labels(small: Store) -> None:  # noqa: F811
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")  # sentence 1 labelled
        await pilot.press("slash", *"kremlin", "enter")
        # the match after sentence 2 that contains it: sentence 3, then wrapping to 1
        assert screen(app).sentence.position == 2  # type: ignore[union-attr]
        await pilot.press("ctrl+n")
        assert screen(app).sentence.position == 0  # type: ignore[union-attr]
        labels = {a.sentence_id: a.label for a in small.iter_annotations("alice")}
        assert list(labels.values()) == ["not_a_claim"]


async def test_enter_in_the_source_dialog_takes_the_completion(small: Store) -> None:  # noqa: F811
    app = AnnotatorApp(store=small, annotator="alice", suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        assert sentence is not None
        await pilot.press("S")
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"Kre")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "Kre"
        await pilot.press("enter")
        assert small.annotation(sentence.id, "alice").source == "Kremlin"  # type: ignore[union-attr]
