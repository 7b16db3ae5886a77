"""`?`: the keys of the screen below and the annotation guidelines."""

from __future__ import annotations

from importlib.resources import files

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown


def guidelines() -> str:
    """The guidelines shipped in the package (a copy of shared/GUIDELINES.md)."""
    return files("annotator.tui").joinpath("guidelines.md").read_text(encoding="utf-8")


def keys_markdown(rows: list[tuple[str, str]]) -> str:
    lines = ["# Keys", "", "| key | action |", "|---|---|"]
    lines += [f"| `{key}` | {description} |" for key, description in rows]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys, then guidelines; `escape`, `q` or `?` closes."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
        Binding("g", "guidelines", "Guidelines"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(keys_markdown(self.keys), id="help-keys")
            yield Markdown(guidelines(), id="help-guidelines")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_guidelines(self) -> None:
        self.query_one("#help-guidelines").scroll_visible(top=True, animate=False)
