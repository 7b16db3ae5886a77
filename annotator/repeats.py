"""Repeated claims: the same sentence across articles, exact or nearly (one dispatch reprinted
by several outlets, with other quotation marks, a word changed).

Pure functions, no store: the normalised text and its key (exact repeats), word-bigram
shingles, their MinHash signatures and LSH band hashes (near repeats: candidates that are
then checked by the exact Jaccard similarity of their shingles).

MinHash is computed here for a whole batch with numpy: datasketch's `MinHash.bulk` loops per
sentence in Python (about 70 µs a sentence on this machine, three times what an import spends
on a sentence); the same scheme — a 32-bit hash per word bigram (made from its two words'
CRC-32), `NUM_PERM` universal hashes (multiply-shift: `(a·h + b) >> 32` on 64 bits), the
minimum per sentence — vectorised over a batch costs a few µs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from annotator.repeat_furniture import MIN_WORDS as MIN_WORDS  # re-exported

THRESHOLD = 0.6
"""Near repeats: Jaccard similarity of word-bigram sets at least this. Chosen on the reprint
fixture (tests/data/reprints/): 0.3–0.4 let an unrelated sentence in, 0.5–0.6 group all 18
shared pairs and nothing else, 0.7 misses one (README, "Repeated claims")."""
NUM_PERM = 48
BANDS, ROWS = 16, 3
"""LSH: 16 bands of 3 values. A pair at Jaccard 0.6 becomes a candidate with probability
1 − (1 − 0.6³)¹⁶ ≈ 0.98, at 0.64 with 0.99, at 0.7 with 0.999, at 0.3 with 0.36 (then
rejected by the exact check). 16 bands of 4 (0.89 at 0.6) and 10 of 3 (0.91) each missed a
pair of the reprint fixture at 0.64 now and then, as the seed of the hashes fell."""

_random = np.random.RandomState(1)
_A = _random.randint(1, 1 << 63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)  # odd
_B = _random.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
_SHIFT = np.uint64(32)
_MIX = np.uint64(0x9E3779B97F4A7C15)

_MARKS = (
    *((mark, '"') for mark in "«»“”„‟‹›＂"),
    *((mark, "'") for mark in "’‘‚‛`´′ʼ"),
    *((mark, "-") for mark in "‐‑‒–—―−"),
)
"""Quotation marks, apostrophes and dashes, each to its plain form. Replaced one by one where
present: `str.translate` with a table took ten times as long (10 µs a sentence)."""
_AROUND_QUOTE = re.compile(r'\s*"\s*')
_DIGIT_GROUP = re.compile(r"(?<=\d)[\s.,'](?=\d{3}(?!\d))")
_DIGITS = re.compile(r"\d[\s.,']\d")
_BEFORE_PUNCT = re.compile(r"\s+(?=[:;!?,.)\]])")
_WORD = re.compile(r"\w+(?:['-]\w+)*")


def normalize(text: str) -> str:
    """The text two copies of one sentence share: case, quotation marks, apostrophes,
    dashes, spaces (non-breaking ones too) and digit separators ("11 000", "11.000")
    made the same."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)  # non-breaking spaces become plain ones
    text = text.casefold()
    for mark, plain in _MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    text = " ".join(text.split())  # every run of whitespace (as `\s+`) to one space
    if _DIGITS.search(text):
        text = _DIGIT_GROUP.sub("", text)
    if '"' in text:
        text = _AROUND_QUOTE.sub('"', text)
    text = _BEFORE_PUNCT.sub("", text)  # "déclaré :" and "déclaré:"
    return text.strip()


def exact_digest(normalized: str) -> bytes:
    return hashlib.blake2b(normalized.encode(), digest_size=12).digest()


def exact_key(normalized: str) -> str:
    """The key copies of one text share in the database: its digest in hex."""
    return exact_digest(normalized).hex()


def words(normalized: str) -> list[str]:
    return _WORD.findall(normalized)


def shingles(tokens: Sequence[str]) -> set[str]:
    """Word bigrams (a one-word sentence: the word)."""
    if len(tokens) < 2:
        return set(tokens)
    return {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}


def jaccard(a: set[str] | set[int], b: set[str] | set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


SIGNATURE_BATCH = 1024
"""Sentences hashed at once: their bigrams × hashes matrix stays in the CPU's cache."""


def signatures(token_lists: Sequence[Sequence[str]]) -> NDArray[np.uint64]:
    """MinHash signatures of the word-bigram sets of tokenised sentences (one row of
    `NUM_PERM` values each; every sentence at least two words)."""
    if len(token_lists) > SIGNATURE_BATCH:  # the bigrams × hashes matrix stays in cache
        return np.concatenate(
            [
                signatures(token_lists[start : start + SIGNATURE_BATCH])
                for start in range(0, len(token_lists), SIGNATURE_BATCH)
            ]
        )
    return minhash(*bigram_hashes(token_lists))


def bigram_hashes(
    token_lists: Sequence[Sequence[str]],
) -> tuple[NDArray[np.uint64], NDArray[np.int64]]:
    """A 32-bit hash of every word bigram of these sentences (every one at least two words),
    concatenated, and how many each sentence has.

    A bigram's hash is made from its two words' CRC-32 in numpy, not by hashing its text:
    each word is hashed once, and no set of strings is built."""
    sizes = np.fromiter((len(t) for t in token_lists), dtype=np.int64, count=len(token_lists))
    words = np.fromiter(
        (zlib.crc32(token.encode()) for tokens in token_lists for token in tokens),
        dtype=np.uint64,
        count=int(sizes.sum()),
    )
    last = np.zeros(len(words), dtype=bool)
    last[np.cumsum(sizes) - 1] = True  # a sentence's last word starts no bigram
    first_words = np.flatnonzero(~last)
    with np.errstate(over="ignore"):
        hashes = ((words[first_words] * _MIX) ^ words[first_words + 1]) & np.uint64(0xFFFFFFFF)
    return hashes, sizes - 1


def minhash(hashes: NDArray[np.uint64], counts: NDArray[np.int64]) -> NDArray[np.uint64]:
    """The MinHash signature of each sentence's bigrams (`bigram_hashes`). The minimum over a
    sentence's bigrams is the same whether a bigram occurs once or twice, so this is the
    MinHash of the set that `shingles` gives."""
    if not len(counts):
        return np.zeros((0, NUM_PERM), dtype=np.uint64)
    with np.errstate(over="ignore"):
        values = (hashes[:, None] * _A[None, :] + _B[None, :]) >> _SHIFT
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    out: NDArray[np.uint64] = np.minimum.reduceat(values, starts, axis=0)
    return out


def distinct_bigrams(
    hashes: NDArray[np.uint64], counts: NDArray[np.int64]
) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """Each sentence's bigram hashes (`bigram_hashes`) without repeats, sorted, concatenated;
    and how many each sentence keeps."""
    owner = np.repeat(np.arange(len(counts), dtype=np.uint64), counts)
    tagged = np.unique((owner << np.uint64(32)) | hashes)
    size = np.bincount((tagged >> np.uint64(32)).astype(np.intp), minlength=len(counts))
    return (tagged & np.uint64(0xFFFFFFFF)).astype(np.uint32), size.astype(np.int64)


_HAS_DIGIT = re.compile(r"\d")


def figures(tokens: Sequence[str]) -> list[int]:
    """The CRC-32 of each distinct word that holds a digit (a figure, a date, a score),
    sorted. Two sentences alike in every word but a figure make two claims ("12 morts",
    "15 morts"): they are near repeats only when the figures of one are all in the other (a
    reprint that drops a clause drops its figures; an update changes them). At most 127 (what
    a sketch holds)."""
    if not _HAS_DIGIT.search(" ".join(tokens)):  # most sentences: one search, not one a word
        return []
    return sorted({zlib.crc32(t.encode()) for t in tokens if _HAS_DIGIT.search(t)})[:127]


_NEGATIONS = frozenset(["ne", "pas", "jamais", "aucun", "aucune", "ni", "non", "nullement"])


def negated(tokens: Sequence[str]) -> bool:
    """Whether a sentence holds a negation ("ne … pas", "n'a jamais", "aucun"): a reprint
    keeps it, and adding or dropping one makes the opposite claim ("a confirmé", "n'a pas
    confirmé"), so near repeats must agree on it."""
    return any(t in _NEGATIONS or t.startswith("n'") for t in tokens)


_FIGURES_IN_HEAD = 127
_NEGATED_BIT = 0x80


def sketch(figure_hashes: Sequence[int], bigrams: bytes, is_negated: bool = False) -> bytes:
    """What the database keeps of a representative to check a near repeat without its text:
    one byte (its negation in the top bit, the number of its figures below), the figures'
    hashes, then its distinct bigram hashes (little-endian 32-bit values)."""
    head = list(figure_hashes[:_FIGURES_IN_HEAD])
    flag = _NEGATED_BIT if is_negated else 0
    return bytes([flag | len(head)]) + np.array(head, dtype="<u4").tobytes() + bigrams


def sketches(token_lists: Sequence[Sequence[str]]) -> list[bytes]:
    """`sketch` of each tokenised sentence (every one at least two words)."""
    out: list[bytes] = []
    for start in range(0, len(token_lists), SIGNATURE_BATCH):
        chunk = token_lists[start : start + SIGNATURE_BATCH]
        values, sizes = distinct_bigrams(*bigram_hashes(chunk))
        ends = np.cumsum(sizes).tolist()
        raw = values.astype("<u4").tobytes()
        out += [
            sketch(figures(tokens), raw[4 * a : 4 * b], negated(tokens))
            for tokens, a, b in zip(chunk, [0, *ends[:-1]], ends, strict=True)
        ]
    return out


def near(a: bytes, b: bytes, threshold: float) -> bool:
    """Whether two sketched sentences are near repeats: both negated or neither, the figures
    of one all in the other, and the Jaccard similarity of their bigrams (exact, unless two
    distinct bigrams share a 32-bit hash: once in billions) at least `threshold`."""
    if (a[0] ^ b[0]) & _NEGATED_BIT:
        return False
    figures_a, bigrams_a = _sketch_parts(a)
    figures_b, bigrams_b = _sketch_parts(b)
    if not (figures_a <= figures_b or figures_b <= figures_a):
        return False
    return jaccard(bigrams_a, bigrams_b) >= threshold


def _sketch_parts(sketch: bytes) -> tuple[set[int], set[int]]:
    values = np.frombuffer(sketch, dtype="<u4", offset=1).tolist()
    count = sketch[0] & ~_NEGATED_BIT
    return set(values[:count]), set(values[count:])


_BAND_BITS = np.uint64(60)
_HASH_MASK = np.uint64((1 << 60) - 1)


def band_keys(signature_rows: NDArray[np.uint64]) -> NDArray[np.int64]:
    """One 64-bit key per (sentence, band): rows × `BANDS`, as SQLite integers; the band is
    in the top four bits, so one index of keys holds every band."""
    hashes = band_hashes(signature_rows).view(np.uint64)
    bands = np.arange(BANDS, dtype=np.uint64)[None, :] << _BAND_BITS
    out: NDArray[np.int64] = ((hashes & _HASH_MASK) | bands).view(np.int64)
    return out


def band_hashes(signature_rows: NDArray[np.uint64]) -> NDArray[np.int64]:
    """One 64-bit hash per (sentence, band): rows × `BANDS`, as SQLite integers."""
    bands = signature_rows.reshape(len(signature_rows), BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = np.zeros(bands.shape[:2], dtype=np.uint64)
        for i in range(ROWS):
            h = (h ^ bands[:, :, i]) * _MIX
            h ^= h >> np.uint64(29)
    out: NDArray[np.int64] = h.view(np.int64)
    return out
