"""Snapshots of the main screens at 80×24 and 120×40 (update after review:
`pytest tests/tui/test_snapshots.py --snapshot-update`)."""

from __future__ import annotations

import pytest

from tests.tui.conftest import AppFactory

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_annotate_screen(snap_compare, app_factory: AppFactory, size: tuple[int, int]) -> None:
    # two labels given, so the gutter, the details and the progress bars show something
    assert snap_compare(app_factory(), terminal_size=size, press=["a", "n", "f"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, app_factory: AppFactory, size: tuple[int, int]) -> None:
    assert snap_compare(app_factory(), terminal_size=size, press=["question_mark"])


def test_article_context(snap_compare, app_factory: AppFactory) -> None:
    assert snap_compare(app_factory(), terminal_size=(120, 40), press=["v", "v"])
