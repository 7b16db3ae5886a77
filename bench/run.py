"""Every benchmark, one after another: each prints our figure beside its floor or anchor,
measured in the same run (medians of interleaved runs; these machines are noisy).

    python bench/run.py [--quick] [--only launch,export,...]

Areas (each is also a script of its own, with more options):
- launch   bench/launch.py    first paint in tmux, 1,000,000 sentences vs a bare Textual app
- keys     bench/tui.py       keypress -> label on disk -> next sentence, 1,000,000 sentences
- import   bench/import_speed.py  `annotator import` vs the bare segmenter on the same text
- export   bench/export.py    jsonl export vs a bare sqlite3 + json loop; memory at 2 sizes
- agreement bench/agreement.py  the whole report on ~1,000,000 triples vs `krippendorff.alpha`
- repeats  bench/repeats.py   repeat grouping of 1,000,000 sentences vs an exact-duplicate pass
`--quick` runs smaller sizes (a first look, not figures to quote).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

AREAS: dict[str, tuple[list[str], list[str]]] = {
    # name: (full arguments, --quick arguments)
    "launch": (
        ["launch.py", "--runs", "11"],
        ["launch.py", "--sentences", "100000", "--runs", "3"],
    ),
    "keys": (["tui.py"], ["tui.py", "--sentences", "100000", "--keys", "200"]),
    "import": (["import_speed.py"], ["import_speed.py", "--mb", "2", "--runs", "3"]),
    "export": (["export.py"], ["export.py", "--sizes", "50000,200000", "--runs", "3"]),
    "agreement": (["agreement.py"], ["agreement.py", "--runs", "3"]),
    "repeats": (
        ["repeats.py"],
        ["repeats.py", "--sentences", "100000", "--new-articles", "200"],
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes: a first look")
    parser.add_argument("--only", default="", help="comma-separated areas: " + ", ".join(AREAS))
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(AREAS)
    unknown = [name for name in chosen if name not in AREAS]
    if unknown:
        parser.error(f"unknown area(s): {', '.join(unknown)}; choose from {', '.join(AREAS)}")
    failed = []
    for name in chosen:
        full, quick = AREAS[name]
        script, *rest = quick if args.quick else full
        print(f"\n=== {name}: python bench/{script} {' '.join(rest)}", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *rest], check=False)
        print(f"=== {name}: {time.perf_counter() - started:.0f} s, exit {done.returncode}")
        if done.returncode:
            failed.append(name)
    if failed:
        print(f"\ntargets not met or errors in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
