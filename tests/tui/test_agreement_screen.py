"""The agreement summary inside the TUI."""

from __future__ import annotations

from annotator.store import Store
from annotator.tui.screens.agreement import AgreementScreen
from tests.tui.conftest import AppFactory


async def test_agreement_screen_opens_on_i_and_shows_the_summary(
    app_factory: AppFactory, store: Store
) -> None:
    for sentence in list(store.iter_sentences())[:20]:
        store.label(sentence.id, "alice", "asserted")
        store.label(sentence.id, "bob", "asserted" if sentence.position % 3 else "attributed")
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")
        assert isinstance(app.screen, AgreementScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        picture = app.export_screenshot()
        assert "Krippendorff" in picture and "Pairwise" in picture.replace("&#160;", " ")
        await pilot.press("escape")
        assert not isinstance(app.screen, AgreementScreen)
