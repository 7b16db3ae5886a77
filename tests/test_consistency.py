"""Each annotator's consistency with themselves: the pairs (blind repeats, copies in a repeat
group), their alpha against the `krippendorff` package, the agreement report's section, and
the consistency review's list."""

from __future__ import annotations

import json
import random
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner

from annotator.agreement.intra import intra_annotator, pair_alpha
from annotator.cli import cli
from annotator.store import Store, repeat_rows
from annotator.store.repeat_labels import (
    BlindRepeats,
    LabelPair,
    group_pairs,
    inconsistencies,
    record_repeat,
    repeat_pairs,
)
from tests.conftest import DATA, dump

REPRINTS = DATA / "reprints"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("ordered", [False, True])
@pytest.mark.parametrize("seed", range(5))
def test_pair_alpha_is_krippendorffs(seed: int, ordered: bool) -> None:
    rng = random.Random(seed)
    q = 4
    first = np.array([rng.randrange(q) for _ in range(60)])
    # mostly the same label again, sometimes another
    again = np.array([f if rng.random() < 0.7 else rng.randrange(q) for f in first])
    ours = pair_alpha(first, again, q, ordered)
    theirs = krippendorff.alpha(
        reliability_data=np.vstack([first, again]).astype(float),
        level_of_measurement="ordinal" if ordered else "nominal",
        value_domain=list(range(q)),
    )
    assert ours == pytest.approx(theirs, abs=1e-9)


def test_intra_annotator_figures_per_annotator() -> None:
    labels = ["attributed", "contested", "asserted", "not_a_claim"]
    repeats = [LabelPair("alice", f"s{i}", "asserted", "asserted") for i in range(8)]
    repeats += [LabelPair("alice", "t", "asserted", "contested")]
    groups = [LabelPair("alice", f"g{i}", "contested", "contested") for i in range(3)]
    groups += [LabelPair("bob", "h", "asserted", "asserted")]
    found = intra_annotator(repeats, groups, labels)
    alice = found["alice"]
    assert (alice.pairs, alice.from_repeat_share, alice.from_groups) == (12, 9, 3)
    assert alice.percent == pytest.approx(11 / 12)
    assert alice.alpha is not None and alice.ci95 is not None
    assert alice.ci95[0] <= alice.alpha <= alice.ci95[1] <= 1
    bob = found["bob"]
    assert bob.alpha is None and bob.reason and bob.percent == 1.0  # one label only: 0/0


def _reprints(tmp_path: Path) -> tuple[Path, Store, list[list[str]]]:
    db = tmp_path / "r.db"
    assert run("import", "--db", str(db), str(REPRINTS))[0] == 0
    store = Store.open(db)
    groups = [[m.sentence_id for m in members] for _g, members in repeat_rows.groups(store)]
    return db, store, groups


def test_the_agreement_report_has_each_annotators_consistency(tmp_path: Path) -> None:
    db, store, groups = _reprints(tmp_path)
    with store:
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
            store.label(sentence.id, "bob", "asserted")
        store.label(groups[0][1], "alice", "contested")  # a copy labelled another way
        record_repeat(store, groups[1][0], "alice", "attributed")  # a blind repeat
        assert len(repeat_pairs(store)) == 1
        assert sum(p.first != p.again for p in group_pairs(store, ["alice"])) == 1
    code, out, err = run("agreement", "--db", str(db), "--format", "json")
    assert code == 0, err
    intra = json.loads(out)["intra_annotator"]
    assert set(intra) == {"alice", "bob"}
    alice = intra["alice"]
    assert set(alice) >= {"pairs", "percent", "alpha", "ci95", "from_repeat_share", "from_groups"}
    assert alice["from_repeat_share"] == 1 and alice["from_groups"] == 13
    assert alice["percent"] == pytest.approx(12 / 14)
    assert intra["bob"]["percent"] == 1.0
    code, out, _ = run("agreement", "--db", str(db))
    assert code == 0 and "Consistency with oneself" in out and "How to read it" in out
    code, out, _ = run("agreement", "--db", str(db), "--format", "markdown")
    assert code == 0 and "Consistency with oneself" in out


def test_inconsistencies_list_the_groups_labelled_two_ways(tmp_path: Path) -> None:
    _db, store, groups = _reprints(tmp_path)
    with store:
        for sentence_id in groups[0] + groups[1]:
            store.label(sentence_id, "alice", "asserted")
            store.label(sentence_id, "bob", "asserted")
        store.label(groups[0][2], "alice", "contested")
        found = inconsistencies(store)
        assert [(i.annotator, i.distinct) for i in found] == [("alice", ["asserted", "contested"])]
        assert inconsistencies(store, "bob") == []


@pytest.mark.parametrize("value", ["-0.1", "1.5", "x"])
def test_a_repeat_share_outside_0_1_is_refused(tmp_path: Path, value: str) -> None:
    db, store, _groups = _reprints(tmp_path)
    store.close()
    before = dump(db)
    code, _out, err = run("annotate", "--db", str(db), "-a", "alice", "--repeat-share", value)
    assert code == 2 and "--repeat-share" in err and "Traceback" not in err
    assert dump(db) == before


def test_review_consistency_says_when_there_is_nothing_and_refuses_other_filters(
    tmp_path: Path,
) -> None:
    db, store, _groups = _reprints(tmp_path)
    store.close()
    code, out, _ = run("review", "--db", str(db), "--consistency", "--annotator", "alice")
    assert code == 0 and "no repeat group labelled two ways by alice" in out
    code, _out, err = run("review", "--db", str(db), "--consistency", "--blind")
    assert code == 2 and "--blind is not for it" in err


def test_blind_repeats_leave_out_a_sites_unmarked_furniture(tmp_path: Path) -> None:
    """A short line on every page of a site ("Toute l’info du Petit Écho") is no claim to be
    consistent about: served again, it would only add agreeing pairs."""
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(
            f"Budget numéro {n} à Lyon\n\nLe conseil municipal a voté un budget de {n + 2} "
            f"millions d'euros pour l'année {2000 + n}.\n\nToute l’info du Petit Écho\n",
            encoding="utf-8",
        )
    db = tmp_path / "s.db"
    assert run("import", "--db", str(db), str(folder))[0] == 0
    with Store.open(db) as store:
        footer = {s.id for s in store.iter_sentences() if s.text == "Toute l’info du Petit Écho"}
        assert len(footer) == 4
        assert not any(s.boilerplate for s in store.iter_sentences() if s.id in footer)
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
        repeats = BlindRepeats(store, "alice", 1.0, gap=0)
        served = []
        while (due := repeats.due(nothing_new=True)) is not None:
            served.append(due)
            repeats.served(due)
    assert served and not footer & set(served)
    assert len(served) == 8  # every headline and body sentence, none of the footers
