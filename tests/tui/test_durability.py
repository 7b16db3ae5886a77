"""Nothing shown as saved is ever lost: kill -9 real sessions at random moments (mid-burst,
dialogs and screens open, the review screen), and run many writers at once.

Every step waits on an answer from the session, never on a delay: the kill lands wherever
the session is at that moment, and the assertions hold wherever that is.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.models import EventAction
from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.annotate import AnnotateScreen
from tests.conftest import ROOT
from tests.tui.scripted_session import Session

pytestmark = pytest.mark.slow

LABEL_KEYS = "acsn"
SCREENS = ["question_mark", "t", "slash", "i", "S", "C", "m", "v"]
"""Keys that open a dialog or a screen (or change the view) before the kill."""


def check_after_kill(db: Path, annotator: str, saved: dict[str, str]) -> Store:
    store = Store.open(db)
    assert store.integrity_ok()
    for sentence_id, label in saved.items():
        annotation = store.annotation(sentence_id, annotator)
        assert annotation is not None and annotation.label == label, (annotator, sentence_id)
    # every current label has the event that made it
    labelled = {a.sentence_id for a in store.iter_annotations(annotator) if a.label}
    logged = {e.sentence_id for e in store.events(annotator) if e.action is EventAction.LABEL}
    assert labelled <= logged
    return store


def one_trial(db: Path, annotator: str, rng: random.Random) -> dict[str, str]:
    """Label, maybe open a dialog or a screen, maybe start a burst; kill -9 somewhere."""
    saved: dict[str, str] = {}
    session = Session.fork(str(db), annotator)
    try:
        for _ in range(rng.randint(0, 2)):
            answer = session.send(f"label {rng.choice(LABEL_KEYS)}").split()
            if answer[0] == "SAVED":
                saved[answer[1]] = answer[2]
        scenario = rng.choice(["burst", "screen", "screen-then-burst", "idle"])
        if scenario.startswith("screen"):
            session.send(f"press {rng.choice(SCREENS)}")
        if scenario == "screen-then-burst":
            session.send("press escape")
        if scenario.endswith("burst"):
            count = rng.randint(2, 8)
            session.post(f"burst {count} {LABEL_KEYS}")
            for _ in range(rng.randint(0, count - 1)):  # kill before the burst is over
                answer = session.read().split()
                if answer[0] != "SAVED":
                    break
                saved[answer[1]] = answer[2]
    finally:
        session.kill()
    return saved


@pytest.mark.parametrize("part", range(4))
def test_kill_9_trials_lose_nothing_shown_as_saved(store: Store, db_path: Path, part: int) -> None:
    """100 kill -9 trials in all (4 × 25), several annotators on one file."""
    rng = random.Random(part)
    store.close()
    saved: dict[str, dict[str, str]] = {}
    for trial in range(25):
        annotator = f"ann{trial % 5}"
        saved.setdefault(annotator, {}).update(one_trial(db_path, annotator, rng))
        check_after_kill(db_path, annotator, saved[annotator]).close()
    after = check_after_kill(db_path, "ann0", saved["ann0"])
    for annotator, labels in saved.items():
        for sentence_id, label in labels.items():
            got = after.annotation(sentence_id, annotator)
            assert got is not None and got.label == label
    after.close()


async def test_a_restart_after_a_kill_resumes_at_the_first_sentence_left(
    store: Store, db_path: Path
) -> None:
    store.close()
    saved = one_trial(db_path, "alice", random.Random(7))
    after = check_after_kill(db_path, "alice", saved)
    app = AnnotatorApp(store=after, annotator="alice")
    async with app.run_test(size=(100, 30)):
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        expected = after.resume_point("alice")
        assert expected is not None  # a handful of labels: plenty left
        assert screen.sentence == expected
        assert screen.annotation is None or screen.annotation.label is None
    after.close()


async def test_a_restart_after_everything_is_labelled_says_all_done(
    store: Store, db_path: Path
) -> None:
    store.close()
    session = Session.fork(str(db_path), "alice")
    answers = []
    session.post(f"burst {10_000} {LABEL_KEYS}")
    while (answer := session.read()) != "DONE":
        answers.append(answer)
    session.kill()
    after = check_after_kill(db_path, "alice", {a.split()[1]: a.split()[2] for a in answers})
    assert after.labelled_count("alice") == after.sentence_count()
    app = AnnotatorApp(store=after, annotator="alice")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        assert screen.finished and screen.sentence is None
        done = str(screen.query_one("#done").render())
        assert "All done" in done and "nobody has labelled" in done
        before = after.events("alice")
        await pilot.press("a", "enter", "n")  # no sentence shown: nothing to label
        assert after.events("alice") == before
        await pilot.press("left")  # back to the last sentence labelled
        assert screen.sentence is not None and not screen.finished
    after.close()


def test_a_review_session_killed_keeps_every_decision(store: Store, db_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    sentences = [first, *[store.neighbour(first.id, 1)]]
    for sentence in sentences:
        assert sentence is not None
        store.label(sentence.id, "alice", "attributed")
        store.label(sentence.id, "bob", "asserted")
    store.close()
    session = Session.fork(str(db_path), "rita", review=True)
    decided = session.send("decide a g").split()
    session.send("press question_mark")
    session.kill()
    after = Store.open(db_path)
    assert after.integrity_ok()
    adjudication = after.adjudication(decided[1])
    assert adjudication is not None and adjudication.label == decided[2] == "attributed"
    after.close()


def test_eight_writers_with_export_agreement_and_import_meanwhile(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """4 annotation screens and 4 writers through the store API, each labelling every
    sentence, while `export`, `agreement` and `import` run: nothing lost, nothing locked."""
    total = store.sentence_count()
    store.close()
    screens = [Session.fork(str(db_path), f"tui{n}") for n in range(4)]
    api = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store_writer", str(db_path), f"api{n}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    for n, session in enumerate(screens):
        session.post(f"burst {total + 5} {LABEL_KEYS[n:] + LABEL_KEYS[:n]}")
    extra = tmp_path / "more.jsonl"
    extra.write_text(
        "".join(
            f'{{"id": "extra-{n}", "title": "Extra {n}", "text": "Le maire a déclaré que '
            f'le budget {n} était prêt. Selon lui, tout va bien."}}\n'
            for n in range(50)
        ),
        encoding="utf-8",
    )
    others = []
    for args in (
        ["export", "-o", str(tmp_path / "out.jsonl")],
        ["agreement", "--format", "json"],
        ["import", str(extra)],
        ["export", "--format", "csv", "-o", str(tmp_path / "out.csv")],
    ):
        others.append(
            subprocess.run(
                [sys.executable, "-m", "annotator", *args, "--db", str(db_path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )
        )
    saved: dict[str, dict[str, str]] = {}
    for n, session in enumerate(screens):
        labels = saved.setdefault(f"tui{n}", {})
        while (answer := session.read()) != "DONE":
            _, sentence_id, label = answer.split()
            labels[sentence_id] = label
            if len(labels) == total + 5:
                break
        session.quit()
    for n, writer in enumerate(api):
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "locked" not in err.lower()
        saved[f"api{n}"] = {
            parts[1]: parts[2] for parts in (line.split() for line in out.splitlines())
        }
    for result in others:
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr.lower()
    after = Store.open(db_path)
    assert after.integrity_ok()
    for name, labels in saved.items():
        assert len(labels) >= total, name
        for sentence_id, label in labels.items():
            got = after.annotation(sentence_id, name)
            assert got is not None and got.label == label, (name, sentence_id)
    after.close()
