"""The rules: French attribution, dispute and boilerplate cues, applied as the guidelines say.

Each detector looks at one sentence and returns `Hit`s (label, cue spans, source, rule). The
suggestion is the hit of highest precedence — contested > attributed > asserted > not_a_claim
(guidelines R7) — except that page furniture, section headings and questions are not_a_claim
whatever they contain (R1). What needs the article — a quotation that runs over several
sentences (R4c), the headline (R2), "il" standing for the last named speaker (R10) — is handled
by `suggest_article`, which walks the sentences in order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from annotator.ingest.boilerplate import OUTLET as _OUTLET
from annotator.ingest.boilerplate import is_boilerplate
from annotator.suggest import interview, sources
from annotator.suggest.lexicon import (
    ADVERB,
    BE,
    CLAIM_NOUNS,
    SUBJECT_PRONOUN,
)
from annotator.suggest.matching import (
    _I,
    _INVERTED,
    Hit,
    MatchLike,
    VerbMatch,
)
from annotator.suggest.model import UNNAMED, Span, Suggestion
from annotator.suggest.patterns import (
    _ACCUSE,
    _AGENT,
    _ALLEGED,
    _ANSWER,
    _AS_A_TOPIC,
    _ATTITUDE,
    _ATTITUDE_NP,
    _BARE_VERDICT,
    _CAPTION,
    _CLAIM_BEFORE,
    _CLAIM_DISPUTED,
    _CLAIM_NOT_SHARED,
    _CLITIC_BEFORE,
    _CLOSE,
    _CONCLUSION_OF,
    _CONDITIONAL,
    _CONJUNCTION_QUE,
    _CONTENT,
    _CONTENT_AFTER,
    _CONTEST,
    _CONTESTED_CLAIM,
    _CONTRARY,
    _COUNT_DISPUTED,
    _COUNTERFACTUAL,
    _CREDIT,
    _DASH_SOURCE,
    _DATED_CAPTION,
    _DENIAL_BY_NEGATION,
    _DENIED_BY,
    _DENY,
    _DETERMINER_BEFORE,
    _DIALOGUE,
    _DISMISSAL,
    _DISMISSAL_WORDED,
    _DOCUMENT,
    _DOUBLE_NEGATION,
    _FACT_CHECK,
    _FINITE_HINT,
    _FIRST_PERSON,
    _FRAGMENT,
    _HEADLINE_CONDITIONAL,
    _HEARSAY_CONDITIONAL,
    _HYPOTHETICAL,
    _IMPERSONAL_BE,
    _IN_STUDY,
    _IN_VIEW,
    _INCISE_BEFORE,
    _LEADING_DETERMINER,
    _MEDIA_JUDGED,
    _MULTIWORD_SAY,
    _NAME_BEFORE_QUOTE,
    _NEGATED_BEFORE,
    _NEITHER,
    _NOT_A_DENIAL,
    _NOT_BY,
    _NOT_JOURNALISTIC,
    _NOT_JOURNALISTIC_BE,
    _NOT_SAY,
    _NOT_SPEECH_OBJECT,
    _NOUN_PHRASE,
    _OPEN,
    _PASSIVE_VIEW,
    _POLL_GIVES,
    _PRONOMINAL,
    _QUALIFY,
    _QUESTION,
    _QUOTE_INCISE,
    _QUOTE_OR_COLON,
    _REJECT,
    _RELATIVE_QUE,
    _RUBRIC_SOURCE,
    _RUMOUR,
    _SAID_BY,
    _SAY_PERIPHRASIS,
    _SELON,
    _SELON_NOT,
    _SHOWN_IT,
    _SITE_SUFFIX,
    _SPEAKER_AFTER,
    _SPEAKER_COLON,
    _STANCE_BEFORE,
    _STRONG,
    _STUDY_FOUND,
    _STUDY_FOUND_NONE,
    _TERM_BEFORE,
    _TERMINAL,
    _TOPIC_FAKE,
    _TOPIC_LABEL,
    _UNCONFIRMED,
    _UNDENIABLE,
    _UNSUPPORTED,
    _WEEKDAY_CAPTION,
    _WHOSE_AFTER,
    _WITNESSES_DESCRIBE,
    _WONDER,
    _WORK_AFTER,
    _WORK_BEFORE,
    REALLY_SAID,
)

ATTRIBUTED, CONTESTED, ASSERTED, NOT_A_CLAIM = "attributed", "contested", "asserted", "not_a_claim"
PRECEDENCE = {CONTESTED: 3, ATTRIBUTED: 2, ASSERTED: 1, NOT_A_CLAIM: 0}

CONFIDENCE: dict[str, float] = {
    # Conservative estimates of how often each rule's label is right on news it has never
    # seen: set under the per-rule precision on our gold sets (bench/suggest.py prints it;
    # 0.9-1.0 for most rules), which the rules were tuned on, and near the blind first runs.
    "denial_verb": 0.9,
    "neither_confirmed_nor_denied": 0.95,
    "left_unconfirmed": 0.75,
    "unsupported": 0.7,
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
    "interview_answer": 0.7,
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
        # "le parquet", or a name after its article: "La STIB", "Le Kremlin"
        return bool(_AGENT.match(subject[0].lower() + subject[1:])) or bool(
            re.match(r"(?i:les|le|la|l['’])\s*[A-ZÀ-Þ]", subject)
        )
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


# What sits between a preposed subject and its verb, set off by commas: a stressed pronoun
# ("Le ministère, lui, n'a pas répondu"), a participle ("L'auteur, contacté via sa page,
# maintient ses propos"), "de son côté". The verb after it is not an incise.
_APPOSITION_BEFORE = re.compile(
    r"(?i)^[^,«»“”\"]*\b[\w’'-]+\s*,\s*(?:lui|elle|eux|elles|lui-même|elle-même|"
    r"de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)|"
    r"(?:contacté|joint|jointe|interrogé|sollicité|interpellé|questionné|approché|cité|"
    r"consulté|interviewé|relancé|invité)e?s?\b[^,«»]*|qui\b[^,«»]*|"
    # "Les opposants, regroupés dans l'association Vent de colère, redoutent…"
    r"[a-zéèêàâîôûç]+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its)\s+(?:par|dans|au|aux|"
    r"en|sur|depuis|pour|avec|sous|chez|derrière|autour)\b(?:[^,«»]|«[^»]*»)*)\s*,\s*$"
)


# "selon la Cour des comptes": a capitalised name after "selon", a party and not a criterion
_NAMED_AFTER = re.compile(r"\s*(?:(?:le|la|les|l['’]|du|des)\s*)?[A-ZÀ-Þ]")
_PROVIDING_TEXT = re.compile(
    r"(?i)\b(?:texte|loi|projet|plan|accord|budget|décret|réforme|contrat|convention|traité|"
    r"règlement|programme|amendement|ordonnance|arrêté|protocole|dispositif|barème)s?\b"
)
# "…, a fait savoir la préfecture de police.": a periphrasis in an incise, its speaker after it
_PERIPHRASIS_INCISE = re.compile(
    r"(?i),\s*(?P<verb>(?:a|ont|avait|avaient)\s+(?:fait\s+(?:savoir|valoir)|laissé\s+entendre)|"
    # a forecaster after its forecast: "…, prévoit le service de prévision des crues."
    r"prévoi(?:t|ent)|anticip(?:e|ent)|pronostiqu(?:e|ent))"
    # (after a time or a place in commas: "a fait savoir, mardi à Casablanca, son directeur")
    r"(?:\s*,[^,;:«»“”\"]{2,40},)?"
    r"\s+(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\b|[A-ZÀ-Þ])[^,;:]{1,80}\.?\s*$"
)
# "L'agent du joueur, Jorge Mendes, n'a pas répondu": a noun phrase and its apposition
# between commas, no verb before: the subject, not reported words
_NP_APPOSITION = re.compile(r"^\s*[^,«»“”\"]{1,60},[^,«»“”\"]{1,80},\s*$")
_RELATIVE_START = re.compile(r"(?i)\s*(?:où|qui|que|qu['’]|dont|lequel|laquelle|lesquel)")


def _after_apposition(head: str) -> bool:
    return bool(_NP_APPOSITION.match(head)) and not _FINITE_HINT.search(head)


_NAMED_APPOSITION = re.compile(
    r"^[^,«»“”\"]+,\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\s*,\s*$"
)


def _is_incise(text: str, match: MatchLike) -> bool:
    head = text[: match.start()]
    if _APPOSITION_BEFORE.search(head):
        return False
    negated = getattr(match, "neg", None) or re.search(r"(?i)\b(?:pas|jamais)\b", match.group())
    if negated and _after_apposition(head):
        return False  # "La famille de Chloé, présente à chaque audience, n'a pas souhaité…"
    if _NAMED_APPOSITION.match(head) and not re.search(_INVERTED + r"\b", match.group(), _I):
        return False  # "Le maire, Patrick Bouchet, soutient les parents": the subject, named
    return bool(_INCISE_BEFORE.search(head)) or bool(
        re.search(_INVERTED + r"\b", match.group(), _I)
    )


_FROM_PARTY = re.compile(
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+)?"
    r"(?:(?:auprès|de\s+la\s+part)\s+(?:de\s+|d['’]\s*)?|de\s+(?=sources?\b)|"
    # where "on" was told: "indique-t-on au parquet", "… dans l'entourage du ministre"
    r"(?P<at>au|aux|à\s+la|à\s+l['’])\s*(?=[\wÀ-ÿ])|dans\s+(?=l['’]entourage\b)|"
    r"du\s+côté\s+(?=d))",
    _I,
)


def _verb_source(text: str, match: MatchLike) -> tuple[int, int] | None:
    inverted = re.search(rf"-(?:t-)?(?P<p>{SUBJECT_PRONOUN})\b", match.group(), _I)
    if inverted and inverted.group("p").lower() == "on":
        # "…, a-t-on appris auprès de la CGT": the impersonal "on" is the newsroom; the
        # party it learnt from is the source
        near = _FROM_PARTY.match(text, match.end())
        found = sources.after(text, near.end()) if near else None
        if found is None and near is not None and near.group("at"):
            # "indique-t-on au parquet": the place named without its article
            place = re.match(r"[^,.;:!?«»]{2,60}", text[near.end() :])
            found = _trimmed(text, near.end(), near.end() + place.end()) if place else None
        if found is not None:
            return found
    if inverted:
        return match.start() + inverted.start("p"), match.start() + inverted.end("p")
    before = text[: match.start()].rstrip(" ,")
    segment = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    # a participle clause has its subject before it: "…, dénonçant un calendrier imposé"
    incise = _is_incise(text, match) and not match.group().lower().endswith("ant")
    if (
        incise
        and _INCISE_TO_END.match(text, match.end())
        # a clause before the comma, not an apposition ("Le beau-frère, poursuivi pour
        # recel, conteste toute entente")
        and len(segment.split()) >= 6
        # nor a relative ("Le festival, où l'acteur devait présider le jury, a annoncé")
        and not re.match(r"(?i)\s*(?:qui|où|que|qu['’]|dont|lequel|laquelle)\b", segment)
    ):
        # "Sur l'ensemble de sa durée de vie, une voiture émet…, conclut l'agence.": the
        # speaker ends the sentence after the verb, whatever commas came before
        found = sources.after(text, match.end())
        if found is not None:
            return found
    if _after_apposition(text[: match.start()]) and not re.search(
        _INVERTED + r"\b", match.group(), _I
    ):
        # "Le PDG, Jacques Servier, a immédiatement contesté ces révélations": whether or not
        # it reads as an incise, the party is the noun phrase before the verb; the first one
        # when the second is a relative clause ("Le festival, où l'acteur devait…, a annoncé")
        head = text[: match.start()]
        first = head.index(",")
        relative = _RELATIVE_START.match(head, first + 1)
        found = (_trimmed(text, 0, first) if relative else None) or sources.before(
            text, match.start()
        )
        if found is not None:
            return found
    if incise or _SPEAKER_AFTER.search(text[: match.start()]):
        # "», a soutenu en entrevue le président de la Fédération": past where it was said
        where = _WHERE_SAID.match(text, match.end())
        found = sources.after(text, where.end() if where else match.end())
        if found is not None:
            return found
    return sources.before(text, match.start())


_AMOUNT = re.compile(r"(?i)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|au\s+moins\s+)?\d")


_WHERE_SAID = re.compile(
    r"\s+(?:en\s+entrevue|en\s+entretien|au\s+téléphone|en\s+conférence\s+de\s+presse|"
    r"dans\s+un\s+communiqué|à\s+l['’]AFP)(?=\s)",
    _I,
)


# the speaker to the end, after a time or a place set in commas: "…, a fait savoir, mardi à
# Casablanca, son directeur général adjoint."
_INCISE_TO_END = re.compile(r"(?:\s*,[^,;:«»“”\"]{2,40},)?\s+[^,;:«»“”\"]{2,80}[.!…]?\s*$")
_OUTLETS_OWN = re.compile(r"(?i)(?:nos|notre)\b")
_NOBODY = re.compile(r"(?i)rien|personne|nul|nulle|aucun|aucune")
_COURT = re.compile(
    r"(?i)(?:le|la|l['’])\s*(?:Conseil\s+d['’]État|Conseil\s+constitutionnel|Cour\b|tribunal|"
    r"juge\b|juridiction|chambre\s+de\s+l['’]instruction|CEDH|CJUE)"
)


# ", ce que <its subject>" right before a verb: the clause before the comma is its object
_SAID_BEFORE = re.compile(r"(?i),\s*ce\s+qu(?:e\s+|['’]\s*)(?:[^,;:«»]{1,60}?\s)?$")


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
                        # "l'affirme : « … »", "lui-même le reconnaît : les dépenses…"
                        head.rstrip().endswith(("l'", "l’", " le", " la", " les"))
                        and _QUOTE_OR_COLON.match(text, match.end())
                    )
                ):
                    continue  # "le juge", "la note": a noun (not "comme le souligne")
                if strong and _PRONOMINAL.match(match.group()):
                    continue  # "les semaines s'annoncent difficiles": not speech
                if match.group().lower().split()[-1].startswith("rapport") and _AMOUNT.match(
                    text, match.end()
                ):
                    continue  # "les amendes ont rapporté 873 millions d'euros": income
                if _RELEVER.search(match.group()) and _BELONGS_TO.match(text, match.end()):
                    continue  # "l'action relève « au pire d'un contact normal »": falls under
                content = _content(text, match.end())
                if (
                    pattern is verb.gerund
                    and not match.group().lower().startswith("en ")
                    and re.search(r"[\w»”]\s*$", head)
                    and not re.search(
                        r"(?i)\b(?:et|ou|mais|tout|leur|lui|les|le|la|nous|vous|se)\s*$|['’]\s*$",
                        head,
                    )
                    and not isinstance(content, tuple)
                    and not _QUOTE_OR_COLON.match(text, match.end())
                ):
                    # "les personnes souhaitant travailler": a noun's participle with an
                    # infinitive (not "un homme expliquant que…", "des messages affirmant que")
                    continue
                # ", estimant que…" is a participle clause, not an incise with its subject after
                incise = pattern is not verb.gerund and _is_incise(text, match)
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
                # "…, ce que les auteurs reconnaissent": the clause before is what is said
                what = bool(_SAID_BEFORE.search(head))
                if not (
                    incise or content or bare_past or named or hearsay or feared or aside or what
                ):
                    continue
                if _negated(match) and not incise and not isinstance(content, tuple):
                    continue  # "n'a pas souhaité réagir", "n'a pas précisé"
                if (
                    not incise
                    and not isinstance(content, tuple)
                    and _NOT_SPEECH_OBJECT.match(text, match.end())
                ):
                    # "a déclaré forfait", "a confirmé la condamnation" (in an incise the noun
                    # phrase is the speaker: "…, a annoncé la direction")
                    continue
                rule = (
                    "incise" if incise else "reporting_verb" if strong else "reporting_with_content"
                )
                cue = [match.span()] if incise else _with_que(text, match.span(), content)
                who = _verb_source(text, match)
                if who and not incise and _NOBODY.fullmatch(text[who[0] : who[1]]):
                    continue  # "Rien n'indique que la situation va s'améliorer": no one says
                if (
                    content is False
                    and not incise  # "…, a indiqué le Conseil d'État genevois": it speaks
                    and who
                    and _COURT.match(text, who[0], who[1])
                ):
                    continue  # "Le Conseil d'État a confirmé l'interdiction": a ruling (R5)
                hits.append(Hit(ATTRIBUTED, rule, cue, who))
    for finder, outlet_subject in (
        (_SAY_PERIPHRASIS, r"(?i)\b(?:cela|ça|ce|ceci)\s+$"),
        # "ce qui met en cause" is the outlet's; "la SNCF, qui invoque les travaux" a party's
        (_ATTITUDE_NP, r"(?i)\b(?:cela|ça|ce|ceci|ce\s+qui)\s*$"),
    ):
        for found in finder.finditer(text):
            if finder is _ATTITUDE_NP and _inside_quotes(text, found.start()):
                continue  # « La Russie n'exclut pas… »: the speaker's words, the quotation's cue
            # "C'est ce qui ressort d'une étude": the document after its verb is the source
            document = re.match(r"(?i)ressort\w*\s+(?:de\s+|d['’]|du\s+|des\s+)", found.group())
            if re.search(r"(?i)\b(?:attribuée?s?|prêtée?s?)\s+(?:à|au|aux)\s*$", found.group()):
                # "La phrase est partagée…, attribuée au physicien": who attributes it is
                # unnamed (the one it is attributed to is no source)
                hits.append(
                    Hit(ATTRIBUTED, "reporting_with_content", [found.span()], None, UNNAMED)
                )
                continue
            if document or not re.search(outlet_subject, text[: found.start()]):
                # "l'hypothèse qu'émet Le Canard enchaîné": the party follows its verb
                inverted = found.group().lower().startswith("hypothèse")
                who = (
                    sources.after(text, found.start() + document.end())
                    if document
                    else sources.after(text, found.end())
                    if inverted
                    else sources.antecedent(text, found.start())
                    or sources.before(text, found.start())
                )
                if (
                    found.group().lower().startswith(("prévoi", "anticip"))
                    and who is not None
                    and _PROVIDING_TEXT.search(text[who[0] : who[1]])
                ):
                    continue  # "le texte prévoit une hausse de 5 %": it provides (R4f), no forecast
                hits.append(Hit(ATTRIBUTED, "reporting_with_content", [found.span()], who))
    for found in _PERIPHRASIS_INCISE.finditer(text):
        who = sources.after(text, found.end("verb"))
        if who is not None:
            hits.append(Hit(ATTRIBUTED, "incise", [found.span("verb")], who))
    for found in _SAID_BY.finditer(text):
        by = found.group().rstrip().lower().endswith("par")
        speaker = sources.after(text, found.end()) if by else None
        if found.group("who"):  # "un ballon que l'armée présente comme un engin"
            speaker = _trimmed(text, *found.span("who"))
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
    for found in _WITNESSES_DESCRIBE.finditer(text):
        said = found.span("verb")
        hits.append(
            Hit(ATTRIBUTED, "reporting_with_content", [said], sources.before(text, said[0]))
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
    for found in itertools.chain(_STUDY_FOUND.finditer(text), _POLL_GIVES.finditer(text)):
        if _OUTLETS_OWN.match(found.group("who")):
            continue  # "Notre enquête a révélé": the outlet's own finding, no one else's
        hits.append(
            Hit(
                ATTRIBUTED,
                "document_says",
                [found.span("verb")],
                _trimmed(text, *found.span("who")),
            )
        )
    for found in _CONCLUSION_OF.finditer(text):
        hits.append(
            Hit(
                ATTRIBUTED,
                "document_says",
                [found.span("verb")],
                _trimmed(text, *found.span("who")),
            )
        )
    for found in _SHOWN_IT.finditer(text):
        who = found.span("who")
        said = (who[1] + 1, found.end())
        hits.append(Hit(ATTRIBUTED, "document_says", [said], _trimmed(text, *who)))
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
            if (
                first.endswith(("é", "ée", "és", "ées"))
                and (
                    _BE_BEFORE.search(text[: found.start()])
                    # a participle alone: "le réalisateur de « L'Été dernier » accusé de plagiat"
                    # (not "Les deux camps se sont mutuellement accusés": each accuses)
                    or not (
                        _HAVE_BEFORE.search(text[: found.start()])
                        or re.search(
                            r"(?i)\b(?:se|s['’])\s*\w+\s+(?:\w+\s+)?$", text[: found.start()]
                        )
                    )
                )
            ):
                # "Moscou est soupçonnée d'avoir fourni…": the subject is the suspect; who
                # suspects is unnamed
                hits.append(Hit(ATTRIBUTED, rule, [(found.start(), verb_end)], None, UNNAMED))
                continue
            hits.append(
                Hit(
                    ATTRIBUTED,
                    rule,
                    [(found.start(), verb_end)],
                    sources.before(text, found.start()),
                )
            )
    for found in _ALLEGED.finditer(text):
        if found.group("by"):  # the accuser named after "par"
            hits.append(
                Hit(ATTRIBUTED, "allegation", [found.span()], sources.after(text, found.end()))
            )
            continue
        hits.append(Hit(ATTRIBUTED, "allegation", [found.span()], None, UNNAMED))
    return hits


def _adverbials(text: str) -> list[Hit]:
    """Source adverbials (R4b): selon, d'après, cité par, pour X (in X's view)."""
    hits: list[Hit] = []
    for found in _SELON.finditer(text):
        if _SELON_NOT.match(text, found.end()) or not _is_source_adverbial(text, found):
            continue
        cue_end = found.start() + len(found.group().rstrip())
        learnt = _WHAT_X_LEARNT.match(text, found.end())
        # "Selon ce qu'a appris La Presse": who learnt it
        named = _SOURCES_NAMED.match(text, found.start())
        # "De sources sécuritaires concordantes, …": the sources are the party
        who = sources.after(text, named.end() if named else learnt.end() if learnt else found.end())
        if who is not None:
            # "Selon le gouverneur régional, Roman Boussarguine, les débris…": the name in
            # apposition names the party (a role alone, a first and last name after it)
            named = _NAME_IN_APPOSITION.match(text, who[1])
            if named and not text[who[0] : who[1]][:1].isupper():
                who = named.span("name")
            # "selon les chiffres publiés jeudi par l'Insee": who published them
            published = _PUBLISHED_BY.match(text, who[0])
            if published:
                who = sources.after(text, published.end()) or who
            else:
                # "selon un sondage Ifop publié dimanche par…": the poll, not its participle
                trailing = _TRAILING_PARTICIPLE.search(text, who[0], who[1])
                if trailing and trailing.start() > who[0]:
                    who = (who[0], trailing.start())
        hits.append(Hit(ATTRIBUTED, "source_adverbial", [(found.start(), cue_end)], who))
    for found in _IN_VIEW.finditer(text):
        group = next(g for g in ("", "2", "3", "4") if found.group("cue" + g))
        if group == "4" and not _QUOTE_MARK.search(text):
            # "Pour Michel Barnier, les semaines s'annoncent périlleuses": about him, as
            # likely as his view, unless his words are quoted
            continue
        who = found.span("who" + group)
        named = re.match(r"(?:le|la|l['’])\s*[^\s,]+,\s+(?=[A-ZÀ-Þ])", text[who[0] : who[1]])
        if named:  # "Pour l'éleveur, Patrick Faivre,": the name
            who = (who[0] + named.end(), who[1])
        apposed = _NAME_IN_APPOSITION.match(text, who[1])
        if apposed:  # "Pour la procureure, Hélène Faure,": the name after the role
            who = apposed.span("name")
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
    rubric = _RUBRIC_SOURCE.match(text)
    if rubric:
        hits.append(Hit(ATTRIBUTED, "source_adverbial", [rubric.span("who")], rubric.span("who")))
    for found in _IN_STUDY.finditer(text):
        hits.append(Hit(ATTRIBUTED, "source_adverbial", [found.span("cue")], found.span("who")))
    for found in _RUMOUR.finditer(text):
        hits.append(Hit(ATTRIBUTED, "allegation", [found.span()], None, UNNAMED))
    return hits


_HAVE_BEFORE = re.compile(
    r"(?i)\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ayant|avoir|as|avons|avez|ai)"
    r"(?:-t-\w+)?\s+(?:\w+\s+){0,2}$"
)
_BE_BEFORE = re.compile(
    # not a reflexive: "Les deux camps se sont mutuellement accusés de…" accuse each other
    rf"(?i)(?<!\bse\s)(?<![sS]['’])\b(?:{BE}|été|être|soit|soient)"
    r"(?:\s+\w+ment)?\s+$"
)
_TRAILING_PARTICIPLE = re.compile(
    r"(?i)\s+(?:publi|réalis|diffus|men|dévoil|command|commandit|effectu|mis\s+en\s+lign)ée?s?$"
)
_PUBLISHED_BY = re.compile(
    r"(?i)(?:les?|la|l['’]|une?|des|ses|leurs?)\s*(?:derniers?\s+|dernières?\s+|premiers?\s+)?"
    r"(?:chiffres|données|statistiques|résultats|rapport|étude|enquête|sondage|note|estimations?|"
    # (not a named one: "selon un sondage Ifop publié par La Dépêche" is Ifop's, relayed)
    r"relevés)\s+(?:(?-i:[a-zéèêàâîôûç][\w-]*)\s+)?(?:publiée?s?|diffusée?s?|communiquée?s?|"
    r"dévoilée?s?|rendue?s?\s+"
    r"publi(?:c|cs|que|ques))\s+(?:\S+\s+){0,3}?par\s+"
)
_NAME_IN_APPOSITION = re.compile(
    r",\s+(?P<name>(?:[A-ZÀ-Þ][\w’'-]+\s+)(?:(?:de|du|des|van|von|el|al|ben|le|la)\s+)?"
    r"[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?),\s+(?![A-ZÀ-Þ][\w’'-]*\s*(?:,|et\b))"
)


def _is_source_adverbial(text: str, match: re.Match[str]) -> bool:
    """ "Selon X" names a source when it opens the sentence or a clause, or when X is a name
    or an agent; mid-clause with a common noun it is a criterion ("deux injections selon les
    antécédents vaccinaux", "varient selon la saison")."""
    if not match.group().lower().startswith("selon"):
        return True
    before = text[: match.start()].rstrip()
    if not before or before.endswith((",", ";", ":", "(", "«", "–", "—", "-", '"')):
        return True
    # "a coûté 13 milliards selon la Cour des comptes": a named party, not a criterion
    return bool(_AGENT.match(text, match.end()) or _NAMED_AFTER.match(text, match.end()))


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
        if _INDIRECT_QUESTION.search(text[: found.start()]):
            continue  # "n'a pas précisé comment elle serait financée": a question, not hearsay
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
                content = _content(text, match.end())
                span = match.span()
                manner = re.match(r"\s+\w+ment\b", text[match.end() :])
                if manner and not isinstance(content, tuple):
                    span = (span[0], match.end() + manner.end())  # "dément formellement"
                cue = _with_que(text, span, content)
                hits.append(Hit(CONTESTED, "denial_verb", cue, _dispute_source(text, match)))
    for found in _CONTESTED_CLAIM.finditer(text):
        hits.append(Hit(CONTESTED, "denial_verb", [found.span()], sources.after(text, found.end())))
    for found in _DENIED_BY.finditer(text):
        source = sources.after(text, found.end())
        hits.append(Hit(CONTESTED, "denial_verb", [found.span()], source))
    for pattern in (_REJECT.compound, _REJECT.finite, _REJECT.gerund):
        for match in pattern.finditer(text):
            after = text[match.end() : match.end() + 80]
            after = re.sub(r"(?i)^\s+d['’]un\s+revers\s+de\s+(?:la\s+)?main\b", "", after)
            if re.match(
                rf"(?i)\s+(?:\S+\s+){{0,4}}?(?:l['’]|d['’])?(?:{CLAIM_NOUNS})\b|\s+en\s+bloc\b"
                # "a rejeté toute pression extérieure": any part in it denied
                r"|\s+(?:\w+ment\s+)?toute?s?\s+(?:pressions?|ingérences?|implications?|"
                r"responsabilités?|fautes?|liens?|interventions?|manipulations?|influences?|"
                r"irrégularités?|fraudes?|négligences?|malversations?)\b",
                after,
            ):
                hits.append(
                    Hit(CONTESTED, "rejects_claim", [match.span()], _dispute_source(text, match))
                )
    for found in _UNCONFIRMED.finditer(text):
        who = sources.before(text, found.start())
        doubters = _DOUBTERS.match(found.group())
        if doubters:  # "…, les associations de consommateurs sceptiques": they doubt
            who = _trimmed(text, found.start(), found.start() + doubters.end())
        if who and "possible" in found.group() and sources.is_pronoun(text[who[0] : who[1]]):
            who = None  # "Il n'a pas été possible de vérifier": impersonal, the outlet's own
        if who and _UNCHECKED_CLAIM.fullmatch(text, *who):
            who = None  # "Ces performances n'ont pas été vérifiées": the claim, not a party
        if re.match(r"(?i)ne\s+convain", found.group()) or re.search(
            r"(?i)\bque\s*$", text[: found.start()]
        ):
            # "Une explication qui ne convainc guère l'association": who is not convinced;
            # "Une information que n'a pas confirmée la préfecture": the party after its verb
            who = sources.after(text, found.end())
        hits.append(Hit(CONTESTED, "left_unconfirmed", [found.span()], who))
    for found in _UNSUPPORTED.finditer(text):
        hits.append(Hit(CONTESTED, "unsupported", [found.span()], None))
    if _ANSWER.match(text) and not _QUESTION.search(text):
        hits.append(Hit(ATTRIBUTED, "dialogue_dash", [_ANSWER.match(text).span()]))  # type: ignore[union-attr]
    verdict = _FACT_CHECK.match(text)
    if verdict:
        # "Vaccin : non, il ne provoque pas la grippe": the verdict is the cue, not the topic
        said = verdict.span("verdict") if verdict.group("verdict") else verdict.span()
        hits.append(Hit(CONTESTED, "fact_check", [said]))
    for found in _STUDY_FOUND_NONE.finditer(text):
        if _OUTLETS_OWN.match(found.group("who")):
            continue  # "Notre enquête a révélé": the outlet's own finding, no one else's
        who = _trimmed(text, *found.span("who"))
        hits.append(Hit(CONTESTED, "denial_by_negation", [found.span("verb")], who))
    for found in _DENIAL_BY_NEGATION.finditer(text):
        if _NOT_A_DENIAL.search(text, found.start(), found.end() + 30):
            continue  # "je n'ai jamais été aussi fier", "il n'y a aucune raison de paniquer"
        hits.append(Hit(CONTESTED, "denial_by_negation", [found.span()], _denier(text, found)))
    # the disputing party named inside the pattern: "une version que X rejettent", "un chiffre
    # que la préfecture ramène à", "D'après X, … au contraire"
    for party_pattern, rule in (
        (_CLAIM_DISPUTED, "denial_verb"),
        (_CLAIM_NOT_SHARED, "dismissal"),
        (_COUNT_DISPUTED, "dismissal"),
        (_CONTRARY, "dismissal"),
        (_NOT_BY, "dismissal"),
    ):
        for named in party_pattern.finditer(text):
            if _NEGATED_PARTY.search(named.group("who")):
                continue  # "Une version que le ministère ne conteste pas", "que personne ne…"
            where = (
                named.span("cue")
                if "cue" in named.groupdict()
                else (named.end("who") + 1, named.end())
            )
            hits.append(Hit(CONTESTED, rule, [where], _trimmed(text, *named.span("who"))))
    for found in itertools.chain(_DISMISSAL.finditer(text), _DISMISSAL_WORDED.finditer(text)):
        if _TOPIC_FAKE.fullmatch(found.group()) and _AS_A_TOPIC.search(text[: found.start()]):
            continue  # "la chasse aux fake news", "Fake news : la mise en garde": a topic
        if _BARE_VERDICT.fullmatch(found.group()) and not (
            _CLAIM_BEFORE.search(text[: found.start()])
            or _quotes(text)
            or _MEDIA_JUDGED.search(text[: found.end()])
        ):
            continue  # "un calcul erroné", "une situation absurde": not said of a claim
        hits.append(Hit(CONTESTED, "dismissal", [found.span()], _dismisser(text, found)))
    return [_passive_agent(text, h) for h in hits if not _undisputed(text, h)]


# "De sources policières": those sources are the party (not "vérifié de source indépendante":
# independently, no party)
_SOURCES_NAMED = re.compile(r"(?i)de\s+(?=sources?\s+(?!indépendantes?\b)\w)")
_NEGATED_PARTY = re.compile(r"(?i)(?:\b(?:ne|n['’])\s*$|^\s*(?:personne|nul|aucun\w*)\b)")
_BETWEEN_PARTIES = re.compile(
    r"(?i)(?:bataille|guerre|querelle|s['’]oppos|fai\w*\s+polémique|au\s+(?:cœur|centre)\s+d)"
)
_DIVIDED = re.compile(r"\s+(?:\w+\s+)?(?:divisés|partagés)$")
_DEFEND_INCISE = re.compile(r"(?i)(?:se\s+|s['’](?:est\s+)?)défend")
_DOUBTERS = re.compile(
    r"(?i)(?:les|des|certains|certaines|plusieurs|de\s+nombreux)\s+[^,;:]{1,40}?"
    # "les analystes restent sceptiques": who doubts, not its copula
    r"(?=(?:\s+(?:restent|sont|demeurent|se\s+montrent|se\s+disent|apparaissent))?"
    r"\s+(?:sceptiques?|dubitati\w+)$)"
)
_WHAT_X_LEARNT = re.compile(
    r"(?i)ce\s+qu(?:e\s+|['’])(?:a|ont|avait|avaient)?\s*(?:appris|rapporté|révélé|indiqué|"
    r"affirmé|écrit|constaté|dit|expliqué)\s+|ce\s+qu(?:e\s+|['’])(?:rapporte|rapportent|"
    r"affirme|affirment|écrit|écrivent|indique|indiquent|dit|disent|explique|expliquent)\s+"
)
_IN_NO_CASE = re.compile(r"(?i)en\s+aucun\s+cas")
_NO_PARTY = re.compile(r"(?i)tout|rien|cela|ça|ceci|ce")
_PRONOUN_FIRST = re.compile(r"(?i)(?:lui|eux|elles?|ils?)\b")
# Dismissals whose subject is the claim, not who dismisses it: "L'annonce a suscité des
# réserves", "le coût réel est supérieur", "Il s'agit en réalité d'une image de 2018", "Ces
# propos sont en réalité issus de", "pourraient aussi bien être l'œuvre de", "trop nombreuses
# pour relever du hasard"
_SAID_OF_THE_CLAIM = re.compile(
    r"(?i)(?:suscit|soulev|soulèv|nourri|aliment)"
    r"|(?:nombres?|chiffres?|bilans?|taux|montants?|coûts?|totals?|totaux)\s+réel"
    r"|s['’]agi|(?:est|sont|était|étaient|contient|contiennent|contenait|contenaient)\s+en\s+réalité"
    rf"|{REALLY_SAID}"
    r"|en\s+réalité\b.*\bet\s+non\b"  # the outlet's correction
    r"|(?:pourrai|peu)\w*\s+(?:tout\s+)?aussi\s+bien"
    r"|(?:pourrai|peu)\w*\s+(?:aussi|également)\s+(?:être|expliquer)"
    r"|(?:constat|réalité|tableau|discours|version|bilan)\s+(?:\w+\s+)?(?:est|serait|était|semble)\s"
    r"|tout\s+(?:indique|montre|suggère|désigne|laisse)\b"
    r"|(?:trop\s+\w+\s+pour|ne\s+(?:peu|pouv|saur)\w*)\s+(?:pas\s+)?(?:relever|être)"
    # the outlet's name for a claim: "Plusieurs théories du complot continuent de circuler"
    r"|théories?\s+(?:du|d['’]un)\s+complot"
    # accounts that clash, or two parties that count differently: said of both, by no one
    r"|(?:deux|des|plusieurs|les)\s+(?:versions|thèses|récits|témoignages|lectures|interprétations)\s"
    r"|ne\s+(?:compt|calcul|mesur|chiffr|décompt)\w*\s+pas\s+de\s+la\s+même"
)
# "une conclusion jugée hâtive par des experts": the judgement inside the dismissal's words
_JUDGED_WITHIN = re.compile(
    r"(?i)\b(?:jugée?s?|qualifiée?s?|estimée?s?|considérée?s?|accueillie?s?)\s"
)


_BELONGS_TO = re.compile(
    r"(?i)\s*[«“\"]?\s*(?:au\s+(?:pire|mieux)\s+|plutôt\s+|davantage\s+|simplement\s+|"
    r"tout\s+au\s+plus\s+|clairement\s+|bien\s+|surtout\s+)?(?:de|du|des|d['’])(?:\s|\b)"
)
"""What follows "relever" when it means "to fall under" ("relève du tribunal"), not "to note"."""
_RELEVER = re.compile(r"(?i)rel[eè]v\w*$")


_QUOTE_THEN_INCISE = re.compile(
    r"»\s*,\s*(?:(?:a|ont)\s+)?[a-zéèêëàâîïôûç]+(?:-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles))?"
    r"(?=\s+(?:[A-ZÀ-Þ]|(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs)\b))"
)
"""The verb of an incise right after a closing guillemet, any verb ("», accuse Karim …")."""


_CHECKED_BY = re.compile(r"(?i),\s+(?:a|ont)\s+(?:pu\s+)?(?:vérifié|constaté)\s+")
"""The incise of the outlet's check: "X n'a jamais été condamné, a vérifié notre rédaction"."""


_JUDGED_WRONG = re.compile(
    r"(?i)se\s+tromp|s['’](?:est|sont|était|étaient)\s+(?:\w+\s+)?tromp|"
    r"(?:ont|a|avaient|avait)\s+(?:\w+\s+)?tort"
)


_FAILS = re.compile(r"(?i)(?:ne|n['’])\s*(?:résist|tien)\w*\s+pas")


_CLAIM_THAT_FAILS = re.compile(
    r"(?i)(?:critique|argument|accusation|affirmation|explication|thèse|version|raisonnement|"
    r"hypothèse|allégation|justification|reproche|image|vidéo|enregistrement|photo|séquence)s?\s"
)


_ACCUSED_OF = re.compile(r"(?i)\baccus(?:e|ent|ait|aient|é)\s+(?:[^\s,;.]+\s+){1,4}$")


_SECOND_DENIAL = re.compile(r"(?i)(?:mais|et)\s")
_AUXILIARY = re.compile(r"(?i)\b(?:a|ont|avait|avaient)\s+(?!été\b)")


def _saying_before(text: str, end: int, *, compound: bool = True) -> Iterator[MatchLike]:
    """The verbs of saying in `text[:end]`, finite (and compound) forms."""
    for verb in (_STRONG, _CONTENT):
        for pattern in (verb.compound, verb.finite) if compound else (verb.finite,):
            yield from pattern.finditer(text[:end])


def _dismisser(text: str, found: re.Match[str]) -> tuple[int, int] | None:
    """Who dismisses: the clause's subject, except where the words say otherwise."""
    if _BETWEEN_PARTIES.match(found.group()):
        return None  # "X : bataille de chiffres entre Y et Z": between parties, said by no one
    divided = _DIVIDED.search(found.group())
    if divided:  # "les économistes divisés sur…": those who are divided
        start = found.start()
        determiner = re.search(r"(?i)\b(?:les|des|certains|plusieurs)\s+$", text[:start])
        return _trimmed(text, determiner.start() if determiner else start, start + divided.start())
    if _DEFEND_INCISE.match(found.group()):
        return sources.after(text, found.end())  # "« … », se défend l'ancien ministre"
    if _SECOND_DENIAL.match(found.group()):
        # "l'ex-trésorier a reconnu des « écritures … » mais récusé …": the subject of the
        # auxiliary both participles share
        aux = list(_AUXILIARY.finditer(text, 0, found.start()))
        if aux:
            return sources.before(text, aux[-1].start())
    if _IN_NO_CASE.search(found.group()):
        # "X a fait savoir que le projet n'était « en aucun cas abandonné »": X denies
        ques = list(re.finditer(r"(?i)\bqu(?:e\b|['’])", text[: found.start()]))
        if ques:
            return sources.before(text, ques[-1].start())
    if _SAID_OF_THE_CLAIM.match(found.group()):
        return None  # the outlet's words, or whoever's view the sentence gives
    checked = _CHECKED_BY.search(found.group())
    if checked:  # "…, a vérifié notre rédaction": who checked
        return sources.after(text, found.start() + checked.end())
    if _JUDGED_WRONG.match(found.group()):
        return None  # "Ils se trompent", "ils ont tort": the subject is who is judged wrong
    accuser = _ACCUSED_OF.search(text, 0, found.start())
    if accuser and re.match(r"(?i)d(?:e\b|['’])", found.group()):
        # "Les syndicats accusent la direction de mentir": who accuses, not who is accused
        return sources.subject_before(text, accuser.start())
    accusation = _ACCUSED_OF_FAR.search(text, 0, found.start())
    if accusation:
        # "accusent un camping d'avoir vanté une piscine qui n'existait pas": the accusers
        return sources.subject_before(text, accusation.start())
    if found.group().lower().startswith("laiss"):
        # "Une explication qui laisse sceptiques plusieurs anciens coureurs": who is left
        # doubting follows
        return sources.after(text, found.end())
    if _CLAIM_THAT_FAILS.match(found.group()):
        return None  # "ces critiques ne tiennent pas": the subject is the claim, not its critic
    if _FAILS.match(found.group()):
        before = sources.subject_before(text, found.start())
        if before is not None and sources.is_pronoun(text[before[0] : before[1]]):
            # "C'est un argument souvent avancé, mais il ne résiste pas à l'examen": "il" is
            # the argument; who dismisses it is the outlet, or the speaker around it
            return None
    if re.fullmatch(r"[\w-]+", found.group()) and _COPULA_BEFORE.search(text, 0, found.start()):
        return None  # "Les objectifs étaient irréalistes": the subject is what is judged
    subject = sources.subject_before(text, found.start())
    if subject is not None and _CLAIM_SUBJECT.fullmatch(text, *subject):
        return None  # "Ces affirmations sont sans fondement": the claim, judged by the outlet
    if subject is not None and _DETERMINER_ONLY.fullmatch(text, *subject):
        return None  # "Une fausse carte … circule": the fake's own determiner, named by no one
    if subject is not None:
        # "La production dit étudier des poursuites pour dénonciation calomnieuse": a verb of
        # saying inside what was taken for the subject; its own subject is the party
        said = next(
            (
                m
                for m in _saying_before(text, subject[1], compound=False)
                if m.start() > subject[0]
                # a noun, not a verb: "Le juge des référés a relevé que…"
                and not _DETERMINER_BEFORE.search(text[: m.start()])
            ),
            None,
        )
        if said is not None:
            return _verb_source(text, said)
    return subject


_UNCHECKED_CLAIM = re.compile(
    r"(?i)(?:aucune?\s+de\s+)?(?:ces|cette|ce|cet|les|la|le|l['’]|de\s+telles|ses|leurs?)\s*"
    r"(?:\w+\s+)?"
    r"(?:performances?|chiffres?|résultats?|données|informations?|affirmations?|allégations?|"
    r"rumeurs?|images?|vidéos?|photos?|propos|déclarations?|estimations?|bilans?|"
    r"témoignages?|révélations?|accusations?|"
    # a rumoured deal: "L'opération, qui n'a pas été confirmée, ferait de…"
    r"opérations?|rachats?|transactions?|fusions?|nominations?)"
)
"""A claim as the subject of "n'a pas été vérifié": the outlet leaves it unconfirmed."""


_DETERMINER_ONLY = re.compile(r"(?i)une?|des|les?|la|l['’]|ces?|cette|cet")


_CLAIM_SUBJECT = re.compile(
    r"(?i)(?:ces|cette|ce|cet|les|la|le|l['’]|de\s+telles|ses|leurs?)\s*(?:\w+\s+)?"
    r"(?:affirmations?|allégations?|rumeurs?|théories?|thèses?|accusations?|informations?|"
    r"propos|version|hypothèses?|assertions?|insinuations?|déclarations?|arguments?|"
    r"explications?)"  # not evidence, which can dispute: "Les images ne montrent à aucun moment…"
)


_COPULA_BEFORE = re.compile(
    r"(?i)\b(?:est|sont|était|étaient|serait|seraient|semble|semblent|paraît|paraissent|"
    r"reste|restent)\s+(?:\w+ment\s+|très\s+|trop\s+|bien\s+)?$"
)


_ACCUSED_OF_FAR = re.compile(
    r"(?i)\baccus(?:e|ent|ait|aient)\s+[^.;«»]{1,60}?\bd(?:e\s|['’])avoir\b"
)


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
    incise = re.search(r"[»”\"],?\s*(?:(?:a|ont|avait)(?:-t-\w+)?\s+)?(\w+)(?:-t-\w+)?\s+", text)
    if incise and not sources.is_saying(incise.group(1)):
        incise = None  # "n'avoir reçu « aucun signalement » concernant…": no incise
    if incise and match.start() < incise.start():
        found = sources.after(text, incise.end())
        if found is not None:
            return found
    inverted = _INVERTED_INCISE.search(text, match.end())
    if inverted:
        return inverted.span("who")  # "« Je n'ai jamais siégé… », fait-il valoir": he
    within = re.search(r"-(?:t-)?(?P<who>il|elle|ils|elles)\b", match.group())
    if within:
        # "Les coordonnées ne seraient pas concernées, a-t-elle précisé": the incise is
        # part of the denial's words
        return match.start() + within.start("who"), match.start() + within.end("who")
    said = _SAID_THAT.search(text, 0, match.start())
    if said and sources.is_saying(said.group("verb")):
        # "La préfecture assure que les mesures « ne montrent pas de dépassement »": who says
        return sources.before(text, said.start("verb"))
    return sources.before(text, match.start())


_INVERTED_INCISE = re.compile(
    r"[»”\"],?\s*(?:\w+\s+)?\w+(?:-t)?-(?P<who>il|elle|ils|elles)\b(?:\s+\w+)?\s*[.,;]?\s*$"
)
"""An incise whose speaker is the inverted pronoun: "», fait-il valoir.", "», a-t-elle dit"."""
_SAID_THAT = re.compile(r"(?i)\b(?P<verb>\w+)\s+qu(?:e\s|['’])[^«»“”\"]{0,80}?(?:[«“\"]\s*)?$")
"""A verb of saying whose que-clause opens the quotation the denial is in."""


_NOUN_THEN_QUE = re.compile(r"(?i)(?<!\bce\s)(?<![,;:])\s+que\s+$")


# the agent after the cue, also after its closing quotation mark: "jugée « irréaliste » par"
_PASSIVE_AGENT = re.compile(r"\s*[»”\"]?\s+(?:\w+ment\s+)?par\s+(?=\S)")
_JUDGED_BEFORE = re.compile(
    r"(?i)\b(?:jugée?s?|qualifiée?s?|estimée?s?|considérée?s?)\s+(?:de\s+|d['’]|comme\s+)?"
    r"(?:[«“\"]\s*)?$"
    # "Une affirmation accueillie avec scepticisme par les investisseurs"
    r"|\baccueillie?s?\s+(?:\w+\s+)?avec\s+(?:un\s+certain\s+|beaucoup\s+de\s+)?$"
)


def _passive_agent(text: str, hit: Hit) -> Hit:
    """ "Ces accusations ont été balayées par le porte-parole": the agent of a passive
    dispute is who disputes, whatever the subject before it (a dismissal's is not: "jamais
    été prononcée par X" names who was quoted)."""
    if not hit.cue or hit.rule not in ("denial_verb", "dismissal"):
        return hit
    if (
        hit.rule == "dismissal"
        and not _JUDGED_BEFORE.search(text, 0, hit.cue[0][0])
        and not _JUDGED_WITHIN.search(text, *hit.cue[0])
    ):
        return hit  # only a judgement's agent: "jugée irrecevable par les familles"
    agent = _PASSIVE_AGENT.match(text, hit.cue[-1][1])
    found = sources.after(text, agent.end()) if agent else None
    said = text[hit.cue[0][0] : hit.cue[0][1]]
    if (
        found is None
        and agent is None
        and _JUDGED_WITHIN.search(said)
        and not re.match(r"(?i)(?:jug|estim|consid|qualifi|accueill)", said)
    ):
        # "un chiffre jugé sous-estimé": judged by no one named, whatever comes before
        return replace(hit, source=None)
    return replace(hit, source=found) if found is not None else hit


def _dispute_source(text: str, match: MatchLike) -> tuple[int, int] | None:
    # "…, ce que les deux pays nient": the disputing party sits between "ce que" and the verb
    relative = re.search(r"(?i)\bce\s+qu(?:e\s+|['’])([^,;]{1,80}?)\s*$", text[: match.start()])
    if relative:
        return _trimmed(text, relative.start(1), match.start())
    if _inside_quotes(text, match.start()):
        # "« Mon client … conteste avoir été informé », a-t-il déclaré": who speaks disputes
        speaker = _denier(text, match)
        if speaker is not None:
            return speaker
    if _NOUN_THEN_QUE.search(text, 0, match.start()):
        # "Une explication que conteste l'association Respire": the subject follows its verb
        found = sources.after(text, match.end())
        if found is not None:
            return found
    found = _verb_source(text, match)
    coordinated = re.search(r"(?i)\b(?:mais|et)\s+$", text[: match.start()])
    if (
        coordinated
        and found is not None
        and re.search(r"(?i)\b(?:mais|et)$", text[found[0] : found[1]])
    ):
        found = None  # "Le club « regrette » ces faits mais conteste": not "ces faits mais"
    if found is None and coordinated:
        # "Le fabricant reconnaît « un défaut » mais conteste le nombre": the subject of the
        # first verb, which a quotation in between hides from `sources.before`
        first = min(_saying_before(text, match.start()), key=lambda m: m.start(), default=None)
        if first is not None:
            return _verb_source(text, first)
        # the subject before a quoted verb: "Le club niçois « regrette » ces faits mais…"
        quoted_verb = re.match(
            r"\s*((?:L['’]|Le\s|La\s|Les\s|Un\s|Une\s)[^«»,;:]{1,60}?)\s+«", text
        )
        if quoted_verb:
            return quoted_verb.span(1)
    return found


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


def _inside_quotes(text: str, position: int) -> bool:
    return any(0 <= a < position and (b < 0 or position < b) for a, b in _quotes(text))


def _is_speech(text: str, start: int, end: int) -> bool:
    """A quotation that carries someone's words, not a title or scare quotes."""
    inner = text[start + 1 : end if end >= 0 else len(text)] if start >= 0 else text[:end]
    words = inner.split()
    if start < 0 or end < 0:
        return True  # part of a quotation that runs over several sentences
    covers = len(inner) >= 0.6 * len(text.strip(" .")) - 2
    leading = not text[:start].strip(" –—-") or text[:start].rstrip().endswith(",")
    if _WORK_BEFORE.search(text[:start]) or (end >= 0 and _WORK_AFTER.match(text, end + 1)):
        return False  # le livre « Ce que je sais de la guerre », « X », le deuxième film de
    if _WHOSE_AFTER.match(text, end + 1):
        return True  # « inéluctable » pour la direction, « incompréhensible » selon eux
    if _SPEAKER_COLON.match(text[:start]):
        return True  # Emmanuel Macron : « Nous sommes en guerre »
    if _STANCE_BEFORE.search(text[:start]):
        return True  # a appelé les syndicats à « la responsabilité »
    if _NAME_BEFORE_QUOTE.search(text[:start]) and inner.lstrip()[:1].islower():
        return True  # …, Guigou « déçu mais fier » (not a place's name, « Flins »)
    if _GRADED.match(inner):
        return True  # someone's judgement, graded: un trafic « très perturbé », « trop tard »
    # words someone says: in the first person, or a sentence of their own
    spoken = bool(_FIRST_PERSON.search(inner) or re.search(r"[.!?…]\s*$", inner))
    if _TERM_BEFORE.search(text[:start]) and not spoken:
        return False  # a term or a title in quotes: des "notifications de violation…"
    if not spoken and 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words):
        return False  # a name or a title: « Emilia Pérez » a reçu une ovation
    return len(words) >= 5 or spoken or covers or (leading and len(words) >= 2)


# A word of a name or a title: capitalised, or a short link word ("Le Comte de Monte-Cristo")
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]*|de|du|des|la|le|les|et|à|l['’][A-ZÀ-Þ][\w-]*|"
    r"d['’][A-ZÀ-Þ][\w-]*)$"
)
_GRADED = re.compile(
    r"(?i)\s*(?:très|trop|plutôt|assez|extrêmement|particulièrement|totalement|complètement|"
    r"profondément|quasi|quasiment|fortement|largement|nettement|vraiment|si)\s+\w"
)
_READ_IN = re.compile(
    r"\s*,?\s*(?:lit-on|peut-on\s+lire|pouvait-on\s+lire|pouvons-nous\s+lire)\s+(?:dans|sur)\s+",
    re.IGNORECASE,
)


def _quotation_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who a quotation is from when the sentence says it without a reporting verb: a
    headline's "Emmanuel Macron : « … »", a document's "« … », lit-on dans le rapport"."""
    speaker = _SPEAKER_COLON.match(text[:start]) if start >= 0 else None
    if speaker:
        return speaker.span("who")
    stance = _STANCE_BEFORE.search(text[:start]) if start >= 0 else None
    if stance:
        return sources.before(text, stance.start())  # Le ministre a appelé à « … »
    named = _NAME_BEFORE_QUOTE.search(text[:start]) if start >= 0 else None
    if named:
        return _trimmed(text, named.start() + 1, named.end())  # …, Guigou « déçu mais fier »
    read = _READ_IN.match(text, end + 1) if end >= 0 else None
    return sources.after(text, read.end()) if read else None


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
            hits.append(Hit(ATTRIBUTED, "quotation", cue, _quotation_source(text, start, end)))
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


_LIST_ITEM = re.compile(r"^[-–—•●▪*·]\s")
_INDIRECT_QUESTION = re.compile(
    r"(?i)\b(?:comment|quand|pourquoi|combien|lequel|laquelle|lesquels|lesquelles)\s+"
    r"(?:\S+\s+){0,3}$"
)
# "D'autres leviers existent.": a verb in the plural ends the sentence (not "-ment", an adverb
# or a noun, as in "Nos condoléances.", "Bon courage.")
_PLURAL_VERB_LAST = re.compile(r"(?i)^\S+\s+\S+\s+\w{2,}(?<!m)(?:ent|ont)\s*[.!]\s*$")


def _listed_proposition(stripped: str, words: Sequence[str]) -> bool:
    """ "- La vaccination reste ouverte jusqu'au 31 janvier": a list item is a sentence
    without its full stop; with a verb among four words or more it states something (R9:
    bullets are labelled by their content), where a heading would not."""
    return (
        bool(_LIST_ITEM.match(stripped)) and len(words) >= 4 and bool(_FINITE_HINT.search(stripped))
    )


_SUBHEAD_CLAIM = re.compile(
    r"(?i)^(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\b[^:]*?\s"
    r"(?:(?:est|sont|était|étaient|a|ont|sera|seront|va|vont)\s+\w|(?:se|s['’])\s*\w+(?:e|ent)\b)"
)


_WHAT = r"Ce\s+qu(?:e\b|['’])|Ce\s+qui\b"
_WHAT_HEADING = re.compile(_WHAT)
"""A title or subheading that names its topic as "Ce que …" / "Ce qui …"."""
_ASKING_HEADING = re.compile(rf"(?:{_WHAT}|Pourquoi\b|Comment\b|Combien\b|Quand\b|Où\b)")
"""A subheading put as an indirect question: it asks, it does not state (R1)."""


_GENRE_LABEL = re.compile(
    r"(?i)^(?:rectificatif|erratum|correction|droit\s+de\s+réponse|mise\s+au\s+point)\s*:"
)
"""A notice's genre before its topic: "Rectificatif : le budget de la piscine de Vierzon"."""
_FUTURE_OR_PAST = re.compile(r"(?i)\b\w{3,}(?:era|eront|ait|aient|èrent)\b")


_SHORT_CLAUSE = re.compile(
    r"(?i)(?:l['’]|le\s|la\s|les\s|ce\s|cette\s|ces\s|son\s|sa\s|ses\s|leur\s|leurs\s)\s*"
    r"\w+\s+\w+(?:e|es|ent|it|ait|aient|end|ont)\s+\w+\s*[.!]?\s*$"
)
"""A subject, a verb and one more word: "L'audience reprend lundi." is a clause, not an
interjection ("Nos condoléances.", "Affaire à suivre !")."""


def _not_a_claim(text: str, *, boilerplate: bool, headline: bool) -> Hit | None:
    stripped = text.strip()
    if boilerplate or is_boilerplate(stripped):
        return Hit(NOT_A_CLAIM, "boilerplate", [])  # the import's detector: they agree
    if _QUESTION.search(stripped):
        return Hit(NOT_A_CLAIM, "question", [])
    words = re.findall(r"\w[\w'’-]*", stripped)
    if headline:
        if _TOPIC_LABEL.search(stripped):
            return Hit(NOT_A_CLAIM, "heading", [])  # "Incendie à Lyon : ce que l'on sait"
        genre = _GENRE_LABEL.match(stripped)
        if (
            genre
            and not _FINITE_HINT.search(stripped, genre.end())
            and not _FUTURE_OR_PAST.search(stripped, genre.end())
        ):
            return Hit(NOT_A_CLAIM, "heading", [])  # "Rectificatif : le budget de la piscine"
        topic, colon, rest = stripped.partition(":")
        asked = rest.strip()[:1].upper() + rest.strip()[1:]
        if (
            colon
            and _WHAT_HEADING.match(asked)
            and len(topic.split()) <= 6
            and not _FINITE_HINT.search(topic)
        ):
            # "Loi sur la fin de vie : ce que contient le texte", a topic (not "Une vidéo
            # attribue des décès au vaccin : ce que disent les données", which states something
            # first; nor "Analyse : pourquoi la baisse… ne se voit pas", which presupposes it)
            return Hit(NOT_A_CLAIM, "heading", [])
        if (
            _WHAT_HEADING.match(stripped)
            and not _TERMINAL.search(stripped)
            and len(words) <= 12
            and not re.search(r"[,:;]", stripped)
        ):
            # "Ce que disent les journaux du vote sur l'aide à mourir": a title that names a
            # topic as an indirect question, as the subheading "Ce que dit la science" does
            return Hit(NOT_A_CLAIM, "heading", [])
        if re.fullmatch(r"[^\W\d_][\w'’-]*", stripped):
            return Hit(NOT_A_CLAIM, "heading", [])  # a rubric taken for the title: "Santé"
        return None
    if _CAPTION.match(stripped) and not _FINITE_HINT.search(stripped.split(":", 1)[1]):
        return Hit(NOT_A_CLAIM, "caption", [])
    if (
        _DATED_CAPTION.search(stripped)
        and not _FINITE_HINT.search(stripped)
        and not _SELON.match(stripped)  # "Selon les statistiques…, X représentaient … au 1er"
    ):
        return Hit(NOT_A_CLAIM, "caption", [])  # "X, à Lyon (Rhône), le 19 octobre 2023."
    if _CREDIT.search(stripped) or (
        _WEEKDAY_CAPTION.search(stripped) and not _FINITE_HINT.search(stripped)
    ):
        return Hit(NOT_A_CLAIM, "caption", [])
    if (
        _ASKING_HEADING.match(stripped)
        and not _TERMINAL.search(stripped)
        and len(words) <= 10
        and "," not in stripped
    ):
        return Hit(NOT_A_CLAIM, "heading", [])  # "Ce que dit la science", "Pourquoi ça coince"
    linked = bool(re.search(r"\s[:|–—]\s", stripped))  # "Sujet : – Titre", related links
    if (
        not _TERMINAL.search(stripped)
        and (len(words) <= 8 or (linked and len(words) <= 14 and not _FINITE_HINT.search(stripped)))
        and not _listed_proposition(stripped, words)
        # "Cette pratique est prohibée par Facebook": a subheading that states something
        # (guidelines R1: a heading has no subject and finite verb)
        and not (len(words) >= 4 and _SUBHEAD_CLAIM.search(stripped))
        and not _disputes(stripped)
        and not any(h.rule != "quotation" for h in _verbs(stripped))
        # a quoted object of a stance: "Lactalis envisage des "actions judiciaires" contre…"
        and not any(a > 0 and _STANCE_BEFORE.search(stripped[:a]) for a, _b in _quotes(stripped))
    ):
        return Hit(NOT_A_CLAIM, "heading", [])
    if stripped.endswith(":") and not (
        len(words) > 12 or (len(words) > 8 and (_FINITE_HINT.search(stripped) or _verbs(stripped)))
    ):
        return Hit(NOT_A_CLAIM, "heading", [])  # not a sentence that opens a quotation
    quoted = any(mark in stripped for mark in '«»“”"')
    if (
        len(words) <= 3
        and not quoted
        and not _FINITE_HINT.search(stripped)
        and not _PLURAL_VERB_LAST.search(stripped)
        and not _disputes(stripped)  # "Les astronomes divisés"
        and not _SHORT_CLAUSE.match(stripped)
    ):
        return Hit(NOT_A_CLAIM, "interjection", [])
    return None


# ------------------------------------------------------------------- combine


@dataclass
class _ArticleState:
    """What one sentence carries to the next."""

    in_quotation: bool = False
    quotation_sentences: int = 0
    recent_sources: list[str] = field(default_factory=list)
    """The last few speakers named, the latest last: what "il" or "elle" can mean."""
    pending: list[int] = field(default_factory=list)
    """Sentences inside an open quotation, waiting for its speaker."""

    def remember(self, source: str) -> None:
        self.recent_sources = [*self.recent_sources[-(RECENT_SOURCES - 1) :], source]

    def resolve(self, pronoun: str, said: str = "") -> str | None:
        """The latest speaker the pronoun can mean by gender and number ("il" is not "La
        romancière") and not named in what is `said` (« un effet loupe sur M. Dogan »,
        a-t-il regretté: not Dogan); None when none can (it means someone who has not
        spoken)."""
        return next(
            (
                c
                for c in reversed(self.recent_sources)
                if _agrees(pronoun, c) and not _named_in(c, said)
            ),
            None,
        )


def _named_in(candidate: str, said: str) -> bool:
    """Whether a name of the candidate ("Husamettin Dogan", "La juge Anne Martin") is a word of
    `said`."""
    names = re.findall(r"(?<![\w'’])[A-ZÀ-Þ][\w-]{2,}", candidate)
    names = [n for n in names if n not in ("Les", "Des", "Une", "Cette", "Ces")]
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", said) for n in names)


# A place or a circle fronted before "on": "Place Beauvau, on assure", "À Paris, on dément",
# "Dans l'entourage du joueur, on qualifie"
_FRONTED_ON = re.compile(
    r"\s*(?:(?:À|A|Dans|Chez|Du\s+côté\s+d[eu]|Au\s+sein\s+d[eu]|Au|Aux)\s+)?"
    r"(?P<who>(?:(?:le|la|les|l['’])\s*)?[^\s,;:«»]+(?:\s+[^\s,;:«»]+){0,5}?)\s*,\s*on\b"
)
RECENT_SOURCES = 4
_FEMININE = re.compile(
    r"(?i)(?:la|une|cette|sa|l['’]ancienne|l['’]avocate|l['’]autrice|(?-i:Mme))\b"
)
_MASCULINE = re.compile(
    r"(?i)(?:le|un|ce|cet|son|du|au|l['’]ancien|l['’]avocat|l['’]auteur|(?-i:M\.))(?:\b|(?<=\.))"
)
_PLURAL = re.compile(
    r"(?i)(?:les|des|ces|ses|leurs|plusieurs|certains|certaines|deux|trois|quelques)\b"
    # two parties ("la région et le transporteur", "Paris et Alger"), not a name with "et" in
    # it ("L'association Eaux et Rivières de Bretagne")
    r"|.+\bet\s+(?:les?\b|la\b|l['’]|des\b|ses\b|son\b|sa\b|leurs?\b|un\b|une\b|"
    r"(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*){0,2}\s*$)"
)


_PERSON_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de\s+|d['’])?[A-ZÀ-Þ][\w'’-]+){1,2}")


def _agrees(pronoun: str, candidate: str) -> bool:
    """False where the candidate's determiner says another gender or number."""
    word = pronoun.strip().lower()
    if word in ("on", "l'on", "l’on"):
        return False  # "a-t-on appris de sources médicales": the newsroom, nobody named before
    plural = bool(_PLURAL.match(candidate))
    if word in ("il", "lui"):
        return not plural and not _FEMININE.match(candidate)
    if word == "elle":
        return not plural and not _MASCULINE.match(candidate)
    if word in ("ils", "eux", "elles"):
        if _PERSON_NAME.fullmatch(candidate):
            return False  # "Jean-Pierre Rouch" is one
        singular = _FEMININE.match(candidate) or _MASCULINE.match(candidate)
        # "L'entreprise" is one: "selon eux" does not mean it
        return plural or not (singular or re.match(r"(?i)l['’]", candidate))
    return True


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


_MARKS_ONLY = {"quotation", "dialogue_dash", "inside_quotation"}
"""Rules whose cue is punctuation: not joined to a "selon" cue ("Selon X, « … »" → "Selon")."""


def _cue_parts(text: str, hits: list[Hit], chosen: Hit) -> list[tuple[int, int]]:
    """The chosen cue, joined by the source adverbial of the same label ("Selon … a
    souligné", "a déclaré … selon")."""
    parts = list(chosen.cue)
    for hit in hits:
        if hit is chosen or hit.label != chosen.label:
            continue
        pair = {hit.rule, chosen.rule}
        if "source_adverbial" in pair and hit.rule != chosen.rule and not pair & _MARKS_ONLY:
            parts += hit.cue
    return sorted(set(parts))


def _names_again(text: str, hit: Hit, chosen: Hit, span: tuple[int, int] | None) -> bool:
    """ "X met en cause…, réalisés selon lui « … »": a "selon" pronoun after a dismissal
    whose subject is named is that subject again, not another party."""
    return (
        span is not None
        and hit.rule == "source_adverbial"
        and hit.source is not None
        and bool(hit.cue)
        and hit.cue[0][0] > chosen.cue[0][0]
        and sources.is_pronoun(text[hit.source[0] : hit.source[1]])
    )


def _later_clause(text: str, hit: Hit, span: tuple[int, int] | None) -> bool:
    if span is None or hit.rule != "reporting_verb" or not hit.cue or span[0] < hit.cue[-1][1]:
        return False
    between = text[hit.cue[-1][1] : span[0]]
    # the report's object, then a comma ("confirme un ralentissement, les…"), not an aside
    # before the object ("dénoncent, mercredi, une…")
    return bool(re.match(r"\s*[^,\s][^,]*,", between)) and not re.search(
        r"(?i)\bqu(?:e\b|['’])", between
    )


_OWN_RECORDS = re.compile(
    r"(?i)(?:ses|son|sa|leurs?)\s+(?:propres\s+)?(?:relevés|chiffres|données|calculs|"
    r"estimations?|statistiques|comptes|décomptes?|registres|archives|mesures|analyses|"
    r"informations|documents|sources|bilans?|fichiers)\b"
)
"""A source that is the subject's own (its records, its figures): not another party."""


def _source(text: str, hits: list[Hit], chosen: Hit) -> tuple[str | None, tuple[int, int] | None]:
    def named(hit: Hit) -> tuple[int, int] | None:
        return hit.source

    span = named(chosen)
    if chosen.rule in ("dismissal", "left_unconfirmed", "denial_by_negation"):
        # "Ces chiffres sont faux, rétorque le syndicat": who dismisses is who speaks
        # "Pour le syndicat, ces chiffres sont faux": who dismisses is whose view it is
        whose = ("incise", "source_adverbial", "in_view_of", "reporting_verb")
        incise = next(
            (
                h.source
                for h in hits
                if h.rule in whose
                and h.source
                and not _names_again(text, h, chosen, span)
                # "« Tout indique plutôt… », avance l'un d'eux": "Tout" is no party
                and not _NO_PARTY.fullmatch(text[h.source[0] : h.source[1]])
                # "X relativise : …, d'après ses propres relevés": X's own records, X speaks
                and not _OWN_RECORDS.match(text, h.source[0])
                # "l'Insee confirme un ralentissement, les associations sceptiques": the
                # dispute's own party, in a clause of its own after the report
                and not _later_clause(text, h, span)
                # "Benoît Bastien, défend son choix": the dismissal's own verb read as an
                # incise, its object taken for a speaker
                and not (
                    h.rule == "incise"
                    and h.cue
                    and chosen.cue
                    and chosen.cue[0][0] <= h.cue[0][0] < chosen.cue[0][1]
                )
            ),
            None,
        )
        if incise is None and chosen.cue:
            # "« …, elle oublie volontairement tout le reste », accuse Karim Belaïd, délégué":
            # a dismissal inside the quotation is the quoted speaker's, whatever the verb
            closing = _QUOTE_THEN_INCISE.search(text, chosen.cue[0][1])
            if closing and text.count("«", 0, chosen.cue[0][0]) > text.count(
                "»", 0, chosen.cue[0][0]
            ):
                incise = sources.after(text, closing.end())
        span = incise or span
        if span is None:
            # "La maire, Kristell Niasme, parle d'une « manœuvre de mauvais perdant »": the
            # speaker of the sentence, when the dismissal names no one
            span = next(
                (
                    h.source
                    for h in hits
                    if h.rule == "reporting_with_content"
                    and h.source
                    # a name ("Kristell Niasme"), not "on" nor "Certaines versions"
                    and re.fullmatch(
                        r"(?:[A-ZÀ-Þ][\w'’-]+\s*){1,4}", text[h.source[0] : h.source[1]]
                    )
                ),
                None,
            )
    if span is None:
        for hit in hits:
            if hit.label == chosen.label and hit.source is not None:
                span = hit.source
                break
    if span is None:
        return chosen.source_text, None
    speaker = text[span[0] : span[1]]
    if chosen.rule == "source_adverbial" and sources.is_pronoun(speaker) and chosen.cue:
        # "Plusieurs économistes tempèrent cet optimisme : selon eux, …": the party named
        # before in the same sentence
        opener = next(
            (
                h.source
                for h in hits
                if h is not chosen
                and h.label == ATTRIBUTED
                and h.source is not None
                and h.source[1] <= chosen.cue[0][0]
                and not sources.is_pronoun(text[h.source[0] : h.source[1]])
            ),
            None,
        )
        if opener is not None:
            return f"{speaker} ({text[opener[0] : opener[1]]})", span
    if chosen.label == ATTRIBUTED:
        relay = next(
            (
                h.source
                for h in hits
                # "selon l'agence TASS", a headline's "– KCNA": the relay of what X said
                if h.rule in ("source_adverbial", "headline_dash")
                and h.source is not None
                and h.source != span
                # "datées selon elle de…": the speaker again, not a relay
                and not _PRONOUN_FIRST.match(text, h.source[0])
            ),
            None,
        )
        if relay is not None and chosen.rule not in ("source_adverbial", "headline_dash"):
            return f"{speaker} (via {text[relay[0] : relay[1]]})", span
        citing = _CITING.match(text, span[1])
        if citing:
            # "L'agence Tass, citant une source militaire, affirme": the source it cites, via it
            return f"{citing.group('cited')} (via {speaker})", span
    return speaker, span


_CITING = re.compile(r"\s*,\s*(?:citant|selon|d['’]après)\s+(?P<cited>[^,;«»]{3,60}?)\s*,")


def _label_sentence(
    text: str, *, boilerplate: bool, headline: bool, in_quotation: bool, continues_report: bool
) -> tuple[Hit, list[Hit]]:
    furniture = _not_a_claim(text, boilerplate=boilerplate, headline=headline)
    if furniture is not None:
        return furniture, []
    hits = _disputes(text) + _verbs(text) + _adverbials(text) + _conditional(text)
    if headline and not hits:
        found = _HEADLINE_CONDITIONAL.search(text)
        if found and not _HYPOTHETICAL.search(text):
            hits.append(Hit(ATTRIBUTED, "journalistic_conditional", [found.span()], None, UNNAMED))
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
    paragraphs: Sequence[int] | None = None,
) -> list[Suggestion]:
    """Suggestions for an article's sentences, in order.

    `title` marks the headline (its first sentence when not given): a verbless headline still
    makes a claim (R2). A quotation opened and not closed carries into the next sentences.
    `paragraphs` (each sentence's paragraph number) lets an interview's answers be told from
    its questions by paragraph (`interview.find`); without them, sentence by sentence.
    """
    state = _ArticleState()
    out: list[Suggestion] = []
    headline_text = _headline(texts, boilerplate, title)
    previous: Suggestion | None = None
    marked = [
        bool(boilerplate[j]) if boilerplate is not None and j < len(boilerplate) else False
        for j in range(len(texts))
    ]
    for i, text in enumerate(texts):
        is_headline = bool(headline_text) and (
            text.strip() == headline_text
            or (i <= 1 and headline_text.startswith(text.strip()))
            # "EN DIRECT - Tempête Ciaran : …": the headline split from the rubric before it
            or (
                i <= 2
                and len(text.split()) >= 3
                and headline_text.endswith(text.strip())
                and all(marked[j] or is_boilerplate(texts[j].strip()) for j in range(i))
            )
            # a title of two sentences: "Une molécule contre Alzheimer ? Des résultats
            # prometteurs mais encore fragiles"
            or (
                0 < i <= 2
                and len(text.split()) >= 3
                and headline_text.endswith(text.strip())
                and all(texts[j].strip() in headline_text for j in range(i))
            )
        )
        flagged = marked[i]
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
        if source and span and re.match(r"(?i)on\s+\w", source):
            # "on qualifie ces" taken for a subject: the pronoun is the party
            source, span = "on", (span[0], span[0] + 2)
        meant = None
        if source and sources.is_pronoun(source):
            said = " ".join([*(texts[j] for j in state.pending), text])
            meant = state.resolve(source, said)
        fronted = _FRONTED_ON.match(text) if source and source.lower() == "on" else None
        if fronted:  # "Rue de Grenelle, on assure que…": who "on" is, said before it
            meant = fronted.group("who")
        if source is not None and meant is not None:
            source = f"{source} ({meant})"
        elif span is not None and chosen.label in (ATTRIBUTED, CONTESTED):
            if source and not sources.is_pronoun(source):
                state.remember(source.split(" (via ")[0])
        elif span is None and chosen.label == CONTESTED:
            # "X a indiqué avoir ciblé…, sans fournir de preuve": the outlet disputes, and the
            # speaker is still who "elle" means next
            speaker = next(
                (h.source for h in hits if h.label == ATTRIBUTED and h.source is not None), None
            )
            if speaker is not None and not sources.is_pronoun(text[speaker[0] : speaker[1]]):
                state.remember(text[speaker[0] : speaker[1]])
        elif chosen.label == ASSERTED and not is_headline and not flagged:
            person = sources.person_subject(text)
            if person is not None:
                state.remember(person)
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
    _interview_answers(out, texts, boilerplate, paragraphs, headline_text)
    return out


_ANSWERED_NO = re.compile(r"(?i)\s*non\s*[,!]")


def _interview_answers(
    out: list[Suggestion],
    texts: Sequence[str],
    boilerplate: Sequence[bool] | None,
    paragraphs: Sequence[int] | None,
    headline: str,
) -> None:
    """An interview's answers are the interviewee's words (R4c by layout): those the rules
    found nothing in, or took for an interjection ("Non."), are attributed to them, and a
    dispute without a party is theirs."""
    found = interview.find(texts, paragraphs, headline)
    if found.answers and found.speaker:
        # an interview's quoted headline is the interviewee's: "« Les cantines bio coûtent
        # moins cher qu'on ne le croit »"
        for i, text in enumerate(texts):
            if text.strip() == headline:
                if out[i].rule == "quotation" and out[i].source is None:
                    out[i] = out[i].model_copy(update={"source": found.speaker})
                break
    for i in sorted(found.answers):
        if boilerplate is not None and i < len(boilerplate) and boilerplate[i]:
            continue
        s = out[i]
        # "Non, et c'est ce que notre étude montre : …": an answer to the question before
        # it, not a fact-check's verdict
        answered_no = s.rule == "fact_check" and _ANSWERED_NO.match(texts[i]) is not None
        if (
            s.label == ASSERTED
            or (s.label == NOT_A_CLAIM and s.rule == "interjection")
            or answered_no
        ):
            out[i] = Suggestion(
                label=ATTRIBUTED,
                cue=[],
                source=found.speaker,
                source_span=None,
                confidence=CONFIDENCE["interview_answer"],
                rule="interview_answer",
            )
        elif s.label in (CONTESTED, ATTRIBUTED) and s.source is None and found.speaker:
            # "C'est une explication un peu rapide.": the interviewee disputes; "– Nous avons
            # dû créer une régie": a dash answer, the interviewee's words
            out[i] = s.model_copy(update={"source": found.speaker})


def _headline(texts: Sequence[str], boilerplate: Sequence[bool] | None, title: str | None) -> str:
    """The headline: the title, else the first sentence that is not page furniture."""
    if title == NO_TITLE:
        return ""
    if title and not is_boilerplate(title.strip()):
        return title.strip()
    for i, text in enumerate(texts):
        flagged = boilerplate is not None and i < len(boilerplate) and boilerplate[i]
        if not flagged and not is_boilerplate(text.strip()):
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
