"""The title of a plain-text article: its first line that reads like a headline.

Saved and scraped pages start with page furniture more often than with their headline: a
site name ("Dernières Nouvelles | News 24"), a breadcrumb ("Home » International » …"), a
menu word. Such a line is passed over when a better line follows among the first few; and a
headline glued to its lede by the scraper ("…la Russie«Accord révolutionnaire». C'est…") is
cut at the join. The article text itself is never changed: only the title is chosen.
"""

from __future__ import annotations

import re

from annotator.ingest.boilerplate import is_boilerplate

LOOK_AHEAD = 5
"""Non-empty lines considered for the title."""
MAX_TITLE = 200
"""Longer than this, a first line is a headline glued to its text: cut at the first sentence."""

_BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s")
_BREADCRUMB_HOME = re.compile(r"^(?:home|accueil|actualités?|news)\s*(?:»|›|>|/)", re.IGNORECASE)
_PIPE = re.compile(r"\s[|•·]\s")
# A scraper's join: a word run straight into an opening quotation mark or a new sentence.
_JOINS = (
    re.compile(r"(?<=[A-Za-zÀ-ÿ0-9)])(?=«)"),  # …la Russie«Accord…
    re.compile(r"(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])"),  # …Poutine.Cet…
)
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9»”\"')]{2}[.!?])\s+(?=[A-ZÀ-Ý«\"“])")


def _words(line: str) -> int:
    return len(line.split())


def _breadcrumb_parts(line: str) -> list[str] | None:
    """The parts of a breadcrumb line ("Home » International » Title"), or None."""
    if "«" in line:  # its » close quotations: "« inéluctable » pour la direction"
        return None
    parts = [part.strip() for part in _BREADCRUMB.split(line)]
    # sections are short labels; only the last part (the page itself) may be long
    if any(_words(part) > 4 for part in parts[:-1]):
        return None
    if len(parts) >= 3 or (len(parts) == 2 and _BREADCRUMB_HOME.match(line)):
        return [part for part in parts if part]
    return None


def _is_furniture(line: str) -> bool:
    """A site name, a menu, a breadcrumb: page furniture rather than a headline."""
    if is_boilerplate(line) or _breadcrumb_parts(line) is not None:
        return True
    parts = _PIPE.split(line)
    # "Dernières Nouvelles | News 24": every part a short label (a headline with a pipe,
    # "Réélection contestée | Maduro dénonce un coup d'État", has a long part)
    return len(parts) >= 2 and all(_words(part) <= 3 for part in parts)


def _headline_like(line: str) -> bool:
    return _words(line) >= 4 and not _is_furniture(line)


def _unglued(line: str) -> str:
    """`line` cut where the scraper glued the headline to what follows it."""
    cut = len(line)
    for join in _JOINS:
        match = join.search(line)
        if match and _words(line[: match.start()]) >= 3:
            cut = min(cut, match.start())
    line = line[:cut].rstrip()
    if len(line) > MAX_TITLE:
        match = _SENTENCE_END.search(line)
        if match and match.start() >= 20:
            line = line[: match.start()]
    return line


def title_of(text: str) -> str:
    """The article's title: the first non-empty line, unless it is page furniture and a
    headline-like line follows within the first few lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return ""
    first = lines[0]
    if _is_furniture(first):
        better = next((line for line in lines[1:LOOK_AHEAD] if _headline_like(line)), None)
        if better is not None:
            return _unglued(better)
        parts = _breadcrumb_parts(first)
        if parts:  # no better line: the breadcrumb's last part is the page's own name
            return _unglued(parts[-1])
    return _unglued(first)
