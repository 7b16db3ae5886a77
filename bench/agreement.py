"""Benchmark: the whole agreement report on 1,000,000 triples, beside `krippendorff.alpha`.

    python bench/agreement.py [--db PATH] [--runs N]

Writes 222,200 sentences x 5 annotators with 4 labels and 10 % of the ratings missing (about
1,000,000 triples, fixed seed) into a project database (in a temporary directory unless --db
names a file), then times, as the median of --runs runs (at least 3): reading the triples
through `Store.triples()`; our encoding; each coefficient on fresh encoded data; the whole
report (`build_report`: every coefficient with its standard error and interval, per label,
pairs, per article, disagreements, the 1,000-resample bootstrap) from the triples; and the
`krippendorff` package's alpha, including building its reliability matrix from the same
triples. Then the public coefficient functions called one after another on the plain list,
against encoding once and `compute_all`. Targets: the whole report faster than its alpha
alone, and at most 2 s; the calls one after another within 1.1x of `compute_all` (noise).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.agreement import (  # noqa: E402
    RatingData,
    UndefinedAgreement,
    bootstrap_alpha,
    coincidence_matrix,
    compute_all,
    pairwise_cohen_kappa,
    per_label_agreement,
)
from annotator.agreement.coefficients import COEFFICIENTS  # noqa: E402
from annotator.agreement.report import AgreementReport, build_report  # noqa: E402
from annotator.store import Store  # noqa: E402

SENTENCES = 222_200  # x 5 annotators x 90 % present = about 1,000,000 triples
ANNOTATORS = ("alice", "bruno", "chloe", "dimitri", "emma")
LABELS = ("attributed", "contested", "asserted", "not_a_claim")
MISSING = 0.10
SEED = 20240601
TARGET_SECONDS = 2.0
SEQUENTIAL_RATIO = 1.1


def generate(db_path: Path, seed: int = SEED) -> int:
    """A project database (the Store's own schema) holding the synthetic study: 200,000
    sentences in articles of 100, and the labels; returns the number of triples."""
    rng = np.random.default_rng(seed)
    truth = rng.choice(len(LABELS), size=SENTENCES, p=[0.35, 0.1, 0.25, 0.3])
    # Each annotator gives the true label 80 % of the time, else a uniformly random one.
    noise = rng.integers(0, len(LABELS), size=(SENTENCES, len(ANNOTATORS)))
    right = rng.random((SENTENCES, len(ANNOTATORS))) < 0.8
    labels = np.where(right, truth[:, None], noise)
    present = rng.random((SENTENCES, len(ANNOTATORS))) >= MISSING
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    store = Store.open(db_path, durable=False)
    now = "2026-01-01T00:00:00+00:00"
    conn = store.conn
    conn.execute("BEGIN")
    for a in range(SENTENCES // 100):
        conn.execute(
            "INSERT INTO articles (id, title, text, source, meta, imported_at) "
            "VALUES (?, ?, 'x', 'bench', '{}', ?)",
            (f"a{a:05d}", f"Article {a}", now),
        )
        conn.executemany(
            'INSERT INTO sentences (id, article_id, position, start, "end", text, paragraph, '
            "boilerplate) VALUES (?, ?, ?, 0, 1, 'x', 0, 0)",
            [(f"s{a * 100 + p:06d}", f"a{a:05d}", p) for p in range(100)],
        )
    rows = [
        (f"s{i:06d}", ANNOTATORS[j], LABELS[labels[i, j]], now, now)
        for i, j in zip(*np.nonzero(present), strict=True)
    ]
    conn.executemany(
        "INSERT INTO annotations (sentence_id, annotator, label, flagged, skipped, seconds, "
        "created_at, updated_at) VALUES (?, ?, ?, 0, 0, 1.0, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    store.close()
    return len(rows)


def read_triples(db_path: Path) -> list[tuple[str, str, str]]:
    """Every (sentence id, annotator, label), as `annotator agreement` reads them."""
    with Store.open(db_path, create=False) as store:
        return list(store.triples())


def krippendorff_package_alpha(triples: list[tuple[str, str, str]]) -> float:
    """`krippendorff.alpha` with its annotators x items reliability matrix built from triples."""
    import krippendorff

    items: dict[str, int] = {}
    annotators: dict[str, int] = {}
    labels: dict[str, int] = {}
    cols = [items.setdefault(item, len(items)) for item, _, _ in triples]
    rows = [annotators.setdefault(annotator, len(annotators)) for _, annotator, _ in triples]
    values = [labels.setdefault(label, len(labels)) for _, _, label in triples]
    matrix = np.full((len(annotators), len(items)), np.nan)
    matrix[rows, cols] = values
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def whole_report(triples: list[tuple[str, str, str]], articles: dict[str, str]) -> AgreementReport:
    """The report `annotator agreement` prints, from the triples: encoding, every coefficient
    with its interval, labels, pairs, articles, disagreements, bootstrap CI."""
    return build_report(triples, categories=LABELS, articles=articles, resamples=1000, seed=0)


def one_after_another(triples: list[tuple[str, str, str]]) -> None:
    """Each public coefficient function called on the plain list, as a user would."""
    for function in COEFFICIENTS.values():
        with contextlib.suppress(UndefinedAgreement):
            function(triples)


def fresh(data: RatingData) -> RatingData:
    """A copy without the cached counts, so each coefficient is timed from the encoding."""
    return dataclasses.replace(data)


def median_time(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def interleaved(functions: list[Callable[[], Any]], runs: int) -> list[tuple[float, Any]]:
    """Median time and last result of each function, running them in turn `runs` times."""
    times: list[list[float]] = [[] for _ in functions]
    results: list[Any] = [None] * len(functions)
    for _ in range(runs):
        for k, function in enumerate(functions):
            start = time.perf_counter()
            results[k] = function()
            times[k].append(time.perf_counter() - start)
    return [(statistics.median(t), r) for t, r in zip(times, results, strict=True)]


def run(db_path: Path, runs: int) -> bool:
    count = generate(db_path)
    print(
        f"{count:,} triples ({SENTENCES:,} sentences x {len(ANNOTATORS)} annotators, "
        f"{len(LABELS)} labels, {MISSING:.0%} missing, seed {SEED}) in {db_path}"
    )
    rows: list[tuple[str, float, str]] = []
    read_s, triples = median_time(lambda: read_triples(db_path), runs)
    rows.append(("read triples from SQLite", read_s, ""))
    encode_s, data = median_time(lambda: RatingData.from_triples(triples, categories=LABELS), runs)
    rows.append(("our encoding (RatingData)", encode_s, ""))
    for name, function in COEFFICIENTS.items():
        seconds, value = median_time(lambda f=function: _value(f, fresh(data)), runs)
        rows.append((f"  {name}", seconds, value))
    for name, function in (
        ("per_label_agreement", per_label_agreement),
        ("coincidence_matrix", coincidence_matrix),
        ("pairwise_cohen_kappa", pairwise_cohen_kappa),
        ("bootstrap_alpha (1,000)", bootstrap_alpha),
    ):
        seconds, _ = median_time(lambda f=function: f(fresh(data)), runs)
        rows.append((f"  {name}", seconds, ""))
    coefficients_s, _ = median_time(lambda: compute_all(fresh(data)), runs)
    rows.append(("ours: all coefficients, encoded data", coefficients_s, ""))
    ours_s, _ = median_time(lambda: compute_all(RatingData.from_triples(triples)), runs)
    rows.append(("ours: encoding + all coefficients", ours_s, ""))
    articles = {f"s{i:06d}": f"a{i // 100:05d}" for i in range(SENTENCES)}
    # Head to head, interleaved so that both see the same load on the machine.
    (all_s, result), (theirs_s, theirs) = interleaved(
        [lambda: whole_report(triples, articles), lambda: krippendorff_package_alpha(triples)],
        runs,
    )
    ci = result.alpha_interval
    rows.append(
        ("ours: the whole report", all_s, f"CI [{ci.low:.4f}, {ci.high:.4f}]" if ci else "")
    )
    rows.append(("krippendorff.alpha incl. matrix", theirs_s, f"{theirs:.6f}"))
    # A fresh copy each run, so that no encoding is left from the run before.
    (sequential_s, _), (together_s, _) = interleaved(
        [
            lambda: one_after_another(list(triples)),
            lambda: compute_all(RatingData.from_triples(list(triples))),
        ],
        runs,
    )
    rows.append(("public functions one after another", sequential_s, ""))
    rows.append(("encoding once + compute_all", together_s, ""))
    _print(rows, runs)
    ours_alpha = result.coefficient("krippendorff_alpha").value or float("nan")
    print(
        f"\nalpha: ours {ours_alpha:.12f}, krippendorff {theirs:.12f}, "
        f"difference {abs(ours_alpha - theirs):.1e}"
    )
    print(f"ratio krippendorff / ours (the whole report): {theirs_s / all_s:.2f}x")
    sequential_ratio = sequential_s / together_s
    print(f"ratio one after another / compute_all: {sequential_ratio:.2f}x")
    faster = all_s < theirs_s
    within = all_s <= TARGET_SECONDS
    calls = sequential_ratio <= SEQUENTIAL_RATIO
    print(f"target 'whole report faster than its alpha alone': {'met' if faster else 'NOT met'}")
    print(f"target 'whole report <= {TARGET_SECONDS:.0f} s': {'met' if within else 'NOT met'}")
    print(
        f"target 'one after another <= {SEQUENTIAL_RATIO}x compute_all': "
        f"{'met' if calls else 'NOT met'}"
    )
    return faster and within and calls


def _value(function: Callable[[RatingData], float], data: RatingData) -> str:
    try:
        return f"{function(data):.6f}"
    except UndefinedAgreement as error:  # a result here, e.g. Cohen's kappa of 5 annotators
        return f"undefined ({error.reason[:48]}...)"


def _print(rows: list[tuple[str, float, str]], runs: int) -> None:
    width = max(len(name) for name, _, _ in rows)
    print(f"\n{'step':<{width}}  {'median s':>9}  value   (median of {runs} runs)")
    for name, seconds, value in rows:
        print(f"{name:<{width}}  {seconds:>9.4f}  {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite file to write (default: a temp dir)")
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (>= 3)")
    args = parser.parse_args(argv)
    runs = max(3, args.runs)
    if args.db is not None:
        return 0 if run(args.db, runs) else 1
    with tempfile.TemporaryDirectory() as tmp:
        return 0 if run(Path(tmp) / "agreement-bench.db", runs) else 1


if __name__ == "__main__":
    sys.exit(main())
