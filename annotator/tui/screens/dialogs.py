"""Modal dialogs: each returns its value with `dismiss`."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.input import Selection
from textual.widgets.option_list import Option

from annotator.tui.display import plain, visible

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


class ArticlesDialog(ModalScreen[str | None]):
    """Pick an article from the list (type to filter); returns its id."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, articles: list[tuple[str, str, int, int]], current: str) -> None:
        """`articles`: (id, title, labelled, sentences) in import order."""
        super().__init__()
        self.articles = articles
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="-wide"):
            yield Label("Go to article", id="dialog-title")
            yield Input(placeholder="type to filter titles", id="filter")
            yield OptionList(id="articles")

    def on_mount(self) -> None:
        self.fill("")

    def fill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        highlight = None
        for number, (article_id, title, done, total) in enumerate(self.articles, start=1):
            if needle and needle.casefold() not in title.casefold():
                continue
            mark = "✓" if total and done >= total else " "
            prompt = plain(f"{mark} {number:>3}. {visible(title)}  ({done}/{total})")
            options.add_option(Option(prompt, id=article_id))
            if article_id == self.current:
                highlight = options.option_count - 1
        if options.option_count:
            options.highlighted = highlight if highlight is not None and not needle else 0

    @on(Input.Changed, "#filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            self.dismiss(option.id)

    def on_key(self, event: object) -> None:
        # Up/down in the filter box move the list selection.
        key = getattr(event, "key", "")
        options = self.query_one(OptionList)
        if key in ("down", "up") and self.focused is self.query_one("#filter"):
            options.action_cursor_down() if key == "down" else options.action_cursor_up()
            getattr(event, "stop", lambda: None)()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
