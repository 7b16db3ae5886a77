"""Two annotators on one file while other commands come and go: no label shown as saved is
lost (the agreement summary once made this process drop its SQLite locks, and the next
`annotator stats` deleted the WAL under the running session)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


class Child:
    """A scripted annotation session in its own process (tests/tui/scripted_session.py)."""

    def __init__(self, db: Path, annotator: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.tui.scripted_session", str(db), annotator],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.read() == "READY"

    def read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            err = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"the session died: {err[-2000:]}")
        return line.strip()

    def send(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read()

    def label(self, key: str) -> tuple[str, str]:
        answer = self.send(f"label {key}").split()
        assert answer[0] == "SAVED", answer
        return answer[1], answer[2]

    def quit(self) -> None:
        assert self.send("quit") == "BYE"
        self.process.wait(timeout=60)
        assert self.process.returncode == 0


def annotator_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args, "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def labels_seen_by_another_process(db: Path, annotator: str) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(
            conn.execute(
                "SELECT sentence_id, label FROM annotations "
                "WHERE annotator = ? AND label IS NOT NULL",
                [annotator],
            ).fetchall()
        )
    finally:
        conn.close()


def test_agreement_summary_then_stats_loses_no_label(store: Store, db_path: Path) -> None:
    store.close()  # only the sessions and the commands below hold the file
    alice = Child(db_path, "alice")
    bob: Child | None = None
    saved: dict[str, dict[str, str]] = {"alice": {}, "bob": {}}
    try:
        sid, label = alice.label("s")
        saved["alice"][sid] = label
        assert alice.send("press i").startswith("OK AgreementScreen")
        assert alice.send("wait-report") == "OK report"
        assert alice.send("press escape").startswith("OK AnnotateScreen")

        stats = annotator_cli("stats", "--json", db=db_path)
        assert stats.returncode == 0, stats.stderr
        assert Path(f"{db_path}-wal").exists(), "the WAL was removed under a running session"

        bob = Child(db_path, "bob")  # the second annotator comes in after
        for key in "acsn":
            sid, label = alice.label(key)
            saved["alice"][sid] = label
        sid, label = bob.label("c")
        saved["bob"][sid] = label
        # every label the screens showed as saved is visible to everyone else, now
        for name in ("alice", "bob"):
            seen = labels_seen_by_another_process(db_path, name)
            assert saved[name].items() <= seen.items(), name

        # an import-labels in between, and more labels after it
        labels = db_path.parent / "labels.jsonl"
        labels.write_text(
            json.dumps({"sentence_id": sid, "annotator": "carol", "label": "asserted"}) + "\n",
            encoding="utf-8",
        )
        imported = annotator_cli("import-labels", str(labels), db=db_path)
        assert imported.returncode == 0, imported.stderr
        assert json.loads(annotator_cli("stats", "--json", db=db_path).stdout)
        for key in "sa":
            sid, label = alice.label(key)
            saved["alice"][sid] = label
            sid, label = bob.label(key)
            saved["bob"][sid] = label
    finally:
        alice.quit()
        if bob is not None:
            bob.quit()

    after = Store.open(db_path)
    try:
        assert after.integrity_ok()
        for name, labels_ in saved.items():
            for sid, label in labels_.items():
                annotation = after.annotation(sid, name)
                assert annotation is not None and annotation.label == label, (name, sid)
        assert {a.annotator for a in after.iter_annotations()} >= {"alice", "bob", "carol"}
    finally:
        after.close()
