"""The current sentence inside its article: neighbours dimmed, the context widened on demand."""

from __future__ import annotations

from enum import StrEnum

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from annotator.models import LabelScheme, Sentence
from annotator.tui.display import plain


class ContextMode(StrEnum):
    """How much of the article surrounds the current sentence."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    ARTICLE = "article"

    def wider(self) -> ContextMode:
        order = list(ContextMode)
        return order[(order.index(self) + 1) % len(order)]


NEIGHBOURS = 2
"""Sentences shown before and after the current one in `sentence` mode."""


class SentenceLine(Horizontal):
    """One sentence of the article, after a gutter that shows this annotator's label."""

    def __init__(self, sentence: Sentence, gutter: Content) -> None:
        classes = "-boilerplate" if sentence.boilerplate else ""
        super().__init__(classes=classes)
        self.sentence = sentence
        self.mark = gutter

    def compose(self) -> ComposeResult:
        yield Static(self.mark, classes="gutter")
        yield Static(plain(self.sentence.text), classes="text")

    def set_gutter(self, gutter: Content) -> None:
        self.mark = gutter
        if self.is_mounted:
            self.query_one(".gutter", Static).update(gutter)


class ContextView(VerticalScroll, can_focus=False):
    """All sentences of the current article; the screen says which one is current."""

    def __init__(self, scheme: LabelScheme, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scheme = scheme
        self.lines: list[SentenceLine] = []
        self.current = 0
        self.mode = ContextMode.SENTENCE
        self._relayout_all = True

    def gutter(self, label: str | None) -> Content:
        found = self.scheme.label(label) if label else None
        if found is None:
            return Content(" ·")
        return Content.assemble(" ", (found.key, f"bold {found.color}"))

    async def show_article(self, sentences: list[Sentence], labels: dict[str, str | None]) -> None:
        """Replace the lines with another article's sentences (once per article change)."""
        await self.remove_children()
        self.lines = [SentenceLine(s, self.gutter(labels.get(s.id))) for s in sentences]
        for index, line in enumerate(self.lines):
            if index and line.sentence.paragraph != self.lines[index - 1].sentence.paragraph:
                line.add_class("-paragraph-start")
        await self.mount_all(self.lines)
        self.current = 0
        self._relayout_all = True

    def set_label(self, index: int, label: str | None) -> None:
        if 0 <= index < len(self.lines):
            self.lines[index].set_gutter(self.gutter(label))

    def _visible(self, index: int) -> bool:
        if self.mode is ContextMode.ARTICLE:
            return True
        current = self.lines[self.current].sentence
        if self.mode is ContextMode.PARAGRAPH:
            return self.lines[index].sentence.paragraph == current.paragraph
        return abs(index - self.current) <= NEIGHBOURS

    def show(self, index: int, mode: ContextMode | None = None) -> None:
        """Make sentence `index` current and lay out its context."""
        if not self.lines:
            return
        previous = self.current
        self.current = max(0, min(index, len(self.lines) - 1))
        changed_mode = mode is not None and mode is not self.mode
        if mode is not None:
            self.mode = mode
        if changed_mode or self._relayout_all or self.mode is ContextMode.PARAGRAPH:
            indexes = range(len(self.lines))
            self._relayout_all = False
        else:  # only the lines near the old and new positions can change
            low = min(previous, self.current) - NEIGHBOURS - 1
            high = max(previous, self.current) + NEIGHBOURS + 2
            indexes = range(max(0, low), min(len(self.lines), high))
        for i in indexes:
            line = self.lines[i]
            line.set_class(i == self.current, "-current")
            line.set_class(not self._visible(i), "-hidden")
        self.call_after_refresh(self._scroll_current)

    def _scroll_current(self) -> None:
        if self.lines:
            self.scroll_to_widget(self.lines[self.current], animate=False, center=True)
