"""A long document in `article` context: a bounded stretch of it around the current sentence
(a line widget per sentence made a 600-sentence report take seconds to open)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.ingest import import_paths
from annotator.store import Store
from annotator.tui.app import AnnotatorApp
from annotator.tui.widgets import ContextView
from annotator.tui.widgets.context_view import ARTICLE_LINES
from tests.tui.conftest import text_of

SENTENCES = 60
LINES, MARGIN = 20, 3
"""Smaller than the real bounds, so the test presses a few keys, not a hundred."""


def long_report(tmp_path: Path) -> Store:
    text = "\n\n".join(
        " ".join(
            f"Le rapport indique que la mesure {i} entrera en vigueur en {2000 + i}."
            for i in range(start, start + 3)
        )
        for start in range(0, SENTENCES, 3)
    )
    source = tmp_path / "report.jsonl"
    source.write_text(json.dumps({"id": "r", "title": "Rapport", "text": text}), "utf-8")
    store = Store.open(tmp_path / "long.db")
    import_paths(store, [source])
    return store


async def test_article_context_shows_a_stretch_of_a_long_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.tui.widgets.context_view.ARTICLE_LINES", LINES)
    monkeypatch.setattr("annotator.tui.widgets.context_view.ARTICLE_MARGIN", MARGIN)
    store = long_report(tmp_path)
    app = AnnotatorApp(store=store, annotator="alice", suggest=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("v", "v")
        await pilot.pause()
        context = app.screen.query_one(ContextView)
        assert len(context.lines) == LINES
        assert f"context: article, sentences 1–{LINES} of {SENTENCES}" in text_of(app, "#status")
        first_stretch = [line.sentence for line in context.lines]
        # moving within the stretch keeps it (no redraw of every line)...
        for _ in range(LINES - MARGIN - 1):
            await pilot.press("right")
        await pilot.pause()
        assert [line.sentence for line in context.lines] == first_stretch
        # ...and near its end it moves, the current sentence in it, away from its ends
        await pilot.press("right")
        await pilot.pause()
        shown = [line.sentence.position for line in context.lines if line.sentence]
        current = app.screen.index
        assert current == LINES - MARGIN
        assert len(shown) == LINES and shown[0] > 0
        assert shown[0] + MARGIN <= current < shown[-1] - MARGIN
        assert any("-current" in line.classes for line in context.lines)
        status = text_of(app, "#status")
        assert f"sentences {shown[0] + 1}–{shown[-1] + 1} of {SENTENCES}" in status
    store.close()


async def test_a_news_article_still_shows_whole(tmp_path: Path, store: Store) -> None:
    app = AnnotatorApp(store=store, annotator="alice", suggest=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("v", "v")
        await pilot.pause()
        context = app.screen.query_one(ContextView)
        assert len(context.lines) == len(context.sentences) < ARTICLE_LINES
        assert "context: article " in text_of(app, "#status")
