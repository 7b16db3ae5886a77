"""Export speed and memory: 250,000 and 1,000,000 labels, exported as jsonl.

    python bench/export.py [--sizes 250000,1000000] [--format jsonl] [--runs 3] [--keep DIR]

Builds one database per size (two annotators per sentence, so labels = 2 x sentences, in
articles of 20 sentences, 1 % adjudicated; bulk SQL), then exports it to /dev/null in a fresh
process per run and reports:
- labels/s: median of `--runs` runs;
- peak RSS of the exporting process (max over runs), and its growth over an empty export
  (same process, same imports, `--article` of one article): the memory the export itself
  needs;
- Python's own peak allocation during the export (tracemalloc, one extra run).
- the floor: a bare sqlite3 + json loop writing the same sentences (labels nested, a
  unanimous gold) in a fresh process, interleaved with ours; the ratio ours / floor
  (target, issue "fast from the first key": at most 1.5x).
The export streams, so memory must stay flat while the database grows 4x (DESIGN.md).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.store import Store  # noqa: E402

SENTENCES_PER_ARTICLE = 20
ANNOTATORS = ("alice", "bob")
TEXT = (
    "Moscou et Pyongyang se sont engagés à s’entraider contre toute agression étrangère, "
    "a annoncé mercredi le président russe Vladimir Poutine lors d’une visite en Corée du Nord."
)


def build(path: Path, labels: int) -> None:
    """A database with `labels` labels (two annotators per sentence), written with bulk SQL."""
    store = Store.open(path, durable=False)
    conn = store.db.conn
    names = store.scheme.names
    rng = random.Random(7)
    sentences = labels // len(ANNOTATORS)
    now = "2026-01-01T00:00:00.000000+00:00"
    conn.execute("BEGIN")
    for first in range(0, sentences, SENTENCES_PER_ARTICLE):
        article_id = f"{first // SENTENCES_PER_ARTICLE:016x}"
        count = min(SENTENCES_PER_ARTICLE, sentences - first)
        step = len(TEXT) + 1
        text = " ".join([TEXT] * count)
        conn.execute(
            "INSERT INTO articles (id, title, text, source, meta, imported_at) "
            "VALUES (?, ?, ?, ?, '{}', ?)",
            [article_id, f"Article {article_id}", text, "bench", now],
        )
        rows = [
            (
                f"{article_id}:{p * step}-{p * step + len(TEXT)}",
                article_id,
                p,
                p * step,
                p * step + len(TEXT),
                TEXT,
                0,
                0,
            )
            for p in range(count)
        ]
        conn.executemany(
            'INSERT INTO sentences (id, article_id, position, start, "end", text, paragraph, '
            "boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO annotations (sentence_id, annotator, label, flagged, skipped, seconds, "
            "created_at, updated_at) VALUES (?, ?, ?, 0, 0, ?, ?, ?)",
            [
                (row[0], name, rng.choice(names), round(rng.random() * 20, 3), now, now)
                for row in rows
                for name in ANNOTATORS
            ],
        )
        conn.executemany(
            "INSERT INTO adjudications (sentence_id, label, reviewer, reason, created_at) "
            "VALUES (?, ?, 'lead', 'other', ?)",
            [(row[0], rng.choice(names), now) for row in rows if rng.random() < 0.01],
        )
    conn.execute("COMMIT")
    store.close()


CHILD = """
import json, resource, sys, time, tracemalloc
from pathlib import Path
sys.path.insert(0, {root!r})
from annotator.export import ExportFilter, export
from annotator.store import Store
store = Store.open({db!r})
filters = ExportFilter(article_ids=({article!r},)) if {empty!r} else None
if {trace!r}:
    tracemalloc.start()
start = time.perf_counter()
with open("/dev/null", "wb") as sink:
    written = export(store, {fmt!r}, None, filters, stdout=sink)
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if {trace!r} else 0
print(json.dumps({{"seconds": seconds, "labels": written.labels,
    "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "py_peak": peak}}))
"""


BARE = """
import json, resource, sqlite3, time
conn = sqlite3.connect({db!r})
start = time.perf_counter()
rows = conn.execute(
    "SELECT s.id, s.article_id, s.position, s.text, a.annotator, a.label "
    "FROM sentences s LEFT JOIN annotations a ON a.sentence_id = s.id AND a.label IS NOT NULL "
    "ORDER BY s.rowid"
)
labels = 0
with open("/dev/null", "w", encoding="utf-8") as sink:
    current, record = None, None
    for sid, article, position, text, annotator, label in rows:
        if sid != current:
            if record is not None and record["labels"]:
                votes = {{l["label"] for l in record["labels"]}}
                record["gold"] = votes.pop() if len(votes) == 1 else None
                sink.write(json.dumps(record, ensure_ascii=False) + "\\n")
            current = sid
            record = {{"sentence_id": sid, "article_id": article, "position": position,
                       "text": text, "labels": []}}
        if label is not None:
            record["labels"].append({{"annotator": annotator, "label": label}})
            labels += 1
    if record is not None and record["labels"]:
        sink.write(json.dumps(record, ensure_ascii=False) + "\\n")
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "labels": labels,
    "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "py_peak": 0}}))
"""
"""The floor: a bare sqlite3 + json loop writing one line per labelled sentence (its labels
nested, a unanimous gold), the same rows in the same order, no models."""


def bare(db: Path) -> dict[str, float]:
    code = BARE.format(db=str(db))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def run(db: Path, fmt: str, *, empty: bool = False, trace: bool = False) -> dict[str, float]:
    code = CHILD.format(
        root=str(ROOT), db=str(db), fmt=fmt, empty=empty, trace=trace, article=f"{0:016x}"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250000,1000000")
    parser.add_argument("--format", default="jsonl")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="Keep the databases here.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{'labels':>10} {'labels/s':>10} {'s':>7} {'bare s':>7} {'ratio':>6} {'RSS MB':>7} "
        f"{'export MB':>9} {'py peak MB':>10}"
    )
    for size in (int(part) for part in args.sizes.split(",")):
        db = folder / f"export-{size}.db"
        if not db.exists():
            started = time.perf_counter()
            build(db, size)
            print(f"  (built {db.name} in {time.perf_counter() - started:.1f} s)", file=sys.stderr)
        runs, floors = [], []
        for _ in range(args.runs):  # interleaved, so both see the same load
            runs.append(run(db, args.format))
            floors.append(bare(db))
        floor = statistics.median(r["seconds"] for r in floors)
        baseline = run(db, args.format, empty=True)
        traced = run(db, args.format, trace=True)
        seconds = statistics.median(r["seconds"] for r in runs)
        labels = runs[0]["labels"]
        rss = max(r["rss_kb"] for r in runs) / 1024
        growth = rss - baseline["rss_kb"] / 1024
        print(
            f"{labels:>10,} {labels / seconds:>10,.0f} {seconds:>7.2f} {floor:>7.2f} "
            f"{seconds / floor:>5.2f}x {rss:>7.1f} {growth:>9.1f} "
            f"{traced['py_peak'] / 2**20:>10.2f}"
        )
    if args.keep is None:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
