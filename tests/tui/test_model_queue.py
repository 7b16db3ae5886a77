"""A learned model in the annotation screen: it chooses the suggested label (recorded as
rule "model"), the rules' cue stays highlighted, and `--order uncertain` serves the sentences
it is least sure of first."""

from __future__ import annotations

from annotator.learn.suggester import MODEL_RULE, from_store
from annotator.learn.training import from_gold_file, train
from annotator.learn.uncertain import uncertain_order
from annotator.schemes import CLAIMS
from annotator.store import Store, learned
from tests.conftest import DATA
from tests.tui.conftest import AppFactory, text_of
from tests.tui.test_annotate import SIZE, screen


def store_model(store: Store) -> None:
    items = from_gold_file(DATA / "blind_gold.jsonl", CLAIMS.names)
    model, info = train(items, CLAIMS, {"blind": len(items)})
    described = info.model_dump(mode="json")
    learned.save_model(store, described, model.to_bytes(described))


async def test_model_suggestions_show_and_are_recorded(
    app_factory: AppFactory, store: Store
) -> None:
    store_model(store)
    model = from_store(store)
    app = app_factory("alice", model=model)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()  # the model loads in a thread
        await pilot.pause()
        first = screen(app).sentence
        assert first is not None
        line = text_of(app, "#suggestion")
        assert "Suggested (enter accepts):" in line and MODEL_RULE in line
        await pilot.press("enter")
        await pilot.pause()
    saved = store.annotation(first.id, "alice")
    assert saved is not None and saved.suggested_rule == MODEL_RULE and saved.suggestion_shown
    assert saved.label == saved.suggested


async def test_order_uncertain_serves_the_least_certain_first(
    app_factory: AppFactory, store: Store
) -> None:
    store_model(store)
    model = from_store(store)
    assert model is not None
    order = uncertain_order(store, "alice", model)
    assert len(order) == store.sentence_count()
    # The order really is by doubt: the first sentence's margin is the smallest.
    by_article: dict[str, list[str]] = {}
    for sentence in store.iter_sentences():
        by_article.setdefault(sentence.article_id, []).append(sentence.id)
    assert order != [s for ids in by_article.values() for s in ids]
    app = app_factory("alice", model=model, order=order)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen(app).sentence.id == order[0]
        assert "least certain first" in text_of(app, "#status")
        await pilot.press("s")
        await pilot.pause()
        assert screen(app).sentence.id == order[1]
        await pilot.press("x")  # skipped: comes back at the end
        await pilot.pause()
        assert screen(app).sentence.id == order[2]
    assert store.annotation(order[0], "alice").label == "asserted"
    # A second session resumes at the first sentence still open, in the same order.
    assert uncertain_order(store, "alice", model)[0] == order[1]


async def test_a_repeated_sentence_says_so_without_anyones_label(
    app_factory: AppFactory, store: Store
) -> None:
    target = next(
        s
        for s in store.iter_sentences()
        if s.text.startswith("Vous pouvez partager cette histoire")
    )
    others = [s for s in store.iter_sentences() if s.text == target.text and s.id != target.id]
    assert others  # the sample articles share this page furniture
    store.label(others[0].id, "bob", "not_a_claim")
    app = app_factory("alice")
    async with app.run_test(size=SIZE) as pilot:
        await screen(app).go_to(target)
        await pilot.pause()
        status = text_of(app, "#status")
        assert "also in 1 other article" in status
        details = text_of(app, "#details")
        assert details.startswith("not labelled") and "bob" not in details  # not bob's label
        first = store.first_sentence()
        assert first is not None
        await screen(app).go_to(first)
        await pilot.pause()
        assert "also in" not in text_of(app, "#status")
