"""Repeat grouping: the whole corpus grouped (`annotator repeats --rebuild`) beside an
exact-duplicate pass over the same sentences, and what grouping adds to an incremental import.

    python bench/repeats.py [--sentences 1000000] [--new-articles 1000] [--runs 1]

The corpus is synthetic but made of French news: the sentences of the sample articles and of
the gold sets, each new sentence one of them with a third of its words swapped for words from
elsewhere in the corpus (so most are unique, with the lengths and words of real ones); 5 % are
reprints of an earlier sentence with other typography (’ for ', « » for " "), 3 % near reprints
(a word changed), 2 % page furniture. Seeded: the same corpus every run.

Measured, each in a fresh process (peak memory is that process's VmHWM):
- grouping: `repeat_rows.rebuild` on every sentence (and how much of it holds the write lock),
  beside the floor: an exact-duplicate pass (each sentence read, normalised, hashed, counted by
  key) over the same rows;
- incremental import: 1,000 new articles (about 20 per cent of them reprinting sentences
  already there) imported as one JSONL file into the grouped database, with grouping and with
  it switched off (the floor), on two copies of the same database.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.ingest.segment import segment  # noqa: E402
from annotator.store import Store  # noqa: E402

FURNITURE = [
    "Vous pouvez partager cette histoire sur les réseaux sociaux :",
    "Leave a Comment",
    "Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
    "Cet article est réservé aux abonnés.",
    "Partager sur Facebook",
    "Lire aussi : les dernières informations",
]
ARTICLE_SENTENCES = 20


def _seeds() -> list[str]:
    """Real sentences: the sample articles' and the gold sets'."""
    sentences = set()
    for path in sorted((ROOT / "sample_data").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences |= {text[span.start : span.end] for span in segment(text)}
    for path in sorted((ROOT / "tests" / "data").glob("*_gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.add(json.loads(line).get("text", ""))
    return sorted(s for s in sentences if len(s.split()) >= 4)


class Corpus:
    """Synthetic French news sentences (see the module docstring), seeded."""

    def __init__(self, seed: int = 1) -> None:
        self.random = random.Random(seed)
        self.seeds = _seeds()
        self.words = [w for s in self.seeds for w in s.split()]
        self.made: list[str] = []

    def sentence(self) -> str:
        r = self.random.random()
        if self.made and r < 0.05:
            earlier = self.random.choice(self.made)
            return earlier.replace("'", "’").replace('"', "«", 1).replace('"', "»", 1)
        if self.made and r < 0.08:
            words = self.random.choice(self.made).split()
            words[self.random.randrange(len(words))] = self.random.choice(self.words)
            return " ".join(words)
        if r < 0.10:
            return self.random.choice(FURNITURE)
        words = self.random.choice(self.seeds).split()
        for i in range(len(words)):
            if self.random.random() < 0.33:
                words[i] = self.random.choice(self.words)
        text = " ".join(words)
        if len(self.made) < 200_000:
            self.made.append(text)
        else:
            self.made[self.random.randrange(len(self.made))] = text
        return text

    def article(self) -> list[str]:
        return [self.sentence() for _ in range(ARTICLE_SENTENCES)]


def build(db: Path, sentences: int, corpus: Corpus) -> None:
    """A database of `sentences` sentences in articles of 20, inserted directly (no grouping:
    the bench groups them)."""
    store = Store.open(db, durable=False)
    conn = store.conn
    now = "2026-01-01T00:00:00+00:00"
    with store.transaction():
        for number in range(sentences // ARTICLE_SENTENCES):
            lines = corpus.article()
            text = "\n".join(lines)
            article_id = f"{number:016x}"
            conn.execute(
                "INSERT INTO articles (id, title, text, source, meta, imported_at) "
                "VALUES (?, ?, ?, ?, '{}', ?)",
                [article_id, lines[0][:80], text, f"bench/{number}", now],
            )
            rows, start = [], 0
            for position, line in enumerate(lines):
                end = start + len(line)
                boilerplate = int(line in FURNITURE)
                rows.append(
                    (
                        f"{article_id}:{start}-{end}",
                        article_id,
                        position,
                        start,
                        end,
                        line,
                        0,
                        boilerplate,
                    )
                )
                start = end + 1
            conn.executemany(
                'INSERT INTO sentences (id, article_id, position, start, "end", text, paragraph, '
                "boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    store.close()


PEAK = """
def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
"""

GROUP = (
    PEAK
    + """
import json, sys, time
sys.path.insert(0, {root!r})
from annotator.store import Store, repeat_rebuild, repeat_rows
locked = []
write = repeat_rebuild.write
def timed_write(*args):
    began = time.perf_counter()
    try:
        return write(*args)
    finally:
        locked.append(time.perf_counter() - began)
repeat_rebuild.write = timed_write
store = Store.open({db!r}, durable=False)
start = time.perf_counter()
groups = repeat_rows.rebuild(store)
print(json.dumps({{"seconds": time.perf_counter() - start, "peak_mb": peak_mb(),
    "groups": groups, "locked": sum(locked)}}))
"""
)

EXACT = (
    PEAK
    + """
import hashlib, json, sys, time
sys.path.insert(0, {root!r})
from annotator import repeats
from annotator.store import Store
store = Store.open({db!r}, durable=False)
start = time.perf_counter()
counts = {{}}
cursor = store.conn.execute("SELECT id, text FROM sentences ORDER BY rowid")
while rows := cursor.fetchmany(5000):
    for _id, text in rows:
        key = repeats.exact_key(repeats.normalize(text))
        counts[key] = counts.get(key, 0) + 1
groups = sum(1 for n in counts.values() if n > 1)
print(json.dumps({{"seconds": time.perf_counter() - start, "peak_mb": peak_mb(),
    "groups": groups}}))
"""
)

IMPORT = (
    PEAK
    + """
import json, sys, time
sys.path.insert(0, {root!r})
from annotator.ingest import import_paths
from annotator.store import Store, repeat_rows
if not {grouping!r}:
    repeat_rows.assign = lambda store, rows: None
store = Store.open({db!r}, durable=False)
start = time.perf_counter()
report = import_paths(store, [{source!r}])
assert not report.errors, report.errors
print(json.dumps({{"seconds": time.perf_counter() - start, "peak_mb": peak_mb(),
    "sentences": report.sentences}}))
"""
)


def child(code: str, **values: object) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code.format(root=str(ROOT), **values)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--new-articles", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    corpus = Corpus()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "corpus.db"
        started = time.perf_counter()
        build(db, args.sentences, corpus)
        print(
            f"corpus: {args.sentences:,} sentences in {args.sentences // 20:,} articles "
            f"(built in {time.perf_counter() - started:.0f} s)\n"
        )

        ours, floor = [], []
        for _ in range(args.runs):  # interleaved
            floor.append(child(EXACT, db=str(db)))
            ours.append(child(GROUP, db=str(db)))
        t_ours = statistics.median(r["seconds"] for r in ours)
        t_floor = statistics.median(r["seconds"] for r in floor)
        print(f"grouping {args.sentences:,} sentences (median of {args.runs})")
        print(
            f"  exact-duplicate pass (floor)  {t_floor:7.1f} s"
            f"   peak {floor[-1]['peak_mb']:6.0f} MB"
            f"   {int(floor[-1]['groups']):,} exact groups"
        )
        print(
            f"  repeat groups (rebuild)       {t_ours:7.1f} s   peak {ours[-1]['peak_mb']:6.0f} MB"
            f"   {int(ours[-1]['groups']):,} groups   {t_ours / t_floor:.1f}x the floor"
            f"   (target: at most 120 s)"
        )
        locked = statistics.median(r["locked"] for r in ours)
        print(f"    of which writing the tables, under the write lock  {locked:7.1f} s")

        source = tmp / "new.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for number in range(args.new_articles):
                lines = corpus.article()
                handle.write(
                    json.dumps(
                        {"title": f"Nouvel article {number}", "text": "\n".join(lines)},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        grouped, plain = [], []
        for _ in range(args.runs):
            for grouping, sink in ((False, plain), (True, grouped)):
                copy = tmp / f"copy-{grouping}.db"
                shutil.copy(db, copy)
                for suffix in ("-wal", "-shm"):
                    if Path(f"{db}{suffix}").exists():
                        shutil.copy(f"{db}{suffix}", f"{copy}{suffix}")
                sink.append(child(IMPORT, db=str(copy), source=str(source), grouping=grouping))
                copy.unlink()
        t_grouped = statistics.median(r["seconds"] for r in grouped)
        t_plain = statistics.median(r["seconds"] for r in plain)
        print(
            f"\nimporting {args.new_articles:,} new articles "
            f"({int(grouped[-1]['sentences']):,} sentences) into the grouped database"
        )
        print(
            f"  without grouping (floor)      {t_plain:7.2f} s"
            f"   peak {plain[-1]['peak_mb']:6.0f} MB"
        )
        print(
            f"  with grouping                 {t_grouped:7.2f} s"
            f"   peak {grouped[-1]['peak_mb']:6.0f} MB"
            f"   +{(t_grouped / t_plain - 1):.0%}   (target: at most +10%)"
        )


if __name__ == "__main__":
    main()
