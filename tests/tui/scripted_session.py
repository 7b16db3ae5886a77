"""A real annotation (or review) session in its own process, driven one command at a time.

    python -m tests.tui.scripted_session DB ANNOTATOR [--review]   (stdin / stdout)
    Session.fork(db, annotator)                                     (a forked process)

The test sends one command and reads one answer, so every step is in a known state before
the next (no sleeps, no races). Forking from the test process, where Textual is already
imported, starts a session in milliseconds instead of a second: the kill trials need many.

- `press KEY [KEY ...]`: press the keys; answers `OK <screen> <sentence id or -> <label or ->`
- `label KEY`: press a label key; answers `SAVED <sentence id> <label>` once the screen shows
  the label as saved, or `DONE` when nothing is left to label
- `burst N KEYS`: N label keys (cycling through KEYS), one `SAVED …` answer each, without
  waiting for a command in between (the kill trials land in the middle of it)
- `decide KEY REASON`: on the review screen, a label key then a reason key; answers
  `DECIDED <sentence id> <label>` once the decision is committed
- `wait-report`: wait until the agreement screen has its report; answers `OK report`
- `state`: answers like `press`, pressing nothing
- `quit`: leave the app; answers `BYE`
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Connection

from textual.pilot import Pilot
from textual.widgets import LoadingIndicator, Static

from annotator.review_queue import QueueOptions, load_queue
from annotator.store import Store
from annotator.tui.app import AnnotatorApp, ReviewApp, ReviewSetup
from annotator.tui.screens.agreement import AgreementScreen
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.screens.review import ReviewScreen
from annotator.tui.screens.saving import SavingScreen
from annotator.tui.widgets import ContextView

Send = Callable[[str], None]
Receive = Callable[[], Awaitable[str]]


def state(app: AnnotatorApp) -> str:
    screen = app.screen
    base = next((s for s in app.screen_stack if isinstance(s, AnnotateScreen | ReviewScreen)), None)
    sentence = getattr(base, "sentence", None)
    annotation = getattr(base, "annotation", None)
    label = annotation.label if annotation is not None else None
    return f"OK {type(screen).__name__} {sentence.id if sentence else '-'} {label or '-'}"


async def saved(app: AnnotatorApp, pilot: Pilot[None]) -> None:
    """Wait until no screen holds a change that another writer holds up (an import's
    transaction): a condition, not a delay; the screen retries on its own."""
    while any(isinstance(s, SavingScreen) and s.waiting is not None for s in app.screen_stack):
        await pilot.pause(0.05)


async def label_once(app: AnnotatorApp, pilot: Pilot[None], store: Store, key: str) -> str:
    screen = app.screen
    assert isinstance(screen, AnnotateScreen), type(screen).__name__
    sentence = screen.sentence
    if sentence is None or screen.finished:
        return "DONE"
    await pilot.press(key)
    await saved(app, pilot)
    label = store.scheme.by_key(key)
    assert label is not None
    # what the screen shows as saved: the gutter mark of that sentence
    view = screen.query_one(ContextView)
    if screen.finished:  # the end of the queue says every label is saved
        assert "every label is saved" in str(screen.query_one("#done", Static).render())
    elif screen.article is not None and sentence.article_id == screen.article.id:
        line = next((line for line in view.lines if line.sentence == sentence), None)
        if line is not None:  # still in the window shown
            assert label.key in str(line.mark), (sentence.id, str(line.mark))
        assert view.labels.get(sentence.id) == label.name
    return f"SAVED {sentence.id} {label.name}"


async def session(db: str, annotator: str, review: bool, receive: Receive, send: Send) -> None:
    store = Store.open(db)
    if review:
        queue = load_queue(store, QueueOptions())
        app: AnnotatorApp = ReviewApp(store=store, annotator=annotator, review=ReviewSetup(queue))
    else:
        app = AnnotatorApp(store=store, annotator=annotator)
    async with app.run_test(size=(100, 30)) as pilot:
        send("READY")
        while True:
            line = (await receive()).split()
            if not line or line[0] == "quit":
                break
            command, args = line[0], line[1:]
            if command == "press":
                await pilot.press(*args)
                await pilot.pause()
                await saved(app, pilot)
                send(state(app))
            elif command == "state":
                send(state(app))
            elif command == "label":
                send(await label_once(app, pilot, store, args[0]))
            elif command == "burst":
                count, keys = int(args[0]), args[1]
                for number in range(count):
                    answer = await label_once(app, pilot, store, keys[number % len(keys)])
                    send(answer)
                    if answer == "DONE":
                        break
            elif command == "decide":
                screen = app.screen
                assert isinstance(screen, ReviewScreen)
                sentence = screen.sentence
                await pilot.press(args[0], args[1])
                await pilot.pause()
                await saved(app, pilot)
                decided = store.adjudication(sentence.id) if sentence else None
                send(
                    f"DECIDED {sentence.id if sentence else '-'} "
                    f"{decided.label if decided else '-'}"
                )
            elif command == "wait-report":
                screen = app.screen
                assert isinstance(screen, AgreementScreen)
                # a condition, not a delay: the report thread hides the indicator when done
                while screen.query_one(LoadingIndicator).display:
                    await pilot.pause(0.02)
                send("OK report")
            else:
                send(f"ERROR unknown command {command}")
    store.close()
    send("BYE")


class Session:
    """A session in a forked process, talked to through a pipe."""

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn

    @classmethod
    def fork(cls, db: str, annotator: str, *, review: bool = False) -> Session:
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        process = context.Process(target=_forked, args=(db, annotator, review, theirs))
        process.start()
        theirs.close()
        session = cls(process, ours)
        first = session.read(timeout=120)
        assert first == "READY", first
        return session

    def read(self, timeout: float = 120) -> str:
        # a generous bound that only a hung child reaches: not a timing assumption
        if not self.conn.poll(timeout):
            raise AssertionError("the session did not answer")
        try:
            return str(self.conn.recv())
        except EOFError:
            raise AssertionError(f"the session died (exit code {self.process.exitcode})") from None

    def send(self, command: str) -> str:
        self.conn.send(command)
        return self.read()

    def post(self, command: str) -> None:
        """Send without waiting for the answer (read them with `read`)."""
        self.conn.send(command)

    def kill(self) -> None:
        assert self.process.pid is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.join(60)
        self.conn.close()

    def quit(self) -> None:
        assert self.send("quit") == "BYE"
        self.process.join(60)
        self.conn.close()
        assert self.process.exitcode == 0


def _forked(db: str, annotator: str, review: bool, conn: Connection) -> None:
    # a fresh process group of handlers: the test runner's own must not act here
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    async def receive() -> str:
        loop = asyncio.get_running_loop()
        try:
            return str(await loop.run_in_executor(None, conn.recv))
        except EOFError:
            return "quit"

    asyncio.run(session(db, annotator, review, receive, conn.send))
    conn.close()
    os._exit(0)  # nothing of the parent (pytest's atexit, its temp folders) runs here


def _main() -> None:
    db, annotator = sys.argv[1], sys.argv[2]
    review = "--review" in sys.argv[3:]

    async def receive() -> str:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, sys.stdin.readline)

    def send(line: str) -> None:
        print(line, flush=True)

    asyncio.run(session(db, annotator, review, receive, send))


if __name__ == "__main__":
    _main()
