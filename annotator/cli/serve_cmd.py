"""`annotator serve`: the annotation screen in a browser tab, one private link per annotator"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import click

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store
from annotator.errors import AnnotatorError


def _names(value: str | None) -> list[str]:
    if not value:
        return []
    names = [name.strip() for name in value.split(",")]
    if any(not name for name in names):
        raise click.BadParameter("names separated by commas, none empty: alice,bob")
    return list(dict.fromkeys(names))


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command("serve")
@click.option(
    "--annotators",
    default=None,
    metavar="NAME,NAME",
    help="Who annotates: one private link each (comma-separated).",
)
@click.option(
    "--review",
    "reviewers",
    default=None,
    metavar="NAME,NAME",
    help="Who reviews: a private link to the review screen for each.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--public-url",
    default=None,
    help="The address the annotators' browsers reach (a reverse proxy's https://…); "
    "default: http://HOST:PORT.",
)
@click.option("--links", "links_only", is_flag=True, help="Print the links and stop.")
@click.option(
    "--new-links",
    is_flag=True,
    help="New secrets for these names: their old links stop working.",
)
@click.option(
    "--repeat-share",
    type=click.FloatRange(min=0.0, max=1.0),
    default=0.0,
    help="The annotators' screens serve this share of their labels again, blind "
    "(as `annotate --repeat-share`).",
)
@click.option(
    "--show-repeats",
    is_flag=True,
    help="The annotators' screens suggest their own earlier label of a repeated sentence "
    "(as `annotate --show-repeats`).",
)
@db_option
def serve_command(
    annotators: str | None,
    reviewers: str | None,
    host: str,
    port: int,
    public_url: str | None,
    links_only: bool,
    new_links: bool,
    repeat_share: float,
    show_repeats: bool,
    db_path: Path | None,
) -> None:
    """Serve the annotation screen in browser tabs: one private link per annotator.

    Each link opens that annotator's screen (their assignment and the project's scheme, as
    in the terminal; the keys are the same), as its own process on the shared database. The
    link decides who labels: nobody can label under another's name without their link, and
    a request without a valid one gets 403 and no screen. Links are kept in the database:
    `--links` prints them again, `--new-links` replaces them. Closing a tab loses nothing
    the screen showed as saved; ctrl+c or SIGTERM stops the server and its screens cleanly.

    It listens on 127.0.0.1 (this machine only): annotators on other machines reach it
    through an SSH tunnel (ssh -L 8000:127.0.0.1:8000 server), or with --host 0.0.0.0 on a
    trusted network, or behind a TLS reverse proxy (--public-url https://…): anyone holding a
    link can label under its name.

    Example:

    \b
        annotator serve --annotators alice,bob
        annotator serve --annotators alice,bob --review rita --port 8080
        annotator serve --links
        annotator serve --annotators alice --new-links
    """
    names, reviewing = _names(annotators), _names(reviewers)
    store = open_store(db_path, must_exist=True)
    try:
        from annotator.store import links

        if not store.has_sentences():
            raise AnnotatorError(
                f"{store.path}: no articles yet; import some first: annotator import sample_data/"
            )
        wanted = [("annotate", n) for n in names] + [("review", n) for n in reviewing]
        if not wanted:
            if not links_only:
                raise click.UsageError("say who annotates: --annotators alice,bob")
            known = links.links(store)
            if not known:
                raise AnnotatorError("no links yet: annotator serve --annotators alice,bob")
            secrets = known
        else:
            secrets = links.ensure_links(store, wanted, renew=new_links)
        db = Path(store.path) if store.path is not None else Path("annotations.db")
    finally:
        store.close()
    from annotator.web import AnnotatorServer, Session, link

    options = (
        *(("--repeat-share", repr(repeat_share)) if repeat_share else ()),
        *(("--show-repeats",) if show_repeats else ()),
    )
    sessions = [
        Session(mode, name, secret, options if mode == "annotate" else ())
        for (mode, name), secret in secrets.items()
    ]
    shown_host = host
    if host in ("0.0.0.0", "::"):
        shown_host = socket.getfqdn()
    base = public_url or f"http://{shown_host}:{port}"
    width = max(len(s.annotator) for s in sessions)
    for session in sessions:
        what = "" if session.mode == "annotate" else "  (review)"
        click.echo(f"{session.annotator:<{width}}  {link(base, session)}{what}")
    if links_only:
        return
    if not _loopback(host):
        click.echo(
            f"warning: listening on {host}: anyone who can reach this machine and holds a "
            "link labels under its name; send the links over a trusted network only, or "
            "serve behind TLS (a reverse proxy, with --public-url https://…)",
            err=True,
        )
    server = AnnotatorServer(db, sessions, host=host, port=port, public_url=base)
    try:
        server.serve()
    except OSError as error:
        raise AnnotatorError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
