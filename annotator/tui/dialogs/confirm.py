"""A yes/no question that only `y` answers yes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from annotator.tui.display import plain


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; only `y` says yes, so a key pressed twice cannot."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape,enter", "answer(False)", "No"),
    ]

    def __init__(self, question: str, hint: str = "y: yes · n, esc or enter: no") -> None:
        super().__init__()
        self.question = question
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(plain(self.question), id="dialog-title")
            yield Label(self.hint, id="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
