"""Suggestions in the annotate screen: shown beside the sentence, accepted with enter, overridden
with a label key, switched off with p or --no-suggest, and recorded with each label either way.

The expected values come from `suggest_article` itself (the rules keep improving); only labels
that any sensible suggester gives are written out ("nie" is contested, "a déclaré" attributed).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.content import Content
from textual.widgets import Footer, Input, Static

from annotator.cli import cli
from annotator.models import Article, Sentence
from annotator.store import Store
from annotator.suggest import Span, Suggestion, suggest_article
from annotator.suggest.controls import is_control
from annotator.suggest.ner import Entities
from annotator.tui.app import AnnotatorApp
from annotator.tui.dialogs import TextDialog
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.widgets import ContextView
from tests.conftest import SAMPLE_DATA
from tests.tui.conftest import text_of

SIZE = (110, 30)
TEXTS = [
    "Le Kremlin nie que ce soit le cas.",
    "Vladimir Poutine a déclaré que la Russie gagnerait.",
    "Le\tKremlin nie tout, a déclaré un porte-parole.",
]


@pytest.fixture
def small(tmp_path: Path) -> Store:
    """One article of three sentences whose suggestions are unambiguous."""
    store = Store.open(tmp_path / "small.db")
    text = " ".join(TEXTS)
    sentences, start = [], 0
    for position, sentence in enumerate(TEXTS):
        end = start + len(sentence)
        sentences.append(
            Sentence(
                id=f"x:{start}-{end}",
                article_id="x",
                position=position,
                start=start,
                end=end,
                text=sentence,
                paragraph=0,
            )
        )
        start = end + 1
    store.add_article(Article(id="x", title="Titre", text=text, source="t"), sentences)
    return store


def suggestions() -> list[Suggestion]:
    return suggest_article(TEXTS, boilerplate=[False] * len(TEXTS), title="Titre")


def screen(app: AnnotatorApp) -> AnnotateScreen:
    assert isinstance(app.screen, AnnotateScreen)
    return app.screen


def current_text(app: AnnotatorApp) -> Content:
    """The current sentence as drawn (with its highlight spans)."""
    view = screen(app).query_one(ContextView)
    line = next(line for line in view.lines if line.has_class("-current"))
    content = line.query_one(".text", Static).render()
    assert isinstance(content, Content)
    return content


def styled(content: Content, style: str) -> list[str]:
    return [content.plain[span.start : span.end] for span in content.spans if span.style == style]


def footer_keys(app: AnnotatorApp) -> set[str]:
    return {key.key for key in app.screen.query_one(Footer).query("FooterKey")}  # type: ignore[attr-defined]


async def test_suggestion_shown_with_cue_highlighted(small: Store) -> None:
    first = suggestions()[0]
    assert first.label == "contested"
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        line = text_of(app, "#suggestion")
        assert "Suggested (enter accepts): contested" in line
        assert f"{first.confidence:.0%}" in line and first.rule in line
        assert styled(current_text(app), ".annotate--cue") == [s.text for s in first.cue]
        assert "enter" in footer_keys(app)
        # the neighbours are drawn plain
        view = screen(app).query_one(ContextView)
        others = [line for line in view.lines if not line.has_class("-current")]
        assert others and all(not line.highlights for line in others)


async def test_enter_accepts_label_cue_source_and_advances(small: Store) -> None:
    first = suggestions()[0]
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the first article's suggestions come once the sentence is drawn
        sentence = screen(app).sentence
        await pilot.press("enter")
        saved = small.annotation(sentence.id, "alice")
        assert saved.label == first.label == "contested"
        assert (saved.cue, saved.source) == (first.cue_text, first.source)
        assert (saved.suggested, saved.suggested_cue, saved.suggested_source) == (
            first.label,
            first.cue_text,
            first.source,
        )
        assert saved.suggested_rule == first.rule and saved.suggestion_shown
        assert screen(app).sentence.position == 1


async def test_accept_keeps_what_the_annotator_typed(small: Store) -> None:
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        await pilot.press("S", "ctrl+u", *"Moscou", "enter")
        assert small.annotation(sentence.id, "alice").source == "Moscou"
        await pilot.press("enter")
        saved = small.annotation(sentence.id, "alice")
        assert saved.source == "Moscou"
        assert saved.cue == suggestions()[0].cue_text
        assert saved.suggested_source == suggestions()[0].source


async def test_label_key_overrides_and_records_the_suggestion(small: Store) -> None:
    second = suggestions()[1]
    assert second.label == "attributed"
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right")
        sentence = screen(app).sentence
        await pilot.press("c")
        saved = small.annotation(sentence.id, "alice")
        assert saved.label == "contested"
        assert (saved.suggested, saved.suggested_rule) == ("attributed", second.rule)
        assert saved.suggestion_shown
        # an override takes nothing from the suggestion into the annotator's own fields
        assert (saved.source, saved.cue) == (None, None)


async def test_no_suggest_hides_everything_but_still_records(small: Store) -> None:
    first = suggestions()[0]
    app = AnnotatorApp(store=small, annotator="alice", suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not screen(app).query_one("#suggestion").display
        assert current_text(app).spans == []
        assert "enter" not in footer_keys(app)
        sentence = screen(app).sentence
        await pilot.press("enter")  # off: enter does nothing
        assert small.annotation(sentence.id, "alice") is None
        assert screen(app).sentence == sentence
        await pilot.press("S")  # and nothing is pre-filled
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(Input).value == ""
        await pilot.press("escape", "s")
        saved = small.annotation(sentence.id, "alice")
        assert saved.label == "asserted"
        assert (saved.suggested, saved.suggested_rule) == (first.label, first.rule)
        assert not saved.suggestion_shown


async def test_p_toggles_suggestions(small: Store) -> None:
    app = AnnotatorApp(store=small, annotator="alice", suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "p")  # on: the suggestion of sentence 1 is seen
        assert screen(app).query_one("#suggestion").display
        assert "Suggested" in text_of(app, "#suggestion")
        assert styled(current_text(app), ".annotate--cue")
        assert "enter" in footer_keys(app)
        await pilot.press("p")  # off again
        assert not screen(app).query_one("#suggestion").display
        assert current_text(app).spans == []
        assert "enter" not in footer_keys(app)
        assert any("off" in n.message for n in app._notifications)
        second = screen(app).sentence
        await pilot.press("left")
        first = screen(app).sentence
        await pilot.press("a")  # never seen: shown=False
        assert not small.annotation(first.id, "alice").suggestion_shown
        assert screen(app).sentence == second
        await pilot.press("s")  # seen before it was switched off: once seen, seen
        assert small.annotation(second.id, "alice").suggestion_shown


async def test_relabelling_with_suggestions_off_keeps_shown(small: Store, tmp_path: Path) -> None:
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the first article's suggestions come once the sentence is drawn
        sentence = screen(app).sentence
        await pilot.press("enter")
    # a later session, suggestions off: the stored "shown" of the same suggestion stays
    app = AnnotatorApp(store=small, annotator="alice", suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("left")
        assert screen(app).sentence == sentence
        await pilot.press("n")
        saved = small.annotation(sentence.id, "alice")
        assert saved.label == "not_a_claim" and saved.suggestion_shown


def fixed(
    texts: list[str],
    *,
    boilerplate: list[bool] | None = None,
    title: str | None = None,
    paragraphs: list[int] | None = None,
) -> list[Suggestion]:
    """A suggester with a named source, whatever the rules do today."""
    out = []
    for text in texts:
        cue, source = text.find("nie"), text.find("Kremlin")
        if cue < 0 or source < 0:
            out.append(Suggestion(label="asserted", confidence=0.5, rule="fixed"))
            continue
        out.append(
            Suggestion(
                label="contested",
                cue=[Span(start=cue, end=cue + 3, text="nie")],
                source="Kremlin",
                source_span=Span(start=source, end=source + 7, text="Kremlin"),
                confidence=0.9,
                rule="fixed",
            )
        )
    return out


async def test_source_and_cue_dialogs_are_prefilled(
    small: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.suggest.records.suggest_article", fixed)
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        await pilot.press("S")
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(Input).value == "Kremlin"
        await pilot.press("enter")  # enter keeps it
        assert small.annotation(sentence.id, "alice").source == "Kremlin"
        await pilot.press("C", *"nie que")  # typing replaces the pre-filled cue
        await pilot.press("enter")
        assert small.annotation(sentence.id, "alice").cue == "nie que"
        await pilot.press("C")  # the annotator's own value now comes first
        assert app.screen.query_one(Input).value == "nie que"


async def test_highlights_stay_on_their_words_after_a_tab(
    small: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.suggest.records.suggest_article", fixed)
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right", "right")  # "Le\tKremlin nie …": the tab is drawn wider
        content = current_text(app)
        assert "\t" not in content.plain
        assert styled(content, ".annotate--cue") == ["nie"]
        assert styled(content, ".annotate--source") == ["Kremlin"]
        assert "source «Kremlin»" in text_of(app, "#suggestion")


async def test_help_lists_the_suggestion_keys(small: Store) -> None:
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        source = app.screen.query_one("#help-keys").source  # type: ignore[attr-defined]
        assert "| `⏎` | Accept the suggestion" in source
        assert "| `p` | Suggestions on / off" in source


@pytest.mark.parametrize(
    ("flag", "expected"), [(None, True), ("--suggest", True), ("--no-suggest", False)]
)
def test_cli_suggest_flag(
    flag: str | None, expected: bool, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(AnnotatorApp, "run", lambda self: started.append(self.suggest))
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(SAMPLE_DATA)]).exit_code == 0
    result = runner.invoke(cli, ["annotate", "-a", "alice", *([flag] if flag else [])])
    assert result.exit_code == 0, result.output
    assert started == [expected]


async def test_next_article_suggestions_are_computed_ahead(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bool, str]] = []  # (on the main thread, first sentence)

    def counted(
        texts: list[str],
        *,
        boilerplate: list[bool] | None = None,
        title: str | None = None,
        paragraphs: list[int] | None = None,
    ) -> list[Suggestion]:
        calls.append((threading.current_thread() is threading.main_thread(), texts[0]))
        return suggest_article(texts, boilerplate=boilerplate, title=title, paragraphs=paragraphs)

    monkeypatch.setattr("annotator.suggest.records.suggest_article", counted)
    first, second = (store.sentences_of(row[0]) for row in store.article_list()[:2])
    app = AnnotatorApp(store=store, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert calls == [(True, first[0].text), (False, second[0].text)]
        await screen(app).go_to(second[0])
        await pilot.pause()
        assert (True, second[0].text) not in calls  # not computed again when it loads
        title = store.article(second[0].article_id).title  # type: ignore[union-attr]
        expected = suggest_article(
            [s.text for s in second], boilerplate=[s.boilerplate for s in second], title=title
        )
        assert screen(app).suggestions.items == expected


class FakeNames(Entities):
    """A stand-in NER pipeline: every "Kremlin" is an organisation."""

    def __init__(self) -> None:
        super().__init__(nlp=None)

    def names(self, texts: Sequence[str]) -> list[list[Span]]:
        return [
            [Span(start=t.index("Kremlin"), end=t.index("Kremlin") + 7, text="Kremlin")]
            if "Kremlin" in t
            else []
            for t in texts
        ]


async def test_ner_names_complete_the_source(small: Store) -> None:
    app = AnnotatorApp(store=small, annotator="alice", entities=FakeNames())
    async with app.run_test(size=SIZE) as pilot:
        s = screen(app)
        while "Kremlin" not in (s.sentence.text if s.sentence else ""):
            await pilot.press("right")
        suggestion = s.suggestions.shown(s.index)
        assert suggestion is not None
        assert [c.text for c in suggestion.source_candidates] == ["Kremlin"]
        await pilot.press("S")
        assert isinstance(app.screen, TextDialog)
        assert app.screen.suggestions[0] == "Kremlin"


def test_controls_are_stable_and_near_the_share() -> None:
    ids = [f"a:{i}-{i + 1}" for i in range(2000)]
    controls = [is_control("alice", i, 0.5) for i in ids]
    assert 900 < sum(controls) < 1100
    assert controls == [is_control("alice", i, 0.5) for i in ids]  # the same after a restart
    assert controls != [is_control("bruno", i, 0.5) for i in ids]  # each annotator's own draw
    assert not any(is_control("alice", i, 1.0) for i in ids)
    assert all(is_control("alice", i, 0.0) for i in ids)


async def test_control_sentences_hide_the_suggestion_and_record_it(store: Store) -> None:
    app = AnnotatorApp(store=store, annotator="alice", suggest_share=0.5)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the first article's suggestions come once the sentence is drawn
        for _ in range(12):
            s = screen(app)
            sentence = s.sentence
            assert sentence is not None
            control = is_control("alice", sentence.id, 0.5)
            line = app.screen.query_one("#suggestion", Static)
            assert line.display is (not control and s.suggestions.at(s.index) is not None)
            await pilot.press("s")
            saved = store.annotation(sentence.id, "alice")
            assert saved is not None and saved.suggested is not None
            assert saved.suggestion_shown is (not control)
    shown = {a.suggestion_shown for a in store.iter_annotations("alice")}
    assert shown == {True, False}  # 12 sentences: both kinds, for this seed of ids


def test_cli_suggest_share(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[float] = []
    monkeypatch.setattr(AnnotatorApp, "run", lambda self: started.append(self.suggest_share))
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(SAMPLE_DATA)]).exit_code == 0
    assert runner.invoke(cli, ["annotate", "-a", "x", "--suggest-share", "0.5"]).exit_code == 0
    assert started == [0.5]
    bad = runner.invoke(cli, ["annotate", "-a", "x", "--suggest-share", "2"])
    assert bad.exit_code == 2 and "--suggest-share" in bad.output


async def test_no_boilerplate_hint_on_a_control_sentence(store: Store) -> None:
    """The hint is a suggestion too: hidden where the suggestion is, or it would sway a label
    recorded as given without one."""
    first = store.first_sentence()
    assert first is not None and first.boilerplate
    for share, hinted in ((1.0, True), (0.0, False)):
        app = AnnotatorApp(store=store, annotator=f"a{share}", suggest_share=share)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()  # the first article's suggestions come after the first paint
            assert ("looks like boilerplate" in text_of(app, "#details")) is hinted


def test_another_scheme_records_no_claims_suggestion() -> None:
    from annotator.models import Label, LabelScheme
    from annotator.tui.screens.suggestion_state import Suggestions

    yes_no = LabelScheme(
        name="yesno",
        labels=(
            Label(name="yes", key="y", description="y"),
            Label(name="no", key="o", description="o"),
        ),
    )
    sentence = Sentence(
        id="x:0-9",
        article_id="x",
        position=0,
        start=0,
        end=9,
        text="Le Kremlin nie que ce soit le cas.",
        paragraph=0,
    )
    suggestions = Suggestions(yes_no, on=True)
    suggestions.load("x", [sentence], "Titre")
    assert suggestions.at(0) is not None  # computed…
    assert suggestions.shown(0) is None  # …never shown in another scheme's terms
    assert suggestions.fields(0, sentence.id, None) == {}  # …nor recorded as a control


async def test_a_key_before_the_first_suggestions_are_drawn_records_them_as_not_shown(
    small: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first article's suggestions load once its sentence is on screen (a faster first
    paint); a label typed before they show still records them, as not shown: it was given
    without seeing one."""
    # Held until the key is in, whatever the machine's speed: which comes first is the
    # event loop's business, not this test's.
    held: list[str] = []
    late = AnnotateScreen.late_suggestions
    monkeypatch.setattr(AnnotateScreen, "late_suggestions", lambda _, article: held.append(article))
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE) as pilot:
        sentence = screen(app).sentence
        await pilot.press("s")
        saved = small.annotation(sentence.id, "alice")
        assert saved.label == "asserted"
        assert saved.suggested == suggestions()[0].label and saved.suggestion_shown is False
        assert held  # they were on their way
        await late(screen(app), held[0])
        # the next sentence, drawn with its suggestion on screen, counts as shown
        await pilot.pause()
        following = screen(app).sentence
        await pilot.press("s")
        assert small.annotation(following.id, "alice").suggestion_shown is True


async def test_keys_get_the_gil_back_soon_while_a_worker_computes_suggestions(
    small: Store,
) -> None:
    """The next article's suggestions are computed in a thread; while the app runs, a thread
    holds the GIL for a short interval only, so a key's handler that gave it up (SQLite, the
    terminal) gets it back within a fraction of a millisecond, not Python's 5 ms (bench/tui.py:
    key handled p99 51 → 18 ms). The process's own interval comes back when the app ends."""
    import sys

    from annotator.tui.app import SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    assert before > SWITCH_INTERVAL_S
    app = AnnotatorApp(store=small, annotator="alice")
    async with app.run_test(size=SIZE):
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
    assert sys.getswitchinterval() == pytest.approx(before)
