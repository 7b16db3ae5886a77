"""Screens that write: a save that another command holds up waits on screen, not frozen.

An import's transaction, a merge or `repeats --rebuild` (29 s at a million sentences) hold
the database's write lock. A screen saving meanwhile used to wait in SQLite's busy handler
for up to a minute, frozen, and the keys typed during the freeze then acted on sentences
nobody had seen. `SavingScreen._save` waits half a second, then says that it waits, tries
again every `RETRY_EVERY_S` and holds every key until the change is saved.
"""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from annotator.errors import AnnotatorError
from annotator.store import Store, is_busy
from annotator.tui.dialogs import ConfirmDialog

T = TypeVar("T")

WRITE_WAIT_S = 0.5
"""How long a save waits for another writer before the screen says it is waiting (labels of
a busy team wait milliseconds; an import's transaction, a merge or a rebuild can take longer)."""
RETRY_WAIT_S = 0.1
RETRY_EVERY_S = 0.3
"""While waiting: each try waits this long for the lock, every `RETRY_EVERY_S`; the screen
stays drawn in between."""
WAITING = (
    "Waiting for the database: another command is writing to it (an import, a merge, a "
    "rebuild). Your last change is not saved yet; it will be as soon as the database is "
    "free. Until then the keys do nothing."
)


class SavingScreen(Screen[None]):
    """A screen whose writes go through `_save`; it composes `waiting_banner()` somewhere
    (shown while a change waits, styled in app.tcss), and a `check_action` of its own asks
    this one first."""

    store: Store

    def __init__(self) -> None:
        super().__init__()
        self.waiting: tuple[Callable[[], Any], Callable[[Any], Any], str] | None = None
        """A save that another writer holds up: (the write, what follows it, what to say if
        it fails); tried again every `RETRY_EVERY_S` while the keys wait."""
        self._retry_timer: Timer | None = None

    def waiting_banner(self) -> Static:
        return Static(WAITING, id="waiting")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a change waits to be saved, every action but quitting is held (shown,
        dimmed): a key now would act on what the screen has not left yet."""
        return None if self.waiting is not None and action != "quit" else True

    async def _save(
        self, write: Callable[[], T], then: Callable[[T], Any], *, failed: str = "Not saved"
    ) -> None:
        """Run a store write, then `then` with what it returned (awaited if need be). When
        another command holds the database, wait on screen (see the module); on a failure
        (disk full, a read-only file) say so and move nothing: a screen never claims a change
        it could not save. `write` must be all or nothing (one transaction): it may run again."""
        if self.waiting is None:
            await self._attempt(write, then, failed, WRITE_WAIT_S)

    async def _attempt(
        self, write: Callable[[], T], then: Callable[[T], Any], failed: str, wait_s: float
    ) -> None:
        try:
            with self.store.busy_timeout(wait_s):
                result = write()
        except (sqlite3.Error, AnnotatorError) as error:
            if is_busy(error):
                self._wait(write, then, failed)
                return
            self._stop_waiting()
            self.notify(f"{failed}: {error}", title="Error", severity="error", timeout=10)
            return
        self._stop_waiting()
        followed = then(result)
        if inspect.isawaitable(followed):
            await followed

    def _wait(self, write: Callable[[], Any], then: Callable[[Any], Any], failed: str) -> None:
        if self.waiting is None:
            self.waiting = (write, then, failed)
            self.add_class("-waiting")
            self._retry_timer = self.set_interval(RETRY_EVERY_S, self._retry)
            self.refresh_bindings()

    async def _retry(self) -> None:
        if self.waiting is not None:
            write, then, failed = self.waiting
            await self._attempt(write, then, failed, RETRY_WAIT_S)

    def _stop_waiting(self) -> None:
        if self.waiting is not None:
            self.waiting = None
            if self._retry_timer is not None:
                self._retry_timer.stop()
            self.remove_class("-waiting")
            self.refresh_bindings()

    def action_quit(self) -> None:
        """Leave; while a change still waits to be saved, only once asked."""
        if self.waiting is None:
            self.app.exit()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._stop_waiting()  # no try left to land while the app closes
                self.app.exit()

        self.app.push_screen(
            ConfirmDialog(
                "Your last change is not saved yet: the database is busy. Quit and lose it?"
            ),
            answered,
        )
