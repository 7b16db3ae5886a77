"""Shared fixtures: every test runs with its own database and no inherited settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.ingest import import_paths
from annotator.store import Store
from tests import sqlite_guard

sqlite_guard.install()

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "annotations.db"))
    monkeypatch.delenv("ANNOTATOR", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def no_python_io_on_open_databases() -> Iterator[None]:
    """Fails any test in which code opened a database file that SQLite held (see
    tests/sqlite_guard.py), even where the refusal was caught and swallowed."""
    sqlite_guard.violations.clear()
    yield
    assert not sqlite_guard.violations, sqlite_guard.violations


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotations.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A database with the five sample articles imported."""
    store = Store.open(db_path)
    report = import_paths(store, [SAMPLE_DATA])
    assert not report.errors
    yield store
    store.close()


def dump(path: Path) -> list[str]:
    """Everything in a database, as SQL: equal dumps mean nothing changed."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
