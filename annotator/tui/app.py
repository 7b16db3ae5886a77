"""The Textual application: receives its store and settings, shows the annotate screen."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from annotator.errors import AnnotatorError
from annotator.store import Store
from annotator.tui.screens.annotate import AnnotateScreen

SWITCH_INTERVAL_S = 0.0001
"""How long a thread holds the GIL before another may take it (Python's default: 5 ms)."""

FREEZE_AFTER_S = 1.0
"""When the app freezes the heap it has built (see `freeze_heap`)."""

EXIT_GRACE_S = 10.0
"""After SIGTERM or SIGHUP, how long the app may take to leave before the process ends
without it (see `leave_on_signal`)."""

if TYPE_CHECKING:
    # Only the annotation screen is imported to start: the others (and the review queue,
    # NER) load when opened, so the first sentence paints sooner.
    from annotator.learn.suggester import LazyModel
    from annotator.review_queue import ReviewQueue
    from annotator.store.repeat_labels import Inconsistency
    from annotator.suggest.ner import Entities


@dataclass(frozen=True)
class ReviewSetup:
    """What the review mode needs: the queue to settle and how to show the annotators."""

    queue: ReviewQueue
    blind: bool = False


class AnnotatorApp(App[None]):
    """claim-annotator's TUI: the annotation screen (the review screens in `ReviewApp` and
    `ConsistencyApp`).

    The first screen is built by the app from its settings, and brings its own stylesheet
    (a screen's `CSS_PATH`). The first screen's is also read with the app's: a screen that
    brings a stylesheet not read yet makes Textual parse every stylesheet again (15-25 ms
    before the first paint).
    """

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "screens/annotate.tcss"]
    TITLE = "claim-annotator"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("i", "agreement", "agreement", id="agreement"),
        # shown on the status line ("? help"): the Footer has no room left
        Binding("question_mark,f1", "help", "help", id="help", show=False),
    ]

    def __init__(
        self,
        store: Store,
        annotator: str,
        *,
        break_after: float = 0.0,
        suggest: bool = True,
        entities: Entities | None = None,
        suggest_share: float = 1.0,
        review: ReviewSetup | None = None,
        assigned_only: bool = False,
        model: LazyModel | None = None,
        order: Sequence[str] | None = None,
        show_repeats: bool = False,
        repeat_share: float = 0.0,
        consistency: list[Inconsistency] | None = None,
    ) -> None:
        """`suggest`: the annotate screen starts with its suggestions shown. `entities`: the
        optional NER pipeline, for source candidates. `suggest_share`: the share of sentences
        that show their suggestion (the others are controls). `review`: the review mode's
        queue (`ReviewApp` starts in it). `assigned_only`: the annotate queue keeps to the
        annotator's assigned articles. `model`: the learned model that chooses the suggested
        labels (`annotator train`). `order`: sentence ids in the order the queue serves them
        (`--order uncertain`); none: the article order. `show_repeats`, `repeat_share`: see
        `AnnotateScreen`. `consistency`: the groups to settle in the consistency review
        (`ConsistencyApp` starts in it)."""
        super().__init__()
        self.store = store
        self.annotator = annotator
        self.break_after = break_after
        self.suggest = suggest
        self.entities = entities
        self.suggest_share = suggest_share
        self.review = review
        self.assigned_only = assigned_only
        self.model = model
        self.order = order
        self.show_repeats = show_repeats
        self.repeat_share = repeat_share
        self.consistency = consistency
        self._switch_interval = sys.getswitchinterval()
        """Python's own switch interval, put back when the app ends (`on_mount`)."""

    fatal_message: str | None = None
    """Why the app stopped on a database error (a corrupt file): the command prints it as
    one line instead of a traceback."""

    def stop_on_error(self, error: Exception) -> None:
        """Leave on a database error met by a screen, with the one line the command prints;
        the screen catches it and calls this, so it stays alive while the app closes."""
        self.fatal_message = str(error)
        self.exit(return_code=1)

    def _handle_exception(self, error: Exception) -> None:
        # A corrupt or vanished database is the user's problem to fix, not a bug to trace:
        # leave the screen cleanly and let the command say it in one line. Everything shown
        # as saved was committed before it showed.
        if isinstance(error, sqlite3.DatabaseError | AnnotatorError):
            self.stop_on_error(error)
            return
        if self.fatal_message is not None:
            # The app is already leaving on that error; what breaks after it (a screen that
            # never finished mounting) is its echo, not news.
            return
        super()._handle_exception(error)

    def on_mount(self) -> None:
        # The next article's suggestions are computed in a worker thread (the rules take
        # about 0.7 ms a sentence); each time a key's handler gives the GIL up (SQLite, the
        # terminal) it waited up to the switch interval to get it back, 5 ms by default:
        # tens of milliseconds a key while a worker runs. A shorter interval keeps the keys'
        # thread first (bench/tui.py: key handled p99 51 ms at 5 ms, 24 at 0.5, 18 at 0.1).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        # SIGTERM (a shutdown, `kill`) and SIGHUP (a dropped SSH session) end the app the
        # way `q` does, so the terminal leaves raw mode and the alternate screen; every label
        # is committed already. The exit code stays the signal's (128 + its number).
        if self.is_headless:
            return
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.leave_on_signal, 128 + signum)

    def leave_on_signal(self, return_code: int) -> None:
        self.exit(None, return_code)
        # When the terminal itself is gone (a dropped SSH session), Textual's output thread
        # dies on its first failed write, and leaving, which writes to restore the terminal,
        # then waits on its full queue forever: the process lingered, holding the database
        # open. Every label is on disk already, so it ends anyway after a grace period.
        watchdog = threading.Timer(EXIT_GRACE_S, os._exit, [return_code])
        watchdog.daemon = True
        watchdog.start()

    def on_unmount(self) -> None:
        sys.setswitchinterval(self._switch_interval)
        if self.is_headless:
            return
        with contextlib.suppress(Exception):
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGHUP):
                loop.remove_signal_handler(signum)

    def on_ready(self) -> None:
        # A second after the start, not at it: collecting takes ~25 ms, which the first
        # paint should not wait for.
        self.set_timer(FREEZE_AFTER_S, self.freeze_heap)

    def freeze_heap(self) -> None:
        # Everything alive now (Textual, Pydantic, the first screen, the suggester) lives for
        # the whole session: freezing it keeps the garbage collector's full passes, which
        # otherwise stall a keypress by up to 100 ms, down to the objects made since
        # (bench/tui.py).
        gc.collect()
        gc.freeze()

    def get_default_screen(self) -> Screen[None]:
        # The first screen as Textual's default screen rather than a mode: a mode's screen
        # makes Textual parse every stylesheet a second time before the first paint (~20 ms),
        # though this app's CSS_PATH has read the screen's stylesheet already. The review
        # apps open on theirs.
        return self.annotate_screen()

    def annotate_screen(self) -> Screen[None]:
        screen_class = AnnotateScreen.for_scheme(self.store.scheme)
        return screen_class(
            self.store,
            self.annotator,
            break_after=self.break_after,
            suggest=self.suggest,
            entities=self.entities,
            suggest_share=self.suggest_share,
            assigned_only=self.assigned_only,
            model=self.model,
            order=self.order,
            show_repeats=self.show_repeats,
            repeat_share=self.repeat_share,
        )

    def review_screen(self) -> Screen[None]:
        from annotator.tui.screens.review import ReviewScreen

        assert self.review is not None
        screen_class = ReviewScreen.for_scheme(self.store.scheme)
        return screen_class(self.store, self.annotator, self.review.queue, blind=self.review.blind)

    def consistency_screen(self) -> Screen[None]:
        from annotator.tui.screens.consistency import ConsistencyScreen

        assert self.consistency is not None
        return ConsistencyScreen.for_scheme(self.store.scheme)(self.store, self.consistency)

    def action_help(self) -> None:
        from annotator.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        rows: list[tuple[str, str]] = []
        # The topmost screen that lists its keys (annotate, review): dialogs above it do not.
        for screen in reversed(self.screen_stack):
            key_rows = getattr(screen, "key_rows", None)
            if callable(key_rows):
                rows = key_rows()
                break
        rows += [
            ("i", "agreement report of the database"),
            ("?, f1", "this help and the guidelines"),
            ("ctrl+p", "command palette"),
        ]
        self.push_screen(HelpScreen(rows, self.store.scheme))

    def action_agreement(self) -> None:
        from annotator.tui.screens.agreement import AgreementScreen

        if not isinstance(self.screen, AgreementScreen):
            self.push_screen(AgreementScreen(self.store.path))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Help and guidelines", "Keys and annotation guidelines", self.action_help
        )
        yield SystemCommand(
            "Agreement summary",
            "Inter-annotator agreement of the database (as `annotator agreement`)",
            self.action_agreement,
        )
        if isinstance(screen, AnnotateScreen):
            yield SystemCommand(
                "Go to article…", "Pick an article from the list", screen.action_articles
            )
            yield SystemCommand("Search…", "Find a sentence by its text", screen.action_search)
            yield SystemCommand(
                "Next match", "The next sentence with the last search", screen.action_search_next
            )
            yield SystemCommand(
                "Next unlabelled sentence",
                "Jump to the next sentence you have not labelled",
                screen.action_next_unlabelled,
            )
            yield SystemCommand(
                "Widen the context", "Sentence → paragraph → whole article", screen.action_widen
            )
            yield SystemCommand(
                "Toggle suggestions",
                "Show or hide the suggested label, cue and source",
                screen.action_toggle_suggestions,
            )


class ReviewApp(AnnotatorApp):
    """The TUI in review mode: `annotator review`."""

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "screens/review.tcss"]

    def get_default_screen(self) -> Screen[None]:
        return self.review_screen()


class ConsistencyApp(AnnotatorApp):
    """The TUI in consistency review: `annotator review --consistency`."""

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "screens/consistency.tcss"]

    def get_default_screen(self) -> Screen[None]:
        return self.consistency_screen()
