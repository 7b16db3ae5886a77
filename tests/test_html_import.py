"""`annotator import` of web pages: saved .html files, JSONL lines with `html`, and URLs
(fetched from a local server only). What is kept, what is not, offsets exact, the page kept
whole, and one line for every page that cannot be read."""

from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.ingest import html as html_module
from annotator.store import Store
from tests.conftest import DATA, dump

PAGES = DATA / "pages"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def only_article(db_path: Path) -> tuple[dict, list[str], Store]:
    store = Store.open(db_path)
    ((article_id, _title),) = store.article_list()
    article = store.article(article_id)
    assert article is not None
    sentences = store.sentences_of(article_id)
    for s in sentences:  # offsets exact
        assert s.text == article.text[s.start : s.end]
    return dataclasses.asdict(article), [s.text for s in sentences], store


def test_a_news_page_gives_its_article_without_the_page_furniture(db_path: Path) -> None:
    code, out, err = run("import", "--db", str(db_path), str(PAGES / "news.html"))
    assert code == 0, err
    article, sentences, store = only_article(db_path)
    assert article["title"] == "Incendie à Lyon : le maire s’exprime"
    assert sentences[0] == article["title"]  # the headline heads the text
    assert "La préfecture dément toute négligence." in sentences
    text = article["text"]
    for furniture in (
        "Accueil",
        "Politique",
        "cookies",
        "Partager",
        "Facebook",
        "Lire aussi",
        "Villeurbanne",
        "Commentaires",
        "Quelle honte",
        "Tous droits réservés",
        "Mentions légales",
    ):
        assert furniture not in text, furniture
    meta = article["meta"]
    assert meta["date"] == "2024-03-05"
    assert meta["author"] == "Jean Dupont"
    assert meta["sitename"] == "Le Progrès"
    assert meta["url"] == "https://www.leprogres.fr/lyon/incendie-entrepot"
    # paragraphs kept: the headline and the article's three <p> (the byline went to meta)
    assert len({s.paragraph for s in store.sentences_of(article["id"])}) == 4
    page = store.page(article["id"])
    assert page is not None and "Quelle honte" in page.html  # the whole page, kept
    store.close()
    before = dump(db_path)
    code, out, _ = run("import", "--db", str(db_path), str(PAGES / "news.html"))
    assert code == 0 and "1 duplicate(s) skipped" in out
    assert dump(db_path) == before  # idempotent


def test_an_amp_page(db_path: Path) -> None:
    assert run("import", "--db", str(db_path), str(PAGES / "amp.html"))[0] == 0
    article, sentences, store = only_article(db_path)
    store.close()
    assert article["title"] == "Grève à la SNCF : le trafic fortement perturbé jeudi"
    assert article["meta"]["date"] == "2024-02-15"
    assert article["meta"]["sitename"] == "Ouest-France"
    assert "Selon le ministre des Transports, un accord reste possible avant le week-end." in (
        sentences
    )
    assert "Menu" not in article["text"] and "Conditions" not in article["text"]


def test_a_windows_1252_page_declared_in_its_meta(db_path: Path) -> None:
    assert b"\x9cuvres" in (PAGES / "cp1252.html").read_bytes()  # really not UTF-8
    assert run("import", "--db", str(db_path), str(PAGES / "cp1252.html"))[0] == 0
    article, sentences, store = only_article(db_path)
    store.close()
    assert article["title"] == "Œuvres volées : l’enquête avance"
    assert "« C’est une étape décisive », a déclaré la procureure." in sentences


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.html", "empty.html: no article text found in this page"),
        ("not_html.html", "not_html.html: not an HTML page"),
    ],
)
def test_a_page_without_an_article_is_one_line_and_changes_nothing(
    store: Store, db_path: Path, name: str, message: str
) -> None:
    store.close()
    before = dump(db_path)
    code, _out, err = run("import", "--db", str(db_path), str(PAGES / name))
    assert code == 1
    assert message in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.startswith("error:")]) == 1
    assert dump(db_path) == before


def test_jsonl_lines_may_carry_html_instead_of_text(db_path: Path, tmp_path: Path) -> None:
    page = (PAGES / "news.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"html": page, "url": "https://www.leprogres.fr/x", "meta": {"desk": "Lyon"}})
        + "\n",
        encoding="utf-8",
    )
    code, _out, err = run("import", "--db", str(db_path), str(path))
    assert code == 0, err
    article, sentences, store = only_article(db_path)
    store.close()
    assert article["title"] == "Incendie à Lyon : le maire s’exprime"
    assert article["meta"]["desk"] == "Lyon" and article["meta"]["date"] == "2024-03-05"
    assert "Quelle honte ! Le maire ment depuis le début." not in sentences
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "Neither"}\n{"text": "Un texte.", "html": "<p>x</p>"}\n')
    code, _out, err = run("import", "--db", str(db_path), str(bad))
    assert code == 1
    assert f"{bad}:1: text: missing (or html, for a web page)" in err
    assert f"{bad}:2: give either text or html, not both" in err


def test_a_folder_with_pages_and_text(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.htm").write_bytes((PAGES / "amp.html").read_bytes())
    (folder / "b.txt").write_text("Titre\n\nLe maire a démissionné lundi.\n", encoding="utf-8")
    code, out, err = run("import", "--db", str(db_path), str(folder))
    assert code == 0, err
    assert "2 article(s)" in out


# ------------------------------------------------------------------ URLs, locally


@pytest.fixture
def site() -> Iterator[str]:
    """The test pages over HTTP on 127.0.0.1 (never the outside world)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(PAGES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_url_is_fetched_and_imported_like_a_saved_page(db_path: Path, site: str) -> None:
    url = f"{site}/amp.html"
    code, out, err = run("import", "--db", str(db_path), url)
    assert code == 0, err
    article, _sentences, store = only_article(db_path)
    assert article["source"] == url and article["meta"]["fetched_from"] == url
    page = store.page(article["id"])
    store.close()
    assert page is not None and page.url == url
    code, out, _ = run("import", "--db", str(db_path), url)
    assert code == 0 and "1 duplicate(s) skipped" in out


def test_url_failures_are_one_line_each(store: Store, db_path: Path, site: str) -> None:
    store.close()
    before = dump(db_path)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{closed.getsockname()[1]}/x.html"
    code, _out, err = run(
        "import", "--db", str(db_path), f"{site}/missing.html", refused, f"{site}/empty.html"
    )
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 3
    assert f"{site}/missing.html: cannot fetch: HTTP 404" in lines[0]
    assert f"{refused}: cannot fetch:" in lines[1]
    assert "no article text found" in lines[2]
    assert dump(db_path) == before


def test_a_server_that_never_answers_times_out(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html_module, "FETCH_TIMEOUT_S", 0.5)
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow.html"
        code, _out, err = run("import", "--db", str(db_path), url)
    assert code == 1
    assert f"{url}: cannot fetch: no answer within 0.5 s" in err


def test_a_merge_brings_the_pages_along(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    assert run("import", "--db", str(other), str(PAGES / "news.html"))[0] == 0
    main = tmp_path / "main.db"
    assert run("import", "--db", str(main), str(PAGES / "amp.html"))[0] == 0
    code, _out, err = run("merge", "--db", str(main), str(other))
    assert code == 0, err
    with Store.open(main) as store:
        pages = [store.page(article_id) for article_id, _t in store.article_list()]
    assert all(page is not None for page in pages) and len(pages) == 2
