"""Snapshots of the main screens at 80×24 and 120×40 (update after review:
`pytest tests/tui/test_snapshots.py --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import AppFactory
from tests.tui.test_busy_database import writer_holding_the_lock

SIZES = [(80, 24), (120, 40)]

# The annotate screen shows suggestions: pin them, so the snapshots do not follow the rules.
pytestmark = pytest.mark.usefixtures("pinned_suggestions")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_annotate_screen(snap_compare, app_factory: AppFactory, size: tuple[int, int]) -> None:
    # two labels given, so the gutter, the details and the progress bars show something
    assert snap_compare(app_factory(), terminal_size=size, press=["a", "n", "f"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, app_factory: AppFactory, size: tuple[int, int]) -> None:
    assert snap_compare(app_factory(), terminal_size=size, press=["question_mark"])


def test_article_context(snap_compare, app_factory: AppFactory) -> None:
    assert snap_compare(app_factory(), terminal_size=(120, 40), press=["v", "v"])


def test_annotate_suggestion(snap_compare, app_factory: AppFactory) -> None:
    # sentence 3 "…, a déclaré le dirigeant russe": cue and source highlighted, suggestion line
    assert snap_compare(app_factory(), terminal_size=(100, 30), press=["right", "right"])


def test_annotate_waiting_for_a_busy_database(
    snap_compare, app_factory: AppFactory, db_path: Path
) -> None:
    # another command holds the write lock: the label typed waits, and the screen says so
    with writer_holding_the_lock(db_path):
        assert snap_compare(app_factory(), terminal_size=(100, 30), press=["a"])
