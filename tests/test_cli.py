"""The command line as a user types it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store
from tests.conftest import SAMPLE_DATA


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_then_stats_shows_every_article(db_path: Path) -> None:
    code, out, _ = invoke("import", str(SAMPLE_DATA))
    assert code == 0
    assert out.startswith("5 article(s), ")
    assert "0 error(s)" in out
    code, out, _ = invoke("stats")
    assert code == 0
    assert "5 articles" in out
    with Store.open(db_path, readonly=True) as store:
        titles = [title for _id, title in store.article_list()]
    assert len(titles) == 5
    for title in titles:
        assert title[:30] in out.replace("\n", " ") or title[:20] in out


def test_stats_lists_fifty_articles_and_counts_the_rest(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text(
        "".join(
            json.dumps({"title": f"Titre {n:03d}", "text": f"Le maire a parlé {n} fois."}) + "\n"
            for n in range(1, 54)
        ),
        encoding="utf-8",
    )
    assert invoke("import", str(source))[0] == 0
    code, out, _ = invoke("stats")
    assert code == 0
    assert "53 articles" in out and "Titre 050" in out and "Titre 051" not in out
    assert "… and 3 more articles (`annotator stats --json` lists them all)" in out
    code, out, _ = invoke("stats", "--json")
    assert len(json.loads(out)["article_list"]) == 53


def test_import_twice_reports_duplicates(db_path: Path) -> None:
    invoke("import", str(SAMPLE_DATA))
    code, out, _ = invoke("import", str(SAMPLE_DATA))
    assert code == 0
    assert "0 article(s)" in out and "5 duplicate(s) skipped" in out


def test_stats_json_counts_labels(db_path: Path) -> None:
    from annotator.store import Store

    invoke("import", str(SAMPLE_DATA))
    store = Store.open(db_path)
    first = store.first_sentence()
    store.label(first.id, "alice", "not_a_claim", seconds=4)
    store.label(first.id, "bob", "asserted")
    store.close()
    code, out, _ = invoke("stats", "--json")
    stats = json.loads(out)
    assert stats["labels"] == {"not_a_claim": 1, "asserted": 1}
    assert [a["annotator"] for a in stats["annotators"]] == ["alice", "bob"]


def test_stats_without_database_is_one_line(tmp_path: Path) -> None:
    code, _out, err = invoke("stats", "--db", str(tmp_path / "none.db"))
    assert code == 1
    assert err.strip().splitlines() == [
        f"Error: {tmp_path / 'none.db'}: no such database (run `annotator import` first)"
    ]


def test_newer_database_is_refused_in_one_line(db_path: Path) -> None:
    import sqlite3

    invoke("import", str(SAMPLE_DATA))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, _out, err = invoke("stats")
    assert code == 1 and "newer version of annotator" in err
    assert len(err.strip().splitlines()) == 1


def test_python_dash_m_works(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "annotator" in done.stdout


def test_annotate_on_an_empty_database_says_what_to_do(tmp_path: Path) -> None:
    code, _out, err = invoke("annotate", "--db", str(tmp_path / "empty.db"))
    assert code == 1 and "annotator import" in err


def test_every_commands_help_keeps_its_examples_one_a_line() -> None:
    """Click rewraps a help paragraph unless it is marked (`\\b`): examples then ran together
    ("… --overlap 0.2     annotator assign --release bob     annotator assign")."""
    from annotator.cli.group import COMMANDS

    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"], terminal_width=100)
        assert result.exit_code == 0, name
        examples = result.output.split("Example", 1)[-1].split("Options:", 1)[0]
        for line in examples.splitlines():
            # the command itself, not an option such as --annotator
            assert len(re.findall(r"(?<![-\w])annotator (?=[a-z])", line)) <= 1, (name, line)
