"""Every sentence grouped in one pass (`annotator repeats --rebuild`, a large first import).

The import groups a batch at a time against what the database holds (`repeat_rows.assign`):
a few probes per new sentence. Done for a whole corpus that way, each sentence's sixteen band
rows land on random pages of a large index: nine minutes for a million sentences. Here the
corpus is read once, and the buckets, candidates and groups are worked out in numpy arrays
(`plan`: about 870 bytes a sentence at the peak), before the write lock is taken; then each
table is written in its key order (`write`).

The rules are the import's, and the rows the same: copies of one normalised text share a
representative (the first by rowid); representatives of at least `MIN_WORDS` words sharing
an LSH bucket are candidates, a bucket holding its first `BUCKET_CAP` members, each sentence
checking the `CANDIDATES` that share the most bands with it (the smallest id first among
equals); a candidate is a near repeat when the Jaccard similarity of the two sentences'
word-bigram hashes (their sketches: `repeats.sketches`) is at least the threshold, the
figures of one are all in the other and both are negated or neither (`repeats.near`). Before
that check, the MinHash signatures estimate the similarity and drop pairs far below the
threshold (a pair at the threshold passes with probability above 1 − 10⁻⁵): most candidates
of a large corpus are sentences alike in a few words only.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from annotator import repeats
from annotator.store.database import Store

_BATCH = 5_000
_CHECK_BATCH = 1 << 16
Progress = Callable[[str, int], None]
"""Told ("read", sentences) as the corpus is read, ("compare", 0) when the candidates are
compared, ("write", 0) when the tables are written (under the write lock)."""
_SIGNATURE_BITS = 8
"""The low 8 bits of each MinHash value are kept to estimate a pair's similarity: two values
of unequal hashes agree by chance once in 256, which moves the estimate by less than 0.004."""


@dataclass
class _Corpus:
    ids: NDArray[np.bytes_]  # per sentence, in rowid order
    digests: NDArray[np.bytes_]  # exact keys, 12 bytes each
    long: NDArray[np.intp]  # indices of the sentences of MIN_WORDS words or more
    keys: list[NDArray[np.int64]]  # their band keys, one array per band
    signatures: NDArray[np.uint8]  # their signatures' low bits, len(long) × NUM_PERM
    bigrams: NDArray[np.uint32]  # their distinct bigram hashes, concatenated (sorted in each)
    offsets: NDArray[np.int64]  # where each one's start in `bigrams`, and the end
    figures: NDArray[np.uint32]  # their figures' hashes (`repeats.figures`), concatenated
    figure_offsets: NDArray[np.int64]
    negated: NDArray[np.bool_]  # whether each holds a negation (`repeats.negated`)

    def keep(self, rows: NDArray[np.intp]) -> None:
        """Keep these of the long sentences only (the representatives: a copy of a text
        is grouped by its exact key), freeing the others' arrays."""
        self.long = self.long[rows]
        self.keys = [keys[rows] for keys in self.keys]
        self.signatures = self.signatures[rows]
        self.bigrams, self.offsets = _take(self.bigrams, self.offsets, rows)
        self.figures, self.figure_offsets = _take(self.figures, self.figure_offsets, rows)
        self.negated = self.negated[rows]


def _take(
    values: NDArray[np.uint32], offsets: NDArray[np.int64], rows: NDArray[np.intp]
) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """These rows of a ragged array (values, with each row's start and the end in
    `offsets`)."""
    sizes = offsets[rows + 1] - offsets[rows]
    step = 1 << 16  # the index arrays of a gather at once stay small
    kept = np.concatenate(
        [np.zeros(0, dtype=np.uint32)]
        + [
            values[_ranges(offsets[rows[i : i + step]], sizes[i : i + step])]
            for i in range(0, len(rows), step)
        ]
    )
    return kept, _offsets(sizes)


def _offsets(sizes: NDArray[np.int64]) -> NDArray[np.int64]:
    """Where each row of a ragged array starts, and the end, from the rows' sizes."""
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    return offsets


def _read(store: Store, count: int, progress: Progress | None = None) -> _Corpus:
    """Every sentence read once, in rowid order. The per-sentence arrays of the long ones are
    allocated for the whole corpus up front (a concatenation at the end would hold them
    twice)."""
    keys = [np.empty(count, dtype=np.int64) for _band in range(repeats.BANDS)]
    signatures = np.empty((count, repeats.NUM_PERM), dtype=np.uint8)
    ids: list[NDArray[np.bytes_]] = []
    digests: list[NDArray[np.bytes_]] = []
    long: list[NDArray[np.intp]] = []
    bigrams: list[NDArray[np.uint32]] = []
    sizes: list[NDArray[np.int64]] = []
    figures: list[int] = []
    figure_sizes: list[int] = []
    negated: list[bool] = []
    low_bits = np.uint64((1 << _SIGNATURE_BITS) - 1)
    cursor = store.conn.cursor()
    cursor.execute("SELECT id, text FROM sentences ORDER BY rowid")
    done = filled = 0
    while rows := cursor.fetchmany(_BATCH):
        batch_digests: list[bytes] = []
        batch_long: list[int] = []
        tokens: list[list[str]] = []
        for number, (_id, text) in enumerate(rows):
            normalized = repeats.normalize(text)
            batch_digests.append(repeats.exact_digest(normalized))
            words = repeats.words(normalized)
            if len(words) >= repeats.MIN_WORDS:
                batch_long.append(done + number)
                tokens.append(words)
                found = repeats.figures(words)
                figures += found
                figure_sizes.append(len(found))
                negated.append(repeats.negated(words))
        ids.append(np.array([row[0].encode() for row in rows], dtype=np.bytes_))
        digests.append(np.array(batch_digests, dtype="S12"))
        long.append(np.array(batch_long, dtype=np.intp))
        for start in range(0, len(tokens), repeats.SIGNATURE_BATCH):
            hashes, counts = repeats.bigram_hashes(tokens[start : start + repeats.SIGNATURE_BATCH])
            full = repeats.minhash(hashes, counts)
            for band, column in enumerate(repeats.band_keys(full).T):
                keys[band][filled : filled + len(counts)] = column
            signatures[filled : filled + len(counts)] = (full & low_bits).astype(np.uint8)
            distinct, size = repeats.distinct_bigrams(hashes, counts)
            bigrams.append(distinct)
            sizes.append(size)
            filled += len(counts)
        done += len(rows)
        if progress:
            progress("read", len(rows))
    return _Corpus(
        np.concatenate([np.zeros(0, dtype="S1"), *ids]),
        np.concatenate([np.zeros(0, dtype="S12"), *digests]),
        np.concatenate([np.zeros(0, dtype=np.intp), *long]),
        [band[:filled] for band in keys],
        signatures[:filled],
        np.concatenate([np.zeros(0, dtype=np.uint32), *bigrams]),
        _offsets(np.concatenate([np.zeros(0, dtype=np.int64), *sizes])),
        np.array(figures, dtype=np.uint32),
        _offsets(np.array(figure_sizes, dtype=np.int64)),
        np.array(negated, dtype=bool),
    )


def _ranges(starts: NDArray[np.int64], lengths: NDArray[np.int64]) -> NDArray[np.int64]:
    """The indices start, start + 1, … of each range, concatenated."""
    ends = np.cumsum(lengths)
    out: NDArray[np.int64] = np.arange(int(ends[-1]) if len(ends) else 0) + np.repeat(
        starts - (ends - lengths), lengths
    )
    return out


def _shared(
    values: NDArray[np.uint32],
    offsets: NDArray[np.int64],
    a: NDArray[np.int64],
    b: NDArray[np.int64],
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """For each pair of rows of a ragged array of sets: how many values they share, and each
    one's size. Both sets tagged with the pair's number and sorted together: a value met twice
    is shared."""
    size_a, size_b = offsets[a + 1] - offsets[a], offsets[b + 1] - offsets[b]
    pair = np.arange(len(a), dtype=np.uint64)
    tagged = np.concatenate(
        [
            (np.repeat(pair, size_a) << np.uint64(32)) | values[_ranges(offsets[a], size_a)],
            (np.repeat(pair, size_b) << np.uint64(32)) | values[_ranges(offsets[b], size_b)],
        ]
    )
    tagged.sort()
    twice = tagged[1:][tagged[1:] == tagged[:-1]]
    shared = np.bincount((twice >> np.uint64(32)).astype(np.intp), minlength=len(a))
    return shared, size_a, size_b


def _near_pairs(
    corpus: _Corpus, a: NDArray[np.int64], b: NDArray[np.int64], threshold: float
) -> NDArray[np.bool_]:
    """Which pairs of rows are near repeats (`repeats.near`, vectorised)."""
    shared, size_a, size_b = _shared(corpus.bigrams, corpus.offsets, a, b)
    alike = shared / (size_a + size_b - shared) >= threshold
    shared, size_a, size_b = _shared(corpus.figures, corpus.figure_offsets, a, b)
    same_polarity = corpus.negated[a] == corpus.negated[b]
    near: NDArray[np.bool_] = alike & same_polarity & (shared == np.minimum(size_a, size_b))
    return near  # and one's figures all in the other's


def _digest_hex(digest: bytes) -> str:
    return digest.ljust(12, b"\0").hex()  # numpy drops a bytes value's trailing NULs


def _buckets(keys: NDArray[np.int64]) -> tuple[NDArray[np.int32], NDArray[np.int32]]:
    """For one band's keys (one per representative, in rowid order): the order that sorts
    them, keeping rowid order among equals, and each sorted row's place in its bucket (32-bit:
    sixteen bands of these are held at once)."""
    order = np.argsort(keys, kind="stable").astype(np.int32)
    return order, _place_in_runs(keys[order]).astype(np.int32)


def _place_in_runs(ordered: NDArray[np.int64]) -> NDArray[np.int64]:
    """For sorted values, each one's place among the equal values before it: 0, 1, 2, …"""
    first = np.ones(len(ordered), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    starts = np.flatnonzero(first)
    out: NDArray[np.int64] = np.arange(len(ordered)) - np.repeat(
        starts, np.diff(np.append(starts, len(ordered)))
    )
    return out


_PAIR_CHUNKS = 1 << 21
"""Candidate pairs are found for a range of representatives at a time, about this many
bucket pairs each: their arrays stay within a few tens of megabytes at any corpus size."""


Buckets = list[tuple[NDArray[np.int32], NDArray[np.int32]]]
"""Per band, `_buckets` of its keys."""


def _candidates(
    buckets: Buckets, names: NDArray[np.bytes_]
) -> Iterator[tuple[NDArray[np.int64], NDArray[np.int64]]]:
    """Candidate pairs (later, earlier) of the representatives (`names`: their ids): each
    checks the first `BUCKET_CAP` members of its buckets before it, and of those the
    `CANDIDATES` that share the most bands with it (the smallest id first among equals, as
    `assign` takes them). By ranges of `later`."""
    from annotator.store.repeat_rows import BUCKET_CAP

    n = len(names)
    per_row = np.zeros(n, dtype=np.int64)
    for order, place in buckets:
        per_row[order] += np.minimum(place, BUCKET_CAP)
    bounds = np.searchsorted(
        np.cumsum(per_row), np.arange(_PAIR_CHUNKS, per_row.sum(), _PAIR_CHUNKS)
    )
    edges = [0, *np.unique(bounds).tolist(), n]
    for low, high in zip(edges, edges[1:], strict=False):
        if high > low:
            yield _candidates_of(buckets, names, low, high)


def _candidates_of(
    buckets: Buckets, names: NDArray[np.bytes_], low: int, high: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    from annotator.store.repeat_rows import BUCKET_CAP, CANDIDATES

    n = len(names)
    codes: list[NDArray[np.int64]] = []
    for order, place in buckets:
        mine = np.flatnonzero((order >= low) & (order < high) & (place > 0))
        counts = np.minimum(place[mine], BUCKET_CAP)
        total = int(counts.sum())
        if not total:
            continue
        member = np.repeat(mine, counts)
        within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        earlier = member - place[member] + within  # sorted position of an earlier member
        codes.append(order[member].astype(np.int64) * n + order[earlier])
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    pairs, shared = np.unique(np.concatenate(codes), return_counts=True)
    later, earlier = pairs // n, pairs % n
    ranked = np.lexsort((names[earlier], -shared, later))  # ties: by id, as `assign` takes them
    later, earlier = later[ranked], earlier[ranked]
    keep = _place_in_runs(later) < CANDIDATES
    return later[keep], earlier[keep]


def _prefilter_bound(threshold: float) -> float:
    """The estimated similarity below which a pair is dropped unchecked: 4.5 standard
    deviations of the estimate under the threshold."""
    spread = math.sqrt(threshold * (1 - threshold) / repeats.NUM_PERM)
    return threshold - 4.5 * spread - 1 / (1 << _SIGNATURE_BITS)


def _likely(
    signatures: NDArray[np.uint8],
    later: NDArray[np.int64],
    earlier: NDArray[np.int64],
    threshold: float,
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    bound = _prefilter_bound(threshold) * repeats.NUM_PERM
    keep = np.zeros(len(later), dtype=bool)
    step = 1 << 18
    for start in range(0, len(later), step):
        a, b = later[start : start + step], earlier[start : start + step]
        keep[start : start + step] = (signatures[a] == signatures[b]).sum(axis=1) >= bound
    return later[keep], earlier[keep]


def _near(
    corpus: _Corpus, buckets: Buckets, threshold: float
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Pairs of near repeats (sentence indices) among the long sentences kept."""
    found = [
        _likely(corpus.signatures, *pairs, threshold)
        for pairs in _candidates(buckets, corpus.ids[corpus.long])
    ]
    if not found:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    later = np.concatenate([pairs[0] for pairs in found])
    earlier = np.concatenate([pairs[1] for pairs in found])
    similar = np.concatenate(
        [np.zeros(0, dtype=bool)]
        + [
            _near_pairs(
                corpus,
                later[start : start + _CHECK_BATCH],
                earlier[start : start + _CHECK_BATCH],
                threshold,
            )
            for start in range(0, len(later), _CHECK_BATCH)
        ]
    )
    return corpus.long[later[similar]], corpus.long[earlier[similar]]


@dataclass
class Plan:
    """The repeat tables of a whole corpus, worked out (`plan`) and not yet written
    (`write`)."""

    corpus: _Corpus
    buckets: Buckets
    distinct: NDArray[np.bytes_]  # the exact digests, sorted
    first: NDArray[np.intp]  # each one's first sentence
    of_sentence: NDArray[np.intp]  # each sentence's component
    grouped: NDArray[np.bool_]  # whether it is in a group of two or more
    smallest: NDArray[np.int64]  # per component, its smallest digest (the group id)
    groups: int


def plan(store: Store, threshold: float, count: int, progress: Progress | None = None) -> Plan:
    """Read the `count` sentences and work out their repeat tables. Nothing is written, so
    this runs outside the write lock: annotators labelling meanwhile wait only for `write`."""
    corpus = _read(store, count, progress)
    if progress:
        progress("compare", 0)
    n = len(corpus.ids)
    distinct, first, node = np.unique(corpus.digests, return_index=True, return_inverse=True)
    node = node.reshape(-1)
    is_first = first[node] == np.arange(n)
    corpus.keep(np.flatnonzero(is_first[corpus.long]))
    buckets = [_buckets(keys) for keys in corpus.keys]
    a, b = _near(corpus, buckets, threshold)
    graph = coo_matrix(
        (np.ones(len(a), dtype=np.int8), (node[a], node[b])), shape=(len(distinct), len(distinct))
    )
    components, component = connected_components(graph, directed=False)
    of_sentence = component[node]
    grouped = np.bincount(of_sentence, minlength=components)[of_sentence] >= 2
    # A group's id is the smallest exact key in it: `distinct` is sorted, so the smallest node.
    smallest = np.full(components, len(distinct), dtype=np.int64)
    np.minimum.at(smallest, component, np.arange(len(distinct)))
    groups = int(len(np.unique(of_sentence[grouped])))
    return Plan(corpus, buckets, distinct, first, of_sentence, grouped, smallest, groups)


def write(store: Store, plan: Plan) -> int:
    """Write a plan into the emptied repeat tables (in the caller's transaction); returns the
    number of groups."""
    from annotator.store.repeat_rows import BUCKET_CAP

    corpus, db = plan.corpus, store.conn
    _write_bands(db, corpus, plan.buckets, BUCKET_CAP)
    by_id = np.argsort(corpus.ids, kind="stable")
    offsets, bigrams = corpus.offsets, corpus.bigrams.astype("<u4", copy=False)
    figure_offsets, figures = corpus.figure_offsets, corpus.figures
    db.executemany(
        "INSERT INTO repeat_sketches (sentence_id, sketch) VALUES (?, ?)",
        (
            (
                corpus.ids[corpus.long[row]].decode(),
                repeats.sketch(
                    figures[figure_offsets[row] : figure_offsets[row + 1]].tolist(),
                    bigrams[offsets[row] : offsets[row + 1]].tobytes(),
                    bool(corpus.negated[row]),
                ),
            )
            for row in np.argsort(corpus.ids[corpus.long], kind="stable").tolist()
        ),
    )
    db.executemany(
        "INSERT INTO repeat_keys (sentence_id, exact) VALUES (?, ?)",
        ((corpus.ids[i].decode(), _digest_hex(corpus.digests[i])) for i in by_id.tolist()),
    )
    db.executemany(
        "INSERT INTO repeat_representatives (exact, sentence_id) VALUES (?, ?)",
        (
            (_digest_hex(digest), corpus.ids[i].decode())
            for digest, i in zip(plan.distinct.tolist(), plan.first.tolist(), strict=True)
        ),
    )
    members = by_id[plan.grouped[by_id]]
    db.executemany(
        "INSERT INTO repeat_groups (sentence_id, group_id) VALUES (?, ?)",
        (
            (
                corpus.ids[i].decode(),
                _digest_hex(plan.distinct[plan.smallest[plan.of_sentence[i]]]),
            )
            for i in members.tolist()
        ),
    )
    return plan.groups


def _write_bands(db: sqlite3.Connection, corpus: _Corpus, buckets: Buckets, cap: int) -> None:
    """Write the band keys of the long representatives, each bucket holding its first `cap`
    members by rowid (as the import fills them), in key order: band by band, those whose keys
    are negative (top bit set) first."""
    half = repeats.BANDS // 2
    for band in [*range(half, repeats.BANDS), *range(half)]:
        keys = corpus.keys[band]
        order, place = buckets[band]
        kept = order[place < cap]
        db.executemany(
            "INSERT OR IGNORE INTO repeat_bands (key, sentence_id) VALUES (?, ?)",
            (
                (key, corpus.ids[i].decode())
                for key, i in zip(keys[kept].tolist(), corpus.long[kept].tolist(), strict=True)
            ),
        )
