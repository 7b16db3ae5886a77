"""A divided project: each annotator's screen offers only their articles, counts their quota,
and says so when it is done."""

from __future__ import annotations

from annotator.assign import assign
from annotator.store import Store, assignments
from tests.tui.conftest import AppFactory, text_of
from tests.tui.test_annotate import SIZE, screen


async def test_the_queue_keeps_to_the_assigned_articles_and_ends_with_the_quota(
    app_factory: AppFactory, store: Store
) -> None:
    assign(store, ["alice", "bob", "carol"], 1, 0.2, 2)
    mine = assignments.assigned_articles(store, "alice")
    others = {a for a, _ in store.article_list()} - set(mine)
    assert mine and others
    quota = sum(store.sentence_count(a) for a in mine)
    app = app_factory("alice", assigned_only=True)
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).sentence_total == quota
        assert f"article 1/{len(mine)}" in text_of(app, "#status")
        seen = set()
        for _ in range(quota):
            seen.add(screen(app).sentence.article_id)
            await pilot.press("s")
        assert seen == set(mine)
        assert screen(app).finished
        done = text_of(app, "#done")
        assert f"all {quota} sentences of your {len(mine)} assigned" in done
        assert "bob 0/" in done and "carol 0/" in done
        # The arrows from the end stay in alice's articles, and nothing else was labelled.
        await pilot.press("right")
        assert screen(app).sentence.article_id in mine
    labelled = {store.sentence(a.sentence_id).article_id for a in store.iter_annotations("alice")}
    assert labelled == set(mine) and not labelled & others


async def test_all_lifts_the_restriction(app_factory: AppFactory, store: Store) -> None:
    assign(store, ["alice", "bob"], 1, 0.0, 0)
    app = app_factory("alice")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # the whole database is counted in a thread
        await pilot.pause()
        assert screen(app).sentence_total == store.sentence_count()
        assert "article 1/5" in text_of(app, "#status")
