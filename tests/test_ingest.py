"""Importing articles: text and JSONL files, folders, idempotence, offsets."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.ingest import import_paths
from annotator.store import Store
from tests.conftest import SAMPLE_DATA


def test_samples_import_with_offsets_that_point_into_the_article(store: Store) -> None:
    assert store.article_count() == 5
    for article_id, _title in store.article_list():
        article = store.article(article_id)
        sentences = store.sentences_of(article_id)
        assert sentences, article.title
        for sentence in sentences:
            assert sentence.text == article.text[sentence.start : sentence.end]
            assert sentence.id == f"{article_id}:{sentence.start}-{sentence.end}"
        # never drop text: every non-space character is in some sentence
        covered = sum(len(s.text.replace(" ", "").replace("\n", "")) for s in sentences)
        assert covered == len(article.text.replace(" ", "").replace("\n", ""))


def test_title_is_the_headline_not_the_site_furniture(store: Store) -> None:
    titles = [title for _id, title in store.article_list()]
    assert titles[0].startswith("La Russie et la Corée du Nord conviennent")  # not the site name
    assert titles[1].startswith("La Corée du Nord se tiendra aux côtés de la Russie")
    assert titles[2] == (  # not the breadcrumb
        "La Russie et la Corée du Nord entretiennent une coopération stratégique étendue"
    )
    assert titles[4] == "La Corée du Nord en soutien à la Russie"  # cut at the glued lede


def test_reimport_is_idempotent_with_stable_ids(store: Store, db_path: Path) -> None:
    before = {s.id for s in store.iter_sentences()}
    report = import_paths(store, [SAMPLE_DATA])
    assert report.articles == 0 and report.duplicates == 5 and not report.errors
    assert {s.id for s in store.iter_sentences()} == before
    # ids do not depend on the database either
    other = Store.open(db_path.parent / "other.db")
    import_paths(other, [SAMPLE_DATA])
    assert {s.id for s in other.iter_sentences()} == before


def test_boilerplate_is_marked_not_dropped(store: Store) -> None:
    flagged = [s.text for s in store.iter_sentences() if s.boilerplate]
    assert any("partager" in text for text in flagged)
    assert any(text.startswith("Home »") for text in flagged)


def test_jsonl_articles_with_id_url_meta_and_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    rows = [
        {
            "title": "Un",
            "text": "Le Kremlin nie. Moscou dément.",
            "id": "art-1",
            "url": "https://example.org/1",
            "meta": {"lang": "fr"},
            "date": "2024-06-19",
        },
        {"title": "Deux", "text": "Selon KCNA, l'accord est signé."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    store = Store.open(tmp_path / "t.db")
    report = import_paths(store, [path])
    assert (report.articles, report.errors) == (2, [])
    article = store.article("art-1")
    assert article.source == "https://example.org/1"
    assert article.meta == {"lang": "fr", "date": "2024-06-19", "url": "https://example.org/1"}
    assert [s.text for s in store.sentences_of("art-1")] == ["Le Kremlin nie.", "Moscou dément."]


def test_folders_are_walked_recursively(tmp_path: Path) -> None:
    (tmp_path / "in" / "deeper").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("Titre A\n\nLe Kremlin nie.\n")
    (tmp_path / "in" / "deeper" / "b.txt").write_text("Titre B\n\nMoscou dément.\n")
    (tmp_path / "in" / "notes.md").write_text("not an article")
    store = Store.open(tmp_path / "t.db")
    report = import_paths(store, [tmp_path / "in"])
    assert report.articles == 2 and not report.errors
    assert [title for _id, title in store.article_list()] == ["Titre A", "Titre B"]


def big_jsonl(path: Path, articles: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            text = " ".join(f"Le maire {n} a déclaré que le projet {k} avance." for k in range(20))
            out.write(json.dumps({"title": f"Article {n}", "text": text}) + "\n")
    return path


def test_a_large_import_commits_in_short_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other writers wait for one batch at most, never for the whole file."""
    import annotator.ingest as ingest

    monkeypatch.setattr(ingest, "BATCH_SENTENCES", 100)
    store = Store.open(tmp_path / "big.db")
    commits = []
    real = store.transaction

    def counted():  # type: ignore[no-untyped-def]
        if not store.conn.in_transaction:
            commits.append(1)
        return real()

    monkeypatch.setattr(store, "transaction", counted)
    report = import_paths(store, [big_jsonl(tmp_path / "big.jsonl", 60)])
    assert not report.errors and report.articles == 60
    assert len(commits) >= 10  # 60 articles × 20 sentences in batches of ~100 sentences
    assert store.sentence_count() == 1200
    store.close()


def test_an_import_that_fails_half_way_takes_its_articles_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.ingest as ingest

    monkeypatch.setattr(ingest, "BATCH_SENTENCES", 100)
    store = Store.open(tmp_path / "big.db")
    import_paths(store, [SAMPLE_DATA])
    before = (store.article_count(), store.sentence_count())
    real = store.add_article
    calls = {"n": 0}

    def failing(article, sentences, page=None):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 30:  # well into the file: several batches are committed already
            raise sqlite3.OperationalError("database or disk is full")
        return real(article, sentences, page)

    monkeypatch.setattr(store, "add_article", failing)
    with pytest.raises(sqlite3.OperationalError):
        import_paths(store, [big_jsonl(tmp_path / "big.jsonl", 60)])
    assert (store.article_count(), store.sentence_count()) == before
    assert store.integrity_ok()
    store.close()


def test_small_files_share_a_transaction_yet_each_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small files are stored several to a transaction; when that transaction fails, they
    are stored again one by one, so the files before the failing one are in, and the failing
    one leaves nothing behind."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(
            f"Titre {name}\n\nLe maire a déclaré que la ville {name} allait bien.\n",
            encoding="utf-8",
        )
    store = Store.open(tmp_path / "x.db")
    real = store.add_article

    def failing(article, sentences, page=None):  # type: ignore[no-untyped-def]
        if article.title == "Titre b":
            raise sqlite3.OperationalError("database or disk is full")
        return real(article, sentences, page)

    monkeypatch.setattr(store, "add_article", failing)
    with pytest.raises(sqlite3.OperationalError):
        import_paths(store, [folder])
    titles = sorted(title for _id, title in store.article_list())
    assert titles == ["Titre a"]
    assert store.sentence_count() == len(store.sentences_of(store.article_list()[0][0]))
    store.close()


def test_a_folder_of_small_files_is_stored_in_few_transactions(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(30):
        (folder / f"{number:02d}.txt").write_text(
            f"Article {number}\n\nLe préfet {number} a annoncé une mesure.\n", encoding="utf-8"
        )
    store = Store.open(tmp_path / "x.db")
    commits = 0
    real = store.transaction

    def counting():  # type: ignore[no-untyped-def]
        nonlocal commits
        commits += not store.conn.in_transaction
        return real()

    store.transaction = counting  # type: ignore[method-assign]
    report = import_paths(store, [folder])
    assert report.files == 30 and report.articles == 30 and not report.errors
    assert commits < 5
    store.close()
