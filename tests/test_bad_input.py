"""Bad input: one line naming the file (and line), exit code 1, the database untouched."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store
from tests.conftest import SAMPLE_DATA, dump


@pytest.fixture
def seeded(db_path: Path) -> Path:
    result = CliRunner().invoke(cli, ["import", str(SAMPLE_DATA), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return db_path


def run_import(db: Path, *paths: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["import", *map(str, paths), "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


BAD_FILES = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "nul.txt": (b"Titre\n\nLe Kremlin\x00 nie.\n", "NUL"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \t\n", "empty file"),
    "undecodable.txt": (b"Titre\n\n\x81\x8d\x8f\x90\x9d caf\xc3 \n", "not UTF-8"),
    "broken.jsonl": (
        b'{"title": "A", "text": "Le Kremlin nie."}\n{"title": "B", "text": \n',
        "broken.jsonl:2: invalid JSON",
    ),
    "missing-field.jsonl": (b'{"title": "A"}\n', "missing-field.jsonl:1: text: missing"),
    "not-object.jsonl": (b'["A", "B"]\n', "not-object.jsonl:1: expected a JSON object"),
    "blank-text.jsonl": (b'{"title": "A", "text": "   "}\n', "blank-text.jsonl:1: text"),
    "article.pdf": (b"%PDF-1.4 ...", "unsupported file type"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gives_one_line_and_leaves_the_database_as_it_was(
    seeded: Path, tmp_path: Path, name: str
) -> None:
    content, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(seeded)
    code, out, err = run_import(seeded, path)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert name in lines[0] and expected in lines[0]
    assert "Traceback" not in err
    assert dump(seeded) == before


def test_missing_path(seeded: Path, tmp_path: Path) -> None:
    before = dump(seeded)
    code, _out, err = run_import(seeded, tmp_path / "nowhere.txt")
    assert code == 1
    assert err.strip() == f"error: {tmp_path / 'nowhere.txt'}: no such file or folder"
    assert dump(seeded) == before


def test_jsonl_with_one_bad_line_imports_nothing_from_that_file(
    seeded: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"title": "Bon", "text": "Le Kremlin nie."}\n{"title": 3}\n')
    before = dump(seeded)
    code, _out, err = run_import(seeded, path)
    assert code == 1 and "mixed.jsonl:2" in err
    assert dump(seeded) == before


def test_good_files_are_imported_beside_bad_ones(db_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Titre\n\nLe Kremlin nie.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out, err = run_import(db_path, good, bad)
    assert code == 1
    assert "1 article(s)" in out and "1 error(s)" in out
    assert Store.open(db_path).article_count() == 1


@pytest.mark.parametrize(
    "encoding,prefix",
    [("cp1252", b""), ("latin-1", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b"")],
)
def test_legacy_encodings_and_bom_decode_without_mojibake(
    db_path: Path, tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = "Élysée : « Ça suffit »\r\n\r\nLe président a déclaré qu’il « nie » — 49,3 %.\r\n"
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("—", "-")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    code, out, err = run_import(db_path, path)
    assert code == 0, err
    store = Store.open(db_path)
    ((article_id, title),) = store.article_list()
    article = store.article(article_id)
    assert title == "Élysée : « Ça suffit »"
    assert "\r" not in article.text and not article.text.startswith("\ufeff")
    assert article.text == text.replace("\r\n", "\n")
