"""`?`: the keys of the screen below and the annotation guidelines."""

from __future__ import annotations

from importlib.resources import files

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from annotator.records import LabelScheme
from annotator.schemes import is_claims


def guidelines() -> str:
    """The guidelines shipped in the package (a copy of shared/GUIDELINES.md)."""
    return files("annotator.tui").joinpath("guidelines.md").read_text(encoding="utf-8")


def keys_markdown(rows: list[tuple[str, str]]) -> str:
    lines = ["# Keys", "", "| key | action |", "|---|---|"]
    lines += [f"| `{key}` | {description} |" for key, description in rows]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def scheme_markdown(scheme: LabelScheme) -> str:
    """The guidelines of a project's own scheme: its description and each label's."""
    lines = [f"# Labels: {_cell(scheme.name)}", ""]
    if scheme.description:
        lines += [_cell(scheme.description), ""]
    if scheme.ordered:
        lines += ["An ordered scale, lowest first.", ""]
    lines += ["| key | label | meaning |", "|---|---|---|"]
    lines += [
        f"| `{label.key}` | {_cell(label.name)} | {_cell(label.description)} |"
        for label in scheme.labels
    ]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys, then guidelines; `escape`, `q` or `?` closes."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
        Binding("g", "guidelines", "Guidelines"),
    ]

    def __init__(self, keys: list[tuple[str, str]], scheme: LabelScheme | None = None) -> None:
        """`scheme`: the project's; the claims guidelines are shown for the claims scheme,
        the scheme's own label descriptions for any other."""
        super().__init__()
        self.keys = keys
        self.scheme = scheme

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(keys_markdown(self.keys), id="help-keys")
            if self.scheme is None or is_claims(self.scheme):
                yield Markdown(guidelines(), id="help-guidelines")
            else:
                yield Markdown(scheme_markdown(self.scheme), id="help-guidelines")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_guidelines(self) -> None:
        self.query_one("#help-guidelines").scroll_visible(top=True, animate=False)
