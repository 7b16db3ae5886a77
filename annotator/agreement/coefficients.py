"""Agreement coefficients for nominal labels, over `(item, annotator, label)` triples.

Everything here is pure numpy: no database, no terminal. The triples are encoded once into a
`RatingData` (an items x annotators matrix of label codes, -1 where an annotator did not rate
an item); every coefficient accepts either the triples or a prebuilt `RatingData`, so a report
pays for the encoding once.

Notation used in the docstrings (after the exclusions below):

- ``n`` items, ``r`` annotators, ``q`` categories (the declared label set, or the labels used);
- ``r_i`` ratings of item ``i``; ``n_ik`` ratings of item ``i`` with label ``k``;
- ``N = sum_i r_i`` ratings in all; ``n_k = sum_i n_ik`` ratings with label ``k``;
- ``p_a`` observed agreement, ``p_e`` chance agreement; chance-corrected coefficients are
  ``(p_a - p_e) / (1 - p_e)``.

Data semantics, the same for every coefficient:

- Missing ratings are simply absent triples; nothing is imputed.
- Items rated by a single annotator carry no pair of ratings: they are left out of observed
  agreement (``p_a``), of Krippendorff's alpha (as Krippendorff prescribes and the
  `krippendorff` package does), of Cohen's, Light's and Brennan-Prediger's and of the
  per-label and per-article figures. Gwet's missing-data forms (Gwet 2014; irrCAC) still
  count them in the **chance** term of Fleiss' kappa, AC1, Conger's kappa and Scott's pi:
  ``pi_k`` averages ``n_ik / r_i`` over every item rated at least once, and Conger's
  annotator shares use every rating. They are kept in `RatingData.singles`; annotators
  whose only ratings are on such items are `RatingData.excluded_annotators` (still counted
  by Conger's kappa, whose ``r`` is every annotator who rated anything).
- If the same (item, annotator) appears more than once, the last triple wins (the earlier ones
  are counted in `RatingData.overwritten`).
- Labels are compared with ``==``/``hash``, like dictionary keys. Without declared
  `categories` the categories are the labels used on counted items, sorted when they compare;
  annotators are sorted the same way; items keep their first-seen order.
- The encoding is a dense items x annotators matrix: fine for a team of annotators, not meant
  for thousands of crowd workers each rating a few items.
- Each function returns a float, or raises `UndefinedAgreement` with the reason when the value
  is 0/0: no item with two ratings, a single label everywhere, one annotator, ...
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from annotator.errors import AnnotatorError

Triple = tuple[Hashable, Hashable, Hashable]

__all__ = [
    "GroupAgreement",
    "LabelAgreement",
    "LabelMatrix",
    "PairwiseKappa",
    "RatingData",
    "Triple",
    "UndefinedAgreement",
    "agreement_by_group",
    "brennan_prediger",
    "coincidence_matrix",
    "cohen_kappa",
    "compute_all",
    "confusion_matrix",
    "conger_kappa",
    "fleiss_kappa",
    "gwet_ac1",
    "kappa_from_table",
    "krippendorff_alpha",
    "label_alpha",
    "light_kappa",
    "pairwise_cohen_kappa",
    "per_label_agreement",
    "percent_agreement",
    "scott_pi",
]


class UndefinedAgreement(AnnotatorError):
    """A coefficient is 0/0 on this data; `reason` says why in one sentence."""

    def __init__(self, coefficient: str, reason: str) -> None:
        self.coefficient = coefficient
        self.reason = reason
        super().__init__(f"{coefficient} is undefined: {reason}")


# ----------------------------------------------------------------------------- encoding


class _Codes(dict[Hashable, int]):
    """Gives each new key the next integer: one hash lookup per value, in C for known keys."""

    def __missing__(self, key: Hashable) -> int:
        code = self[key] = len(self)
        return code


def _factorize(values: Iterable[Hashable], count: int) -> tuple[list[Hashable], np.ndarray]:
    """Distinct values in first-seen order, and the code of each of the `count` values."""
    index = _Codes()
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=count)
    return list(index), codes


def _sorted_if_possible(keys: list[Hashable]) -> list[Hashable]:
    """`keys` sorted; in first-seen order when they do not compare (mixed types)."""
    try:
        return sorted(keys)  # type: ignore[type-var]
    except TypeError:
        return list(keys)


def _recode(codes: np.ndarray, keys: list[Hashable], new_keys: Sequence[Hashable]) -> np.ndarray:
    """Codes that index `keys` turned into codes that index `new_keys` (a superset)."""
    position = {key: i for i, key in enumerate(new_keys)}
    new_of_old = np.fromiter((position[key] for key in keys), dtype=np.int64, count=len(keys))
    return new_of_old[codes] if len(codes) else codes


def _check_declared(labels: Iterable[Hashable], categories: Sequence[Hashable]) -> None:
    """Raise `ValueError` for a repeated category or a label outside the declared set."""
    if len(set(categories)) != len(categories):
        raise ValueError("categories must not repeat a label")
    declared = set(categories)
    for label in labels:
        if label not in declared:
            raise ValueError(
                f"label {label!r} is not in the declared categories {list(categories)!r}"
            )


def _pick(keys: list[Hashable], mask: np.ndarray) -> tuple[Hashable, ...]:
    return tuple(compress(keys, mask.tolist()))


def _last_wins(flat: np.ndarray) -> tuple[np.ndarray, int]:
    """Indexes of the triples to keep when (item, annotator) cells repeat: the last of each."""
    if len(flat) == 0 or np.bincount(flat).max() <= 1:
        return np.arange(len(flat)), 0
    reversed_first = np.unique(flat[::-1], return_index=True)[1]
    keep = np.sort(len(flat) - 1 - reversed_first)
    return keep, len(flat) - len(keep)


@dataclass(frozen=True, eq=False)
class RatingData:
    """Triples encoded once: the items x annotators matrix every coefficient reads.

    Build it with `RatingData.from_triples` (or `from_columns`). `ratings[i, j]` is the index in
    `categories` of the label annotator `annotators[j]` gave to item `items[i]`, or -1.
    Only items with two or more ratings are rows; see the module docstring for the rules.
    Derived counts are computed on first use and cached, so several coefficients share them.
    """

    items: tuple[Hashable, ...]
    annotators: tuple[Hashable, ...]
    categories: tuple[Hashable, ...]
    ratings: np.ndarray
    declared: bool = False
    excluded_items: tuple[Hashable, ...] = ()
    excluded_annotators: tuple[Hashable, ...] = ()
    seen_labels: tuple[Hashable, ...] = ()
    triples: int = 0
    overwritten: int = 0
    singles: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int32))
    """Items rated once, one row each: (annotator, label), the annotator an index into
    `all_annotators`. No pair, so no observed agreement; Gwet's missing-data forms still
    count them in chance agreement (Fleiss, AC1, Conger, Scott)."""

    # ------------------------------------------------------------------ constructors

    @classmethod
    def from_triples(
        cls, triples: Iterable[Triple], categories: Sequence[Hashable] | None = None
    ) -> RatingData:
        """Encode `(item, annotator, label)` triples (any hashable values).

        `categories` is the declared label set, labels nobody used included; without it the
        categories are the labels used on counted items, sorted when they compare. A label
        outside the declared set raises `ValueError`.
        """
        if isinstance(triples, RatingData):
            return triples if categories is None else triples.with_categories(categories)
        rows = triples if isinstance(triples, Sequence) else list(triples)
        # One pass per column straight from the rows: no column lists, and no zip(*rows),
        # which would unpack a million arguments.
        return cls._encode([map(itemgetter(k), rows) for k in range(3)], len(rows), categories)

    @classmethod
    def from_columns(
        cls,
        items: Sequence[Hashable],
        annotators: Sequence[Hashable],
        labels: Sequence[Hashable],
        categories: Sequence[Hashable] | None = None,
    ) -> RatingData:
        """Encode three parallel columns; the same rules as `from_triples`."""
        if not len(items) == len(annotators) == len(labels):
            raise ValueError("items, annotators and labels must have the same length")
        return cls._encode([items, annotators, labels], len(items), categories)

    @classmethod
    def _encode(
        cls,
        columns: list[Iterable[Hashable]],
        count: int,
        categories: Sequence[Hashable] | None,
    ) -> RatingData:
        item_keys, item_codes = _factorize(columns[0], count)
        annotator_keys, annotator_codes = _factorize(columns[1], count)
        label_keys, label_codes = _factorize(columns[2], count)
        sorted_annotators = _sorted_if_possible(annotator_keys)
        annotator_codes = _recode(annotator_codes, annotator_keys, sorted_annotators)
        seen = _sorted_if_possible(label_keys)
        declared = categories is not None
        if categories is None:
            categories = seen
        else:
            categories = list(categories)
            _check_declared(label_keys, categories)
        label_codes = _recode(label_codes, label_keys, categories)
        matrix, overwritten = _matrix(
            item_codes, annotator_codes, label_codes, len(item_keys), len(sorted_annotators)
        )
        return cls._filtered(
            matrix,
            item_keys,
            sorted_annotators,
            list(categories),
            declared=declared,
            seen=seen,
            triples=count,
            overwritten=overwritten,
        )

    @classmethod
    def _filtered(
        cls,
        matrix: np.ndarray,
        item_keys: list[Hashable],
        annotator_keys: list[Hashable],
        categories: list[Hashable],
        *,
        declared: bool,
        seen: list[Hashable],
        triples: int,
        overwritten: int,
    ) -> RatingData:
        """Set items rated once apart (`singles`), then annotators left with no pair."""
        rated = (matrix >= 0).sum(axis=1)
        keep = rated >= 2
        excluded = _pick(item_keys, ~keep)
        once = matrix[rated == 1]
        single_annotator = (
            np.argmax(once >= 0, axis=1) if once.size else np.zeros(len(once), dtype=np.int64)
        )
        single_label = once[np.arange(len(once)), single_annotator]
        matrix = matrix[keep]
        active = (matrix >= 0).any(axis=0)
        excluded_annotators = _pick(annotator_keys, ~active)
        matrix = matrix[:, active]
        # Annotators in `all_annotators` order: the active ones, then the excluded ones.
        order = np.concatenate([np.flatnonzero(active), np.flatnonzero(~active)])
        position = np.empty(len(order), dtype=np.int64)
        position[order] = np.arange(len(order))
        single_annotator = position[single_annotator]
        if not declared:
            # Categories are the labels anyone used, on any item: irrCAC's default.
            q = len(categories)
            used = (
                np.bincount(matrix[matrix >= 0], minlength=q)
                + np.bincount(single_label, minlength=q)
            ) > 0
            recode = np.cumsum(used) - 1
            matrix = np.where(matrix >= 0, recode[np.maximum(matrix, 0)], -1)
            single_label = recode[single_label] if len(single_label) else single_label
            categories = [label for label, u in zip(categories, used, strict=True) if u]
        singles = np.stack([single_annotator, single_label], axis=1).astype(np.int32)
        return cls(
            items=tuple(item_keys) if keep.all() else _pick(item_keys, keep),
            annotators=_pick(annotator_keys, active),
            categories=tuple(categories),
            ratings=np.ascontiguousarray(matrix, dtype=np.int32),
            declared=declared,
            excluded_items=excluded,
            excluded_annotators=excluded_annotators,
            seen_labels=tuple(seen),
            triples=triples,
            overwritten=overwritten,
            singles=singles.reshape(-1, 2),
        )

    def with_categories(self, categories: Sequence[Hashable]) -> RatingData:
        """The same ratings over another declared label set (it must hold every label used)."""
        categories = list(categories)
        if self.declared and tuple(categories) == self.categories:
            return self
        _check_declared(self.labels_rated, categories)
        position = {label: i for i, label in enumerate(categories)}
        # Old categories no one used may be dropped from the new set: -1.
        mapping = np.array([position.get(c, -1) for c in self.categories], dtype=np.int64)
        matrix = np.where(self.ratings >= 0, mapping[np.maximum(self.ratings, 0)], -1)
        singles = self.singles.copy()
        if len(singles):
            singles[:, 1] = mapping[singles[:, 1]]
        return RatingData(
            items=self.items,
            annotators=self.annotators,
            categories=tuple(categories),
            ratings=np.ascontiguousarray(matrix, dtype=np.int32),
            declared=True,
            excluded_items=self.excluded_items,
            excluded_annotators=self.excluded_annotators,
            seen_labels=self.seen_labels,
            triples=self.triples,
            overwritten=self.overwritten,
            singles=singles,
        )

    # ------------------------------------------------------------------ sizes

    @property
    def n_items(self) -> int:
        """Items counted (rated by two or more annotators)."""
        return int(self.ratings.shape[0])

    @property
    def n_annotators(self) -> int:
        return int(self.ratings.shape[1])

    @property
    def n_categories(self) -> int:
        return len(self.categories)

    @property
    def n_rated(self) -> int:
        """Items rated at least once: the counted items and the `singles`."""
        return self.n_items + len(self.singles)

    @property
    def all_annotators(self) -> tuple[Hashable, ...]:
        """Every annotator with a rating: `annotators`, then `excluded_annotators`."""
        return self.annotators + self.excluded_annotators

    # ------------------------------------------------------------------ cached counts
    #
    # Every statistic depends on an item only through its row of `ratings`, and with a few
    # annotators and labels there are few distinct rows (5 annotators, 4 labels: at most
    # 5^5 = 3,125). So we count each distinct row ("profile") once and weigh it by how many
    # items share it: after one pass over the items, everything costs O(profiles).

    @cached_property
    def _compressed(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distinct rows of `ratings`, how many items have each, and each item's row index."""
        n, r = self.ratings.shape
        base = self.n_categories + 1
        if n == 0 or r * np.log2(base) >= 62:
            return self.ratings, np.ones(n), np.arange(n)
        # One integer per row, computed column by column: base-(q+1) digits, -1 -> 0.
        keys = np.zeros(n, dtype=np.int64)
        for j in range(r):
            keys *= base
            keys += self.ratings[:, j] + 1
        if base**r <= max(1 << 20, 4 * n):
            freq = np.bincount(keys, minlength=base**r)
            present = np.flatnonzero(freq)
            position = np.zeros(len(freq), dtype=np.int64)
            position[present] = np.arange(len(present))
            inverse, freq, unique = position[keys], freq[present], present
        else:
            unique, inverse, freq = np.unique(keys, return_inverse=True, return_counts=True)
        digits = (unique[:, None] // base ** np.arange(r - 1, -1, -1)) % base
        return (digits - 1).astype(np.int32), freq.astype(np.float64), inverse

    @property
    def profiles(self) -> np.ndarray:
        """Distinct rows of `ratings` (profiles x annotators)."""
        return self._compressed[0]

    @property
    def profile_weights(self) -> np.ndarray:
        """Number of items with each profile, as floats."""
        return self._compressed[1]

    @property
    def profile_of_item(self) -> np.ndarray:
        """Index in `profiles` of each item's row."""
        return self._compressed[2]

    @cached_property
    def profile_counts(self) -> np.ndarray:
        """``n_pk``: (profiles, categories) ratings with label k in profile p."""
        return _row_counts(self.profiles, self.n_categories)

    @cached_property
    def _profile_stats(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per profile: ``r_p``, agreeing-pair share ``a_p`` and disagreement ``d_p``."""
        counts = self.profile_counts.astype(np.float64)
        r = counts.sum(axis=1)
        squares = (counts * counts).sum(axis=1)
        return r, (squares - r) / (r * (r - 1.0)), (r * r - squares) / (r - 1.0)

    @cached_property
    def label_totals(self) -> np.ndarray:
        """``n_k``: counted ratings with each label (0 for declared labels nobody used)."""
        return np.rint(self.profile_weights @ self.profile_counts).astype(np.int64)

    @cached_property
    def observed_agreement(self) -> float:
        """``p_a = (1/n) sum_i sum_k n_ik (n_ik - 1) / (r_i (r_i - 1))``."""
        return float(self.profile_weights @ self._profile_stats[1] / self.n_items)

    @cached_property
    def observed_disagreement(self) -> float:
        """Krippendorff's ``sum_{c!=k} o_ck = sum_i (r_i^2 - sum_k n_ik^2) / (r_i - 1)``."""
        return float(self.profile_weights @ self._profile_stats[2])

    @cached_property
    def mean_proportions(self) -> np.ndarray:
        """``pi_k = (1/n) sum_i n_ik / r_i``: Fleiss' and Gwet's label prevalence."""
        shares = self.profile_counts / self._profile_stats[0][:, None]
        return self.profile_weights @ shares / self.n_items

    @cached_property
    def single_label_counts(self) -> np.ndarray:
        """Items rated once, by the label of their one rating."""
        return np.bincount(self.singles[:, 1], minlength=self.n_categories).astype(np.int64)

    @cached_property
    def rated_proportions(self) -> np.ndarray:
        """``pi_k = (1/n') sum_i n_ik / r_i`` over the ``n'`` items rated at least once:
        Gwet's chance term with missing ratings (an item rated once adds 1 to its label)."""
        if self.n_rated == 0:
            return np.zeros(self.n_categories)
        shares = self.profile_counts / self._profile_stats[0][:, None]
        total = self.profile_weights @ shares if self.n_items else np.zeros(self.n_categories)
        return (total + self.single_label_counts) / self.n_rated

    @cached_property
    def rated_label_totals(self) -> np.ndarray:
        """Every rating with each label, items rated once included."""
        return self.label_totals + self.single_label_counts

    @property
    def labels_rated(self) -> tuple[Hashable, ...]:
        """Categories with at least one rating, on any item."""
        totals = self.rated_label_totals
        return tuple(c for c, n in zip(self.categories, totals, strict=True) if n)

    @cached_property
    def rater_counts(self) -> np.ndarray:
        """(all annotators, categories): every rating of each annotator, items rated once
        included (Conger's rater marginals with missing ratings)."""
        q = self.n_categories
        result = np.zeros((len(self.all_annotators), q), dtype=np.int64)
        result[: self.n_annotators] = self.annotator_counts
        cells = self.singles[:, 0].astype(np.int64) * q + self.singles[:, 1]
        result += np.bincount(cells, minlength=result.size).reshape(result.shape)
        return result

    @cached_property
    def annotator_counts(self) -> np.ndarray:
        """``n_gk``: (annotators, categories) ratings by annotator g with label k."""
        q = self.n_categories
        result = np.zeros((self.n_annotators, q), dtype=np.int64)
        for g in range(self.n_annotators):
            column = self.profiles[:, g]
            rated = column >= 0
            totals = np.bincount(column[rated], weights=self.profile_weights[rated], minlength=q)
            result[g] = np.rint(totals)
        return result

    @cached_property
    def counts(self) -> np.ndarray:
        """``n_ik``: (items, categories) ratings of item i with label k."""
        return self.profile_counts[self.profile_of_item]

    @cached_property
    def item_agreement(self) -> np.ndarray:
        """Per item, the share of agreeing pairs ``sum_k n_ik (n_ik - 1) / (r_i (r_i - 1))``."""
        return self._profile_stats[1][self.profile_of_item]

    @cached_property
    def item_disagreement(self) -> np.ndarray:
        """Per item, Krippendorff's off-diagonal coincidences ``(r_i^2 - sum_k n_ik^2)/(r_i-1)``."""
        return self._profile_stats[2][self.profile_of_item]

    @property
    def ratings_per_item(self) -> np.ndarray:
        """``r_i`` (every counted item has at least 2)."""
        return self._profile_stats[0][self.profile_of_item]

    @property
    def labels_used(self) -> tuple[Hashable, ...]:
        """Categories with at least one counted rating."""
        return tuple(c for c, n in zip(self.categories, self.label_totals, strict=True) if n)


def _row_counts(matrix: np.ndarray, q: int) -> np.ndarray:
    """(rows, q): how many cells of each row of `matrix` hold each code (-1 is missing)."""
    valid = matrix >= 0
    rows = np.broadcast_to(np.arange(matrix.shape[0])[:, None], matrix.shape)
    cells = rows[valid].astype(np.int64) * q + matrix[valid]
    return np.bincount(cells, minlength=matrix.shape[0] * q).reshape(matrix.shape[0], q)


def _matrix(
    item_codes: np.ndarray,
    annotator_codes: np.ndarray,
    label_codes: np.ndarray,
    n_items: int,
    n_annotators: int,
) -> tuple[np.ndarray, int]:
    """Dense items x annotators matrix of label codes, -1 where missing; last triple wins."""
    flat = item_codes * n_annotators + annotator_codes
    keep, overwritten = _last_wins(flat)
    matrix = np.full(n_items * n_annotators, -1, dtype=np.int64)
    matrix[flat[keep]] = label_codes[keep]
    return matrix.reshape(n_items, n_annotators), overwritten


# ----------------------------------------------------------------------------- helpers


@dataclass
class _LastEncoding:
    """The last list (or tuple) of tuples encoded, so that calling several coefficient
    functions one after another on the same triples encodes them once."""

    source: object = None
    snapshot: list[Triple] = field(default_factory=list)
    categories: tuple[Hashable, ...] | None = None
    data: RatingData | None = None


_last = _LastEncoding()


def as_data(
    data: RatingData | Iterable[Triple], categories: Sequence[Hashable] | None
) -> RatingData:
    """The encoded data, re-encoded over `categories` when they are given.

    A list or tuple of tuples encoded by the previous call is not encoded again: the same
    object holding equal tuples (compared in C, identity first: milliseconds for a million)
    gives the same encoding. The last list is kept (a shallow copy) until another is encoded.
    """
    if isinstance(data, RatingData):
        return data if categories is None else data.with_categories(categories)
    declared = None if categories is None else tuple(categories)
    if isinstance(data, list | tuple):
        if (
            _last.data is not None
            and data is _last.source
            and declared == _last.categories
            # A tuple cannot change; a list is compared in C (identity first, then ==).
            and (isinstance(data, tuple) or data == _last.snapshot)
        ):
            return _last.data
        encoded = RatingData.from_triples(data, categories=categories)
        if set(map(type, data)) <= {tuple}:
            _last.source, _last.snapshot = data, list(data)
            _last.categories, _last.data = declared, encoded
        return encoded
    return RatingData.from_triples(data, categories=categories)


def _no_pairs_reason(data: RatingData) -> str:
    if data.triples == 0:
        return "there are no ratings"
    annotators = data.n_annotators + len(data.excluded_annotators)
    if annotators == 1:
        who = data.excluded_annotators[0] if data.excluded_annotators else data.annotators[0]
        return f"only one annotator ({who!r}) rated anything, so no item has two ratings"
    return "no item was rated by two or more annotators"


def require_pairs(data: RatingData, name: str) -> None:
    if data.n_items == 0:
        raise UndefinedAgreement(name, _no_pairs_reason(data))


def _require_two_labels(data: RatingData, name: str) -> None:
    """Chance agreement is 1 when every counted rating has the same label: 0/0."""
    used = data.labels_used
    if len(used) < 2:
        raise UndefinedAgreement(
            name,
            f"every counted rating is {used[0]!r}, so chance agreement is 1 and the "
            "coefficient is 0/0",
        )


def _require_two_rated_labels(data: RatingData, name: str) -> None:
    """Chance agreement from every rating is 1 when every rating has the same label: 0/0."""
    rated = data.labels_rated
    if len(rated) < 2:
        raise UndefinedAgreement(
            name,
            f"every rating is {rated[0]!r}, so chance agreement is 1 and the coefficient is 0/0",
        )


def require_two_categories(data: RatingData, name: str) -> None:
    if data.n_categories < 2:
        raise UndefinedAgreement(
            name,
            f"there is only one category ({data.categories[0]!r}); declare the full label set "
            "with `categories`",
        )


def _chance_corrected(observed: float, expected: float) -> float:
    return float((observed - expected) / (1.0 - expected))


# ----------------------------------------------------------------------------- coefficients


def percent_agreement(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Observed agreement: the mean over items of the share of agreeing pairs of ratings.

    ``p_a = (1/n) sum_i sum_k n_ik (n_ik - 1) / (r_i (r_i - 1))``

    Each item weighs the same whatever its number of ratings (irrCAC's ``pa``); items with one
    rating are left out. With two annotators it is the share of items they labelled alike.
    """
    data = as_data(data, categories)
    require_pairs(data, "percent agreement")
    return data.observed_agreement


def krippendorff_alpha(
    data: RatingData | Iterable[Triple],
    *,
    categories: Sequence[Hashable] | None = None,
    level: str = "nominal",
) -> float:
    """Krippendorff's alpha, missing ratings allowed; nominal unless `level` says
    "ordinal", "interval" or "ratio" (then see `weighted.krippendorff_alpha_at`: ordinal
    distances follow the order of `categories`).

    With the coincidence matrix ``o_ck = sum_i (n_ic n_ik - [c=k] n_ic) / (r_i - 1)`` over
    items with ``r_i >= 2`` and ``n_k = sum_c o_ck``, ``N = sum_k n_k``:

    ``alpha = 1 - D_o / D_e = 1 - (N - 1) sum_{c!=k} o_ck / sum_{c!=k} n_c n_k``

    Unpaired ratings (items with one rating) are dropped, as Krippendorff prescribes. Equals
    `krippendorff.alpha(level_of_measurement="nominal")`. Undefined (0/0) when every counted
    rating has the same label; `categories` does not change alpha.
    """
    if level != "nominal":
        from annotator.agreement.weighted import krippendorff_alpha_at

        return krippendorff_alpha_at(data, level, categories=categories)  # type: ignore[arg-type]
    data = as_data(data, categories)
    require_pairs(data, "Krippendorff's alpha")
    _require_two_labels(data, "Krippendorff's alpha")
    totals = data.label_totals.astype(np.float64)
    n = totals.sum()
    observed = data.observed_disagreement
    expected = n * n - (totals * totals).sum()
    return float(1.0 - (n - 1.0) * observed / expected)


def fleiss_kappa(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Fleiss' kappa, in Gwet's form for missing ratings (irrCAC's `CAC.fleiss()`).

    ``p_a`` is `percent_agreement` (items with two or more ratings); ``p_e = sum_k pi_k^2``
    with ``pi_k = (1/n') sum_i n_ik / r_i`` over the ``n'`` items rated **at least once**
    (`RatingData.rated_proportions`): an item rated once has no pair, but its rating still
    tells how often the label is used. ``kappa = (p_a - p_e) / (1 - p_e)``.

    With every item rated by the same number of annotators this is Fleiss (1971) and equals
    `statsmodels.stats.inter_rater.fleiss_kappa`; with missing ratings it equals irrCAC.
    """
    data = as_data(data, categories)
    require_pairs(data, "Fleiss' kappa")
    _require_two_rated_labels(data, "Fleiss' kappa")
    pi = data.rated_proportions
    return _chance_corrected(data.observed_agreement, float((pi * pi).sum()))


def scott_pi(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Scott's pi; with more than two annotators, the multi-pi of Artstein and Poesio (2008).

    ``p_a`` is `percent_agreement` (items with two or more ratings); ``p_e = sum_k (n_k /
    N)^2``, the label shares pooled over **every** rating, items rated once included (as
    Gwet's missing-data forms do for the chance term); ``pi = (p_a - p_e) / (1 - p_e)``.

    With two annotators (items both rated) it is Scott (1955). With more, and every item rated
    by every annotator, it is nltk's `AnnotationTask.pi()` (Siegel and Castellan's K), which
    then also equals Fleiss' kappa. It differs from Fleiss' kappa only when items have
    different numbers of ratings: Fleiss averages each item's shares, Scott pools ratings.
    """
    data = as_data(data, categories)
    require_pairs(data, "Scott's pi")
    _require_two_rated_labels(data, "Scott's pi")
    totals = data.rated_label_totals
    shares = totals / totals.sum()
    return _chance_corrected(data.observed_agreement, float((shares * shares).sum()))


def gwet_ac1(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Gwet's AC1 for nominal data, in Gwet's form for missing ratings.

    ``p_a`` is `percent_agreement` (items with two or more ratings); ``p_e = sum_k pi_k (1 -
    pi_k) / (q - 1)`` with ``pi_k`` over every item rated at least once, as in
    `fleiss_kappa`, and ``q`` the number of categories: declared labels nobody used count,
    so pass the scheme's labels. Equals irrCAC's `CAC(categories=...).gwet()` (Gwet 2014,
    ch. 5) with or without missing ratings. Defined even when one label is used everywhere
    (if ``q >= 2``).
    """
    data = as_data(data, categories)
    require_pairs(data, "Gwet's AC1")
    require_two_categories(data, "Gwet's AC1")
    pi = data.rated_proportions
    expected = float((pi * (1.0 - pi)).sum()) / (data.n_categories - 1)
    return _chance_corrected(data.observed_agreement, expected)


def brennan_prediger(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Brennan and Prediger's coefficient (Bennett's S; nltk's `S()`).

    ``p_a`` is `percent_agreement`; ``p_e = 1 / q`` with ``q`` the number of categories,
    declared labels nobody used included. Equals irrCAC's `CAC(categories=...).bp()`.
    """
    data = as_data(data, categories)
    require_pairs(data, "Brennan-Prediger")
    require_two_categories(data, "Brennan-Prediger")
    return _chance_corrected(data.observed_agreement, 1.0 / data.n_categories)


def conger_kappa(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Conger's kappa (1980): Cohen's kappa for any number of annotators.

    ``p_a`` is `percent_agreement` (items with two or more ratings). With ``p_gk = n_gk /
    n_g`` the share of label ``k`` among **all** of annotator ``g``'s ratings (items rated
    once included, as Gwet's missing-data form has it), ``pbar_k`` its mean over the ``r``
    annotators who rated anything and ``s_k^2`` its sample variance (``ddof=1``):

    ``p_e = sum_k (pbar_k^2 - s_k^2 / r)``, the mean over pairs of annotators of
    ``sum_k p_ak p_bk``, i.e. Davies and Fleiss's kappa (nltk's `multi_kappa()` on complete
    data). Equals irrCAC's `CAC.conger()`; with two annotators and no missing rating it is
    Cohen's kappa.
    """
    data = as_data(data, categories)
    require_pairs(data, "Conger's kappa")
    _require_two_rated_labels(data, "Conger's kappa")
    if len(data.all_annotators) < 2:
        raise UndefinedAgreement("Conger's kappa", "it needs two or more annotators")
    return _chance_corrected(data.observed_agreement, _conger_expected(data))


def _conger_expected(data: RatingData) -> float:
    counts = data.rater_counts.astype(np.float64)
    shares = counts / counts.sum(axis=1, keepdims=True)
    r = len(shares)
    mean = shares.mean(axis=0)
    variance = shares.var(axis=0, ddof=1)
    return float((mean * mean - variance / r).sum())


# ----------------------------------------------------------------------------- pairs


class LabelMatrix(NamedTuple):
    """A square table over `labels`: rows and columns in that order."""

    labels: tuple[Hashable, ...]
    values: np.ndarray


def pair_table(data: RatingData, a: Hashable, b: Hashable) -> np.ndarray:
    """q x q counts of the items annotators a and b both rated: row = a's label."""
    try:
        ja, jb = data.annotators.index(a), data.annotators.index(b)
    except ValueError:
        missing = a if a not in data.annotators else b
        raise UndefinedAgreement(
            "Cohen's kappa", f"annotator {missing!r} has no counted rating"
        ) from None
    x, y = data.profiles[:, ja], data.profiles[:, jb]
    both = (x >= 0) & (y >= 0)
    q = data.n_categories
    cells = x[both].astype(np.int64) * q + y[both]
    table = np.bincount(cells, weights=data.profile_weights[both], minlength=q * q)
    return np.rint(table).astype(np.int64).reshape(q, q)


def confusion_matrix(
    data: RatingData | Iterable[Triple],
    a: Hashable,
    b: Hashable,
    *,
    categories: Sequence[Hashable] | None = None,
) -> LabelMatrix:
    """Counts of items both annotators rated: row = `a`'s label, column = `b`'s label."""
    data = as_data(data, categories)
    return LabelMatrix(data.categories, pair_table(data, a, b))


def kappa_from_table(
    table: np.ndarray | Sequence[Sequence[float]],
    categories: Sequence[Hashable],
    *,
    who: str = "the two annotators",
) -> float:
    """Cohen's kappa of a q x q contingency table: row = one side's label, column = the other's.

    The formula of `cohen_kappa`, for tables counted elsewhere (such as one annotator against
    the others pooled, in the report's suggestions section). `who` names the two sides in
    the reason of an `UndefinedAgreement` (no pair counted, or a single label on both sides).
    """
    table = np.asarray(table, dtype=np.float64)
    total = table.sum()
    if total == 0:
        raise UndefinedAgreement("Cohen's kappa", f"{who} rated no item in common")
    rows, cols = table.sum(axis=1) / total, table.sum(axis=0) / total
    used = np.flatnonzero(rows + cols)
    if len(used) < 2:
        label = categories[int(used[0])]
        raise UndefinedAgreement(
            "Cohen's kappa",
            f"{who} labelled every shared item {label!r}, so chance agreement is 1",
        )
    return _chance_corrected(np.trace(table) / total, float((rows * cols).sum()))


def cohen_kappa(
    data: RatingData | Iterable[Triple],
    annotators: tuple[Hashable, Hashable] | None = None,
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Cohen's kappa between exactly two annotators, on the items both rated.

    ``p_a = sum_k c_kk / m``, ``p_e = sum_k (c_k. / m)(c_.k / m)`` with ``c`` the contingency
    table of the ``m`` shared items; ``kappa = (p_a - p_e) / (1 - p_e)``. Equals
    `sklearn.metrics.cohen_kappa_score` and `statsmodels...cohens_kappa`.

    `annotators` picks the pair; without it the data must have exactly two annotators.
    """
    data = as_data(data, categories)
    if annotators is None:
        require_pairs(data, "Cohen's kappa")
        if data.n_annotators != 2:
            raise UndefinedAgreement(
                "Cohen's kappa",
                f"it needs exactly two annotators and there are {data.n_annotators}; "
                "see the pairwise kappas and their mean (Light's kappa)",
            )
        annotators = (data.annotators[0], data.annotators[1])
    a, b = annotators
    return _kappa_with_names(data, a, b)


def _kappa_with_names(data: RatingData, a: Hashable, b: Hashable) -> float:
    return kappa_from_table(pair_table(data, a, b), data.categories, who=f"{a!r} and {b!r}")


@dataclass(frozen=True)
class PairwiseKappa:
    """Cohen's kappa for every pair of annotators.

    `kappa[i, j]` (symmetric, NaN on the diagonal and where undefined) is the kappa between
    `annotators[i]` and `annotators[j]` on the `shared[i, j]` items both rated; `reasons` says
    why an undefined pair is undefined. `mean` is Light's kappa (None if no pair is defined).
    """

    annotators: tuple[Hashable, ...]
    kappa: np.ndarray
    shared: np.ndarray
    reasons: dict[tuple[Hashable, Hashable], str]
    mean: float | None


def pairwise_cohen_kappa(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> PairwiseKappa:
    """Cohen's kappa of each pair of annotators on the items the pair both rated."""
    data = as_data(data, categories)
    r = data.n_annotators
    kappa = np.full((r, r), np.nan)
    shared = np.zeros((r, r), dtype=np.int64)
    reasons: dict[tuple[Hashable, Hashable], str] = {}
    valid = (data.profiles >= 0).astype(np.float64)
    shared[:] = np.rint(valid.T @ (valid * data.profile_weights[:, None]))
    for i in range(r):
        for j in range(i + 1, r):
            a, b = data.annotators[i], data.annotators[j]
            try:
                kappa[i, j] = kappa[j, i] = _kappa_with_names(data, a, b)
            except UndefinedAgreement as error:
                reasons[(a, b)] = error.reason
    defined = kappa[np.triu_indices(r, 1)]
    defined = defined[~np.isnan(defined)]
    mean = float(defined.mean()) if len(defined) else None
    return PairwiseKappa(data.annotators, kappa, shared, reasons, mean)


def light_kappa(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> float:
    """Light's kappa: the mean of the pairwise Cohen's kappas (nltk's `AnnotationTask.kappa()`).

    Each pair uses the items both annotators rated; pairs whose kappa is undefined (no shared
    item, one label) are left out of the mean.
    """
    data = as_data(data, categories)
    require_pairs(data, "Light's kappa")
    pairs = pairwise_cohen_kappa(data)
    if pairs.mean is None:
        reason = next(iter(pairs.reasons.values()), "no pair of annotators")
        raise UndefinedAgreement("Light's kappa", f"no pair has a defined kappa ({reason})")
    return pairs.mean


# ----------------------------------------------------------------------------- labels


def coincidence_matrix(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> LabelMatrix:
    """Krippendorff's coincidence matrix ``o_ck = sum_i (n_ic n_ik - [c=k] n_ic) / (r_i - 1)``.

    Symmetric; each counted rating contributes a total of 1, so row sums are ``n_k``.
    """
    data = as_data(data, categories)
    counts = data.profile_counts.astype(np.float64)
    weights = data.profile_weights / (counts.sum(axis=1) - 1.0)
    weighted = counts * weights[:, None]
    values = counts.T @ weighted - np.diag(weighted.sum(axis=0))
    return LabelMatrix(data.categories, values)


@dataclass(frozen=True)
class LabelAgreement:
    """Agreement on one label against all the others.

    `alpha` is Krippendorff's alpha with the labels collapsed to this one vs the rest (None
    when undefined, `reason` says why). `specific_agreement` is ``o_kk / n_k``: of the pairs
    in which one rating is this label, the share where the other is too. `count` is ``n_k``.
    """

    label: Hashable
    count: int
    share: float
    alpha: float | None
    specific_agreement: float | None
    reason: str | None = None


def _binary_alpha(o_kk: float, n_k: float, n: float) -> float:
    """Alpha of a label against the rest: ``1 - (N - 1) (n_k - o_kk) / (n_k (N - n_k))``."""
    return 1.0 - (n - 1.0) * (n_k - o_kk) / (n_k * (n - n_k))


def per_label_agreement(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> list[LabelAgreement]:
    """`LabelAgreement` for each category, in category order."""
    data = as_data(data, categories)
    if data.n_items == 0:
        reason = _no_pairs_reason(data)
        return [LabelAgreement(c, 0, 0.0, None, None, reason) for c in data.categories]
    o = coincidence_matrix(data).values
    totals = o.sum(axis=0)
    n = float(totals.sum())
    result = []
    for k, label in enumerate(data.categories):
        n_k, o_kk = float(totals[k]), float(o[k, k])
        count = int(round(n_k))
        if count == 0:
            why = (
                "used only on items rated once"
                if data.single_label_counts[k]
                else "nobody used this label"
            )
            result.append(LabelAgreement(label, 0, 0.0, None, None, why))
        elif count == round(n):
            reason = "every counted rating is this label, so the rest is empty"
            result.append(LabelAgreement(label, count, 1.0, None, o_kk / n_k, reason))
        else:
            alpha = _binary_alpha(o_kk, n_k, n)
            result.append(LabelAgreement(label, count, n_k / n, alpha, o_kk / n_k))
    return result


def label_alpha(
    data: RatingData | Iterable[Triple],
    label: Hashable,
    *,
    categories: Sequence[Hashable] | None = None,
) -> float:
    """Krippendorff's alpha of `label` against the rest (see `per_label_agreement`)."""
    data = as_data(data, categories)
    if label not in data.categories:
        raise ValueError(f"label {label!r} is not among the categories {list(data.categories)!r}")
    require_pairs(data, f"alpha of {label!r}")
    row = per_label_agreement(data)[data.categories.index(label)]
    if row.alpha is None:
        raise UndefinedAgreement(f"alpha of {label!r}", row.reason or "undefined")
    return row.alpha


# ----------------------------------------------------------------------------- all at once


@dataclass(frozen=True)
class CoefficientSpec:
    """One overall coefficient, declared once: the report, its renderers and `compute_all`
    read name and formula from here."""

    key: str
    function: Callable[..., float]
    name: str
    formula: str


SPECS: tuple[CoefficientSpec, ...] = (
    CoefficientSpec(
        "krippendorff_alpha",
        krippendorff_alpha,
        "Krippendorff's alpha",
        "1 - D_o / D_e over the coincidence matrix",
    ),
    CoefficientSpec(
        "fleiss_kappa",
        fleiss_kappa,
        "Fleiss' kappa",
        "p_e = sum_k pi_k^2, pi_k = mean_i n_ik / r_i",
    ),
    CoefficientSpec(
        "cohen_kappa", cohen_kappa, "Cohen's kappa", "two annotators: p_e = sum_k p_ak p_bk"
    ),
    CoefficientSpec(
        "light_kappa", light_kappa, "Light's kappa", "mean of the pairwise Cohen's kappas"
    ),
    CoefficientSpec("scott_pi", scott_pi, "Scott's pi", "p_e = sum_k (n_k / N)^2"),
    CoefficientSpec("gwet_ac1", gwet_ac1, "Gwet's AC1", "p_e = sum_k pi_k (1 - pi_k) / (q - 1)"),
    CoefficientSpec("brennan_prediger", brennan_prediger, "Brennan-Prediger", "p_e = 1 / q"),
    CoefficientSpec(
        "conger_kappa",
        conger_kappa,
        "Conger's kappa",
        "p_e = sum_k (mean_g p_gk^2 - var_g p_gk / r)",
    ),
    CoefficientSpec(
        "percent_agreement",
        percent_agreement,
        "Percent agreement",
        "mean over items of agreeing pairs",
    ),
)
"""Every overall coefficient, in report order. A new one is one entry here (and its test)."""

COEFFICIENTS: dict[str, Callable[..., float]] = {spec.key: spec.function for spec in SPECS}


def compute_all(
    data: RatingData | Iterable[Triple], *, categories: Sequence[Hashable] | None = None
) -> dict[str, float | UndefinedAgreement]:
    """Every overall coefficient, by name: the value, or the `UndefinedAgreement` raised."""
    data = as_data(data, categories)
    result: dict[str, float | UndefinedAgreement] = {}
    for name, function in COEFFICIENTS.items():
        try:
            result[name] = function(data)
        except UndefinedAgreement as error:
            result[name] = error
    return result


# ----------------------------------------------------------------------------- groups


@dataclass(frozen=True)
class GroupAgreement:
    """Krippendorff's alpha and percent agreement within one group of items (an article)."""

    group: Hashable
    items: int
    ratings: int
    alpha: float | None
    percent_agreement: float
    reason: str | None = None


def agreement_by_group(
    data: RatingData | Iterable[Triple],
    group_of: Callable[[Hashable], Hashable],
    *,
    categories: Sequence[Hashable] | None = None,
) -> list[GroupAgreement]:
    """Alpha and percent agreement of the counted items of each group, in first-seen order.

    `group_of(item)` names the group of an item (e.g. ``articles.get``). Each group's alpha
    uses only its own items, so its chance agreement is the group's own label shares.
    """
    data = as_data(data, categories)
    if data.n_items == 0:
        return []
    groups, codes = _factorize(map(group_of, data.items), data.n_items)
    g, q = len(groups), data.n_categories
    counts = data.counts.astype(np.float64)
    size = np.bincount(codes, minlength=g)
    ratings = np.bincount(codes, weights=data.ratings_per_item, minlength=g)
    agree = np.bincount(codes, weights=data.item_agreement, minlength=g) / size
    observed = np.bincount(codes, weights=data.item_disagreement, minlength=g)
    cells = (codes[:, None] * q + np.arange(q)).ravel()
    totals = np.bincount(cells, weights=counts.ravel(), minlength=g * q).reshape(g, q)
    expected = ratings * ratings - (totals * totals).sum(axis=1)
    result = []
    for k, group in enumerate(groups):
        if expected[k] > 0:
            alpha: float | None = float(1.0 - (ratings[k] - 1.0) * observed[k] / expected[k])
            reason = None
        else:
            used = data.categories[int(np.argmax(totals[k]))]
            alpha, reason = None, f"every counted rating is {used!r}"
        result.append(
            GroupAgreement(
                group, int(size[k]), int(round(ratings[k])), alpha, float(agree[k]), reason
            )
        )
    return result
