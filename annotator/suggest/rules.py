"""The rules: French attribution, dispute and boilerplate cues, applied as the guidelines say.

Each detector looks at one sentence and returns `Hit`s (label, cue spans, source, rule). The
suggestion is the hit of highest precedence — contested > attributed > asserted > not_a_claim
(guidelines R7) — except that page furniture, section headings and questions are not_a_claim
whatever they contain (R1). What needs the article — a quotation that runs over several
sentences (R4c), the headline (R2), "il" standing for the last named speaker (R10) — is handled
by `suggest_article`, which walks the sentences in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from annotator.ingest.boilerplate import is_boilerplate
from annotator.suggest import sources
from annotator.suggest.lexicon import (
    ADVERB,
    AUX,
    BE,
    CLAIM_NOUNS,
    CONTEST,
    DENY,
    DOCUMENT,
    REJECT,
    SAY_CONTENT,
    SAY_STRONG,
    SUBJECT_PRONOUN,
    Forms,
    alternation,
)
from annotator.suggest.model import UNNAMED, Span, Suggestion

ATTRIBUTED, CONTESTED, ASSERTED, NOT_A_CLAIM = "attributed", "contested", "asserted", "not_a_claim"
PRECEDENCE = {CONTESTED: 3, ATTRIBUTED: 2, ASSERTED: 1, NOT_A_CLAIM: 0}

CONFIDENCE: dict[str, float] = {
    # Conservative estimates of how often each rule's label is right on news it has never
    # seen: set under the per-rule precision on our gold sets (bench/suggest.py prints it;
    # 0.9-1.0 for most rules), which the rules were tuned on, and near the blind first runs.
    "denial_verb": 0.9,
    "neither_confirmed_nor_denied": 0.95,
    "left_unconfirmed": 0.75,
    "rejects_claim": 0.85,
    "dismissal": 0.75,
    "denial_by_negation": 0.75,
    "fact_check": 0.8,
    "reporting_verb": 0.9,
    "incise": 0.95,
    "reporting_with_content": 0.85,
    "document_says": 0.75,
    "source_adverbial": 0.9,
    "in_view_of": 0.7,
    "allegation": 0.8,
    "journalistic_conditional": 0.75,
    "quotation": 0.7,
    "dialogue_dash": 0.65,
    "inside_quotation": 0.7,
    "headline_dash": 0.85,
    "continues_report": 0.6,
    "boilerplate": 0.95,
    "heading": 0.85,
    "question": 0.8,
    "caption": 0.8,
    "interjection": 0.7,
    "headline": 0.7,
    "no_cue": 0.6,
}

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
            rf"(?P<neg>\b{_NEG})?\b{_AUX_FULL}(?:\s+(?:pas|jamais|point|{ADVERB})){{0,3}}\s+",
            required=True,
        ),
        finite=_Finder(
            forms.finite | forms.infinitive if infinitive else forms.finite,
            rf"(?:(?P<neg>\b{_NEG})(?:se\s+|s['’])?|\b(?:se\s+|s['’]))",
            required=False,
        ),
        gerund=_Finder(forms.gerund, r"\ben\s+", required=False),
    )


_STRONG = _verb(SAY_STRONG)
_CONTENT = _verb(SAY_CONTENT)
_DOCUMENT = _verb(DOCUMENT)
_DENY = _verb(DENY, infinitive=True)
_CONTEST = _verb(CONTEST, infinitive=True)
_REJECT = _verb(REJECT)

# Conjunctions ending in "que": "parce que", "alors que" are not a reported clause.
_CONJUNCTION_QUE = re.compile(
    r"(?i)\b(?:parce|alors|bien|tandis|ainsi|plus|moins|avant|après|pendant|dès|sans|pour|"
    r"afin|tant|même|lors|sorte|mesure|depuis|encore|jusqu['’]à\s+ce|autant|sauf|à\s+moins)\s+"
    r"qu(?:e|['’])$"
)
# Used with .match(text, pos): no "^", which would anchor at the start of the text.
_CONTENT_AFTER = re.compile(
    r"""(?ix)
    (?:
      (?:[^.;!?«»“”:]{0,160}?)\b(?P<que>qu(?:e\b|['’]))      # a que-clause within a few words
    | \s*(?:[^.;!?«“:"]{0,40}?)(?P<colon>[:«“"])             # a colon or a quotation
    | \s+(?:ne\s+pas\s+|ne\s+|n['’])?(?!hier\b|premier\b|dernier\b|entier\b|cher\b|
          fier\b|léger\b|hiver\b|janvier\b|février\b)(?:l['’]|les\s+|le\s+|la\s+|lui\s+|
          en\s+|y\s+|s['’]|se\s+)?(?-i:[a-zéèêîô]{3,}(?:er|ir))\b   # "explique enquêter"
    | \s+(?:ne\s+pas\s+|ne\s+|n['’])?(?:(?:l['’]|les\s+|le\s+|la\s+|lui\s+|en\s+|y\s+)?
          (?:avoir|être)|pouvoir|vouloir|devoir|savoir|faire|
          disposer|détenir|ignorer|connaître|tout\s+ignorer)\b   # an infinitive
    | \s+(?:l['’]existence|la\s+présence|la\s+nécessité|l['’]importance|l['’]intention|
          la\s+volonté|la\s+possibilité|le\s+risque|la\s+menace)\b   # a content noun
    )"""
)


# The passive: "cette version est contestée par plusieurs témoins".
class _Gated:
    """A regex run only on sentences that contain one of its words: most sentences contain
    none, and substring tests are far cheaper than the regex's scan (cheaper, too, than one
    regex of the words: Python's re tries alternatives one by one)."""

    def __init__(self, pattern: re.Pattern[str], triggers: str) -> None:
        self.pattern = pattern
        self.triggers = tuple(triggers.split())

    def _may(self, text: str) -> bool:
        lowered = _lowered(text)
        return any(t in lowered for t in self.triggers)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may(text) else None


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    return text.lower()


def _gated(pattern: re.Pattern[str], triggers: str) -> _Gated:
    return _Gated(pattern, triggers)


# The passive, with or without its auxiliary: "cette version est contestée par plusieurs
# témoins", "La rumeur de sa démission démentie par l'Élysée" (a headline).
# "La décision a été vivement contestée", "la victoire contestée de M. Maduro": a disputed
# claim (a result, a version, figures), not "un projet contesté" (a policy opposed).
_CONTESTED_CLAIM = _gated(
    re.compile(
        rf"\b(?:{BE}|a\s+été|ont\s+été)(?:\s+{ADVERB}){{0,2}}\s+(?:contestée?s?|démentie?s?|"
        r"niée?s?|réfutée?s?|mise?s?\s+en\s+doute)\b"
        r"|\b(?:victoire|réélection|élection|résultats?|bilan|scrutin|chiffres?|version|thèse|"
        r"affirmations?|informations?|déclarations?|propos|allégations?|accusations?|"
        r"estimations?)\s+(?:très\s+|vivement\s+|largement\s+|fortement\s+)?"
        r"(?:contestée?s?|démentie?s?|niée?s?|mise?s?\s+en\s+doute)\b"
        r"|\b(?:accusations?|allégations?|critiques?|rumeurs?|informations?|affirmations?|"
        r"soupçons?)\s+(?:\w+\s+)?(?:balayée?s?|rejetée?s?|écartée?s?|démontée?s?)\b"
        r"|\b(?:étude|rapport|thèse|version|hypothèse|accusations?|allégations?|conclusions)\b"
        r"[^.;]{0,60}?\b(?:a|ont|avait|avaient)\s+été\s+(?:\w+\s+)?(?:rejetée?s?|balayée?s?|"
        r"écartée?s?|contredite?s?|invalidée?s?|réfutée?s?)\b",
        _I,
    ),
    "contest démenti niée niés réfut doute balay rejet écart démont",
)
_DENIED_BY = _gated(
    re.compile(
        rf"(?:\b{BE}(?:\s+{ADVERB}){{0,2}}\s+)?\b(?:"
        rf"{alternation(DENY.participle | CONTEST.participle)})\s+par\b",
        _I,
    ),
    "par",
)
_UNDENIABLE = re.compile(
    r"(?i)\b(?:impossible|difficile|vain|inutile|sans|peut|peuvent|pouvait|saurait|sauraient|"
    r"nul\s+ne|personne\s+ne)\s+(?:de\s+|d['’])?(?:le\s+|la\s+|les\s+|l['’])?$"
)
_NEGATED_BEFORE = re.compile(
    r"(?i)\b(?:ne|n['’])\s*(?:\w+\s+){0,2}?(?:pas|jamais|plus|point)\s+(?:\w+\s+){0,3}?$"
)
_LEADING_DETERMINER = re.compile(
    r"(?i)(?:le|la|les|l['’]|un|une|des|ce|cette|ces|cet|son|sa|ses|leur|leurs|du|de)\b"
)
# An object pronoun, not an article: "comme le souligne X", "ce que la loi l'interdit".
_CLITIC_BEFORE = re.compile(
    r"(?i)(?:\b(?:comme|ainsi\s+que|ce\s+que|tel\s+que|il|elle|on|ils|elles|ne|qui)\s+|"
    r"\bn['’]|\bqu['’])(?:le|la|les|l['’])\s*$"
)
# "comme le souligne X", "ainsi que l'a rappelé X": the speaker comes after the verb.
_SPEAKER_AFTER = re.compile(
    r"(?i)\b(?:comme|ainsi\s+que|ce\s+qu['’]|ce\s+que|tel\s+que)\s*"
    r"(?:le\s+|la\s+|les\s+|l['’])?(?:a\s+|ont\s+|avait\s+)?$"
)
# Objects that make a verb of saying something else: a declaration of war, a ruling upheld,
# an estimate, an alert to the emergency services, a route.
_NOT_SPEECH_OBJECT = re.compile(
    r"""(?ix)\s*(?:(?:\w+ment|également|aussi|déjà|jeudi|lundi|mardi|mercredi|vendredi|samedi|
    dimanche|hier)\s+)*(?:
    la\s+guerre|forfait|l['’]état\s+d|l['’]entreprise\s+en|(?:\S+\s+){0,3}en\s+(?:faillite|
    cessation|liquidation|redressement)|la\s+faillite|coupable|irrecevable|recevable|
    sa\s+candidature|ses\s+revenus|sa\s+flamme|
    la\s+(?:condamnation|peine|décision\s+de\s+première\s+instance)|le\s+(?:jugement|verdict)|
    (?:\S+\s+){1,3}à\s+(?:\d|environ|plus\s+de|près\s+de|quelque)|
    les\s+(?:secours|pompiers|gendarmes|policiers|forces\s+de\s+l['’]ordre)|
    la\s+(?:police|gendarmerie)|le\s+(?:SAMU|Samu)|
    (?:un|le|son)\s+(?:itinéraire|chemin|trajet)|la\s+(?:direction|sortie|voie)|la\s+couleur)"""
)
_ATTITUDE = re.compile(r"(?i)(?:craign|craint|redout|dénon)\w*")
_NOUN_PHRASE = re.compile(
    r"(?i)\s+(?:\w+ment\s+)?(?:le|la|les|l['’]|un|une|des|du|de\s+la|ce|cette|ces|son|sa|ses|"
    r"leur|leurs)\b"
)
# "ne manque pas de contester", "n'a pas hésité à démentir": a dispute, twice negated.
_DOUBLE_NEGATION = re.compile(
    r"(?i)(?:manqu\w*|hésit\w*|tard\w*|privé\w*|prive\w*)\s+(?:pas\s+)?(?:de|d['’]|à)\s*$"
)
_PRONOMINAL = re.compile(r"(?i)^(?:se\s+|s['’])")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cette|cet|ces|son|sa|ses|leur|leurs|"
    r"mon|ma|mes|notre|nos|votre|vos|de|d['’])\s*$"
)
_RELATIVE_QUE = re.compile(
    r"(?i)\s+(?:le|la|les|l['’]|un|une|des|ce|cette|ces|cet|son|sa|ses|leur|leurs|du)\s*"
    r"(?!(?:semaine|veille|mois|année|matin|soir|jour|lendemain|fois|nuit|week-end|dernier|"
    r"dernière|même)\b)[^,;:«»]{1,60}?\bqu(?:e\b|['’])$"
)
_QUOTE_OR_COLON = re.compile(r"\s*(?:[:«“])")
_INCISE_BEFORE = re.compile(r"(?:[,»”\"]|\s[–—-])\s*$")

# "mettre en garde", "tirer la sonnette d'alarme": multiword reporting.
_MULTIWORD_SAY = _gated(
    re.compile(
        rf"\b(?:(?:{AUX})(?:\s+{ADVERB}){{0,2}}\s+mis|met|mettent|mettait|mettaient|mettant)"
        r"\s+en\s+garde\b"
        rf"|\b(?:(?:{AUX})(?:\s+{ADVERB}){{0,2}}\s+fait|fait|font|faisait|faisaient|faisant|ferait|"
        r"feraient)"
        r"\s+état\s+d(?:e\b|['’]|u\b|es\b)",
        _I,
    ),
    "garde état",
)

# Saying through a periphrasis: "a tenu à préciser que", "fait savoir que", "laisse entendre
# que", "s'est dit prêt", "y voient".
_SAY_INFINITIVES = "|".join(
    sorted(SAY_STRONG.infinitive | SAY_CONTENT.infinitive, key=len, reverse=True)
)
_SAY_PERIPHRASIS = _gated(
    re.compile(
        r"\b(?:tenu|tient|tenait|tiennent|voulu|veut|voulait|souhaité|bornant|borné|borne|"
        r"contenté|contente|contentant|empressé|empresse|crut\s+bon|cru\s+bon|jugé\s+bon|"
        r"juge\s+bon|manqué)\s+(?:à|de|d['’])\s*"
        rf"(?:{_SAY_INFINITIVES})\s+(?:[^.;!?«»:]{{0,60}}?)\bqu(?:e\b|['’])"
        r"|\b(?:fait|fit|faisait|font|faire|laissé|laisse|laissait|laissent|laisser)\s+"
        r"(?:savoir|valoir|entendre|comprendre|observer|remarquer|penser)\s+(?:[^.;!?]{0,100}?)"
        r"\bqu(?:e\b|['’])"
        r"|\b(?:se|s['’])\s*(?:est\s+|sont\s+|était\s+|étaient\s+)?(?:dit|dite|dits|dites|"
        r"disent|disait|disaient)\s+(?:très\s+|tout\s+à\s+fait\s+|plutôt\s+|pas\s+)?"
        r"(?!que\b)[a-zéèêà]+(?:é|ée|és|ées|ant|ante|ants|antes|able|ables|ible|ibles|if|ive|"
        r"ifs|ives|eux|euse|eure|t|te|ts|tes|er|ère|ers|ères)\b"
        r"|\by\s+(?:voi[te]n?t?|voyai(?:en)?t|a\s+vu|ont\s+vu)\b",
        _I,
    ),
    "tenu tient tenait tiennent voulu veut voulait souhait born content empress bon manqu "
    "savoir valoir entendre comprendre observer remarquer penser dit dis voi voy vu",
)
# A verb of saying in the passive with its speaker: "a été confirmé par le parquet", or an
# opening participle: "Considéré comme…".
_SAID_BY = _gated(
    re.compile(
        r"\b(?:a|ont|avait|avaient|aurait)\s+été\s+(?:\w+ment\s+)?(?:"
        + "|".join(
            sorted(
                {
                    re.escape(w)
                    for w in SAY_STRONG.participle | SAY_CONTENT.participle
                    if len(w) > 3
                },
                key=len,
                reverse=True,
            )
        )
        + r")\s+(?:\S+\s+){0,3}?par\b"
        r"|(?:^|,\s*)(?:considérée?s?|présentée?s?|décrite?s?|perçue?s?|qualifiée?s?|jugée?s?|"
        r"estimée?s?)\s+(?:comme\b|(?:\S+\s+){0,3}?par\s+)",
        _I,
    ),
    "été considér présent décrit perçu qualifi jugé estimé",
)
# An incise after a quotation with any verb: "», s'insurge la députée."
_QUOTE_INCISE = re.compile(
    r"[»”\"],?\s+(?P<verb>(?:(?:a|ont|avait)\s+(?:\w+ment\s+)?)?(?:s['’]|se\s+)?"
    r"[a-zéèêàâîôûç]{3,}(?:e|ent|a|é|ée|it|ut)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?)"
    r"\s+(?P<who>(?:[A-ZÀ-Þ]|(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|plusieurs|"
    r"certains|cet|cette|ce)\b)[^,.;:!?«»]{0,70})\.?\s*$"
)
_NOT_SAY = re.compile(
    r"(?i)reste|restent|arrive|arrivent|vient|viennent|suit|suivent|commence|commencent|demeure|"
    r"subsiste|figure|figurent|apparaît|s['’]ouvre|s['’]ouvrent|existe|manque|manquent|compte|"
    r"intervient|s['’]ajoute|s['’]ajoutent|débute|tombe|survient|règne|sont|est|était|sera|a|"
    r"ont|fait|font|va|vont|peut|doit"
)
# Attitudes with a content noun phrase: "s'inquiètent d'une fermeture", "se félicite de la
# baisse", "alerte sur la dégradation", "conclut à une responsabilité", "a reconnu les faits",
# "arguant d'un calendrier", "fustigent l'inaction".
_ATTITUDE_NP = _gated(
    re.compile(
        r"\b(?:(?:se|s['’])\s*(?:est\s+|sont\s+)?(?:inquièt|inquiét|félicit|alarm|réjou|indign)\w*"
        r"\s+(?:de|d['’]|du|des)\b"
        r"|alert\w*\s+sur\b|conclu\w*\s+à\s+(?:une?|la|l['’]|des)\b"
        r"|(?:reconnu|avoué|reconnaît|reconnait|avoue|reconnaissent)\s+les\s+faits\b"
        r"|arguant\s+d(?:e\b|['’]|u\b|es\b)"
        r"|fustig\w*\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)\b)",
        _I,
    ),
    "inquièt inquiét félicit alarm réjou indign alert conclu reconn avou arguant fustig",
)
# Wondering aloud: "se demander si", "s'interroge sur" (attitude with content).
_WONDER = _gated(
    re.compile(
        r"\b(?:se|s['’])\s*(?:demand|interrog|questionn)\w*\s+(?:si\b|s['’]|pourquoi|comment|sur\s+)",
        _I,
    ),
    "demand interrog questionn",
)
_ACCUSE = _gated(
    re.compile(
        r"\b(?:(?:accus|soupçonn|suspect|incrimin|reproch)(?:e|ent|ait|aient|é|ée|és|ées|ant|er|a))\b"
        r"(?:\s+\S+){0,6}?\s+d(?:e\b|['’]|u\b|es\b)",
        _I,
    ),
    "accus soupçonn suspect incrimin reproch",
)
_ALLEGED = _gated(
    re.compile(
        r"\b(?:présumée?s?(?!\s+innocente?s?)|prétendue?s?|prétendument|allégu[ée]e?s?|incriminée?s?|"
        r"supposée?s?(?!\s+(?:être|faire|avoir)))\b"
        r"|\bil\s+(?:lui|leur)\s+est\s+reproché\b|\bil\s+est\s+reproché\s+à\b|\bmise?s?\s+en\s+cause\s+(?:pour|dans)\b",
        _I,
    ),
    "présum prétend allégu suppos reproch cause incrimin",
)
_QUALIFY = _gated(
    re.compile(
        r"\bqualifi\w*\b(?:\s+\S+){0,8}?\s+d(?:e\b|['’])"
        r"|\btrait(?:e|ent|ait|aient|é|ée|és|ant)\b(?:\s+\S+){0,5}?\s+d(?:e\b|['’])\s*[«\"“]",
        _I,
    ),
    "qualifi trait",
)
_PASSIVE_VIEW = _gated(
    re.compile(
        rf"\b{BE}(?:\s+{ADVERB}){{0,2}}\s+(?:considérée?s?|jugée?s?|estimée?s?|présentée?s?|"
        r"décrite?s?|perçue?s?|vue?s?|qualifiée?s?|soupçonnée?s?|accusée?s?|suspectée?s?|"
        r"citée?s?|réputée?s?|censée?s?)\s+(?:comme|de|d['’]|par|pour|être|avoir)\b"
        rf"|\b{BE}(?:\s+{ADVERB}){{0,2}}\s+(?:jugée?s?|estimée?s?|considérée?s?)\s+"
        r"(?:non\s+|peu\s+|trop\s+|très\s+|plus\s+|moins\s+|bien\s+|insuffisamment\s+)?"
        r"[a-zéèêàâîôû]{4,}",
        _I,
    ),
    (
        "considér jugé jugée estimé estimée présenté présentée décrit perçu vu qualifié soupçonn "
        "accusé accusée suspect cité réputé censé"
    ),
)

# Source adverbials (R4b). Not "selon toute vraisemblance", "selon les cas", "d'après-guerre".
_SELON = re.compile(
    r"\b(?:selon|d['’]après(?!-)|cités?\s+par|citée?s?\s+par|[àa]\s+en\s+croire|"
    r"si\s+l['’]on\s+en\s+croit|aux\s+yeux\s+d(?:e\s+|u\s+|es\s+|['’])|"
    r"de\s+l['’]avis\s+d(?:e\s+|u\s+|es\s+|['’])|"
    r"de\s+sources?\s+(?=\w)|rapporté\s+par|relayée?s?\s+par)\s*",
    _I,
)
_SELON_NOT = re.compile(
    r"(?i)(?:toute?s?\s|que\b|qu['’]|les\s+(?:cas|besoins|modalités|régions|saisons|heures|"
    r"périodes|profils|secteurs)\b|le\s+(?:cas|besoin|calendrier|modèle|principe|type|"
    r"niveau|profil|secteur|moment|schéma|scénario)\b|la\s+(?:saison|météo|règle|méthode|"
    r"formule|taille|durée|gravité|nature|procédure|période|région|zone)\b|l['’](?:âge|"
    r"heure|ordre|usage|expression|adage)\b|un\s+(?:calendrier|barème|schéma|principe)\b|"
    r"la\s+formule|le\s+mot|les\s+termes|que\b|\d)"
)
_IN_VIEW = re.compile(
    r"(?:^|[.;]\s+)(?P<cue>Pour)\s+(?P<who>(?:lui|elle|eux|elles)|(?:le|la|les|l['’])\s*"
    r"(?:ministre|président|présidente|premier\s+ministre|première\s+ministre|maire|avocat|avocate|procureur|"
    r"procureure|syndicat|opposition|gouvernement|expert|experte|chercheur|chercheuse|"
    r"économiste|spécialiste|directeur|directrice|porte-parole|secrétaire|député|députée|"
    r"sénateur|sénatrice|association|ONG|analyste|politologue|sociologue|historien|"
    r"historienne|juge|défense|parquet|patron|patronne|dirigeant|dirigeante|responsable|"
    r"Kremlin|Élysée|Maison-Blanche|chef|groupe|entreprise|société|direction|syndicats?|"
    r"collectif|organisation|ministère|mairie|préfecture|police|autorités|fédération|patronat|"
    r"ONU|OMS|UE|Commission|agence|institut|observatoire|banque|FMI|Cour|tribunal|"
    r"laboratoire|hôpital|club|entraîneur|avocate?s?|défenseurs?|militants?|associations?|"
    r"élus?|habitants?|riverains?|experts?|spécialistes?|scientifiques?|chercheurs?|auteurs?)"
    r"\b[^,]{0,60}),"
    r"|,\s+(?P<cue2>pour)\s+(?P<who2>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}),",
)
# Unattributed reports: "la rumeur d'une séparation", "l'information selon laquelle".
_RUMOUR = re.compile(
    r"(?i)\b(?:rumeurs?\s+(?:d['’]une?\b|du\b|de\s+la\b|selon\s+laquelle|voulant\s+que)|"
    r"(?:information|thèse|idée|hypothèse|version|accusation|affirmation|allégation|annonce|"
    r"promesse|déclaration|assurance|estimation|prévision)s?\s+"
    r"selon\s+la(?:quelle|quelles))"
)
_AGENT = re.compile(  # case matters: a capital is a name
    r"""(?x)(?:
        [A-ZÀ-ÖØ-Þ]|lui\b|elle\b|eux\b|nos\s+informations|
        (?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|plusieurs|certains|
           certaines|de\s+nombreux|d['’]autres|deux|trois)\s*
        (?:[\w-]+\s+){0,2}?
        (?:autorités?|police|gendarmerie|ministère|ministre|gouvernement|préfecture|préfet|sources?|
           médias?|agences?|journal|quotidien|hebdomadaire|presse|experts?|chercheurs?|études?|
           rapports?|sondages?|enquêtes?|documents?|témoins?|témoignages?|proches?|entourage|
           avocats?|parquet|procureure?|syndicats?|organisations?|ONG|responsables?|officiels?|
           services?|renseignements?|chiffres|données|estimations?|bilan|spécialistes?|
           analystes?|observateurs?|diplomates?|militaires?|habitants?|secours|pompiers|
           hôpitaux|hôpital|direction|porte-parole|dirigeants?|élus?|députés?|opposition|
           association|fédération|institut|observatoire|comité|commission|conseil|cour|
           tribunal|juges?|enquêteurs?|médecins?|scientifiques?|économistes?|auteurs?|
           organisateurs?|participants?|manifestants?|victimes?|familles?|voisins?|
           collègues?|amis?|spécialistes?|analyse|note|communiqué|déclaration|site|
           chaîne|radio|télévision|groupe|entreprise|société|firme|constructeur|laboratoire|
           club|compagnie|banque|ministres?|présidente?|préfète?|maires?|mairie|gouverneur|
           armée|état-major|porte-parole|représentants?|syndicalistes?|collectif|ONU|OMS|UE|
           Commission|agences?|bureau|office|ministre|cabinet|équipe|rédaction|journalistes?)\b
    )"""
)
_SELON_PRONOUN = re.compile(r"\b(?:selon|d['’]après)\s+(?:lui|elle|eux|elles)\b", _I)

# Journalistic conditional (R4d) — not "aurait pu", "aurait dû", nor "ce serait", nor a
# hypothetical "si … pourrait".
_CONDITIONAL = _gated(
    re.compile(
        r"\b(?P<aux>auraient|aurait)(?:\s+(?:déjà|également|aussi|notamment|bien|même|encore|"
        r"été|\w+ment)){0,2}\s+(?P<verb>\w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues|it|ite|its|"
        r"ert|erte|ort|orte|is|ise|int|inte|eint|einte))\b"
        r"|\b(?P<be>seraient|serait)\s+(?P<what>\w+)",
        _I,
    ),
    "aurai serai",
)
_NOT_JOURNALISTIC = {
    "pu",
    "dû",
    "voulu",
    "fallu",
    "aimé",
    "préféré",
    "souhaité",
    "permis",
    "suffi",
    "mieux",
    "dit",
    "cru",
    "pensé",
    "imaginé",
    "évité",
    "coûté",
}
_NOT_JOURNALISTIC_BE = {
    "bon",
    "bonne",
    "temps",
    "souhaitable",
    "préférable",
    "judicieux",
    "utile",
    "nécessaire",
    "possible",
    "impossible",
    "difficile",
    "facile",
    "dangereux",
    "logique",
    "normal",
    "étonnant",
    "vain",
    "illusoire",
    "exagéré",
    "prématuré",
    "plus",
    "moins",
    "mieux",
    "intéressant",
    "capable",
    "capables",
    "alors",
    "donc",
    "pas",
    "aussi",
    "trop",
    "si",
    "bien",
    "du",
}
_HYPOTHETICAL = re.compile(
    r"(?i)(?:^|\W)(?:si(?!\s+l['’]on\s+en\s+croit)|s['’]il|s['’]ils|même\s+si|au\s+cas\s+où|sans\s+quoi|sinon|"
    r"à\s+condition|faute\s+de|en\s+l['’]absence|hypothèse|éventualité|dans\s+le\s+cas\s+où|"
    r"supposons|imaginons)(?:\W)"
)
# "Sans l'intervention des pompiers, l'incendie aurait…": a counterfactual, not hearsay.
_COUNTERFACTUAL = re.compile(
    r"(?i)\s*(?:sans|avec|grâce\s+à|n['’]eût\s+été)\s+(?:l['’]|le|la|les|son|sa|ses|leur|"
    r"leurs|cette|ce|cet|ces|un|une|des|deux|trois|\d)\b[^,]*,"
)
# The conditional of wire copy beyond "aurait"/"serait": "il y aurait", "le bilan
# s'élèverait à", "le club envisagerait de".
_HEARSAY_CONDITIONAL = re.compile(
    r"(?i)\bil\s+(?:y\s+aurait|n['’]y\s+aurait|serait\s+question)\b"
    r"|\b(?:s['’]élèverai(?:en)?t|envisagerai(?:en)?t|préparerai(?:en)?t|compterai(?:en)?t|"
    r"disposerai(?:en)?t|détiendrai(?:en)?t|posséderai(?:en)?t|négocierai(?:en)?t|"
    r"s['’]apprêterai(?:en)?t|s['’]agirai(?:en)?t|se\s+trouverai(?:en)?t|se\s+situerai(?:en)?t|"
    r"s['’]orienterai(?:en)?t)\b"
)
_IMPERSONAL_BE = re.compile(r"(?i)\b(?:ce|c['’]|cela|ça|ceci)\s*serai(?:t|ent)\b")

# Disputes in the content (R3 ii): the claim called a lie, a fake, propaganda…
_DISMISSAL = _gated(
    re.compile(
        r"""(?ix)\b(?:
        (?<!\bdu\s)(?<!\bau\s)(?<!\ble\s)(?<!\bce\s)(?<!\bson\s)(?<!\bleur\s)mensonges?|mensong[eè]re?s?|
        montages?|(?<!pour\s)(?<!en\s)diffamation|diffamatoires?|
        propagande|
        boules?\s+puantes?|ternir\s+l['’]image|aucune\s+valeur|fake\s+news|infox|intox|
        calomnies?|calomnieu(?:x|se|ses)|sans\s+(?:aucun\s+)?fondement|infondée?s?|
        dénuée?s?\s+de\s+(?:tout\s+)?fondement|contre-vérités?|affabulations?|
        fausses?\s+(?:informations?|accusations?|allégations?|nouvelles|rumeurs?)|
        (?:c['’]est|est|sont|étaient|était)\s+(?:totalement\s+|complètement\s+|absolument\s+|
           archi)?faux|fabriquée?s?\s+de\s+toutes\s+pièces|complotistes?|tissu\s+de|
        (?:prouv|démontr|montr|affirm|soutien|souti|assur)\w*\s+(?:tout\s+|exactement\s+)?
           le\s+contraire|
        pas\s+conformes?\s+à\s+la\s+réalité|
        ne\s+(?:correspond|reflèt|refl[eè]t)\w*\s+(?:en\s+rien|pas|nullement)\s+à\s+la\s+réalité|
        ne\s+représente\w*\s+en\s+rien|sans\s+rapport\s+avec\s+la\s+réalité|
        (?:totalement|complètement|parfaitement)\s+(?:faux|inexact|erroné)e?s?|inexacte?s?|
        erronée?s?|trompeu(?:r|se|rs|ses)|fantaisistes?|fallacieu(?:x|se|ses)|
        (?:est|sont|était|étaient)\s+(?:\w+\s+)?abusi(?:f|ve|fs|ves)|
        entourloupes?|(?:pas|non|mal|guère)\s+(?:\w+ment\s+)?(?:fondée?s?|étayée?s?|prouvée?s?)|
        minimis\w*\s+(?:ces|les|la|le|l['’])\s*(?:révélations|accusations|faits|informations|
           chiffres|allégations)|grotesques?|absurdes?|farfelue?s?|
        délirante?s?|élucubrations?|fantasmes?|affabulations?|n['’]importe\s+quoi|
        ne\s+tien(?:t|nent)\s+pas(?:\s+la\s+route|\s+debout|\s*(?=[.,;!]))|
        (?:un|le|son|leur|ce|des|les|ses|leurs|nouveau|formel|ferme)\s+démentis?|dénégations?|
        protestations?\s+d['’]innocence|clam\w*\s+(?:son|leur)\s+innocence|
        plaid\w*\s+non\s+coupable|se\s+(?:dit|disent|disant)\s+innocente?s?|
        (?:de|d['’])\s*["«“]?\s*(?:archi-?)?faux\b|archi-?faux|
        en\s+(?:profond\s+|total\s+|complet\s+|plein\s+)?désaccord|
        sortie?s?\s+de\s+(?:son|leur)\s+contexte|
        citations?\s+(?:parodiques?|inventées?|apocryphes?|tronquées?|détournées?)|
        fausses?\s+citations?|comptes?\s+(?:parodiques?|satiriques?)|
        (?:n['’]a|n['’]ont|n['’]avait)\s+(?:\w+\s+){0,2}?été\s+(?:prononcée?s?|tenue?s?|dite?s?|
           écrite?s?)|
        (?:s['’]avèr\w*|se\s+sont\s+(?:toujours\s+)?avéré\w*|s['’]est\s+avéré\w*)\s+(?:être\s+)?
           (?:faux|fausses?|infondée?s?|inexacte?s?)|
        contrairement\s+à\s+ce\s+qu(?:e|['’])|^\s*démentis?\s+d(?:e|u|es|['’])|à\s+rebours\s+d|
        (?:va|vont|allait|allaient|aller)\s+à\s+l['’]encontre\s+d|
        ne\s+fait\s+pas\s+l['’]unanimité|(?:vives?|fortes?|nombreuses)\s+controverses?|
        relève\w*\s+de\s+la\s+fantaisie|la\s+fantaisie|
        (?:est|sont|était|étaient)\s+(?:\w+\s+)?fausses?\b|
        (?:également|aussi|tout\s+aussi)\s+faux|\bà\s+tort\b|truqué\w*|
        (?:image|photo|vidéo|séquence)s?\s+(?:\w+\s+){0,3}?générée?s?\s+par\s+(?:l['’])?
           (?:intelligence\s+artificielle|IA)|fariboles|balivernes|sornettes|
        billevesées|foutaises|racontars|ragots|
        (?:hautement|très|fort|assez|totalement)\s+(?:improbable|invraisemblable)s?|
        (?:peu|pas)\s+crédibles?|invraisemblables?
    )\b"""
    ),
    (
        "fallacieu abusi entourloup fondé étayé prouvé minimis rebours encontre unanimité "
        "controvers fantaisie tort truqu générée "
        "désaccord jamais contexte citation parodi satiri prononc tenue avér contrairement "
        "mensong montage diffam propagand puant ternir valeur fake infox intox calomn fondement "
        "infond vérit affabul fauss faux fabriqu complot tissu contraire conforme réalité "
        "représente inexact erron trompeu fantais grotesq absurd farfelu délirant élucubr fantasm "
        "importe tien démenti dénégation innocen coupable fariboles baliverne sornette billevesée "
        "foutaise racontar ragot probable vraisembl crédible"
    ),
)
_NEITHER = _gated(
    re.compile(
        r"(?i)\b(?:n['’]|ne\s+)(?:\w+\s+){0,2}?ni\s+(?:confirmé|confirmer|confirme)e?s?\s+"
        r"ni\s+(?:démenti|démentir|dément|infirmé|infirmer|infirme)e?s?\b"
    ),
    "ni",
)
_UNCONFIRMED = _gated(
    re.compile(
        r"""(?ix)\b(?:
        refus\w*\s+de\s+(?:confirmer|commenter\s+ni\s+confirmer)
      | faute\s+de\s+(?:pouvoir\s+)?confirmer
      | (?:n['’]|ne\s+)(?:a|ont|avait|avaient|pouvait|peut|peuvent)\s+(?:pas|jamais)\s+
          (?:pu\s+)?(?:être|été)\s+(?:confirmée?s?|vérifiée?s?|authentifiée?s?)
      | pas\s+(?:été\s+)?en\s+mesure\s+de\s+(?:confirmer|vérifier|authentifier)
      | (?:ne\s+|n['’])(?:confirm|infirm)\w*\s+(?:pas|ni|rien)
      | se\s+défend(?:ent)?(?=\s*[,.;!]|\s*$)
      | (?:peux|peut|pouvons|peuvent|pouvait|pouvaient|pourrait)\s+pas\s+(?:le\s+|vous\s+|les\s+)?
          confirmer
      | (?:n['’]|ne\s+)(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:pas|toujours\s+pas|
          jamais)\s+(?:non\s+plus\s+)?(?:encore\s+)?(?:été\s+)?(?:confirmée?s?|vérifiée?s?|voulu\s+confirmer|
          souhaité\s+confirmer)
      | non\s+(?:confirmée?s?|vérifiée?s?)
      | (?:impossible|pas\s+possible)\s+de\s+(?:confirmer|vérifier)
      | sans\s+(?:pouvoir\s+)?(?:le\s+|les\s+)?confirmer
      | (?:n['’]|ne\s+)(?:\w+\s+){0,2}?(?:pas|guère|nullement)\s+(?:été\s+)?(?:convaincu\w*|
          adhéré|cru)\b
      | (?:\bpas|\bguère|\bnullement|\bpeu)\s+convaincue?s?\s+par
      | (?:n['’]|ne\s+)(?:y\s+)?croi\w*\s+pas
      | mettent?\s+en\s+doute|mis\s+en\s+doute|met\s+en\s+doute|mettant\s+en\s+doute
      | remet(?:tent)?\s+en\s+(?:cause|question)\s+(?:la\s+version|les\s+(?:chiffres|affirmations))
      | s['’]inscri\w*\s+en\s+faux|s['’]est\s+inscrite?\s+en\s+faux
      | se\s+défend\w*\s+d(?:e\b|['’])|s['’]est\s+défendue?s?(?:\s+d(?:e\b|['’])|\s*[,.;])
      | (?<!sans\s)(?<!aucun\s)(?<!nul\s)(?<!le\s)(?<!un\s)(?<!de\s)
        doute(?:nt|ait|aient)?\s+(?:que|qu['’]|de|d['’])
    )"""
    ),
    "refus confirm vérifi doute cause question faux défend convaincu adhér cru croi",
)

# Production notes and credits: about the article, not the world (R1).
_PRODUCTION_NOTE = re.compile(
    r"""(?ix)^(?:
        (?:le|ce|cet)\s+(?:résumé|article|texte|contenu)\s+(?:a\s+été\s+|est\s+)?
          (?:généré|rédigé|traduit|écrit|produit|réalisé)e?\s+(?:par|avec|à\s+l['’]aide)
      | \(?avec\s+(?:l['’])?(?:AFP|Reuters|AP|Belga|ATS|agences?)\)?\.?$
      | (?:par\s+)?la\s+rédaction\b.{0,40}$
      | (?:traduction|traduit|édité|édition)\s*(?::|par)\b
      | cet\s+article\s+(?:a\s+été\s+)?(?:mis\s+à\s+jour|modifié|corrigé)
    )"""
)
# A verbless fragment that goes on with the previous sentence's reported content (R8):
# "En priorité des obus d'artillerie…" after "D'après X, Y aurait livré…".
_FRAGMENT = re.compile(
    r"(?i)^\s*(?:en\s+priorité|notamment|dont|soit|parmi\s+(?:eux|elles|lesquel\w+)|surtout|"
    r"essentiellement|principalement|entre\s+autres|en\s+particulier|en\s+majorité|"
    r"pour\s+l['’]essentiel|autrement\s+dit|c['’]est-à-dire)\b"
)
# Denying by saying the opposite (R3 i): "affirme n'avoir jamais reçu", "assure ne pas être au
# courant", a quoted "Nous n'avons jamais livré…" (guidelines, hard cases).
_DENIAL_BY_NEGATION = _gated(
    re.compile(
        r"""(?ix)
      \b(?:affirm|assur|jur|répèt|répét|maint|soutien|souti|déclar|dit|disent|explique|
          insist|martèl|rétorqu|répond)\w*(?:-t-(?:il|elle|ils|elles))?\s+
        (?:ne\s+(?:pas|jamais|rien|nullement)|n['’](?:avoir|être|a|ont|y)\b)
    | \bil\s+n['’]y\s+a\s+(?:absolument\s+|strictement\s+)?(?:rien|aucun\w*)\b
    | \baucun\w*\s+\w+\s*,\s*aucun\w*\s+\w+
    | (?:\bje|\bj['’]|\bnous)\s*(?:ne\s+|n['’])(?:l['’]|les\s+|leur\s+|lui\s+|y\s+|en\s+)?
        (?:ai|avons|suis|sommes)\s+(?:jamais|rien|nullement|absolument\s+pas|en\s+aucun\s+cas)
        \s+\w+
    """
    ),
    "ne n' n’ aucun",
)
# Prompts and notes of news sites, wherever they sit in a short line.
_PROMPT_ANYWHERE = re.compile(
    r"(?i)^(?:retrouvez|suivez|découvrez|lire\s+notre|écoutez|regardez)\b"
    r"|^cet\s+article\s+fait\s+partie\s+des\s+archives"
    r"|^(?:\w+\s+)?(?:\d{1,2}[:h]\d{2}\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r",?\s+\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}\.?$"
    r"|\b(?:abonnez-vous|inscrivez-vous)\b.{0,60}\b(?:newsletter|lettre)"
    r"|\bcookies?\b.{0,40}$|^mise\s+à\s+jour\b"
    r"|^(?:cet|cette)\s+(?:article|entretien|tribune|chronique)\s+(?:a\s+été\s+|est\s+)?"
    r"(?:publiée?|parue?|initialement|extraite?|tirée?)"
)
# A caption dated with a weekday, or ending in a photographer's credit ("X / AFP").
_WEEKDAY_CAPTION = re.compile(
    r",\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)(?:\s+\d{4})?\.?\s*$"
)
_CREDIT = re.compile(
    r"[.]\s+[A-ZÀ-Þ][A-ZÀ-Þ' -]+\s*/\s*(?:AFP|REUTERS|AP|HANS\s+LUCAS|SIPA|MAXPPP|[A-Z]+)\s*$"
)
# A headline that names a topic instead of making a claim.
_TOPIC_LABEL = re.compile(
    r"(?i):\s*(?:ce\s+que\s+l['’]on\s+sait|ce\s+qu['’]on\s+sait|ce\s+qu['’]il\s+faut\s+"
    r"(?:savoir|retenir)|les\s+(?:principales\s+)?(?:mesures|annonces|chiffres|points)"
    r"(?:\s+clés)?|les\s+\w+\s+choses\s+à\s+(?:savoir|retenir)|suivez\s+.*|"
    r"les\s+images\s+\w+)\s*$"
)
# Media and rights furniture the ingest patterns do not cover.
_MEDIA_PROMPT = re.compile(
    r"(?i)(?:(?:à|a)\s+(?:[ée]couter|regarder|voir|revoir|r[ée][ée]couter)|vidéo\s*[:-]|en\s+images\s*[:-]|"
    r"replay\s*[:-]|podcast\s*[:-]|droits\s+(?:de\s+\w+\s+)?réservés|reproduction\s+interdite|"
    r"durée\s+de\s+lecture|temps\s+de\s+lecture|(?:à\s+)?lire\s+aussi\b|voir\s+aussi\b|"
    r"(?:vos\s+)?(?:réactions|commentaires)\s+doivent|.*\bnos\s+CGU\b|"
    r"\(?[A-ZÀ-Þ][\w.-]*(?:\s+[A-ZÀ-Þ][\w.-]*){0,3}\s*/\s*[A-ZÀ-Þ][\w .-]{1,30}\)?\.?$)"
)
# A fact-check's verdict: "Non, X n'a pas dit…", "Faux : …", "Intox :".
# An interview's answer: "R.- En fait, il y avait les deux." (the interviewee speaks).
_ANSWER = re.compile(r"\s*(?:R|Rép|Réponse)\s*[.:]?\s*[-–—]\s*\S")
_FACT_CHECK = re.compile(
    r"(?i)\s*(?:non|faux|intox|infox|fake|attention|clickbait|trompeur|manipulation|"
    r"détournement|canular|arnaque)\s*[,:!]"
)
_NOT_A_DENIAL = re.compile(
    r"(?i)(?:jamais\s+(?:été\s+)?(?:aussi|autant|si|plus|mieux)|rien\s+(?:lâché|cédé|perdu)|"
    r"jamais\s+(?:cessé|renoncé|baissé|douté|abandonné|lâché|oublié)|"
    r"aucune?s?\s+(?:raison|inquiétude|doute|hésitation|regret|problème)s?\b)"
)
# Bare verdict adjectives dismiss a claim only when said of one ("ces chiffres sont erronés").
_BARE_VERDICT = re.compile(
    r"(?i)erronée?s?|absurdes?|grotesques?|trompeu(?:r|se|rs|ses)|fantaisistes?|"
    r"délirante?s?|farfelue?s?|inexacte?s?"
)
_CLAIM_BEFORE = re.compile(
    rf"(?i)\b(?:{CLAIM_NOUNS}|chiffres?|propos|version|déclarations?|thèses?|théories?|récit|"
    r"données|bilan|estimations?|ce|c['’]est|ce\s+sont|cela|ça)\b[^.;,]{0,40}$"
)
_QUESTION = re.compile(r"\?\s*[»”\")]*\s*$")
_TERMINAL = re.compile(r"[.!?…»”\"]\s*$")
_DATED_CAPTION = re.compile(
    r"(?:,\s+|\s)(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre)\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"\s*\.?\s*(?:\([^()]*\))?\s*$"
)
_CAPTION = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ \-]{2,}\s*:\s")
_FINITE_HINT = re.compile(
    r"(?i)\b(?:est|sont|a|ont|était|étaient|sera|seront|fait|font|va|vont|peut|peuvent|doit|"
    r"doivent|avait|avaient|y\s+a|serait|aurait|devrait|pourrait|reste|restent|semble|"
    r"semblent|faut|il\s+\w+)\b"
)
_DASH_SOURCE = re.compile(
    r"\s[–—-]\s+(?P<who>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|von|van|"
    r"al|el|bin|ben)){0,4})\s*$"
)
_SITE_SUFFIX = re.compile(r"\s+(?:[—|]|-\s)\s*[^—|]{1,40}$")
_OUTLET = re.compile(
    r"(?i)(?:le\s+(?:figaro|monde|parisien|point|soir|temps|devoir|progrès|télégramme|"
    r"huffpost|journal\s+de\s+\w+)|libération|l['’](?:express|obs|humanité|équipe)|"
    r"franceinfo|france\s+info|france\s+24|20\s+minutes|ouest-france|bfmtv|bfm\w*|rtl|"
    r"rtbf|rts|radio-canada|la\s+presse|jeune\s+afrique|la\s+voix\s+du\s+nord|sud\s+ouest|"
    r"la\s+dépêche|mediapart|rfi|tf1\s+info|cnews|europe\s+1|les\s+échos|la\s+croix|"
    r"marianne|challenges|courrier\s+international|swissinfo|7sur7|la\s+libre|dh|"
    r"l['’]avenir|le\s+matin|tdg|24\s+heures|tva\s+nouvelles|rt\s+world\s+news|afp|reuters)"
)
_DIALOGUE = re.compile(r"^\s*[–—]\s+\S")

_OPEN = "«“"
_CLOSE = "»”"
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:livre|film|roman|ouvrage|émission|série|chanson|album|spectacle|pièce|"
    r"documentaire|essai|podcast|exposition|intitulée?s?|baptisée?s?)\s*$"
)
_WHOSE_AFTER = re.compile(r"(?i)\s*,?\s*(?:pour|selon|d['’]après)\s+\S")
_TERM_BEFORE = re.compile(
    r"(?i)(?:\b(?:des|de|d['’]|un|une|le|la|les|l['’]|du|au|aux|sur|en|leur|son|sa|ses|cette|"
    r"ce|ces|pour|chefs?\s+d['’]|chefs?\s+de)|\b(?:livre|film|roman|ouvrage|émission|série|"
    r"chanson|album|spectacle|pièce|opération|documentaire|essai|podcast|exposition|"
    r"intitulée?s?|baptisée?s?))\s*$"
)
_FIRST_PERSON = re.compile(
    r"(?i)\b(?:je|j['’]|nous|notre|nos|mon|ma|mes|vous|votre|vos|me|m['’]|moi)\b"
)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


# ------------------------------------------------------------------ detectors


def _named_subject(text: str, position: int) -> bool:
    """The subject right before `position` names a party: a proper name ("François de
    Rugy"), or a determiner and an agent noun ("le parquet", "Les syndicats")."""
    span = sources.before(text, position)
    if span is None or span[1] < position - 2:
        return False
    subject = text[span[0] : span[1]]
    if _LEADING_DETERMINER.match(subject):
        return bool(_AGENT.match(subject[0].lower() + subject[1:]))
    return subject[:1].isupper()


def _is_conditional(form: str) -> bool:
    """ "montrerait", "dirait", "craindrait" — not the imparfait "montrait", "déclaraient"."""
    return form.endswith(("erait", "eraient", "irait", "iraient", "drait", "draient"))


def _negated(match: VerbMatch) -> bool:
    return bool(match.neg) or bool(re.search(r"(?i)\b(?:pas|jamais|point)\b", match.group()))


def _content(text: str, end: int) -> tuple[int, int] | bool:
    """Whether reported content follows a verb ending at `end`: the span of its "que" (a
    cue part, as the guidelines write "a souligné que"), True for other content, else False."""
    found = _CONTENT_AFTER.match(text, end)
    if found is None:
        return False
    if found.group("que"):
        if _CONJUNCTION_QUE.search(text[: found.end("que")]):
            return False
        if _RELATIVE_QUE.match(text[end : found.end("que")]):
            return False  # "a annoncé le plan que les syndicats rejettent"
        return found.span("que")
    return True


def _with_que(
    text: str, verb: tuple[int, int], content: tuple[int, int] | bool
) -> list[tuple[int, int]]:
    """The verb's cue, and its "que": one span when only adverbs sit between them."""
    if not isinstance(content, tuple):
        return [verb]
    between = text[verb[1] : content[0]]
    if not between.strip() or re.fullmatch(rf"(?:\s+{ADVERB})+\s+", between, _I):
        return [(verb[0], content[1])]
    return [verb, content]


def _is_incise(text: str, match: MatchLike) -> bool:
    return bool(_INCISE_BEFORE.search(text[: match.start()])) or bool(
        re.search(_INVERTED + r"\b", match.group(), _I)
    )


def _verb_source(text: str, match: MatchLike) -> tuple[int, int] | None:
    inverted = re.search(rf"-(?:t-)?(?P<p>{SUBJECT_PRONOUN})\b", match.group(), _I)
    if inverted:
        return match.start() + inverted.start("p"), match.start() + inverted.end("p")
    if _is_incise(text, match) or _SPEAKER_AFTER.search(text[: match.start()]):
        found = sources.after(text, match.end())
        if found is not None:
            return found
    return sources.before(text, match.start())


def _verbs(text: str) -> list[Hit]:
    """Reporting verbs (R4a) and documents that say (R4f)."""
    hits: list[Hit] = []
    for verb, strong in ((_STRONG, True), (_CONTENT, False)):
        for pattern in (verb.compound, verb.finite, verb.gerund):
            for match in pattern.finditer(text):
                head = text[: match.start()]
                if (
                    pattern is verb.finite
                    and _DETERMINER_BEFORE.search(head)
                    and not _CLITIC_BEFORE.search(head)
                    and not (
                        head.rstrip().endswith(("l'", "l’"))
                        and _QUOTE_OR_COLON.match(text, match.end())
                    )
                ):
                    continue  # "le juge", "la note": a noun (not "comme le souligne")
                if strong and _PRONOMINAL.match(match.group()):
                    continue  # "les semaines s'annoncent difficiles": not speech
                # ", estimant que…" is a participle clause, not an incise with its subject after
                incise = pattern is not verb.gerund and _is_incise(text, match)
                content = _content(text, match.end())
                # "n'a toujours pas annoncé son gouvernement": no speech without content
                bare_past = strong and pattern is verb.compound and not _negated(match)
                # "François de Rugy confirme une hausse": a strong verb in the present with a
                # named party as its subject reports, even with a plain object
                named = (
                    strong
                    and pattern is verb.finite
                    and not _negated(match)
                    and _named_subject(text, match.start())
                )
                # "le document mentionnerait…": the journalistic conditional of a verb of saying
                form = match.group().split()[-1].lower()
                hearsay = (
                    pattern is verb.finite
                    and _is_conditional(form)
                    and (strong or form.startswith(("mentionn", "évoqu")))
                )
                # "ceux qui craignent un tri": fear or denunciation of a content noun phrase
                # (not "déplorer la mort de", a stance act: guidelines R5)
                feared = (
                    strong
                    and _ATTITUDE.match(match.group().split()[-1])
                    and _NOUN_PHRASE.match(text, match.end())
                )
                # "…, comme l'explique Domino's Pizza": a parenthetical attribution
                aside = pattern is verb.finite and bool(_SPEAKER_AFTER.search(head))
                if not (incise or content or bare_past or named or hearsay or feared or aside):
                    continue
                if _negated(match) and not incise and not isinstance(content, tuple):
                    continue  # "n'a pas souhaité réagir", "n'a pas précisé"
                if not isinstance(content, tuple) and _NOT_SPEECH_OBJECT.match(text, match.end()):
                    continue  # "a déclaré forfait", "a confirmé la condamnation"
                rule = (
                    "incise" if incise else "reporting_verb" if strong else "reporting_with_content"
                )
                cue = [match.span()] if incise else _with_que(text, match.span(), content)
                hits.append(Hit(ATTRIBUTED, rule, cue, _verb_source(text, match)))
    for found in _SAY_PERIPHRASIS.finditer(text):
        if not re.search(r"(?i)\b(?:cela|ça|ce|ceci)\s+$", text[: found.start()]):
            hits.append(
                Hit(
                    ATTRIBUTED,
                    "reporting_with_content",
                    [found.span()],
                    sources.before(text, found.start()),
                )
            )
    for found in _SAID_BY.finditer(text):
        by = found.group().rstrip().lower().endswith("par")
        speaker = sources.after(text, found.end()) if by else None
        hits.append(
            Hit(
                ATTRIBUTED,
                "reporting_with_content",
                [found.span()],
                speaker,
                None if speaker else UNNAMED,
            )
        )
    if not any(h.rule == "incise" for h in hits):
        quoted = _QUOTE_INCISE.search(text)
        if quoted and not _NOT_SAY.fullmatch(quoted.group("verb").split()[-1]):
            hits.append(
                Hit(
                    ATTRIBUTED, "incise", [quoted.span("verb")], _trimmed(text, *quoted.span("who"))
                )
            )
    for found in _ATTITUDE_NP.finditer(text):
        if not re.search(r"(?i)\b(?:cela|ça|ce|ceci|qui)\s*$", text[: found.start()]):
            hits.append(
                Hit(
                    ATTRIBUTED,
                    "reporting_with_content",
                    [found.span()],
                    sources.before(text, found.start()),
                )
            )
    for found in _WONDER.finditer(text):
        hits.append(
            Hit(ATTRIBUTED, "reporting_with_content", [found.span()], _verb_source(text, found))
        )
    for found in _MULTIWORD_SAY.finditer(text):
        hits.append(Hit(ATTRIBUTED, "reporting_verb", [found.span()], _verb_source(text, found)))
    for pattern in (_DOCUMENT.finite, _DOCUMENT.compound, _DOCUMENT.gerund):
        for match in pattern.finditer(text):
            if pattern is _DOCUMENT.finite and _is_conditional(match.group().split()[-1].lower()):
                # "des images montreraient…": the journalistic conditional of a finding
                if not _HYPOTHETICAL.search(text):
                    hits.append(
                        Hit(ATTRIBUTED, "journalistic_conditional", [match.span()], None, UNNAMED)
                    )
                continue
            content = _content(text, match.end())
            if not isinstance(content, tuple) and not _QUOTE_OR_COLON.match(text, match.end()):
                continue  # "le texte prévoit une hausse": a plan, not a statement (R4f)
            subject = text[: match.start()].rstrip().lower()
            if subject.endswith(("cela", "ce qui", "ceci", "ça")):
                continue  # the outlet's own analysis: "cela montre que"
            cue = _with_que(text, match.span(), content)
            hits.append(Hit(ATTRIBUTED, "document_says", cue, _verb_source(text, match)))
    for found in _PASSIVE_VIEW.finditer(text):
        hits.append(Hit(ATTRIBUTED, "reporting_with_content", [found.span()], None, UNNAMED))
    for regex, rule in ((_ACCUSE, "allegation"), (_QUALIFY, "reporting_with_content")):
        for found in regex.finditer(text):
            first = found.group().split()[0].lower()
            if first.endswith(("é", "ée", "és", "ées")) and _DETERMINER_BEFORE.search(
                text[: found.start()]
            ):
                continue  # "les familles des accusés": a noun ("il les accuse de": a clitic)
            verb_end = found.start() + len(found.group().split()[0])
            hits.append(
                Hit(
                    ATTRIBUTED,
                    rule,
                    [(found.start(), verb_end)],
                    sources.before(text, found.start()),
                )
            )
    for found in _ALLEGED.finditer(text):
        hits.append(Hit(ATTRIBUTED, "allegation", [found.span()], None, UNNAMED))
    return hits


def _adverbials(text: str) -> list[Hit]:
    """Source adverbials (R4b): selon, d'après, cité par, pour X (in X's view)."""
    hits: list[Hit] = []
    for found in _SELON.finditer(text):
        if _SELON_NOT.match(text, found.end()) or not _is_source_adverbial(text, found):
            continue
        cue_end = found.start() + len(found.group().rstrip())
        hits.append(
            Hit(
                ATTRIBUTED,
                "source_adverbial",
                [(found.start(), cue_end)],
                sources.after(text, found.end()),
            )
        )
    for found in _IN_VIEW.finditer(text):
        group = "" if found.group("cue") else "2"
        who = found.span("who" + group)
        hits.append(Hit(ATTRIBUTED, "in_view_of", [found.span("cue" + group)], who))
    for found in re.finditer(r"(?i),\s+(selon|pour)\s+qui\b", text):
        # "…, selon qui la crise durera": the party named before the comma
        hits.append(
            Hit(
                ATTRIBUTED,
                "source_adverbial",
                [found.span(1)],
                sources.before(text, found.start() + 1),
            )
        )
    for found in _RUMOUR.finditer(text):
        hits.append(Hit(ATTRIBUTED, "allegation", [found.span()], None, UNNAMED))
    return hits


def _is_source_adverbial(text: str, match: re.Match[str]) -> bool:
    """ "Selon X" names a source when it opens the sentence or a clause, or when X is a name
    or an agent; mid-clause with a common noun it is a criterion ("deux injections selon les
    antécédents vaccinaux", "varient selon la saison")."""
    if not match.group().lower().startswith("selon"):
        return True
    before = text[: match.start()].rstrip()
    if not before or before.endswith((",", ";", ":", "(", "«", "–", "—", "-", '"')):
        return True
    return bool(_AGENT.match(text, match.end()))


def _conditional(text: str) -> list[Hit]:
    """The journalistic conditional (R4d), unless the sentence is a hypothesis."""
    if _HYPOTHETICAL.search(text) or _COUNTERFACTUAL.match(text):
        return []
    hits: list[Hit] = []
    for found in _CONDITIONAL.finditer(text):
        if found.group("aux"):
            verb = found.group("verb").lower()
            if verb in _NOT_JOURNALISTIC or (
                verb == "été" and found.group().lower().endswith("été")
            ):
                continue
            if re.search(r"(?i)\bon\s+aurai", text[max(0, found.start() - 4) : found.end()]):
                continue
        else:
            if found.group("what").lower() in _NOT_JOURNALISTIC_BE:
                continue
            if _IMPERSONAL_BE.search(text[max(0, found.start() - 8) : found.end()]):
                continue
            if re.search(r"(?i)\bil\s+$", text[: found.start()]):
                continue  # "il serait temps", "il serait mort": too ambiguous
        hits.append(Hit(ATTRIBUTED, "journalistic_conditional", [found.span()], None, UNNAMED))
    for found in _HEARSAY_CONDITIONAL.finditer(text):
        hits.append(Hit(ATTRIBUTED, "journalistic_conditional", [found.span()], None, UNNAMED))
    return hits


def _disputes(text: str) -> list[Hit]:
    """Denials, disputes and claims left explicitly unconfirmed (R3)."""
    hits: list[Hit] = []
    for found in _NEITHER.finditer(text):
        hits.append(
            Hit(
                CONTESTED,
                "neither_confirmed_nor_denied",
                [found.span()],
                sources.before(text, found.start()),
            )
        )
    if hits:
        return hits
    for verb in (_DENY, _CONTEST):
        for pattern in (verb.compound, verb.finite, verb.gerund):
            for match in pattern.finditer(text):
                if match.groupdict().get("neg") or re.search(
                    r"(?i)\b(?:pas|jamais|point)\b", match.group()
                ):
                    content = _content(text, match.end())
                    if isinstance(content, tuple):  # "ne nie pas que…": a concession
                        hits.append(
                            Hit(
                                ATTRIBUTED,
                                "reporting_with_content",
                                [match.span(), content],
                                _dispute_source(text, match),
                            )
                        )
                    continue  # "n'a pas démenti" reports no denial
                if _UNDENIABLE.search(text[: match.start()]) or (
                    _NEGATED_BEFORE.search(text[: match.start()])
                    and not _DOUBLE_NEGATION.search(text[: match.start()])
                ):
                    continue  # "impossible de nier que…", "je ne vais pas démentir"
                if (
                    verb is _CONTEST
                    and pattern is not verb.compound
                    and re.search(r"(?i)contest(?:ée?s?)$", match.group())
                ):
                    continue
                cue = _with_que(text, match.span(), _content(text, match.end()))
                hits.append(Hit(CONTESTED, "denial_verb", cue, _dispute_source(text, match)))
    for found in _CONTESTED_CLAIM.finditer(text):
        hits.append(Hit(CONTESTED, "denial_verb", [found.span()], sources.after(text, found.end())))
    for found in _DENIED_BY.finditer(text):
        source = sources.after(text, found.end())
        hits.append(Hit(CONTESTED, "denial_verb", [found.span()], source))
    for pattern in (_REJECT.compound, _REJECT.finite, _REJECT.gerund):
        for match in pattern.finditer(text):
            after = text[match.end() : match.end() + 80]
            if re.match(rf"(?i)\s+(?:\S+\s+){{0,3}}?(?:{CLAIM_NOUNS})\b|\s+en\s+bloc\b", after):
                hits.append(
                    Hit(CONTESTED, "rejects_claim", [match.span()], _dispute_source(text, match))
                )
    for found in _UNCONFIRMED.finditer(text):
        hits.append(
            Hit(CONTESTED, "left_unconfirmed", [found.span()], sources.before(text, found.start()))
        )
    if _ANSWER.match(text) and not _QUESTION.search(text):
        hits.append(Hit(ATTRIBUTED, "dialogue_dash", [_ANSWER.match(text).span()]))  # type: ignore[union-attr]
    if _FACT_CHECK.match(text):
        hits.append(Hit(CONTESTED, "fact_check", [_FACT_CHECK.match(text).span()]))  # type: ignore[union-attr]
    for found in _DENIAL_BY_NEGATION.finditer(text):
        if _NOT_A_DENIAL.search(text, found.start(), found.end() + 30):
            continue  # "je n'ai jamais été aussi fier", "il n'y a aucune raison de paniquer"
        hits.append(Hit(CONTESTED, "denial_by_negation", [found.span()], _denier(text, found)))
    for found in _DISMISSAL.finditer(text):
        if _BARE_VERDICT.fullmatch(found.group()) and not (
            _CLAIM_BEFORE.search(text[: found.start()]) or _quotes(text)
        ):
            continue  # "un calcul erroné", "une situation absurde": not said of a claim
        hits.append(
            Hit(CONTESTED, "dismissal", [found.span()], sources.before(text, found.start()))
        )
    return [h for h in hits if not _undisputed(text, h)]


def _undisputed(text: str, hit: Hit) -> bool:
    """A dispute cue that disputes nothing: "ne sont contestés par personne", or "Nier
    l'évidence" opening the sentence (an idiom, a heading)."""
    if hit.rule != "denial_verb" or not hit.cue:
        return False
    start, end = hit.cue[0]
    if re.search(r"(?i)\bpar\s+(?:personne|aucun\w*|nul)\b", text[start : end + 30]):
        return True
    opening = start == len(text) - len(text.lstrip())
    return opening and bool(re.match(r"(?i)(?:nier|contester|démentir|réfuter)\b", text[start:]))


def _denier(text: str, match: MatchLike) -> tuple[int, int] | None:
    """Who denies: the speaker of an incise ("», a déclaré le ministre"), else the subject."""
    incise = re.search(r"[»”\"],?\s*(?:a|ont|avait)?(?:-t-\w+)?\s*\w+(?:-t-\w+)?\s+", text)
    if incise and match.start() < incise.start():
        found = sources.after(text, incise.end())
        if found is not None:
            return found
    return sources.before(text, match.start())


def _dispute_source(text: str, match: MatchLike) -> tuple[int, int] | None:
    # "…, ce que les deux pays nient": the disputing party sits between "ce que" and the verb
    relative = re.search(r"(?i)\bce\s+qu(?:e\s+|['’])([^,;]{1,80}?)\s*$", text[: match.start()])
    if relative:
        return _trimmed(text, relative.start(1), match.start())
    return _verb_source(text, match)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


_QUOTED = re.compile(r'«[^»]*»|“[^”]*”|"[^"]*"')
_QUOTE_MARK = re.compile(r'[«»“”"]')


def _quotes(text: str, inside: bool = False) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations; -1 for a side outside this sentence. `inside`:
    the sentence starts inside a quotation, so its first straight quote mark closes it."""
    spans: list[tuple[int, int]] = []
    opened: int | None = -1 if inside else None
    for mark in _QUOTE_MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if char in _OPEN:
            opened = i
        elif char in _CLOSE:
            spans.append((-1 if opened is None else opened, i))
            opened = None
        elif opened is None:
            opened = i
        else:
            spans.append((opened, i))
            opened = None
    if opened is not None and opened >= 0:
        spans.append((opened, -1))
    elif opened == -1 and inside:
        spans.append((-1, -1))  # the quotation goes on through the whole sentence
    return spans


def _is_speech(text: str, start: int, end: int) -> bool:
    """A quotation that carries someone's words, not a title or scare quotes."""
    inner = text[start + 1 : end if end >= 0 else len(text)] if start >= 0 else text[:end]
    words = inner.split()
    if start < 0 or end < 0:
        return True  # part of a quotation that runs over several sentences
    covers = len(inner) >= 0.6 * len(text.strip(" .")) - 2
    leading = not text[:start].strip(" –—-") or text[:start].rstrip().endswith(",")
    if _WORK_BEFORE.search(text[:start]):
        return False  # le livre « Ce que je sais de la guerre »
    if _WHOSE_AFTER.match(text, end + 1):
        return True  # « inéluctable » pour la direction, « incompréhensible » selon eux
    if _TERM_BEFORE.search(text[:start]) and not (
        _FIRST_PERSON.search(inner) or re.search(r"[.!?…]\s*$", inner)
    ):
        return False  # a term or a title in quotes: des "notifications de violation…"
    return (
        len(words) >= 5
        or bool(_FIRST_PERSON.search(inner))
        or bool(re.search(r"[.!?…]\s*$", inner))
        or covers
        or (leading and len(words) >= 2)
    )


def _quotation(text: str, inside: bool = False) -> list[Hit]:
    hits: list[Hit] = []
    spans = _quotes(text, inside)
    if spans and all(a >= 0 and b >= 0 for a, b in spans):
        outside = _QUOTED.sub("", text)
        if not re.search(r"\w", outside):  # « Criminels », « drogués »: only quoted words
            return [Hit(ATTRIBUTED, "quotation", [(spans[0][0], spans[0][0] + 1)])]
    for start, end in _quotes(text, inside):
        if start < 0 and end < 0:
            continue  # wholly inside: the "inside_quotation" rule
        if _is_speech(text, start, end):
            cue = [(i, i + 1) for i in (start, end) if i >= 0]
            hits.append(Hit(ATTRIBUTED, "quotation", cue))
    if not hits and _DIALOGUE.match(text):
        dash = text.index(text.lstrip()[0])
        hits.append(Hit(ATTRIBUTED, "dialogue_dash", [(dash, dash + 1)]))
    return hits


def _headline_dash(text: str) -> Hit | None:
    """ "… contre l'agression – Poutine — RT World News": a trailing "– Name" (R2)."""
    body = text
    suffix = _SITE_SUFFIX.search(body)
    while suffix and _DASH_SOURCE.search(body[: suffix.start()]):
        body = body[: suffix.start()]
        suffix = _SITE_SUFFIX.search(body)
    found = _DASH_SOURCE.search(body)
    if found is None or len(body[: found.start()].split()) < 4:
        return None
    if body[: found.start()].rstrip().endswith(":"):
        return None
    who = found.span("who")
    if _OUTLET.fullmatch(text[who[0] : who[1]].strip()):
        return None  # "… – Le Figaro": the site, not a speaker
    return Hit(ATTRIBUTED, "headline_dash", [(found.start() + 1, who[1])], who)


def _not_a_claim(text: str, *, boilerplate: bool, headline: bool) -> Hit | None:
    stripped = text.strip()
    bare = stripped.lstrip("→►▶•·*>»-–— ")  # "→ A LIRE AUSSI :", "• Partager"
    if boilerplate or is_boilerplate(stripped) or (bare != stripped and is_boilerplate(bare)):
        return Hit(NOT_A_CLAIM, "boilerplate", [])
    if _QUESTION.search(stripped):
        return Hit(NOT_A_CLAIM, "question", [])
    if headline:
        if _TOPIC_LABEL.search(stripped):
            return Hit(NOT_A_CLAIM, "heading", [])  # "Incendie à Lyon : ce que l'on sait"
        return None
    words = re.findall(r"\w[\w'’-]*", stripped)
    if _CAPTION.match(stripped) and not _FINITE_HINT.search(stripped.split(":", 1)[1]):
        return Hit(NOT_A_CLAIM, "caption", [])
    if _DATED_CAPTION.search(stripped) and not _FINITE_HINT.search(stripped):
        return Hit(NOT_A_CLAIM, "caption", [])  # "X, à Lyon (Rhône), le 19 octobre 2023."
    if _PRODUCTION_NOTE.search(stripped) or _MEDIA_PROMPT.match(bare):
        return Hit(NOT_A_CLAIM, "boilerplate", [])
    if len(stripped) < 160 and _PROMPT_ANYWHERE.search(stripped):
        return Hit(NOT_A_CLAIM, "boilerplate", [])
    if _CREDIT.search(stripped) or (
        _WEEKDAY_CAPTION.search(stripped) and not _FINITE_HINT.search(stripped)
    ):
        return Hit(NOT_A_CLAIM, "caption", [])
    linked = bool(re.search(r"\s[:|–—]\s", stripped))  # "Sujet : – Titre", related links
    if (
        not _TERMINAL.search(stripped)
        and (len(words) <= 8 or (linked and len(words) <= 14 and not _FINITE_HINT.search(stripped)))
        and not _disputes(stripped)
        and not any(h.rule != "quotation" for h in _verbs(stripped))
    ):
        return Hit(NOT_A_CLAIM, "heading", [])
    if stripped.endswith(":"):
        return Hit(NOT_A_CLAIM, "heading", [])
    quoted = any(mark in stripped for mark in '«»“”"')
    if len(words) <= 3 and not quoted and not _FINITE_HINT.search(stripped):
        return Hit(NOT_A_CLAIM, "interjection", [])
    return None


# ------------------------------------------------------------------- combine


@dataclass
class _ArticleState:
    """What one sentence carries to the next."""

    in_quotation: bool = False
    quotation_sentences: int = 0
    last_source: str | None = None
    pending: list[int] = field(default_factory=list)
    """Sentences inside an open quotation, waiting for its speaker."""


NO_TITLE = "\x00"
"""`title` of an article that has no headline among its sentences."""

MAX_QUOTATION = 5
"""An open quotation is assumed closed after this many sentences (a missing »)."""


def _best(hits: list[Hit]) -> Hit | None:
    if not hits:
        return None
    top = max(PRECEDENCE[h.label] for h in hits)
    best = [h for h in hits if PRECEDENCE[h.label] == top]
    # the rule we trust most; then the first in the sentence
    return max(best, key=lambda h: (CONFIDENCE[h.rule], -(h.cue[0][0] if h.cue else 0)))


def _cue_parts(text: str, hits: list[Hit], chosen: Hit) -> list[tuple[int, int]]:
    """The chosen cue, joined by the source adverbial of the same label ("Selon … a
    souligné", "a déclaré … selon")."""
    parts = list(chosen.cue)
    for hit in hits:
        if hit is chosen or hit.label != chosen.label:
            continue
        if {hit.rule, chosen.rule} & {"source_adverbial"} and hit.rule != chosen.rule:
            parts += hit.cue
    return sorted(set(parts))


def _source(text: str, hits: list[Hit], chosen: Hit) -> tuple[str | None, tuple[int, int] | None]:
    def named(hit: Hit) -> tuple[int, int] | None:
        return hit.source

    span = named(chosen)
    if chosen.rule in ("dismissal", "left_unconfirmed", "denial_by_negation"):
        # "Ces chiffres sont faux, rétorque le syndicat": who dismisses is who speaks
        incise = next((h.source for h in hits if h.rule == "incise" and h.source), None)
        span = incise or span
    if span is None:
        for hit in hits:
            if hit.label == chosen.label and hit.source is not None:
                span = hit.source
                break
    if span is None:
        return chosen.source_text, None
    speaker = text[span[0] : span[1]]
    if chosen.label == ATTRIBUTED:
        relay = next(
            (
                h.source
                for h in hits
                if h.rule == "source_adverbial" and h.source is not None and h.source != span
            ),
            None,
        )
        if relay is not None and chosen.rule != "source_adverbial":
            return f"{speaker} (via {text[relay[0] : relay[1]]})", span
    return speaker, span


def _label_sentence(
    text: str, *, boilerplate: bool, headline: bool, in_quotation: bool, continues_report: bool
) -> tuple[Hit, list[Hit]]:
    furniture = _not_a_claim(text, boilerplate=boilerplate, headline=headline)
    if furniture is not None:
        return furniture, []
    hits = _disputes(text) + _verbs(text) + _adverbials(text) + _conditional(text)
    hits += _quotation(text, in_quotation)
    if headline or len(text.split()) <= 30:
        dash = _headline_dash(text)
        if dash is not None:
            hits.append(dash)
    if in_quotation and not any(h.label == ATTRIBUTED for h in hits):
        hits.append(Hit(ATTRIBUTED, "inside_quotation", []))
    if continues_report and not hits and _FRAGMENT.match(text) and not _FINITE_HINT.search(text):
        hits.append(Hit(ATTRIBUTED, "continues_report", []))
    best = _best(hits)
    if best is None:
        return Hit(ASSERTED, "headline" if headline else "no_cue", []), []
    return best, hits


def suggest(text: str, *, boilerplate: bool = False, headline: bool = False) -> Suggestion:
    """The suggestion for one sentence on its own (a body sentence unless `headline`)."""
    return suggest_article([text], boilerplate=[boilerplate], title=text if headline else NO_TITLE)[
        0
    ]


def suggest_article(
    texts: Sequence[str],
    *,
    boilerplate: Sequence[bool] | None = None,
    title: str | None = None,
) -> list[Suggestion]:
    """Suggestions for an article's sentences, in order.

    `title` marks the headline (its first sentence when not given): a verbless headline still
    makes a claim (R2). A quotation opened and not closed carries into the next sentences.
    """
    state = _ArticleState()
    out: list[Suggestion] = []
    headline_text = _headline(texts, boilerplate, title)
    previous: Suggestion | None = None
    for i, text in enumerate(texts):
        is_headline = bool(headline_text) and (
            text.strip() == headline_text or (i <= 1 and headline_text.startswith(text.strip()))
        )
        flagged = (
            bool(boilerplate[i]) if boilerplate is not None and i < len(boilerplate) else False
        )
        chosen, hits = _label_sentence(
            text,
            boilerplate=flagged,
            headline=is_headline,
            in_quotation=state.in_quotation,
            continues_report=previous is not None and previous.label == ATTRIBUTED,
        )
        source, span = _source(text, hits, chosen) if hits else (chosen.source_text, None)
        if chosen.rule == "continues_report" and previous is not None:
            source = previous.source
        if source is not None and sources.is_pronoun(source) and state.last_source:
            source = f"{source} ({state.last_source})"
        elif span is not None and chosen.label in (ATTRIBUTED, CONTESTED):
            state.last_source = source.split(" (via ")[0] if source else state.last_source
        cue = _cue_parts(text, hits, chosen) if hits else chosen.cue
        suggestion = Suggestion(
            label=chosen.label,
            cue=[_span(text, a, b) for a, b in cue],
            source=source,
            source_span=_span(text, *span) if span else None,
            confidence=CONFIDENCE[chosen.rule],
            rule=chosen.rule,
        )
        out.append(suggestion)
        previous = suggestion
        was_inside = state.in_quotation or any(
            end < 0 for _, end in _quotes(text, state.in_quotation)
        )
        _carry_quotation(state, text, chosen)
        if was_inside and chosen.label == ATTRIBUTED:
            state.pending.append(len(out) - 1)
            if not state.in_quotation:
                _name_speaker(out, state.pending, suggestion.source)
                state.pending = []
    return out


def _headline(texts: Sequence[str], boilerplate: Sequence[bool] | None, title: str | None) -> str:
    """The headline: the title, else the first sentence that is not page furniture."""
    if title == NO_TITLE:
        return ""
    if title and not is_boilerplate(title.strip()):
        return title.strip()
    for i, text in enumerate(texts):
        flagged = boilerplate is not None and i < len(boilerplate) and boilerplate[i]
        if not flagged and not is_boilerplate(text.strip()) and not _PRODUCTION_NOTE.search(text):
            return text.strip()
    return ""


def _name_speaker(out: list[Suggestion], indexes: list[int], speaker: str | None) -> None:
    """Give the speaker named where a quotation closes to its earlier sentences (R4c)."""
    if not speaker:
        return
    for i in indexes:
        if out[i].source is None:
            out[i] = out[i].model_copy(update={"source": speaker})


def _carry_quotation(state: _ArticleState, text: str, chosen: Hit) -> None:
    """Open a quotation left unclosed at the end of `text`; close one closed in it."""
    inside = state.in_quotation
    for start, end in _quotes(text, state.in_quotation):
        if end < 0:
            inside = True
        elif start < 0:
            inside = False
    if chosen.rule == "boilerplate":
        inside = False
    state.quotation_sentences = state.quotation_sentences + 1 if inside else 0
    state.in_quotation = inside and state.quotation_sentences <= MAX_QUOTATION
