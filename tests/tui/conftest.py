"""TUI fixtures: an app on a fresh database of the sample articles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input, Static

from annotator.store import Store
from annotator.tui.app import AnnotatorApp

AppFactory = Callable[..., AnnotatorApp]


@pytest.fixture(autouse=True)
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots flaky."""
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture
def app_factory(store: Store) -> AppFactory:
    def make(annotator: str = "alice", **kwargs: object) -> AnnotatorApp:
        return AnnotatorApp(store=store, annotator=annotator, **kwargs)  # type: ignore[arg-type]

    return make


def text_of(app: AnnotatorApp, selector: str) -> str:
    """The plain text a Static shows."""
    widget = app.screen.query_one(selector, Static)
    return str(widget.render())
