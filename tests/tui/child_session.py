"""A real annotation session in its own process, for the kill and concurrency tests.

    python -m tests.tui.child_session DB ANNOTATOR COUNT [KEYS]

Runs the app headless, presses label keys (cycling through KEYS) COUNT times or until every
sentence is labelled, and after each key prints `SAVED <sentence id> <label>` once the screen
shows the label as saved and has moved on.
"""

from __future__ import annotations

import asyncio
import sys

from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.widgets import ContextView


async def session(db: str, annotator: str, count: int, keys: str) -> None:
    store = Store.open(db)
    app = AnnotatorApp(store=store, annotator=annotator)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        for number in range(count):
            sentence = screen.sentence
            if sentence is None or store.next_unlabelled(annotator) is None:
                break
            await pilot.press(keys[number % len(keys)])
            view = screen.query_one(ContextView)
            label = store.scheme.by_key(keys[number % len(keys)])
            assert label is not None
            # what the screen shows as saved: the gutter mark of that sentence
            if screen.article is not None and sentence.article_id == screen.article.id:
                line = next(line for line in view.lines if line.sentence == sentence)
                assert label.key in str(line.mark)
            print(f"SAVED {sentence.id} {label.name}", flush=True)
    print("DONE", flush=True)


if __name__ == "__main__":
    db, annotator, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    keys = sys.argv[4] if len(sys.argv) > 4 else "acsn"
    asyncio.run(session(db, annotator, count, keys))
