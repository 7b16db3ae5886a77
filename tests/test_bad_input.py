"""Bad input: one line naming the file (and line), exit code 1, the database untouched."""

from __future__ import annotations

import codecs
import json
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


# ------------------------------------------------------------- what import reads and skips


def test_a_folder_with_other_file_types_says_what_it_skipped(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.4")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4")
    (folder / "c.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run_import(db_path, folder)
    assert code == 1  # nothing was imported
    assert "3 file(s) of other types skipped (2 .pdf, 1 .docx)" in out
    assert "no article found" in err
    assert not db_path.exists()  # and no empty database left behind
    (folder / "d.txt").write_text("Titre\n\nLe maire a démissionné.\n", encoding="utf-8")
    code, out, _err = run_import(db_path, folder)
    assert code == 0
    assert out.startswith("1 article(s)") and "(2 .pdf, 1 .docx)" in out


def test_a_failed_first_import_without_db_leaves_no_file(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "bad.jsonl")])
    assert result.exit_code == 1
    assert not (tmp_path / "annotations.db").exists()  # ANNOTATOR_DB points there
    assert not list(tmp_path.glob("annotations.db*"))


def test_only_regular_files_are_read(seeded: Path, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    before = dump(seeded)
    for path in (fifo, zero):
        code, _out, err = run_import(seeded, path)
        assert code == 1
        assert (
            err.strip()
            == f"error: {path}: not a regular file (a pipe, a device?): only files are read"
        )
    assert dump(seeded) == before


def test_utf16_without_bom_is_read(db_path: Path, tmp_path: Path) -> None:
    text = "Titre à l'été\n\nLe ministre a déclaré que tout allait bien.\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        code, _out, err = run_import(db_path, path)
        assert code == 0, err
    with Store.open(db_path, readonly=True) as store:
        assert [title for _i, title in store.article_list()] == ["Titre à l'été"]  # one article


def test_the_same_id_with_another_text_is_refused(seeded: Path, tmp_path: Path) -> None:
    first = tmp_path / "one.jsonl"
    first.write_text('{"id": "x1", "title": "A", "text": "Le maire a parlé."}\n', encoding="utf-8")
    assert run_import(seeded, first)[0] == 0
    before = dump(seeded)
    clash = tmp_path / "two.jsonl"
    clash.write_text(
        '{"id": "y", "title": "B", "text": "Autre chose."}\n'
        '{"id": "x1", "title": "A", "text": "Un autre texte."}\n',
        encoding="utf-8",
    )
    code, _out, err = run_import(seeded, clash)
    assert code == 1
    assert f"{clash}:2: article id 'x1' is already used by an article with another text" in err
    assert dump(seeded) == before  # the whole file refused
    inside = tmp_path / "three.jsonl"
    inside.write_text(
        '{"id": "z", "title": "A", "text": "Un."}\n{"id": "z", "title": "A", "text": "Deux."}\n',
        encoding="utf-8",
    )
    code, _out, err = run_import(seeded, inside)
    assert code == 1 and f"{inside}:2: article id 'z'" in err


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"title": "A", "text": "x", "n": ' + "9" * 5000 + "}", "JSON: a number with too many"),
        ('{"title": "A", "text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON: nested"),
    ],
    ids=["5000-digits", "100000-deep"],
)
def test_pathological_json_is_one_line(
    seeded: Path, tmp_path: Path, line: str, expected: str
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    before = dump(seeded)
    code, _out, err = run_import(seeded, path)
    assert code == 1
    assert err.startswith(f"error: {path}:1: ") and expected in err
    assert len(err.strip().splitlines()) == 1
    labels = tmp_path / "odd-labels.jsonl"
    labels.write_text(line + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import-labels", str(labels), "--db", str(seeded)])
    assert result.exit_code == 1 and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(seeded) == before


def test_import_labels_refuses_a_lone_surrogate_and_an_empty_file(
    seeded: Path, tmp_path: Path
) -> None:
    with Store.open(seeded, readonly=True) as store:
        sentence_id = store.first_sentence().id  # type: ignore[union-attr]
    before = dump(seeded)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"sentence_id": "' + sentence_id + '", "annotator": "a", "label": "asserted", '
        '"note": "x\\udc80"}\n',
        encoding="utf-8",
    )
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    for path, expected in ((bad, "lone surrogate"), (empty, "empty file")):
        result = CliRunner().invoke(cli, ["import-labels", str(path), "--db", str(seeded)])
        assert result.exit_code == 1, result.output
        assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert dump(seeded) == before


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"])
def test_jsonl_is_read_line_by_line_in_every_encoding(
    db_path: Path, tmp_path: Path, encoding: str
) -> None:
    """JSONL files stream (memory stays flat, whatever their size); the encoding is found
    over the whole file, not only its start (a Windows-1252 byte after the first megabyte)."""
    lines = [
        json.dumps(
            {"title": f"Été {n}", "text": f"Le maire {n} a déclaré « oui »."}, ensure_ascii=False
        )
        for n in range(30_000)
    ]
    path = tmp_path / f"{encoding}.jsonl"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    code, out, err = run_import(db_path, path)
    assert code == 0, err
    assert out.startswith("30000 article(s)")
    with Store.open(db_path, readonly=True) as store:
        titles = {title for _i, title in store.article_list()}
        assert "Été 29999" in titles and len(titles) == 30_000
        sentence = next(iter(store.iter_sentences()))
        assert "« oui »" in sentence.text


def test_the_encoding_of_a_jsonl_file_is_found_over_the_whole_file(
    db_path: Path, tmp_path: Path
) -> None:
    """ASCII for more than a megabyte, then a Windows-1252 byte: the whole file is read as
    Windows-1252 (as a file read whole would be), not refused half-way."""
    ascii_lines = [
        json.dumps({"title": f"Article {n}", "text": f"Le maire {n} a parle."})
        for n in range(25_000)
    ]
    late = '{"title": "Cr\xe8che", "text": "La cr\xe8che ouvre."}'.encode("latin-1")
    path = tmp_path / "late.jsonl"
    path.write_bytes(("\n".join(ascii_lines) + "\n").encode() + late + b"\n")
    assert path.stat().st_size > 1 << 20
    code, _out, err = run_import(db_path, path)
    assert code == 0, err
    with Store.open(db_path, readonly=True) as store:
        assert "Crèche" in {title for _i, title in store.article_list()}
