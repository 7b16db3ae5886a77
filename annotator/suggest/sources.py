"""Who says it: the noun phrase next to a cue, found by position and punctuation.

No parser: French news puts the speaker in few places — right after "selon" or an incise verb
(", a déclaré le président russe lors de…"), or as the subject before the verb ("Le Kremlin nie
que…", "…, Josep Borrell, a prévenu…"). These functions return character offsets into the
sentence, or None when nothing there looks like a noun phrase.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.suggest.lexicon import DENY, REJECT, SAY_CONTENT, SAY_STRONG, alternation

MAX_WORDS = 12
"""A longer stretch is a clause, not a name."""

# Where a noun phrase after a cue stops: punctuation, prepositions that start an adjunct
# ("lors d'une visite", "à Kiev", "dans un communiqué"), a relative or a new clause.
_AFTER_STOP = re.compile(
    r"""(?x)
    \s*(?:[,;:!?()\[\]«»“”"…]|\.(?!\w)|\s[–—-]\s)   # not the dot of "gfs.bern"
    | (?<!\badjoint)(?<!\badjointe)(?<!\bdélégué)(?<!\bdéléguée)(?<!\bchargé)(?<!\bchargée)
      (?<!\bconseiller)(?<!\bconseillère)(?<!\bsecrétaire\s\bd['’]État)
      \s+(?:lors|à|au|aux|dans|devant|après|avant|pendant|depuis|sur|sous|selon|lundi|mardi|
          mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|cet|qui|que|qu['’]|dont|où|
          mais|et\s+(?:a|ont|il|elle)|en\s+(?:marge|visite|réponse|référence)|face|contre|
          vers|chez|lorsqu['’]|quand|tandis|alors|parce|car|pour|afin|avec|
          sans(?!\s+[Ff]rontières)|le\s+\d|
          la\s+semaine|le\s+mois|l['’]an|cité|citée|rapporte|rapportent|a|ont|est|sont|
          estime|affirme|assure|déclare|indique|précise)\b
    """
)

# Words skipped between an incise verb and its subject: "a annoncé mercredi le président".
_SKIP_AFTER = re.compile(
    r"""(?ix)[\s,]*(?:
        (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|
           également|aussi|encore|enfin|ensuite|alors|ainsi|toutefois|pourtant|cependant|
           notamment|d['’]ailleurs|lui-même|elle-même|ce\s+(?:matin|soir|samedi|dimanche|
           lundi|mardi|mercredi|jeudi|vendredi)|mardi\s+soir|\w+ment|
           dans\s+un\s+communiqué|devant\s+la\s+presse|à\s+l['’]AFP|au\s+\w+|
           pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|en\s+substance|à\s+chaud|
           à\s+(?:La|Le|Les|L['’])\s*[A-ZÀ-Þ][\w-]*(?:\s+(?:du|de|des)\s+[A-ZÀ-Þ][\w-]*)?|
           à\s+[A-ZÀ-Þ][\w-]+)
        (?:\s+(?:soir|matin|midi))?
        [\s,]*)+"""
)

_DETERMINER_OR_NAME = re.compile(
    r"""(?x)^(?:
        [A-ZÀ-ÖØ-Þ]
        | (?:le|la|les|l['’]|un|une|des|ce|cette|ces|cet|son|sa|ses|leur|leurs|plusieurs|
             certains|certaines|deux|trois|nombre|la\s+plupart|il|elle|ils|elles|on|lui|eux|
             nos|notre|mon|ma|mes|tous|toutes|aucun|d['’]autres|de\s+nombreux|du|de\s+la|
             de\s+l['’]|des|chaque|chacun|chacune|quatre|cinq|six|dix|quelques|sources?)\b
    )"""
)

_PRONOUN = re.compile(r"(?i)^(?:il|elle|ils|elles|on|lui|eux)$")
# "selon lui, …", "selon eux une membrane" (not "selon Elle Macpherson", "elle-même", "lui aussi")
_STRESSED_AFTER = re.compile(
    r"\s*((?i:lui|eux|elles?))\b(?!-)(?!\s+(?:[A-ZÀ-Þ]|(?i:même|aussi)\b))"
)
_STRESSED = re.compile(r"(?i)^(?:lui|eux|elle|elles)(?:-mêmes?)?$")

# Clause boundaries before a preposed subject.
_BEFORE_BOUNDARY = re.compile(
    r"""(?x)
    [,;:()\[\]«»“”"]\s*
    | \s[–—]\s
    | \b(?:que|qu['’]|mais|car|puis|tandis\s+que|alors\s+que|lorsque|quand|où|dont)\s+
    """
)

# A finite auxiliary or verb inside a segment: the subject ends before it
# ("Poutine a remercié … et a souligné" → "Poutine").
_VERB_IN_SEGMENT = re.compile(
    r"\s(?:a|ont|avait|avaient|est|sont|était|étaient|n['’]|ne|se|s['’]|y|lui|leur|va|vont)\b"
    # the clitic "en" before its auxiliary: "La DGCCRF en a recensé près de 300"
    r"|\sen(?=\s+(?:a|ont|avait|avaient)\b|\s*$)"
    # an imperfect: "Le Conseil fédéral recommandait le rejet, jugeant…" (not "portrait")
    r"|\s(?!(?:portr|retr|extr|attr|souh|bienf|méf|forf|parf|abstr|distr)ait)"
    r"[a-zàâçéèêëîïôûù]{3,}(?:ait|aient)\b"
)


_LEADING_CONJUNCTION = re.compile(
    r"(?:Mais|Et|Or|Donc|Pourtant|Cependant|Ainsi|Enfin|Puis|Alors)\s+(?=\S)"
    # a time before the name: "« … », titre ce matin Libération, qui pointe…"
    r"|(?:ce\s+(?:matin|soir|midi)|hier(?:\s+soir)?|aujourd['’]hui)\s+(?=[A-ZÀ-Þ])"
)


_DATELINE = re.compile(
    r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,30}(?:\s*\([^()]{1,30}\))?|\d{1,2}\s*[hH:]\s*\d{2})\s*[-–—]\s+"
)  # "PARIS (AFP) - ", a live blog's "08h15 - "


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip spaces, quotation marks and trailing punctuation, and a conjunction that opens
    the stretch ("Mais le poème"); None when empty or too long."""
    while start < end and text[start] in " \t\n,;:–—-»”":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.–—-«“":
        if (
            text[end - 1] == "."
            and end - start >= 2
            and text[end - 2].isupper()
            and (end - start == 2 or not text[end - 3].isalpha())
        ):
            break  # an initial: "Antoine M."
        end -= 1
    conjunction = _LEADING_CONJUNCTION.match(text, start, end)
    if conjunction:
        start = conjunction.end()
    dateline = _DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()  # "PARIS - L'Union…", "GENÈVE (AFP) – Le HCR…"
    if end <= start:
        return None
    words = text[start:end].split()
    if not words or len(words) > MAX_WORDS:
        return None
    if not _DETERMINER_OR_NAME.match(text[start:end]):
        return None
    return start, end


def after(text: str, position: int) -> tuple[int, int] | None:
    """The noun phrase starting at `position` (after "selon" or an incise verb)."""
    skipped = _SKIP_AFTER.match(text, position)
    start = skipped.end() if skipped else position
    stressed = _STRESSED_AFTER.match(text, start)
    if stressed:  # "selon lui des dépenses sans lien": the pronoun, not what follows it
        return stressed.span(1)
    # an inverted pronoun glued to the verb ("a-t-il", "estime-t-elle") is the subject
    stop = _AFTER_STOP.search(text, start + 1)
    end = stop.start() if stop else len(text)
    itself = _ITSELF.search(text, start, end)
    if itself:  # "selon la direction académique elle-même"
        end = itself.start()
    return _trim(text, start, end)


_ITSELF = re.compile(r"(?i)\s+(?:lui|elle|eux|elles)-mêmes?\s*[.,;]?\s*$")


_QUOTE_MARK = re.compile(r"[«»“”\"]")
_AFFILIATION = re.compile(r"(?:[Dd]u|[Dd]e\s+la|[Dd]e\s+l['’]|[Dd]e|[Dd]['’])\s*[A-ZÀ-Þ]")
_ACRONYM = re.compile(r"\([A-ZÀ-Þ][A-ZÀ-Þ0-9.&-]{1,14}\)")
_ACRONYM_AFTER = re.compile(r"\s*\([^()]{1,40}\)\s*$")


_TRAILING_CLITIC = re.compile(
    r"(?i)\s+(?:le|la|les|l['’]|lui|leur|se|s['’]|y|en|vous|nous|me|m['’]|te|t['’])\s*$"
)


_TRAILING_RELATIVE = re.compile(r"(?i),?\s+(?:qui|dont|lesquels|lesquelles)\s*$")
# a relative whose verb the subject scan did not stop at ("qui l'ont testée"); not "ceux qui"
_INNER_RELATIVE = re.compile(
    r"(?i)(?<!\bceux)(?<!\bcelles)(?<!\bcelui)(?<!\bcelle)(?<!\btous)(?<!\btoutes),?\s+qui\s+"
    r"(?:l['’]|les\s|leur\s|lui\s|en\s|y\s|s['’]|se\s|ne\s|n['’])"
)


_RELATIVE_OPENS = re.compile(r"(?i)\s*(?:qui|dont|que|qu['’])\b")


def _clause_start(head: str) -> int:
    """The index of the comma or semicolon before the last clause of `head` (-1 if none)."""
    return max(head.rfind(","), head.rfind(";"))


_COORDINATED = re.compile(r"\s+et\s*$")
_VERB_WITH_OBJECT = re.compile(
    r"(?<=[\w'’])\s+[a-zéèêëàâîïôûç]+(?:e|es|ent|ait|aient|it|ut)\s+(?=\d|(?:le|la|les|un|une|son|"
    r"sa|ses|leur|leurs|ce|cette|ces)\s|l['’])"
)


def before(text: str, position: int) -> tuple[int, int] | None:
    """The subject that ends at `position` (the verb or its auxiliary)."""
    head = text[:position]
    acronym = _ACRONYM_AFTER.search(head)
    if acronym:
        # "L'Observatoire français des conjonctures économiques (OFCE) table sur": the name
        # and its acronym
        named = before(text, acronym.start())
        if named is not None:
            return _trim(text, named[0], len(head.rstrip())) or named
    start = 0
    acronyms = [m.span() for m in _ACRONYM.finditer(head)]
    for boundary in _BEFORE_BOUNDARY.finditer(head):
        if any(a <= boundary.start() < b for a, b in acronyms):
            continue  # "L'Union des syndicats (USPO) parle": the name goes on
        if boundary.end() < len(head.rstrip()):
            start = boundary.end()
    segment = head[start:]
    verb = _VERB_IN_SEGMENT.search(segment)
    end = start + (verb.start() if verb else len(segment))
    said = _first_saying(text, start, end)
    if said is not None:
        end = said  # "Le syndicat maintient sa version et affirme": the first verb's subject
    elif _COORDINATED.search(text, start, end):
        # "Voltéo emploie 140 salariés et revendique": the cue is the second predicate; its
        # subject is the first one's, before a verb that takes an object or a number
        verb = _VERB_WITH_OBJECT.search(text, start, end)
        if verb is not None:
            end = verb.start()
    found = _trim(text, start, end)
    if found is not None:
        clitic = _TRAILING_CLITIC.search(text, *found)
        if clitic and clitic.start() > found[0]:  # "Elle le juge": the subject, not its clitic
            found = (found[0], clitic.start())
        relative = _TRAILING_RELATIVE.search(text, *found) or _INNER_RELATIVE.search(text, *found)
        if relative and relative.start() > found[0]:
            # "Des chercheurs qui ont testé le modèle affirment", "Plusieurs entreprises qui
            # l'ont testée font état": the noun, not its relative
            found = (found[0], relative.start())
    if found is not None and start > 0 and _AFFILIATION.match(text, *found):
        # "La préhistorienne Anne-Sophie Dupré, du CNRS, n'est pas": who, not where from
        previous = head[:start].rstrip(" ,")
        cut = max(previous.rfind(","), previous.rfind(";"))
        return _trim(text, cut + 1, len(previous)) or found
    stressed = (
        found is not None
        and _STRESSED.match(text[found[0] : found[1]])
        and "," in text[found[1] : position]  # set off by commas: ", eux, assurent"
    )
    if (found is None or stressed) and start > 0:
        # ", Josep Borrell, a prévenu": the subject sits between the two previous commas;
        # "Les distributeurs, eux, assurent": a stressed pronoun repeats the subject before it
        previous = head[:start].rstrip(" ,")
        cut = max(previous.rfind(","), previous.rfind(";"), previous.rfind("("))
        relative = _RELATIVE_OPENS.match(previous, cut + 1)
        if relative and cut > 0:
            # "Son auteur, qui se présente comme un « lanceur d'alerte », assure": the noun
            # before the relative
            previous = previous[:cut].rstrip(" ,")
            cut = _clause_start(previous)  # "(FSR)" is part of the name
        subject = _trim(text, cut + 1, len(previous))
        if subject is None and cut > 0 and not relative:
            # "Le SNUipp-FSU, principal syndicat du primaire, revendique": the name before
            # an apposition without its article
            earlier = previous[:cut].rstrip(" ,")
            before_cut = _clause_start(earlier)
            name = earlier[before_cut + 1 :]
            if (
                len(name.split()) <= 6
                and not _VERB_IN_SEGMENT.search(name)
                and not re.search(r"\d", name)  # "le 15 novembre, …"
            ):
                subject = _trim(text, before_cut + 1, len(earlier))
        if subject is not None and _QUOTE_MARK.search(text, *subject):
            # "X parle de « … » et affirme": a clause with its quotation, not a name
            subject = _head_of_clause(text, *subject)
        if subject is not None and not is_pronoun(text[subject[0] : subject[1]]):
            return subject
        if found is None:
            return subject
    return found


@cache
def _saying_verbs() -> re.Pattern[str]:
    """A finite verb of saying or denying (built on first use: the suggester's tables load
    after the first paint)."""
    finite = SAY_STRONG.finite | SAY_CONTENT.finite | DENY.finite | REJECT.finite
    return re.compile(rf"(?i)\s(?:{alternation(w for w in finite if len(w) > 3)})\b")


def is_saying(word: str) -> bool:
    """A finite verb of saying or denying, or a past participle of one ("a déclaré")."""
    return bool(_saying_verbs().fullmatch(" " + word)) or word.lower() in _said()


@cache
def _said() -> frozenset[str]:
    return SAY_STRONG.participle | SAY_CONTENT.participle | DENY.participle | REJECT.participle


_NOT_BEFORE_A_VERB = re.compile(
    r"(?i)(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cette|ces|cet|son|sa|ses|leur|leurs|"
    r"notre|nos|votre|vos|mon|ma|mes|au|aux|en|à)\s*$"
)


def _first_saying(text: str, start: int, end: int) -> int | None:
    """Where a finite verb of saying starts within a subject's stretch, past its first word
    and not after a determiner ("La note affirme" keeps "La note")."""
    for found in _saying_verbs().finditer(text, start, end):
        before = text[start : found.start()]
        if before.strip() and not _NOT_BEFORE_A_VERB.search(before):
            return found.start()
    return None


def _head_of_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject that opens a clause holding a quotation: before its auxiliary ("M. Maduro
    a crié à l'« alerte »"), before the verb that introduces the quotation ("La direction
    parle de « … »"), or the words before a scare quote ("le brigadier "bien noté"")."""
    words = text[start:end]
    if re.search(r"[»”]", words) and not re.search(r"[«“]", words):
        return None  # the end of a quotation: the speaker's words, not the speaker
    verb = _VERB_IN_SEGMENT.search(text, start, end)
    if verb is not None:
        return _trim(text, start, verb.start())
    quote = _QUOTE_MARK.search(text, start, end)
    cut = quote.start() if quote else end
    trailing = _TRAILING_FUNCTION.search(text, start, cut)
    if trailing is not None:
        cut = text.rfind(" ", start, trailing.start())
    return _trim(text, start, cut) if cut > start else None


# Determiners and prepositions that end a stretch before a noun cue: the verb is before them.
_TRAILING_FUNCTION = re.compile(
    r"(?i)(?:\s+(?:un|une|des|de|du|d['’](?:une?\b)?|le|la|les|l['’]|à|au|aux|en|son|sa|ses|leur|leurs|"
    r"ce|cet|cette|ces|par|comme))+\s*$"
)


def subject_before(text: str, position: int) -> tuple[int, int] | None:
    """The subject of the clause in which a noun cue sits: "Le ministre dénonce une cabale"
    gives "Le ministre". `before` stops at the auxiliaries and clitics it knows; a verb in the
    present ("dénonce", "parle") is found here as the word before the cue's determiner."""
    found = before(text, position)
    if found is None or re.fullmatch(r"(?i)(?:l['’])?on", text[found[0] : found[1]]):
        return None  # "que l'on ne trouve nulle part": nobody in particular
    start, end = found
    trailing = _TRAILING_FUNCTION.search(text, start, end)
    if trailing is None:
        last = re.search(r"\s([a-zéèêëàâîïôûç]+)$", text[start:end])
        if last and _DETERMINER_AT.match(text, position) and last.group(1) not in _NOT_VERBS:
            # "Les représentants des propriétaires dressent | un tout autre bilan": the cue
            # opens on its determiner, so the word before it is the verb
            return _trim(text, start, start + last.start()) or found
        return found
    cut = text.rfind(" ", start, trailing.start())
    if cut <= start:
        return None
    verb_and_place = _VERB_THEN_PLACE.search(text, start, cut)
    if verb_and_place is not None:
        # "Il voit dans cette affaire | une manœuvre": the verb and its complement go too
        cut = verb_and_place.start()
    return _trim(text, start, cut)


# A verb, then "dans"/"sur" and a determiner, ending a subject's stretch: what was cut before
# the cue's noun was the complement's noun, not the verb ("Le syndicat voit dans ces chiffres").
_VERB_THEN_PLACE = re.compile(
    r"(?i)\s+[a-zéèêëàâîïôûç]+\s+(?:dans|sur)\s+(?:ce|cette|ces|cet|le|la|les|l['’]|son|sa|"
    r"ses|leur|leurs)\s*$"
)
_DETERMINER_AT = re.compile(r"(?i)\s*(?:un|une|le|la|les|des|l['’])\b")
_NOT_VERBS = frozenset({"et", "ou", "de", "du", "des", "en", "à", "au", "aux", "dans", "sur"})


_DETERMINER = re.compile(
    r"(?i)(?<![\w'’])(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces|cet)\b"
)


def antecedent(text: str, position: int) -> tuple[int, int] | None:
    """The noun phrase a relative "qui" at `position` stands for: "la région pointe la SNCF,
    qui invoque" gives "la SNCF"."""
    head = text[:position]
    relative = re.search(r"(?i),?\s*qui\s*$", head)
    if relative is None:
        return None
    clause = max(head.rfind(",", 0, relative.start()), head.rfind(";", 0, relative.start())) + 1
    # the last determiner opens the noun phrase, "du"/"des" after a noun excepted ("une
    # estimation des Domaines qui chiffrait")
    opener = clause
    for found in _DETERMINER.finditer(head, clause, relative.start()):
        if found.group().lower() not in ("du", "des") or found.start() == clause:
            opener = found.start()
    return _trim(text, opener, relative.start())


def is_pronoun(text: str) -> bool:
    return bool(_PRONOUN.match(text.strip()))


# People a sentence can open on, whom a later "il" or "elle" can mean although they said
# nothing: "Le coureur de 27 ans risque quatre ans de suspension. (…) Devant la commission,
# il a soutenu que…"
_PERSON_NOUN = (
    r"coureur|coureuse|joueur|joueuse|athlète|sportif|sportive|nageur|nageuse|pilote|boxeur|"
    r"boxeuse|entraîneur|entraîneuse|sélectionneur|sélectionneuse|capitaine|ministre|maire|"
    r"président|présidente|député|députée|sénateur|sénatrice|élu|élue|candidat|candidate|"
    r"préfet|préfète|procureur|procureure|juge|avocat|avocate|magistrat|magistrate|prévenu|"
    r"prévenue|accusé|accusée|suspect|suspecte|témoin|victime|médecin|docteur|chirurgien|"
    r"chirurgienne|infirmier|infirmière|pharmacien|pharmacienne|neurologue|psychiatre|"
    r"psychologue|pédiatre|cardiologue|épidémiologiste|virologue|chercheur|chercheuse|"
    r"scientifique|économiste|sociologue|historien|historienne|politologue|climatologue|"
    r"spécialiste|expert|experte|ingénieur|ingénieure|directeur|directrice|patron|patronne|"
    r"dirigeant|dirigeante|responsable|porte-parole|syndicaliste|militant|militante|"
    r"agriculteur|agricultrice|éleveur|éleveuse|commerçant|commerçante|enseignant|"
    r"enseignante|professeur|professeure|journaliste|écrivain|écrivaine|romancier|romancière|"
    r"auteur|autrice|chanteur|chanteuse|acteur|actrice|réalisateur|réalisatrice|artiste|"
    r"ambassadeur|ambassadrice|diplomate|général|colonel|commissaire|policier|policière|"
    r"gendarme|habitant|habitante|riverain|riveraine|retraité|retraitée|étudiant|étudiante|"
    r"lycéen|lycéenne|patient|patiente|homme|femme|adolescent|adolescente|quadragénaire|"
    r"quinquagénaire|trentenaire|sexagénaire|septuagénaire|octogénaire|fondateur|fondatrice|"
    # and the bodies that speak as one: "L'université a ouvert une enquête. Elle précise…"
    r"université|gouvernement|ministère|mairie|municipalité|préfecture|entreprise|société|"
    r"groupe|syndicat|association|agence|commission|parquet|police|gendarmerie|tribunal|"
    r"justice|hôpital|clinique|club|fédération|école|établissement|fabricant|compagnie|"
    r"banque|laboratoire|institut|direction|assemblée|parti|revue|rédaction|opérateur|"
    r"constructeur|plateforme|collectivité|région|armée|agent|agente|enquêteur|enquêtrice|"
    r"secouriste|pompier|soignant|soignante|salarié|salariée|manifestant|manifestante|parent|"
    r"élève|supporter|supporteur|chauffeur|ouvrier|ouvrière|voisin|voisine|client|cliente"
)
# "Le coureur savoyard", "Le coureur de 27 ans", "La juge Anne Martin", "Les agents de l'OFB":
# the noun, an adjective, an age, a complement of up to four words, a name
_PERSON_TAIL = (
    r"(?:\s+(?!(?:de|du|des)\b)[a-zéèêëàâîïôûç-]{3,}(?<!ment))?(?:\s+de\s+\d+\s+ans)?"
    r"(?:(?:\s+(?:de|du|des)\s+|\s+d['’])[\w'’-]+(?:\s+[\w'’-]+){0,4}?)??"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)?"
)
_PERSON_SUBJECT = re.compile(
    r"\s*(?P<who>"
    rf"(?:Le|La|L['’])\s*(?:jeune\s+|ancien\s+|ancienne\s+)?(?:{_PERSON_NOUN})\b{_PERSON_TAIL}"
    rf"|(?:Les|Des|Ces|Plusieurs|Deux|Trois)\s+(?:{_PERSON_NOUN})(?:s|x)\b{_PERSON_TAIL}"
    r"|(?:M\.|Mme|Me|Dr)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)"
    # not cut after a determiner: "Les parents d'une | élève" (a noun there, not a verb)
    r"(?<!\bune)(?<!\bun)(?<!\bla)(?<!\ble)(?<!\bles)(?<!\bdes)(?<!\bd['’])(?<!\bl['’])"
    # then its verb: an auxiliary, a clitic, or a finite form (not a function word: "de")
    r"(?=\s*,|\s*\(|\s+(?:(?:a|ont|avait|avaient|est|sont|était|étaient|sera|serait|se|ne|y|"
    r"en|lui|leur)\b|s['’]|n['’]|(?!(?:de|le|la|les|une|que|qui|ce|cette|comme|entre|contre|"
    r"elle|elles|me|te|je|sur|pour|dans|avec|sans|sous|vers|chez)\b)"
    r"[a-zéèêëàâîïôûç]+(?:e|ent|ait|aient|era|erait|it|ut)\b))"
)


def person_subject(text: str) -> str | None:
    """The person a sentence opens on as its subject ("Le coureur de 27 ans risque…"), or
    None: what a later pronoun can mean when the sentence names no speaker."""
    found = _PERSON_SUBJECT.match(text)
    return found.group("who") if found else None
