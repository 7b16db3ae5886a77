"""A writer through the store API in its own process, for the concurrency tests and bench.

    python -m tests.store_writer DB ANNOTATOR [COUNT]

Labels COUNT sentences (default: every sentence there is when it starts), one transaction
each as the screen does, and prints `SAVED <sentence id> <label> <seconds>` after each commit.
"""

from __future__ import annotations

import sys
import time

from annotator.store import Store


def main() -> None:
    db, annotator = sys.argv[1], sys.argv[2]
    store = Store.open(db)
    ids = [sentence.id for sentence in store.iter_sentences()]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else len(ids)
    names = store.scheme.names
    for number in range(count):
        sentence_id = ids[number % len(ids)]
        label = names[number % len(names)]
        started = time.perf_counter()
        store.label(sentence_id, annotator, label, seconds=1.0)
        print(f"SAVED {sentence_id} {label} {time.perf_counter() - started:.6f}", flush=True)
    store.close()


if __name__ == "__main__":
    main()
