"""`i` / command palette: the agreement summary of the database, computed in a thread."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import LoadingIndicator, Static

from annotator.errors import AnnotatorError


class AgreementScreen(ModalScreen[None]):
    """The same report as `annotator agreement`, on the current labels."""

    BINDINGS = [
        Binding("escape,q,i", "close", "Close"),
        Binding("r", "refresh_report", "Refresh"),
    ]

    def __init__(self, db_path: Path | None) -> None:
        super().__init__()
        self.db_path = db_path

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="agreement"):
            yield Static("Inter-annotator agreement  (r refresh · esc close)", id="agreement-title")
            yield LoadingIndicator()
            yield Static(id="agreement-report")

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True)
    def compute(self) -> None:
        # A thread has its own connection: sqlite3 connections stay in their thread.
        from annotator.agreement.from_store import report_of
        from annotator.agreement.render import rich_report
        from annotator.store import Store

        try:
            if self.db_path is None:
                raise AnnotatorError("an in-memory database cannot be read from another thread")
            with Store.open(self.db_path, readonly=True) as store:
                renderable = rich_report(report_of(store, top_disagreements=10), title=False)
        except AnnotatorError as error:
            self.app.call_from_thread(self.show, f"Cannot compute agreement: {error}")
            return
        self.app.call_from_thread(self.show, renderable)

    def show(self, renderable: object) -> None:
        self.query_one(LoadingIndicator).display = False
        self.query_one("#agreement-report", Static).update(renderable)  # type: ignore[arg-type]

    def action_refresh_report(self) -> None:
        self.query_one(LoadingIndicator).display = True
        self.compute()

    def action_close(self) -> None:
        self.dismiss(None)
