"""Opening a database never endangers another process's work on it: no Python I/O on a file
SQLite holds, and commands that only read never write."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.errors import DatabaseError
from annotator.store import Store
from annotator.store.merge import merge_database
from tests import sqlite_guard
from tests.conftest import dump


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_guard_catches_python_io_on_a_held_database(store: Store, db_path: Path) -> None:
    """The guard behind every test (tests/sqlite_guard.py) works: it would have caught the
    header check that made `annotator stats` delete a running session's WAL."""
    with pytest.raises(RuntimeError, match="SQLite holds it"), db_path.open("rb"):
        pass
    assert sqlite_guard.violations == [os.path.realpath(db_path)]
    sqlite_guard.violations.clear()
    store.close()
    with db_path.open("rb") as handle:  # nobody holds it now: fine
        assert handle.read(6) == b"SQLite"


def test_opening_again_while_open_goes_through_sqlite_only(store: Store, db_path: Path) -> None:
    # a second store in the same process (the agreement screen's thread does this), read-only
    # and read-write, and a merge from a file another store holds
    with Store.open(db_path, readonly=True) as reader:
        assert reader.sentence_count() == store.sentence_count()
    with Store.open(db_path) as writer:
        assert writer.sentence_count() == store.sentence_count()
    other_path = db_path.parent / "other.db"
    with Store.open(other_path) as other:
        other.set_scheme(store.scheme)
        report = merge_database(store, other_path)
        assert report.source == str(other_path)
    assert not sqlite_guard.violations


def test_a_file_that_is_not_sqlite_is_refused_in_one_line(db_path: Path) -> None:
    db_path.write_bytes(b"not a database at all, but long enough to have a header" * 20)
    for args in (["stats"], ["import", "x.txt"], ["export"]):
        Path("x.txt").write_text("Titre\n\nUne phrase.\n", encoding="utf-8")
        code, _out, err = invoke(*args)
        assert code != 0
        assert err.strip() == f"Error: {db_path}: not an SQLite database", args


def test_stats_on_an_empty_file_writes_nothing_into_it(db_path: Path) -> None:
    db_path.touch()
    code, _out, err = invoke("stats")
    assert code != 0
    assert "is empty, not an annotator database" in err
    assert db_path.stat().st_size == 0
    assert not Path(f"{db_path}-wal").exists()


@pytest.mark.parametrize("command", [["stats"], ["stats", "--json"], ["export"], ["agreement"]])
def test_read_commands_do_not_write(store: Store, db_path: Path, command: list[str]) -> None:
    store.label(store.first_sentence().id, "alice", "asserted")  # type: ignore[union-attr]
    store.close()
    before = dump(db_path)
    version = Store.open(db_path, readonly=True)
    data_version = version.db.execute("PRAGMA data_version").fetchone()[0]
    code, _out, err = invoke(*command)
    assert code == 0, err
    assert version.db.execute("PRAGMA data_version").fetchone()[0] == data_version
    version.close()
    assert dump(db_path) == before


def test_an_annotator_database_is_read_from_read_only_media(store: Store, tmp_path: Path) -> None:
    store.close()
    media = tmp_path / "media"
    media.mkdir()
    shutil.copy(store.path, media / "project.db")  # type: ignore[arg-type]
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(media), str(media)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("needs a read-only bind mount (root in a namespace that allows it)")
    try:
        assert not os.access(media, os.W_OK)
        code, out, err = invoke("stats", "--db", str(media / "project.db"))
        assert code == 0, err
        assert "5 articles" in out
        with pytest.raises(DatabaseError):
            Store.open(media / "project.db")
    finally:
        subprocess.run(["umount", str(media)], check=False)


def corrupt(path: Path, tables: tuple[str, ...] = ("articles", "sentences", "annotations")) -> None:
    """Overwrite the pages of the articles, sentences and labels, as a failing disk would:
    data the commands and the screen read, not the schema that opening reads (its pages
    move as tables are added)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE pagetype = 'leaf' "
                f"AND name IN ({', '.join('?' for _ in tables)})",
                tables,
            )
        ]
    finally:
        conn.close()
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size)
            handle.write(bytes(range(256)) * (size // 256))


@pytest.mark.parametrize("command", [["export"], ["stats"], ["agreement"], ["suggest"]])
def test_a_corrupt_database_is_one_line(store: Store, db_path: Path, command: list[str]) -> None:
    store.close()
    corrupt(db_path)
    code, _out, err = invoke(*command)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "malformed" in err, err


def test_merging_a_truncated_file_is_one_line(store: Store, db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with Store.open(other) as copy:
        copy.set_scheme(store.scheme)
    from tests.conftest import SAMPLE_DATA

    assert invoke("import", str(SAMPLE_DATA), "--db", str(other))[0] == 0
    with other.open("r+b") as handle:
        handle.truncate(other.stat().st_size // 2)
    store.close()
    before = dump(db_path)
    code, _out, err = invoke("merge", str(other))
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert dump(db_path) == before


async def test_the_annotation_screen_on_a_corrupt_database_stops_with_one_line(
    store: Store, db_path: Path
) -> None:
    from annotator.tui.app import AnnotatorApp

    store.close()
    corrupt(db_path)
    try:
        broken = Store.open(db_path)
    except DatabaseError:
        pytest.fail("the damage was meant to be met in the screen, not at the door")
    app = AnnotatorApp(store=broken, annotator="alice")

    async def keys(pilot: Any) -> None:
        for key in "acsnacsnacsn":  # whatever page the damage is on, some read meets it
            if app.fatal_message:
                break
            await pilot.press(key, "t", "escape")

    # Not run_test: its pilot waits for a screen that an app leaving at start never shows.
    await app.run_async(headless=True, size=(100, 30), auto_pilot=keys)
    broken.close()
    assert app.fatal_message is not None and "malformed" in app.fatal_message
    assert app.return_code == 1


def test_the_database_is_never_an_input_or_an_output(store: Store, db_path: Path) -> None:
    """`-o annotations.db` would rename a file over the database, and reading it as labels or
    articles would open it with Python's I/O: both refused in one line, nothing touched."""
    store.close()
    link = db_path.parent / "labels.jsonl"
    link.symlink_to(db_path)  # a name that looks like a labels file
    before = dump(db_path)
    for args in (
        ["export", "-o", str(db_path)],
        ["agreement", "--format", "json", "-o", str(db_path)],
        ["suggest", "-o", str(db_path)],
        ["import-labels", str(link)],
        ["import", str(link)],
    ):
        code, _out, err = invoke(*args)
        assert code == 1, args
        assert "is the database itself" in err and len(err.strip().splitlines()) == 1, args
    assert dump(db_path) == before
    assert not sqlite_guard.violations
