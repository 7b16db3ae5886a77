"""The review queue: which sentences a reviewer settles, and how much their annotators agree.

A sentence is in the queue when its annotators disagree (two or more distinct labels among at
least `min_annotators` labels, default 2) or when an annotator flagged it. Unanimous sentences
are accepted as they are: counted, never shown, never written (the export's gold label calls
them `unanimous`). Sentences a reviewer already settled are left out unless asked for.

`select`, `pair_agreement` and `blind_aliases` are pure; `load_queue` reads a Store.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from annotator.errors import AnnotatorError
from annotator.store import Store, assignments
from annotator.store.review_rows import ReviewCandidate, candidates, unanimous_count

__all__ = [
    "QueueOptions",
    "ReviewCandidate",
    "ReviewQueue",
    "blind_aliases",
    "load_queue",
    "pair_agreement",
    "parse_pair",
    "select",
]

DEFAULT_MIN_ANNOTATORS = 2
"""A disagreement takes at least two labels."""


@dataclass(frozen=True)
class QueueOptions:
    """Filters of the review queue."""

    article_ids: tuple[str, ...] | None = None
    """Only these articles (None: all)."""
    pair: tuple[str, str] | None = None
    """Only sentences whose labels include both of these (e.g. attributed and contested)."""
    min_annotators: int | None = None
    """Only sentences with at least this many labels. None: 2 for a disagreement, and a
    flagged sentence whatever its count."""
    include_settled: bool = False
    """Also the sentences a reviewer already adjudicated (shown with their decision)."""


@dataclass
class ReviewQueue:
    """The sentences to settle, in import order, and what was left out."""

    items: list[ReviewCandidate] = field(default_factory=list)
    unanimous: int = 0
    """Sentences accepted as unanimous (counted, not shown)."""
    already_settled: int = 0
    """Sentences left out because a reviewer already settled them (see `include_settled`)."""
    overlap_articles: frozenset[str] = frozenset()
    """Articles of the overlap sample (a divided project): the screen marks their sentences."""

    def in_overlap(self, item: ReviewCandidate) -> bool:
        return item.article_id in self.overlap_articles

    def __len__(self) -> int:
        return len(self.items)

    def index_of(self, sentence_id: str) -> int | None:
        return next(
            (i for i, item in enumerate(self.items) if item.sentence_id == sentence_id), None
        )

    def insert(self, item: ReviewCandidate) -> int:
        """Put `item` in its import-order place (once); its index."""
        found = self.index_of(item.sentence_id)
        if found is not None:
            return found
        index = next((i for i, x in enumerate(self.items) if x.order > item.order), len(self))
        self.items.insert(index, item)
        return index


def _wanted(item: ReviewCandidate, options: QueueOptions) -> bool | None:
    """True: in the queue; False: not a case for review; None: filtered out by a setting
    (already settled)."""
    count = len(item.labels)
    minimum = options.min_annotators
    disagree = len(set(item.labels)) >= 2 and count >= max(minimum or 0, DEFAULT_MIN_ANNOTATORS)
    flagged = item.flagged and count >= (minimum or 0)
    if not (disagree or flagged):
        return False
    if options.pair is not None and not set(options.pair) <= set(item.labels):
        return False
    if item.adjudicated is not None and not options.include_settled:
        return None
    return True


def select(
    items: Iterable[ReviewCandidate], options: QueueOptions
) -> tuple[list[ReviewCandidate], int]:
    """The candidates the options keep, in the order given, and how many were left out
    because they are already settled."""
    kept, settled = [], 0
    for item in items:
        wanted = _wanted(item, options)
        if wanted:
            kept.append(item)
        elif wanted is None:
            settled += 1
    return kept, settled


def load_queue(store: Store, options: QueueOptions | None = None) -> ReviewQueue:
    """The review queue of the database."""
    options = options or QueueOptions()
    if options.pair is not None:
        for label in options.pair:
            store.check_label(label)
    items, settled = select(candidates(store, options.article_ids), options)
    unanimous = unanimous_count(
        store,
        min_labels=max(options.min_annotators or 0, DEFAULT_MIN_ANNOTATORS),
        article_ids=options.article_ids,
    )
    return ReviewQueue(
        items=items,
        unanimous=unanimous,
        already_settled=settled,
        overlap_articles=frozenset(assignments.overlap_articles(store)),
    )


def parse_pair(text: str) -> tuple[str, str]:
    """`"attributed,contested"` → ("attributed", "contested")."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        raise AnnotatorError(
            f"--pair {text!r}: give two different labels separated by a comma, "
            "e.g. attributed,contested"
        )
    return parts[0], parts[1]


def pair_agreement(labels: Sequence[str]) -> tuple[int, int]:
    """(agreeing pairs, pairs) among the labels of one sentence."""
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    n = len(labels)
    return sum(k * (k - 1) // 2 for k in counts.values()), n * (n - 1) // 2


def _letters() -> Iterator[str]:
    for n in range(10_000):
        letter = chr(ord("A") + n % 26)
        yield letter if n < 26 else f"{letter}{n // 26}"


def blind_aliases(sentence_id: str, annotators: Sequence[str], seed: int = 0) -> dict[str, str]:
    """{annotator: "A" | "B" | …} for one sentence, in a shuffled order seeded by the sentence
    (stable from one run to the next), so neither the letter nor the row gives a name away."""
    digest = hashlib.sha256(f"{seed}:{sentence_id}".encode()).digest()
    order = sorted(annotators)
    random.Random(digest).shuffle(order)
    return dict(zip(order, _letters(), strict=False))
