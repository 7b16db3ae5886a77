"""The current sentence inside its article: neighbours dimmed, the context widened on demand.

Only the sentences on screen have widgets, and those widgets are reused from one keypress to the
next (a pool, updated in place): moving to the next sentence, or to another article, redraws a
handful of lines instead of mounting a widget per sentence of the article.
"""

from __future__ import annotations

from enum import StrEnum

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from annotator.records import LabelScheme, Sentence
from annotator.tui.display import Highlight, highlighted


class ContextMode(StrEnum):
    """How much of the article surrounds the current sentence."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    ARTICLE = "article"

    def wider(self) -> ContextMode:
        """The next wider mode; the whole article stays the whole article."""
        order = list(ContextMode)
        return order[min(order.index(self) + 1, len(order) - 1)]

    def narrower(self) -> ContextMode:
        order = list(ContextMode)
        return order[max(order.index(self) - 1, 0)]


NEIGHBOURS = 2
"""Sentences shown before and after the current one in `sentence` mode."""
SENTENCE_LINES = 2 * NEIGHBOURS + 1
"""The lines of `sentence` mode: the current sentence and its neighbours."""
ARTICLE_LINES = 120
"""The most sentences `article` mode shows (a line widget each): a news article whole, and a
long report a stretch of it around the current sentence. Each line costs a few milliseconds
to mount and to restyle, so an unbounded view of a 600-sentence document took 2.3 s to open
and 100-150 ms a key."""
ARTICLE_MARGIN = 10
"""In a stretch of a long article, the current sentence stays this far from its ends: the
stretch moves only then (moving it redraws every line), not at every key."""


class SentenceLine(Horizontal):
    """One line of the context: a gutter with this annotator's label, then the sentence."""

    def __init__(self) -> None:
        super().__init__()
        self.sentence: Sentence | None = None
        self.mark = Content("")
        self.highlights: tuple[Highlight, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(classes="gutter")
        yield Static(classes="text")

    def show(
        self,
        sentence: Sentence,
        mark: Content,
        *,
        current: bool,
        new_paragraph: bool,
        highlights: tuple[Highlight, ...] = (),
    ) -> None:
        if sentence is not self.sentence or highlights != self.highlights:
            self.query_one(".text", Static).update(highlighted(sentence.text, highlights))
            self.highlights = highlights
        if sentence is not self.sentence:
            self.sentence = sentence
            self._set(sentence.boilerplate, "-boilerplate")
        if mark != self.mark:
            self.mark = mark
            self.query_one(".gutter", Static).update(mark, layout=False)
        self._set(current, "-current")
        self._set(new_paragraph, "-paragraph-start")

    def _set(self, on: bool, name: str) -> None:
        # set_class restyles the subtree even when nothing changes: skip the no-ops
        if self.has_class(name) != on:
            self.set_class(on, name)


class ContextView(VerticalScroll, can_focus=False):
    """The sentences around the current one; the screen says which one is current."""

    def __init__(self, scheme: LabelScheme, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scheme = scheme
        self.sentences: list[Sentence] = []
        self.labels: dict[str, str | None] = {}
        self.current = 0
        self.mode = ContextMode.SENTENCE
        self.pool: list[SentenceLine] = []
        self.stretch = 0
        """Where `article` mode's stretch of a long article starts."""

    def compose(self) -> ComposeResult:
        # The sentence view's lines, mounted with the screen: showing the first sentence
        # then mounts nothing, so it can happen before the first frame.
        self.pool = [SentenceLine() for _ in range(SENTENCE_LINES)]
        for line in self.pool:
            line.display = False
        yield from self.pool

    def mark_for(self, label: str | None) -> Content:
        found = self.scheme.label(label) if label else None
        if found is None:
            return Content(" ·")
        return Content.assemble(" ", (found.key, f"bold {found.color}"))

    def set_article(self, sentences: list[Sentence], labels: dict[str, str | None]) -> None:
        """Another article: its sentences and this annotator's labels on them."""
        self.sentences = sentences
        self.labels = dict(labels)

    def set_label(self, sentence_id: str, label: str | None) -> None:
        self.labels[sentence_id] = label

    def window(self) -> range:
        """Indexes of the sentences to show around the current one."""
        if self.mode is ContextMode.ARTICLE and len(self.sentences) > ARTICLE_LINES:
            last = len(self.sentences) - ARTICLE_LINES
            if not (
                self.stretch + ARTICLE_MARGIN
                <= self.current
                < self.stretch + ARTICLE_LINES - ARTICLE_MARGIN
            ):
                self.stretch = self.current - ARTICLE_LINES // 2
            self.stretch = max(0, min(self.stretch, last))
            return range(self.stretch, self.stretch + ARTICLE_LINES)
        if self.mode is ContextMode.ARTICLE or not self.sentences:
            return range(len(self.sentences))
        # SENTENCE_LINES lines, shifted at the start and the end of the article
        start = max(0, min(self.current - NEIGHBOURS, len(self.sentences) - SENTENCE_LINES))
        neighbours = range(start, min(len(self.sentences), start + SENTENCE_LINES))
        if self.mode is ContextMode.PARAGRAPH:
            # the whole paragraph, and never less than the sentence view: a short paragraph
            # would otherwise show fewer lines after widening than before
            paragraph = self.sentences[self.current].paragraph
            inside = [i for i, s in enumerate(self.sentences) if s.paragraph == paragraph]
            return range(min(inside[0], neighbours.start), max(inside[-1] + 1, neighbours.stop))
        return neighbours

    async def show(
        self, index: int, mode: ContextMode | None = None, *, highlights: tuple[Highlight, ...] = ()
    ) -> None:
        """Make sentence `index` current and draw its context, reusing the line widgets.

        `highlights` are spans of the current sentence to style (a suggestion's cue and source);
        the other lines are drawn plain.
        """
        if mode is not None:
            self.mode = mode
        if not self.sentences:
            return
        self.current = max(0, min(index, len(self.sentences) - 1))
        window = self.window()
        if len(self.pool) < len(window):
            extra = [SentenceLine() for _ in range(len(window) - len(self.pool))]
            self.pool.extend(extra)
            await self.mount_all(extra)
        for line, i in zip(self.pool, window, strict=False):
            sentence = self.sentences[i]
            line.display = True
            line.show(
                sentence,
                self.mark_for(self.labels.get(sentence.id)),
                current=i == self.current,
                new_paragraph=i > window.start
                and sentence.paragraph != self.sentences[i - 1].paragraph,
                highlights=highlights if i == self.current else (),
            )
        for line in self.pool[len(window) :]:
            line.display = False
        current = self.pool[self.current - window.start]
        self.call_after_refresh(self.scroll_to_widget, current, animate=False, center=True)

    def describe(self) -> str:
        """The mode, for a status line: "article, sentences 101-220 of 600" when the article
        is too long to show whole."""
        if self.mode is ContextMode.ARTICLE and len(self.sentences) > ARTICLE_LINES:
            shown = self.window()
            return f"article, sentences {shown.start + 1}–{shown.stop} of {len(self.sentences)}"
        return self.mode.value

    @property
    def lines(self) -> list[SentenceLine]:
        """The line widgets on screen, in order."""
        return [line for line in self.pool if line.display]
