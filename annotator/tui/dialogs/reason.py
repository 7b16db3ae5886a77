"""Why the reviewer chose the final label: one key per reason, and an optional note."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotator.records import AdjudicationReason
from annotator.tui.display import plain

REASONS: tuple[tuple[str, AdjudicationReason, str], ...] = (
    ("g", AdjudicationReason.GUIDELINE_GAP, "guideline gap: the guidelines do not settle it"),
    ("m", AdjudicationReason.AMBIGUOUS, "ambiguous sentence: more than one reading holds"),
    ("e", AdjudicationReason.ANNOTATOR_ERROR, "annotator error: a label is simply wrong"),
    ("o", AdjudicationReason.OTHER, "other (also enter)"),
)
"""(key, reason, what it means), in display order."""


class ReasonChoice(NamedTuple):
    """What the dialog returns: the reason and the note (None when empty)."""

    reason: AdjudicationReason
    note: str | None


class ReasonDialog(ModalScreen[ReasonChoice | None]):
    """Label chosen; now the reason (one key) and, first if wanted, a note (tab)."""

    AUTO_FOCUS = ""  # the reason keys work at once; the note field is opt-in
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(key, f"reason('{reason.value}')", reason.value, id=f"reason-{reason.value}")
            for key, reason, _ in REASONS
        ),
        Binding("enter", "reason('other')", "other", show=False, id="reason-enter"),
        Binding("tab", "note", "Note", id="reason-note"),
        Binding("escape", "cancel", "Cancel", id="reason-cancel"),
    ]
    """Reason keys, tab to the note, escape to cancel (nothing saved)."""

    def __init__(self, label: str, color: str = "", note: str | None = None) -> None:
        super().__init__()
        self.label = label
        self.color = color
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="reason-dialog"):
            yield Label(
                Content.assemble("Final label: ", (self.label, f"bold {self.color}".strip())),
                id="dialog-title",
            )
            yield Static(self.reasons(), id="reasons")
            yield Input(
                value=self.note, placeholder="note (optional): tab to write it, enter when done"
            )
            yield Label(
                plain("a reason key saves and moves on · esc cancels: nothing is saved"),
                id="dialog-hint",
            )

    def reasons(self) -> Content:
        lines = [Content.assemble(("Why?", "bold"))]
        lines += [
            Content.assemble(" ", (f" {key} ", "bold reverse"), f" {text}")
            for key, _reason, text in REASONS
        ]
        return Content("\n").join(lines)

    def action_reason(self, reason: str) -> None:
        note = self.query_one(Input).value.strip()
        self.dismiss(ReasonChoice(AdjudicationReason(reason), note or None))

    def action_note(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def note_done(self) -> None:
        """Enter in the note: back to the reason keys (the note is kept)."""
        self.set_focus(None)

    def action_cancel(self) -> None:
        if self.focused is not None:  # escape in the note leaves the note first
            self.set_focus(None)
            return
        self.dismiss(None)
