"""Keys that cannot overwrite silently: enter on a labelled sentence asks first; search has
its own key for the next match; enter in the source and cue dialogs takes the completion."""

from __future__ import annotations

from textual.widgets import Input

from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.dialogs import ConfirmDialog, TextDialog
from annotator.tui.screens.annotate import AnnotateScreen
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


# ------------------------------------------------------------------ what the screen promises


async def test_the_agreement_summary_is_in_the_command_palette(small: Store) -> None:  # noqa: F811
    from textual.command import CommandPalette

    from annotator.tui.screens.agreement import AgreementScreen
    from tests.tui.test_annotate import wait_for_palette_hit

    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Agreement summary")
        await wait_for_palette_hit(app, pilot, "Agreement summary")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgreementScreen)


async def test_help_lists_the_apps_own_keys_only(small: Store) -> None:  # noqa: F811
    from annotator.tui.screens.help import HelpScreen

    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help-keys").source  # type: ignore[attr-defined]
        assert "Focus" not in keys and "Copy" not in keys
        for words in ("attributed", "Undo", "Flag", "Skip", "last search", "Narrow"):
            assert words in keys, words
        guidelines = app.screen.query_one("#help-guidelines").source  # type: ignore[attr-defined]
        assert "shared/" not in guidelines


async def test_every_key_is_in_the_footer_at_80_and_120_columns(small: Store) -> None:  # noqa: F811
    from textual.widgets import Footer

    for width in (80, 120):
        app = AnnotatorApp(store=small, annotator="alice")
        async with app.run_test(size=(width, 30)) as pilot:
            await pilot.pause()
            footer = app.screen.query_one(Footer)
            shown = {key.key for key in footer.query("FooterKey")}  # type: ignore[attr-defined]
            assert {"enter", "u", "S", "C", "m", "f", "x", "g", "slash", "t", "v", "i"} <= shown
            # and all of them within the width: the last one ends inside the screen
            right = max(key.region.right for key in footer.query("FooterKey"))
            assert right <= width


async def test_widening_never_shows_less(app_factory, store: Store) -> None:  # type: ignore[no-untyped-def]
    from annotator.tui.widgets import ContextView

    app = app_factory()
    async with app.run_test(size=(100, 40)) as pilot:
        view = app.screen.query_one(ContextView)
        for _ in range(40):  # sentences in short and long paragraphs alike
            counts = [len(view.lines)]
            for _step in range(2):
                await pilot.press("v")
                counts.append(len(view.lines))
            assert counts == sorted(counts), counts
            await pilot.press("V", "V", "right")


async def test_notifications_do_not_cover_the_suggestion_line(small: Store) -> None:  # noqa: F811
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.notify("A long notification that would sit over the bottom lines", timeout=30)
        await pilot.pause()
        await pilot.pause()
        from textual.widgets._toast import Toast

        toasts = list(app.screen.query(Toast))
        assert toasts
        line = app.screen.query_one("#suggestion").region
        labels = app.screen.query_one("#labels").region
        for toast in toasts:
            assert not toast.region.overlaps(line) and not toast.region.overlaps(labels)


async def test_finishing_the_queue_shows_all_done_and_nothing_to_accept(small: Store) -> None:  # noqa: F811
    from textual.widgets import Footer, ProgressBar

    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "a", "a")  # the three sentences of the article
        await pilot.pause()
        assert screen(app).finished
        assert not app.screen.query_one("#suggestion").display
        assert app.screen.query_one("#done").display
        keys = {key.key for key in app.screen.query_one(Footer).query("FooterKey")}  # type: ignore[attr-defined]
        assert "enter" not in keys
        assert app.screen.query_one("#progress-article", ProgressBar).percentage == 1.0
        await pilot.press("left")  # back to the last sentence: the suggestion line again
        assert not screen(app).finished and app.screen.query_one("#suggestion").display
