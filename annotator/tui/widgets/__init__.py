"""Small widgets of the annotation screens: the screen sets their state, they draw it."""

from annotator.tui.widgets.context_view import ContextView, SentenceLine
from annotator.tui.widgets.label_bar import LabelBar

__all__ = ["ContextView", "LabelBar", "SentenceLine"]
