"""Interviews laid out as questions and answers: the answers are the interviewee's words.

"Quelle est votre réaction ?" then "J'ai une réaction extrêmement révoltée.": no quotation
marks and no verb of saying, the layout says who speaks (guidelines R4c; the interviews of
the blind2 and blind6 gold sets label the answers attributed, the questions not_a_claim, the
interviewer's own framing as any sentence).

An article is taken for an interview when it asks at least two questions, one of them of
someone ("vous", "votre", "vos"), and says it is one (a word such as "entretien" or "propos
recueillis" near the top) or its headline is a quotation. Service articles that ask the reader
("Êtes-vous concerné ?") answer in the outlet's voice and say neither. Questions that address
no one ("Ce bilan est-il une bonne nouvelle ?") make an interview when the article names its
interviewee ("entretien avec le sociologue Marc Lenoir") or signs it ("Propos recueillis
par…" at the end): "l'entretien de votre chaudière" is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.suggest.patterns import _QUESTION

MIN_QUESTIONS = 2
"""Questions, at least: one alone is rhetoric as often as an interview."""

HEAD = 6
"""Sentences at the top where "entretien", "interview"… mark the article as one."""

_ADDRESS = re.compile(r"(?i)\b(?:vous|votre|vos)\b")
_MARKER = re.compile(
    r"(?i)\b(?:entretien|interview|propos\s+recueillis|questions?\s+à|texte\s+intégral|"
    r"répond\s+à\s+nos\s+questions)\b"
)
_QUOTED_HEADLINE = re.compile(r"[«“]|^\s*\"")
_DASHED = re.compile(r"\s*[–—-]\s")
_ANNOUNCED = re.compile(r"(?i)(?:^|[:|–—-]\s*)(?:entretien|interview)\s+(?:avec|de)\b")
_COLLECTED = re.compile(r"(?i)\bpropos\s+recueillis\s+par\b")
TAIL = 3
"""Sentences at the end where "Propos recueillis par" signs an interview."""
# "entretien avec la climatologue Anne Véron", "interview de Fadela Amara"
_WITH = re.compile(
    r"(?i:entretien|interview|rencontre|questions?)\s+(?i:avec|à|de)\s+"
    r"(?:(?:le|la|l['’]|les)\s*)?(?:[a-zàâçéèêëîïôûùüÿœ'’-]+\s+){0,3}?"
    r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de\s+|d['’]|van\s+|von\s+)?[A-ZÀ-Þ][\w'’-]+){1,3})"
    # no name, a role in an organisation: "entretien avec le président de la FNSEA"
    r"|(?i:entretien|interview)\s+(?i:avec)\s+(?P<role>(?:le|la|l['’])\s*[a-zàâçéèêëîïôûùüÿœ-]{4,}\s+"
    r"(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+|d['’])[A-ZÀ-Þ][\w'’-]+)"
)
# "Fadela Amara : « L'élite ne souhaite pas… »": the headline's speaker
_SPEAKER = re.compile(r"^\s*(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s*:\s*[«“\"]")


@dataclass(frozen=True)
class Interview:
    """The sentences that answer (their indexes) and who answers, when the article says."""

    answers: frozenset[int]
    speaker: str | None


NONE = Interview(frozenset(), None)


def is_question(text: str) -> bool:
    return bool(_QUESTION.search(text))


def find(
    texts: Sequence[str], paragraphs: Sequence[int] | None = None, headline: str = ""
) -> Interview:
    """The answers of an interview laid out as questions and answers: the paragraphs after a
    paragraph that ends with a question, up to the next such paragraph. A paragraph that
    ends with a question is the interviewer's whole (its framing and its question). Without
    paragraph numbers each sentence is its own paragraph."""
    questions = [t for t in texts if is_question(t)]
    head = [headline, *texts[:HEAD]]
    # "entretien avec X" on top, or "Propos recueillis par": an interview says so
    collected = any(_COLLECTED.search(t) for t in [*texts[:HEAD], *texts[-TAIL:]])
    signed = collected or any(_WITH.search(t) for t in head)
    # ... and when it says so in its headline or its signature, one question is enough (the
    # next ones may be put as statements); "dans un entretien avec Le Figaro" in a news
    # story is not that
    announced = collected or bool(_ANNOUNCED.search(headline))
    if len(questions) < (1 if announced else MIN_QUESTIONS):
        return NONE
    # questions and answers each opened by a dash ("– Les producteurs suivent-ils ?" then
    # "– Pas encore assez."): the layout of an interview, whoever the questions address
    dialogue = sum(1 for t in questions if _DASHED.match(t)) >= MIN_QUESTIONS and any(
        _DASHED.match(t) and not is_question(t) for t in texts
    )
    if any(_ADDRESS.search(t) for t in questions):
        if (
            not any(_MARKER.search(t) for t in head)
            and not _QUOTED_HEADLINE.search(headline)
            and not dialogue
        ):
            return NONE
    elif not signed and not dialogue:
        # questions that address no one ("Est-ce convaincant ?") need the article to name
        # its interviewee or its interviewer, not just a word that could mean maintenance
        return NONE
    numbers = list(paragraphs) if paragraphs is not None else list(range(len(texts)))
    blocks: list[list[int]] = []
    for i, number in enumerate(numbers):
        if blocks and numbers[blocks[-1][-1]] == number:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    # A question inside a paragraph, not at its end: the text came without blank lines
    # between question and answer (one per line, as many pages are copied): each sentence
    # is then its own paragraph.
    flat: list[list[int]] = []
    for block in blocks:
        if any(is_question(texts[i]) for i in block[:-1]):
            flat.extend([i] for i in block)
        else:
            flat.append(block)
    answers: set[int] = set()
    answering = False
    for block in flat:
        first = block[0]
        opens_paragraph = first == 0 or numbers[first] != numbers[first - 1]
        if is_question(texts[block[-1]]):
            answering = True
        elif answering and announced and opens_paragraph and _ADDRESS.search(texts[first]):
            # a question put as a statement, to the interviewee, opening a paragraph: "Les
            # associations vous accusent de freiner…" (the answer follows in the paragraph)
            answers.update(block[1:])
        elif answering:
            answers.update(block)
    return Interview(frozenset(answers), _speaker(head))


def _speaker(head: Sequence[str]) -> str | None:
    for text in head:
        found = _WITH.search(text) or _SPEAKER.match(text)
        if found:
            return found.group("who") or found.group("role")
    # the standfirst's subject, named after their title or before it: "Chronobiologiste à
    # l'Inserm, Claire Vasseur publie une étude…", "Claire Vasseur, chronobiologiste, publie…"
    for text in head[1:3]:
        if _QUESTION.search(text):
            break
        found = _INTRODUCED.match(text)
        if found:
            return found.group("who")
    return None


_INTRODUCED = re.compile(
    r"\s*(?:[^,«»]{3,80},\s+)?(?P<who>[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+(?:(?:de|du|van|von|le|la)\s+)?"
    r"[A-ZÀ-Þ][\w'’-]+)(?:\s*,[^,«»]{3,80},)?\s+(?!et\b)[a-zàâçéèêëîïôûùüÿœ]"
)
