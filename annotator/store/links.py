"""The private links of `annotator serve`: one random secret per annotator and screen, kept in
the project table so that `serve --links` prints the same links again.

The secret is the only thing that says who is labelling in a browser tab: 32 bytes from
`secrets`, compared in constant time by the server.
"""

from __future__ import annotations

import secrets

from annotator.store.database import Store

MODES = ("annotate", "review")
_PREFIX = "web_link"


def _key(mode: str, annotator: str) -> str:
    return f"{_PREFIX}:{mode}:{annotator}"


def links(store: Store) -> dict[tuple[str, str], str]:
    """{(mode, annotator): secret} of every link made so far."""
    out: dict[tuple[str, str], str] = {}
    for key, value in store.conn.execute(
        "SELECT key, value FROM project WHERE key LIKE ?", [f"{_PREFIX}:%"]
    ):
        _prefix, mode, annotator = key.split(":", 2)
        out[(mode, annotator)] = value
    return out


def ensure_links(
    store: Store, wanted: list[tuple[str, str]], *, renew: bool = False
) -> dict[tuple[str, str], str]:
    """A secret for each (mode, annotator) of `wanted`: the stored one, or a new one (always
    new with `renew`, which makes the old link stop working)."""
    known = links(store)
    out: dict[tuple[str, str], str] = {}
    with store.transaction():
        for mode, annotator in wanted:
            secret = None if renew else known.get((mode, annotator))
            if secret is None:
                secret = secrets.token_urlsafe(32)
                store.db.table("project").upsert(
                    {"key": _key(mode, annotator), "value": secret}, pk="key"
                )
            out[(mode, annotator)] = secret
    return out
