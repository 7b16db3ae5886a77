"""`annotator train`: a model learned from gold labels, stored, used by `suggest`, refused
when it does not fit the project; and the model itself (deterministic, round-trips, learns)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.learn.classifier import Classifier
from annotator.learn.features import examples
from annotator.learn.suggester import MODEL_RULE, ModelSuggester, from_store
from annotator.learn.training import from_gold_file, from_project, merge_sources, train
from annotator.schemes import CLAIMS, load_scheme
from annotator.store import Store, learned
from annotator.suggest.evaluate import norm_text, read_gold
from annotator.suggest.rules import suggest_article
from tests.conftest import DATA, ROOT, dump

SEED = DATA / "seed_gold.jsonl"
GOLD_SETS = sorted(DATA.glob("*_gold.jsonl"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def label_from_gold(store: Store, annotator: str = "alice") -> int:
    """Label the sample articles as seed_gold.jsonl says (it labels exactly them)."""
    by_text = {norm_text(g.text): g.label for g in read_gold(SEED)}
    n = 0
    for sentence in store.iter_sentences():
        label = by_text.get(norm_text(sentence.text))
        if label is not None:
            store.label(sentence.id, annotator, label)
            n += 1
    return n


def test_the_same_labels_give_the_same_model_byte_for_byte() -> None:
    items = from_gold_file(SEED, CLAIMS.names)
    first, _ = train(items, CLAIMS, {"seed": len(items)})
    second, _ = train(items, CLAIMS, {"seed": len(items)})
    assert first.to_bytes() == second.to_bytes()


def test_a_stored_model_round_trips_and_predicts_the_same(store: Store) -> None:
    items = from_gold_file(SEED, CLAIMS.names)
    model, info = train(items, CLAIMS, {"seed": len(items)})
    described = info.model_dump(mode="json")
    version = learned.save_model(store, described, model.to_bytes(described))
    assert version == 1
    loaded = from_store(store)
    assert loaded is not None and loaded.version == "model v1 (106 labels)"
    data = [item.example for item in items]
    assert (loaded.get().classifier.probabilities(data) == model.probabilities(data)).all()
    assert learned.model_infos(store)[0]["scores"]["model"]["sentences"] == 106


def test_the_model_learns_a_team_convention_the_rules_do_not_know() -> None:
    # A team that labels "X a déclaré que ..." as contested (say, a desk that only tracks
    # disputed statements): the rules say attributed; the model learns the team's habit.
    speakers = ["Le maire", "La ministre", "Le syndicat", "Un porte-parole", "La préfète"]
    facts = [
        "la route sera fermée",
        "le budget augmentera",
        "les écoles rouvriront lundi",
        "le projet est abandonné",
        "la grève continuera",
        "les prix baisseront",
    ]
    items = []
    for i, speaker in enumerate(speakers):
        for j, fact in enumerate(facts):
            texts = [f"{speaker} a déclaré que {fact}.", f"Selon les chiffres, {fact} en mars."]
            labels = ["contested", "asserted"]
            for example, label in zip(examples(texts, suggest_article(texts)), labels, strict=True):
                items.append((example, label, f"a{i}-{j}"))
    model = Classifier.fit([e for e, _l, _g in items], [label for _e, label, _g in items])
    suggester = ModelSuggester(model, {"scheme": "claims"})
    texts = ["Le directeur a déclaré que le site restera ouvert."]
    rules = suggest_article(texts)
    assert rules[0].label == "attributed"
    (suggestion,) = suggester.combine(texts, rules)
    assert suggestion.label == "contested" and suggestion.rule == MODEL_RULE
    assert suggestion.cue_text == rules[0].cue_text  # the rules' cue, still highlighted
    assert 0.5 < suggestion.confidence <= 1


@pytest.mark.slow
def test_left_out_gold_sets_floor() -> None:
    """Train on the gold sets of four folds, test on the fifth, every set as the rules first
    met it (its recorded first run), each whole set in one fold: floors under what is
    measured (119 sets: 84.3 % macro-F1, contested recall 73 %, against 82.3 % and 53 % for
    those rules alone; one regression over text and rules, before stacking: 83.9 % and 66 %
    over ten folds), and the model must not fall below the rules it learns from. Five folds, not one
    per set: bench/suggest_model.py leaves one set out at a time."""
    from annotator.learn.training import score

    sets = {path.name: from_gold_file(path, CLAIMS.names) for path in GOLD_SETS}
    names = sorted(sets)
    gold: list[str] = []
    predicted: list[str] = []
    rules_said: list[str] = []
    for fold in (names[i::FOLDS] for i in range(FOLDS)):
        training = [item for name, items in sets.items() if name not in fold for item in items]
        model = Classifier.fit([i.example for i in training], [i.label for i in training])
        held = [item for name in fold for item in sets[name]]
        probabilities = model.probabilities([i.example for i in held])
        predicted += [model.labels[int(row.argmax())] for row in probabilities]
        gold += [i.label for i in held]
        rules_said += [i.example.rules.label for i in held]
    scores = score(gold, predicted, CLAIMS.names)
    rules = score(gold, rules_said, CLAIMS.names)
    contested = next(row for row in scores.labels if row.label == "contested")
    rules_contested = next(row for row in rules.labels if row.label == "contested")
    assert scores.macro_f1 >= 0.83
    assert scores.macro_f1 >= rules.macro_f1 + 0.01
    assert contested.recall is not None and contested.recall >= 0.68
    assert rules_contested.recall is not None and contested.recall > rules_contested.recall


FOLDS = 5


def test_gold_files_teach_the_model_the_rules_first_run(tmp_path: Path) -> None:
    """A gold line's recorded first run is what the model sees of the rules there; an article
    without one for every sentence gets today's rules."""
    today = "Le ministre a démenti ces informations."
    recorded = {"label": "asserted", "rule": "no_cue", "source": None, "cue": []}
    lines = [
        {"file": "a.txt", "sentence_index": 0, "text": today, "label": "contested",
         "rules_at_first_run": recorded},
        {"file": "b.txt", "sentence_index": 0, "text": today, "label": "contested",
         "rules_at_first_run": recorded},
        {"file": "b.txt", "sentence_index": 1, "text": "Il pleut.", "label": "asserted"},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    a, b, _ = from_gold_file(path, CLAIMS.names)
    assert (a.example.rules.label, a.example.rules.rule) == ("asserted", "no_cue")
    assert (b.example.rules.label, b.example.rules.rule) == ("contested", "denial_verb")


def test_every_shipped_gold_set_but_the_samples_records_its_first_run() -> None:
    """So that `annotator train --gold tests/data/*_gold.jsonl` learns how the rules fail on
    news they have not met (bench/first_run_rules.py writes the field)."""
    missed = 0
    for path in GOLD_SETS:
        if path.name == "seed_gold.jsonl":
            continue  # the rules were written on the sample articles: no first run
        gold = read_gold(path)
        assert all(g.rules_at_first_run is not None for g in gold), path.name
        first = [g.rules_at_first_run.label for g in gold if g.rules_at_first_run]
        missed += sum(f != g.label for f, g in zip(first, gold, strict=True))
    # a set may be met without a miss (blind24, in the sample articles' own genre), but the
    # first runs, not today's rules fixed on them, miss about one sentence in five
    assert missed > 300


def test_project_gold_and_gold_files_merge_without_counting_a_sentence_twice(
    store: Store,
) -> None:
    assert label_from_gold(store) == 106
    project = from_project(store)
    assert len(project) == 106
    merged = merge_sources(project, [from_gold_file(SEED, CLAIMS.names)])
    assert len(merged) == 106  # the seed file labels the same sentences: the project wins


# ------------------------------------------------------------------ command line


def test_train_stores_a_model_that_suggest_then_uses(store: Store, db_path: Path) -> None:
    label_from_gold(store)
    code, out, err = run("train", "--db", str(db_path), "--gold", str(DATA / "blind_gold.jsonl"))
    assert code == 0, err
    assert "model + rules" in out and "rules alone" in out and "stored in" in out
    assert "364 gold sentences (106 from project, 258 from" in out
    code, out, _ = run("train", "--show", "--db", str(db_path))
    assert code == 0 and out.startswith("v1: 364 gold sentences")
    code, out, err = run("suggest", "--db", str(db_path))
    assert code == 0 and "model v1 (364 labels)" in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert {line["rule"] for line in lines} == {MODEL_RULE}
    kremlin = next(x for x in lines if x["text"] == "Le Kremlin nie que ce soit le cas.")
    assert (kremlin["label"], kremlin["cue"], kremlin["source"]) == (
        "contested",
        "nie que",
        "Le Kremlin",
    )
    code, out, _ = run("suggest", "--db", str(db_path), "--rules-only")
    assert code == 0 and MODEL_RULE not in {json.loads(x)["rule"] for x in out.splitlines()}
    # Training again adds a version; the latest suggests.
    code, out, err = run("train", "--db", str(db_path))
    assert code == 0, err
    assert [info["version"] for info in learned.model_infos(store)] == [1, 2]


def test_gold_files_after_the_option_count_too(store: Store, db_path: Path) -> None:
    # `--gold tests/data/*_gold.jsonl`: the shell puts the first after --gold, the rest after.
    code, out, err = run(
        "train", "--db", str(db_path), "--gold", str(SEED), str(DATA / "blind4_gold.jsonl")
    )
    assert code == 0, err
    assert "304 gold sentences" in out


def test_a_model_file_for_another_corpus(store: Store, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "claims-model.zip"
    before = dump(db_path)
    code, out, err = run("train", "--no-project", "--gold", str(SEED), "-o", str(path))
    assert code == 0, err
    assert f"written to {path}" in out
    assert dump(db_path) == before  # nothing stored
    code, out, err = run("suggest", "--db", str(db_path), "--model-file", str(path))
    assert code == 0, err
    assert {json.loads(x)["rule"] for x in out.splitlines()} == {MODEL_RULE}
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    code, _out, err = run("suggest", "--db", str(db_path), "--model-file", str(broken))
    assert code == 1 and "broken.zip: not a claim-annotator model file" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_model_file_of_an_older_format_is_refused_with_what_to_do(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """Format 1 (one regression, before stacking) cannot be read as a stacked model: one
    line saying to train again, not a traceback or a wrong suggestion."""
    import io
    import zipfile

    path = tmp_path / "model.zip"
    assert run("train", "--no-project", "--gold", str(SEED), "-o", str(path))[0] == 0
    old = io.BytesIO()
    with zipfile.ZipFile(path) as new, zipfile.ZipFile(old, "w") as archive:
        for name in new.namelist():
            data = new.read(name)
            if name == "meta.json":
                data = json.dumps({**json.loads(data), "format": 1}).encode()
            archive.writestr(name, data)
    path.write_bytes(old.getvalue())
    code, _out, err = run("suggest", "--db", str(db_path), "--model-file", str(path))
    assert code == 1 and "model format 1 is not the one this version reads" in err
    assert "annotator train" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_model_of_another_scheme_is_refused(store: Store, db_path: Path) -> None:
    label_from_gold(store)
    assert run("train", "--db", str(db_path))[0] == 0
    stance = load_scheme(ROOT / "sample_data/schemes/stance.toml")
    store.change_scheme(stance, {})
    code, _out, err = run("suggest", "--db", str(db_path))
    assert code == 1
    assert "trained for the scheme 'claims'" in err and "'stance'" in err
    assert len(err.strip().splitlines()) == 1
    code, _out, err = run("annotate", "--db", str(db_path), "-a", "bob")
    assert code == 1 and "trained for the scheme 'claims'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "nothing to learn from: no gold label in the project yet"),
        (("--min-labels", "500", "--gold", str(SEED)), "only 106 gold sentence(s)"),
        (("--no-project",), "--no-project needs at least one --gold file"),
    ],
)
def test_nothing_or_too_little_to_learn_from(
    store: Store, db_path: Path, args: tuple[str, ...], message: str
) -> None:
    before = dump(db_path)
    code, _out, err = run("train", "--db", str(db_path), *args)
    assert code != 0 and message in err
    assert "Traceback" not in err
    assert dump(db_path) == before


def test_a_gold_file_with_an_unknown_label_names_file_and_line(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"
    lines = SEED.read_text(encoding="utf-8").splitlines()[:3]
    bad = json.loads(lines[2])
    bad["label"] = "maybe"
    gold.write_text("\n".join([*lines[:2], json.dumps(bad)]) + "\n", encoding="utf-8")
    before = dump(db_path)
    code, _out, err = run("train", "--db", str(db_path), "--gold", str(gold))
    assert code == 1
    assert f"{gold}:3: label 'maybe' is not one of attributed" in err
    assert dump(db_path) == before


def test_order_uncertain_without_a_model_says_what_to_do(store: Store, db_path: Path) -> None:
    code, _out, err = run("annotate", "--db", str(db_path), "-a", "bob", "--order", "uncertain")
    assert code == 1 and "run `annotator train` first" in err


def test_train_json_is_valid_against_its_schema(store: Store, db_path: Path) -> None:
    import jsonschema

    code, out, err = run("train", "--db", str(db_path), "--gold", str(SEED), "--json")
    assert code == 0, err
    schema = json.loads((ROOT / "schema/model-info.schema.json").read_text(encoding="utf-8"))
    described = json.loads(out)
    jsonschema.validate(described, schema)
    assert described["version"] == 1 and described["sentences"] == 106
    code, out, _ = run("train", "--show", "--json", "--db", str(db_path))
    for item in json.loads(out):
        jsonschema.validate(item, schema)


@pytest.mark.parametrize(
    "args",
    [("train", "--gold", "{db}"), ("suggest", "--model-file", "{db}")],
)
def test_the_database_is_never_read_as_a_gold_or_model_file(
    store: Store, db_path: Path, args: tuple[str, ...]
) -> None:
    code, _out, err = run(*(a.format(db=db_path) for a in args), "--db", str(db_path))
    assert code == 1 and "is the database itself" in err


def test_many_gold_files_are_summed_in_the_report_line() -> None:
    """`--gold tests/data/*_gold.jsonl` is a hundred files: the report names a few and sums
    the rest (`--json` keeps every count)."""
    from annotator.learn.training import _sources

    counts = {"project": 10, **{f"g{i}.jsonl": i for i in range(1, 7)}}
    assert _sources(counts) == (
        "10 from project, 1 from g1.jsonl, 2 from g2.jsonl and 18 from 4 more gold files"
    )
    assert _sources({"project": 5, "a.jsonl": 3}) == "5 from project, 3 from a.jsonl"
