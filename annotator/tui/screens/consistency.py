"""The consistency review: the repeat groups one annotator labelled two or more ways, one at a
time; a label key gives the whole group that label (each change a label event, so `u` here or
in the annotation screen takes it back).
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Static

from annotator.records import LabelScheme
from annotator.store import Store
from annotator.store.repeat_labels import Inconsistency
from annotator.tui.bindings import own_bindings, with_label_keys
from annotator.tui.display import plain
from annotator.tui.screens.saving import SavingScreen
from annotator.tui.widgets import LabelBar


class ConsistencyScreen(SavingScreen):
    """Settle the groups an annotator labelled inconsistently: one key per group."""

    CSS_PATH = "consistency.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,k", "previous", "Back", id="consistency-previous"),
        Binding("right,j", "next", "Next", id="consistency-next"),
        Binding("u,ctrl+z", "undo", "Undo", id="consistency-undo"),
        Binding("q", "quit", "Quit", id="consistency-quit"),
    ]
    """Label keys are added per scheme by `for_scheme`."""

    @classmethod
    def for_scheme(cls, scheme: LabelScheme) -> type[ConsistencyScreen]:
        return with_label_keys(cls, scheme)

    def __init__(self, store: Store, items: list[Inconsistency]) -> None:
        super().__init__()
        self.store = store
        self.scheme = store.scheme
        self.items = items
        self.index = 0
        self.settled: dict[int, str] = {}
        """Group index → the label it was given here."""
        self.done: list[tuple[int, str, int]] = []
        """What `u` takes back: (group index, annotator, label events written)."""

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield self.waiting_banner()
        yield Static(id="intro")
        yield VerticalScroll(id="group")
        yield Static(id="decision")
        yield LabelBar(self.scheme, id="labels")
        yield Footer()

    async def on_mount(self) -> None:
        await self.show(0)

    # ---------------------------------------------------------------- drawing

    async def show(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        item = self.items[self.index]
        labels = {
            member.sentence_id: self._current(item.annotator, member.sentence_id)
            for member in item.labels
        }
        distinct = sorted({label for label in labels.values() if label})
        self.query_one("#status", Static).update(
            Content.assemble(
                ("Consistency", "bold"),
                f" · {item.annotator}",
                f" · group {self.index + 1}/{len(self.items)}",
                f" · {len(item.labels)} copies, labelled {len(distinct)} way(s)",
                f" · {len(self.settled)} settled",
                ("   ? help", "dim"),
            )
        )
        self.query_one("#intro", Static).update(
            Content.assemble(
                ("The same text in several articles, labelled by ", "dim"),
                (item.annotator, "bold"),
                (" in different ways: give it one label.", "dim"),
            )
        )
        lines: list[Static] = []
        for member in item.labels:
            label = labels[member.sentence_id] or "—"
            color = getattr(self.scheme.label(label), "color", "")
            head = Content.assemble(
                (label, f"bold {color}"), "  ", plain(member.article_title, "dim italic")
            )
            lines += [
                Static(head, classes="member-head"),
                Static(plain(member.text), classes="member-text"),
            ]
        group = self.query_one("#group", VerticalScroll)
        await group.remove_children()
        await group.mount_all(lines)
        settled = self.settled.get(self.index)
        self.query_one("#decision", Static).update(
            Content.assemble(("✓ every copy is now ", ""), (settled, "bold"), " (saved)")
            if settled
            else Content.assemble(
                ("A label key gives every copy that label; → leaves the group as it is.", "dim")
            )
        )
        self.query_one(LabelBar).set_current(distinct[0] if len(distinct) == 1 else None)

    def _current(self, annotator: str, sentence_id: str) -> str | None:
        annotation = self.store.annotation(sentence_id, annotator)
        return annotation.label if annotation else None

    # ---------------------------------------------------------------- actions

    async def action_label(self, index: int) -> None:
        if not self.items or index >= len(self.scheme.labels):
            return
        label = self.scheme.labels[index].name
        item = self.items[self.index]

        def write() -> int:
            written = 0
            with self.store.transaction():
                for member in item.labels:
                    if self._current(item.annotator, member.sentence_id) != label:
                        self.store.label(member.sentence_id, item.annotator, label)
                        written += 1
            return written

        await self._save(write, partial(self._settled, item, label))

    async def _settled(self, item: Inconsistency, label: str, written: int) -> None:
        self.done.append((self.index, item.annotator, written))
        self.settled[self.index] = label
        following = next(
            (i for i in range(self.index + 1, len(self.items)) if i not in self.settled), None
        )
        if following is None:
            await self.show(self.index)
            self.notify(
                f"All {len(self.settled)} of {len(self.items)} groups settled; q leaves.",
                timeout=4,
            )
            return
        await self.show(following)

    async def action_next(self) -> None:
        if self.index + 1 >= len(self.items):
            self.notify("This is the last group.", timeout=2)
            return
        await self.show(self.index + 1)

    async def action_previous(self) -> None:
        if self.index == 0:
            self.notify("This is the first group.", timeout=2)
            return
        await self.show(self.index - 1)

    async def action_undo(self) -> None:
        """Take back the last group settled here: each of its label changes is undone."""
        if not self.done:
            self.notify("Nothing to undo here.", timeout=2)
            return
        index, annotator, written = self.done[-1]

        def write() -> None:
            with self.store.transaction():  # all of the group's changes or none
                for _ in range(written):
                    self.store.undo(annotator)

        async def undone(_: None) -> None:
            self.done.pop()
            self.settled.pop(index, None)
            await self.show(index)
            self.notify(f"Undone: group {index + 1}.", timeout=2)

        await self._save(write, undone, failed="Not undone")

    def key_rows(self) -> list[tuple[str, str]]:
        """(key, what it does), for the help screen."""
        rows: list[tuple[str, str]] = []
        for item in own_bindings(type(self)):
            label = self.scheme.label(item.description)
            text = f"every copy of the group is {label.name}" if label else item.description
            rows.append((item.key.replace(",", ", "), text))
        return rows
