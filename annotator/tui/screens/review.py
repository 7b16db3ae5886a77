"""The review screen: settle the sentences where annotators disagree, one key per decision.

A label key picks the final label, the reason dialog asks why (one key), and the adjudication
is committed, with its event, before the next sentence shows. Unanimous sentences never show:
the queue (`annotator.review_queue`) counts them as accepted.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static

from annotator.gold import gold_of
from annotator.models import Adjudication, Annotation, Event
from annotator.records import Article, LabelScheme, Sentence
from annotator.review_queue import ReviewQueue, blind_aliases, pair_agreement
from annotator.store import Store
from annotator.store.review_rows import (
    candidate,
    final_labels_in_article,
    last_undoable_adjudication,
    undo_adjudication,
)
from annotator.tui.bindings import with_label_keys
from annotator.tui.dialogs.reason import REASONS, ReasonChoice, ReasonDialog
from annotator.tui.display import plain
from annotator.tui.screens.saving import SavingScreen
from annotator.tui.widgets import ContextView, LabelBar

NAME_WIDTH, LABEL_WIDTH, SOURCE_WIDTH, CUE_WIDTH = 12, 15, 20, 18
"""Columns of the annotators' table; the note takes the rest of the line."""


def _cell(text: str | None, width: int, style: str = "") -> Content:
    """One table cell: verbatim, on one line, cut with an ellipsis, padded."""
    if not text:
        return Content("—").stylize("dim").truncate(width, pad=True)
    flat = " ".join(text.split())  # a note may hold newlines: one line per annotator
    return plain(flat, style).truncate(width - 1, ellipsis=True, pad=True).pad_right(1)


class ReviewScreen(SavingScreen):
    """One disputed sentence at a time: its article, every annotator's label, the decision."""

    CSS_PATH = "review.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,k", "previous", "Back", id="review-previous"),
        Binding("right,j", "next", "Next", id="review-next"),
        Binding("u,ctrl+z", "undo", "Undo", id="review-undo"),
        Binding("v", "widen", "Context", id="review-widen"),
        Binding("V", "narrow", "Narrower context", show=False, id="review-narrow"),
        Binding("q", "quit", "Quit", id="review-quit"),
    ]
    """Label keys are added per scheme by `for_scheme`; each is followed by a reason key."""

    undoable: reactive[bool] = reactive(False, bindings=True)
    """The reviewer has a decision to undo (greys out `u` otherwise)."""
    index: reactive[int] = reactive(0, bindings=True)
    """Position in the queue of the sentence shown."""

    @classmethod
    def for_scheme(cls, scheme: LabelScheme) -> type[ReviewScreen]:
        """This screen with the scheme's label keys first in its bindings (and the Footer)."""
        return with_label_keys(cls, scheme)

    def __init__(
        self, store: Store, reviewer: str, queue: ReviewQueue, *, blind: bool = False
    ) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.queue = queue
        self.blind = blind
        self.scheme = store.scheme
        self.sentence: Sentence | None = None
        self.article: Article | None = None
        self.article_sentences: list[Sentence] = []
        self.article_number = 0
        self.article_count = store.article_count()
        self.annotations: list[Annotation] = []
        self.adjudication: Adjudication | None = None
        self.settled = {item.sentence_id for item in queue.items if item.adjudicated}

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield self.waiting_banner()
        yield Static(id="title")
        yield ContextView(self.scheme, id="context")
        yield Static(id="votes")
        yield Static(id="sentence-agreement")
        yield Static(id="decision")
        yield LabelBar(self.scheme, id="labels")
        with Horizontal(id="progress"):
            yield Label("Settled", classes="progress-label")
            yield ProgressBar(
                total=max(len(self.queue), 1),
                show_eta=False,
                show_percentage=False,
                id="progress-settled",
            )
            yield Label(id="progress-text")
        yield Footer()

    async def on_mount(self) -> None:
        self.undoable = last_undoable_adjudication(self.store, self.reviewer) is not None
        if not self.queue.items:
            self.query_one("#status", Static).update(self.status())
            self.query_one("#votes", Static).update(
                Content.assemble(
                    ("Nothing to review: ", "bold"),
                    "no sentence in the queue has disagreeing labels or a flag.",
                )
            )
            self.refresh_progress()
            return
        await self.show(0)

    # ------------------------------------------------------------- navigation

    async def show(self, index: int) -> None:
        """Show queue item `index`: its article if another one, the labels, the decision."""
        item = self.queue.items[index]
        sentence = self.store.sentence(item.sentence_id)
        if sentence is None:  # deleted behind our back: nothing to show
            return
        context = self.query_one(ContextView)
        if self.article is None or sentence.article_id != self.article.id:
            self.article = self.store.article(sentence.article_id)
            self.article_sentences = self.store.sentences_of(sentence.article_id)
            self.article_number = self.store.article_number(sentence.article_id)
            finals = final_labels_in_article(self.store, sentence.article_id)
            context.set_article(self.article_sentences, finals)
            self.query_one("#title", Static).update(
                plain(self.article.title if self.article else "")
            )
        self.index = index
        self.sentence = sentence
        self.annotations = self.store.annotations_of(sentence.id)
        self.adjudication = self.store.adjudication(sentence.id)
        await context.show(sentence.position)
        self.refresh_panels()

    def refresh_panels(self) -> None:
        self.query_one("#status", Static).update(self.status(), layout=False)
        self.query_one("#votes", Static).update(self.votes())
        self.query_one("#sentence-agreement", Static).update(self.agreement(), layout=False)
        self.query_one("#decision", Static).update(self.decision())
        decided = self.adjudication.label if self.adjudication else None
        self.query_one(LabelBar).set_current(decided)
        self.refresh_progress()

    def refresh_progress(self) -> None:
        total = len(self.queue)
        bar = self.query_one("#progress-settled", ProgressBar)
        bar.update(total=max(total, 1), progress=len(self.settled))
        self.query_one("#progress-text", Label).update(
            f"{len(self.settled)}/{total} settled  ·  {self.queue.unanimous} accepted as unanimous"
        )

    # --------------------------------------------------------------- drawing

    def status(self) -> Content:
        parts: list[Content | str | tuple[str, str]] = [(self.reviewer, "bold"), " · review"]
        if self.blind:
            parts.append((" · blind", "italic"))
        if self.queue.items:
            parts.append(f" · {self.index + 1}/{len(self.queue)} in queue")
        if self.sentence is not None:
            if self.sentence.article_id in self.queue.overlap_articles:
                parts.append((" · overlap sample", "italic"))
            parts += [
                f" · article {self.article_number}/{self.article_count}",
                f" · sentence {self.sentence.position + 1}/{len(self.article_sentences)}",
                f" · context: {self.query_one(ContextView).describe()}",
            ]
        parts.append(("   ? keys", "dim"))
        return Content.assemble(*parts)

    def names(self) -> list[tuple[str, Annotation]]:
        """(shown name, annotation) of the annotators who labelled, flagged or noted."""
        rows = [a for a in self.annotations if a.label or a.flagged or a.note]
        if not self.blind or self.sentence is None:
            return [(a.annotator, a) for a in rows]
        aliases = blind_aliases(self.sentence.id, [a.annotator for a in rows])
        return sorted(((aliases[a.annotator], a) for a in rows), key=lambda pair: pair[0])

    def votes(self) -> Content:
        """Each annotator's label, source, cue and note, one line each."""
        header = Content.assemble(
            *(
                (title.ljust(width), "bold dim")
                for title, width in (
                    ("annotator", NAME_WIDTH),
                    ("label", LABEL_WIDTH),
                    ("source", SOURCE_WIDTH),
                    ("cue", CUE_WIDTH),
                    ("note", 0),
                )
            )
        )
        lines = [header]
        for name, a in self.names():
            color = getattr(self.scheme.label(a.label or ""), "color", "")
            label = (a.label or "(no label)") + (" ⚑" if a.flagged else "")
            lines.append(
                Content.assemble(
                    _cell(name, NAME_WIDTH, "bold"),
                    _cell(label, LABEL_WIDTH, f"bold {color}" if a.label else "italic"),
                    _cell(a.source, SOURCE_WIDTH),
                    _cell(a.cue, CUE_WIDTH),
                    plain(" ".join(a.note.split()), "italic") if a.note else ("—", "dim"),
                )
            )
        return Content("\n").join(lines)

    def agreement(self) -> Content:
        """Share of agreeing pairs, the votes, and the gold label as it stands."""
        labels = [a.label for a in self.annotations if a.label]
        agreeing, pairs = pair_agreement(labels)
        gold = gold_of(labels, self.adjudication.label if self.adjudication else None)
        share = f"{agreeing / pairs:.0%}" if pairs else "—"
        votes = ", ".join(f"{label} {count}" for label, count in gold.votes.items())
        return Content.assemble(
            ("Agreement ", "bold"),
            f"{agreeing}/{pairs} pairs ({share})",
            " · votes ",
            votes or "none",
            " · gold ",
            (gold.method.value, "italic"),
            f" → {gold.label}" if gold.label else "",
        )

    def decision(self) -> Content:
        """The reviewer's decision on this sentence, if any."""
        adj = self.adjudication
        if adj is None:
            return Content.assemble(
                ("Final ", "bold"), ("not settled", "dim"), ("  ·  a label key decides", "dim")
            )
        color = getattr(self.scheme.label(adj.label), "color", "")
        parts: list[Content | str | tuple[str, str]] = [
            ("Final ", "bold"),
            (adj.label, f"bold {color}"),
            f"  ·  {adj.reason.value.replace('_', ' ')}",
            "  ·  by ",
            plain(adj.reviewer),
            ("  ✓ saved", "dim"),
        ]
        if adj.note:
            parts += ["  ·  ", plain(" ".join(adj.note.split()), "italic")]
        return Content.assemble(*parts)

    # ---------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if super().check_action(action, parameters) is None:
            return None
        if action == "undo":
            return True if self.undoable else None
        if action == "previous":
            return True if self.index > 0 else None
        if action == "next":
            return True if self.index < len(self.queue) - 1 else None
        if action == "label":
            return True if self.queue.items else None
        return True

    def action_label(self, index: int) -> None:
        """Pick the final label; the reason dialog then saves it."""
        if self.sentence is None or index >= len(self.scheme.labels):
            return
        label = self.scheme.labels[index]
        sentence_id = self.sentence.id
        note = self.adjudication.note if self.adjudication else None

        async def chosen(choice: ReasonChoice | None) -> None:
            if choice is None:
                self.notify("Not saved.", timeout=2)
                return
            await self.decide(sentence_id, label.name, choice)

        self.app.push_screen(ReasonDialog(label.name, label.color, note), chosen)

    async def decide(self, sentence_id: str, label: str, choice: ReasonChoice) -> None:
        """Save the decision (committed before anything moves), then the next unsettled one."""
        decision = Adjudication(
            sentence_id=sentence_id,
            label=label,
            reviewer=self.reviewer,
            reason=choice.reason,
            note=choice.note,
        )
        await self._save(partial(self.store.adjudicate, decision), partial(self._decided, decision))

    async def _decided(self, decision: Adjudication, _: object) -> None:
        sentence_id, label = decision.sentence_id, decision.label
        self.settled.add(sentence_id)
        self.undoable = True
        self.query_one(ContextView).set_label(sentence_id, label)
        following = self.next_unsettled(after=self.index)
        if following is None:
            self.notify(
                f"All {len(self.queue)} sentences are settled. Well done!", title="All done"
            )
            following = self.index
        await self.show(following)

    def next_unsettled(self, after: int) -> int | None:
        """The first unsettled queue index after `after`, wrapping around; None when done."""
        count = len(self.queue)
        for step in range(1, count + 1):
            index = (after + step) % count
            if self.queue.items[index].sentence_id not in self.settled:
                return index
        return None

    async def action_next(self) -> None:
        if self.index < len(self.queue) - 1:
            await self.show(self.index + 1)

    async def action_previous(self) -> None:
        if self.index > 0:
            await self.show(self.index - 1)

    async def action_undo(self) -> None:
        """Revert this reviewer's last decision (the one before it comes back, if any)."""
        undo = partial(undo_adjudication, self.store, self.reviewer)
        await self._save(undo, self._undone, failed="Not undone")

    async def _undone(self, event: Event | None) -> None:
        self.undoable = last_undoable_adjudication(self.store, self.reviewer) is not None
        if event is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        sentence_id = event.sentence_id
        now = self.store.adjudication(sentence_id)
        index = self.queue.index_of(sentence_id)
        if index is None:  # decided in an earlier session, outside this queue: bring it in
            item = candidate(self.store, sentence_id)
            index = None if item is None else self.queue.insert(item)
        if index is not None:
            if now is None:
                self.settled.discard(sentence_id)
            else:
                self.settled.add(sentence_id)
        if any(s.id == sentence_id for s in self.article_sentences):
            self.query_one(ContextView).set_label(sentence_id, now.label if now else None)
        if index is not None:
            await self.show(index)
        else:
            self.refresh_panels()
        undone = (event.after or {}).get("label", "?")
        restored = f"back to {now.label}" if now else "not settled any more"
        self.notify(f"Undone: {undone}; the sentence is {restored}.", timeout=3)

    async def action_widen(self) -> None:
        await self._show_context(widen=True)

    async def action_narrow(self) -> None:
        await self._show_context(widen=False)

    async def _show_context(self, *, widen: bool) -> None:
        """One step wider (up to the whole article) or narrower (down to the sentence)."""
        if self.sentence is None:
            return
        context = self.query_one(ContextView)
        mode = context.mode.wider() if widen else context.mode.narrower()
        if mode is context.mode:
            self.notify(
                "The whole article is shown (V narrows)."
                if widen
                else "Already the narrowest view (v widens).",
                timeout=2,
            )
            return
        await context.show(self.sentence.position, mode)
        self.refresh_panels()

    def key_rows(self) -> list[tuple[str, str]]:
        """(key, what it does) of this screen, for the help screen."""
        rows: list[tuple[str, str]] = []
        for item in type(self).BINDINGS:
            if not isinstance(item, Binding) or item in Screen.BINDINGS:
                continue
            keys = ", ".join(self.app.get_key_display(Binding(k, "")) for k in item.key.split(","))
            label = self.scheme.label(item.description)
            text = f"final label {item.description}, then the reason" if label else item.description
            rows.append((keys, text))
        reasons = " · ".join(f"{key} {reason.value}" for key, reason, _ in REASONS)
        rows.append(("reason", f"{reasons} · enter other · tab a note first · esc cancels"))
        return rows
