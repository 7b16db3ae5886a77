"""`annotator export`: every format loads in its consumer; filters; streaming; atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema as validator
import pytest
from click.testing import CliRunner

from annotator import file_formats
from annotator.cli import cli
from annotator.export import ExportFilter, export, iter_records
from annotator.ingest import import_paths
from annotator.models import Adjudication, AdjudicationReason
from annotator.store import Store
from annotator.store.export_rows import export_query
from tests.conftest import SAMPLE_DATA

NOTE = 'a "quoted" note, with commas;\nand a second line'


def label_samples(store: Store, *, only: tuple[str, ...] = ("alice", "bob")) -> str:
    """alice and bob label every sample sentence, agreeing on most of them.

    bob disagrees on every 5th sentence and skips every 7th; alice adds a source, a cue, a
    note and a flag on every 6th. Returns the id of an adjudicated sentence (a disagreement).
    """
    store.conn.execute("PRAGMA synchronous = OFF")  # tests need no fsync per label
    names = store.scheme.names
    adjudicated = ""
    for i, sentence in enumerate(store.iter_sentences()):
        label = names[i % len(names)]
        if "alice" in only:
            store.label(sentence.id, "alice", label, seconds=1.5 + i % 3)
            if i % 6 == 0:
                store.update(
                    sentence.id,
                    "alice",
                    source="Poutine",
                    cue="a déclaré",
                    note=NOTE,
                    flagged=True,
                )
        if "bob" not in only:
            continue
        if i % 7 == 3:
            store.update(sentence.id, "bob", skipped=True)
            continue
        other = names[(i + 1) % len(names)] if i % 5 == 0 else label
        store.label(
            sentence.id,
            "bob",
            other,
            seconds=2.0,
            suggested=label,
            suggested_cue="a déclaré" if i % 2 else None,
            suggested_source="Poutine" if i % 2 else None,
            suggested_rule="incise",
            suggestion_shown=i % 3 == 0,
        )
        if i % 5 == 0 and not adjudicated and "alice" in only:
            adjudicated = sentence.id
            store.adjudicate(
                Adjudication(
                    sentence_id=sentence.id,
                    label=other,
                    reviewer="lead",
                    reason=AdjudicationReason.AMBIGUOUS,
                    note="bob is right",
                )
            )
    return adjudicated


def fresh_store(path: Path) -> Store:
    """A new database with the sample articles imported."""
    store = Store.open(path)
    assert not import_paths(store, [SAMPLE_DATA]).errors
    return store


@pytest.fixture
def labelled(store: Store) -> Store:
    label_samples(store)
    return store


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------------------- formats


def test_jsonl_records_match_the_json_schema_and_the_database(
    labelled: Store, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "labels.jsonl"
    result = invoke("export", "--db", str(db_path), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = lines(out)
    schema = file_formats.schemas()["export.jsonl-record.schema.json"]
    check = validator.Draft202012Validator(schema)
    for record in records:
        check.validate(record)
    assert len(records) == labelled.sentence_count()  # everyone labelled or skipped something
    labels = sum(1 for record in records for a in record["annotations"] if a["label"])
    assert labels == len(list(labelled.triples()))
    assert f"{labels} label(s)" in result.stderr

    by_id = {record["sentence_id"]: record for record in records}
    for sentence_id, annotator, label in labelled.triples():
        mine = [a for a in by_id[sentence_id]["annotations"] if a["annotator"] == annotator]
        stored = labelled.annotation(sentence_id, annotator)
        assert stored is not None
        assert mine == [stored.model_dump(mode="json", exclude={"sentence_id"})]
        assert mine[0]["label"] == label


def test_jsonl_context_and_gold(labelled: Store) -> None:
    records = list(iter_records(labelled))
    for record in records:
        sentences = labelled.sentences_of(record.article_id)
        assert record.text == sentences[record.position].text
        before = sentences[record.position - 1].text if record.position > 0 else None
        after = (
            sentences[record.position + 1].text if record.position + 1 < len(sentences) else None
        )
        assert (record.previous, record.next) == (before, after)
    methods = {record.gold.method.value for record in records}
    assert methods == {"adjudicated", "unanimous", "unresolved"}
    adjudicated = [r for r in records if r.gold.method == "adjudicated"]
    assert len(adjudicated) == 1 and adjudicated[0].adjudication is not None
    assert adjudicated[0].adjudication.reviewer == "lead"


def test_csv_loads_in_pandas_as_is(labelled: Store, db_path: Path, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "labels.csv"
    assert invoke("export", "--db", str(db_path), "-f", "csv", "-o", str(out)).exit_code == 0
    frame = pandas.read_csv(out, keep_default_na=False)
    rows = labelled.db.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
    assert len(frame) == rows  # one row per (sentence, annotator)
    assert {"sentence_id", "annotator", "label", "text", "gold_label", "gold_method"} <= set(
        frame.columns
    )
    assert frame["flagged"].dtype == bool
    noted = frame[frame["note"] != ""]
    assert set(noted["note"]) == {NOTE}  # quotes, commas and newlines survive
    first = labelled.first_sentence()
    assert first is not None
    assert set(frame[frame["sentence_id"] == first.id]["text"]) == {first.text}


def test_prodigy_lines_have_the_db_out_fields(labelled: Store, db_path: Path) -> None:
    result = invoke("export", "--db", str(db_path), "-f", "prodigy")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    required = {
        "text",
        "options",
        "accept",
        "answer",
        "_input_hash",
        "_task_hash",
        "_view_id",
        "_annotator_id",
        "_session_id",
        "_timestamp",
        "meta",
    }
    names = labelled.scheme.names
    task_of: dict[str, int] = {}
    for answer in answers:
        assert required <= set(answer)
        assert answer["_view_id"] == "choice"
        assert [option["id"] for option in answer["options"]] == names
        assert answer["answer"] in {"accept", "ignore"}
        assert set(answer["accept"]) <= set(names)
        assert len(answer["accept"]) == (answer["answer"] == "accept")
        for key in ("_input_hash", "_task_hash"):
            assert isinstance(answer[key], int) and -(2**31) <= answer[key] < 2**31
        assert answer["_session_id"] == f"claims-{answer['meta']['annotator']}"
        assert isinstance(answer["_timestamp"], int) and answer["_timestamp"] > 1_600_000_000
        # every annotator's answer to one sentence shares the task hash (prodigy review)
        sentence_id = answer["meta"]["sentence_id"]
        assert task_of.setdefault(sentence_id, answer["_task_hash"]) == answer["_task_hash"]
    accepted = sum(answer["answer"] == "accept" for answer in answers)
    assert accepted == len(list(labelled.triples()))
    assert any(answer["answer"] == "ignore" for answer in answers)  # bob's skips


def test_spacy_cats_are_one_hot_gold_labels(labelled: Store, db_path: Path) -> None:
    result = invoke("export", "--db", str(db_path), "-f", "spacy-jsonl")
    assert result.exit_code == 0, result.output
    examples = [json.loads(line) for line in result.stdout.splitlines()]
    gold = {r.sentence_id: r.gold.label for r in iter_records(labelled) if r.gold.label}
    assert len(examples) == len(gold)
    for example in examples:
        assert isinstance(example["text"], str) and example["text"]
        assert set(example["cats"]) == set(labelled.scheme.names)
        assert sorted(example["cats"].values()) == [0.0, 0.0, 0.0, 1.0]
        chosen = max(example["cats"], key=example["cats"].get)
        assert chosen == gold[example["meta"]["sentence_id"]]


def test_hf_folder_loads_with_a_class_label(
    labelled: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    folder = tmp_path / "dataset"
    result = invoke("export", "--db", str(db_path), "-f", "hf", "-o", str(folder))
    assert result.exit_code == 0, result.output
    dataset = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf-cache"))["train"]
    label = dataset.features["label"]
    assert isinstance(label, datasets.ClassLabel)
    assert label.names == labelled.scheme.names
    records = {r.sentence_id: r for r in iter_records(labelled)}
    resolved = {k: r for k, r in records.items() if r.gold.label is not None}
    assert len(resolved) < len(records)  # the fixture has ties
    assert len(dataset) == len(resolved)  # left out by default: no -1 label
    for row in dataset:
        gold = records[row["sentence_id"]].gold
        assert row["label"] == label.str2int(gold.label)
        assert {k: v for k, v in row["votes"].items() if v} == gold.votes
    # exporting again replaces the previous export; --include-unresolved keeps the ties
    result = invoke(
        "export", "--db", str(db_path), "-f", "hf", "-o", str(folder), "--include-unresolved"
    )
    assert result.exit_code == 0, result.output
    dataset = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf-cache2"))["train"]
    assert len(dataset) == len(records)
    assert sum(row["label"] == -1 for row in dataset) == len(records) - len(resolved)


def test_hf_splits_by_article_never_leak(
    labelled: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    folder = tmp_path / "dataset"
    args = ["export", "--db", str(db_path), "-f", "hf", "-o", str(folder)]
    result = invoke(*args, "--split", "0.6,0.2,0.2", "--seed", "3")
    assert result.exit_code == 0, result.output
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "cache"))
    assert set(loaded) == {"train", "validation", "test"}
    articles = {name: {row["article_id"] for row in loaded[name]} for name in loaded}
    assert all(articles.values())  # five articles: each split has one
    assert not (articles["train"] & articles["validation"])
    assert not (articles["train"] & articles["test"])
    assert not (articles["validation"] & articles["test"])
    resolved = [r for r in iter_records(labelled) if r.gold.label is not None]
    assert sum(len(loaded[name]) for name in loaded) == len(resolved)
    # seeded: the same seed, the same split
    again = tmp_path / "again"
    assert invoke(*args[:-1], str(again), "--split", "0.6,0.2,0.2", "--seed", "3").exit_code == 0
    for name in loaded:
        assert (again / f"{name}.jsonl").read_bytes() == (folder / f"{name}.jsonl").read_bytes()


@pytest.mark.parametrize("bad", ["0.8,0.3", "1", "a,b", "0.5,0.5,0,0", "0.9,-0.1,0.2"])
def test_bad_split_is_one_line(labelled: Store, db_path: Path, tmp_path: Path, bad: str) -> None:
    result = invoke(
        "export", "--db", str(db_path), "-f", "hf", "-o", str(tmp_path / "x"), "--split", bad
    )
    assert result.exit_code == 1 and "--split" in result.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_spacy_docbin_trains_with_spacy_train(
    labelled: Store, db_path: Path, tmp_path: Path
) -> None:
    pytest.importorskip("spacy")
    import spacy
    from spacy.tokens import DocBin

    folder = tmp_path / "corpus"
    result = invoke("export", "--db", str(db_path), "-f", "spacy", "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert {p.name for p in folder.iterdir()} == {
        "train.spacy",
        "dev.spacy",
        "config.cfg",
        "README.md",
    }
    nlp = spacy.blank("fr")
    docs = {
        split: list(DocBin().from_disk(folder / f"{split}.spacy").get_docs(nlp.vocab))
        for split in ("train", "dev")
    }
    resolved = [r for r in iter_records(labelled) if r.gold.label]
    assert sum(len(d) for d in docs.values()) == len(resolved)
    gold: dict[str, set[str]] = {}  # a text can be in two articles (page furniture)
    for record in resolved:
        gold.setdefault(record.text, set()).add(record.gold.label)  # type: ignore[arg-type]
    for doc in docs["train"] + docs["dev"]:
        chosen = max(doc.cats, key=doc.cats.get)
        assert chosen in gold[doc.text] and sum(doc.cats.values()) == 1.0
    trained = subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(folder / "config.cfg"),
            "--paths.train",
            str(folder / "train.spacy"),
            "--paths.dev",
            str(folder / "dev.spacy"),
            "--output",
            str(tmp_path / "model"),
            "--training.max_steps",
            "20",
            "--training.eval_frequency",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert trained.returncode == 0, trained.stderr[-2000:]
    assert (tmp_path / "model" / "model-last").is_dir()


def test_excel_safe_csv(labelled: Store, db_path: Path, tmp_path: Path) -> None:
    sentence = labelled.first_sentence()
    assert sentence is not None
    labelled.update(sentence.id, "alice", note='=HYPERLINK("http://x","clic")')
    labelled.update(sentence.id, "alice", source="-Moscou", cue="@cue")
    plain_csv = tmp_path / "plain.csv"
    safe_csv = tmp_path / "safe.csv"
    assert invoke("export", "--db", str(db_path), "-f", "csv", "-o", str(plain_csv)).exit_code == 0
    result = invoke(
        "export", "--db", str(db_path), "-f", "csv", "--excel-safe", "-o", str(safe_csv)
    )
    assert result.exit_code == 0, result.output
    import csv as csv_module

    def alice(path: Path) -> dict[str, str]:
        with path.open(encoding="utf-8", newline="") as handle:
            return next(
                row
                for row in csv_module.DictReader(handle)
                if row["sentence_id"] == sentence.id and row["annotator"] == "alice"
            )

    assert alice(plain_csv)["note"] == '=HYPERLINK("http://x","clic")'  # verbatim for pandas
    safe = alice(safe_csv)
    assert safe["note"] == '\'=HYPERLINK("http://x","clic")'
    assert safe["source"] == "'-Moscou" and safe["cue"] == "'@cue"
    assert invoke("export", "--db", str(db_path), "--excel-safe").exit_code == 1  # jsonl


def test_a_flag_on_an_unlabelled_sentence_survives_export_and_import(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    unlabelled = store.first_sentence()
    assert unlabelled is not None
    store.update(unlabelled.id, "carol", flagged=True, note="à revoir")
    out = tmp_path / "backup.jsonl"
    assert invoke("export", "--db", str(db_path), "-o", str(out)).exit_code == 0
    fresh = tmp_path / "fresh.db"
    assert invoke("import", str(SAMPLE_DATA), "--db", str(fresh)).exit_code == 0
    result = invoke("import-labels", str(out), "--db", str(fresh))
    assert result.exit_code == 0, result.output
    with Store.open(fresh, readonly=True) as copy:
        state = copy.annotation(unlabelled.id, "carol")
        assert state is not None and state.flagged and state.note == "à revoir"
        assert state.label is None


@pytest.mark.parametrize("target", ["/dev/null", "/dev/full"])
def test_export_to_a_device_writes_in_place(labelled: Store, db_path: Path, target: str) -> None:
    import os
    import stat as stat_module

    before = os.stat(target)
    result = invoke("export", "--db", str(db_path), "-o", target)
    after = os.stat(target)
    assert stat_module.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino  # still the device
    if target == "/dev/full":
        assert result.exit_code == 1
        assert "No space left on device" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    else:
        assert result.exit_code == 0, result.output


def test_export_through_a_symlink_replaces_its_target(
    labelled: Store, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert invoke("export", "--db", str(db_path), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8").startswith('{"sentence_id"')


# ------------------------------------------------------------------------------- filters


def test_filters(labelled: Store) -> None:
    everything = list(iter_records(labelled))
    alice = list(iter_records(labelled, ExportFilter(annotators=("alice",))))
    assert alice and all([a.annotator for a in r.annotations] == ["alice"] for r in alice)
    assert all(r.gold.method in ("unanimous", "adjudicated") for r in alice)

    article_id = everything[-1].article_id
    one = list(iter_records(labelled, ExportFilter(article_ids=(article_id,))))
    assert one and {r.article_id for r in one} == {article_id}
    number = str([a for a, _ in labelled.article_list()].index(article_id) + 1)
    assert list(iter_records(labelled, ExportFilter(article_ids=(number,)))) == one

    contested = list(iter_records(labelled, ExportFilter(labels=("contested",))))
    assert contested and all(
        "contested" in r.gold.votes
        or (r.adjudication is not None and r.adjudication.label == "contested")
        for r in contested
    )
    assert len(contested) < len(everything)

    gold = list(iter_records(labelled, ExportFilter(gold_only=True)))
    assert gold and all(r.gold.label is not None for r in gold)
    assert len(gold) < len(everything)

    two = list(iter_records(labelled, ExportFilter(min_annotators=2)))
    assert two and all(sum(r.gold.votes.values()) >= 2 for r in two)
    assert len(two) < len(everything)

    unlabelled = labelled.sentence_count() - len(everything)
    every = list(iter_records(labelled, ExportFilter(min_annotators=0)))
    assert len(every) == labelled.sentence_count() == len(everything) + unlabelled


def test_filters_on_the_command_line(labelled: Store, db_path: Path) -> None:
    result = invoke(
        "export",
        "--db",
        str(db_path),
        "--annotator",
        "bob",
        "--min-annotators",
        "1",
        "--gold-only",
        "--label",
        "asserted",
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        assert [a["annotator"] for a in record["annotations"]] == ["bob"]
        assert record["gold"]["label"] is not None
        assert "asserted" in record["gold"]["votes"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--label", "true"], "unknown label 'true'"),
        (["--article", "nope"], "no article 'nope'"),
        (["--article", "99"], "no article '99'"),
        (["-f", "hf"], "writes a folder"),
    ],
)
def test_bad_filters_are_one_line_errors(
    labelled: Store, db_path: Path, args: list[str], message: str
) -> None:
    result = invoke("export", "--db", str(db_path), *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------- streaming, atomicity


def test_export_query_streams_without_a_copy_of_the_table(store: Store) -> None:
    """No materialised subquery and no sort: SQLite walks the (article_id, position) index."""
    for args in ((None, None), (["a", "b"], ["alice"])):
        sql, params = export_query(*args)
        plan = " | ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "MATERIALIZE" not in plan and "TEMP B-TREE" not in plan, plan


def test_failed_export_leaves_no_partial_file(
    labelled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "labels.jsonl"
    out.write_text("previous export\n", encoding="utf-8")
    import annotator.export.records as records_module

    original = records_module._dumps  # the JSONL lines' encoder
    calls = {"n": 0}

    def failing(value: Any) -> str:
        calls["n"] += 1
        if calls["n"] > 10:
            raise RuntimeError("disk full")
        return original(value)

    monkeypatch.setattr(records_module, "_dumps", failing)
    with pytest.raises(RuntimeError):
        export(labelled, "jsonl", out)
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_hf_refuses_to_replace_a_folder_it_did_not_write(labelled: Store, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.tex").write_text("precious", encoding="utf-8")
    result = invoke("export", "--db", str(labelled.path), "-f", "hf", "-o", str(folder))
    assert result.exit_code == 1 and "not a previous export" in result.stderr
    assert (folder / "thesis.tex").read_text(encoding="utf-8") == "precious"


def test_export_registers_its_json_schema() -> None:
    schema = file_formats.schemas()["export.jsonl-record.schema.json"]
    assert {"sentence_id", "annotations", "gold"} <= set(schema["required"])


def test_a_split_needs_as_many_articles_as_splits(
    labelled: Store, db_path: Path, tmp_path: Path
) -> None:
    result = invoke(
        "export",
        "--db",
        str(db_path),
        "-f",
        "hf",
        "-o",
        str(tmp_path / "x"),
        "--article",
        "1",
        "--article",
        "2",
        "--split",
        "0.8,0.1,0.1",
    )
    assert result.exit_code == 1
    assert "needs at least 3 articles" in result.stderr and "there are 2" in result.stderr
    assert not (tmp_path / "x").exists()
