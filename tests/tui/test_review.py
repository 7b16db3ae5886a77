"""The review screen, driven key by key: each test checks the database and the screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.models import Adjudication, AdjudicationReason, EventAction
from annotator.review_queue import QueueOptions, load_queue
from annotator.store import Store
from annotator.tui.app import AnnotatorApp, ReviewApp, ReviewSetup
from annotator.tui.dialogs.reason import ReasonDialog
from annotator.tui.screens.help import HelpScreen
from annotator.tui.screens.review import ReviewScreen
from annotator.tui.widgets import ContextView
from tests.tui.conftest import text_of

SIZE = (100, 30)
HOSTILE_NOTE = "[bold red]pas du markup[/] \x1b[31m"


def two_annotators(store: Store) -> tuple[list[str], list[str], str]:
    """alice and bruno label the first 24 sentences, bruno differing on every 4th (with a
    note); alice flags sentence 25, which only she labelled.
    Returns (disputed ids, unanimous ids, flagged id)."""
    store.conn.execute("PRAGMA synchronous = OFF")  # tests need no fsync per label
    names = store.scheme.names
    sentences = list(store.iter_sentences())
    disputed, unanimous = [], []
    for i, sentence in enumerate(sentences[:24]):
        label = names[i % 4]
        store.label(sentence.id, "alice", label)
        other = names[(i + 1) % 4] if i % 4 == 0 else label
        store.label(sentence.id, "bruno", other)
        if other != label:
            store.update(sentence.id, "bruno", source="Poutine", cue="a déclaré", note="doute")
            disputed.append(sentence.id)
        else:
            unanimous.append(sentence.id)
    flagged = sentences[24].id
    store.update(flagged, "alice", label="asserted", flagged=True, note=HOSTILE_NOTE)
    return disputed, unanimous, flagged


def review_app(
    store: Store, reviewer: str = "rita", *, blind: bool = False, **options: object
) -> AnnotatorApp:
    queue = load_queue(store, QueueOptions(**options))  # type: ignore[arg-type]
    return ReviewApp(store=store, annotator=reviewer, review=ReviewSetup(queue, blind=blind))


def screen(app: AnnotatorApp) -> ReviewScreen:
    for candidate in reversed(app.screen_stack):
        if isinstance(candidate, ReviewScreen):
            return candidate
    raise AssertionError("no review screen")


def current(app: AnnotatorApp) -> str:
    sentence = screen(app).sentence
    assert sentence is not None
    return sentence.id


@pytest.fixture
def cases(store: Store) -> tuple[list[str], list[str], str]:
    return two_annotators(store)


async def test_opens_on_the_first_disputed_sentence_with_labels_side_by_side(
    store: Store, cases
) -> None:
    disputed, unanimous, flagged = cases
    app = review_app(store)
    async with app.run_test(size=SIZE):
        assert current(app) == disputed[0]
        status = text_of(app, "#status")
        assert "rita" in status and f"1/{len(disputed) + 1} in queue" in status
        votes = text_of(app, "#votes")
        assert "alice" in votes and "bruno" in votes
        assert "attributed" in votes and "contested" in votes
        assert "Poutine" in votes and "a déclaré" in votes and "doute" in votes
        agreement = text_of(app, "#sentence-agreement")
        assert "0/1 pairs (0%)" in agreement and "unresolved" in agreement
        assert "not settled" in text_of(app, "#decision")
        progress = text_of(app, "#progress-text")
        assert f"0/{len(disputed) + 1} settled" in progress
        assert f"{len(unanimous)} accepted as unanimous" in progress
        assert text_of(app, "#title") == store.article(store.article_list()[0][0]).title


async def test_label_then_reason_saves_before_the_next_sentence(
    store: Store, cases, db_path: Path
) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, ReasonDialog)
        assert store.adjudication(disputed[0]) is None  # nothing yet: the reason is missing
        await pilot.press("e")
        other = Store.open(db_path)  # another connection, as another process would see it
        saved = other.adjudication(disputed[0])
        other.close()
        assert saved is not None
        assert (saved.label, saved.reviewer, saved.reason, saved.note) == (
            "contested",
            "rita",
            AdjudicationReason.ANNOTATOR_ERROR,
            None,
        )
        assert [e.action for e in store.events("rita")] == [EventAction.ADJUDICATE]
        assert isinstance(app.screen, ReviewScreen)
        assert current(app) == disputed[1]
        assert f"1/{len(disputed) + 1} settled" in text_of(app, "#progress-text")


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("g", AdjudicationReason.GUIDELINE_GAP),
        ("m", AdjudicationReason.AMBIGUOUS),
        ("e", AdjudicationReason.ANNOTATOR_ERROR),
        ("o", AdjudicationReason.OTHER),
        ("enter", AdjudicationReason.OTHER),
    ],
)
async def test_each_reason_key(store: Store, cases, key: str, reason: AdjudicationReason) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", key)
        assert store.adjudication(disputed[0]).reason == reason


async def test_each_label_key_sets_its_label(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        for key, sid in zip("acsn", disputed, strict=False):
            assert current(app) == sid
            await pilot.press(key, "o")
        labels = [store.adjudication(sid).label for sid in disputed[:4]]
        assert labels == ["attributed", "contested", "asserted", "not_a_claim"]


async def test_a_note_with_the_reason(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "tab")
        await pilot.press(*"cite [b]x")  # letters of reason keys go into the note
        await pilot.press("enter")  # the note is done: back to the reason keys
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press("m")
        saved = store.adjudication(disputed[0])
        assert saved.note == "cite [b]x" and saved.reason == AdjudicationReason.AMBIGUOUS
        await pilot.press("left")
        assert "cite [b]x" in text_of(app, "#decision")


async def test_escape_cancels_the_decision(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "escape")
        assert isinstance(app.screen, ReviewScreen)
        assert store.adjudication(disputed[0]) is None and store.events("rita") == []
        assert current(app) == disputed[0]
        await pilot.press("c", "tab", "x", "escape", "escape")  # out of the note, then cancel
        assert isinstance(app.screen, ReviewScreen)
        assert store.adjudication(disputed[0]) is None


async def test_undo_deletes_then_restores_and_goes_back(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).check_action("undo", ()) is None  # greyed out: nothing to undo
        await pilot.press("c", "g")  # first sentence: contested
        await pilot.press("left", "a", "e")  # changed my mind: attributed
        assert store.adjudication(disputed[0]).label == "attributed"
        await pilot.press("right", "u")
        assert current(app) == disputed[0]  # undo shows what it changed
        assert store.adjudication(disputed[0]).label == "contested"
        assert "contested" in text_of(app, "#decision")
        await pilot.press("u")
        assert store.adjudication(disputed[0]) is None
        assert "not settled" in text_of(app, "#decision")
        assert "0/" in text_of(app, "#progress-text")
        assert screen(app).check_action("undo", ()) is None
        await pilot.press("u")  # greyed out: nothing changes
        actions = [e.action for e in store.events("rita")]
        assert actions == [EventAction.ADJUDICATE] * 2 + [EventAction.UNDO] * 2


async def test_undo_of_an_earlier_session_brings_the_sentence_back(store: Store, cases) -> None:
    disputed, _, _ = cases
    store.adjudicate(Adjudication(sentence_id=disputed[2], label="asserted", reviewer="rita"))
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert disputed[2] not in [i.sentence_id for i in screen(app).queue.items]
        await pilot.press("u")
        assert store.adjudication(disputed[2]) is None
        assert current(app) == disputed[2]
        assert screen(app).index == 2  # in its import-order place


async def test_moving_through_the_queue_does_not_decide(store: Store, cases) -> None:
    disputed, _, flagged = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).check_action("previous", ()) is None
        await pilot.press("right", "right", "left")
        assert current(app) == disputed[1]
        await pilot.press(*["right"] * 20)
        assert current(app) == flagged  # the last one; no wrapping
        assert screen(app).check_action("next", ()) is None
        assert store.adjudication_count() == 0 and store.events("rita") == []


async def test_flagged_sentence_shows_its_flag_and_note_verbatim(store: Store, cases) -> None:
    _, _, flagged = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*["right"] * 20)
        assert current(app) == flagged
        votes = text_of(app, "#votes")
        assert "asserted ⚑" in votes
        assert "[bold red]pas du markup[/]" in votes and "␛[31m" in votes
        assert "bruno" not in votes


async def test_widen_the_context(store: Store, cases) -> None:
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        context = screen(app).query_one(ContextView)
        assert context.mode.value == "sentence"
        await pilot.press("v")
        assert context.mode.value == "paragraph" and "paragraph" in text_of(app, "#status")
        await pilot.press("v")
        assert context.mode.value == "article"
        assert len(context.lines) == len(screen(app).article_sentences)


async def test_help_lists_the_review_keys(store: Store, cases) -> None:
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = dict(app.screen.keys)
        assert keys["c"] == "final label contested, then the reason"
        assert keys["u, ^z"] == "Undo" and keys["v"] == "Context"
        assert "g guideline_gap" in keys["reason"]
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_quit(store: Store, cases) -> None:
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert app.return_code is None
        await pilot.press("q")
        assert app.return_code == 0


async def test_blind_hides_the_names(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store, blind=True)
    async with app.run_test(size=SIZE) as pilot:
        votes = text_of(app, "#votes")
        assert "alice" not in votes and "bruno" not in votes
        lines = votes.splitlines()[1:]
        assert [line.split()[0] for line in lines] == ["A", "B"]
        assert "blind" in text_of(app, "#status")
        await pilot.press("c", "o")
        assert store.adjudication(disputed[0]).reviewer == "rita"


async def test_all_shows_settled_sentences_with_their_decision(store: Store, cases) -> None:
    disputed, _, _ = cases
    store.adjudicate(
        Adjudication(sentence_id=disputed[0], label="asserted", reviewer="sam", note="vu")
    )
    app = review_app(store, include_settled=True)
    async with app.run_test(size=SIZE) as pilot:
        assert current(app) == disputed[0]
        decision = text_of(app, "#decision")
        assert "asserted" in decision and "sam" in decision and "vu" in decision
        assert "adjudicated → asserted" in text_of(app, "#sentence-agreement")
        assert "1/" in text_of(app, "#progress-text")
        await pilot.press("c", "tab")  # the note of the decision is offered again
        assert app.screen.query_one("Input").value == "vu"
        await pilot.press("enter", "e")
        assert store.adjudication(disputed[0]).label == "contested"
        assert current(app) == disputed[1]  # the next unsettled one


async def test_filters_pair_and_article(store: Store, cases) -> None:
    disputed, _, _ = cases
    app = review_app(store, pair=("attributed", "contested"))
    async with app.run_test(size=SIZE):
        queue = screen(app).queue.items
        assert queue and all({"attributed", "contested"} <= set(i.labels) for i in queue)
    first = store.article_list()[0][0]
    app = review_app(store, article_ids=(first,))
    async with app.run_test(size=SIZE):
        assert all(i.article_id == first for i in screen(app).queue.items)


async def test_settling_the_last_one_says_so(store: Store, cases) -> None:
    disputed, _, flagged = cases
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(len(disputed) + 1):
            await pilot.press("s", "o")
        assert all(store.adjudication(sid) for sid in [*disputed, flagged])
        assert any("All" in n.message and "settled" in n.message for n in app._notifications)
        total = len(disputed) + 1
        assert f"{total}/{total} settled" in text_of(app, "#progress-text")


async def test_empty_queue(store: Store) -> None:
    app = review_app(store)
    async with app.run_test(size=SIZE) as pilot:
        assert "Nothing to review" in text_of(app, "#votes")
        assert screen(app).check_action("label", (0,)) is None
        await pilot.press("a", "u", "right", "v")
        assert store.adjudication_count() == 0


# ----------------------------------------------------------------------------- end to end


async def test_review_then_export_carries_the_adjudicated_gold(store: Store, db_path) -> None:
    """Two annotators label the samples differently in places; the reviewer sees exactly
    those sentences (and the flagged one), settles them, and the export shows the decisions."""
    disputed, unanimous, flagged = two_annotators(store)
    app = review_app(store)
    chosen: dict[str, str] = {}
    keys = {"a": "attributed", "c": "contested", "s": "asserted", "n": "not_a_claim"}
    async with app.run_test(size=SIZE) as pilot:
        seen = [i.sentence_id for i in screen(app).queue.items]
        assert seen == [*disputed, flagged]
        for n, sid in enumerate(seen):
            assert current(app) == sid
            key = "acsn"[n % 4]
            await pilot.press(key, "gmeo"[n % 4])
            chosen[sid] = keys[key]
    result = CliRunner().invoke(
        cli, ["export", "--format", "jsonl", "--db", str(db_path), "-q"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    records = {r["sentence_id"]: r for r in map(json.loads, result.output.splitlines())}
    for sid, label in chosen.items():
        assert records[sid]["gold"]["method"] == "adjudicated"
        assert records[sid]["gold"]["label"] == label
        assert records[sid]["adjudication"]["reviewer"] == "rita"
    for sid in unanimous:
        assert records[sid]["gold"]["method"] == "unanimous"  # accepted, never written
    assert store.adjudication_count() == len(chosen)
