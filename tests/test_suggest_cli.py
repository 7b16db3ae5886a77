"""`annotator suggest`: the JSONL of every sentence, and --evaluate against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store
from tests.conftest import DATA, ROOT, dump


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_one_line_per_sentence_valid_against_its_schema(store: Store, db_path: Path) -> None:
    code, out, err = run("suggest", "--db", str(db_path))
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == store.sentence_count()
    schema = json.loads((ROOT / "schema/suggestion.jsonl-record.schema.json").read_text())
    for line in lines:
        jsonschema.validate(line, schema)
        for start, end in line["cue_spans"]:
            assert line["text"][start:end] in line["cue"]
    by_text = {line["text"]: line for line in lines}
    kremlin = by_text["Le Kremlin nie que ce soit le cas."]
    assert (kremlin["label"], kremlin["cue"], kremlin["source"]) == (
        "contested",
        "nie que",
        "Le Kremlin",
    )
    assert f"suggested {len(lines)} sentence(s)" in err


def test_output_file_and_one_article(store: Store, db_path: Path, tmp_path: Path) -> None:
    before = dump(db_path)
    target = tmp_path / "suggestions.jsonl"
    code, _, err = run("suggest", "--db", str(db_path), "--article", "2", "-o", str(target))
    assert code == 0, err
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    second = store.article_list()[1][0]
    assert {line["article_id"] for line in lines} == {second}
    assert len(lines) == store.sentence_count(second)
    assert dump(db_path) == before  # suggesting writes nothing to the database


def test_evaluate_prints_the_scores(store: Store, db_path: Path) -> None:
    code, out, err = run(
        "suggest", "--db", str(db_path), "--evaluate", str(DATA / "seed_gold.jsonl")
    )
    assert code == 0, err
    for label in ("attributed", "contested", "asserted", "not_a_claim"):
        assert label in out
    assert "macro-F1" in out and "Cohen's kappa" in out
    assert "cue match" in out and "source match" in out
    code, out, _ = run(
        "suggest", "--db", str(db_path), "--evaluate", str(DATA / "seed_gold.jsonl"), "--json"
    )
    scores = json.loads(out)
    assert scores["sentences"] + scores["unmatched"] == 106
    assert scores["macro_f1"] >= 0.9


def test_bad_gold_line_names_file_and_line(store: Store, db_path: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    good = (DATA / "seed_gold.jsonl").read_text().splitlines()[0]
    gold.write_text(good + "\n{not json\n")
    code, _, err = run("suggest", "--db", str(db_path), "--evaluate", str(gold))
    assert code == 1
    assert f"{gold}:2: not JSON" in err
    assert "Traceback" not in err
    gold.write_text(good.replace('"not_a_claim"', '"maybe"') + "\n")
    code, _, err = run("suggest", "--db", str(db_path), "--evaluate", str(gold))
    assert code == 1 and f"{gold}:1: label 'maybe'" in err


def test_gold_of_other_articles_is_refused(store: Store, db_path: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": "Une phrase absente.", "label": "asserted"}) + "\n")
    code, _, err = run("suggest", "--db", str(db_path), "--evaluate", str(gold))
    assert code == 1
    assert "none of its 1 sentences is in the database" in err


def test_without_a_database(tmp_path: Path) -> None:
    code, _, err = run("suggest", "--db", str(tmp_path / "missing.db"))
    assert code == 1
    assert "no such database" in err
