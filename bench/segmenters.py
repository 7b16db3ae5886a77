"""Compare sentence segmenters on the seed articles: boundary precision/recall/F1 and speed.

    python bench/segmenters.py [--size-mb 1] [--runs 5]

A *boundary* is the end offset of a sentence (just after its last non-whitespace character),
for every sentence of a file except the last one (the end of the text is not a decision).
Precision, recall and F1 are micro-averaged over the files of two gold sets:
- seeds: the five sample articles, tests/data/seed_gold.jsonl (the rules were written looking
  at them, so this score is optimistic for "ours");
- unseen: tests/data/unseen_segments.jsonl, twelve invented French news texts (Le Monde-style
  quotes, AFP datelines, interviews, lists, hard-wrapped text, web boilerplate, scraping
  glitches), segmented by hand before being run through any segmenter.
"Sentences" is the share of gold sentences whose both boundaries (the previous
sentence's end and its own end) are found, i.e. sentences the segmenter gets exactly right up
to leading/trailing whitespace and bullet markers.

Each candidate runs on the raw text and "lines first": applied to each non-blank line
separately. Libraries that return strings are aligned back to offsets by counting
non-whitespace characters, so a library that collapses spaces is still scored fairly.
Speed: median of several runs over a ~1 MB text made by repeating the five articles.
Candidates that are not installed are reported as skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

Segmenter = Callable[[str], list[tuple[int, int]]]


def load_ours() -> Segmenter:
    # By path: the segmenter is stdlib-only and must not need the rest of the package.
    spec = importlib.util.spec_from_file_location(
        "annotator_segment", ROOT / "annotator" / "ingest" / "segment.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return lambda text: [(s.start, s.end) for s in module.segment(text)]


def align(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of `pieces` (consecutive sentences of `text`) found by counting non-space chars."""
    positions = [i for i, c in enumerate(text) if not c.isspace()]
    spans = []
    seen = 0
    for piece in pieces:
        count = sum(1 for c in piece if not c.isspace())
        if count == 0 or seen >= len(positions):
            continue
        last = min(seen + count, len(positions)) - 1
        spans.append((positions[seen], positions[last] + 1))
        seen += count
    return spans


def load_pysbd() -> Segmenter:
    import pysbd

    segmenter = pysbd.Segmenter(language="fr", clean=False)
    return lambda text: align(text, segmenter.segment(text))


def load_sentencex() -> Segmenter:
    from sentencex import segment

    return lambda text: align(text, segment("fr", text))


def load_sentence_splitter() -> Segmenter:
    from sentence_splitter import SentenceSplitter

    splitter = SentenceSplitter(language="fr")
    return lambda text: align(text, splitter.split(text))


def load_syntok() -> Segmenter:
    from syntok import segmenter

    def run(text: str) -> list[tuple[int, int]]:
        return [
            (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
            for paragraph in segmenter.analyze(text)
            for sentence in paragraph
            if sentence
        ]

    return run


def load_choppa() -> Segmenter:
    from choppa import DEFAULT_SRX_RULESET, SrxDocument
    from choppa.iterators import SrxTextIterator

    document = SrxDocument(ruleset=DEFAULT_SRX_RULESET)  # LanguageTool's segment.srx
    return lambda text: align(text, SrxTextIterator(document, "fr", text))


CANDIDATES: dict[str, Callable[[], Segmenter]] = {
    "ours (annotator.ingest.segment)": load_ours,
    "choppa-srx (LanguageTool fr)": load_choppa,
    "sentence-splitter fr": load_sentence_splitter,
    "pysbd fr": load_pysbd,
    "sentencex fr": load_sentencex,
    "syntok": load_syntok,
}


def lines_first(run: Segmenter) -> Segmenter:
    """Apply `run` to each non-blank line separately."""

    def wrapped(text: str) -> list[tuple[int, int]]:
        spans = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                spans.extend((offset + s, offset + e) for s, e in run(line))
            offset += len(line) + 1
        return spans

    return wrapped


Gold = dict[str, tuple[str, list[tuple[int, int]]]]


def load_seed_gold() -> Gold:
    rows: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with open(DATA / "seed_gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["file"]].append((row["start"], row["end"]))
    gold = {}
    for name, spans in rows.items():
        with open(DATA / "seeds" / name, encoding="utf-8") as fh:
            gold[name] = (fh.read(), sorted(spans))
    return gold


def load_unseen_gold() -> Gold:
    gold = {}
    with open(DATA / "unseen_segments.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold[row["id"]] = (row["text"], [tuple(span) for span in row["spans"]])
    return gold


def boundaries(spans: list[tuple[int, int]]) -> set[int]:
    """Sentence ends, without the last one (the end of the text)."""
    ends = sorted({end for _start, end in spans})
    return set(ends[:-1])


def score(run: Segmenter, gold: Gold) -> dict[str, float]:
    tp = n_pred = n_gold = right = total = 0
    for text, spans in gold.values():
        expected = boundaries(spans)
        predicted = boundaries(run(text))
        tp += len(expected & predicted)
        n_pred += len(predicted)
        n_gold += len(expected)
        ends = [end for _start, end in spans]
        for i, end in enumerate(ends):
            total += 1
            end_ok = i == len(ends) - 1 or end in predicted
            start_ok = i == 0 or ends[i - 1] in predicted
            right += end_ok and start_ok
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "sentences": right / total}


def speed(run: Segmenter, corpus: str, runs: int) -> float:
    """MB/s (UTF-8 bytes), median of `runs` timings."""
    size = len(corpus.encode("utf-8")) / 1e6
    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run(corpus)
        timings.append(time.perf_counter() - t0)
    return size / statistics.median(timings)


def make_corpus(gold: Gold, size_mb: float) -> str:
    block = "\n\n".join(text for text, _spans in gold.values()) + "\n\n"
    repeat = max(1, round(size_mb * 1e6 / len(block.encode("utf-8"))))
    return block * repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="speed corpus size")
    parser.add_argument("--runs", type=int, default=5, help="timing runs (median)")
    args = parser.parse_args()

    seeds, unseen = load_seed_gold(), load_unseen_gold()
    corpus = make_corpus(seeds, args.size_mb)
    for label, gold in (("seeds", seeds), ("unseen", unseen)):
        n_sentences = sum(len(spans) for _text, spans in gold.values())
        n_boundaries = sum(len(boundaries(spans)) for _text, spans in gold.values())
        print(f"{label}: {len(gold)} texts, {n_sentences} sentences, {n_boundaries} boundaries")
    size = len(corpus.encode("utf-8")) / 1e6
    print(f"speed: {size:.2f} MB of repeated seed articles, median of {args.runs} runs\n")
    print(
        "| segmenter | mode | seeds P | seeds R | seeds F1 | seeds sent. "
        "| unseen P | unseen R | unseen F1 | unseen sent. | MB/s |"
    )
    print("|---|---|" + "---:|" * 9)
    results = []
    for name, loader in CANDIDATES.items():
        try:
            base = loader()
        except ImportError as error:
            print(f"| {name} | skipped ({error}) |" + " – |" * 9)
            continue
        for mode, run in (("raw", base), ("lines first", lines_first(base))):
            cells = []
            f1s = []
            for gold in (seeds, unseen):
                m = score(run, gold)
                f1s.append(m["f1"])
                cells += [
                    f"{m['p']:.3f}",
                    f"{m['r']:.3f}",
                    f"{m['f1']:.3f}",
                    f"{m['sentences']:.3f}",
                ]
            mbps = speed(run, corpus, args.runs)
            results.append((sum(f1s) / 2, mbps, name, mode))
            print(f"| {name} | {mode} | " + " | ".join(cells) + f" | {mbps:.2f} |", flush=True)
    if results:
        f1, mbps, name, mode = max(results)
        print(
            f"\nWinner (best mean F1 over seeds and unseen, then speed): {name}, {mode}: "
            f"mean F1 {f1:.3f}, {mbps:.2f} MB/s"
        )


if __name__ == "__main__":
    main()
