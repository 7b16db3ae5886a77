"""The annotate screen, driven key by key: each test checks the database and the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.ingest import import_paths
from annotator.models import Article, Sentence
from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.dialogs import ArticlesDialog, TextDialog
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.screens.help import HelpScreen
from annotator.tui.widgets import ContextView
from tests.tui.conftest import AppFactory, text_of

SIZE = (100, 30)


def screen(app: AnnotatorApp) -> AnnotateScreen:
    assert isinstance(app.screen, AnnotateScreen)
    return app.screen


async def test_opens_on_the_first_sentence_with_title_position_and_name(
    app_factory: AppFactory, store: Store
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE):
        first = store.first_sentence()
        assert screen(app).sentence == first
        status = text_of(app, "#status")
        assert "alice" in status and "article 1/5" in status and "sentence 1/" in status
        assert text_of(app, "#title").startswith("La Russie et la Corée du Nord conviennent")
        assert "not labelled" in text_of(app, "#details")


async def test_each_label_key_saves_then_advances(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        sentences = store.sentences_of(store.first_sentence().article_id)
        for key, label, sentence in zip(
            "acsn", ["attributed", "contested", "asserted", "not_a_claim"], sentences, strict=False
        ):
            assert screen(app).sentence == sentence
            await pilot.press(key)
            assert store.annotation(sentence.id, "alice").label == label
        assert screen(app).sentence == sentences[4]
        assert screen(app).labelled_total == 4
        assert "sentence 5/" in text_of(app, "#status")


async def test_label_is_on_disk_before_the_next_sentence_is_drawn(
    app_factory: AppFactory, store: Store, db_path: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        await pilot.press("s")
        # another connection, as another process would see it
        other = Store.open(db_path)
        assert other.annotation(first.id, "alice").label == "asserted"
        assert [e.action.value for e in other.events("alice")] == ["label"]
        other.close()


async def test_back_and_forward_do_not_label(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        await pilot.press("right", "right", "left")
        assert screen(app).sentence == store.neighbour(first.id, 1)
        await pilot.press("k")
        assert screen(app).sentence == first
        await pilot.press("left")  # nothing before the first sentence
        assert screen(app).sentence == first
        assert list(store.triples()) == []


async def test_changing_a_label_after_going_back(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        await pilot.press("a", "c", "left", "left")
        assert screen(app).sentence == first
        assert "attributed" in text_of(app, "#details")
        await pilot.press("n")
        assert store.annotation(first.id, "alice").label == "not_a_claim"
        # labelling goes on at the first sentence not labelled yet
        assert screen(app).sentence.position == 2
        assert screen(app).labelled_total == 2


async def test_undo_repeatedly_then_across_a_restart(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        await pilot.press("a", "c", "s")
        await pilot.press("u")
        assert store.labelled_count("alice") == 2
        assert screen(app).sentence.position == 2
        await pilot.press("u")
        assert store.labelled_count("alice") == 1
        assert screen(app).labelled_total == 1
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("u")
        assert store.annotation(first.id, "alice") is None
        assert screen(app).sentence == first
        assert screen(app).labelled_total == 0
        await pilot.press("u")  # nothing left: a message, no crash
        assert store.labelled_count("alice") == 0


async def test_source_cue_note_with_completion_from_the_sentence(
    app_factory: AppFactory, store: Store
) -> None:
    app = app_factory(suggest=False)  # empty fields: no suggestion pre-filled
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "right")  # "… a déclaré le dirigeant russe"
        sentence = screen(app).sentence
        await pilot.press("S")
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"le dir", "right", "enter")  # → accepts "le dirigeant"
        assert store.annotation(sentence.id, "alice").source == "le dirigeant"
        await pilot.press("C", *"a déc", "right", "enter")
        assert store.annotation(sentence.id, "alice").cue == "a déclaré"
        await pilot.press("m", *"[b]verbatim[/b]", "enter")
        assert store.annotation(sentence.id, "alice").note == "[b]verbatim[/b]"
        details = text_of(app, "#details")
        assert "le dirigeant" in details and "a déclaré" in details
        assert "[b]verbatim[/b]" in details
        await pilot.press("m", "escape")  # cancel keeps the note
        assert store.annotation(sentence.id, "alice").note == "[b]verbatim[/b]"
        # editing does not label: the sentence stays unlabelled until a label key
        assert store.annotation(sentence.id, "alice").label is None
        await pilot.press("a")
        saved = store.annotation(sentence.id, "alice")
        assert (saved.label, saved.source, saved.cue) == ("attributed", "le dirigeant", "a déclaré")


async def test_flag_toggles_and_shows(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        await pilot.press("f")
        assert store.annotation(sentence.id, "alice").flagged
        assert "flagged for review" in text_of(app, "#details")
        await pilot.press("f")
        assert not store.annotation(sentence.id, "alice").flagged


async def test_skip_comes_back_at_the_end(store: Store, tmp_path: Path) -> None:
    small = Store.open(tmp_path / "small.db")
    text = "Titre\n\nLe Kremlin nie. Moscou dément."
    small.add_article(
        Article(id="x", title="Titre", text=text, source="t"),
        [
            Sentence(
                id=f"x:{a}-{b}",
                article_id="x",
                position=i,
                start=a,
                end=b,
                text=text[a:b],
                paragraph=p,
            )
            for i, (a, b, p) in enumerate([(0, 5, 0), (7, 22, 1), (23, 37, 1)])
        ],
    )
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert small.annotation("x:0-5", "alice").skipped
        assert "skipped" not in text_of(app, "#details")
        await pilot.press("s", "c")
        # the skipped sentence comes back once the others are done
        assert screen(app).sentence.id == "x:0-5"
        assert "skipped" in text_of(app, "#details")
        await pilot.press("n")
        assert small.next_unlabelled("alice") is None


async def test_jump_to_next_unlabelled(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "a", "left", "left")
        assert screen(app).sentence.position == 0
        await pilot.press("g")
        assert screen(app).sentence.position == 2


async def test_pick_an_article_from_the_list(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ArticlesDialog)
        await pilot.press(*"ratifié", "enter")
        third = store.article_list()[3]
        assert screen(app).sentence.article_id == third[0]
        assert "article 4/5" in text_of(app, "#status")
        await pilot.press("t", "down", "down", "escape")
        assert screen(app).sentence.article_id == third[0]


async def test_search_finds_the_next_match_and_says_when_none(
    app_factory: AppFactory, store: Store
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"pyongyang", "enter")
        found = screen(app).sentence
        assert "pyongyang" in found.text.lower()
        await pilot.press("slash", "enter")  # the last query is kept: next match
        assert screen(app).sentence != found
        assert "pyongyang" in screen(app).sentence.text.lower()
        current = screen(app).sentence
        await pilot.press("slash", "ctrl+u", *"zzzz", "enter")
        assert screen(app).sentence == current


async def test_help_shows_keys_and_guidelines(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help-keys")
        source = keys.source  # type: ignore[attr-defined]
        assert "attributed" in source and "Undo" in source
        guidelines = app.screen.query_one("#help-guidelines").source  # type: ignore[attr-defined]
        assert "contested" in guidelines and "R1" in guidelines
        await pilot.press("escape")
        assert isinstance(app.screen, AnnotateScreen)


async def test_context_widens_to_paragraph_and_article(
    app_factory: AppFactory, store: Store
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ContextView)
        visible = lambda: len(view.lines)  # noqa: E731
        around = visible()
        assert 1 < around <= 5
        await pilot.press("v")
        assert "context: paragraph" in text_of(app, "#status")
        await pilot.press("v")
        assert "context: article" in text_of(app, "#status")
        assert visible() == len(view.sentences) > around
        await pilot.press("v")  # the whole article stays the whole article
        assert visible() == len(view.sentences)
        await pilot.press("V", "V")  # narrower, back to the sentence view
        assert visible() == around


async def test_resume_at_first_unlabelled_sentence(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "s", "n", "q")
    first = store.first_sentence()
    app = app_factory()
    async with app.run_test(size=SIZE):
        assert screen(app).sentence.position == 3
        assert screen(app).sentence.article_id == first.article_id
    app = app_factory("bob")  # another annotator starts at the beginning
    async with app.run_test(size=SIZE):
        assert screen(app).sentence == first
        assert "bob" in text_of(app, "#status")


async def test_time_spent_is_recorded(app_factory: AppFactory, store: Store) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        screen(app).shown_at -= 7.0  # as if the annotator read for seven seconds
        await pilot.press("a")
        assert store.annotation(first.id, "alice").seconds >= 7.0


async def test_break_reminder(app_factory: AppFactory) -> None:
    app = app_factory(break_after=60.0)
    async with app.run_test(size=SIZE) as pilot:
        screen(app).worked_s = 61.0
        screen(app).check_break()
        await pilot.pause()
        assert any("break" in n.message.lower() for n in app._notifications)
        assert screen(app).worked_s == 0.0


async def test_text_is_shown_verbatim(tmp_path: Path) -> None:
    weird = (
        "Titre [to] [b]gras[/b]\n\n"
        "Il a dit [bold red]non[/] \x1b[31mrouge\x1b[0m\tet\u00a0voilà [to].\n"
    )
    path = tmp_path / "weird.txt"
    path.write_text(weird, encoding="utf-8")
    store = Store.open(tmp_path / "weird.db")
    assert not import_paths(store, [path]).errors
    app = AnnotatorApp(store=store, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        assert text_of(app, "#title") == "Titre [to] [b]gras[/b]"
        await pilot.press("n")
        line = str(screen(app).query_one(ContextView).lines[1].query_one(".text").render())
        assert screen(app).query_one(ContextView).lines[1].has_class("-current")
        assert "[bold red]non[/]" in line
        assert "\x1b" not in line and "␛[31mrouge␛[0m" in line
        assert "\u00a0voilà [to]." in line


async def test_resize_keeps_the_current_sentence_on_screen(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "a", "v", "v")  # whole article around sentence 3
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        view = screen(app).query_one(ContextView)
        current = next(line for line in view.lines if line.has_class("-current"))
        assert current.sentence == screen(app).sentence
        assert (
            view.region.contains_region(current.region)
            or current.region.height > view.region.height
        )


async def wait_for_palette_hit(app: AnnotatorApp, pilot: Any, text: str) -> None:
    """The palette searches in a worker: wait until `text` is among its hits (a condition,
    not a delay), highlighted."""
    from textual.command import CommandList

    hits = app.screen.query_one(CommandList)
    for _ in range(1000):
        prompts = [str(hits.get_option_at_index(n).prompt) for n in range(hits.option_count)]
        if any(text in prompt for prompt in prompts):
            break
        await pilot.pause(0.01)
    if hits.highlighted is None:
        await pilot.press("down")


async def test_command_palette_offers_agreement_and_navigation(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"go to article")
        await wait_for_palette_hit(app, pilot, "Go to article")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticlesDialog)
