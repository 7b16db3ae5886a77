"""French cue words: reporting, attitude, denial and allegation verbs, with their forms.

Verbs are listed once, by stem; `_er` and the irregular tables spell out the forms news copy
uses (third persons of the indicative and conditional, participles, infinitive). Everything is
matched as whole words, so "nie" never fires inside "cérémonie" nor "dément" inside
"profondément".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Forms:
    """The forms of one verb, by use."""

    finite: frozenset[str]
    """Third-person finite forms: présent, imparfait, passé simple, futur, conditionnel."""
    participle: frozenset[str]
    """Past participle, all genders and numbers (after an auxiliary, or passive)."""
    gerund: frozenset[str] = field(default_factory=frozenset)
    """Present participle ("estimant que")."""
    infinitive: frozenset[str] = field(default_factory=frozenset)


def _soft(stem: str, ending: str) -> str:
    # annonc + ait → annonçait; jug + ait → jugeait
    if ending[:1] in ("a", "o", "â"):
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


def _er(stem: str, present: str | None = None) -> Forms:
    """A first-group verb: `stem` + endings; `present` is the stressed stem of the present
    where it differs (considér → considèr, rappel → rappell)."""
    strong = present or stem
    finite = {strong + "e", strong + "ent"}
    finite |= {_soft(stem, e) for e in ("ait", "aient", "a", "èrent")}
    finite |= {strong + e for e in ("era", "eront", "erait", "eraient")}
    if present:  # futur/conditionnel keep the plain stem for é-verbs (considérera)
        finite |= {stem + e for e in ("era", "eront", "erait", "eraient")}
    return Forms(
        finite=frozenset(finite),
        participle=frozenset(stem + e for e in ("é", "ée", "és", "ées")),
        gerund=frozenset({_soft(stem, "ant")}),
        infinitive=frozenset({stem + "er"}),
    )


def _irregular(finite: str, participle: str, gerund: str, infinitive: str) -> Forms:
    return Forms(
        frozenset(finite.split()),
        frozenset(participle.split()),
        frozenset(gerund.split()),
        frozenset(infinitive.split()),
    )


def _merge(forms: Iterable[Forms]) -> Forms:
    items = list(forms)
    return Forms(
        frozenset().union(*(f.finite for f in items)),
        frozenset().union(*(f.participle for f in items)),
        frozenset().union(*(f.gerund for f in items)),
        frozenset().union(*(f.infinitive for f in items)),
    )


# Verbs of saying whose past tense is reporting even without a visible que-clause
# ("a souligné l'importance de…", "a déclaré Poutine").
SAY_STRONG = _merge(
    [
        _er("déclar"),
        _er("affirm"),
        _er("soulign"),
        _er("précis"),
        _er("indiqu"),
        _er("expliqu"),
        _er("annonc"),
        _er("insist"),
        _er("martel", "martèl"),
        _er("réaffirm"),
        _er("rapport"),
        _er("révél", "révèl"),
        _er("confi"),
        _er("racont"),
        _er("témoign"),
        _er("dénonc"),
        _er("estim"),
        _er("jug"),
        _er("confirm"),
        _irregular(
            "renchérit renchérissent renchérissait renchérissaient renchérira",
            "renchéri",
            "renchérissant",
            "renchérir",
        ),
        _irregular(
            "avertit avertissent avertissait avertissaient avertira",
            "averti avertie avertis averties",
            "avertissant",
            "avertir",
        ),
        _irregular(
            "prévient préviennent prévenait prévenaient prévint préviendra",
            "prévenu prévenue prévenus prévenues",
            "prévenant",
            "prévenir",
        ),
        _er("redout"),
        _irregular("reconnurent dirent craignit craignirent prévinrent", "", "", ""),
        _irregular(
            "craint craignent craignait craignaient craindra craindrait",
            "craint crainte craints craintes",
            "craignant",
            "craindre",
        ),
    ]
)

# Verbs that report only with content (que-clause, quotation, colon, infinitive) or in an
# incise (", a-t-il assuré"): "assurer la sécurité", "cela explique la hausse" are not speech.
SAY_CONTENT = _merge(
    [
        _er("assur"),
        _er("ajout"),
        _er("répét", "répèt"),
        _er("rappel", "rappell"),
        _er("not"),
        _er("observ"),
        _er("relev", "relèv"),
        _er("constat"),
        _er("signal"),
        _er("pens"),
        _er("considér", "considèr"),
        _er("argument"),
        _er("plaid"),
        _er("avou"),
        _er("concéd", "concèd"),
        _er("regrett"),
        _er("déplor"),
        _er("mentionn"),
        _er("justifi"),
        _er("calcul"),
        _er("évoqu"),
        _er("fustig"),
        _er("tacl"),
        _er("raill"),
        _er("tranch"),
        _er("emport"),
        _irregular(
            "défend défendent défendait défendaient", "défendu défendue", "défendant", "défendre"
        ),
        _er("alarm"),
        _er("insurg"),
        _er("indign"),
        _er("souffl"),
        _er("comment"),
        _er("pronostiqu"),
        _er("réitér", "réitèr"),
        _er("rassur"),
        _er("jur"),
        _er("communiqu"),
        _er("avanc"),
        _er("agac"),
        _er("suggér", "suggèr"),
        _irregular(
            "garantit garantissent garantissait garantissaient garantira",
            "garanti garantie",
            "garantissant",
            "garantir",
        ),
        _irregular("réjouit réjouissent réjouissait", "réjoui réjouie", "réjouissant", "réjouir"),
        # passé simple of the irregular verbs above (literary wire copy)
        _irregular(
            "dirent crut crurent répondirent admirent promirent conclurent soutinrent écrivit "
            "reconnurent maintinrent",
            "",
            "",
            "",
        ),
        _er("parl"),
        _irregular(
            "prétend prétendent prétendait prétendaient", "prétendu", "prétendant", "prétendre"
        ),
        _irregular("réagit réagissent réagissait", "réagi", "réagissant", "réagir"),
        _er("rétorqu"),
        _er("répliqu"),
        _er("object"),
        _er("nuanc"),
        _er("tempér", "tempèr"),
        _irregular("apprend apprennent apprenait", "appris", "apprenant", "apprendre"),
        _irregular("retient retiennent retenait", "retenu retenue", "retenant", "retenir"),
        _er("espér", "espèr"),
        _er("souhait"),
        _er("félicit"),
        _er("inquiét", "inquièt"),
        _er("alert"),
        _er("lanc"),
        _er("gliss"),
        _er("résum"),
        _er("demand"),
        _er("exig"),
        _er("ironis"),
        _irregular(
            "dit disent disait disaient dira diront dirait diraient",
            "dit dite dits dites",
            "disant",
            "dire",
        ),
        _irregular(
            "redit redisent redisait redisaient redira rediront",
            "redit",
            "redisant",
            "redire",
        ),
        _irregular(
            "écrit écrivent écrivait écrivaient écrira",
            "écrit écrite écrits écrites",
            "écrivant",
            "écrire",
        ),
        _irregular(
            "reconnaît reconnait reconnaissent reconnaissait reconnaissaient reconnut reconnaîtra",
            "reconnu reconnue reconnus reconnues",
            "reconnaissant",
            "reconnaître reconnaitre",
        ),
        _irregular(
            "croit croient croyait croyaient croira",
            "cru",
            "croyant",
            "croire",
        ),
        _irregular(
            "soutient soutiennent soutenait soutenaient soutint soutiendra",
            "soutenu",
            "soutenant",
            "soutenir",
        ),
        _irregular(
            "maintient maintiennent maintenait maintenaient maintiendra",
            "maintenu",
            "maintenant",
            "maintenir",
        ),
        _irregular(
            "admet admettent admettait admettaient admit admettra",
            "admis admise",
            "admettant",
            "admettre",
        ),
        _irregular(
            "répond répondent répondait répondaient répondit répondra",
            "répondu",
            "répondant",
            "répondre",
        ),
        _irregular(
            "poursuit poursuivent poursuivait poursuivit",
            "poursuivi",
            "poursuivant",
            "poursuivre",
        ),
        _irregular(
            "conclut concluent concluait concluaient conclura",
            "conclu conclue",
            "concluant",
            "conclure",
        ),
        _irregular(
            "promet promettent promettait promettaient promit promettra",
            "promis promise",
            "promettant",
            "promettre",
        ),
        _irregular(
            "prédit prédisent prédisait prédisaient",
            "prédit prédite",
            "prédisant",
            "prédire",
        ),
        _irregular("arguë argue arguent arguait", "argué", "arguant", "arguer"),
        _irregular("exclame exclament exclamait", "exclamé exclamée", "exclamant", "exclamer"),
    ]
)

# Documents and findings: "le rapport établit que", "le traité stipule que".
DOCUMENT = _merge(
    [
        _er("stipul"),
        _irregular("établit établissent établissait", "établi", "établissant", "établir"),
        _er("montr"),
        _irregular("prévoit prévoient prévoyait prévoyaient", "prévu", "prévoyant", "prévoir"),
        _er("dévoil"),
        _er("dispos"),
    ]
)

# Denial and dispute (guidelines R3 i).
DENY = _merge(
    [
        _irregular(
            "nie nient niait niaient nia nièrent niera nieront nierait",
            "nié niée niés niées",
            "niant",
            "nier",
        ),
        _irregular(
            "dénie dénient déniait déniaient",
            "dénié déniée",
            "déniant",
            "dénier",
        ),
        _irregular(
            "dément démentent démentait démentaient démentit démentira démentirait",
            "démenti démentie démentis démenties",
            "démentant",
            "démentir",
        ),
        _er("réfut"),
        _er("récus"),
        _irregular("démentirent réfutèrent nièrent", "", "", ""),
        _irregular(
            "contredit contredisent contredisait contredisaient",
            "contredit contredite contredits contredites",
            "contredisant",
            "contredire",
        ),
    ]
)

CONTEST = _er("contest")
"""Contester: a dispute as a verb; the bare participle ("un projet contesté") is not."""

REJECT = _merge(
    [
        _irregular(
            "rejette rejettent rejetait rejetaient rejeta rejettera",
            "rejeté rejetée rejetés rejetées",
            "rejetant",
            "rejeter",
        ),
        _irregular(
            "balaie balaye balaient balayent balayait balayaient",
            "balayé balayée balayés balayées",
            "balayant",
            "balayer",
        ),
        _er("écart"),
        _er("repouss"),
    ]
)
"""Rejeter, balayer, écarter: a dispute only with a claim as object ("rejette les
accusations", "balaie toute rumeur")."""

CLAIM_NOUNS = (
    r"accusations?|allégations?|affirmations?|informations?|critiques?|version|thèse|"
    r"reproches?|imputations?|soupçons?|rumeurs?|conclusions|chiffres|accusation|propos|"
    r"responsabilité|assertions?|insinuations?|révélations?|faits|griefs|études?|rapports?|"
    r"analyses?|résultats|articles?|travaux|hypothèses?|pistes?|argumentaires?|arguments?|"
    r"théories?|lectures?|interprétations?|explications?|estimations?|attributions?|"
    # a forecast or a count rejected: "rejette catégoriquement ce scénario", "ce chiffre"
    r"scénarios?|chiffres?|bilans?|prévisions?|projections?|diagnostics?|"
    # doubts brushed aside: "Le ministre balaie ces réserves"
    r"réserves|doutes|objections"
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, apostrophes either way."""
    escaped = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return "|".join(escaped).replace("'", "['’]")


AUX = r"(?:a|ont|avait|avaient|aura|auront|aurait|auraient|eut|eurent)"
"""Auxiliaries of the compound past (and its conditional: "aurait déclaré")."""

BE = r"(?:est|sont|était|étaient|sera|seront|serait|seraient|a\s+été|ont\s+été|avait\s+été)"

ADVERB = (
    r"(?:également|aussi|encore|déjà|précédemment|notamment|toutefois|pourtant|cependant|"
    r"enfin|ensuite|bien|même|d['’]ailleurs|récemment|publiquement|ouvertement|clairement|"
    r"fermement|formellement|catégoriquement|vivement|longtemps|souvent|plusieurs\s+fois|"
    r"à\s+nouveau|de\s+nouveau|lui-même|elle-même|pour\s+sa\s+part|de\s+son\s+côté|"
    r"hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+matin|ce\s+soir|"
    r"dans\s+un\s+communiqué|devant\s+la\s+presse|sur\s+X|sur\s+Twitter|alors|ainsi|"
    r"immédiatement|rapidement|aussitôt|simplement|seulement|surtout|déjà|toujours|"
    r"jamais|plus|pas|point|par\s+ailleurs|une\s+fois\s+de\s+plus|encore\s+une\s+fois|"
    r"lui\s+aussi|elle\s+aussi|eux\s+aussi|à\s+son\s+tour|en\s+outre|de\s+plus|en\s+effet|"
    r"quant\s+à\s+lui|quant\s+à\s+elle|dès\s+lors|pour\s+l['’]instant|non\s+plus|"
    r"aujourd['’]hui|désormais|d['’]emblée|tout\s+de\s+suite|sur-le-champ|\w+ment)"
)
"""Words that may sit between an auxiliary and its participle, or after a verb."""

SUBJECT_PRONOUN = r"(?:il|elle|on|ils|elles)"
