"""Repeat groups: one dispatch reprinted by three outlets is grouped, an unrelated article is
not; grouping does not depend on import order and importing again changes nothing."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import ingest, repeats
from annotator.cli import cli
from annotator.ingest import import_paths
from annotator.repeat_furniture import FURNITURE_SPREAD, is_furniture
from annotator.store import Store, repeat_rows
from tests.conftest import DATA, ROOT, dump

REPRINTS = DATA / "reprints"
# The sentences the three reprints share (first words), and which outlets carry them.
SHARED = {
    "Le Conseil constitutionnel a validé": {"a", "b", "c"},
    "Les Sages ont en revanche": {"a", "b", "c"},
    "Ce n": {"a", "b", "c"},  # « Ce n’est pas la fin du combat » / "Ce n'est pas …"
    "Le président de la République doit": {"a", "b", "c"},
    "Les syndicats ont appelé à une nouvelle": {"a", "b", "c"},
    "La Première ministre": {"a", "b"},
    "Le Conseil a par ailleurs rejeté": {"a", "b"},
    "Une seconde demande": {"a", "c"},
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def outlet(source: str) -> str:
    return Path(source).name[0]


def grouped_pairs(store: Store) -> set[frozenset[str]]:
    pairs = set()
    for _gid, members in repeat_rows.groups(store):
        for a, b in itertools.combinations(members, 2):
            pairs.add(frozenset((a.sentence_id, b.sentence_id)))
    return pairs


def expected_pairs(store: Store) -> set[frozenset[str]]:
    sources = {a.id: outlet(a.source) for a in map(store.article, dict(store.article_list()))}
    by_key: dict[str, list[str]] = {}
    for sentence in store.iter_sentences():
        text = sentence.text.lstrip('«" ')
        for start, outlets in SHARED.items():
            if text.startswith(start.lstrip('«" ')) and sources[sentence.article_id] in outlets:
                by_key.setdefault(start, []).append(sentence.id)
    return {frozenset(pair) for ids in by_key.values() for pair in itertools.combinations(ids, 2)}


def test_a_dispatch_in_three_outlets_is_grouped_and_nothing_else(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db")
    assert not import_paths(store, [REPRINTS]).errors
    found, expected = grouped_pairs(store), expected_pairs(store)
    assert len(expected) == 5 * 3 + 3  # five sentences in all three, three in two
    recall = len(found & expected) / len(expected)
    precision = len(found & expected) / len(found)
    assert recall >= 0.95, recall
    assert precision == 1.0, found - expected  # the grippe article joins nothing
    store.close()


def test_normalisation_makes_typography_equal() -> None:
    same = [
        "Il a dit : « Non », mardi, devant 11 000 personnes – l’été dernier.",
        'il a dit: "Non", mardi, devant 11000 personnes - l\'été dernier.',
        "Il a dit\u00a0: «\u202fNon\u202f», mardi, devant 11.000 personnes — l’été dernier.",
    ]
    assert len({repeats.normalize(text) for text in same}) == 1
    assert repeats.normalize("Le taux est de 3,5 %.") != repeats.normalize("Le taux est de 35 %.")


def test_short_sentences_group_only_when_exact(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    for n, text in enumerate(["Lire aussi", "Lire aussi", "Lire la suite"]):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"Titre {n}\n\n{text}\n\nUn article numéro {n} sur la grève.\n")
        import_paths(store, [path])
    groups = [[m.text for m in members] for _g, members in repeat_rows.groups(store)]
    assert groups == [["Lire aussi", "Lire aussi"]]
    store.close()


def _signature(store: Store) -> set[frozenset[str]]:
    return {frozenset(m.sentence_id for m in members) for _g, members in repeat_rows.groups(store)}


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(sorted(REPRINTS.iterdir())))
def test_groups_do_not_depend_on_import_order_and_reimport_changes_nothing(
    tmp_path: Path, order: list[Path]
) -> None:
    path = tmp_path / f"{random.random()}.db"
    store = Store.open(path)
    for file in order:
        import_paths(store, [file])
    reference = Store.open(tmp_path / f"ref{random.random()}.db")
    import_paths(reference, [REPRINTS])
    assert _signature(store) == _signature(reference)
    ids = {g for g, _m in repeat_rows.groups(store)}
    assert ids == {g for g, _m in repeat_rows.groups(reference)}  # group ids too
    reference.close()
    store.close()
    before = dump(path)
    with Store.open(path) as again:
        import_paths(again, [REPRINTS])
    assert dump(path) == before


def test_rebuild_gives_the_same_groups_and_a_threshold_changes_them(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("import", "--db", str(db), str(REPRINTS))[0] == 0
    with Store.open(db) as store:
        first = _signature(store)
    code, out, err = run("repeats", "--db", str(db), "--rebuild")
    assert code == 0 and "8 group(s)" in err
    assert out == ""  # the count only: a large project has tens of thousands of groups
    with Store.open(db) as store:
        assert _signature(store) == first
    code, out, err = run("repeats", "--db", str(db), "--rebuild", "--threshold", "1", "-f", "csv")
    assert code == 0
    assert out.startswith("group,size,boilerplate,") and len(out.splitlines()) > 1
    with Store.open(db) as store:
        strict = _signature(store)
        assert repeat_rows.threshold(store) == 1.0
    assert len(strict) < len(first)  # exact copies only (after normalisation)


@pytest.mark.parametrize("value", ["0", "1.5", "-0.2"])
def test_a_threshold_outside_the_range_changes_nothing(tmp_path: Path, value: str) -> None:
    db = tmp_path / "r.db"
    assert run("import", "--db", str(db), str(REPRINTS))[0] == 0
    before = dump(db)
    code, _out, err = run("repeats", "--db", str(db), "--rebuild", "--threshold", value)
    assert code != 0 and "not in (0, 1]" in err
    assert dump(db) == before


def test_repeats_jsonl_csv_and_stats(tmp_path: Path) -> None:
    import jsonschema

    db = tmp_path / "r.db"
    assert run("import", "--db", str(db), str(REPRINTS))[0] == 0
    code, out, _ = run("repeats", "--db", str(db), "--format", "jsonl")
    assert code == 0
    schema = json.loads((ROOT / "schema/repeat-group.jsonl-record.schema.json").read_text())
    groups = [json.loads(line) for line in out.splitlines()]
    for group in groups:
        jsonschema.validate(group, schema)
    assert [g["size"] for g in groups] == [3, 3, 3, 3, 3, 2, 2, 2]
    code, out, _ = run("repeats", "--db", str(db), "--format", "csv", "--min-size", "3")
    assert code == 0 and len(out.splitlines()) == 1 + 5 * 3
    code, out, _ = run("stats", "--db", str(db), "--json")
    assert json.loads(out)["repeats"] == {
        "groups": 8,
        "sentences": 21,
        "labels_saved": 13,
        "furniture_groups": 0,
    }


def test_a_merge_groups_the_sentences_it_brings(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    main = tmp_path / "main.db"
    assert run("import", "--db", str(other), str(REPRINTS / "b_ouestfrance.txt"))[0] == 0
    assert run("import", "--db", str(main), str(REPRINTS / "a_lemonde.txt"))[0] == 0
    assert run("merge", "--db", str(main), str(other))[0] == 0
    with Store.open(main) as store:
        pairs = grouped_pairs(store)
        assert len(pairs) == 7  # the seven sentences the two outlets share


def _site(folder: Path, articles: int, *, footer: str) -> None:
    """Articles of one site: each its own news, all with the site's `footer` line."""
    folder.mkdir()
    towns = ["Lyon", "Lille", "Nantes", "Metz", "Rennes", "Brest", "Dijon", "Caen"]
    for n in range(articles):
        town = towns[n % len(towns)]
        (folder / f"{n:02}.txt").write_text(
            f"À {town}, le conseil municipal vote le budget numéro {n}\n\n"
            f"Le conseil municipal de {town} a voté lundi un budget de {n + 2} millions "
            f"d'euros pour l'année {2000 + n}.\n\n{footer}\n",
            encoding="utf-8",
        )


def test_a_sites_own_short_footer_is_furniture_and_links_no_articles(tmp_path: Path) -> None:
    """A short line on every page of a site ("Toute l’info du Petit Écho"), which no boilerplate
    pattern knows, bound all the site's articles into one set: an export split put them all
    in train and left test empty."""
    _site(tmp_path / "site", 10, footer="Toute l’info du Petit Écho")
    db = tmp_path / "s.db"
    assert run("import", "--db", str(db), str(tmp_path / "site"))[0] == 0
    with Store.open(db) as store:
        [(_group, members)] = list(repeat_rows.groups(store))
        assert len(members) == 10 and not any(m.boilerplate for m in members)
        assert is_furniture(members)
        assert repeat_rows.furniture_groups(store) == 1
        assert repeat_rows.linked_articles(store) == []
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
        from annotator.store.repeat_labels import group_pairs

        assert group_pairs(store) == []  # no trivially consistent pairs from it
    code, out, _err = run("repeats", "--db", str(db), "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["boilerplate"] is True
    code, _out, err = run(
        "export", "--db", str(db), "-f", "hf", "--split", "0.6,0.2,0.2", "-o", str(tmp_path / "hf")
    )
    assert code == 0, err
    assert "warning" not in err
    for name in ("train", "validation", "test"):
        assert (tmp_path / "hf" / f"{name}.jsonl").read_text(encoding="utf-8").strip(), name


def test_a_short_line_in_fewer_articles_still_links_them(tmp_path: Path) -> None:
    _site(tmp_path / "site", FURNITURE_SPREAD - 1, footer="Le Kremlin a démenti.")
    db = tmp_path / "s.db"
    assert run("import", "--db", str(db), str(tmp_path / "site"))[0] == 0
    with Store.open(db) as store:
        [(_group, members)] = list(repeat_rows.groups(store))
        assert not is_furniture(members)
        assert len(repeat_rows.linked_articles(store)) == 1


def test_a_split_left_empty_by_linked_articles_says_so(tmp_path: Path) -> None:
    footer = "Notre journal est indépendant grâce au soutien fidèle de ses lecteurs."
    _site(tmp_path / "site", 6, footer=footer)  # a long line: it links them all
    db = tmp_path / "s.db"
    assert run("import", "--db", str(db), str(tmp_path / "site"))[0] == 0
    with Store.open(db) as store:
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
    code, _out, err = run(
        "export", "--db", str(db), "-f", "hf", "--split", "0.6,0.2,0.2", "-o", str(tmp_path / "hf")
    )
    assert code == 0, err
    assert "split by article: train 18 (100%), validation 0 (0%), test 0 (0%)" in err
    assert "warning: validation, test got no sentence" in err


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5])
def test_a_split_never_puts_one_repeat_group_in_two_splits(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "r.db"
    from tests.conftest import SAMPLE_DATA

    assert run("import", "--db", str(db), str(REPRINTS), str(SAMPLE_DATA))[0] == 0
    with Store.open(db) as store:
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
        groups = [(members, is_furniture(members)) for _g, members in repeat_rows.groups(store)]
    out = tmp_path / "hf"
    code, _out, err = run(
        "export",
        "--db",
        str(db),
        "-f",
        "hf",
        "--split",
        "0.6,0.2,0.2",
        "--seed",
        str(seed),
        "-o",
        str(out),
    )
    assert code == 0, err
    split_of: dict[str, str] = {}
    for name in ("train", "validation", "test"):
        for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            split_of[json.loads(line)["sentence_id"]] = name
    assert len(set(split_of.values())) == 3
    for members, furniture in groups:
        if not furniture:  # page furniture shared by a site's pages does not leak a claim
            assert len({split_of[m.sentence_id] for m in members}) == 1, members


def test_export_records_carry_their_group_and_dedupe_keeps_one_per_group(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    assert run("import", "--db", str(db), str(REPRINTS))[0] == 0
    with Store.open(db) as store:
        group_of = {
            m.sentence_id: gid for gid, members in repeat_rows.groups(store) for m in members
        }
        for sentence in store.iter_sentences():
            store.label(sentence.id, "alice", "asserted")
        # one group labelled two ways by its copies: left out whole by --dedupe
        conflict = next(gid for gid, members in repeat_rows.groups(store) if len(members) == 3)
        members = dict(repeat_rows.groups(store))[conflict]
        store.label(members[1].sentence_id, "alice", "contested")
        total = store.sentence_count()
    code, out, _ = run("export", "--db", str(db))
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == total
    for record in records:
        assert record["repeat_group"] == group_of.get(record["sentence_id"])
    code, out, err = run("export", "--db", str(db), "--dedupe")
    assert code == 0, err
    kept = [json.loads(line) for line in out.splitlines()]
    groups = [r["repeat_group"] for r in kept if r["repeat_group"]]
    assert len(groups) == len(set(groups)) == 7  # eight groups, one conflicting
    assert conflict not in groups
    assert len(kept) == total - (21 - 8) - 1  # copies out, and the conflicting group's one
    assert "left out 13 repeat(s)" not in err  # the conflicting group's copies are not copies
    assert "1 repeat group(s) whose copies have different gold labels (3 sentence(s)" in err
    code, out, _ = run("export", "--db", str(db), "-f", "csv", "--dedupe", "-q")
    header = out.splitlines()[0].split(",")
    assert "repeat_group" in header and len(out.splitlines()) == 1 + len(kept)


def _reference_normalize(text: str) -> str:
    """`repeats.normalize` as first written (stop 12): the keys in every database were made
    with it, so the faster one must give the same text, character for character."""
    import re
    import unicodedata

    marks = str.maketrans(
        {
            **{c: '"' for c in "«»“”„‟‹›＂"},
            **{c: "'" for c in "’‘‚‛`´′ʼ"},
            **{c: "-" for c in "‐‑‒–—―−"},
        }
    )
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", " ", text.casefold().translate(marks))
    if re.search(r"\d[\s.,']\d", text):
        text = re.sub(r"(?<=\d)[\s.,'](?=\d{3}(?!\d))", "", text)
    text = re.sub(r'\s*"\s*', '"', text)
    text = re.sub(r"\s+(?=[:;!?,.)\]])", "", text)
    return text.strip()


@settings(max_examples=3000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab1 2,.;:!?()[]'\"«»“”’‘`´–—-−\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u202f")
            + list("\u2028\u3000\ufeffÉéÀ0123456789")
        ),
        max_size=40,
    )
)
def test_normalize_gives_the_keys_it_always_gave(text: str) -> None:
    assert repeats.normalize(text) == _reference_normalize(text)


def test_normalize_gives_the_keys_it_always_gave_on_the_sample_articles() -> None:
    from annotator.ingest.segment import segment
    from tests.conftest import SAMPLE_DATA

    for path in sorted(SAMPLE_DATA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in segment(text):
            sentence = text[span.start : span.end]
            assert repeats.normalize(sentence) == _reference_normalize(sentence)


def test_a_database_from_before_migrations_7_and_8_keeps_its_groups(tmp_path: Path) -> None:
    """A stop-12 database (schema 6: bands as (band, hash, sentence id) with two indexes, no
    representatives) is migrated to the same groups and bands as a fresh import."""
    fresh = tmp_path / "fresh.db"
    with Store.open(fresh) as store:
        assert not import_paths(store, [REPRINTS]).errors
        store.label(store.first_sentence().id, "alice", "asserted")  # type: ignore[union-attr]
        groups = _signature(store)
        ids = sorted(group_id for group_id, _m in repeat_rows.groups(store))
        bands = store.conn.execute("SELECT COUNT(*) FROM repeat_bands").fetchone()[0]
        sketches = _tables(store)["repeat_sketches"]
    old = tmp_path / "old.db"
    _as_schema_6(fresh, old)
    with Store.open(old) as store:
        assert _signature(store) == groups
        assert sorted(group_id for group_id, _m in repeat_rows.groups(store)) == ids
        assert store.conn.execute("SELECT COUNT(*) FROM repeat_bands").fetchone()[0] == bands
        # migration 9: the same sketches, on the representatives that carry the bands (an
        # old database chose another copy of a text as its representative)
        migrated = _tables(store)["repeat_sketches"]
        assert sorted(blob for _id, blob in migrated) == sorted(blob for _id, blob in sketches)
        banded = store.conn.execute("SELECT DISTINCT sentence_id FROM repeat_bands").fetchall()
        assert {sentence_id for sentence_id, _b in migrated} == {row[0] for row in banded}
        assert sketches
        first = store.first_sentence()
        assert first is not None
        label = store.annotation(first.id, "alice")
        assert label is not None and label.label == "asserted"
        # and it goes on grouping: importing the reprints again changes nothing
        assert import_paths(store, [REPRINTS]).articles == 0
        assert _signature(store) == groups


def _as_schema_6(fresh: Path, old: Path) -> None:
    """A copy of `fresh` with its repeat tables as stop 12 (schema 6) wrote them."""
    import sqlite3

    conn = sqlite3.connect(fresh)
    conn.execute("VACUUM INTO ?", [str(old)])
    conn.close()
    conn = sqlite3.connect(old)
    conn.executescript(
        """
        DROP TABLE repeat_sketches;
        DROP TABLE repeat_representatives;
        DROP TABLE repeat_bands;
        CREATE TABLE repeat_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL,
            sentence_id TEXT NOT NULL);
        CREATE INDEX repeat_bands_hash ON repeat_bands (band, hash);
        CREATE INDEX repeat_bands_sentence ON repeat_bands (sentence_id);
        INSERT INTO repeat_bands SELECT 0, 1, sentence_id FROM repeat_keys;
        CREATE TABLE keys_old (sentence_id TEXT PRIMARY KEY, exact TEXT NOT NULL);
        INSERT INTO keys_old SELECT * FROM repeat_keys;
        DROP TABLE repeat_keys;
        ALTER TABLE keys_old RENAME TO repeat_keys;
        CREATE INDEX repeat_keys_exact ON repeat_keys (exact);
        CREATE TABLE groups_old (sentence_id TEXT PRIMARY KEY, group_id TEXT NOT NULL);
        INSERT INTO groups_old SELECT * FROM repeat_groups;
        DROP TABLE repeat_groups;
        ALTER TABLE groups_old RENAME TO repeat_groups;
        CREATE INDEX repeat_groups_group ON repeat_groups (group_id);
        PRAGMA user_version = 6;
        """
    )
    conn.close()


def test_an_upgrade_says_so_once(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    assert run("import", "--db", str(fresh), str(REPRINTS))[0] == 0
    old = tmp_path / "old.db"
    _as_schema_6(fresh, old)
    code, _out, err = run("stats", "--db", str(old))
    assert code == 0 and "upgrading the database" in err
    code, _out, err = run("stats", "--db", str(old))
    assert code == 0 and "upgrading" not in err


def _tables(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall())
        for table in (
            "repeat_keys",
            "repeat_representatives",
            "repeat_bands",
            "repeat_groups",
            "repeat_sketches",
        )
    }


def _templated(path: Path, seed: int) -> None:
    """Articles full of one template with a town and a figure changed (buckets past their cap,
    more candidates than are checked), reprints with other typography, a word changed, and
    page furniture."""
    rng = random.Random(seed)
    towns = ["Lyon", "Lille", "Nantes", "Rennes", "Metz", "Brest", "Nice", "Tours", "Caen"]
    made: list[str] = []
    with path.open("w", encoding="utf-8") as handle:
        for number in range(40):
            lines = []
            for _ in range(12):
                r = rng.random()
                if made and r < 0.15:
                    lines.append(rng.choice(made).replace("'", "’").replace('"', "«", 1))
                elif made and r < 0.25:
                    words = rng.choice(made).split()
                    words[rng.randrange(len(words))] = rng.choice(towns)
                    lines.append(" ".join(words))
                elif r < 0.3:
                    lines.append("Vous pouvez partager cette histoire sur les réseaux sociaux :")
                else:
                    text = (
                        f"Le maire de {rng.choice(towns)} a déclaré que la ville investira "
                        f"{rng.randrange(2, 90)} millions d'euros dans les transports d'ici "
                        f"{rng.randrange(2025, 2040)}."
                    )
                    made.append(text)
                    lines.append(text)
            record = {"title": f"Article {number}", "text": "\n".join(lines)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("seed", [0, 1])
def test_rebuild_writes_what_the_import_wrote_in_memory_and_batch_by_batch(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rebuild` (in memory up to BULK_LIMIT sentences, batch by batch beyond) gives the very
    rows the import gave: keys, representatives, capped buckets, groups and their ids."""
    source = tmp_path / "templated.jsonl"
    _templated(source, seed)
    with Store.open(tmp_path / "r.db") as store:
        import_paths(store, [REPRINTS, source])
        imported = _tables(store)
        assert (
            max(n for (n,) in store.conn.execute("SELECT COUNT(*) FROM repeat_bands GROUP BY key"))
            == repeat_rows.BUCKET_CAP
        )
        assert repeat_rows.rebuild(store) == repeat_rows.group_count(store)
        assert _tables(store) == imported
        monkeypatch.setattr(repeat_rows, "BULK_LIMIT", 0)
        repeat_rows.rebuild(store)
        assert _tables(store) == imported
    # A large import into a smaller project stores everything, then groups it in one pass.
    monkeypatch.setattr(ingest, "BULK_GROUPING", 1)
    with Store.open(tmp_path / "bulk.db") as store:
        import_paths(store, [REPRINTS, source])
        assert _tables(store) == imported


def test_sentences_an_interrupted_import_left_ungrouped_are_grouped_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "ref.db") as reference:
        import_paths(reference, [REPRINTS])
        expected = _signature(reference)
    with Store.open(tmp_path / "r.db") as store:
        with monkeypatch.context() as patched:  # stored, then killed before the grouping
            patched.setattr(repeat_rows, "assign", lambda store, rows: None)
            import_paths(store, [REPRINTS])
        assert _signature(store) == set()
        other = tmp_path / "other.txt"
        other.write_text("Un titre\n\nUne phrase sans rapport avec les autres.\n", encoding="utf-8")
        import_paths(store, [other])
        assert _signature(store) == expected


def test_a_rebuild_groups_what_was_imported_while_it_worked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild works the groups out before taking the write lock; sentences another
    writer adds meanwhile make it work them out again inside the lock."""
    from annotator.store import repeat_rebuild

    files = sorted(REPRINTS.iterdir())
    with Store.open(tmp_path / "ref.db") as reference:
        import_paths(reference, [REPRINTS])
        expected = _tables(reference)
    with Store.open(tmp_path / "r.db") as store:
        import_paths(store, files[:-1])
        real = repeat_rebuild.plan
        calls: list[int] = []

        def plan_then_import(*args: Any) -> repeat_rebuild.Plan:
            result = real(*args)  # the store, threshold, count and progress
            if not calls:
                import_paths(store, files[-1:])  # between the plan and the write lock
            calls.append(1)
            return result

        monkeypatch.setattr(repeat_rebuild, "plan", plan_then_import)
        repeat_rows.rebuild(store)
        assert len(calls) == 2
        assert _tables(store) == expected


_WORDS = [
    *("le", "maire", "de", "Lyon", "a", "déclaré", "que", "la", "ville", "paiera", "« oui »"),
    *("n'a", "pas", "12", "15"),
]


@st.composite
def _variants(draw: st.DrawFn) -> list[str]:
    """Sentences made from two or three base sentences, each with up to three words changed,
    a word dropped or not: exact copies, near repeats just above and below the threshold."""
    bases = draw(
        st.lists(st.lists(st.sampled_from(_WORDS), min_size=6, max_size=12), min_size=1, max_size=3)
    )
    out = []
    for _ in range(draw(st.integers(2, 60))):
        words = list(draw(st.sampled_from(bases)))
        for _change in range(draw(st.integers(0, 3))):
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(_WORDS))
        if draw(st.booleans()):
            del words[draw(st.integers(0, len(words) - 1))]
        out.append(" ".join(words))
    return out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sentences=_variants())
def test_the_one_pass_grouping_writes_what_the_import_writes(
    tmp_path: Path, sentences: list[str]
) -> None:
    """On corpora of a few words (many exact and near repeats, full buckets), the rebuild
    gives the import's rows, table by table."""
    source = tmp_path / f"{random.random()}.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for start in range(0, len(sentences), 4):
            text = "\n".join(s[:1].upper() + s[1:] + "." for s in sentences[start : start + 4])
            handle.write(json.dumps({"title": f"Article {start}", "text": text}) + "\n")
    with Store.open(tmp_path / f"{random.random()}.db") as store:
        import_paths(store, [source])
        imported = _tables(store)
        repeat_rows.rebuild(store)
        assert _tables(store) == imported


def test_a_changed_figure_makes_another_claim(tmp_path: Path) -> None:
    """Alike in every word but a figure: two claims (an updated toll), not a repeat; a reprint
    that drops a clause and its figure is still one."""
    first = (
        "Le bilan de l'incendie de l'usine de Rouen s'élève à 12 morts et 40 blessés, "
        "selon la préfecture."
    )
    update = first.replace("12 morts", "15 morts")
    shorter = "Le bilan de l'incendie de l'usine de Rouen s'élève à 12 morts, selon la préfecture."
    for number, text in enumerate([first, update, shorter]):
        (tmp_path / f"{number}.txt").write_text(f"Titre {number}\n\n{text}\n", encoding="utf-8")
    for one_pass in (False, True):
        with Store.open(tmp_path / f"r{one_pass}.db") as store:
            import_paths(store, sorted(tmp_path.glob("*.txt")))
            if one_pass:
                repeat_rows.rebuild(store)
            texts = [sorted(m.text for m in members) for _g, members in repeat_rows.groups(store)]
            assert texts == [sorted([first, shorter])]


def test_a_rebuild_tells_its_progress(tmp_path: Path) -> None:
    told: list[tuple[str, int]] = []
    with Store.open(tmp_path / "r.db") as store:
        import_paths(store, [REPRINTS])
        repeat_rows.rebuild(store, progress=lambda phase, n: told.append((phase, n)))
        total = store.sentence_count()
    assert sum(n for phase, n in told if phase == "read") == total
    assert [phase for phase, _n in told if phase != "read"] == ["compare", "write"]


def test_an_added_negation_makes_the_opposite_claim(tmp_path: Path) -> None:
    said = (
        "Le porte-parole du Kremlin a confirmé mardi la tenue d'une rencontre entre les "
        "deux présidents à Genève la semaine prochaine."
    )
    denied = said.replace("a confirmé", "n'a pas confirmé")
    reprint = said.replace("mardi ", "")
    for number, text in enumerate([said, denied, reprint]):
        (tmp_path / f"{number}.txt").write_text(f"Titre {number}\n\n{text}\n", encoding="utf-8")
    for one_pass in (False, True):
        with Store.open(tmp_path / f"r{one_pass}.db") as store:
            import_paths(store, sorted(tmp_path.glob("*.txt")))
            if one_pass:
                repeat_rows.rebuild(store)
            texts = [sorted(m.text for m in members) for _g, members in repeat_rows.groups(store)]
            assert texts == [sorted([said, reprint])]
