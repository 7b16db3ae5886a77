"""TUI fixtures: an app on a fresh database of the sample articles."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest
from textual.widgets import Input, Static

from annotator.store import Store
from annotator.suggest import Span, Suggestion
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


_CUE = re.compile(r"\b(?:a|ont) (?:déclaré|annoncé|ajouté)\b|\bnient?\b")
_SOURCE = re.compile(r" ([^,.;:]{1,40})")


def pinned_suggest_article(
    texts: Sequence[str],
    *,
    boilerplate: Sequence[bool] | None = None,
    title: str | None = None,
    paragraphs: Sequence[int] | None = None,
) -> list[Suggestion]:
    """A fixed stand-in for the suggester: snapshots must not change each time the rules
    improve. A cue verb and the words after it (to the next comma) as the source."""
    out = []
    for i, text in enumerate(texts):
        match = _CUE.search(text)
        if boilerplate and boilerplate[i]:
            out.append(Suggestion(label="not_a_claim", confidence=0.95, rule="boilerplate"))
        elif match is None:
            out.append(Suggestion(label="asserted", confidence=0.6, rule="no_cue"))
        else:
            cue = Span(start=match.start(), end=match.end(), text=match.group())
            named = _SOURCE.match(text, match.end())
            source = (
                Span(start=named.start(1), end=named.end(1), text=named.group(1)) if named else None
            )
            out.append(
                Suggestion(
                    label="contested" if match.group().startswith("nie") else "attributed",
                    cue=[cue],
                    source=source.text if source else None,
                    source_span=source,
                    confidence=0.95,
                    rule="incise",
                )
            )
    return out


@pytest.fixture
def pinned_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("annotator.suggest.records.suggest_article", pinned_suggest_article)
