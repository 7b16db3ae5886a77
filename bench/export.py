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
    conn = store.conn
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
def peak_kb():
    # VmHWM: this process's own peak. ru_maxrss would carry the forking parent's peak
    # across exec on Linux (the bench's own, while it builds a database).
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
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
    "rss_kb": peak_kb(), "py_peak": peak}}))
"""


BARE = """
import csv, json, resource, sqlite3, time
def peak_kb():
    # VmHWM: this process's own peak. ru_maxrss would carry the forking parent's peak
    # across exec on Linux (the bench's own, while it builds a database).
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
conn = sqlite3.connect({db!r})
start = time.perf_counter()
FIELDS = ("annotator", "label", "source", "cue", "note", "flagged", "skipped", "suggested",
          "suggested_cue", "suggested_source", "suggested_rule", "suggestion_shown", "seconds",
          "created_at", "updated_at")
BOOLS = {{"flagged", "skipped", "suggestion_shown"}}
rows = conn.execute(
    'SELECT s.id, s.article_id, ar.title, ar.source, s.position, s.paragraph, s.start, s."end", '
    "s.text, s.boilerplate, d.label, d.reviewer, d.reason, d.note, d.created_at, g.group_id, "
    + ", ".join("a." + f for f in FIELDS)
    + " FROM sentences s JOIN articles ar ON ar.id = s.article_id "
    "LEFT JOIN adjudications d ON d.sentence_id = s.id "
    "LEFT JOIN repeat_groups g ON g.sentence_id = s.id "
    "LEFT JOIN annotations a ON a.sentence_id = s.id ORDER BY s.rowid, a.annotator"
)
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
labels = 0

def gold(record):
    votes = {{}}
    for a in record["annotations"]:
        if a["label"] is not None:
            votes[a["label"]] = votes.get(a["label"], 0) + 1
    votes = dict(sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])))
    ranked = list(votes.items())
    if record["adjudication"] is not None:
        return {{"label": record["adjudication"]["label"], "method": "adjudicated", "votes": votes}}
    if not ranked:
        return {{"label": None, "method": "unresolved", "votes": votes}}
    if len(ranked) == 1:
        return {{"label": ranked[0][0], "method": "unanimous", "votes": votes}}
    if ranked[0][1] > ranked[1][1]:
        return {{"label": ranked[0][0], "method": "majority", "votes": votes}}
    return {{"label": None, "method": "unresolved", "votes": votes}}

with open({out!r}, "w", encoding="utf-8", newline="") as sink:
    pending = None  # the last sentence, waiting for the next one's text
    record = None
    SENTENCE = ("sentence_id", "article_id", "article_title", "position", "paragraph", "start",
                "end", "text", "repeat_group")
    if {fmt!r} == "csv":
        table = csv.writer(sink, lineterminator="\\n")
        table.writerow([*SENTENCE, *FIELDS, "adjudicated", "gold_label", "gold_method",
                        "gold_votes"])
    def flush(rec, following):
        global labels
        same = following is not None and following["article_id"] == rec["article_id"]
        rec["next"] = following["text"] if same else None
        if rec["annotations"] or rec["adjudication"] is not None:
            rec["gold"] = gold(rec)
            labels += sum(1 for a in rec["annotations"] if a["label"] is not None)
            if {fmt!r} == "jsonl":
                sink.write(dumps(rec) + "\\n")
                return
            g = rec["gold"]
            cells = [rec["adjudication"]["label"] if rec["adjudication"] else "",
                    g["label"] or "", g["method"], json.dumps(g["votes"], ensure_ascii=False)]
            sentence = [rec[k] or "" if k == "repeat_group" else rec[k] for k in SENTENCE]
            for a in rec["annotations"]:
                table.writerow([*sentence, *("" if v is None else v for v in a.values()),
                                *cells])
    for row in rows:
        if record is None or row[0] != record["sentence_id"]:
            if record is not None:
                if pending is not None:
                    flush(pending, record)
                pending = record
            previous = pending["text"] if pending and pending["article_id"] == row[1] else None
            record = {{"sentence_id": row[0], "article_id": row[1], "article_title": row[2],
                "article_source": row[3], "position": row[4], "paragraph": row[5],
                "start": row[6], "end": row[7], "text": row[8], "boilerplate": bool(row[9]),
                "previous": previous, "next": None, "repeat_group": row[15], "annotations": [],
                "adjudication": None if row[10] is None else {{"label": row[10],
                    "reviewer": row[11], "reason": row[12], "note": row[13],
                    "created_at": row[14]}}}}
        if row[16] is not None:
            record["annotations"].append({{f: (bool(v) if f in BOOLS else v)
                                           for f, v in zip(FIELDS, row[16:])}})
    if pending is not None:
        flush(pending, record)
    if record is not None:
        flush(record, None)
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "labels": labels,
    "rss_kb": peak_kb(), "py_peak": 0}}))
"""
"""The floor: a bare sqlite3 + json loop writing the same records, byte for byte (checked once
per size: both outputs' SHA-256), as plainly as it can be written: one LEFT JOIN in order, one
dict per sentence, the standard JSON encoder; no models, no streaming care, no filters."""


def bare(db: Path, fmt: str, out: str = "/dev/null") -> dict[str, float]:
    code = BARE.format(db=str(db), out=out, fmt=fmt)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def same_bytes(db: Path, folder: Path, fmt: str) -> None:
    """The floor must write what we write: compare the two outputs once, outside the timing."""
    import hashlib

    ours, theirs = folder / f"ours.{fmt}", folder / f"floor.{fmt}"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator",
            "export",
            "--db",
            str(db),
            "-f",
            fmt,
            "-o",
            str(ours),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    bare(db, fmt, str(theirs))
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (ours, theirs)]
    ours.unlink()
    theirs.unlink()
    if digests[0] != digests[1]:
        sys.exit("the floor does not write the same bytes as the export: fix bench/export.py")
    print("  (floor and export write the same bytes: checked)", file=sys.stderr)


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
        if args.format in ("jsonl", "csv"):
            same_bytes(db, folder, args.format)
        runs, floors = [], []
        for _ in range(args.runs):  # interleaved, so both see the same load
            runs.append(run(db, args.format))
            floors.append(bare(db, args.format))
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
