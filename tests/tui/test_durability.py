"""Nothing shown as saved is ever lost: kill -9 a real session; run several at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.annotate import AnnotateScreen
from tests.conftest import ROOT

LABELS = {"a": "attributed", "c": "contested", "s": "asserted", "n": "not_a_claim"}


def start(db: Path, annotator: str, count: int, keys: str = "acsn") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.tui.child_session", str(db), annotator, str(count), keys],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_kill_9_mid_session_loses_nothing_shown_as_saved(
    store: Store, db_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    before = store.labelled_count("alice")
    child = start(db_path, "alice", 10_000)
    saved: list[tuple[str, str]] = []
    assert child.stdout is not None
    wanted = rng.randint(3, 12)
    while len(saved) < wanted:
        line = child.stdout.readline()
        assert line, child.stderr.read() if child.stderr else "child died"
        if line.startswith("SAVED"):
            _, sentence_id, label = line.split()
            saved.append((sentence_id, label))
    time.sleep(rng.uniform(0, 0.05))  # land anywhere: mid-keypress, mid-commit, idle
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    after = Store.open(db_path)
    assert after.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for sentence_id, label in saved:
        annotation = after.annotation(sentence_id, "alice")
        assert annotation is not None and annotation.label == label, sentence_id
    assert after.labelled_count("alice") >= before + len(saved)
    # every label has its event
    assert len([e for e in after.events("alice") if e.action.value == "label"]) == (
        after.labelled_count("alice")
    )

    # a restart resumes at the first sentence still unlabelled
    app = AnnotatorApp(store=after, annotator="alice")
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, AnnotateScreen)
        assert app.screen.sentence == after.next_unlabelled("alice")
        last_saved = after.sentence(saved[-1][0])
        assert app.screen.sentence is not None and last_saved is not None
        assert app.screen.sentence.id != last_saved.id
    after.close()


def test_several_annotators_at_once_on_one_file(store: Store, db_path: Path) -> None:
    total = store.sentence_count()
    names = ["alice", "bob", "chloé"]
    children = [
        start(db_path, name, total + 5, keys)
        for name, keys in zip(names, ["a", "cs", "n"], strict=True)
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err.lower() and "locked" not in out.lower()
        assert out.count("SAVED") == total
    check = Store.open(db_path)
    assert check.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for name in names:
        assert check.labelled_count(name) == total
    assert {label for _s, name, label in check.triples() if name == "bob"} == {
        "contested",
        "asserted",
    }
    check.close()
