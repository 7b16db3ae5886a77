"""`annotator serve`: private links, a real browser labelling through one, nothing for a
wrong one, and a clean stop.

The browser tests drive Chromium with Playwright: Debian's `chromium` package (Playwright's
own browser download cannot work everywhere). Where neither Playwright nor a Chromium can be
had, they are skipped and say so; the tests without a browser still run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import Store

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium() -> str:
    """A Chromium to drive, or skip saying why there is none."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("the browser test needs Playwright (pip install -e '.[dev]')")
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no Chromium on this machine (Debian: apt-get install chromium); the browser "
        "test is skipped, the link and 403 tests without a browser still ran"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError):
        return 0  # not listening (yet)


def wait_for(condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    # A generous deadline for a loaded machine: the condition decides, not the clock.
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@dataclass
class Served:
    process: subprocess.Popen[str]
    links: dict[str, str]
    port: int


@pytest.fixture
def served(store: Store, db_path: Path) -> Iterator[Served]:
    store.close()
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "annotator",
            "serve",
            "--db",
            str(db_path),
            "--annotators",
            "alice,bob",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        start_new_session=True,
    )
    try:  # the server goes whatever happens, even when it fails to start
        assert process.stdout is not None
        links = {}
        for _ in range(2):
            name, url = process.stdout.readline().split()
            links[name] = url
        wait_for(lambda: status(f"http://127.0.0.1:{port}/") == 403, "the server to listen")
        yield Served(process, links, port)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def test_links_are_kept_and_renewed(store: Store, db_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(
        cli, ["serve", "--db", str(db_path), "--annotators", "alice,bob", "--links"]
    )
    assert first.exit_code == 0, first.stderr
    lines = first.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["alice", "bob"]
    assert all(line.split()[1].startswith("http://127.0.0.1:8000/a/") for line in lines)
    again = runner.invoke(cli, ["serve", "--db", str(db_path), "--links"])
    assert again.stdout == first.stdout  # kept in the database
    renewed = runner.invoke(
        cli, ["serve", "--db", str(db_path), "--annotators", "alice", "--new-links", "--links"]
    )
    assert renewed.stdout.split()[1] != lines[0].split()[1]
    assert len({line.split()[1] for line in lines}) == 2  # one secret each


def test_a_port_in_use_is_one_line_and_a_public_host_warns(store: Store, db_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "annotator",
                "serve",
                "--db",
                str(db_path),
                "--annotators",
                "alice",
                "--host",
                "0.0.0.0",
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "warning: listening on 0.0.0.0" in result.stderr
    assert f"cannot listen on 0.0.0.0:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_wrong_or_missing_secret_gets_403_and_no_screen(served: Served) -> None:
    base = f"http://127.0.0.1:{served.port}"
    alice = served.links["alice"]
    assert status(alice) == 200
    for url in (
        f"{base}/",
        f"{base}/a/",
        f"{base}/a/not-a-secret",
        alice[:-1] + "x",
        f"{base}/a/not-a-secret/ws",
    ):
        assert status(url) in (403, 404), url
    with urllib.request.urlopen(alice, timeout=10) as response:
        assert response.headers["Referrer-Policy"] == "no-referrer"


def test_alice_labels_in_a_real_browser(served: Served, store: Store, db_path: Path) -> None:
    executable = chromium()
    from playwright.sync_api import sync_playwright

    with Store.open(db_path, readonly=True) as reader:
        first_article = reader.article_list()[0][0]
        total = reader.sentence_count(first_article)

    def labelled(name: str) -> int:
        with Store.open(db_path, readonly=True) as reader:
            return reader.labelled_count(name)

    with sync_playwright() as p:
        # No WebGL: xterm.js draws the terminal as text the test can read.
        browser = p.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-3d-apis"]
        )
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            page.goto(served.links["alice"])
            rows = page.locator(".xterm-rows")
            wait_for(
                lambda: "alice ·" in (rows.inner_text() if rows.count() else ""), "alice's screen"
            )
            page.click("#terminal")
            for n in range(1, 4):
                page.keyboard.press("a")
                wait_for(lambda n=n: labelled("alice") == n, f"label {n} on disk")
            wait_for(lambda: f"sentence 4/{total}" in rows.inner_text(), "the fourth sentence")
            assert labelled("bob") == 0
            # ctrl+c / SIGTERM with the tab open: the server and its screens stop cleanly
            os.killpg(served.process.pid, signal.SIGTERM)
            served.process.wait(timeout=60)
        finally:
            browser.close()
    assert served.process.returncode == 0
    with Store.open(db_path, readonly=True) as reader:
        labels = [a for a in reader.iter_annotations("alice") if a.label]
    assert [a.label for a in labels] == ["attributed"] * 3


def test_a_served_screen_gets_the_repeat_options(tmp_path: Path) -> None:
    from annotator.web import Session

    line = Session("annotate", "alice", "s", ("--repeat-share", "0.1", "--show-repeats"))
    assert line.command(tmp_path / "a.db").endswith(
        "--annotator alice --repeat-share 0.1 --show-repeats"
    )
