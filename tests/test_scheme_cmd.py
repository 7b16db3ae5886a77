"""The project's own label scheme: `annotator scheme`, refused changes, renames, and a custom
three-label scheme driven from the annotation keys to the exports and the agreement report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.binding import Binding

from annotator.cli import cli
from annotator.schemes import NAVIGATION_KEYS, load_scheme
from annotator.store import Store
from tests.conftest import dump

ROOT = Path(__file__).resolve().parents[1]
STANCE = ROOT / "sample_data" / "schemes" / "stance.toml"


def run(*args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def project(store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store.close()
    monkeypatch.setenv("ANNOTATOR_DB", str(db_path))
    return db_path


def test_navigation_keys_are_the_screens_own():
    from annotator.tui.app import AnnotatorApp
    from annotator.tui.screens.annotate import AnnotateScreen
    from annotator.tui.screens.review import ReviewScreen

    names = {"slash": "/", "question_mark": "?"}
    keys = {
        names.get(key, key)
        for cls in (AnnotateScreen, ReviewScreen, AnnotatorApp)
        for binding in cls.BINDINGS
        if isinstance(binding, Binding)
        for key in binding.key.split(",")
    }
    assert {key for key in keys if len(key) == 1} == NAVIGATION_KEYS


def test_the_sample_scheme_loads():
    scheme = load_scheme(STANCE)
    assert scheme.names == ["supports", "opposes", "neutral"]
    assert not {label.key for label in scheme.labels} & NAVIGATION_KEYS


def test_scheme_prints_the_current_one(project: Path) -> None:
    result = run("scheme")
    assert result.exit_code == 0 and "claims" in result.stdout and "attributed" in result.stdout


def test_set_then_everything_follows(project: Path, tmp_path: Path) -> None:
    result = run("scheme", "--set", str(STANCE))
    assert result.exit_code == 0, result.output
    assert "'stance'" in result.output
    assert "supports" in run("scheme").stdout
    # Labels of the new scheme only: import-labels refuses the old ones.
    store = Store.open(project)
    sentences = list(store.iter_sentences())[:6]
    for k, sentence in enumerate(sentences):
        store.label(sentence.id, "alice", ["supports", "opposes", "neutral"][k % 3])
        store.label(sentence.id, "bob", ["supports", "opposes", "neutral"][(k + k // 3) % 3])
    with pytest.raises(Exception, match="unknown label|not a label|scheme"):
        store.label(sentences[0].id, "carol", "asserted")
    store.close()
    out = tmp_path / "hf"
    assert run("export", "--format", "hf", "-o", str(out), "--include-unresolved").exit_code == 0
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "supports" in card and "opposes" in card and "attributed" not in card
    prodigy = run("export", "--format", "prodigy").stdout.splitlines()
    options = json.loads(prodigy[0])["options"]
    assert [o["id"] for o in options] == ["supports", "opposes", "neutral"]
    report = json.loads(run("agreement", "-f", "json", "--no-ci").stdout)
    assert report["counts"]["labels_declared"] == ["supports", "opposes", "neutral"]
    refused = run("suggest")
    assert refused.exit_code == 1 and "claims scheme only" in refused.output


def test_labels_in_use_refuse_the_change_unless_renamed(project: Path) -> None:
    store = Store.open(project)
    first = store.first_sentence()
    store.label(first.id, "alice", "asserted")
    store.label(store.neighbour(first.id, 1).id, "alice", "attributed")
    store.close()
    before = dump(project)
    result = run("scheme", "--set", str(STANCE))
    assert result.exit_code == 1 and "asserted (1)" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert dump(project) == before
    result = run(
        "scheme",
        "--set",
        str(STANCE),
        "--rename",
        "asserted=supports",
        "--rename",
        "attributed=neutral",
    )
    assert result.exit_code == 0, result.output
    assert "2 label(s) renamed" in result.output
    store = Store.open(project)
    assert store.annotation(first.id, "alice").label == "supports"
    assert store.scheme.name == "stance"
    store.close()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'name = "x"\n[[labels]]\nname = "a"\nkey = "a"\ndescription = "a"\n'
            '[[labels]]\nname = "b"\nkey = "a"\ndescription = "b"\n',
            "keys must be unique",
        ),
        (
            'name = "x"\n[[labels]]\nname = "a"\nkey = "q"\ndescription = "a"\n',
            "key 'q' is taken by the screens",
        ),
        ('name = "x"\nlabels = [\n', "not a valid scheme file"),
    ],
    ids=["duplicate-keys", "navigation-key", "broken-toml"],
)
def test_bad_scheme_files_are_one_line(project: Path, tmp_path: Path, body: str, message: str):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    before = dump(project)
    result = run("scheme", "--set", str(path))
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert dump(project) == before


def test_rename_to_a_label_outside_the_scheme_is_refused(project: Path) -> None:
    result = run("scheme", "--set", str(STANCE), "--rename", "asserted=bogus")
    assert result.exit_code == 1 and "not a label of the scheme" in result.output


async def test_the_screen_uses_the_scheme_keys_and_shows_no_suggestion(store: Store) -> None:
    from annotator.tui.app import AnnotatorApp
    from tests.tui.conftest import text_of

    store.set_scheme(load_scheme(STANCE))
    app = AnnotatorApp(store=store, annotator="alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = store.first_sentence()
        assert "Suggestions are off" in " ".join(str(n.message) for n in app._notifications)
        assert text_of(app, "#suggestion").strip() == ""
        await pilot.press("o")
        assert store.annotation(first.id, "alice").label == "opposes"
        assert store.annotation(first.id, "alice").suggested is None
        await pilot.press("p")  # suggestions stay off
        assert app.screen.suggestions.on is False  # type: ignore[attr-defined]


async def test_help_shows_the_scheme_labels_instead_of_the_claims_guidelines(store: Store) -> None:
    from textual.widgets import Markdown

    from annotator.tui.app import AnnotatorApp
    from annotator.tui.screens.help import HelpScreen

    store.set_scheme(load_scheme(STANCE))
    app = AnnotatorApp(store=store, annotator="alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help-guidelines", Markdown).source
        assert "supports" in text and "argues for the claim" in text
        assert "attributed" not in text


async def test_a_screen_opened_before_a_scheme_change_saves_nothing_in_the_old_scheme(
    store: Store, db_path: Path
) -> None:
    """The lead sets another scheme while an annotator's screen is open: its keys still
    say the old labels, and a label key must not write one the project no longer has."""
    from annotator.tui.app import AnnotatorApp
    from tests.tui.conftest import text_of

    app = AnnotatorApp(store=store, annotator="alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = store.first_sentence()
        await pilot.press("a")  # the old scheme, still the project's: saved
        await pilot.pause()
        assert store.annotation(first.id, "alice").label == "attributed"
        with Store.open(db_path) as lead:  # another process: `annotator scheme --set`
            renames = {"attributed": "supports", "contested": "opposes", "asserted": "neutral"}
            lead.change_scheme(load_scheme(STANCE), renames)
        shown = text_of(app, "#status")
        await pilot.press("s")
        await pilot.pause()
        assert text_of(app, "#status") == shown  # not moved on
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "label scheme changed" in messages and "nothing saved" in messages
    with Store.open(db_path, readonly=True) as reader:
        assert reader.labels_in_use() == {"supports": 1}


def test_a_store_opened_before_a_scheme_change_refuses_labels_and_decisions(
    store: Store, db_path: Path
) -> None:
    from annotator.errors import SchemeChanged
    from annotator.models import Adjudication, AdjudicationReason

    sentence = store.first_sentence()
    assert store.scheme.name == "claims"
    with Store.open(db_path) as lead:
        lead.change_scheme(load_scheme(STANCE), {})
    with pytest.raises(SchemeChanged):
        store.label(sentence.id, "alice", "asserted")
    decision = Adjudication(
        sentence_id=sentence.id,
        label="asserted",
        reviewer="rita",
        reason=AdjudicationReason.ANNOTATOR_ERROR,
    )
    with pytest.raises(SchemeChanged):
        store.adjudicate(decision)
    with Store.open(db_path) as fresh:  # opened after the change: the new scheme's labels
        fresh.label(sentence.id, "alice", "supports")
        assert fresh.labels_in_use() == {"supports": 1}
