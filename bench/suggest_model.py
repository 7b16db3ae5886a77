"""Benchmark: the learned suggester (`annotator train`) beside the rules, measured honestly.

    python bench/suggest_model.py [--quick] [--split-at blind128]

1. Leave one gold set out (tests/data/*_gold.jsonl): train on the others, test on it; the
   rules alone, the model on the text alone, one regression over text and rules (the learner
   before stacking), and the stacked model + rules (what `train` stores).
   Every set is seen as the rules first met it: each gold line records the rules' suggestion
   at its set's first run (`rules_at_first_run`, written by first_run_rules.py), and that is
   what `annotator train` learns from and what "rules alone" scores here (today's rules were
   fixed on these sets: their figure on them, flattering, is printed first). Per label
   P/R/F1, macro-F1, kappa; and the calibration of the model's confidence (expected
   calibration error, 10 bins).
2. Replayed first runs (bench/data/rules_at_first_run.jsonl): at the commit that added set
   X, the rules had seen only the sets before X: train on those (each with its own first
   run as features, as `train` does) and test on X, as a new corpus meets the rules. This
   is the figure that counts for news the tool has never seen.
3. A learning curve: macro-F1 on the left-out set after 100, 200, 500 and 1,000 training
   sentences (drawn at random, seeded; mean over the left-out sets).
4. The learner, chosen by measurement: the stacked regressions (ours), one regression, a
   linear SVM and complement naive Bayes on one matrix of text and rules, in (1); and seconds
   to train on all sets. Folds run two at a time (joblib), one per core.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.learn.classifier import Classifier  # noqa: E402
from annotator.learn.features import examples  # noqa: E402
from annotator.learn.training import Labelled, Scores, from_gold_file, score  # noqa: E402
from annotator.schemes import CLAIMS  # noqa: E402
from annotator.suggest.evaluate import RecordedRules, read_gold, suggest_gold  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
SETS = [
    "seed",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
    "blind63",
    "blind64",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind69",
    "blind70",
    "blind71",
    "blind72",
    "blind73",
    "blind74",
    "blind75",
    "blind76",
    "blind77",
    "blind78",
    "blind79",
    "blind80",
    "blind81",
    "blind82",
    "blind83",
    "blind84",
    "blind85",
    "blind86",
    "blind87",
    "blind88",
    "blind89",
    "blind90",
    "blind91",
    "blind92",
    "blind93",
    "blind94",
    "blind95",
    "blind96",
    "blind97",
    "blind98",
    "blind99",
    "blind100",
    "blind101",
    "blind102",
    "blind103",
    "blind104",
    "blind105",
    "blind106",
    "blind107",
    "blind108",
    "blind109",
    "blind110",
    "blind111",
    "blind112",
    "blind113",
    "blind114",
    "blind115",
    "blind116",
    "blind117",
    "blind118",
    "blind119",
    "blind120",
    "blind121",
    "blind122",
    "blind123",
    "blind124",
    "blind125",
    "blind126",
    "blind127",
    "blind128",
    "blind129",
    "blind130",
    "blind131",
    "blind132",
    "blind133",
    "blind134",
    "blind135",
    "blind136",
    "blind137",
    "blind138",
    "blind139",
    "blind140",
    "blind141",
    "blind142",
    "blind143",
    "blind144",
    "blind145",
    "blind146",
    "blind147",
    "blind148",
    "blind149",
    "blind150",
    "blind151",
    "blind152",
    "blind153",
    "blind154",
    "blind155",
    "blind156",
    "blind157",
    "blind158",
    "blind159",
    "blind160",
    "blind161",
    "blind162",
    "blind163",
    "blind164",
    "blind165",
    "blind166",
    "blind167",
    "blind168",
    "blind169",
    "blind170",
    "blind171",
    "blind172",
    "blind173",
    "blind174",
    "blind175",
    "blind176",
    "blind177",
    "blind178",
    "blind179",
    "blind180",
    "blind181",
    "blind182",
    "blind183",
    "blind184",
    "blind185",
    "blind186",
    "blind187",
    "blind188",
    "blind189",
    "blind190",
    "blind191",
    "blind192",
    "blind193",
    "blind194",
    "blind195",
    "blind196",
    "blind197",
    "blind198",
    "blind199",
    "blind200",
    "blind201",
    "blind202",
    "blind203",
    "blind204",
    "blind205",
    "blind206",
    "blind207",
    "blind208",
    "blind209",
    "blind210",
    "blind211",
    "blind212",
    "blind213",
    "blind214",
    "blind215",
    "blind216",
    "blind217",
    "blind218",
    "blind219",
    "blind220",
    "blind221",
    "blind222",
    "blind223",
    "blind224",
    "blind225",
    "blind226",
    "blind227",
]
LABELS = CLAIMS.names

Predict = Callable[[list[Labelled], list[Labelled]], list[str]]
JOBS = 2
"""Folds run side by side (joblib, one process per core of this 2-core machine)."""


def stacked(train: list[Labelled], test: list[Labelled]) -> NDArray[np.float64]:
    """What `annotator train` stores (text, then text + rules): calibrated probabilities."""
    model = Classifier.fit(
        [i.example for i in train], [i.label for i in train], groups=[i.group for i in train]
    )
    assert model.held_out is not None
    model.calibrate(model.held_out, [i.label for i in train])
    p = model.probabilities([i.example for i in test])
    return p[:, [model.labels.index(label) for label in LABELS if label in model.labels]]


def _labels_of(p: NDArray[np.float64], train: list[Labelled]) -> list[str]:
    present = [label for label in LABELS if label in {i.label for i in train}]
    return [present[int(row.argmax())] for row in p]


def fit_predict(use_rules: bool) -> Predict:
    def run(train: list[Labelled], test: list[Labelled]) -> list[str]:
        if use_rules:
            return _labels_of(stacked(train, test), train)
        model = Classifier.fit(
            [i.example for i in train], [i.label for i in train], use_rules=False
        )
        p = model.probabilities([i.example for i in test])
        return [model.labels[int(row.argmax())] for row in p]

    return run


def one_regression(kind: str = "lr") -> Predict:
    """The learner before stacking (model format 1): one regression over the text's n-grams
    and the rules' features together; or a linear SVM / complement naive Bayes on them."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC

    from annotator.learn.classifier import _CHARS, _WORDS
    from annotator.learn.features import rule_features

    def run(train: list[Labelled], test: list[Labelled]) -> list[str]:
        words, chars, rules = TfidfVectorizer(**_WORDS), TfidfVectorizer(**_CHARS), DictVectorizer()
        tx, sx = [i.example.text for i in train], [i.example.text for i in test]
        x = sp.hstack(
            [
                words.fit_transform(tx),
                chars.fit_transform(tx),
                rules.fit_transform([rule_features(i.example) for i in train]),
            ]
        ).tocsr()
        y = sp.hstack(
            [
                words.transform(sx),
                chars.transform(sx),
                rules.transform([rule_features(i.example) for i in test]),
            ]
        ).tocsr()
        learner: Any = {
            "lr": lambda: LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000),
            "svm": lambda: LinearSVC(C=0.5, class_weight="balanced"),
            "nb": lambda: ComplementNB(alpha=0.3),
        }[kind]()
        learner.fit(x, [i.label for i in train])
        return [str(label) for label in learner.predict(y)]

    return run


def rules_only(_train: list[Labelled], test: list[Labelled]) -> list[str]:
    return [i.example.rules.label for i in test]


def row(name: str, s: Scores) -> str:
    per = " ".join(f"{100 * (x.f1 or 0):5.1f}" for x in s.labels)
    contested = next(x for x in s.labels if x.label == "contested")
    kappa = f"{s.kappa:.3f}" if s.kappa is not None else "  —  "
    return (
        f"  {name:<24} {per}   {100 * s.macro_f1:5.1f}   {kappa}   "
        f"{100 * (contested.recall or 0):5.1f}"
    )


HEADER = (
    f"  {'':<24} "
    + " ".join(f"{label[:5]:>5}" for label in LABELS)
    + "   macro   kappa   contested R   (F1 %)"
)


def ece(confidence: Sequence[float], right: Sequence[bool], bins: int = 10) -> float:
    c, r = np.array(confidence), np.array(right, dtype=float)
    total = 0.0
    for k in range(bins):
        inside = (c > k / bins) & (c <= (k + 1) / bins)
        if inside.any():
            total += inside.mean() * abs(c[inside].mean() - r[inside].mean())
    return total


# ---------------------------------------------------------------------- 1. LOSO


def _held_set(
    methods: dict[str, Predict], train: list[Labelled], test: list[Labelled]
) -> tuple[dict[str, list[str]], NDArray[np.float64]]:
    out = {name: method(train, test) for name, method in methods.items()}
    p = stacked(train, test)
    out["stacked model + rules"] = _labels_of(p, train)
    return out, p


def leave_one_set_out(
    sets: dict[str, list[Labelled]], quick: bool, split_at: str | None = None
) -> None:
    print("1. Leave one gold set out, every set with the rules' first run on it as features")
    print(HEADER)
    today = [
        (g.label, s.label)
        for name in SETS
        for g, s in zip(
            read_gold(DATA / f"{name}_gold.jsonl"),
            suggest_gold(read_gold(DATA / f"{name}_gold.jsonl")),
            strict=True,
        )
    ]
    print(
        row(
            "today's rules (flatter)",
            score([g for g, _ in today], [p for _, p in today], LABELS),
        )
    )
    methods: dict[str, Predict] = {
        "rules alone": rules_only,
        "model, text alone": fit_predict(False),
        "one regression (before)": one_regression(),
    }
    if not quick:
        methods["linear SVM, one matrix"] = one_regression("svm")
        methods["compl. NB, one matrix"] = one_regression("nb")
    runs = Parallel(n_jobs=JOBS)(
        delayed(_held_set)(
            methods, [i for n, items in sets.items() if n != held for i in items], sets[held]
        )
        for held in sets
    )
    gold = [i.label for held in sets for i in sets[held]]
    for name in [*methods, "stacked model + rules"]:
        predicted = [label for run, _p in runs for label in run[name]]
        print(row(name, score(gold, predicted, LABELS)))
    # calibration of the stored model's confidence, on the left-out sets
    confidence = [float(r.max()) for _run, p in runs for r in p]
    right = [
        label == g
        for label, g in zip(
            [label for run, _p in runs for label in run["stacked model + rules"]],
            gold,
            strict=True,
        )
    ]
    print(f"  calibration (temperature fitted in training): ECE {ece(confidence, right):.3f}")
    if split_at is not None and split_at in sets:
        # Newer sets can be easier (or harder) for the rules than older ones, which moves
        # every pooled figure: the same folds, scored on each side of a set.
        names = list(sets)
        cut = names.index(split_at)
        for title, side in (
            (f"sets before {split_at}", names[:cut]),
            (f"{split_at} on", names[cut:]),
        ):
            print(f"  {title} ({len(side)} sets):")
            for name in ("rules alone", "stacked model + rules"):
                g = [i.label for n in side for i in sets[n]]
                predicted = [
                    label
                    for n, (run, _p) in zip(names, runs, strict=True)
                    if n in side
                    for label in run[name]
                ]
                print(row(name, score(g, predicted, LABELS)))


# ---------------------------------------------------------------------- 2. replay


def _replay_one(train: list[Labelled], test: list[Labelled]) -> dict[str, list[str]]:
    return {
        "rules alone": rules_only(train, test),
        "model, text alone": fit_predict(False)(train, test),
        "one regression (before)": one_regression()(train, test),
        "stacked model + rules": fit_predict(True)(train, test),
    }


def replayed(first: dict[str, dict[str, list[Labelled]]]) -> None:
    print(
        "\n2. Replayed first runs: trained on the sets before X, tested on X as the rules "
        "first met it"
    )
    print(HEADER)
    jobs = []
    for x in SETS[1:]:
        k = SETS.index(x)
        # each earlier set as the rules first met it, as `annotator train` learns (the sample
        # articles have no first run: the rules were written on them)
        train = [i for n in SETS[:k] for i in (first[n][n] if n in first else first[x][n])]
        jobs.append((x, train, first[x][x]))
    runs = Parallel(n_jobs=JOBS)(delayed(_replay_one)(train, test) for _x, train, test in jobs)
    totals: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (x, train, test), run in zip(jobs, runs, strict=True):
        gold = [i.label for i in test]
        for name, p in run.items():
            totals[name][0].extend(gold)
            totals[name][1].extend(p)
            s = score(gold, p, LABELS)
            print(f"  {x:<8} train {len(train):>5} test {len(test):>4}  " + row(name, s)[2:])
    print("  all first runs:")
    for name, (gold, p) in totals.items():
        print(row(name, score(gold, p, LABELS)))


# ---------------------------------------------------------------------- 3. curve


def _curve_cell(pick: list[Labelled], test: list[Labelled], use_rules: bool) -> float | None:
    if len({i.label for i in pick}) < 2:
        return None
    p = fit_predict(use_rules)(pick, test)
    return score([i.label for i in test], p, LABELS).macro_f1


def learning_curve(sets: dict[str, list[Labelled]], sizes: Sequence[int]) -> None:
    print("\n3. Learning curve: macro-F1 % on the left-out set (mean over sets)")
    rng = np.random.default_rng(0)
    print(f"  {'training sentences':<24} " + " ".join(f"{n:>7}" for n in sizes))
    for name, use_rules in (("model, text alone", False), ("model + rules (ours)", True)):
        cells = []
        for n in sizes:
            jobs = []
            for held in sets:
                pool = [i for s, items in sets.items() if s != held for i in items]
                if n > len(pool):
                    continue
                pick = [pool[j] for j in rng.choice(len(pool), size=n, replace=False)]
                jobs.append((pick, sets[held]))
            values = [
                v
                for v in Parallel(n_jobs=JOBS)(
                    delayed(_curve_cell)(pick, test, use_rules) for pick, test in jobs
                )
                if v is not None
            ]
            cells.append(f"{100 * statistics.mean(values):7.1f}" if values else "      —")
        print(f"  {name:<24} " + " ".join(cells))
    rules = score(
        [i.label for items in sets.values() for i in items],
        [i.example.rules.label for items in sets.values() for i in items],
        LABELS,
    )
    print(f"  {'rules alone':<24} {100 * rules.macro_f1:7.1f} (no training)")


# ---------------------------------------------------------------------- data


def first_run_sets() -> dict[str, dict[str, list[Labelled]]]:
    """{X: {set: its sentences with the rules of the commit that added X}}."""
    gold = {
        name: {(g.file, g.sentence_index): g for g in read_gold(DATA / f"{name}_gold.jsonl")}
        for name in SETS
    }
    runs: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for line in (ROOT / "bench/data/rules_at_first_run.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        runs[record["first_run_of"]][record["set"]].append(record)
    out: dict[str, dict[str, list[Labelled]]] = defaultdict(dict)
    for x, by_set in runs.items():
        for name, records in by_set.items():
            by_file: dict[str, list[dict]] = defaultdict(list)
            for r in records:
                by_file[r["file"]].append(r)
            items: list[Labelled] = []
            for file, rs in by_file.items():
                rs.sort(key=lambda r: r["sentence_index"])
                gs = [gold[name][(file, r["sentence_index"])] for r in rs]
                texts = [g.text for g in gs]
                rules = [
                    RecordedRules.model_validate(r).suggestion(t)
                    for r, t in zip(rs, texts, strict=True)
                ]
                for g, e in zip(gs, examples(texts, rules), strict=True):
                    items.append(Labelled(e, g.label, f"{name}:{file}"))
            out[x][name] = items
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the other learners")
    parser.add_argument(
        "--split-at",
        metavar="SET",
        help="also score the left-out sets before SET and from SET on apart (e.g. blind128)",
    )
    args = parser.parse_args()
    start = time.perf_counter()
    sets = {name: from_gold_file(DATA / f"{name}_gold.jsonl", LABELS) for name in SETS}
    print(
        f"gold: {sum(map(len, sets.values()))} sentences in {len(sets)} sets "
        f"(rules run in {time.perf_counter() - start:.1f} s)\n"
    )
    leave_one_set_out(sets, args.quick, args.split_at)
    replayed(first_run_sets())
    learning_curve(sets, [100, 200, 500, 1000])
    every = [i for items in sets.values() for i in items]
    times = []
    for _ in range(3):
        t = time.perf_counter()
        Classifier.fit(
            [i.example for i in every],
            [i.label for i in every],
            groups=[i.group for i in every],
        )
        times.append(time.perf_counter() - t)
    print(
        f"\n4. Training on all {len(every)} sentences: median {statistics.median(times):.2f} s "
        "of 3 (one CPU core)"
    )


if __name__ == "__main__":
    main()
