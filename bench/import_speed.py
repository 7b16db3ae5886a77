"""Import throughput beside the bare segmenter's own speed, on the same ~10 MB of text.

    python bench/import_speed.py [--mb 10] [--runs 3]

The corpus is the five sample articles repeated (each copy made unique by a numbered line, so
none is skipped as a duplicate), written once as `.txt` files in a folder and once as one
`.jsonl` file. Each run imports into a fresh database. Reported: median MB/s and sentences/s of
`annotator import` (read, decode, segment, mark boilerplate, store, one transaction per file) and
of `segment()` alone on the same texts, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.ingest import import_paths  # noqa: E402
from annotator.ingest.segment import segment  # noqa: E402
from annotator.store import Store  # noqa: E402


def corpus(size_mb: float) -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_data").glob("*.txt"))]
    texts: list[str] = []
    total = 0
    number = 0
    while total < size_mb * 1e6:
        base = samples[number % len(samples)]
        title, _, rest = base.partition("\n")
        text = f"{title} (copie {number})\n{rest}\n\nDépêche numéro {number}, mise à jour.\n"
        texts.append(text)
        total += len(text.encode("utf-8"))
        number += 1
    return texts


def timed(function: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    texts = corpus(args.mb)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    sentences = sum(len(segment(t)) for t in texts)
    print(f"corpus: {len(texts):,} articles, {size:.1f} MB, {sentences:,} sentences\n")

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "txt"
        folder.mkdir()
        for number, text in enumerate(texts):
            (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
        jsonl = tmp / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as handle:
            for text in texts:
                title = text.partition("\n")[0]
                handle.write(json.dumps({"title": title, "text": text}, ensure_ascii=False))
                handle.write("\n")

        def run_import(source: Path) -> float:
            db = tmp / f"bench-{time.perf_counter_ns()}.db"
            store = Store.open(db, durable=False)  # as `annotator import` opens it
            started = time.perf_counter()
            report = import_paths(store, [source])
            elapsed = time.perf_counter() - started
            assert report.sentences == sentences and not report.errors, report.summary()
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            return elapsed

        bare = statistics.median(timed(lambda: [segment(t) for t in texts], args.runs))
        from_txt = statistics.median([run_import(folder) for _ in range(args.runs)])
        from_jsonl = statistics.median([run_import(jsonl) for _ in range(args.runs)])

    def row(name: str, seconds: float) -> None:
        print(
            f"  {name:<38} {seconds:7.2f} s  {size / seconds:6.2f} MB/s  "
            f"{sentences / seconds:9,.0f} sentences/s  {seconds / bare:5.1f}× the segmenter"
        )

    print(f"median of {args.runs} runs")
    row("segment() alone", bare)
    row(f"import {len(texts):,} .txt files", from_txt)
    row("import one .jsonl file", from_jsonl)


if __name__ == "__main__":
    main()
