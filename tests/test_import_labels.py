"""`annotator import-labels`: export → import gives the same labels; validated; idempotent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.errors import InputError
from annotator.export import export
from annotator.import_labels import import_labels
from annotator.store import Store
from tests.conftest import dump
from tests.test_export import fresh_store, label_samples


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def state(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every annotation and adjudication, as rows."""
    annotations = store.conn.execute(
        "SELECT * FROM annotations ORDER BY sentence_id, annotator"
    ).fetchall()
    adjudications = store.conn.execute(
        "SELECT * FROM adjudications ORDER BY sentence_id"
    ).fetchall()
    return annotations, adjudications


def event_count(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def write_lines(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    text = "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows)
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    """A jsonl export of the samples labelled by alice and bob."""
    label_samples(store)
    out = tmp_path / "export.jsonl"
    export(store, "jsonl", out)
    return out


def test_export_then_import_into_a_fresh_database_gives_the_same_labels(
    store: Store, exported: Path, tmp_path: Path
) -> None:
    target = tmp_path / "fresh.db"
    fresh_store(target).close()
    result = invoke("import-labels", "--db", str(target), str(exported))
    assert result.exit_code == 0, result.output
    annotations = store.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
    assert f"{annotations} label(s) added" in result.stdout
    imported = Store.open(target)
    assert state(imported) == state(store)  # labels, notes, flags, timestamps, adjudication
    assert event_count(imported) == annotations + 1  # one per label written, one adjudication

    # importing again changes nothing, and logs nothing
    before = dump(target)
    imported.close()
    again = invoke("import-labels", "--db", str(target), str(exported))
    assert again.exit_code == 0
    assert "0 label(s) added, 0 changed" in again.stdout
    assert dump(target) == before


STATE = (
    "sentence_id, annotator, label, source, cue, note, flagged, skipped, seconds, suggested, "
    "suggested_cue, suggested_source, suggested_rule, suggestion_shown"
)


@pytest.mark.parametrize(
    ("fmt", "columns"),
    [
        ("jsonl", "*"),
        ("csv", "*"),
        ("prodigy", STATE),  # Prodigy keeps seconds-precision times
    ],
)
def test_every_label_format_reimports(
    store: Store, db_path: Path, tmp_path: Path, fmt: str, columns: str
) -> None:
    label_samples(store)
    out = tmp_path / f"labels.{fmt}"
    assert invoke("export", "--db", str(db_path), "-f", fmt, "-o", str(out)).exit_code == 0
    target = tmp_path / "fresh.db"
    fresh_store(target).close()
    result = invoke("import-labels", "--db", str(target), str(out))
    assert result.exit_code == 0, result.output
    sql = f"SELECT {columns} FROM annotations ORDER BY sentence_id, annotator"
    imported = Store.open(target)
    assert imported.db.execute(sql).fetchall() == store.conn.execute(sql).fetchall()
    again = invoke("import-labels", "--db", str(target), str(out))
    assert "0 label(s) added, 0 changed" in again.stdout


def test_plain_label_lines_round_trip(store: Store, exported: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.jsonl"
    rows = []
    for line in exported.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for item in record["annotations"]:
            item.pop("skipped")
            rows.append({"sentence_id": record["sentence_id"], **item})
    write_lines(plain, rows)
    fresh = fresh_store(tmp_path / "fresh.db")
    report = import_labels(fresh, plain)
    assert report.added == len(rows)
    sql = (
        "SELECT sentence_id, annotator, label, note, seconds, updated_at FROM annotations "
        "ORDER BY 1, 2"
    )
    assert fresh.db.execute(sql).fetchall() == store.conn.execute(sql).fetchall()


def test_a_minimal_csv_sets_labels(store: Store, tmp_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    path = tmp_path / "labels.csv"
    path.write_text(
        f"sentence_id,annotator,label\n{first.id},carol,asserted\n", encoding="utf-8-sig"
    )
    assert import_labels(store, path).added == 1
    carol = store.annotation(first.id, "carol")
    assert carol is not None and carol.label == "asserted"
    path.write_text(f"sentence_id,annotator,label\n{first.id},carol,maybe\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"labels.csv:2: unknown label 'maybe'"):
        import_labels(store, path)


def test_plain_lines_change_only_the_fields_they_give(store: Store, tmp_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    store.update(first.id, "alice", label="asserted", note="keep me", seconds=7.0)
    path = write_lines(
        tmp_path / "labels.jsonl",
        [
            {"sentence_id": first.id, "annotator": "alice", "label": "contested"},
            {"sentence_id": first.id, "annotator": "model", "label": "attributed", "cue": "selon"},
        ],
    )
    report = import_labels(store, path)
    assert (report.added, report.changed, report.unchanged) == (1, 1, 0)
    alice = store.annotation(first.id, "alice")
    assert alice is not None
    assert (alice.label, alice.note, alice.seconds) == ("contested", "keep me", 7.0)
    model = store.annotation(first.id, "model")
    assert model is not None and (model.label, model.cue) == ("attributed", "selon")
    assert [e.action for e in store.events("alice")] == ["label", "label"]
    assert import_labels(store, path).unchanged == 2


def test_an_older_label_does_not_overwrite_a_newer_one(store: Store, tmp_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    store.label(first.id, "alice", "asserted")
    path = write_lines(
        tmp_path / "old.jsonl",
        [
            {
                "sentence_id": first.id,
                "annotator": "alice",
                "label": "contested",
                "updated_at": "2001-01-01T00:00:00Z",
            }
        ],
    )
    report = import_labels(store, path)
    assert report.older == 1
    alice = store.annotation(first.id, "alice")
    assert alice is not None and alice.label == "asserted"


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        (
            '{"sentence_id": "nope:0-1", "annotator": "alice", "label": "asserted"}',
            "no sentence 'nope:0-1'",
        ),
        (
            '{"sentence_id": "SENTENCE", "annotator": "alice", "label": "true"}',
            "unknown label 'true'",
        ),
        ('{"sentence_id": "SENTENCE", "annotator": "alice", "labl": "asserted"}', "labl"),
        ('{"sentence_id": "SENTENCE", "annotator": "", "label": "asserted"}', "annotator"),
        ('{"sentence_id": "SENTENCE", "annotator": "a", "updated_at": "yesterday"}', "yesterday"),
    ],
)
def test_a_bad_line_is_named_and_nothing_of_the_file_is_kept(
    store: Store, db_path: Path, tmp_path: Path, bad_line: str, message: str
) -> None:
    sentences = list(store.iter_sentences())
    good = {"sentence_id": sentences[0].id, "annotator": "alice", "label": "asserted"}
    also_good = {"sentence_id": sentences[1].id, "annotator": "bob", "label": "contested"}
    path = write_lines(
        tmp_path / "labels.jsonl",
        [good, also_good, bad_line.replace("SENTENCE", sentences[2].id)],
    )
    before = dump(db_path)
    result = invoke("import-labels", "--db", str(db_path), str(path))
    assert result.exit_code == 1
    error = result.stderr.strip()
    assert len(error.splitlines()) == 1
    assert error.startswith(f"Error: {path}:3: ") and message in error
    assert dump(db_path) == before


def test_an_export_record_with_another_text_is_refused(
    store: Store, exported: Path, tmp_path: Path
) -> None:
    record = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    record["text"] = "Une autre phrase."
    path = write_lines(tmp_path / "edited.jsonl", [record])
    with pytest.raises(InputError, match=r"edited.jsonl:1: .* has another text"):
        import_labels(store, path)


def test_dry_run_writes_nothing(store: Store, db_path: Path, tmp_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    path = write_lines(
        tmp_path / "labels.jsonl",
        [{"sentence_id": first.id, "annotator": "alice", "label": "asserted"}],
    )
    before = dump(db_path)
    result = invoke("import-labels", "--db", str(db_path), "--dry-run", str(path))
    assert result.exit_code == 0
    assert result.stdout.startswith("(dry run) ") and "1 label(s) added" in result.stdout
    assert dump(db_path) == before


def test_labels_from_stdin(store: Store, db_path: Path) -> None:
    first = store.first_sentence()
    assert first is not None
    line = json.dumps({"sentence_id": first.id, "annotator": "zoé", "label": "asserted"})
    result = CliRunner().invoke(
        cli, ["import-labels", "--db", str(db_path), "-"], input=line + "\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<stdin>: 1 line(s); 1 label(s) added")
    zoe = store.annotation(first.id, "zoé")
    assert zoe is not None and zoe.label == "asserted"
