"""SIGTERM and SIGHUP (a dropped SSH session) end a real `annotator annotate` in a terminal
cleanly: the terminal leaves the alternate screen, and every label shown is on disk."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from annotator.store import Store

pytestmark = pytest.mark.slow

PATIENCE_S = 120.0
"""How long a step may take before the test calls the app hung: a bound, not a timing."""


class Terminal:
    def __init__(self, db: Path, annotator: str) -> None:
        self.out = b""
        pid, fd = pty.fork()
        if pid == 0:  # the child: the real command, as a user runs it
            os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
            os.execv(
                sys.executable,
                [sys.executable, "-m", "annotator", "annotate", "-a", annotator, "--db", str(db)],
            )
        self.pid, self.fd = pid, fd

    def read_until(self, condition: object) -> None:
        deadline = time.monotonic() + PATIENCE_S
        while not condition():  # type: ignore[operator]
            assert time.monotonic() < deadline, self.out[-500:]
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    self.out += os.read(self.fd, 65536)
                except OSError:  # the child closed the terminal
                    return


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_restores_the_terminal_and_keeps_the_labels(
    store: Store, db_path: Path, signum: int
) -> None:
    store.close()
    terminal = Terminal(db_path, "pat")
    terminal.read_until(lambda: b"article 1/5" in terminal.out)

    def labelled() -> int:
        with Store.open(db_path, readonly=True) as reader:
            return reader.labelled_count("pat")

    for count, key in enumerate(b"as", 1):
        os.write(terminal.fd, bytes([key]))
        terminal.read_until(lambda count=count: labelled() == count)
    os.kill(terminal.pid, signum)
    # what the app writes while it shuts down, until it has exited
    deadline = time.monotonic() + PATIENCE_S
    status = None
    while status is None:
        assert time.monotonic() < deadline, "the app did not exit"
        ready, _, _ = select.select([terminal.fd], [], [], 0.05)
        if ready:
            try:
                terminal.out += os.read(terminal.fd, 65536)
                continue
            except OSError:  # the app closed the terminal
                pass
        pid, raw = os.waitpid(terminal.pid, os.WNOHANG)
        if pid:
            status = os.waitstatus_to_exitcode(raw)
    os.close(terminal.fd)
    out = terminal.out
    assert out.count(b"\x1b[?1049h") == 1, "entered the alternate screen once"
    assert out.rfind(b"\x1b[?1049l") > out.rfind(b"\x1b[?1049h"), "and left it at the end"
    assert status == 128 + signum
    with Store.open(db_path, readonly=True) as reader:
        assert reader.labelled_count("pat") == 2
        assert reader.integrity_ok()


def test_a_vanished_terminal_ends_the_app_and_keeps_the_labels(store: Store, db_path: Path) -> None:
    """A dropped SSH session: the terminal goes away under the app (SIGHUP, then every write
    fails). Textual's output thread dies on the first failed write and its queue fills up, so
    leaving could block forever; the app must end anyway, every label on disk."""
    store.close()
    terminal = Terminal(db_path, "pat")
    terminal.read_until(lambda: b"article 1/5" in terminal.out)

    def labelled() -> int:
        with Store.open(db_path, readonly=True) as reader:
            return reader.labelled_count("pat")

    os.write(terminal.fd, b"a")
    terminal.read_until(lambda: labelled() == 1)
    os.close(terminal.fd)  # the terminal is gone: the kernel hangs up its session
    deadline = time.monotonic() + PATIENCE_S
    while True:
        pid, raw = os.waitpid(terminal.pid, os.WNOHANG)
        if pid:
            break
        assert time.monotonic() < deadline, "the app outlived its terminal"
        time.sleep(0.05)
    assert os.waitstatus_to_exitcode(raw) in (128 + signal.SIGHUP, -signal.SIGHUP)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.labelled_count("pat") == 1
        assert reader.integrity_ok()
