"""Another command holds the database (an import, a merge, `repeats --rebuild`): the screen
says it waits instead of freezing, holds the keys (one typed meanwhile would label a sentence
never seen), and saves the change once the database is free."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.store import Store
from tests.tui.conftest import AppFactory, text_of

PATIENCE_S = 60.0
"""How long the screen may take to save once the lock is gone: a bound, not a timing."""


@contextmanager
def writer_holding_the_lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another process's write transaction, as an import keeps one open."""
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("COMMIT")
        other.close()


def labels_on_disk(db: Path) -> dict[str, str]:
    with Store.open(db, readonly=True) as reader:
        return {a.sentence_id: a.label for a in reader.iter_annotations("alice") if a.label}


async def until(pilot: Any, condition: Any) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        assert time.monotonic() < deadline, "the screen never saved"
        await pilot.pause(0.05)


async def test_a_label_waits_for_a_busy_database_and_keys_are_held(
    app_factory: AppFactory, store: Store, db_path: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        first = app.screen.sentence
        assert first is not None and "sentence 1/" in text_of(app, "#status")
        with writer_holding_the_lock(db_path):
            await pilot.press("a")
            await pilot.pause()
            screen = app.screen
            assert screen.has_class("-waiting")
            assert "Waiting for the database" in text_of(app, "#waiting")
            assert "sentence 1/" in text_of(app, "#status")  # still on the first sentence
            assert labels_on_disk(db_path) == {}
            await pilot.press("s", "right", "n")  # held, not applied to unseen sentences
            await pilot.pause()
            assert screen.sentence is first
            assert labels_on_disk(db_path) == {}
        await until(pilot, lambda: labels_on_disk(db_path))
        await pilot.pause()
        assert labels_on_disk(db_path) == {first.id: "attributed"}  # the key typed first
        assert not screen.has_class("-waiting")
        assert "sentence 2/" in text_of(app, "#status")
        await pilot.press("c")  # the keys work again
        await pilot.pause()
        assert len(labels_on_disk(db_path)) == 2


async def test_an_edit_and_an_undo_wait_too(
    app_factory: AppFactory, store: Store, db_path: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        first = app.screen.sentence
        assert first is not None
        await pilot.press("a")
        await pilot.pause()
        assert labels_on_disk(db_path) == {first.id: "attributed"}
        with writer_holding_the_lock(db_path):
            await pilot.press("u")
            await pilot.pause()
            assert app.screen.has_class("-waiting")
            assert labels_on_disk(db_path) == {first.id: "attributed"}
        await until(pilot, lambda: not labels_on_disk(db_path))
        await pilot.pause()
        assert app.screen.sentence is not None and app.screen.sentence.id == first.id
        with writer_holding_the_lock(db_path):
            await pilot.press("f")  # flag
            await pilot.pause()
            assert app.screen.has_class("-waiting")
        await until(pilot, lambda: not app.screen.has_class("-waiting"))
        annotation = store.annotation(first.id, "alice")
        assert annotation is not None and annotation.flagged


async def test_quitting_while_a_change_waits_asks_first(
    app_factory: AppFactory, store: Store, db_path: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        with writer_holding_the_lock(db_path):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
            assert "not saved yet" in str(app.screen.query_one("#dialog-title").render())
            await pilot.press("n")  # stay: the label is saved once the database is free
            await pilot.pause()
        await until(pilot, lambda: labels_on_disk(db_path))


async def test_the_review_screen_waits_for_a_busy_database_too(store: Store, db_path: Path) -> None:
    from tests.tui.test_review import current, review_app, two_annotators

    disputed, _, _ = two_annotators(store)
    app = review_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        with writer_holding_the_lock(db_path):
            await pilot.press("c", "e")  # contested, annotator error
            await pilot.pause()
            assert app.screen.has_class("-waiting")
            assert current(app) == disputed[0]
            await pilot.press("right")  # held
            await pilot.pause()
            assert current(app) == disputed[0]
            assert store.adjudication(disputed[0]) is None
        await until(pilot, lambda: store.adjudication(disputed[0]) is not None)
        await pilot.pause()
        assert current(app) == disputed[1]


async def test_the_consistency_review_waits_and_settles_the_group_whole(store: Store) -> None:
    from annotator.store.repeat_labels import inconsistencies
    from annotator.tui.app import ConsistencyApp
    from tests.tui.test_repeat_labels import _repeated

    first, second = _repeated(store)
    store.label(first, "alice", "asserted")
    store.label(second, "alice", "not_a_claim")
    app = ConsistencyApp(
        store=store, annotator="alice", consistency=inconsistencies(store, "alice")
    )
    assert store.path is not None
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        with writer_holding_the_lock(store.path):
            await pilot.press("n")
            await pilot.pause()
            assert app.screen.has_class("-waiting")
            assert len(inconsistencies(store, "alice")) == 1
            assert not app.screen.check_action("next", ())  # keys held here too
        await until(pilot, lambda: not inconsistencies(store, "alice"))
        with writer_holding_the_lock(store.path):
            await pilot.press("u")  # both changes of the group, or neither
            await pilot.pause()
            assert not inconsistencies(store, "alice")
        await until(pilot, lambda: len(inconsistencies(store, "alice")) == 1)


async def test_quitting_while_a_change_waits_drops_it_when_confirmed(
    app_factory: AppFactory, store: Store, db_path: Path
) -> None:
    app = app_factory()
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        with writer_holding_the_lock(db_path):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
    assert app.return_code == 0 and app.fatal_message is None
    assert labels_on_disk(db_path) == {}


async def test_a_database_damaged_past_opening_ends_the_app_with_one_line(
    app_factory: AppFactory, store: Store, monkeypatch: Any
) -> None:
    """The first reads run as the screen mounts, before the first frame: a damaged page met
    there stops the app with the message the command prints, instead of a traceback or a
    screen mounting forever."""

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(store, "resume_point", damaged)
    app = app_factory()
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
    assert app.return_code == 1
    assert app.fatal_message == "database disk image is malformed"
