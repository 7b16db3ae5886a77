"""Which repeat groups are page furniture, not repeated claims.

Kept apart from `annotator.repeats` (numpy): the annotation screen's blind repeats and the
agreement report read it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

MIN_WORDS = 6
"""Shorter sentences are grouped only when exactly the same (after normalisation)."""

FURNITURE_SPREAD = 3
"""A short line (under `MIN_WORDS` words) repeated word for word in this many articles or
more is page furniture, marked or not: a site's own tagline ("Toute l’info du Petit Écho"),
which no boilerplate pattern knows, is on every page of the site. Counted as a repeated
claim, it bound every article of the site into one set that an export split could not divide
(all of them in train), and gave each annotator dozens of trivially consistent pairs. A
reprinted dispatch still binds its copies by its longer sentences."""

_WORDS_SQL = "(LENGTH(TRIM(s.text)) - LENGTH(REPLACE(TRIM(s.text), ' ', '')) + 1)"
FURNITURE_SQL = (
    f"(MIN(s.boilerplate) = 1 OR (MAX({_WORDS_SQL}) < {MIN_WORDS} "
    f"AND COUNT(DISTINCT s.article_id) >= {FURNITURE_SPREAD}))"
)
"""A HAVING condition over a group's sentences (`s`, joined to `repeat_groups`): the group
is page furniture. `is_furniture` says the same of a group's members read in Python."""


class Member(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def article_id(self) -> str: ...
    @property
    def boilerplate(self) -> bool: ...


def is_furniture(members: Sequence[Member]) -> bool:
    """Whether a group is page furniture: every sentence marked as boilerplate, or a short
    line repeated in `FURNITURE_SPREAD` articles or more (words counted as `FURNITURE_SQL`
    counts them: spaces + 1)."""
    if all(m.boilerplate for m in members):
        return True
    short = all(m.text.strip().count(" ") + 1 < MIN_WORDS for m in members)
    return short and len({m.article_id for m in members}) >= FURNITURE_SPREAD
