"""A full disk: every command says so in one line, leaves no temporary file, and the
database stays sound. Needs a small tmpfs (root); skipped, saying why, elsewhere."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store
from tests.conftest import SAMPLE_DATA


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("needs a small tmpfs mount (root, in a namespace that allows mount)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr


def test_a_full_disk_is_one_line_and_leaves_nothing_behind(
    small_disk: Path, tmp_path: Path
) -> None:
    db = small_disk / "project.db"
    assert invoke("import", str(SAMPLE_DATA), "--db", str(db))[0] == 0
    with Store.open(db) as store:
        ids = [s.id for s in store.iter_sentences()]
        for sentence_id in ids[:20]:
            store.label(sentence_id, "alice", "asserted")
    # fill the disk
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"x" * 4096)
        except OSError:
            pass
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as out:
        for n in range(300):
            text = " ".join(f"Le maire {n} a déclaré que le projet {k} avance." for k in range(30))
            out.write(json.dumps({"title": f"Article {n}", "text": text}) + "\n")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "".join(
            json.dumps(
                {"sentence_id": i, "annotator": f"bob{k}", "label": "asserted", "note": "n" * 2000}
            )
            + "\n"
            for k in range(3)
            for i in ids
        ),
        encoding="utf-8",
    )
    code, err = invoke("stats", "--db", str(db))  # reading still works on a full disk
    assert code == 0, err
    for args in (
        ["import", str(big)],
        ["import-labels", str(labels)],
        ["export", "-o", str(small_disk / "out.jsonl")],
        ["export", "--format", "hf", "-o", str(small_disk / "hf")],
        ["agreement", "--format", "html", "-o", str(small_disk / "report.html")],
    ):
        code, err = invoke(*args, "--db", str(db))
        assert code == 1, (args, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (args, err)
        leftovers = [p.name for p in small_disk.iterdir() if p.name.endswith(".tmp")]
        assert not leftovers, (args, leftovers)
    filler.unlink()
    with Store.open(db) as store:
        assert store.integrity_ok()
        assert store.labelled_count("alice") == 20
    shutil.rmtree(small_disk / "hf", ignore_errors=True)
