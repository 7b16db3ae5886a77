"""How the rules find words: verb forms by lookup, regexes gated by cheap substring tests.

A detector's result is a `Hit`; a verb found with its auxiliary or negation is a `VerbMatch`,
which offers the parts of `re.Match` the detectors use (`MatchLike`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from annotator.suggest.lexicon import (
    ADVERB,
    AUX,
    SUBJECT_PRONOUN,
    Forms,
)

_I = re.IGNORECASE
_INVERTED = rf"(?:-t-{SUBJECT_PRONOUN}|-{SUBJECT_PRONOUN})"
_NEG = r"(?:n['’]|ne\s+)"


@dataclass
class Hit:
    """One rule firing in one sentence."""

    label: str
    rule: str
    cue: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    source_text: str | None = None
    """A source that is not a span of the sentence ("non nommée")."""


_WORD = re.compile(r"\w+")
_WINDOW = 100
"""Characters before a verb searched for its auxiliary (and up to three adverbs)."""


class MatchLike(Protocol):
    """What the detectors read of a match: `re.Match` and `VerbMatch` both have it."""

    def start(self) -> int: ...
    def end(self) -> int: ...
    def span(self) -> tuple[int, int]: ...
    def group(self) -> str: ...


@dataclass(frozen=True)
class VerbMatch:
    """A verb found in a sentence, with its auxiliary or negation: the parts of
    `re.Match` the detectors use."""

    first: int
    last: int
    text: str
    neg: str | None = None

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last

    def span(self) -> tuple[int, int]:
        return self.first, self.last

    def group(self) -> str:
        return self.text

    def groupdict(self) -> dict[str, str | None]:
        return {"neg": self.neg}


@lru_cache(maxsize=32)
def _tokens(text: str) -> tuple[tuple[tuple[int, int, str], ...], frozenset[str]]:
    """The words of a sentence, lowercased, and their set: shared by every finder."""
    tokens = tuple((m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text))
    return tokens, frozenset(t[2] for t in tokens)


class _Finder:
    """Finds the forms of a verb class: a word looked up in a set, then its context checked
    with small anchored regexes. One regex alternation of hundreds of forms, tried at every
    position, was forty times slower."""

    def __init__(self, words: frozenset[str], before: str | None, *, required: bool) -> None:
        self.words = words
        self.before = re.compile(before + r"$", _I) if before else None
        self.required = required

    def finditer(self, text: str) -> Iterator[VerbMatch]:
        tokens, vocabulary = _tokens(text)
        if self.words.isdisjoint(vocabulary):
            return
        for start, end, lowered in tokens:
            if lowered not in self.words:
                continue
            if start > 0 and text[start - 1] == "-":
                continue  # "sous-estime", "c'est-à-dire": another word's end
            if end < len(text) and text[end] == "-":
                inverted = _INVERTED_AT.match(text, end)
                if inverted is None:
                    continue  # "porte-parole", "après-guerre"
                end = inverted.end()
            neg = None
            if self.before is not None:
                found = self.before.search(text, max(0, start - _WINDOW), start)
                if found is not None and found.end() == start:
                    start, neg = found.start(), found.groupdict().get("neg")
                elif self.required:
                    continue
            yield VerbMatch(start, end, text[start:end], neg)


_INVERTED_AT = re.compile(rf"{_INVERTED}\b(?!-)", _I)
_AUX_FULL = rf"(?:{AUX}{_INVERTED}?|s['’](?:est|était){_INVERTED}?|se\s+sont|se\s+seraient)"


@dataclass
class _Verb:
    """The finders of one verb class."""

    compound: _Finder
    finite: _Finder
    gerund: _Finder


def _verb(forms: Forms, *, infinitive: bool = False) -> _Verb:
    """The finders of a verb class; `infinitive` counts the infinitive as a finite use
    ("je voudrais démentir", "refuse de nier")."""
    return _Verb(
        compound=_Finder(
            forms.participle,
            # "a, par ailleurs, réfuté": an adverbial in commas between them
            rf"(?P<neg>\b{_NEG})?\b{_AUX_FULL}(?:\s+(?:pas|jamais|point|{ADVERB})){{0,3}}"
            r"(?:\s*,[^,;:«»“”\"]{2,30},)?\s+",
            required=True,
        ),
        finite=_Finder(
            forms.finite | forms.infinitive if infinitive else forms.finite,
            rf"(?:(?P<neg>\b{_NEG})(?:se\s+|s['’])?|\b(?:se\s+|s['’]))",
            required=False,
        ),
        gerund=_Finder(forms.gerund, r"\ben\s+", required=False),
    )


class _Gated:
    """A regex run only on sentences that contain one of its words: most sentences contain
    none, and substring tests are far cheaper than the regex's scan (cheaper, too, than one
    regex of the words: Python's re tries alternatives one by one)."""

    def __init__(
        self, pattern: re.Pattern[str], triggers: str, phrases: Iterable[str] = ()
    ) -> None:
        self.pattern = pattern
        # words separated by spaces, and phrases where a word alone would be too common
        # ("n'y a", "tout autre")
        self.triggers = (*triggers.split(), *phrases)

    def _may(self, text: str) -> bool:
        # map() runs the substring tests in C: about twice as fast as a generator here
        return any(map(_lowered(text).__contains__, self.triggers))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may(text) else None


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    # a space before the text, so that a trigger " ne " also finds a sentence's first word
    return " " + text.lower()


def _gated(pattern: re.Pattern[str], triggers: str, phrases: Iterable[str] = ()) -> _Gated:
    return _Gated(pattern, triggers, phrases)


# The passive, with or without its auxiliary: "cette version est contestée par plusieurs
# témoins", "La rumeur de sa démission démentie par l'Élysée" (a headline).
# "La décision a été vivement contestée", "la victoire contestée de M. Maduro": a disputed
# claim (a result, a version, figures), not "un projet contesté" (a policy opposed).
