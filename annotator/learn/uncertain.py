"""`annotate --order uncertain`: the annotator's unlabelled sentences, the ones the model is
least sure of first (smallest margin between its two likeliest labels).

Labelling where the model hesitates is what teaches it most (uncertainty sampling, as in
Prodigy's `textcat.teach`); the article around each sentence is still shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from annotator.learn.features import Example, examples
from annotator.learn.suggester import LazyModel
from annotator.records import Sentence
from annotator.store import Store
from annotator.suggest.records import for_article


def uncertain_order(
    store: Store,
    annotator: str,
    model: LazyModel,
    articles: Sequence[str] | None = None,
    progress: Callable[[int], None] | None = None,
    batch: int = 4_000,
) -> list[str]:
    """Ids of the sentences `annotator` has not labelled (in `articles`, or all), the least
    certain first; ties keep the article order. `progress` gets each article's count. The
    model scores `batch` sentences at a time (one call per article would cost more in
    overhead than in scoring)."""
    titles = dict(store.article_list())
    wanted = list(articles) if articles is not None else list(titles)
    classifier = model.get().classifier
    ranked: list[tuple[float, int, str]] = []
    pending: list[Example] = []
    keys: list[tuple[int, str]] = []

    def score() -> None:
        if not pending:
            return
        for row, (order, sentence_id) in zip(classifier.probabilities(pending), keys, strict=True):
            top = sorted(row, reverse=True)
            margin = float(top[0] - top[1]) if len(top) > 1 else 1.0
            ranked.append((margin, order, sentence_id))
        pending.clear()
        keys.clear()

    for rank, article_id in enumerate(wanted):
        done = store.labels_in_article(article_id, annotator)
        sentences = store.sentences_of(article_id)
        if any(not done.get(s.id) for s in sentences):
            rules = for_article(sentences, titles.get(article_id))
            for i, example in enumerate(examples([s.text for s in sentences], rules)):
                if not done.get(sentences[i].id):
                    pending.append(example)
                    keys.append((rank * 1_000_000 + i, sentences[i].id))
            if len(pending) >= batch:
                score()
        if progress is not None:
            progress(len(sentences))
    score()
    ranked.sort()
    return [sentence_id for _m, _k, sentence_id in ranked]


class OrderedQueue:
    """A fixed order of sentences for the annotate screen's "next": the first one after
    the current one that the annotator has neither labelled nor skipped (wrapping around);
    then the skipped ones; None when all are done. The same rules as the article order."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(ids)
        self.rank = {sentence_id: i for i, sentence_id in enumerate(self.ids)}

    def next(self, store: Store, annotator: str, after: str | None) -> Sentence | None:
        start = self.rank[after] + 1 if after in self.rank else 0
        skipped: Sentence | None = None
        n = len(self.ids)
        for k in range(n):
            sentence_id = self.ids[(start + k) % n]
            annotation = store.annotation(sentence_id, annotator)
            if annotation is not None and annotation.label:
                continue
            sentence = store.sentence(sentence_id)
            if sentence is None:
                continue
            if annotation is not None and annotation.skipped:
                skipped = skipped or sentence
                continue
            return sentence
        return skipped
