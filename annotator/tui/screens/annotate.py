"""The annotate screen: one sentence at a time, in its article, labelled with one key.

Every change goes through the Store, which commits it (with its event) before this screen
moves on or redraws: what the screen shows as saved is on disk.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static

from annotator.errors import AnnotatorError
from annotator.models import Annotation, Article, LabelScheme, Sentence
from annotator.store import Store
from annotator.tui.display import plain
from annotator.tui.screens.dialogs import ArticlesDialog, TextDialog, phrases
from annotator.tui.screens.label_keys import with_label_keys
from annotator.tui.widgets import ContextView, LabelBar

T = TypeVar("T")

IDLE_CAP_S = 300.0
"""Time on one sentence counts up to this: a lunch break is not annotation time."""


class AnnotateScreen(Screen[None]):
    """Label the sentences of every article, resuming at the first one not yet labelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,k", "previous", "Back", id="previous"),
        Binding("right,j", "next", "Next", id="next"),
        Binding("u,ctrl+z", "undo", "Undo", id="undo"),
        Binding("S", "edit_source", "Source", id="source"),
        Binding("C", "edit_cue", "Cue", id="cue"),
        Binding("m", "edit_note", "Note", id="note"),
        Binding("f", "toggle_flag", "Flag", id="flag"),
        Binding("x", "skip", "Skip", id="skip"),
        Binding("g", "next_unlabelled", "Unlabelled", show=False, id="next-unlabelled"),
        Binding("v", "widen", "Context", show=False, id="widen"),
        Binding("t", "articles", "Articles", show=False, id="articles"),
        Binding("slash", "search", "Search", show=False, id="search"),
        Binding("q", "quit", "Quit", show=False, id="quit"),
    ]
    """Label keys are added per scheme by `for_scheme`."""

    @classmethod
    def for_scheme(cls, scheme: LabelScheme) -> type[AnnotateScreen]:
        """This screen with the scheme's label keys first in its bindings (and the Footer)."""
        return with_label_keys(cls, scheme)

    def __init__(self, store: Store, annotator: str, *, break_after: float = 0.0) -> None:
        super().__init__()
        self.store = store
        self.annotator = annotator
        self.scheme = store.scheme
        self.break_after = break_after
        self.sentence: Sentence | None = None
        self.annotation: Annotation | None = None
        self.article: Article | None = None
        self.article_sentences: list[Sentence] = []
        self.index = 0
        self.article_number = 0
        self.article_count = store.article_count()
        self.sentence_total = store.sentence_count()
        self.labelled_total = store.labelled_count(annotator)
        self.labelled_in_article = 0
        self.shown_at = time.monotonic()
        self.worked_s = 0.0
        self.last_query = ""
        self.saved_note = ""

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield Static(id="title")
        yield ContextView(self.scheme, id="context")
        yield Static(id="details")
        yield LabelBar(self.scheme, id="labels")
        with Horizontal(id="progress"):
            yield Label("All", classes="progress-label")
            yield ProgressBar(total=max(self.sentence_total, 1), show_eta=False, id="progress-all")
            yield Label("Article", classes="progress-label")
            yield ProgressBar(total=1, show_eta=False, id="progress-article")
        yield Footer()

    async def on_mount(self) -> None:
        start = self.store.resume_point(self.annotator)
        if start is None:
            start = self.store.first_sentence()
            self.notify("Every sentence is labelled. Well done!", title="All done")
        if start is not None:
            await self.go_to(start)
        if self.break_after > 0:
            self.set_interval(30, self.check_break)

    # ------------------------------------------------------------- navigation

    async def go_to(self, sentence: Sentence) -> None:
        """Show `sentence`: load its article if it is another one, then redraw."""
        context = self.query_one(ContextView)
        if self.article is None or sentence.article_id != self.article.id:
            self.article = self.store.article(sentence.article_id)
            self.article_sentences = self.store.sentences_of(sentence.article_id)
            labels = self.store.labels_in_article(sentence.article_id, self.annotator)
            self.labelled_in_article = sum(1 for label in labels.values() if label)
            self.article_number = self.store.article_number(sentence.article_id)
            context.set_article(self.article_sentences, labels)
            self.query_one("#title", Static).update(
                plain(self.article.title if self.article else "")
            )
            bar = self.query_one("#progress-article", ProgressBar)
            bar.update(total=max(len(self.article_sentences), 1))
        self.sentence = sentence
        self.index = sentence.position
        self.annotation = self.store.annotation(sentence.id, self.annotator)
        self.shown_at = time.monotonic()
        await context.show(self.index)
        self.refresh_panels()

    def refresh_panels(self) -> None:
        """Redraw the status line, the details of this sentence and the progress bars."""
        if self.sentence is None:
            return
        paragraph = self.sentence.paragraph + 1
        mode = self.query_one(ContextView).mode
        self.query_one("#status", Static).update(
            Content.assemble(
                (self.annotator, "bold"),
                f"  ·  article {self.article_number}/{self.article_count}",
                f"  ·  sentence {self.index + 1}/{len(self.article_sentences)}",
                f"  ·  ¶ {paragraph}",
                f"  ·  context: {mode.value}",
                ("   ? keys & guidelines", "dim"),
            ),
            layout=False,  # one line, always: no relayout
        )
        self.query_one("#details", Static).update(self.details())
        self.query_one(LabelBar).set_current(self.annotation.label if self.annotation else None)
        self.query_one("#progress-all", ProgressBar).update(progress=self.labelled_total)
        self.query_one("#progress-article", ProgressBar).update(progress=self.labelled_in_article)

    def details(self) -> Content:
        """This annotator's state on the sentence: label, source, cue, note, flag."""
        a = self.annotation
        parts: list[Content | str | tuple[str, str]] = []
        if a is not None and a.label:
            color = getattr(self.scheme.label(a.label), "color", "")
            parts += ["Label ", (a.label, f"bold {color}"), "  ✓ saved"]
        elif a is not None and a.skipped:
            parts += [("skipped", "italic"), " (comes back at the end)"]
        else:
            parts += [("not labelled", "dim")]
        for name, value in (("Source", a.source if a else None), ("Cue", a.cue if a else None)):
            parts += [f"   {name} ", plain(value, "bold") if value else ("—", "dim")]
        if a is not None and a.flagged:
            parts += ["   ", ("⚑ flagged for review", "bold $warning")]
        if self.sentence is not None and self.sentence.boilerplate:
            parts += ["   ", ("⌂ looks like boilerplate: likely not_a_claim", "italic")]
        if a is not None and a.note:
            parts += ["\nNote ", plain(a.note, "italic")]
        return Content.assemble(*parts)

    # ---------------------------------------------------------------- actions

    def _write(self, write: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a store write; on failure (disk full, read-only file) say so and stay put:
        the screen never claims a label it could not save."""
        try:
            return write(*args, **kwargs)
        except (sqlite3.Error, AnnotatorError) as error:
            self.notify(f"Not saved: {error}", title="Error", severity="error", timeout=10)
            return None

    def _elapsed(self) -> float:
        elapsed = min(time.monotonic() - self.shown_at, IDLE_CAP_S)
        self.worked_s += elapsed
        return elapsed

    def _count(self, before: str | None, after: str | None) -> None:
        delta = (after is not None) - (before is not None)
        self.labelled_total += delta
        self.labelled_in_article += delta

    async def action_label(self, index: int) -> None:
        """Save the label (committed before anything moves), then go to the next sentence
        this annotator has not labelled."""
        if self.sentence is None or index >= len(self.scheme.labels):
            return
        sentence = self.sentence
        label = self.scheme.labels[index].name
        before = self.annotation.label if self.annotation else None
        saved = self._write(
            self.store.label, sentence.id, self.annotator, label, seconds=self._elapsed()
        )
        if saved is None:
            return
        self.annotation = saved
        self._count(before, label)
        self.query_one(ContextView).set_label(sentence.id, label)
        following = self.store.next_unlabelled(self.annotator, after=sentence.id)
        if following is None:
            self.notify("Every sentence is labelled. Well done!", title="All done")
            following = self.store.neighbour(sentence.id, 1) or sentence
        await self.go_to(following)

    async def action_next(self) -> None:
        if self.sentence is None:
            return
        following = self.store.neighbour(self.sentence.id, 1)
        if following is None:
            self.notify("This is the last sentence.", timeout=2)
            return
        await self.go_to(following)

    async def action_previous(self) -> None:
        if self.sentence is None:
            return
        previous = self.store.neighbour(self.sentence.id, -1)
        if previous is None:
            self.notify("This is the first sentence.", timeout=2)
            return
        await self.go_to(previous)

    async def action_next_unlabelled(self) -> None:
        if self.sentence is None:
            return
        following = self.store.next_unlabelled(self.annotator, after=self.sentence.id)
        if following is None:
            self.notify("Every sentence is labelled.", title="All done")
            return
        await self.go_to(following)

    async def action_skip(self) -> None:
        """Leave the sentence unlabelled for now; the queue comes back to it at the end."""
        if self.sentence is None:
            return
        sentence = self.sentence
        if self.annotation is not None and self.annotation.label:
            self.notify("Already labelled: nothing to skip.", timeout=2)
        else:
            saved = self._write(self.store.update, sentence.id, self.annotator, skipped=True)
            if saved is None:
                return
            self.annotation = saved
        following = self.store.next_unlabelled(self.annotator, after=sentence.id)
        if following is None or following.id == sentence.id:
            following = self.store.neighbour(sentence.id, 1) or sentence
        await self.go_to(following)

    async def action_undo(self) -> None:
        """Revert the last change, however old (the event log survives restarts)."""
        try:
            event = self.store.undo(self.annotator)
        except sqlite3.Error as error:
            self.notify(f"Not undone: {error}", title="Error", severity="error", timeout=10)
            return
        if event is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        before = (event.after or {}).get("label")
        after = (event.before or {}).get("label")
        target = self.store.sentence(event.sentence_id)
        if target is None:
            return
        same_article = self.article is not None and target.article_id == self.article.id
        if same_article:
            self._count(before, after)
            self.query_one(ContextView).set_label(target.id, after)
        else:
            self.labelled_total += (after is not None) - (before is not None)
        await self.go_to(target)
        self.notify(f"Undone: {event.action.value} of sentence {target.position + 1}.", timeout=2)

    def action_toggle_flag(self) -> None:
        if self.sentence is None:
            return
        flagged = not (self.annotation.flagged if self.annotation else False)
        saved = self._write(self.store.update, self.sentence.id, self.annotator, flagged=flagged)
        if saved is not None:
            self.annotation = saved
            self.refresh_panels()

    def _edit(self, field: str, title: str, *, suggest: bool) -> None:
        if self.sentence is None:
            return
        sentence_id = self.sentence.id
        current = getattr(self.annotation, field, None) or ""

        def save(value: str | None) -> None:
            if value is None:  # cancelled
                return
            cleaned = value.strip() or None
            saved = self._write(self.store.update, sentence_id, self.annotator, **{field: cleaned})
            if saved is not None and self.sentence is not None and self.sentence.id == sentence_id:
                self.annotation = saved
                self.refresh_panels()

        hint = "→ accepts the completion taken from the sentence; empty clears; esc cancels"
        self.app.push_screen(
            TextDialog(
                title,
                current,
                suggestions=phrases(self.sentence.text) if suggest else None,
                hint=hint if suggest else "enter saves; empty clears; esc cancels",
            ),
            save,
        )

    def action_edit_source(self) -> None:
        self._edit("source", "Source: who makes, reports or denies the claim", suggest=True)

    def action_edit_cue(self) -> None:
        self._edit("cue", "Cue: the words that signal the status", suggest=True)

    def action_edit_note(self) -> None:
        self._edit("note", "Note", suggest=False)

    async def action_widen(self) -> None:
        context = self.query_one(ContextView)
        await context.show(self.index, context.mode.wider())
        self.refresh_panels()

    def action_articles(self) -> None:
        if self.article is None:
            return

        async def chosen(article_id: str | None) -> None:
            if not article_id:
                return
            sentences = self.store.sentences_of(article_id)
            labels = self.store.labels_in_article(article_id, self.annotator)
            target = next((s for s in sentences if not labels.get(s.id)), None)
            target = target or (sentences[0] if sentences else None)
            if target is not None:
                await self.go_to(target)

        self.app.push_screen(
            ArticlesDialog(self.store.article_progress(self.annotator), self.article.id), chosen
        )

    def action_search(self) -> None:
        async def find(query: str | None) -> None:
            if not query or self.sentence is None:
                return
            self.last_query = query
            found = self.store.search(query, after=self.sentence.id)
            if found is None:
                self.notify(f"No sentence contains {query!r}.", severity="warning")
                return
            await self.go_to(found)

        self.app.push_screen(
            TextDialog(
                "Search the text (enter: next match after this sentence)",
                self.last_query,
                hint="case-insensitive; wraps around",
            ),
            find,
        )

    def action_quit(self) -> None:
        self.app.exit()

    # ----------------------------------------------------------------- breaks

    def check_break(self) -> None:
        if self.break_after > 0 and self.worked_s >= self.break_after:
            minutes = round(self.worked_s / 60)
            self.notify(
                f"You have labelled for {minutes} minutes. Time for a short break? "
                "Everything is saved.",
                title="Break",
                timeout=20,
            )
            self.worked_s = 0.0

    def key_rows(self) -> list[tuple[str, str]]:
        """(key, what it does) of this screen, for the help screen."""
        rows: list[tuple[str, str]] = []
        for item in type(self).BINDINGS:
            if not isinstance(item, Binding):
                continue
            keys = ", ".join(self.app.get_key_display(Binding(k, "")) for k in item.key.split(","))
            label = self.scheme.label(item.description)
            text = (
                f"{item.description}: {label.description} (and next)" if label else item.description
            )
            rows.append((keys, text))
        return rows
