"""Type a value (source, cue, note, search), with completions from the sentence."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label
from textual.widgets.input import Selection

from annotator.tui.display import plain

_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
MAX_NGRAM = 4


def phrases(text: str) -> list[str]:
    """Words and runs of up to four words of `text`, shortest first: what the annotator can
    complete a source or cue from ("Vla" → "Vladimir", "Vladimir " → "Vladimir Poutine")."""
    words = _WORD.findall(text)
    seen: dict[str, None] = {}
    for size in range(1, MAX_NGRAM + 1):
        for start in range(len(words) - size + 1):
            seen.setdefault(" ".join(words[start : start + size]), None)
    return list(seen)


class TextDialog(ModalScreen[str | None]):
    """Type a value (source, cue, note, search), with completions from the sentence."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        value: str = "",
        *,
        suggestions: list[str] | None = None,
        hint: str = "",
        placeholder: str = "",
        selected: bool = False,
    ) -> None:
        """`selected`: the value starts selected, so typing replaces it (a suggested value)."""
        super().__init__()
        self.title_text = title
        self.value = value
        self.selected = selected
        self.suggestions = suggestions or []
        self.hint = hint
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(self.title_text, id="dialog-title")
            suggester = (
                SuggestFromList(self.suggestions, case_sensitive=False)
                if self.suggestions
                else None
            )
            yield Input(
                value=self.value, suggester=suggester, placeholder=self.placeholder, id="value"
            )
            yield Label(plain(self.hint), id="dialog-hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        if self.selected:
            field.selection = Selection(0, len(self.value))
        else:
            field.cursor_position = len(self.value)

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        field = event.input
        if self.suggestions and field.cursor_at_end and field.value != self.value:
            # enter takes the completion shown for what was typed, as → does (the hint says
            # so); an untouched value is kept as it is
            field.action_cursor_right()
        self.dismiss(field.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
