"""Train/validation/test splits by article: no article's sentences in two splits, and no
repeated claim either (articles that share one go to the same split).

Articles are shuffled with a seed, then cut where the running count of their sentences
crosses each split's share, so splits are close to the asked shares *of sentences* while every
article stays whole (sentences of one article share context, and a model tested on an article
it was trained on scores too high).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from annotator.errors import ExportError

SPLIT_NAMES = {
    2: ("train", "dev"),
    3: ("train", "validation", "test"),
}


def parse_split(text: str) -> tuple[float, ...]:
    """ "0.8,0.1,0.1" → (0.8, 0.1, 0.1): two or three shares that add up to 1."""
    try:
        shares = tuple(float(part) for part in text.split(","))
    except ValueError:
        raise ExportError(f"--split {text!r}: give shares such as 0.8,0.1,0.1") from None
    if len(shares) not in SPLIT_NAMES:
        raise ExportError(f"--split {text!r}: give two (train,dev) or three shares")
    if any(share <= 0 for share in shares) or abs(sum(shares) - 1) > 1e-6:
        raise ExportError(f"--split {text!r}: each share above 0, adding up to 1")
    return shares


def split_names(shares: Sequence[float], *, dev: str | None = None) -> tuple[str, ...]:
    names = SPLIT_NAMES[len(shares)]
    if dev is not None and len(names) == 2:
        names = (names[0], dev)
    return names


def assign_linked(
    articles: Sequence[tuple[str, int]],
    shares: Sequence[float],
    seed: int,
    linked: Sequence[set[str]] = (),
) -> list[int]:
    """`assign`, with each set of `linked` articles (they share a repeated claim) kept in
    one split: the set is split as one unit of all its sentences."""
    unit_of = {article_id: article_id for article_id, _n in articles}
    for members in linked:
        present = sorted(m for m in members if m in unit_of)
        for m in present:
            unit_of[m] = present[0]
    sizes: dict[str, int] = {}
    for article_id, count in articles:
        unit = unit_of[article_id]
        sizes[unit] = sizes.get(unit, 0) + count
    units = list(sizes.items())
    numbers = dict(zip(sizes, assign(units, shares, seed), strict=True))
    return [numbers[unit_of[article_id]] for article_id, _n in articles]


def assign(articles: Sequence[tuple[str, int]], shares: Sequence[float], seed: int) -> list[int]:
    """The split number of each `(article id, sentences)`, in the given order."""
    order = sorted(range(len(articles)), key=lambda k: articles[k][0])  # independent of input order
    random.Random(seed).shuffle(order)
    total = sum(max(count, 0) for _id, count in articles) or 1
    bounds = [sum(shares[: k + 1]) * total for k in range(len(shares))]
    result = [0] * len(articles)
    done = 0
    for k in order:
        count = max(articles[k][1], 0)
        middle = done + count / 2
        result[k] = next((n for n, bound in enumerate(bounds) if middle < bound), len(bounds) - 1)
        done += count
    # every split gets an article when there are enough: take one from the largest split
    for split in range(len(shares)):
        if split in result or len(articles) < len(shares):
            continue
        sizes = {
            n: sum(articles[k][1] for k in range(len(articles)) if result[k] == n)
            for n in set(result)
        }
        donor = max(sizes, key=lambda n: (sum(1 for r in result if r == n) > 1, sizes[n]))
        candidates = [k for k in order if result[k] == donor]
        result[min(candidates, key=lambda k: articles[k][1])] = split
    return result
