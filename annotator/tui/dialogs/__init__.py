"""Modal dialogs, one a file: each returns its value with `dismiss`."""

from annotator.tui.dialogs.articles import ArticlesDialog
from annotator.tui.dialogs.confirm import ConfirmDialog
from annotator.tui.dialogs.reason import REASONS, ReasonChoice, ReasonDialog
from annotator.tui.dialogs.text import TextDialog, phrases

__all__ = [
    "REASONS",
    "ArticlesDialog",
    "ConfirmDialog",
    "ReasonChoice",
    "ReasonDialog",
    "TextDialog",
    "phrases",
]
