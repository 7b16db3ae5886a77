"""Many writers on one file: label-commit latency, lost labels and lock errors.

    python bench/concurrency.py [--writers 8] [--labels 2000] [--articles 400]

Each writer is its own process labelling through the Store (one `BEGIN IMMEDIATE`
transaction with its event per label, `synchronous=FULL`, as the annotation screen does).
While they run, `annotator export`, `agreement` and `import` run one after another in a loop.
Stands beside: one writer alone on the same file (the uncontended latency).
Prints p50/p99/max commit latency, labels written vs on disk, and every error seen.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.ingest import import_paths  # noqa: E402
from annotator.store import Store  # noqa: E402


def corpus(folder: Path, articles: int) -> Path:
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            text = " ".join(
                f"Le ministre {n} a déclaré que la mesure {k} serait appliquée. "
                f"Selon l'opposition, le chiffre {k} est faux."
                for k in range(5)
            )
            out.write(json.dumps({"id": f"a{n}", "title": f"Article {n}", "text": text}) + "\n")
    return path


def writer(db: str, name: str, count: int, queue: multiprocessing.Queue) -> None:
    store = Store.open(db)
    ids = [s.id for s in store.iter_sentences()]
    names = store.scheme.names
    latencies, errors, written = [], [], {}
    for number in range(count):
        sentence_id, label = ids[number % len(ids)], names[number % len(names)]
        started = time.perf_counter()
        try:
            store.label(sentence_id, name, label, seconds=1.0)
        except Exception as error:  # counted, reported
            errors.append(repr(error))
            continue
        latencies.append(time.perf_counter() - started)
        written[sentence_id] = label
    store.close()
    queue.put((name, latencies, errors, written))


def run(db: Path, writers: int, count: int, side_jobs: bool, extra: Path | None) -> dict:
    queue: multiprocessing.Queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=writer, args=(str(db), f"w{n}", count, queue))
        for n in range(writers)
    ]
    for proc in procs:
        proc.start()
    side_errors, side_runs = [], 0
    results: list = []

    def collect() -> None:
        # a writer cannot exit before its result is read (the queue's pipe): read as they come
        while True:
            try:
                results.append(queue.get_nowait())
            except Empty:
                return

    if side_jobs:
        commands = [
            ["export", "-o", str(db.parent / "out.jsonl")],
            ["agreement", "--format", "json"],
            ["import", str(extra)],
        ]
        while len(results) < len(procs):
            collect()
            for args in commands:
                result = subprocess.run(
                    [sys.executable, "-m", "annotator", *args, "--db", str(db)],
                    capture_output=True,
                    text=True,
                )
                side_runs += 1
                if result.returncode != 0:
                    side_errors.append(result.stderr.strip()[-200:])
    results += [queue.get() for _ in range(len(procs) - len(results))]
    for proc in procs:
        proc.join()
    latencies = sorted(x for _, lat, _, _ in results for x in lat)
    errors = [e for _, _, errs, _ in results for e in errs]
    store = Store.open(db, readonly=True)
    lost = 0
    for name, _, _, written in results:
        for sentence_id, label in written.items():
            got = store.annotation(sentence_id, name)
            lost += got is None or got.label != label
    store.close()
    return {
        "labels": len(latencies),
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "max_ms": 1000 * latencies[-1],
        "over_1s": sum(1 for x in latencies if x > 1.0),
        "errors": errors,
        "lost": lost,
        "side_runs": side_runs,
        "side_errors": side_errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--labels", type=int, default=2000, help="labels per writer")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument(
        "--no-side-jobs", action="store_true", help="writers only (to see what the jobs cost)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        with Store.open(db) as store:
            import_paths(store, [corpus(folder, args.articles)])
            sentences = store.sentence_count()
        extra = folder / "extra.jsonl"
        extra.write_text(
            "".join(
                json.dumps({"id": f"x{n}", "title": f"X {n}", "text": f"Le maire {n} a dit oui."})
                + "\n"
                for n in range(200)
            ),
            encoding="utf-8",
        )
        alone = run(db, 1, args.labels, False, None)
        many = run(db, args.writers, args.labels, not args.no_side_jobs, extra)
    print(f"{sentences} sentences; {args.writers} writers × {args.labels} labels")
    header = ["labels", "p50 ms", "p99 ms", "max ms", ">1 s", "lost", "errors"]
    widths = [8, 9, 9, 9, 6, 6, 8]
    print(" " * 34 + "".join(f"{h:>{w}}" for h, w in zip(header, widths, strict=True)))
    for name, r in (
        ("one writer alone (anchor)", alone),
        (f"{args.writers} writers" + ("" if args.no_side_jobs else " + side jobs"), many),
    ):
        print(
            f"{name:34}{r['labels']:>8}{r['p50_ms']:>9.1f}{r['p99_ms']:>9.1f}{r['max_ms']:>9.1f}"
            f"{r['over_1s']:>6}{r['lost']:>6}{len(r['errors']):>8}"
        )
    print(
        f"side jobs (export, agreement, import) run meanwhile: {many['side_runs']}, "
        f"failed: {len(many['side_errors'])}"
    )
    print(f"p99 ratio contended / alone: {many['p99_ms'] / alone['p99_ms']:.1f}×")
    for error in (many["errors"] + many["side_errors"])[:5]:
        print("error:", error)


if __name__ == "__main__":
    main()
