"""Sentence segmentation for French news: line-aware, rule-based, stdlib only.

Why rules and not a library: on scraped news most boundaries sit at line breaks (headlines,
bullets, captions, one paragraph per line), so lines are split first and the in-line rules only
have to handle punctuation. Measured against the hand-made gold in `bench/segmenters.py`.

Passes:
1. Blocks: runs of non-blank lines; a blank line starts a new paragraph.
2. Units: each line is a unit, except hard-wrapped text, where lines are joined (a line that
   does not end a sentence and is followed by a lowercase line or ends on a comma / a function
   word; or a whole block that looks wrapped at a fixed width).
3. In a unit, cut after terminal punctuation (. ! ? …, with closing quotes) when the next
   sentence starts with something other than a lowercase letter, unless the period belongs to
   an abbreviation, an initial or a list number. Also cut a period glued to the next sentence
   (`Poutine.Cet`), a title glued to an opening guillemet (`Russie«Accord`) or ending on a
   number (`en 2024Les`), before in-line
   bullets (` • `) and after an agency dateline (`PARIS, 3 mars (AFP) -`).

Spans never drop text: every non-whitespace character is in exactly one span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "segment"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offset into the text given
    end: int  # exclusive; text[start:end] is the sentence, stripped of surrounding whitespace
    paragraph: int  # 0-based index of the paragraph (blocks separated by blank lines)


# Terminal punctuation, then closing quotes/brackets (French puts a space before » and ”).
# Three separate patterns: an alternation would lose the regex engine's first-character scan
# and run three times slower.
_TERMINAL_RUN = re.compile(r"([.!?…]+)((?:[ \u00a0\u202f]?[»”]|[\"’')\]])*)")
_MARKS = re.compile(r"[«“•●▪■►▶◆◦‣]")  # opening quotes (glued titles) and bullets
_GLUED_NUMBER = re.compile(r"\d[^\W\d_]{3}")
_BULLETS = frozenset("•●▪■►▶◆◦‣")
# Dateline at the start of a unit: "PARIS, 3 mars 2024 (AFP) -", "WASHINGTON, 5 mai – Le".
_DATELINE = re.compile(
    r"[^\W\d_][^()\n]{0,60}\((?:AFP|Reuters|AP|Belga|ATS|Xinhua|AFP/Reuters|dpa|ANSA|APS|MAP|"
    r"Bloomberg|EFE)\)\s*[-–—]+(?=\s)"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}(?:,[^,.\n–—]{1,30})?\s[–—-](?=\s+[A-ZÀ-Ý][a-zà-ÿ])"
)
_BYLINE = re.compile(r"(?:par|by)\s+[A-ZÀ-Ý]")
# A date that heads the text: "10 janvier 2016 .", "PARIS, le 3 mars 2024.", "Publié le …".
_DATE_PIECE = re.compile(
    r"(?i)(?:[A-ZÀ-Ý][\w'’ -]{1,30},\s*)?(?:(?:publié|mis\s+à\s+jour|modifié|actualisé)\s+)?"
    r"(?:le\s+)?(?:[a-zé]+di\s+)?\d{1,2}(?:er)?\s+(?:janv|févr|fév|mars|avr|mai|juin|juil|août"
    r"|sept|oct|nov|déc)[a-zéû]*\.?\s+\d{4}(?:\s*(?:à|-|,)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*\.?"
)
_DASH = re.compile(r"[–—-]+(?=\s)")
_LIST_MARKER = re.compile(r"(?:[-–—*+•●▪■►▶◆◦‣]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\))\s")
_URLISH = re.compile(r"://|^www\.|@|/")
# A rubric that heads a headline, in capitals: "DIRECT. Réforme des retraites : …",
# "VIDÉO. …", "INFO FRANCEINFO. …". Its period does not end a sentence.
_KICKER = re.compile(
    r"(?:EN\s+)?(?:DIRECT|VID[ÉE]OS?|PHOTOS?|INFO(?:\s+[A-ZÀ-Ý'’-]+){0,2}|EXCLUSIF|R[ÉE]CIT|"
    r"ENQU[ÊE]TE|REPORTAGE|T[ÉE]MOIGNAGES?|ENTRETIEN|INTERVIEW|PODCAST|CARTES?|INFOGRAPHIE|"
    r"ANALYSE|D[ÉE]CRYPTAGE|TRIBUNE|[ÉE]DITO(?:RIAL)?|CHRONIQUE|PORTRAIT|REVIVEZ|LIVE|ALERTE|"
    r"URGENT|IMAGES|VRAI\s+OU\s+FAUX|QUIZ|FOCUS)"
    # the same rubrics in title case, any rubric in capitals ("REVUE DE PRESSE", "FAITS
    # DIVERS"), and a place in the regional press's way ("Loire-Atlantique. Un incendie…")
    r"|(?:Direct|Vid[ée]o|Exclusif|R[ée]cit|Enqu[êe]te|Reportage|T[ée]moignage|Entretien|"
    r"Interview|Analyse|D[ée]cryptage|Tribune|[ÉE]dito(?:rial)?|Chronique|Portrait|Alerte|Focus)"
    # (capitals: two words or more, or one of five letters or more: not "OK.", "NON.")
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]*){1,3}|[A-ZÀ-Ý][A-ZÀ-Ý'’-]{4,}"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-(?:[A-ZÀ-Ý][a-zà-ÿ]*|sur|sous|en|lès|le|la|les|de|du|des|et|"
    r"d['’][A-ZÀ-Ý][a-zà-ÿ]+))+"
)

_OPENERS = frozenset("«“‘\"'([{-–—¿¡")
_CLOSERS = "»”\"’')]} \u00a0\u202f"
_TERMINAL = frozenset(".!?…:")


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Always followed by a name: a period after them never ends a sentence.
_TITLES = _words(
    "M MM Mme Mmes Mlle Mlles Mgr Mgrs Me Dr Drs Pr Prs St Ste Sts Stes Gén Gal Col Cdt Cne "
    "Lt Lieut Sgt Vve Sr Jr Mr Mrs Ms Av av apr Bd bd boul Boul Ch ch"
)
# Usually followed by a number ("p. 12", "janv. 2024"); before a capital, ambiguous.
_NUMBER_ABBREVIATIONS = _words(
    "p pp art arts al chap ch vol fig no nos n t tt éd ed env ca hab sect coll réf ex "
    "janv jan fév févr avr juil juill sept oct nov déc dec tél tel min max"
)
# Ambiguous abbreviations end a sentence only when a typical sentence opener follows.
_STARTERS = _words(
    """le la les l' un une des du de d' il ils elle elles on nous vous je j' tu ce cet cette
    ces c' ça cela ceci mais et or donc car pourtant cependant ainsi alors puis enfin en dans
    pour par sur selon après avant depuis pendant lors si s' quand lorsque comme au aux à a
    son sa ses leur leurs mon ma mes notre nos votre vos tout tous toute toutes aucun aucune
    plusieurs certains certaines chaque pourquoi comment où qui que qu' ni non oui n' y
    the"""
)
# A line ending on one of these is cut by a line wrap, not finished.
_CONNECTORS = _words(
    """de du des d' la le les l' un une et ou à au aux en par pour sur dans avec sans que qu'
    qui dont où se s' ne n' son sa ses leur leurs ce cette ces a est sont ont été mais car
    donc entre vers chez contre selon"""
)


def segment(text: str) -> list[Span]:
    """Split `text` into sentence spans, in order, covering every non-whitespace character."""
    spans: list[Span] = []
    for paragraph, lines in enumerate(_blocks(text)):
        for start, end in _units(text, lines):
            for s, e in _split_unit(text, start, end):
                spans.append(Span(s, e, paragraph))
    return spans


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blocks of non-blank lines, each line as its (start, end) with whitespace stripped."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        lead = len(line) - len(line.lstrip())
        current.append((start + lead, start + lead + len(stripped)))
    if current:
        blocks.append(current)
    return blocks


def _units(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the lines of a block that belong to one run of text; (start, end) per unit."""
    if len(lines) == 1:
        return lines
    if _looks_hard_wrapped(text, lines):
        return [(lines[0][0], lines[-1][1])]
    units = [lines[0]]
    for (prev_start, prev_end), (start, end) in zip(lines, lines[1:], strict=False):
        # Compare with the previous line only: slicing the growing unit would be quadratic.
        if _continues(text[prev_start:prev_end], text[start:end]):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Text wrapped at a fixed width: many lines of similar length, most ending mid-sentence."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    lengths = [end - start for start, end in body]
    if min(lengths) < 35 or max(lengths) > 100 or max(lengths) - min(lengths) > 30:
        return False
    if any(_LIST_MARKER.match(text, start) for start, _end in lines):
        return False
    open_ends = sum(not _ends_sentence(text[start:end]) for start, end in body)
    if open_ends * 2 <= len(body):
        return False
    # A wrap cuts mid-sentence, so the next line mostly goes on in lower case; a list of
    # headlines ("DIRECT. …", "INFO FRANCEINFO. …") starts each line with a capital.
    lower = sum(text[start:end][:1].islower() for start, end in lines[1:])
    return lower * 3 >= len(lines) - 1


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _continues(prev: str, line: str) -> bool:
    """Is `line` the continuation of `prev`, cut by a line wrap?"""
    if _ends_sentence(prev) or _LIST_MARKER.match(line):
        return False
    if _BYLINE.match(line) and len(line) <= 60 and not _ends_sentence(line):
        return False  # "Titre\npar Jean Dupont"
    if line[0].islower() or prev[-1] in ",;(":
        return True
    last_word = prev.rsplit(None, 1)[-1].lower().replace("’", "'")
    return last_word in _CONNECTORS or last_word.endswith("'")


def _split_unit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one unit (stripped, non-empty) into stripped sentence spans."""
    unit = text[start:end]
    cuts: list[int | None] = []
    dateline = _DATELINE.match(unit)
    if dateline:
        cuts.append(dateline.end())
    for match in _TERMINAL_RUN.finditer(unit):
        cuts.append(_terminal_cut(unit, match))
    for match in _MARKS.finditer(unit):
        i = match.start()
        if unit[i] in _BULLETS:
            # In-line bullets: "Points clés : • A • B".
            if 0 < i < len(unit) - 1 and unit[i - 1].isspace() and unit[i + 1].isspace():
                cuts.append(i)
        elif i > 0:
            cuts.append(_glued_quote_cut(unit, i))
    for match in _GLUED_NUMBER.finditer(unit):
        cuts.append(_glued_number_cut(unit, match.start() + 1))
    if not any(cuts):
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    previous = 0
    for cut in [*sorted({c for c in cuts if c is not None}), len(unit)]:
        piece = unit[previous:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            s = start + previous + lead
            spans.append((s, s + len(stripped)))
        previous = cut
    return _datelines(text, spans)


def _datelines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A dateline stays one sentence: the dash after a date joins it ("10 janvier 2016 . –"),
    and a piece of punctuation alone ("–", "…") joins the sentence before it."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and not any(c.isalnum() for c in text[s:e]):
            out[-1] = (out[-1][0], e)
            continue
        if out and _DATE_PIECE.fullmatch(text, out[-1][0], out[-1][1]):
            dash = _DASH.match(text, s, e)
            if dash is not None:
                rest = dash.end()
                while rest < e and text[rest].isspace():
                    rest += 1
                out[-1] = (out[-1][0], dash.end())
                if rest < e:
                    out.append((rest, e))
                continue
        out.append((s, e))
    return out


def _terminal_cut(unit: str, match: re.Match[str]) -> int | None:
    """Where to cut after this terminal punctuation, or None if it does not end a sentence."""
    a, k = match.start(), match.end()
    n = len(unit)
    if k >= n:
        return None
    punct, close = match.groups()
    if not unit[k].isspace():
        return k if _glued_period(unit, a, k, punct, close) else None
    # "(…)" and "[…]" mark a cut inside a quotation, not its end.
    if a > 0 and unit[a - 1] in "([" and close[:1] in (")", "]"):
        return None
    j = k
    while j < n and (unit[j].isspace() or unit[j] in _OPENERS):
        j += 1
    if j >= n:
        return k
    nxt = unit[j]
    if nxt.islower():
        return None  # "l’OTAN. expansion.", "etc. et", "? » s’interroge-t-il"
    if "." not in punct or len(punct) > 1:
        return k  # ! ? … and "..." end a sentence before a non-lowercase word
    token, token_start = _token_before(unit, a)
    if not token:
        return k
    if token in _TITLES:
        return None  # "M. Macron", "MM. Dupont et Durand"
    if token_start == 0 and _is_list_number(token):
        return None  # "1. Le premier point", "II. Les causes"
    if _KICKER.fullmatch(unit, 0, a):
        return None  # "DIRECT. Réforme des retraites"
    if nxt.isdigit():
        return None if token.lower() in _NUMBER_ABBREVIATIONS else k
    initial = len(token) == 1 and token.isupper()
    if initial or _is_dotted_abbreviation(token) or token.lower() in _NUMBER_ABBREVIATIONS:
        # "J. K. Rowling", "P.-D.G. Carlos Ghosn", "av. J.-C. Les Gaulois", "janv. Le"
        return k if _next_word(unit, j) in _STARTERS else None
    return k


def _glued_period(unit: str, a: int, k: int, punct: str, close: str) -> bool:
    """`Poutine.Cet accord`: a word, one period, no space, a capitalised word."""
    if close or len(punct) != 1 or k + 1 >= len(unit) or a < 2:
        return False
    if not (unit[k].isupper() and unit[k + 1].islower()):
        return False
    if not (unit[a - 1].islower() and unit[a - 2].isalpha()):
        return False
    token, _ = _token_before(unit, a)
    if token in _TITLES:
        return False
    # URLs, e-mails and paths have periods before capitals too.
    word_start = unit.rfind(" ", 0, a) + 1
    word_end = unit.find(" ", k)
    word = unit[word_start : word_end if word_end >= 0 else len(unit)]
    return not _URLISH.search(word)


def _glued_quote_cut(unit: str, i: int) -> int | None:
    """A title glued to the next sentence: `à la Russie«Accord révolutionnaire».`"""
    if not unit[i - 1].islower():
        return None
    j = i + 1
    while j < len(unit) and unit[j] in " \u00a0\u202f":
        j += 1
    return i if j < len(unit) and unit[j].isupper() else None


def _glued_number_cut(unit: str, i: int) -> int | None:
    """A headline ending on a number glued to the next sentence: `en Europe en 2024Les`."""
    if not (unit[i].isupper() and unit[i + 1 : i + 3].islower()):
        return None
    j = i
    while j > 0 and unit[j - 1].isdigit():
        j -= 1
    # A bare number of 2+ digits (a year, a count); not a code such as "A320Neo".
    return i if i - j >= 2 and (j == 0 or unit[j - 1].isspace()) else None


def _token_before(unit: str, a: int) -> tuple[str, int]:
    """The word (letters, digits, inner periods and hyphens) that ends at `a`."""
    i = a
    limit = max(0, a - 30)  # bounded look-back keeps long runs linear
    while i > limit and (unit[i - 1].isalnum() or unit[i - 1] in ".-"):
        i -= 1
    while i < a and unit[i] in ".-":
        i += 1
    return unit[i:a], i


def _is_dotted_abbreviation(token: str) -> bool:
    """`J.-C`, `P.-D.G`, `U.S.A`, `Ph.D`; not `lemonde.fr` nor `49.3`."""
    parts = token.replace("-", ".").split(".")
    return len(parts) > 1 and all(len(p) <= 2 and p.isalpha() for p in parts if p)


def _is_list_number(token: str) -> bool:
    return (
        (token.isdigit() and len(token) <= 3)
        or (len(token) == 1 and token.isalpha())
        or (len(token) <= 5 and all(c in "IVXLC" for c in token))
    )


def _next_word(unit: str, j: int) -> str:
    """The word at `j`, lowercased, with its elided article kept ("l'", "qu'")."""
    i = j
    while i < len(unit) and unit[i].isalpha():
        i += 1
    if i < len(unit) and unit[i] in "'’":
        return unit[j:i].lower() + "'"
    return unit[j:i].lower()
