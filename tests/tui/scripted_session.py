"""A real annotation session in its own process, driven line by line from stdin.

    python -m tests.tui.scripted_session DB ANNOTATOR

The test that starts it writes one command a line and reads one answer a line, so every
step is in a known state before the next (no sleeps, no races):

- `press KEY [KEY ...]`: press the keys; answers `OK <screen> <sentence id or -> <label or ->`
- `label KEY`: press a label key; answers `SAVED <sentence id> <label>` once the screen shows
  the label as saved, or `DONE` when nothing is left to label
- `wait-report`: wait until the agreement screen has its report; answers `OK report`
- `state`: answers like `press`, pressing nothing
- `quit`: leave the app; answers `BYE`
"""

from __future__ import annotations

import asyncio
import sys

from textual.widgets import LoadingIndicator

from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.agreement import AgreementScreen
from annotator.tui.screens.annotate import AnnotateScreen


def state(app: AnnotatorApp) -> str:
    screen = app.screen
    annotate = next(s for s in app.screen_stack if isinstance(s, AnnotateScreen))
    sentence = annotate.sentence
    label = annotate.annotation.label if annotate.annotation else None
    return f"OK {type(screen).__name__} {sentence.id if sentence else '-'} {label or '-'}"


async def session(db: str, annotator: str) -> None:
    store = Store.open(db)
    app = AnnotatorApp(store=store, annotator=annotator)
    loop = asyncio.get_running_loop()
    async with app.run_test(size=(100, 30)) as pilot:
        print("READY", flush=True)
        while True:
            line = (await loop.run_in_executor(None, sys.stdin.readline)).split()
            if not line or line[0] == "quit":
                break
            command, args = line[0], line[1:]
            if command == "press":
                await pilot.press(*args)
                await pilot.pause()
                print(state(app), flush=True)
            elif command == "state":
                print(state(app), flush=True)
            elif command == "label":
                screen = app.screen
                assert isinstance(screen, AnnotateScreen)
                sentence = screen.sentence
                if sentence is None or getattr(screen, "finished", False):
                    print("DONE", flush=True)
                    continue
                await pilot.press(args[0])
                await pilot.pause()
                label = store.scheme.by_key(args[0])
                assert label is not None
                print(f"SAVED {sentence.id} {label.name}", flush=True)
            elif command == "wait-report":
                screen = app.screen
                assert isinstance(screen, AgreementScreen)
                # a condition, not a delay: the report thread hides the indicator when done
                while screen.query_one(LoadingIndicator).display:
                    await pilot.pause(0.02)
                print("OK report", flush=True)
            else:
                print(f"ERROR unknown command {command}", flush=True)
    store.close()
    print("BYE", flush=True)


if __name__ == "__main__":
    asyncio.run(session(sys.argv[1], sys.argv[2]))
