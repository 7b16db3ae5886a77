"""The scheme's labels with their keys, the current one highlighted."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from annotator.records import LabelScheme


class LabelBar(Static):
    """`[a] attributed  [c] contested …`: footer descriptions cannot show the choice."""

    def __init__(self, scheme: LabelScheme, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.scheme = scheme
        self.current: str | None = None
        self.renderable_set = False

    def on_mount(self) -> None:
        self.set_current(None)

    def set_current(self, label: str | None) -> None:
        if label == self.current and self.renderable_set:
            return
        self.current = label
        self.renderable_set = True
        parts: list[Content | tuple[str, str] | str] = []
        for item in self.scheme.labels:
            chosen = item.name == label
            style = f"bold reverse {item.color}" if chosen else item.color
            parts.append((f" {item.key} ", f"bold reverse {item.color}"))
            parts.append((f" {item.name} ", style if chosen else f"{item.color}"))
            parts.append("  ")
        self.update(Content.assemble(*parts), layout=False)
