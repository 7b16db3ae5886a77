"""The French patterns the rules match: verb finders and the regexes of each cue family.

Tables, not logic: `rules.py` applies them. Each regex says what it is for; the false friends
it must not match are in `tests/test_suggest.py`.
"""

from __future__ import annotations

import re

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
    alternation,
)
from annotator.suggest.matching import (
    _I,
    _gated,
    _verb,
)

_STRONG = _verb(SAY_STRONG)
# A figure, in digits or words: "revendique 3 millions", "revendique deux millions"
_NUMBER = (
    r"(?:\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"quarante|cinquante|soixante|cent|mille)\b)"
)
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
    | \s*(?:[^.;!?«“:"]{0,60}?)(?P<colon>[:«“"])             # a colon or a quotation
    | \s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|également|aussi|
          encore|même|ensuite|enfin|déjà|pourtant|toutefois|cependant|néanmoins|
          \w+ment)(?:\s+(?:matin|soir|midi))?\s+)?  # "mardi avoir"
        (?:ne\s+pas\s+|ne\s+|n['’])?(?!hier\b|premier\b|dernier\b|entier\b|cher\b|
          fier\b|léger\b|hiver\b|janvier\b|février\b)(?:l['’]|les\s+|le\s+|la\s+|lui\s+|
          en\s+|y\s+|s['’]|se\s+)?(?-i:[a-zéèêîô]{3,}(?:er|ir))\b   # "explique enquêter"
    | \s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|également|aussi|
          encore|même|ensuite|enfin|déjà|pourtant|toutefois|cependant|néanmoins|
          \w+ment)(?:\s+(?:matin|soir|midi))?\s+)?
        (?:ne\s+pas\s+|ne\s+|n['’])?(?:(?:l['’]|les\s+|le\s+|la\s+|lui\s+|en\s+|y\s+)?
          (?:avoir|être)|pouvoir|vouloir|devoir|savoir|faire|
          disposer|détenir|ignorer|connaître|tout\s+ignorer)\b   # an infinitive
    | \s+(?:l['’]existence|la\s+présence|la\s+nécessité|l['’]importance|l['’]intention|
          la\s+volonté|la\s+possibilité|le\s+risque|la\s+menace)\b   # a content noun
    )"""
)


# The passive: "cette version est contestée par plusieurs témoins".
_CONTESTED_CLAIM = _gated(
    re.compile(
        rf"\b(?:{BE}|a\s+été|ont\s+été)(?:\s+{ADVERB}){{0,2}}\s+(?:contestée?s?|démentie?s?|"
        r"niée?s?|réfutée?s?|mise?s?\s+en\s+doute)\b"
        r"|\b(?:victoire|réélection|élection|résultats?|bilan|scrutin|chiffres?|version|thèse|"
        r"affirmations?|informations?|déclarations?|propos|allégations?|accusations?|"
        # "selon une étude contestée": what a finding says, disputed (not "un projet contesté")
        r"estimations?|études?|rapports?|enquêtes?|sondages?|expertises?|analyses?|"
        r"interprétations?|datations?|théories?|hypothèses?|conclusions?)\s+(?:très\s+|vivement\s+|largement\s+|fortement\s+)?"
        r"(?:contestée?s?|démentie?s?|niée?s?|mise?s?\s+en\s+doute)\b"
        r"|\b(?:accusations?|allégations?|critiques?|rumeurs?|informations?|affirmations?|"
        r"soupçons?|résultats?|chiffres?|conclusions?|explications?|version)\s+(?:\w+\s+)?"
        r"(?:balayée?s?|rejetée?s?|écartée?s?|démontée?s?)\b"
        # "une étude remise en cause par des chercheurs" (a headline), "reste débattue"
        r"|\b(?:étude|rapport|thèse|version|hypothèse|chiffres?|conclusions?|résultats?|bilan|"
        r"témoignages?|affirmations?|enquête|sondage)\s+(?:\w+\s+){0,2}?(?:remise?s?|mise?s?)\s+"
        r"en\s+(?:cause|doute|question)\b"
        r"|\b(?:reste|restent|demeure|demeurent)\s+(?:très\s+|vivement\s+|encore\s+|"
        r"toujours\s+|largement\s+)?(?:débattue?s?|discutée?s?|controversée?s?|contestée?s?|"
        r"disputée?s?)\b"
        # "continue de faire débat"
        r"|\b(?:fai(?:t|saient|sait|re)|font|fera|feront)\s+(?:encore\s+|toujours\s+|"
        r"largement\s+)?débat\b"
        # doubts about a claim's worth: "s'interrogent sur la crédibilité de cet objectif"
        r"|\binterrog\w*\s+sur\s+(?:la|le|l['’])\s*(?:crédibilité|fiabilité|véracité|sincérité|"
        r"bien-fondé|validité|sérieux|réalité|exactitude)\b"
        r"|\b(?:étude|rapport|thèse|version|hypothèses?|accusations?|allégations?|"
        r"conclusions)\b[^.;]{0,60}?\b(?:(?:a|ont|avait|avaient)\s+été|est|sont|était|étaient|sera|"
        r"seront)\s+(?:\w+\s+)?(?:rejetée?s?|balayée?s?|"
        r"écartée?s?|contredite?s?|invalidée?s?|réfutée?s?)\b",
        _I,
    ),
    "contest démenti niée niés réfut doute balay rejet écart démont cause débat discut controvers "
    "interrog disputé",
)
_DENIED_BY = _gated(
    re.compile(
        rf"(?:\b{BE}(?:\s+{ADVERB}){{0,2}}\s+)?\b(?:"
        # "a déjà été démenti à plusieurs reprises par l'Office"
        rf"{alternation(DENY.participle | CONTEST.participle)})"
        r"(?:\s+(?:à\s+plusieurs\s+reprises|à\s+maintes\s+reprises|publiquement|\w+ment|"
        r"aussitôt|déjà|encore|aussi|également))?\s+par\b",
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
    la\s+guerre|forfait|l['’]état\s+d['’](?:urgence|alerte)|l['’]état\s+de\s+(?:siège|
    catastrophe|guerre|calamité|faillite|choc)|l['’]entreprise\s+en|(?:\S+\s+){0,3}en\s+(?:faillite|
    cessation|liquidation|redressement)|la\s+faillite|coupable|irrecevable|recevable|
    sa\s+candidature|ses\s+revenus|sa\s+flamme|
    la\s+(?:condamnation|peine|décision\s+de\s+première\s+instance|réclusion|relaxe|sanction)|
    le\s+(?:jugement|verdict)|l['’](?:acquittement|amende)|
    (?:\S+\s+){1,3}à\s+(?:\d|environ|plus\s+de|près\s+de|quelque)|
    (?:le|la|les)\s+(?:nombre|total|montant|part|chiffre)\b[^.;]{0,60}?\bà\s+(?:l['’]ensemble|
      la\s+population|au\s+nombre|au\s+total)|
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
_DATE = (
    r"\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)\b"
)
_RELATIVE_QUE = re.compile(
    # a date first is not the noun: "a jugé le 12 novembre que" is a que-clause, "a présenté
    # le 12 mai le plan que" a relative
    rf"(?i)(?:\s+le\s+{_DATE})?"
    # a determiner is a word of its own: not the "ce" of "cependant qu'"
    r"\s+(?:l['’]\s*|(?:le|la|les|un|une|des|ce|cette|ces|cet|son|sa|ses|leur|leurs|du)\s+)"
    r"(?!(?:semaine|veille|mois|année|matin|soir|jour|lendemain|fois|nuit|week-end|dernier|"
    rf"dernière|même)\b|{_DATE})"
    r"[^,;:«»]{0,60}?\bqu(?:e\b|['’])$"
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
        rf"(?:\s+{ADVERB})?\s+état\s+d(?:e\b|['’]|u\b|es\b)",
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
        # "font cependant remarquer que"
        r"(?:(?:cependant|pourtant|toutefois|néanmoins|aussi|également|d['’]ailleurs|\w+ment)\s+)?"
        r"(?:savoir|valoir|entendre|comprendre|observer|remarquer|penser)\s+(?:[^.;!?]{0,100}?)"
        r"\bqu(?:e\b|['’])"
        r"|\b(?:se|s['’])\s*(?:est\s+|sont\s+|était\s+|étaient\s+)?(?:dit|dite|dits|dites|"
        r"disent|disait|disaient)\s+(?:très\s+|tout\s+à\s+fait\s+|plutôt\s+|pas\s+)?"
        r"(?!que\b)[a-zéèêà]+(?:é|ée|és|ées|ant|ante|ants|antes|able|ables|ible|ibles|if|ive|"
        r"ifs|ives|eux|euse|eure|t|te|ts|tes|er|ère|ers|ères)\b"
        # "Le syndicat y voit une manœuvre" (not "On y voit le détenu franchir": one sees)
        r"|(?<!\bon\s)\by\s+(?:voi[te]n?t?|voyai(?:en)?t|a\s+vu|ont\s+vu)\b"
        # the quoted words as the whole answer: "il s'est contenté d'un « on verra »"
        r"|\b(?:contenté|contente|contentent|contentant|borné|borne|bornent)e?s?\s+"
        r"(?:d['’]un|d['’]une|de)\s+(?:\w+\s+)?[«“\"]",
        _I,
    ),
    "tenu tient tenait tiennent voulu veut voulait souhait born content empress bon manqu "
    "savoir valoir entendre comprendre observer remarquer penser dit dis voi voy vu",
)
# A verb of saying in the passive with its speaker: "a été confirmé par le parquet", or an
# opening participle: "Considéré comme…".
# Participles of verbs of saying whose passive with "par" names a doer, not a speaker: "Le
# mouvement a été lancé par le SNCTA", "a été jugé par la cour", "a été rappelé par son club".
_PASSIVE_NOT_SAID = frozenset(
    [
        "lancé",
        "ajouté",
        "glissé",
        "avancé",
        "assuré",
        "calculé",
        "confié",
        "demandé",
        # "Une expertise a été demandée par son assureur": a request, whatever its gender
        "demandée",
        "demandés",
        "demandées",
        "exigé",
        "exigée",
        "exigés",
        "exigées",
        "félicité",
        "jugé",
        "observé",
        "rappelé",
        "relevé",
        "soufflé",
        "tranché",
        "taclé",
        "noté",
        "rassuré",
        "souhaité",
        "alerté",
    ]
)
_SAID_BY = _gated(
    re.compile(
        r"\b(?:a|ont|avait|avaient|aurait)\s+été\s+(?:\w+ment\s+)?(?:"
        + "|".join(
            sorted(
                {
                    re.escape(w)
                    for w in SAY_STRONG.participle | SAY_CONTENT.participle
                    if len(w) > 3 and w not in _PASSIVE_NOT_SAID
                },
                key=len,
                reverse=True,
            )
        )
        + r")\s+(?:\S+\s+){0,3}?par\b"
        r"|(?:^|,\s*)(?:considérée?s?|présentée?s?|décrite?s?|perçue?s?|qualifiée?s?|jugée?s?|"
        # not a trial: ", jugé pour meurtre par la cour"
        r"estimée?s?)(?!\s+(?:pour|coupable|devant|en\s+appel|en\s+comparution)\b)"
        r"\s+(?:comme\b|(?:\S+\s+){0,3}?par\s+)"
        # a noun judged by a party: "Une mesure jugée insuffisante par les syndicats" (not a
        # verdict: "jugé coupable par la cour")
        r"|\b(?:jugée?s?|estimée?s?|qualifiée?s?)\s+(?:de\s+)?(?:très\s+|trop\s+|bien\s+|\w+ment\s+)?"
        r"(?!(?:pour|par|dans|lors|avec|sans|devant|coupable|responsable|irresponsable|"
        r"recevable|irrecevable)\b)[a-zéèêàâîôû]{4,}\s+par\s+(?=\S)"
        # no party, the judgement reported as such: "après des résultats jugés décevants en
        # Chine" (a verdict, a date, a place are no judgement: "jugé coupable", "jugé lundi")
        r"|\b(?:jugée?s?|estimée?s?)\s+(?:très\s+|trop\s+|peu\s+|\w+ment\s+)?"
        r"(?!(?:pour|par|dans|lors|avec|sans|devant|coupable|responsable|irresponsable|"
        r"recevable|irrecevable|en|à|au|aux|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|mort|morte|vivant|vivante|comme|nécessaire|utile|bon|bonne)\b)"
        r"[a-zéèêàâîôû]{4,}(?=\s*[.,;]|\s+(?:en|à|au|aux|dans|sur)\b)"
        # a reduced relative: "un composant présenté comme un « micro espion »"; the active
        # with its party: "un ballon que l'armée présente comme un engin de surveillance"
        r"|\b(?:considérée?s?|présentée?s?|décrite?s?|perçue?s?)\s+(?:[^\s,.;«»]+\s+){0,4}?comme\b"
        r"|\bqu(?:e\s+|['’])(?P<who>[^,;.«»]{1,50}?)\s(?:présente|présentent|présentait|décrit|"
        r"décrivent|décrivait|considère|considèrent)\s+comme\b"
        # a quoted verdict: ", jugée « très insuffisante » par la CGT"
        r"|(?:^|,\s*)(?:qualifiée?s?|jugée?s?|estimée?s?)\s+(?:de\s+|d['’])?[«“\"][^»”\"]{1,80}"
        r"[»”\"]\s+par\s+"
        # a lead favoured: "Une piste liée au trafic est privilégiée par les enquêteurs"
        r"|\b(?:pistes?|hypothèses?|thèses?)\b[^.;]{0,60}?\b(?:est|sont|reste|restent|était|"
        r"demeure)\s+(?:\w+\s+)?privilégiée?s?\s+par\b",
        _I,
    ),
    "été considér considèr présent décrit décriv perçu qualifi jugé estimé privilégi",
)
# A judgement one party holds and another does not: "l'expérimentation jugée concluante par le
# ministère, pas par les enseignants"
_NOT_BY = re.compile(
    r"(?i)\b(?:par|pour|selon)\s+[^,;:«»]{2,60},\s+(?:mais\s+)?(?P<cue>pas|non)\s+(?:par|pour|selon)\s+"
    r"(?P<who>(?:les?|la|l['’]|des|ses|leurs?|certains|plusieurs)\s*[^,;:.!?«»]{1,60})"
)
# An incise after a quotation with any verb: "», s'insurge la députée."
_QUOTE_INCISE = re.compile(
    r"[»”\"],?\s+(?P<verb>(?:(?:a|ont|avait)\s+(?:\w+ment\s+)?)?(?:s['’]|se\s+)?"
    # not a conditional: "que « 40 % des bénéficiaires » verraient leur pension augmenter"
    r"(?![a-zéèêàâîôûç]*raient?\b)"
    r"[a-zéèêàâîôûç]{3,}(?:e|ent|a|é|ée|it|ut)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?"
    # "», a laissé entendre X", "», a fait savoir X"
    r"(?:\s+(?:entendre|savoir|valoir|remarquer|observer))?)"
    # where it was said: "», a soutenu en entrevue le président de la Fédération"
    r"(?:\s+(?:en\s+entrevue|en\s+entretien|au\s+téléphone|en\s+conférence\s+de\s+presse|"
    r"dans\s+un\s+communiqué))?"
    r"\s+(?P<who>(?:[A-ZÀ-Þ]|(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|plusieurs|"
    r"certains|cet|cette|ce)\b)[^,.;:!?«»]{0,70}"
    # and a name in apposition: "», accuse le délégué CGT, Karim Haddad."
    r"(?:,\s+[A-ZÀ-Þ][^,.;:!?«»]{1,40})?)\.?\s*$"
)
_NOT_SAY = re.compile(
    r"(?i)reste|restent|arrive|arrivent|vient|viennent|suit|suivent|commence|commencent|demeure|"
    r"subsiste|figure|figurent|apparaît|s['’]ouvre|s['’]ouvrent|existe|manque|manquent|compte|"
    r"intervient|s['’]ajoute|s['’]ajoutent|débute|tombe|survient|règne|sont|est|était|sera|a|"
    r"ont|fait|font|va|vont|peut|doit|"
    # prepositions that end like a participle: "« correctement approvisionnés » malgré la grève"
    r"malgré|contre|entre|outre|comme|presque"
)
# Attitudes with a content noun phrase: "s'inquiètent d'une fermeture", "se félicite de la
# baisse", "alerte sur la dégradation", "conclut à une responsabilité", "a reconnu les faits",
# "arguant d'un calendrier", "fustigent l'inaction".
_ATTITUDE_NP = _gated(
    re.compile(
        r"\b(?:(?:se|s['’])\s*(?:est\s+|sont\s+)?(?:inquièt|inquiét|félicit|alarm|réjou|indign|"
        r"plaign|plaint)\w*"
        r"\s+(?:de|d['’]|du|des)\b"
        r"|alert\w*\s+sur\b|conclu\w*\s+à\s+(?:une?|la|l['’]|des)\b"
        r"|(?:reconnu|avoué|reconnaît|reconnait|avoue|reconnaissent)\s+les\s+faits\b"
        r"|arguant\s+d(?:e\b|['’]|u\b|es\b)"
        # a self-description: "Son auteure, qui se présente comme naturopathe" (a title or a
        # role, not a shape: "le bâtiment se présente comme un cube")
        r"|(?:se|s['’])\s*présent(?:e|ent|ait|aient)\s+comme\s+(?:(?!(?:le|la|les|un|une|des|du|"
        r"de)\b)[a-zéèêàâîôûç-]{4,}\b|(?:un|une|le|la|l['’])\s*(?:ancien|ancienne|spécialiste|"
        r"expert|experte|victime|lanceu\w+|défenseu\w+|médecin|représentant\w*|porte-parole)\b)"
        r"|fustig\w*\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)\b"
        # a forecast, a possibility kept open: "table sur une inflation de 2,2 %",
        # "n'exclut pas de lever son préavis", "n'a pas exclu que"
        r"|tabl(?:e|ent|ait|aient)\s+(?:désormais\s+|toujours\s+|encore\s+|maintenant\s+|"
        r"\w+ment\s+)?sur\s+(?:une?|des|la|le|l['’]|\d)"
        # a forecast revised or kept: "a revu à la baisse sa prévision", "maintient une prévision"
        r"|(?:maintien\w*|relev\w*|abaiss\w*|revu|révis\w*)\s+(?:\S+\s+){0,4}?"
        r"(?:sa|leur|ses|leurs|une|son)\s+(?:prévisions?|estimations?|projections?|hypothèses?|"
        # a date kept: "maintient une ouverture fin 2026", "maintient son objectif"
        r"chiffres?|bilans?|version|diagnostic|objectifs?|calendriers?|échéances?|ouverture|"
        r"mise\s+en\s+service)\b"
        # an estimate: "estime les pertes à plus de 300 000 euros"
        r"|(?:(?:estim|chiffr|évalu)(?:e|ent|ait|aient|é)\s+(?:les?|la|l['’]|leurs?|ses|son|sa)"
        r"\s*(?:\S+\s+){0,3}?|(?:estim|chiffr|évalu)(?:e|ent|ait|aient)\s+)à"
        r"(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|au\s+moins\s+)?"
        r"(?:\d|(?:plusieurs|quelques|des)\s+(?:dizaines|centaines|milliers|millions|milliards)\b|"
        r"une?\s+(?:dizaine|centaine|millier|million|milliard)\b|"
        # a number in words: "évalue les dégâts à plus de deux millions d'euros"
        r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|"
        r"cinquante|soixante|cent|mille)\b))"
        # an accusation: "L'enquête met en cause le laboratoire" (not "remet en cause")
        r"|(?<!\bne\s)(?<!\bn['’])\b(?:met|mettent|mettait|mettaient|mit|"
        r"(?:a|ont|avait|avaient)\s+mis)\s+"
        r"(?:\S+\s+){0,2}?en\s+cause\s+(?:le|la|les|l['’]|des|un|une|son|sa|ses|leur|leurs)\b"
        # a reason given for it: "Son entourage l'explique par un déplacement prévu"
        r"|(?<!s['’])\b(?:l['’]|les\s+|la\s+|le\s+)expliqu(?:e|ent|ait|aient)\s+(?:\S+\s+){0,3}?"
        r"par\s+(?:un|une|le|la|les|l['’]|des|son|sa|ses|leur|leurs)\b"
        # a reason given: "L'institution invoque le ralentissement du commerce" (not an
        # article of the Constitution: "invoque le 49.3", an official act)
        r"|\binvoqu(?:e|ent|ait|aient)\s+(?!l['’]article|le\s+49|la\s+clause)"
        r"(?:l['’]\s*|(?:le|la|les|des|un|une|son|sa|ses|leur|leurs)\s+)\w"
        # a finding that links: "une étude relie l'exposition à un risque accru"
        r"|\b(?:reli|associ)(?:e|ent|ait|aient)\s+(?:\S+\s+){1,6}?à\s+(?:un|une)\s+"
        r"(?:risque|hausse|baisse|augmentation|diminution|excès)\b"
        r"|\bémet\w*\s+l['’]hypothèse|\bhypothèse\s+qu['’]émet"
        # a characterisation: "Il évoque une surestimation", "avait parlé de contamination
        # accidentelle" (not a topic: "parle des enfants", "a évoqué la question")
        r"|(?<!\bne\s)(?<!\bn['’])\b(?:évoqu(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+évoqué)"
        # "évoquent depuis plusieurs semaines un fonds": a time adverbial between
        r"(?=(?:\s+depuis\s+(?:\S+\s+){0,2}?\S+|\s+(?:déjà|aussi|également|encore|même|\w+ment))?"
        r"\s+(?:une?|des)\s+(?!réunion|rencontre|entretien|discussion|échange|souvenir|"
        r"piste)\w)"
        # "préfère parler d'un « marché du travail qui résiste »": the words chosen
        r"|\bpréf[èé]r(?:e|ent|ait|aient|é)\s+parler\s+(?:de|d['’]|du|des)\s*(?:une?\s+)?[«“\"]"
        # a clitic and a judgement: "Les syndicats agricoles le jugent insuffisant" (not "le
        # juge administratif")
        r"|(?:(?<=s\s)|(?<=\bil\s)|(?<=\bon\s)|(?<=elle\s))(?:le|la|les|l['’])\s*"
        r"jug(?:e|ent|eait|eaient)\s+"
        r"(?:\w+ment\s+|très\s+|trop\s+|bien\s+|peu\s+)?[«“\"]?\s*[a-zéèêàâîôûç]{4,}\b"
        r"|(?<!\bne\s)(?<!\bn['’])\b(?:parl(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+parlé)"
        r"(?=\s+(?:de\s+|d['’]\s*)(?:une?\s+)?(?!lui|elle|eux|ça|cela|voix|seule|même|"
        r"politique|football|sport|tout|rien|la\b|le\b|l['’])\w{4,})"
        # a document quoted: "Elle a cité un courriel demandant de « réécrire le cahier »"
        r"|\b(?:(?:a|ont|avait|avaient)\s+cité|cit(?:e|ent|ait|aient))(?=\s+(?:\S+\s+){0,12}?[«“\"])"
        # a portrait in quoted words: "a décrit à la barre un homme « froid »"
        r"|\bdécri(?:t|vent|vait|vaient)(?=\s+(?:\S+\s+){0,6}?[«“\"])"
        # a cause or a blame laid: "L'ONG attribue ce recul à l'urbanisation" (not a prize
        # awarded: "attribue le prix à")
        r"|\b(?:attribu|imput)(?:e|ent|ait|aient)\s+(?!(?:le|la|les|un|une|des|son|sa|ses|leur|leurs)\s+"
        r"(?:prix|récompenses?|médailles?|subventions?|notes?|marchés?|contrats?|postes?|logements?|"
        r"aides?|budgets?|sièges?|places?|fonds|crédits?|licences?|fréquences?)\b)"
        r"(?:(?:\S+\s+){1,4}?à\s+(?:l['’]|la\s|le\s|les\s|un\s|une\s|des\s|son\s|sa\s|ses\s|leur)"
        r"|(?:\S+\s+){0,4}?aux?\s"
        # "Un écart que la CGT attribue à une « volonté »" (not "attribue à une élève le prix")
        r"|à\s+(?:une?\s|la\s|l['’]|des\s|(?-i:[A-ZÀ-Þ]))(?![^.;]{0,40}\b(?:prix|récompenses?|médailles?|"
        r"subventions?|marchés?|contrats?|postes?|logements?|aides?|budgets?|sièges?|places?|fonds|"
        r"crédits?|licences?|fréquences?)\b))"
        # a party's count: "Le ministère a recensé 23,4 % de grévistes", "en a compté 55 000"
        r"|\b(?:recens|dénombr|comptabilis)(?:e|ent|ait|aient|é)(?=\s+(?:plus\s+de\s+|près\s+de\s+|"
        r"environ\s+|quelque\s+|au\s+moins\s+)?(?:\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|"
        r"dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|plusieurs|quelques|"
        r"des\s+(?:dizaines|centaines|milliers)|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|"
        r"trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier))\b))"
        r"|\b(?:a|ont|avait|avaient)\s+compté(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|"
        r"quelque\s+|au\s+moins\s+)?\d)"
        # "Les syndicats en comptent plutôt 800" (with its clitic: not "compte 800 habitants")
        r"|(?<=\ben\s)(?:compte|comptent|comptait|comptaient)(?=\s+(?:plutôt\s+|pour\s+leur\s+part\s+|"
        r"de\s+leur\s+côté\s+|eux\s+|quant\s+à\s+eux\s+)?(?:plus\s+de\s+|près\s+de\s+|environ\s+|"
        r"quelque\s+|au\s+moins\s+)?\d)"
        # a forecast: "prévoient une inflation autour de 1,5 %" (not a text that provides for
        # something: "le texte prévoit une amende")
        r"|\b(?:prévoi(?:t|ent|yait|yaient)|anticip(?:e|ent|ait|aient))\s+(?:une?|des|la|le|l['’])\s*"
        r"(?:\w+\s+)?(?:inflation|"
        r"croissance|hausse|baisse|recul|chômage|déficit|récession|progression|ralentissement|"
        r"rebond|contraction|températures?|épisodes?|pluies?|précipitations|orages?|vagues?|"
        r"canicules?|sécheresses?|crues?|inondations?|tempêtes?|reprise|aggravation|"
        r"amélioration|stabilisation|pics?)\b"
        # a culprit named, no charge spelt out: "les éleveurs accusent le loup,"
        # (not an incise after a quotation: "», accuse le délégué CGT")
        r"|(?<!»,\s)(?<!”,\s)(?<!\",\s)\baccus(?:e|ent|ait|aient)\s+(?:le|la|les|l['’])\s*"
        r"(?!coup|choc|contrecoup|retard|recul)"
        r"[\w'’-]+(?:\s+[\w'’-]+)?\s*(?=[,.;]|$)"
        # a reason given: "Elle justifie ce délai par le retard pris"
        r"|\bjustifi(?:e|ent|ait|aient)\s+(?:\S+\s+){0,4}?par\s+(?:le|la|les|l['’]|un|une|des|son|"
        r"sa|ses|leur|leurs)\b"
        # "Le syndicat avance un chiffre de 700 postes"
        r"|\bavan(?:ce|cent|çait|çaient|cé)\s+(?:(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+"
        r"côté|quant\s+à\s+(?:elle|lui|eux|elles)|pour\s+(?:elle|lui|eux|elles)|toutefois|"
        r"cependant|aussi|également)\s+)?(?:un|une|le|la|des|les|son|sa|leur)\s+(?:\w+\s+)?"
        r"(?:chiffres?|bilans?|estimations?|nombres?|totals?|montants?|hausses?|baisses?|"
        r"augmentations?|diminutions?|taux|pourcentages?)\b"
        # "C'est ce qui ressort d'une étude publiée mercredi"
        r"|\bressort\w*\s+(?:de\s+|d['’]|du\s+|des\s+)(?:une?\s+|l['’]|la\s+|le\s+|cette\s+|ce\s+|"
        r"ces\s+|les\s+)?(?:\w+\s+)?(?:étude|rapport|enquête|sondage|analyse|document|note|audit|"
        r"travaux|données|chiffres|statistiques|expertise|bilan)s?\b"
        # "a plusieurs fois fait part de son souhait de renforcer l'entrejeu"
        r"|\bfai(?:t|sait|saient)\s+(?:\S+\s+){0,2}?part\s+(?:de\s+|d['’])\s*(?:son|sa|ses|leur|"
        r"leurs)\s+[«“\"]?\s*(?:souhait|volonté|intention|inquiétude|crainte|regret|opposition|"
        r"satisfaction|désaccord|doutes?|colère|espoir|préoccupation|indignation)s?\b"
        r"|\bfont\s+(?:\S+\s+){0,2}?part\s+(?:de\s+|d['’])\s*(?:leur|leurs)\s+\w"
        # a headline's claim of responsibility, its object left out: "le groupe LockBit
        # revendique, la direction refuse de payer"
        r"|(?<!\bpas\s)(?<!\bjamais\s)\brevendiqu(?:e|ent)(?=\s*[,;]\s|\s*$)"
        # a figure claimed: "Le groupe revendique 3 millions d'abonnés"
        r"|revendiqu(?:e|ent|ait|aient|é)\s+(?:de\s+(?:son|leur)\s+côté\s+|pour\s+(?:sa|leur)\s+part\s+)?"
        rf"(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?{_NUMBER})"
        # a count of one's own: "La préfecture … parle plutôt de 240 000 entrées"
        rf"|parl(?:e|ent|ait|aient)\s+(?:plutôt\s+|pour\s+sa\s+part\s+|de\s+son\s+côté\s+)?"
        rf"(?:de|d['’])\s*(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?{_NUMBER})"
        # a figure announced: "La start-up annonce 200 embauches"
        rf"|annonc(?:e|ent|ait|aient)\s+(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?{_NUMBER})"
        # a count given: "La mairie a dressé lundi un bilan de deux millions de visiteurs"
        r"|(?:dress(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+dressé)\s+(?:\w+\s+){0,2}?"
        r"(?:un|le|son|leur)\s+bilan\s+(?:de|d['’])\s*"
        rf"(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?{_NUMBER})"
        # a document shown for what it shows: "L'opposition a présenté un graphique montrant"
        r"|(?:présent|publi|diffus|dévoil|brandi)\w*\s+(?:\w+\s+)?(?:un|une|des|son|sa|ses|leur|"
        r"leurs)\s+(?:graphiques?|documents?|rapports?|études?|tableaux?|notes?|courriers?|"
        r"enquêtes?|sondages?|cartes?|vidéos?|photos?|images?|relevés?)\s+(?:\w+\s+)?"
        r"(?:montrant|qui\s+montrent?|attestant|indiquant|prouvant|démontrant|selon\s+lequel|"
        r"selon\s+laquelle)\b"
        # what a party makes of something: "Une vidéo présente une infusion comme un remède"
        r"|\b(?:présent|décri|décriv)(?:e|ent|ait|aient|t|vent|vait)\s+(?:[^\s,.;«»]+\s+){1,8}?"
        r"comme\s+(?:un|une|le|la|l['’]|des|les)\b"
        # the weather forecast: "Les prévisionnistes annoncent des températures de saison"
        r"|annonc(?:e|ent|ait|aient)\s+(?:des|de\s+la|du|une?|le|la|les|de\s+fortes|de\s+nouvelles|"
        r"de\s+nouveaux)\s+(?:\w+\s+)?(?:températures?|pluies?|orages?|neige|averses?|vents?|"
        r"rafales?|gelées?|précipitations?|canicules?|chaleurs?|éclaircies?|intempéries|crues?)\b"
        # a product's merit claimed in quotation marks: "revendique un modèle d'IA « dix fois
        # moins gourmand »"
        r"|revendiqu(?:e|ent|ait|aient|é)\s+(?:un|une|des|le|la|les|son|sa|ses|leur|leurs)\s+"
        r"[^.;«»“”\"]{1,50}?[«“\"]"
        # a feat claimed: "avait revendiqué un record", "revendique la victoire"
        r"|revendiqu(?:e|ent|ait|aient|é)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|hier|déjà|aussitôt)\s+)?(?:un|une|le|la|sa|son|leur)\s+(?:\w+\s+)?(?:record|première|"
        # a trend claimed: "Paris revendique un doublement du trafic vélo"
        r"doublement|triplement|hausse|baisse|progression|augmentation|recul|"
        # a figure claimed as a noun: "Les syndicats revendiquent un taux de grévistes de 45 %"
        r"percée|victoire|succès|taux|chiffre|nombre|total|participation|score|bilan)\b"
        # achievements claimed: "revendique des commandes de trois constructeurs"
        r"|revendiqu(?:e|ent|ait|aient|é)\s+(?:des|de\s+nombreu\w+|plusieurs)\s+(?:\w+\s+)?"
        r"(?:commandes|clients|utilisateurs|abonnés|ventes|membres|adhérents|contrats|"
        r"partenaires|succès|victoires|soutiens)\b"
        # an attack claimed: "Un groupe de pirates a revendiqué l'attaque informatique"
        r"|(?<!\bpas\s)(?<!\bjamais\s)revendiqu(?:e|ent|ait|aient|é)\s+"
        # "a revendiqué mardi la cyberattaque"
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|officiellement|"
        r"aussitôt|rapidement)\s+)?(?:l['’]|la|le|les|cette|cet|ces)"
        r"\s*(?:attaques?|"
        r"attentats?|assassinats?|enlèvements?|responsabilité|paternité|incendies?|tirs?|frappes?|"
        r"opérations?|piratages?|cyberattaques?|sabotages?|explosions?)\b"
        # a hope with its object: "Les professionnels espèrent une saison record"
        r"|\bespèr(?:e|ent)\s+(?:une?|des|le|la|l['’])\s*\w"
        r"|(?<!\bse\s)(?<!\bs['’])(?<!\bne\s)(?<!\bn['’])\b(?:met|mettent|mettait|mettaient|"
        r"(?:a|ont|avait|avaient)\s+mis)\s+(?:\S+\s+){0,2}?en\s+avant\s+(?:l['’]\s*|"
        r"(?:le|la|les|des|un|une|son|sa|ses|leur|leurs)\s+)\w"
        r"|\bmaint(?:ient|iennent|enait|enaient|enu)\s+(?:ses|leurs|sa|son|leur)\s+"
        r"(?:propos|accusations?|affirmations?|déclarations?|chiffres?|dires|version|position|"
        r"estimations?|informations|révélations|conclusions|témoignages?|résultats|analyses|"
        r"données|calculs|mesures)\b"
        # with what is maintained after it (a headline "Québec persiste et signe" is a stance)
        r"|\bpersist\w*\s+et\s+sign\w*\b(?!\s*[.!?]?\s*$)"
        # a reading shared: "Les économistes de l'OFCE partagent cette lecture"
        r"|(?<!\bne\s)\bpartag(?:e|ent|eait|eaient|é)\s+(?:\w+ment\s+|aussi\s+|également\s+)?"
        r"(?:cette|cet|ce|ces|son|sa|ses|leur|leurs|l['’]|la|le)\s*(?:lecture|analyse|avis|"
        r"point\s+de\s+vue|diagnostic|constat|interprétation|inquiétude|crainte|optimisme|"
        r"pessimisme|conclusion|scepticisme)s?\b"
        # "Les enquêteurs avaient d'abord privilégié l'hypothèse d'un mégot"
        r"|\b(?:privilégi(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+(?:d['’]abord\s+|"
        r"longtemps\s+|\w+ment\s+)?privilégié)\s+(?:toujours\s+|désormais\s+|encore\s+|"
        r"\w+ment\s+)?(?:la|l['’]|une|cette)\s*(?:piste|hypothèse|thèse)\b"
        # "Plusieurs économistes nuancent ce constat"
        r"|\b(?:nuanc|tempèr|tempér)(?:e|ent|ait|aient)\s+(?:ce|cet|cette|ces|le|la|les|l['’]|son|sa|"
        r"leur)\s*"
        r"(?:constat|analyse|affirmation|bilan|discours|optimisme|enthousiasme|chiffres?|propos|"
        # "une nouvelle étude nuance les conclusions précédentes"
        r"lecture|satisfecit|conclusions?|résultats?)s?\b"
        # a party's blame: "Elle pointe un réseau d'assainissement sous-dimensionné", "pointe du
        # doigt la responsabilité de l'État" (its object a fault: not "la flèche pointe le nord")
        r"|\bpointe(?:nt)?\s+(?:plutôt\s+|surtout\s+|aussi\s+|également\s+|notamment\s+|"
        r"de\s+(?:son|leur)\s+côté\s+|pour\s+(?:sa|leur)\s+part\s+|"
        r"\w+ment\s+)?(?:du\s+doigt\s+)?(?:un|une|des|le|la|les|l['’]|son|"
        r"sa|ses|leur|leurs)\s*(?:\w+\s+)?(?:réseau|responsabilité|manque|défaillances?|"
        r"insuffisances?|erreurs?|retards?|négligences?|dysfonctionnements?|failles?|carences?|"
        r"lacunes?|absence|rôle|sous-effectifs?|coupes?|choix|politique|gestion|"
        # a harm pointed out: "Sud Ouest pointe la suppression de plusieurs dessertes"
        r"suppressions?|fermetures?|dérives?|flambée|dégradation|risques?|dangers?|limites|"
        r"faiblesses?)"
        # "plusieurs pays européens ont signalé des survols similaires"
        r"|\b(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|déjà\s+|aussi\s+|également\s+)?signalé\s+"
        r"(?:des|plusieurs|de\s+nombreu\w+|une?|la\s+présence)\s+\w"
        # "Les observateurs ont relevé des cas d'intimidation"
        r"|\b(?:relev|constat|signal)(?:é|ent|e|ait|aient)\s+"
        # "signalent depuis plusieurs semaines des difficultés"
        r"(?:depuis\s+(?:plusieurs|quelques|deux|trois)\s+\w+\s+|\w+ment\s+)?"
        r"(?:des|de\s+nombreux|de\s+nombreuses|"
        r"plusieurs|quelques|une\s+série\s+d['’])\s*(?:cas|irrégularités|anomalies|manquements|"
        r"failles|incohérences|erreurs|violations|fraudes|dysfonctionnements|incidents|retards|"
        r"défaillances|lacunes|difficultés|problèmes|pénuries|ruptures|tensions)\b"
        # a cause named: "Son directeur financier a attribué cette performance à la reprise"
        # (not a prize given: "Le jury a attribué le prix à")
        r"|\b(?:attribu|imput)(?:e|ent|ait|aient|é)\s+(?:cette|ces|ce|cet|la|le|les|l['’]|son|sa|"
        r"ses|leur|leurs)\s*(?:\w+\s+){0,3}?(?:hausses?|baisses?|performances?|résultats?|retards?|"
        r"difficultés|échecs?|succès|accidents?|pannes?|incidents?|défaites?|victoires?|reculs?|"
        r"progressions?|chutes?|pertes?|déficits?|bénéfices?|dérapages?|surcoûts?)\s+(?:à|au|aux)\b"
        # a work or an act said to be someone's: "Le musée attribue une toile à Géricault",
        # "attribue l'attaque à un groupe jihadiste" (not a prize: "attribue le prix à")
        r"|\b(?:attribu|imput)(?:e|ent|ait|aient|é)\s+(?:une?|cette|ces|ce|cet|la|le|les|l['’])\s*"
        r"(?:\w+\s+){0,2}?(?:toiles?|tableaux?|œuvres?|peintures?|dessins?|sculptures?|manuscrits?|"
        r"textes?|citations?|propos|attentats?|attaques?|tirs?|frappes?|explosions?|incendies?|"
        r"cyberattaques?|piratages?|assassinats?|meurtres?|enlèvements?)\s+(?:[^\s.;,«»]+\s+){0,3}?"
        r"(?:à|au|aux)\b"
        r"|insist\w*\s+sur(?=\s+(?:une?|la|le|les|l['’]|des|son|sa|ses|leur|leurs)\b)"
        r"|(?:abouti|arrivé|parvenu)e?s?\s+à\s+(?:des|la|une|les)\s+conclusions?\b"
        # a plea's content: "La défense avait plaidé l'altération du discernement"
        # (not the verdict asked for: "a plaidé la relaxe", "plaide l'acquittement")
        r"|plaid(?:e|ent|ait|aient|é)\s+(?!la\s+relaxe|l['’]acquittement|la\s+clémence|"
        r"le\s+non-lieu|la\s+nullité)(?:la|le|l['’]|les)\s*\w"
        r"|établi\w*\s+(?:\w+\s+){0,4}?(?:un|le)\s+lien\s+entre\b"
        # "présente le report de l'âge légal comme la seule solution"
        r"|présent(?:e|ent|ait|aient)\s+(?:le|la|les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs)"
        r"\s*(?:\S+\s+){0,5}?comme\s+(?:la|le|les|l['’]|un|une|des|étant)\b"
        # "jugeant le texte trop contraignant"
        r"|jug(?:e|ent|eait|eaient|eant)\s+(?:le|la|les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs)"
        r"\s*(?:\S+\s+){0,3}?(?:trop|très|peu|insuffisamment|particulièrement|totalement)\s+\w{4,}"
        r"|(?:citation|phrase|propos|déclaration|message)s?\s+attribuée?s?\s+à\b"
        # "La phrase est partagée des milliers de fois, toujours attribuée au physicien"
        r"|(?:citation|phrase|propos|formule|maxime)s?\b[^.;«»]{0,80}?\b(?:attribuée?s?|prêtée?s?)"
        r"\s+(?:à|au|aux)\s"
        # caution with its reason: "Certains spécialistes restent prudents : une comète peut…"
        r"|(?:rest|demeur|se\s+montr|se\s+disent|se\s+dit)\w*\s+(?:plus\s+|très\s+|bien\s+plus\s+)?"
        r"(?:prudente?s?|circonspecte?s?|optimistes?|pessimistes?|confiante?s?|inquiète?s?)\s*:"
        r"(?=\s*\w)"
        # "La chambre d'agriculture appelle à la prudence : l'ampleur des dégâts…"
        r"|(?:appel|invit|exhort)\w*\s+(?:à\s+la|au)\s+(?:prudence|calme|vigilance|patience)\s*:"
        r"(?=\s*\w)"
        # benefits claimed: "Des vidéos vantent les mérites d'un jeûne"
        r"|vant(?:e|ent|ait|aient|ant|é|ée|és|ées)\s+(?:les|ses|leurs)\s+(?:mérites|bienfaits|vertus|"
        r"avantages|qualités)\b"
        # its own product praised: "une appli de rencontres vante son modérateur automatique"
        r"|(?<!\bse\s)\bvant(?:e|ent|ait|aient)(?=\s+(?:son|sa|ses|leur|leurs)\s+\w)"
        r"|n['’]exclu(?:t|ent|ait|aient)\s+(?:pas|plus)(?=\s+(?:l['’]\s*|(?:une?|la|le|les|des)\s+)\w)"
        # a course ruled out: "Le gouvernement a par ailleurs exclu toute hausse supplémentaire"
        r"|\b(?:a|ont|avait|avaient)\s+(?:(?!été\b)\w+\s+){0,2}?exclu\s+(?:toute?s?|tout)\s+"
        r"(?:\w+\s+)?(?:hausses?|baisses?|augmentations?|reports?|idée|possibilité|retour|"
        r"changements?|modifications?|démission|départ|recours|remaniement|intervention|"
        r"suppression|fermeture|report|dissolution|candidature|alliance|accord|coupe)\b"
        # a cause given: "explique ce dépassement par l'envolée du prix de l'acier"
        r"|\bexpliqu(?:e|ent|ait|aient)\s+(?:ce|cet|cette|ces|le|la|les|l['’]|son|sa|ses|leur|"
        r"leurs)\s*(?:\w+\s+){0,3}?par\s+(?:la|le|les|l['’]|une?|des|un)\b"
        r"|n['’](?:exclu(?:t|ent|ait|aient)|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?exclu)\s+pas\s+"
        r"(?:que|qu['’]|de\b|d['’])|n['’](?:a|ont|avait|avaient)\s+pas\s+exclu\s+"
        # "n'a pas exclu mercredi de recourir", "n'a pas exclu, jeudi, que"
        r"(?:,?\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
        r"\w+ment)\s*,?\s+)?(?:que|qu['’]|de\b|d['’]))",
        _I,
    ),
    "inquièt inquiét félicit alarm réjou indign alert conclu reconn avou arguant fustig tabl exclu "
    "présent "
    "estim insist abouti arrivé parvenu établi attribu présent jug prévision projection plaid "
    "chiffr évalu revendiqu annonc cause invoqu expliqu reli associ émet évoqu parl avan ressort "
    "part décri attribu imput recens dénombr comptabilis compté compte prévoi anticip justifi "
    "dress publi diffus dévoil brandi "
    "avant maint "
    "persist privilégi partag plaign nuanc tempèr tempér relev constat signal cité cite accus "
    "vant prêt prudent prudence calme vigilance patience "
    "pointe "
    "espèr "
    "circonspect optimist pessimist confiant inquiet inquièt",
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
        r"(?!\s+réception\b)"  # "a accusé réception de la plainte": acknowledged, not accused
        r"(?:\s+\S+){0,6}?\s+d(?:e\b|['’]|u\b|es\b)"
        # the accused alone, at the end: "Une raffinerie en feu – Moscou accuse Kiev"
        r"|\baccus(?:e|ent|ait|aient)\s+(?:l['’]\s*|(?:le|la|les)\s+)?(?-i:[A-ZÀ-Þ])[\w’'-]+"
        r"(?:\s+[\w’'-]+){0,2}\s*[.!]?\s*$"
        # a party blamed by name of its role: "Nantes accuse l'arbitrage après sa défaite" (not
        # "le CAC 40 accuse le coup", "accuse une baisse")
        r"|\baccus(?:e|ent|ait|aient)\s+(?:l['’]\s*|(?:le|la|les)\s+)(?:arbitrage|arbitres?|"
        r"gouvernement|direction|État|police|mairie|préfecture|opposition|justice|médias|presse|"
        r"patronat|syndicats?|fédération|ligue|ministère|pouvoir|régime|armée)\b"
        # each side the other: "les deux camps s'accusent mutuellement"
        r"|\bs['’]accus(?:e|ent|aient|ait)\s+(?:mutuellement|l['’]un\s+l['’]autre)\b",
        _I,
    ),
    "accus soupçonn suspect incrimin reproch",
)
# What studies found, said with a pronoun: "Plusieurs études l'ont montré"
_SHOWN_IT = re.compile(
    r"(?i)\b(?P<who>(?:plusieurs|des|les|de\s+nombreuses|de\s+nombreux|certaines|certains|une|un|"
    r"l['’]|la|le|cette|ces|leurs?|ses|sa|son)\s*(?:\w+\s+){0,2}?(?:études?|enquêtes?|rapports?|"
    r"travaux|recherches|analyses?|expertises?|sondages?|experts?|chercheurs|scientifiques))\s+"
    r"(?:\w+\s+)?l['’](?:ont|a|avaient|avait)\s+(?:déjà\s+|bien\s+|clairement\s+|largement\s+)?"
    r"(?:montré|démontré|prouvé|établi|confirmé|mis\s+en\s+évidence|souligné|constaté)\b"
)
# What a study found, as a noun phrase: "Une étude publiée mardi a détecté 240 000 fragments",
# "Des travaux sur la souris ont montré une inflammation" (R4f; not the outlet's own "notre
# enquête", nor a plan: "le rapport prévoit")
_STUDY_FOUND = _gated(
    re.compile(
        r"(?i)(?:^|(?<=[,;:]\s)|(?<=\bet\s))(?P<who>(?:une?|les|des|la|le|l['’]|cette|ces|ses|leurs?|"
        r"plusieurs|de\s+nombreu(?:x|ses)|deux|trois|certaines|certains|d['’]autres)\s*"
        r"(?:\w+\s+)?(?:études?|travaux|recherches|analyses|enquêtes?|rapports?|sondages?|"
        r"expertises?|contre-expertises?|essais(?:\s+cliniques)?|expériences|prélèvements|relevés|audits?|"
        r"autopsies?|inspections?|"
        # "Les chercheurs ont observé une hausse de 24 % du risque" (a finding, not a method:
        # "les chercheurs ont mesuré l'âge de fines couches de calcite")
        r"(?P<people>chercheurs|chercheuses|scientifiques|épidémiologistes)))\b[^.;«»:?!]{0,100}?\s"
        r"(?P<verb>(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|déjà\s+|aussi\s+|également\s+)?"
        r"(?:montré|révélé|mis\s+en\s+évidence|détecté|décelé|trouvé|mesuré|observé|relevé|"
        r"constaté|identifié|démontré|pointé|recensé|donné(?=\s+des\s+résultats))|"
        r"(?:montre|montrent|montrait|montraient|révèle|révèlent|révélait|révélaient|détecte|"
        r"détectent|met\s+en\s+évidence|mettent\s+en\s+évidence|relève|relèvent|constate|"
        r"constatent|identifie|identifient|décèle|décèlent|recense|recensent|"
        # not a ranking: "Le sondage pointe la Bretagne en tête"
        r"(?:pointe|pointent)(?![^.;]{0,60}\ben\s+tête)|"
        # "Une étude japonaise était parvenue à des résultats comparables"
        r"(?:est|était|sont|étaient)\s+parvenue?s?\s+à|(?:a|avait|ont|avaient)\s+abouti\s+à|"
        r"aboutit\s+à|aboutissent\s+à))"
        # "pointe désormais un câble tombé au sol"
        r"(?:\s+(?:désormais|aussi|également|notamment|surtout|pourtant|toutefois|cependant|"
        r"déjà|\w+ment))?"
        r"\s+(?:une?\b|des\b|la\b|le\b|les\b|l['’]|du\b|de\s+(?:nombreu\w+|graves|fortes|"
        r"sérieu\w+|fortes)|\d|plus\s+de\b|près\s+de\b|en\s+moyenne\b|environ\b|jusqu['’]à)"
        r"(?(people)\s*(?:\w+\s+)?(?:hausses?|baisses?|augmentations?|diminutions?|réductions?|"
        r"reculs?|liens?|corrélations?|associations?|risques?|excès|effets?|différences?|écarts?|"
        r"surmortalité|taux|proportions?|niveaux?)\b)"
    ),
    "montr révél révèl évidence détect décel décèl trouv mesur observ relev relèv constat "
    "identifi démontr point recens parvenu abouti donné",
)
# A finding named as a study's: "C'est la conclusion d'une étude publiée jeudi par WWA"
_CONCLUSION_OF = re.compile(
    r"(?i)^\s*(?:c['’]est|ce\s+sont|telle\s+est|telles\s+sont)\s+(?P<verb>(?:la|les|le|l['’])\s*"
    r"(?:principales?\s+)?(?:conclusions?|constats?|résultats?|enseignements?|verdict))\s+"
    r"(?:principale?s?\s+)?(?:d['’]|de\s+(?=la\b|l['’])|du\s+|des\s+)(?P<who>(?:une?\s+|la\s+|"
    r"l['’]|les\s+|ce\s+|cette\s+)?(?:\w+\s+){0,2}?(?:étude|rapport|enquête|analyse|travaux|"
    r"sondage|expertise|note|audit|recherche)s?\b[^.;]*)"
)
# A poll's standings: "les derniers sondages donnent l'initiative au coude-à-coude", "un
# baromètre crédite le maire de 38 % des intentions de vote"
_POLL_GIVES = _gated(
    re.compile(
        r"(?i)(?:^|(?<=[,;:]\s)|(?<=\bet\s))(?P<who>(?:une?|les|des|la|le|l['’]|ce|cette|ces|"
        r"plusieurs|deux|trois|tous\s+les|d['’]autres)\s*(?:\w+\s+){0,2}?(?:sondages?|"
        r"baromètres?|enquêtes?\s+d['’]opinion)(?:\s+(?-i:[A-Z][\w-]+))?)\b[^.;«»:?!]{0,80}?\s"
        r"(?P<verb>(?:donne|donnent|donnait|donnaient|place|placent|plaçait|plaçaient|crédite|"
        r"créditent|créditait|créditaient)|(?:a|ont|avait|avaient)\s+(?:donné|placé|crédité))"
        # not an idiom: "le sondage donne la parole aux habitants", "a donné lieu à"
        r"\s+(?!(?:la\s+parole|lieu|naissance|l['’]occasion|le\s+ton|accès|suite|le\s+coup)\b)\w"
    ),
    "donn plac plaç crédit",
)
# A study that found nothing, a claimed link refuted: "Une étude suédoise … n'a trouvé aucun
# lien entre le paracétamol et l'autisme" (not its authors' caveat: "L'étude ne démontre pas
# de lien de cause à effet, préviennent ses auteurs"; nor a finding of nothing: "L'autopsie
# n'a révélé aucune trace de violence")
_STUDY_FOUND_NONE = _gated(
    re.compile(
        r"(?i)(?P<who>\b(?:une?|les|des|la|le|l['’]|cette|ces|ses|leurs?|plusieurs|certaines|"
        r"certains|de\s+nombreu(?:x|ses)|deux|trois|d['’]autres)\s*(?:\w+\s+)?(?:études?|travaux|"
        r"recherches|analyses|enquêtes?|rapports?|expertises?|contre-expertises?|essais|tests|"
        r"prélèvements|autopsies?|examens|relevés|contrôles|inspections?|méta-analyses?|"
        r"revues?\s+systématiques?|synthèses?|expériences?))\b[^.;«»]{0,100}?"
        r"(?P<verb>\b(?:n['’](?:a|ont|avait|avaient)\s+(?:(?:pourtant|cependant|toutefois|"
        r"jamais|\w+ment)\s+)?(?:trouvé|mis\s+en\s+évidence|"
        r"montré|révélé|établi|détecté|décelé|observé|constaté|identifié|démontré|relevé)|"
        r"ne\s+(?:montre|montrent|révèle|révèlent|trouve|trouvent|met|mettent|établit|établissent|"
        r"relève|relèvent|démontre|démontrent)(?:\s+en\s+évidence)?(?:\s+(?:pourtant|cependant|"
        r"toutefois|en\s+réalité))?)\s+(?:aucune?|le\s+moindre|"
        r"la\s+moindre|nulle)\s*(?:\w+\s+)?(?:liens?|preuves?|associations?|corrélations?|"
        r"surrisques?|dépassements?|anomalies?|irrégularités?|contaminations?|"
        r"relations?\s+(?:causales?|de\s+cause)|effets?\s+(?:significatifs?|néfastes?|"
        # "n'a pourtant trouvé aucun effet du sucre sur le comportement"
        r"nocifs?|protecteurs?|du|de\s+la|de\s+l['’]|des|sur)|"
        # "ne montre pourtant aucune baisse de la fréquentation"
        r"(?:baisses?|hausses?|diminutions?|augmentations?|différences?|impacts?)\s+(?:de|d['’]|du|des|"
        r"sur|significati\w+))\b)"
    ),
    "n' n’ ne",
)
_ALLEGED = _gated(
    re.compile(
        r"\b(?:présumée?s?(?!\s+innocente?s?)|prétendue?s?|prétendument|allégu[ée]e?s?|incriminée?s?|"
        r"supposée?s?(?!\s+(?:être|faire|avoir)))\b"
        r"|\bil\s+(?:lui|leur)\s+est\s+reproché\b|\bil\s+est\s+reproché\s+à\b"
        # "Les soupçons se portent sur un dégazage sauvage"
        r"|\bsoupçons\s+(?:se\s+port|pès|pes)\w*\s+(?:\w+\s+)?sur\b"
        # "l'ours mis en cause après la mort de trente brebis"
        # and at a headline's end: "…, les garde-côtes mis en cause"
        r"|\bmise?s?\s+en\s+cause(?:\s+(?:pour|dans|après)\b|\s*$)"
        # with its accuser: "un collège mis en cause par des parents"
        r"|\bmise?s?\s+en\s+cause\s+(?P<by>par)\s",
        _I,
    ),
    "présum prétend allégu suppos reproch cause incrimin soupçons",
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
        # each participle with the words that make it a view: "est considéré comme", "est
        # soupçonné de", "est décrit par"; not a trial ("a été jugé par la cour", "jugé pour
        # meurtre"), a sighting ("vu pour la dernière fois") or a bill ("présenté par")
        rf"\b{BE}(?:\s+{ADVERB}){{0,2}}\s+(?:"
        r"(?:considérée?s?|estimée?s?|présentée?s?|décrite?s?|perçue?s?|vue?s?|qualifiée?s?|"
        r"réputée?s?)\s+comme"
        r"|(?:qualifiée?s?|soupçonnée?s?|accusée?s?|suspectée?s?)\s+(?:de|d['’]|par)"
        r"|(?:considérée?s?|décrite?s?|perçue?s?|citée?s?)\s+par"
        r"|réputée?s?\s+pour"
        r"|(?:considérée?s?|jugée?s?|estimée?s?|présentée?s?|décrite?s?|perçue?s?|vue?s?|"
        r"qualifiée?s?|soupçonnée?s?|accusée?s?|suspectée?s?|citée?s?|réputée?s?|censée?s?)\s+"
        r"(?:être|avoir))\b"
        # an estimate without its author: "le coût est estimé à 700 millions d'euros"
        # or in an apposition: "Le projet, évalué à 4,2 milliards de dollars, doit…"
        # "d'un diamètre estimé entre 40 et 90 mètres"
        rf"|(?:\b{BE}(?:\s+{ADVERB}){{0,2}}|,|\bd['’]une?\s+\w+)\s+(?:estimée?s?|évaluée?s?|chiffrée?s?)"
        r"\s+(?:à|entre)"
        r"(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|au\s+moins\s+)?(?:\d|"
        # in words: "Son absence est estimée à au moins six mois"
        r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|"
        r"quarante|cinquante|cent|mille|plusieurs|quelques)\b))"
        rf"|\b{BE}(?:\s+{ADVERB}){{0,2}}\s+(?:jugée?s?|estimée?s?|considérée?s?)\s+"
        r"(?:non\s+|peu\s+|trop\s+|très\s+|plus\s+|moins\s+|bien\s+|insuffisamment\s+)?"
        # an attribute, not a preposition: "jugé pour meurtre", "jugé dans la foulée"
        r"(?!(?:pour|par|dans|lors|avec|sans|devant|depuis|après|avant|entre|contre|hier|"
        # a verdict: "a été jugé coupable par la cour"
        r"coupables?|responsables?|irresponsables?|innocente?s?|"
        r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette|puis|mais|donc|selon)\b)"
        r"[a-zéèêàâîôû]{4,}"
        # a view with "sans": "des frais de mandat jugés sans lien avec son activité"
        r"|\b(?:jugée?s?|estimée?s?|considérée?s?)\s+sans\s+(?:lien|rapport|intérêt|objet)\b"
        # a figure claimed, its claimant left out: "record de fréquentation annoncé, la
        # gendarmerie plus prudente", "un record d'affluence revendiqué"
        r"|\b(?:records?|chiffres?|bilans?|victoires?)\s+(?:de\s+\w+\s+|d['’]\w+\s+)?"
        r"(?:annoncée?s?|revendiquée?s?)\b",
        _I,
    ),
    (
        "annoncé revendiqué "
        "considér jugé jugée estimé estimée présenté présentée décrit perçu vu qualifié soupçonn "
        "accusé accusée suspect cité réputé censé évalué chiffré"
    ),
)

# Source adverbials (R4b). Not "selon toute vraisemblance", "selon les cas", "d'après-guerre".
_SELON = re.compile(
    r"\b(?:selon|d['’]après(?!-)|cités?\s+par|citée?s?\s+par|[àa]\s+en\s+croire|"
    r"si\s+l['’]on\s+en\s+croit|aux\s+yeux\s+d(?:e\s+|u\s+|es\s+|['’])|"
    r"de\s+l['’]avis\s+d(?:e\s+|u\s+|es\s+|['’])|"
    r"de\s+l['’]aveu\s+(?:même\s+)?d(?:e\s+|u\s+|es\s+|['’])|"
    r"aux\s+dires\s+(?:de\s+|d['’])|aux\s+dires(?=\s+d(?:u|es)\s)|"
    r"de\s+sources?\s+(?=\w)|rapporté\s+par|relayée?s?\s+par)\s*",
    _I,
)
_SELON_NOT = re.compile(
    r"(?i)(?:toute?s?\s|que\b|qu['’]|les\s+(?:cas|besoins|modalités|régions|saisons|heures|"
    r"périodes|profils|secteurs)\b|le\s+(?:cas|besoin|calendrier|modèle|principe|type|"
    r"niveau|profil|secteur|moment|schéma|scénario)\b|la\s+(?:saison|météo|règle|méthode|"
    r"formule|taille|durée|gravité|nature|procédure|période|région|zone)\b|l['’](?:âge|"
    r"heure|(?-i:ordre)|usage|expression|adage)\b|un\s+(?:calendrier|barème|schéma|principe)\b|"
    r"la\s+formule|le\s+mot|les\s+termes|que\b|\d)"
)
_IN_VIEW = re.compile(
    r"(?:^|[.;]\s+)(?P<cue>Pour)\s+(?P<who>(?:lui|elle|eux|elles)|(?:le|la|les|l['’])\s*"
    # a title with its article: "Pour Le Figaro, le gouvernement « recule »"
    r"|(?:Le|La|Les|L['’])\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?(?=\s*,)"
    r"|(?:le|la|les|l['’])\s*"
    # an organisation by its name or acronym: "Pour la Fédération hospitalière de France,"
    r"(?:[A-ZÀ-Þ][\w'’-]+|(?i:ministre|président|présidente|premier\s+ministre|première\s+ministre|maire|avocat|avocate|procureur|"
    r"procureure|syndicat|opposition|gouvernement|expert|experte|chercheur|chercheuse|"
    r"préfet|préfète|rapporteur|rapporteure|gouverneur|commissaire|médiateur|médiatrice|"
    r"accusation|partie\s+civile|parties\s+civiles|plaignante?s?|"
    r"ambassadeur|ambassadrice|recteur|rectrice|magistrat|magistrate|candidat|candidate|"
    r"économiste|spécialiste|directeur|directrice|porte-parole|secrétaire|député|députée|"
    r"sénateur|sénatrice|association|ONG|analyste|politologue|sociologue|historien|"
    r"historienne|juge|défense|parquet|patron|patronne|dirigeant|dirigeante|responsable|"
    r"Kremlin|Élysée|Maison-Blanche|chef|groupe|entreprise|société|direction|syndicats?|"
    r"collectif|organisation|ministère|mairie|préfecture|police|autorités|fédération|patronat|"
    r"ONU|OMS|UE|Commission|agence|institut|observatoire|banque|FMI|Cour|tribunal|comité|"
    r"coordination|intersyndicale|confédération|ligue|coopérative|fondation|rectorat|"
    r"laboratoire|hôpital|club|entraîneur|avocate?s?|défenseurs?|militants?|associations?|"
    r"élus?|habitants?|riverains?|experts?|spécialistes?|scientifiques?|chercheurs?|auteurs?|"
    # those whose view a sentence gives, rarely those it is for
    r"distributeurs|industriels|commerçants|producteurs|analystes|observateurs|professionnels|"
    r"opposants|détracteurs|partisans|enquêteurs|constructeurs|assureurs|fabricants|"
    # experts by their field: "Pour les climatologues, cette douceur est cohérente avec…"
    r"[a-zéèêëàâîïôûç]{3,}logues?|économistes|juristes|épidémiologistes|historiens|médecins))"
    r"\b[^,]{0,60}"
    # a role and a name: "Pour le climatologue Christophe Cassou,"
    r"|(?:le|la|l['’])\s*[a-zéèêëàâîïôûç-]{4,}\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}"
    # ... and an initial: "Pour la locataire Sarah B.,"
    r"(?:\s+[A-ZÀ-Þ]\.)?"
    # a role, then the name between commas: "Pour l'éleveur, Patrick Faivre,"
    r"|(?:le|la|l['’])\s*[a-zéèêëàâîïôûç-]{4,},\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}),"
    # a first name and a name: "Pour Tony Chapron, l'action relève « … »" (not "Pour Noël,")
    r"|(?:^|[.;]\s+)(?P<cue4>Pour)\s+(?P<who4>(?:M\.\s+|Mme\s+)?[A-ZÀ-Þ][a-zà-ÿ]+"
    r"(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+(?:de\s+|d['’]|van\s+|von\s+|Le\s+|La\s+)?[A-ZÀ-Þ][\w'’-]+)"
    r"(?=\s*,)"
    r"|,\s+(?P<cue2>pour)\s+(?P<who2>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:de\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}),"
    # any party, when a certainty follows: "Pour les éleveurs, il ne fait aucun doute qu'un
    # ours…" (not "Pour les enfants, l'entrée est gratuite")
    r"|(?:^|[.;]\s+)(?P<cue3>Pour)\s+(?P<who3>(?:les|le|la|l['’]|des|ces|ses|leurs?|nos|"
    r"beaucoup\s+d['’]|de\s+nombreux|certains|plusieurs)\s*[^,]{2,60}?)(?=,\s+(?:il\s+ne\s+"
    r"fait\s+(?:aucun|pas\s+de|plus\s+de|guère\s+de)\s+doute|nul\s+doute|aucun\s+doute|"
    r"pas\s+de\s+doute|cela\s+ne\s+fait\s+(?:aucun|pas\s+de)\s+doute|il\s+est\s+(?:clair|"
    r"évident|certain|acquis)|c['’]est\s+(?:clair|évident|certain|sûr|une\s+évidence)))",
)
# Unattributed reports: "la rumeur d'une séparation", "l'information selon laquelle".
_RUMOUR = re.compile(
    r"(?i)\b(?:rumeurs?\s+(?:d['’]une?\b|du\b|de\s+la\b|selon\s+laquelle|voulant\s+que)|"
    r"(?:information|thèse|idée|hypothèse|version|accusation|affirmation|allégation|annonce|"
    r"promesse|déclaration|assurance|estimation|prévision)s?\s+"
    r"selon\s+la(?:quelle|quelles)|"
    # a claim going round: "la même affirmation circule sur les réseaux sociaux : le vaccin…"
    r"(?:affirmations?|rumeurs?|idées?|thèses?|théories?|allégations?|intox|infox|"
    # with its content after a colon (not "Une rumeur circule.", which says nothing)
    r"fausses?\s+informations?)\s+(?:\w+\s+){0,2}?(?:circul|court|courent|se\s+propag|se\s+répand|"
    # "L'affirmation revient régulièrement sur les réseaux sociaux : …"
    r"revien|ressurgi|refai\w*\s+surface|fleuri)\w*"
    r"[^.:;«»]{0,60}:\s*(?=\w)|"
    # a belief and what it holds: "C'est une croyance tenace chez de nombreux parents : un
    # goûter trop sucré rendrait les enfants agités"
    r"\b(?:croyances?|convictions?)\b[^.:;«»]{0,60}:\s*(?=\w))"
)
# A finding under its rubric: "Sondage : 58 % des Français favorables à…" (not a question:
# "Sondage : ce retard vous étonne-t-il ?")
_RUBRIC_SOURCE = re.compile(
    r"^\s*(?P<who>(?i:sondages?|baromètres?|études?|enquêtes?))\s*:\s*(?=\S)(?![^?]*\?\s*$)"
)
# What a study observed, fronted: "Dans plusieurs études, les parents … le jugeaient plus agité"
_IN_STUDY = re.compile(
    r"^\s*(?P<cue>Dans)\s+(?P<who>(?:une|un|plusieurs|deux|trois|cette|ces|"
    r"de\s+nombreu(?:x|ses)|certaines|certains)\s+(?:\w+\s+)?(?:études?|enquêtes?|rapports?|"
    r"sondages?|analyses?|expériences?|travaux|publications?|méta-analyses?)\b[^,]{0,60}?),"
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
           Commission|agences?|bureau|office|ministre|cabinet|équipe|rédaction|journalistes?|
           chefs?|patrons?|patronne|dirigeante?s?|secrétaire|sélectionneur|entraîneur|capitaine|
           exploitants?|distributeurs?|producteurs?|professionnels?|commerçants?|agriculteurs?|
           éleveurs?|enseignants?|riverains?|usagers?|consommateurs?|salariés?|employés?|
           soignants?|infirmi(?:er|ère)s?|policiers?|gendarmes?|notaires?|assureurs?|
           industriels?|fabricants?|opérateurs?|gestionnaires?|militants?|agents?|statistiques|
           relevés|calculs?|prévisions?|projections?|registres?|autopsie|expertise|
           contre-expertise)\b
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
    "du",  # "aurait du atterrir": dû misspelt
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
    # "avoir" itself: "Les patients traités auraient un risque réduit de 30 %"
    r"|(?<!\bon\s)(?<!\bil\s)(?<!\bj['’])\b(?:auraient|aurait)(?=\s+(?:un|une|des|leur|leurs|"
    r"plus\s+de|moins\s+de|près\s+de|environ|\d)\s)"
    r"|\b(?:s['’]élèverai(?:en)?t|envisagerai(?:en)?t|préparerai(?:en)?t|compterai(?:en)?t|"
    r"disposerai(?:en)?t|détiendrai(?:en)?t|posséderai(?:en)?t|négocierai(?:en)?t|"
    r"s['’]apprêterai(?:en)?t|s['’]agirai(?:en)?t|se\s+trouverai(?:en)?t|se\s+situerai(?:en)?t|"
    r"s['’]orienterai(?:en)?t|réclamerai(?:en)?t|exigerai(?:en)?t|"
    # a figure reported, unconfirmed: "Le montant avoisinerait 25 millions d'euros" (not a
    # cost the outlet estimates: "ce plan coûterait près d'un milliard", blind2)
    r"avoisinerai(?:en)?t|dépasserai(?:en)?t|atteindrai(?:en)?t|frôlerai(?:en)?t|"
    # what a leaked file holds, how many it touches: "Le fichier comprendrait les noms…"
    r"(?:comprendrai|contiendrai|regrouperai|concernerai|toucherai)(?:en)?t(?=\s+(?:les|des|"
    r"un|une|plus|près|environ|quelque|jusqu['’]à|\d))|"
    # a poll's figures: "La liste d'union de la gauche arriverait deuxième avec 29 %"
    r"recueillerai(?:en)?t|obtiendrai(?:en)?t|arriverai(?:en)?t\s+(?:en\s+tête|deuxième|"
    r"troisième|premi[eè]re?s?|second(?:e|s|es)?|dernier|derni[eè]re)|devancerai(?:en)?t|"
    r"totaliserai(?:en)?t|l['’]emporterai(?:en)?t)\b"
    # a cause put forward: "L'effet protecteur viendrait de la caféine", "s'expliquerait par"
    r"|\b(?:viendrai(?:en)?t|proviendrai(?:en)?t|résulterai(?:en)?t|découlerai(?:en)?t)\s+"
    r"(?:de|d['’]|du|des)\b|\bs['’]expliquerai(?:en)?t\s+(?:par|notamment\s+par)\b"
)
# In a headline the conditional is hearsay ("Boire trois cafés par jour réduirait le risque"):
# a headline states no hypothesis. Forms that cannot be an imperfect ("-erait", not "-érait";
# "-uirait", "-ndrait", "-ttrait", "dirait", "ferait"…); not the modals ("pourrait": a
# prediction, R5; "devrait").
_HEADLINE_CONDITIONAL = re.compile(
    r"(?i)\b[\w’'-]*(?:[^\Wéèr]erai|uirai|ndrai|ttrai|dirai|ferai|finirai|choisirai|verrai|"
    r"saurai)(?:en)?t\b"
)
_IMPERSONAL_BE = re.compile(r"(?i)\b(?:ce|c['’]|cela|ça|ceci)\s*serai(?:t|ent)\b")

# Disputes in the content (R3 ii): the claim called a lie, a fake, propaganda…
_DISMISSAL = _gated(
    re.compile(
        r"""(?ix)\b(?:
        (?<!\bdu\s)(?<!\bau\s)(?<!\ble\s)(?<!\bce\s)(?<!\bson\s)(?<!\bleur\s)mensonges?|mensong[eè]re?s?|
        montages?|(?<!pour\s)(?<!en\s)diffamation|diffamatoires?|
        # a figure said to count what does not belong: "ce chiffre inclut des départs volontaires,
        # qui ne relèvent pas de l'expulsion"
        (?:chiffres?|bilans?|décomptes?|totals?|totaux|statistiques?)\s+(?:\S+\s+){0,3}?(?:inclu|
           intègr|englob|comptabilis|compren|mélang)\w*\s+[^.;]{0,80}?\bne\s+relèv\w*\s+pas\b|
        # two counts that differ: "le ministère et les syndicats ne comptent pas de la même
        # façon"; reality hidden: "c'est masquer la réalité des fermetures"
        ne\s+(?:compt|calcul|mesur|chiffr|décompt)\w*\s+pas\s+de\s+la\s+même\s+(?:façon|manière)|
        (?:masqu|travest|occult|maquill)\w*\s+la\s+réalité|
        # an underestimate pointed out: "Le document pointe « une sous-estimation manifeste »"
        (?:point|dénon|relev|soulign|critiqu|fustig|constat|déplor)\w*\s+(?:\S+\s+){0,2}?
           [«“"]?\s*(?:une|la|des|les)\s+(?:sous-estimations?|surestimations?|sous-évaluations?|
           surévaluations?)|
        # a thing advertised that did not exist: "d'avoir vanté une piscine chauffée qui
        # n'existait pas"
        (?:vant|promi|promett|annonc|affich|propos)\w*\s+[^.;]{1,80}?\bqui\s+n['’](?:existait|
           existaient|a\s+jamais\s+existé|avait\s+jamais\s+existé)\s*(?:pas|plus)?\b|
        # a study that says nothing of something: "l'étude « ne dit rien des effets à long terme »"
        (?:études?|rapports?|enquêtes?|sondages?|chiffres?|données|analyses?|statistiques)\b[^.;]{0,20}?
           [«“"]?\s*ne\s+(?:dit|disent)\s+rien\s+(?:de|des|du|sur)\b|
        # accounts that clash: "deux versions s'opposent", "des témoignages contradictoires"
        (?:deux|des|plusieurs|les)\s+(?:versions|thèses|récits|témoignages|lectures|interprétations)\s+
           (?:s['’]opposent|se\s+contredisent|s['’]affrontent|divergent|contradictoires)|
        # worries waved away: "Les négociants balaient ces inquiétudes"
        balai\w*\s+(?:d['’]un\s+revers\s+de\s+(?:la\s+)?main\s+)?(?:ces|les|leurs|ses|toutes?\s+les)\s+
           (?:\w+\s+)?(?:inquiétudes|critiques|accusations|soupçons|craintes|arguments|reproches|
           doutes|objections|alertes|rumeurs|informations|affirmations|allégations)|
        # a case called empty: "dénonçant « un dossier vide »"
        (?<=[«“"]\s)(?:un\s+)?dossiers?\s+(?:vides?|creux)|accusations?\s+gratuites?|
        propagande|
        boules?\s+puantes?|ternir\s+l['’]image|aucune\s+valeur|fake\s+news|infox|intox|
        calomnies?|calomnieu(?:x|se|ses)|sans\s+(?:aucun\s+)?fondement|infondée?s?|
        dénuée?s?\s+de\s+(?:tout\s+)?fondement|contre-vérités?|affabulations?|
        fausses?\s+(?:informations?|accusations?|allégations?|nouvelles|rumeurs?)|
        # a forgery that claims something: "une fausse carte annonçant une alerte rouge", "un
        # faux communiqué attribué au ministère" (not "fabrication de faux documents")
        (?:faux|fausses?)\s+(?:communiqués?|documents?|cartes?|courriers?|messages?|lettres?|
           annonces?|alertes?|citations?|photos?|vidéos?|images?|captures?\s+d['’]écran|arrêtés?|
           convocations?|circulaires?)\s+(?:annonçant|affirmant|prétendant|évoquant|selon\s+
           (?:lequel|laquelle|lesquels|lesquelles)|qui\s+(?:annon[cç]|affirm|prétend)\w*|
           attribuée?s?\s+(?:à|au|aux))|
        (?:c['’]est|est|sont|étaient|était)\s+(?:totalement\s+|complètement\s+|absolument\s+|
           archi)?faux|fabriquée?s?\s+de\s+toutes\s+pièces|complotistes?|tissu\s+de|
        (?:prouv|démontr|montr|affirm|soutien|souti|souten|assur|dit|disent)\w*\s+(?:tout\s+|exactement\s+)?
           (?:le\s+contraire|l['’]inverse)|
        (?:ces|les)\s+(?:chiffres|données|éléments|preuves|statistiques|documents|images|pièces)\s+
           (?:ne\s+|n['’])(?:établi|démontr|prouv)\w*\s+(?:pas|aucun\w*|rien)|
        (?:(?<=[«“"])|(?<=[«“"]\s))(?:c['’]est|ce\s+n['’]est)\s+(?:\w+ment\s+)?(?:impossible|
           pas\s+possible)(?=\s*[,.!»”"])|
        refus\w*\s+de\s+reconnaître\s+(?:sa|la|le|les|leur|ce|cette|ces)\s+(?:défaite|résultats?|
           verdict|jugement|victoire|élection|décision)|
        mauvais\s+perdants?|manœuvres?\s+(?:politiciennes?|dilatoires?|grossières?)|
        # quoted, an affair called a « manœuvre politique » (a decision so called unquoted is
        # criticised, not denied)
        (?:(?<=[«“"])|(?<=[«“"]\s))manœuvres?\s+politiques?|
        pas\s+conformes?\s+à\s+la\s+réalité|
        ne\s+(?:correspond|reflèt|refl[eè]t)\w*\s+(?:en\s+rien|pas|nullement)\s+(?:à\s+)?
           (?:la\s+réalité|le\s+quotidien|le\s+vécu|la\s+situation\s+réelle|
           # "« Ces chiffres ne reflètent pas ce que nous vivons dans le couloir »"
           ce\s+qu(?:e\s+|['’])\s*(?:nous|je|j['’]|on|l['’]on|les\s+\w+)\s*(?:\w+\s+)?
           (?:vi|voy|constat|observ|ressen|sub|endur)\w*)|
        ne\s+représente\w*\s+en\s+rien|sans\s+rapport\s+avec\s+la\s+réalité|
        (?:totalement|complètement|parfaitement)\s+(?:faux|inexact|erroné)e?s?|inexacte?s?|
        erronée?s?|(?<!commerciale\s)(?<!commerciales\s)trompeu(?:r|se|rs|ses)|fantaisistes?|
        fallacieu(?:x|se|ses)|bâclée?s?|
        # a figure cut to mislead: "« Ce graphique est tronqué : il omet … »"
        (?:est|sont|était|étaient)\s+(?:\w+ment\s+)?tronquée?s?|
        (?:est|sont|était|étaient)\s+(?:\w+\s+)?abusi(?:f|ve|fs|ves)|
        entourloupes?|(?:pas|non|mal|guère)\s+(?:\w+ment\s+)?(?:fondée?s?|étayée?s?|prouvée?s?)|
        minimis\w*\s+(?:ces|les|la|le|l['’])\s*(?:révélations|accusations|faits|informations|
           chiffres|allégations)|grotesques?|absurdes?|farfelue?s?|
        délirante?s?|élucubrations?|fantasmes?|affabulations?|n['’]importe\s+quoi|
        ne\s+tien(?:t|nent)\s+pas(?:\s+la\s+route|\s+debout|\s*(?=[.,;!]))|
        (?:un|le|son|leur|ce|des|les|ses|leurs|nouveau|formel|ferme)\s+démentis?|dénégations?|
        protestations?\s+d['’]innocence|clam\w*\s+(?:son|leur)\s+innocence|
        plaid\w*\s+non\s+coupable|se\s+(?:dit|disent|disant)\s+innocente?s?|
        # a belief called mistaken: "C'est une idée reçue."
        (?:c['’]est|ce\s+sont|est|sont|reste|restent)\s+(?:\w+\s+)?(?:une?|des)\s+
           (?:idées?\s+reçues?|légendes?\s+urbaines?)|
        # rumours put an end to: "a coupé court lundi aux rumeurs de départ", "tord le cou à
        # la rumeur"
        coup\w*\s+(?:\w+\s+){0,2}?court\s+(?:\w+\s+){0,2}?(?:aux|à\s+(?:la|ces|les|toutes?\s+les))\s+
           (?:rumeurs?|spéculations?|bruits|supputations|allégations|polémique)|
        tord\w*\s+le\s+cou\s+(?:à\s+la|aux|à\s+cette|à\s+ces)\s+(?:rumeurs?|idées?\s+reçues?|
           intox|fausses?\s+informations?)|
        # accusations protested against: "L'industriel s'élève contre ces accusations"
        s['’]él[eè]v\w*\s+contre\s+(?:ces|les|cette|de\s+telles|toutes?\s+les)\s+
           (?:accusations?|allégations?|affirmations?|insinuations?|soupçons)|
        # a figure called meaningless: "ce chiffre ne veut pas dire grand-chose"
        (?:chiffres?|données|statistiques?|classements?|sondages?|indicateurs?|comparaisons?|
           moyennes?)\s+(?:\w+\s+){0,2}?ne\s+(?:veu\w+\s+(?:pas|rien)\s+dire|signifi\w+\s+
           (?:pas|rien))(?:\s+grand-chose)?|
        # evidence called weak: "la preuve n'est « pas décisive »"
        (?:preuves?|démonstrations?|arguments?|indices?|éléments?\s+de\s+preuve)\s+
           (?:\w+\s+){0,2}?(?:n['’](?:est|était)|ne\s+(?:sont|serait|seraient|semble))\s+
           [«“"]?\s*(?:pas|guère|nullement)\s+(?:\w+ment\s+|très\s+|assez\s+)?(?:décisi\w+|
           concluan\w+|probant\w*|convaincan\w+|suffisant\w*|solides?|fiables?)|
        # involvement denied: "L'exploitant se dit « étranger à cette pollution »"
        se\s+(?:dit|disent|disant|déclare|déclarent)\s+[«“"]?\s*(?:\w+ment\s+)?(?:étrangers?|étrangères?)
           \s+(?:à|aux?)\b|
        # the charge called a misunderstanding: "la jeune femme parle d'un « malentendu »"
        (?:parl|évoqu|invoqu|plaid)\w*\s+(?:d['’]un|un)\s+[«“"]?\s*(?:simple\s+|regrettable\s+)?
           (?:malentendu|quiproquo)|
        (?:de|d['’])\s*["«“]\s*(?:archi-?)?faux\b|archi-?faux|tout\s+faux|
        (?:fait|font|faire|a\s+fait|ont\s+fait)\s+croire\s+qu(?:e|['’])|désinformation|incohérences?|
        théories?\s+(?:du|d['’]un)\s+complot|
        (?:(?<=[»”"]\s)|(?<=[»”"],\s))(?:se\s+|s['’](?:est\s+)?)défend\w*|
        \b(?:mais|et)\s+(?:a\s+|avait\s+|ont\s+|avaient\s+)?(?:nié|démenti|contesté|réfuté|récusé|
           dénié|contredit)\b|
        en\s+(?:profond\s+|total\s+|complet\s+|plein\s+)?désaccord|
        il\s+n['’]en\s+est\s+rien|aucune\s+preuve\s+(?:ne|n['’])|
        n['’](?:a|ont|avait|avaient)\s+jamais\s+(?:dit|prononcé|écrit|déclaré|affirmé)\b|
        n['’](?:a|ont|avait|avaient)\s+jamais\s+tenu\s+(?:ces|de\s+tels|les|ses|leurs|ce|de)\s+
           (?:propos|paroles|discours)\b|
        contrairement\s+(?:aux|à\s+l['’]|à\s+la|au)\s*(?:affirmations?|déclarations?|propos|
           allégations?|dires|annonces?)|
        ridicules?|
        infirm\w*\s+(?:ces|les|cette|la|le|l['’])\s*(?:informations|rumeurs|allégations|affirmations|
           thèse|hypothèses?|version|conclusions|chiffres|témoignages?|accusations)|
        (?<!\bne\s)(?<!\bn['’])(?<!\bsans\s)remet\w*\s+en\s+(?:cause|question)\s+(?:la|les|ces|cette|ce|le|l['’])\s*(?:version|
           chiffres?|conclusions|résultats|affirmations|thèse|étude|bilan|témoignages?|fiabilité|
           véracité|crédibilité|authenticité|exactitude|validité|sincérité|bien-fondé|
           méthodologie|hypothèses?|estimations?|statistiques|sondages?)|
        (?:de|d['’])\s*(?:mentir|avoir\s+menti)\b|
        sortie?s?\s+de\s+(?:son|leur)\s+contexte|
        citations?\s+(?:parodiques?|inventées?|apocryphes?|tronquées?|détournées?)|
        fausses?\s+citations?|comptes?\s+(?:parodiques?|satiriques?)|
        (?:n['’]a|n['’]ont|n['’]avait)\s+(?:\w+\s+){0,2}?été\s+(?:prononcée?s?|dite?s?|écrite?s?)|
        # words never said, not promises not kept ("Les promesses n'ont pas été tenues")
        (?:propos|paroles|phrases?|citations?|mots|déclarations?)\b[^.;]{0,40}?
           (?:n['’]a|n['’]ont|n['’]avait)\s+(?:\w+\s+){0,2}?été\s+tenue?s?|
        (?:s['’]avèr\w*|se\s+sont\s+(?:toujours\s+)?avéré\w*|s['’]est\s+avéré\w*)\s+(?:être\s+)?
           (?:faux|fausses?|infondée?s?|inexacte?s?)|
        contrairement\s+à\s+ce\s+qu(?:e|['’])|^\s*démentis?\s+d(?:e|u|es|['’])|à\s+rebours\s+d(?:e|u|es|['’])|
        (?:va|vont|allait|allaient|aller)\s+à\s+l['’]encontre\s+d(?:e|u|es|['’])|
        ne\s+fait\s+pas\s+l['’]unanimité|(?:vives?|fortes?|nombreuses)\s+controverses?|
        relève\w*\s+de\s+la\s+fantaisie|la\s+fantaisie|
        (?:est|sont|était|étaient)\s+(?:\w+\s+)?fausses?\b|
        (?:également|aussi|tout\s+aussi)\s+faux|\bà\s+tort\b|truqué\w*|
        (?:image|photo|vidéo|séquence)s?\s+(?:\w+\s+){0,3}?générée?s?\s+par\s+(?:l['’])?
           (?:intelligence\s+artificielle|IA)|fariboles|balivernes|sornettes|
        # figures of unknown origin: "des chiffres « sortis d'on ne sait où »"
        (?:chiffres?|données|statistiques|estimations?|montants?|bilans?|informations?|
           affirmations?|accusations?|sondages?)\b[^.;]{0,40}?(?:sortie?s?|tirée?s?|venue?s?)\s+
           (?:d['’]on\s+ne\s+sait\s+où|de\s+nulle\s+part|du\s+chapeau)|
        # the outlet's doubt: "Rien n'est moins sûr, à en juger par…"
        rien\s+n['’]est\s+(?:moins\s+sûr|moins\s+certain)|
        # a recovery called false: "évoquent même un « faux rebond »"
        (?<=[«“"]\s)(?:faux|fausse|fausses)\s+(?:rebonds?|reprises?|débats?|problèmes?|procès|
           scandales?|semblants?|espoirs?|chiffres?|bonnes?\s+nouvelles?|pistes?)(?=\s*[»”"])|
        # a correction: "Cette étude portait en réalité sur des céréales, et non sur des boissons"
        en\s+réalité\b[^.;]{0,120}?,?\s+et\s+non\s+(?:pas\s+)?|
        # "qualifié ces informations de « pure spéculation »" (not the property market's)
        (?:pure|pures|simples?)\s+spéculations?|relèv\w*\s+de\s+la\s+(?:pure\s+)?spéculation\b
           (?!\s+(?:immobilière|financière|boursière|foncière))|
        billevesées|foutaises|racontars|ragots|cabales?|coups?\s+montés?|enfumages?|
        irrecevables?|irréalistes?|peu\s+réalistes?|
        cri(?:e|ent|ait|aient|é)\s+(?:au|à\s+la|à\s+l['’])\s*(?:complot|manipulation|machination|
           contamination|cabale|mensonge|acharnement|erreur\s+judiciaire)|
        (?:comparaisons?|chiffres?|propos|affirmations?|accusations?|craintes?|estimations?|
           inquiétudes?|critiques?|bilans?|statistiques|recettes|dépenses|prévisions|
           projections)\s+(?:[^\s.;,«»]+\s+){0,7}?[«“"]?\s*(?:excessi(?:f|ve|fs|ves)|
           exagérée?s?|sous-estimée?s?|surestimée?s?|sous-évaluée?s?|surévaluée?s?|minorée?s?|
           manipulée?s?|gonflée?s?)(?=\W|$)|
        fins?\s+de\s+non-recevoir|
        # a decision or a figure judged premature: "jugent la levée de l'alerte prématurée"
        jug(?:e|ent|eait|eaient|é|ée|és|ées)\s+(?:\S+\s+){1,6}?[«“"]?\s*prématurée?s?(?=\s*[»”"]?\s*(?:[.,;:]|$))|
        # figures said to understate: "les chiffres officiels sous-estiment largement l'épidémie"
        (?:chiffres?|statistiques|données|bilans?|estimations?|décomptes?)\s+(?:\w+\s+){0,2}?
           (?:surestim|sous-estim|minor|gonfl|exagèr|exagér)(?:e|ent|ait|aient)\b|
        # a target judged out of reach: "jugent cet objectif difficile à atteindre"
        (?:objectifs?|promesses?|engagements?|cibles?|prévisions?|calendriers?|trajectoires?)
           \b[^.;]{0,40}?\b(?:difficiles?|impossibles?|irréalistes?)\s+à\s+(?:atteindre|tenir|
           réaliser|respecter)|
        # a party's own figures corrected: "France Travail a rectifié … le nombre de demandeurs"
        (?:rectifi|corrig)\w*\s+(?:\w+\s+){0,2}?(?:ses|leurs|son|sa|le|la|les|l['’])\s*
           (?:\w+\s+){0,2}?(?:chiffres?|nombre|bilan|estimation|prévision|statistiques?|
           données|taux|montant|calcul|déclarations?|propos)\b|
        # a reading rejected: "n'y voit pas un simple accident"
        n['’]y\s+voi(?:t|ent|yait|yaient)\s+pas\s+(?:un|une|le|la|de|d['’])\s*(?:simples?|
           banale?s?|seule?s?|pure?s?)?\s*(?:accidents?|hasard|coïncidences?|erreurs?|fatalité)|
        # a study called partisan: "dénoncé une « étude militante »"
        (?:études?|rapports?|travaux|enquêtes?|analyses?|expertises?|sondages?|science)\s+[«“"]?\s*
           (?:militante?s?|partisane?s?|idéologiques?|orientée?s?|biaisée?s?)|
        # a deliberate omission: "elle oublie volontairement tout le reste"
        (?:oubli|omet|omett|tai[st]|occult)\w*\s+(?:volontairement|sciemment|délibérément|
           opportunément|soigneusement)|
        # an official framing called false: "une « fermeture déguisée »", "une taxe déguisée"
        (?:fermetures?|privatisations?|hausses?|augmentations?|baisses?|suppressions?|
           licenciements?|censures?|sanctions?|expulsions?|taxes?|impôts?|plans?\s+sociaux?|
           plans?\s+social|austérités?|réformes?|coupes?)\s+déguisée?s?|
        # evidence called partial: "à partir d'« images partielles »" (a call "à ne pas tirer de
        # conclusions hâtives" alone is a stance, blind75)
        (?:images?|vidéos?|extraits?|séquences?)\s+[«“"]?\s*(?:partielles?|partiels?|tronquée?s?)|
        # an election or a trial called a sham: "L'opposition parle d'une « mascarade »" (not a
        # carnival's "mascarade géante")
        (?:(?<=[«“"])|(?<=[«“"]\s))mascarades?|(?:parl|dénonc|fustig|qualifi|évoqu)\w*\s+
           (?:\S+\s+){0,3}?(?:d['’]une?|une?|de)\s*mascarade|simulacres?\s+(?:de|d['’])|
        # figures that do not match: "les chiffres affichés ne correspondent pas à ceux transmis"
        (?:chiffres|résultats|données|bilans?|comptes|procès-verbaux|montants?|totaux)\s+
           (?:\w+\s+){0,2}?ne\s+correspond\w*\s+(?:pas|aucunement|nullement|en\s+rien)|
        # evidence said to prove nothing: "Ce document ne prouve rien", "ne démontre rien"
        # (not a concession: "Une étude isolée ne prouverait rien, mais…")
        ne\s+(?:prouv|démontr)(?:e|ent|ait|aient)\s+(?:absolument\s+|strictement\s+)?rien|
        # a characterisation rejected for another: "Il ne s'agit pas d'une fermeture, mais
        # d'une suspension temporaire" (not a bare clarification: "il ne s'agit pas de…")
        il\s+ne\s+s['’]agi(?:t|ssait)\s+(?:pas|nullement|en\s+aucun\s+cas)\s+d(?:['’]|e\s+|u\s+|es\s+)
           [^,.;:«»]{1,50},\s+mais\s+(?:bien\s+)?d(?:['’]|e\b|u\b|es\b)|
        # "…, ce n'est pas une preuve", "Cette photo ne constitue pas une preuve"
        (?:ce|cela|ça|ceci)\s+n['’](?:est|était)\s+(?:pas|en\s+rien|nullement)\s+une\s+preuve
           (?!\s+d['’](?:amour|amitié|affection)|\s+de\s+(?:courage|confiance|respect|force))|
        # "« Une association n'est pas une preuve : … »", with no complement (not "n'est pas
        # une preuve de guérison", a caution)
        n['’](?:est|était)\s+(?:pas|en\s+rien|nullement)\s+une\s+preuve(?=\s*[:;,.»”"!])|
        ne\s+constitu(?:e|ent|ait|aient)\s+(?:pas|en\s+rien|nullement)\s+(?:une|des)\s+preuves?|
        # the outlet's check of a negative: "X n'a jamais été poursuivi ni condamné, a vérifié
        # notre rédaction auprès du parquet"
        n['’](?:a|ont|avait|avaient)\s+jamais\s+été\s+\w+(?:\s+ni\s+\w+)?\s*,\s+(?:a|ont)\s+
           (?:pu\s+)?(?:vérifié|constaté)\s+(?:notre\s+rédaction|nos\s+journalistes|l['’]AFP|
           (?:Le|La|L['’])\s*[A-ZÀ-Þ][\w-]+)|
        # "Ils se trompent lourdement", "ils ont tort" (not "se trompe de route")
        se\s+tromp(?:e|ent|ait|aient)\b(?!\s+(?:de|d['’])\s)|
        # "le consensus des économistes « s'est déjà trompé deux fois »"
        s['’](?:est|sont|était|étaient)\s+(?:\w+\s+)?trompée?s?\b(?!\s+(?:de|d['’])\s)|
        # a case called unfounded: "un budget « construit sur du sable »"
        (?:bâtie?s?|construite?s?|fondée?s?|repos\w*)\s+sur\s+du\s+sable|
        # a claim that leaves its hearers doubtful: "Une explication qui laisse sceptiques
        # plusieurs anciens coureurs"
        laiss\w*\s+(?:\w+\s+)?(?:sceptiques?|dubitati(?:f|ve|fs|ves)|perplexes?|incrédules?)|
        (?:ont|a|avaient|avait)\s+(?:bien\s+|totalement\s+|complètement\s+|grandement\s+|
           parfaitement\s+)?tort\b|
        # no evidence found for it: "Ils n'ont relevé à ce stade « aucun indice probant »",
        # "n'ont trouvé aucune preuve d'une intrusion" (not "aucune trace des disparus")
        n['’](?:a|ont|avait|avaient)\s+(?:\w+\s+){0,4}?(?:relevé|trouvé|constaté|découvert|
           observé|recueilli|identifié|établi)\s+(?:\w+\s+){0,3}?[«“"]?\s*(?:aucune?|la\s+moindre|
           le\s+moindre)\s+(?:preuves?|(?:indices?|éléments?)\s+(?:probants?|tangibles?|
           concrets?|matériels?|sérieux))|
        # a claim called fiction: "Cette théorie relève de la pure fiction" (not a film's
        # genre: "relève de la science-fiction")
        relèv\w*\s+(?:\w+\s+)?de\s+(?:la\s+pure\s+(?:science-fiction|fiction|fable|légende)|
           l['’]impossibilité\s+(?:technique|matérielle|physique)|l['’]affabulation|
           du\s+(?:pur\s+)?fantasme)|
        # findings no longer trusted: "des anomalies qui « ne permettent plus de se fier aux
        # conclusions »"
        ne\s+permet\w*\s+(?:plus|pas)\s+de\s+se\s+fier\s+(?:à|aux|au)|
        # a study withdrawn by its journal: "La revue … a retiré un article … qui affirmait"
        # (not a bill's "article 7")
        (?:revue|journal|éditeur|magazine)\b[^.;]{0,60}?\b(?:(?:a|ont|avait)\s+(?:\w+\s+)?
           retiré|retire|retirent)\s+(?:\w+\s+){0,2}?(?:l['’]|un|une|son|sa|leur|cet|cette|ces|
           ses)\s*(?:\w+\s+){0,2}?(?:article|étude|publication)s?\b(?!\s*\d)|
        # evidence set against a claim: "La défense oppose une étude italienne de 2023" (not
        # "s'oppose à", nor "le match oppose deux équipes")
        (?<!s['’])oppos(?:e|ent|ait|aient|é|ant)\s+(?:à\s+(?:cela|ces\s+\w+)\s+)?
           (?:une?|des|d['’]autres|ses|leurs?|sa|son)\s+(?:\w+\s+)?(?:études?|expertises?|
           contre-expertises?|chiffres|rapports?|analyses?|arguments?|version|lecture|
           interprétation|données|calculs?|témoignages?|travaux)|
        # a figure said to be over- or understated: "la méthode « surestime largement » le nombre"
        (?:surestim|sous-estim|surévalu|sous-évalu|exagèr|exagér)(?:e|ent|ait|aient|erait|eraient)\b
           \s*(?:\w+ment\b\s*)?[»”"]?\s*(?:le|la|les|l['’]|leurs?|ses|son|sa|ce|ces|cette)\s*
           (?:\w+\s+){0,2}?(?:nombre|chiffres?|bilan|montant|coût|ampleur|risques?|effets?|impact|
           danger|menace|taux|part|quantité|niveau|importance|gravité|portée|estimations?|
           prévisions?|besoins?|pertes|gains|économies|bénéfices?|dangerosité|toxicité)\b|
        s['’]oppos\w*\s+sur\s+(?:le|la|les|l['’])\s*(?:nombre|chiffres?|bilan|montant|coût|réalité|
           interprétation|version|causes?|origine|responsabilité|ampleur)|
        jou\w*\s+sur\s+les\s+mots|fai(?:t|saient|sait)\s+polémique|
        # "le roman est au cœur d'une polémique"
        au\s+(?:cœur|centre)\s+d['’]une\s+(?:vive\s+|nouvelle\s+)?(?:polémique|controverse)|
        # a choice defended against its critics: "l'arbitre défend son choix" (not a record:
        # "défend son bilan")
        (?<!\bse\s)(?:défend|défendent|défendait|défendaient|(?:a|ont|avait|avaient)\s+défendu)
           \s+(?:\w+\s+)?(?:son|sa|ses|leur|leurs)\s+(?:choix|décisions?|méthodes?|version|
           chiffres|calculs|estimations?|arbitrages?)|
        (?:promesses?|annonces?|affirmations?|déclarations?|estimations?|conclusions?|
           prévisions?)\s+[«“"]?\s*prématurées?|
        aucun\w*\s+(?:\S+\s+){1,4}?ne\s+(?:vient|viennent|permet|permettent)\s+(?:\S+\s+){0,3}?
           (?:d['’]|de\s+)?(?:étayer|confirmer|corroborer|appuyer|prouver|démontrer|attester|
           accréditer|valider)|
        (?:trop\s+(?:faibles?|ténus?|fragiles?|minces?)|insuffisante?s?)\s*[»”"]?\s+pour\s+(?:conclure|
           affirmer|trancher|établir|prouver)|
        (?:impossible|pas\s+possible)\s+de\s+tirer\s+(?:de|des)\s+conclusions|
        ne\s+résist\w*\s+pas\s+(?:à\s+(?:l['’]|une?\s+)\s*(?:\w+\s+)?(?:analyse|examen|vérification|
           expertise|contre-expertise)|à\s+l['’]épreuve\s+des\s+faits|
           # "il ne résiste pas aux expériences menées à l'étranger"
           aux\s+(?:faits|chiffres|données|expériences|études|observations|comparaisons)\b|
           à\s+la\s+(?:comparaison|réalité|réalité\s+des\s+faits)\b)|
        ne\s+(?:montr|révèl|prouv)\w*\s+à\s+aucun\s+moment|
        faux\s+en\s+écritures?|
        # "Ces chiffres officiels ne reflètent absolument pas la réalité des écoles"
        ne\s+refl[eè]t\w*\s+(?:absolument\s+|nullement\s+|en\s+rien\s+|aucunement\s+)?
           (?:pas\s+)?(?:du\s+tout\s+)?(?:la\s+réalité|le\s+terrain|la\s+situation\s+réelle|
           l['’]ampleur\s+réelle)|
        ne\s+(?:montr|dit|dis|racont|refl[eè]t)\w*\s+[«“"]?\s*qu['’]une\s+(?:petite\s+)?partie\s+
           d(?:e|u|es|['’])|
        (?:experts?|scientifiques|astronomes|économistes|chercheurs|spécialistes|médecins|
           juristes|analystes|historiens|observateurs)\s+(?:\w+\s+)?(?:divisés|partagés)|
        (?:rapports?|études?|enquêtes?|documentaires?|articles?|dossiers?|reportages?)\s+
           (?:\S+\s+){0,2}?[«“"]?\s*à\s+charge\b|
        minimis\w*\s+(?:la|sa|leur|l['’])\s*(?:portée|ampleur|gravité|étendue)|
        # a headline's "l'opérateur minimise, les clients s'inquiètent"
        minimis(?:e|ent|ait|aient)(?=\s*(?:[,;:.]|$))|
        # and "…, l'ARS relativise" ending one
        relativis(?:e|ent|ait|aient)(?=\s*(?:[;.]|$))|
        # played down: "La direction relativise : le temps d'attente n'aurait pas dépassé…",
        # "relativise ces chiffres"
        relativis\w*(?:(?=\s*:\s*[\w«“"])|\s+(?:ces|les|la|le|l['’]|cette|leur|leurs|sa|ses)\s*(?:\w+\s+)?
           (?:chiffres?|accusations|révélations|faits|informations|allégations|portée|ampleur|
           gravité|critiques?|résultats?|bilans?|données|statistiques|études?|sondages?|constat|
           témoignages?|estimations?))|
        difficiles?\s+à\s+(?:concilier|croire)|difficilement\s+conciliables?|
        batailles?\s+de(?:s)?\s+chiffres|guerre\s+des\s+chiffres|querelles?\s+de\s+chiffres|
        victimes?\s+d['’]\s*(?:une?\s+)?[«“"]?\s*(?:règlements?\s+de\s+comptes|cabale|complot|
           machination|acharnement|vengeance)|
        (?:point|soulign|relev|not|signal|identifi)\w*\s+(?:\w+\s+)?(?:un|une|des|plusieurs|
           de\s+(?:graves|sérieu\w+|nombreu\w+))\s+(?:\w+\s+)?(?:biais|failles?|lacunes?|
           faiblesses?\s+méthodologiques?|limites?\s+méthodologiques?)|
        (?:accueilli\w*|reçue?s?)\s+avec\s+(?:un\s+certain\s+|beaucoup\s+de\s+)?(?:scepticisme|
           méfiance|incrédulité|circonspection)|
        \b(?:réel(?:le)?s?|véritables?)\s+(?:\w+\s+){0,2}?serai(?:en)?t\s+plutôt|
        (?:(?<=[«“"])|(?<=[«“"]\s))(?:un|une|le|la)\s+(?:jugement|procès|verdict|décision|
           condamnation|enquête|dossier)\s+(?:purement\s+)?politiques?\b|
        (?:chiffres?|résultats?|preuves?|documents?|propos|citations?|images?|photos?|vidéos?|
           informations?|accusations?|témoignages?|faits|dossiers?|bilans?|rapports?)\s+
           (?:\w+\s+){0,2}?(?:ont|a|avaient|avait)\s+été\s+(?:fabriqué|inventé|falsifié)e?s?\b|
        n['’](?:a|ont|avait|avaient)\s+rien\s+à\s+se\s+reprocher|
        # a wrong denied for one's side: "estime que son équipe « n'a rien volé »"
        n['’](?:a|ont|avait|avaient)\s+(?:rien\s+volé|jamais\s+(?:triché|volé|menti|fraudé))\b|
        officiellement\b[^.;]{0,80}?\ben\s+réalité|(?<!\bne\s)(?<!\bn['’])(?<!\bqui\s)(?:ment|mentent|mentait|mentaient)\b
           (?!\s+pas)|
        (?<!\bne\s)(?<!\bn['’])(?<!\bqui\s)\b(?:a|ont|avait|avaient|aurait|auraient)\s+
           (?:\w+\s+)?menti\b
           (?!\s+(?:pas|jamais))|
        gonfl\w*\s+(?:les|leurs|ses|ces|son|sa|le|la)\s+(?:chiffres?|bilans?|statistiques|
           résultats?|comptes?)|minor\w*\s+(?:sciemment|volontairement|délibérément)|
        (?:graves?|grossières?|lourdes?|nombreuses)\s+erreurs|
        erreurs?\s+(?:méthodologiques?|de\s+méthode|factuelles?)|
        (?:n['’](?:est|était)|ne\s+(?:sont|étaient))\s+pas\s+représentati\w*|
        (?:est|sont|était|étaient)\s+revenue?s?\s+(?:\w+\s+){0,2}?sur\s+(?:ses|leurs|son|sa)\s+
           (?:aveux|déclarations|propos|témoignages?|version)|
        rétract\w*\s+(?:ses|leurs|son|sa)\s+(?:aveux|déclarations|propos|témoignages?)|
        qu['’](?:il|elle|ils|elles)\s+(?:était|étaient|est|sont)\s+innocente?s?|
        campagnes?\s+(?:\w+\s+){0,3}?orchestrée?s?|campagnes?\s+de\s+(?:dénigrement|
           déstabilisation|calomnies?)|
        (?:mis|met|mettent|mettait|mettant)\s+(?:\S+\s+){0,3}?au\s+défi\s+de\s+(?:fournir|
           apporter|prouver|produire|montrer)|
        n['’](?:a|ont|avait|avaient)\s+rien\s+à\s+voir\s+avec|
        détourn\w*\s+(?:\w+\s+)?(?:le|son|leur)\s+sens|
        (?:ne\s+(?:se\s+)?trouve\w*|n['’]existe\w*|ne\s+figure\w*|n['’]apparaî\w*)\s+nulle\s+part|
        (?:assur|affirm|soutien|souti|souten|rétorqu|répond|estim|expliqu|indiqu|jug|pens|considèr|
           écri[tv]|salu|y\s+voi|décri|décriv|racont|dépei)\w*\s+au\s+contraire|

        (?<!\ben\s)trompe-l['’]œil|procès\s+d['’]intentions?|chasses?\s+aux\s+sorcières|
        (?:hautement|très|fort|assez|totalement)\s+(?:improbable|invraisemblable)s?|
        (?:peu|pas)\s+crédibles?|invraisemblables?|
        (?:difficilement|peu|guère|pas)\s+(?:audibles?|recevables?|défendables?|tenables?)|
        (?:est|sont|était|étaient|été|a|ont)\s+(?:\w+\s+)?battue?s?\s+en\s+brèche|
        ne\s+repos\w*\s+sur\s+(?:rien|aucun\w*\s+(?:élément|preuve|fondement|fait|base|
           donnée|indice|source|témoignage)s?)|
        supercheries?|impostures?|fumisteries?|
        # an accused party's own acts called lawful, quoted: "« Nos opérations étaient
        # parfaitement légales », a déclaré son président"
        (?:(?<=[«“"])|(?<=[«“"]\s))(?:nos|notre|mes|mon|ma|tout|toutes\s+nos|tous\s+nos)\b[^»”"]{0,60}?
           \b(?:étai(?:en)?t|sont|est|ont\s+toujours\s+été|a\s+toujours\s+été)\s+
           (?:\w+ment\s+|tout\s+à\s+fait\s+)?(?:légales?|légaux|conformes?|irréprochables?)|
        # the outlet's verdict on a message: "Il s'agit d'une arnaque à l'hameçonnage" (not an
        # offence in court: "une escroquerie de grande ampleur")
        il\s+s['’]agi(?:t|ssait)\s+(?:en\s+réalité\s+|en\s+fait\s+|bien\s+|donc\s+)?
           d['’]une?\s+(?:\w+\s+)?(?:arnaque|canular|intox|infox|photomontage|fake\s+news|
           fausse\s+(?:information|nouvelle|alerte))|
        # a defence's quoted name for the case: "qualifiant le dossier de « construction
        # intellectuelle »" (a name in quotes for the accusation itself)
        qualifi\w*\s+(?:le\s+dossier|l['’]accusation|les\s+accusations|ces\s+accusations|
           les\s+poursuites|l['’]enquête)\s+(?:de|d['’])\s*[«“"]\s*[^»”"]{0,60}?\w(?=\s*[»”"])|
        # a reading of findings warned against: "mettent en garde contre une lecture causale"
        mett\w*\s+(?:\w+\s+)?en\s+garde\s+contre\s+(?:une|toute|des|les|la|l['’])\s*
           (?:\w+\s+)?(?:lectures?|interprétations?|surinterprétations?|conclusions?|
           extrapolations?)\s+(?:causales?|hâtives?|trop\s+rapides?|abusives?|alarmistes?|
           simplistes?)|
        # what "they" keep saying, then the contrary: "« On nous parle de crise, mais la maison
        # mère n'a jamais été aussi rentable »"
        on\s+nous\s+(?:parle|dit|répète|explique|vend|raconte|serine|présente)\w*\s+
           [^.;«»]{1,80}?,\s+(?:mais|alors\s+qu(?:e|['’])|or)|
        # images said to be misused: "ces images sont détournées" (not funds: "fonds détournés")
        (?:images?|vidéos?|photos?|photographies?|clichés?|séquences?)\s+(?:\w+\s+){0,2}?
           (?:sont|est|ont\s+été|a\s+été|avaient\s+été|avait\s+été|étaient|était)\s+
           (?:\w+\s+)?détournée?s?|
        # a claim called mere publicity: "qualifie l'annonce d'« opération de communication »"
        (?:trait|qualifi)\w*\s+(?:\S+\s+){0,4}?(?:de|d['’])\s*[«“"]?\s*(?:simple\s+|pure\s+)?
           (?:opérations?\s+de\s+(?:communication|com|séduction|diversion)|coups?\s+de\s+
           (?:com|communication|pub|bluff)|effets?\s+d['’]annonce|poudre\s+aux\s+yeux|
           écran\s+de\s+fumée)|
        (?:trait|qualifi)\w*\s+(?:\S+\s+){0,4}?(?:de|d['’])\s*[«“"]?\s*(?:menteu(?:r|rs|se|ses)|
           bidons?|mythomanes?|affabulat(?:eur|eurs|rice|rices))|
        # a figure disowned: "qu'il ne se reconnaissait pas dans ce montant"
        ne\s+se\s+reconna[iî]\w*\s+(?:pas|nullement|aucunement|absolument\s+pas|en\s+rien)\s+
           dans\s+(?:ce|cet|cette|ces|le|la|les|l['’])\s*(?:\w+\s+)?(?:chiffres?|montants?|
           bilans?|estimations?|portraits?|descriptions?|version|accusations?|propos|récit|
           présentation|calculs?|chiffrage|analyses?|conclusions|tableau|caricature)|
        # reservations on the grounds of a finding: "émettent de sérieuses réserves sur la
        # méthode" (on a plan they are a stance)
        (?:émet|émett|exprim|formul)\w*\s+(?:de\s+(?:sérieuses|vives|fortes|profondes|nettes)\s+|
           des\s+|quelques\s+|certaines\s+)réserves\s+sur\s+(?:la|le|les|l['’]|ces|cette|ce|son|
           sa|ses|leurs?)\s*(?:méthode|méthodologie|résultats?|conclusions?|étude|données|
           chiffres|fiabilité|validité|analyse|protocole|échantillon|calculs?|mesures?)|
        # evidence said not to warrant a step: "ces résultats ne justifient en aucun cas de
        # modifier les recommandations"
        (?:ces|ses|leurs)\s+(?:\w+\s+)?(?:résultats|données|chiffres|éléments|travaux|
           observations|conclusions|études)\s+ne\s+justifi\w*\s+(?:pas|en\s+aucun\s+cas|nullement|aucunement|en\s+rien)
    )\b"""
    ),
    (
        "surestim sous-estim surévalu sous-évalu exagèr exagér "
        "croire désinformation incohéren défend nié démenti contesté réfuté accrédit valider "
        "complot "
        "rien preuve jamais contrairement ridicul infirm remet remis menti "
        "fallacieu abusi entourloup fondé étayé prouvé minimis rebours encontre unanimité "
        "controvers fantaisie tort truqu générée "
        "désaccord jamais contexte citation parodi satiri prononc tenue avér contrairement "
        "compt calcul mesur chiffr masqu travest occult maquill relèv balai exist rien oppos "
        "contredis affront diverg contradictoire "
        "dossier gratuit estimation évaluation mensong montage diffam propagand puant ternir "
        "valeur fake infox intox "
        "calomn fondement "
        "infond vérit affabul fauss faux fabriqu complot tissu contraire conforme réalité "
        "représente inexact erron trompeu fantais grotesq absurd farfelu délirant élucubr fantasm "
        "importe tien démenti dénégation innocen coupable fariboles baliverne sornette billevesée "
        "spéculation sûr certain sait nulle chapeau "
        "foutaise racontar ragot probable vraisembl crédible cabale monté enfum trompe intention "
        "sorcières irrecevable gonfl minor erreur représentati revenu rétract innocent "
        "étranger étrangère malentendu quiproquo reçue urbaine court signifi "
        "sable sceptique dubitati perplexe incrédule "
        "décisi concluan probant convaincan suffisant solide fiable "
        "campagne défi voir sens nulle contraire fabriqu inventé falsifi reprocher réalité "
        "réaliste politique excessi exagér scepticisme méfiance incrédulité circonspection plutôt "
        "oppos mots polémique prématuré étayer corroborer attester fier retir probant tangible "
        "tromp tort vérifié constaté mascarade simulacre correspond déguis partiel tronqu "
        "volontairement sciemment délibérément opportunément soigneusement militant partisan "
        "idéologique orienté biaisé rectifi corrig voit voient voyait atteindre tenir "
        "respecter "
        "concret matériel sérieux fiction fable légende impossibilité affabulation fantasme "
        "conclure affirmer trancher conclusions résist aucun moment écriture partie divisés "
        "inverse établi démontr prouv impossible possible reconnaître perdant manœuvre "
        "charge portée ampleur gravité étendue concilier croire conciliable chiffres victime "
        "bâclé biais faille lacune méthodolog audible recevable défendable tenable évalué minoré "
        "crie criait "
        "cria crié estimé manipulé recevoir brèche repos superch impost fumist "
        "partagés "
        "menteu bidon mythoman affabulat reflèt reflet correspond relativis agit agissait "
        "qualifi garde nous détourn légal légaux conforme irréprochable reconnai reconnaî "
        "réserves justifi"
    ),
    # phrases where a word alone is in most sentences ("ment" in every adverb, "cou" in "coup")
    (
        *(" ment ", " ment.", " ment,", " ment !", "mentent", "mentai", "mentir"),
        *("le cou", "pas dire", "rien dire", "s'élèv", "s’élèv"),
    ),
)
# What can be judged wrong (a claim, a figure, a forecast) and the words that judge it so:
# "ces estimations « prématurées »", "une affirmation que les syndicats jugent naïve".
_CLAIMISH = (
    CLAIM_NOUNS + r"|projections?|prévisions?|bilans?|calculs?|annonces?|déclarations?|"
    r"promesses?|données|statistiques|prédictions?|chiffre|estimation|craintes?|inquiétudes?|"
    r"objectifs?|"
    r"conclusion|preuves?|indices|témoignages?|constats?|diagnostics?|documents?|lectures?|"
    r"irrégularités|griefs|faits\s+reprochés"
)
_JUDGED_WRONG = (
    r"prématurée?s?|naïfs?|naïves?|hâti(?:f|ve|fs|ves)|simplistes?|caricatura(?:l|le|ux|les)|"
    r"alarmistes?|contestables?|discutables?|douteu(?:x|se|ses)|hasardeu(?:x|se|ses)|"
    r"spécieu(?:x|se|ses)|exagérée?s?|excessi(?:f|ve|fs|ves)|irréalistes?|fantaisistes?|"
    r"infondée?s?|invraisemblables?|peu\s+crédibles?|peu\s+sérieu(?:x|se|ses)|erronée?s?|"
    r"fausses?|faux|trompeu(?:r|se|rs|ses)|absurdes?|ridicules?|farfelue?s?|mensongère?s?|"
    r"inexacte?s?|irrecevables?|biaisée?s?|partia(?:l|le|ux|les)|surestimée?s?|"
    r"sous-estimée?s?|approximati(?:f|ve|fs|ves)|fragiles?|trop\s+optimistes?|"
    r"incompatibles?\s+avec|peu\s+plausibles?|sans\s+(?:aucune\s+)?valeur|surévaluée?s?|"
    r"inatteignables?|irréalisables?|hors\s+d['’]atteinte|hors\s+de\s+portée|intenables?|"
    r"sous-évaluée?s?|gonflée?s?|"
    r"trop\s+pessimistes?|"
    r"déconnectée?s?\s+de\s+la\s+réalité|hors\s+sol|"
    # out of date: "des chiffres « datés »", "des relevés obsolètes"
    r"datée?s?|obsolètes?|dépassée?s?|périmée?s?|anciens?\s+de\s+\w+\s+(?:ans|mois|semaines)|"
    # misread: "une note que le cabinet juge « mal interprétée »"
    r"mal\s+interprétée?s?|mal\s+comprise?s?|mal\s+lue?s?|tronquée?s?|"
    # "jugent ce chiffre très en deçà de la réalité"
    r"(?:en\s+deçà|loin|au-dessous|en\s+dessous|au-delà)\s+de\s+la\s+réalité|"
    # a court's word for charges it dismisses: "a jugé ces irrégularités « non établies »"
    r"non\s+(?:établie?s?|prouvée?s?|démontrée?s?|caractérisée?s?|fondée?s?)|"
    # "juge l'argument « de mauvaise foi »"
    r"(?:de\s+)?mauvaise\s+foi|"
    # a budget's figures disputed: "a qualifié le document d'« insincère »"; grounds gone stale
    r"insincères?|caduques?"
)
# More dismissals, each behind words of its own so that the long pattern above does not grow
# slower on every sentence: a figure doctored or overstated ("ces chiffres ont été
# « maquillés »", "est largement surestimé"), an election "volée", a correction ("estime qu'il
# s'agit plutôt de"), a report called biased ("qui le jugent partial"), a claim called a fable,
# the word refused ("je ne parlerais pas de détection"), a case made of suppositions,
# accusations called something ("qualifie ces accusations de"), criticism that does not hold.
REALLY_SAID = (
    r"(?:(?:évoqu|concern|port|vis|parl|trait|montr|dat|recycl)(?:e|ent|ait|aient)|"
    r"reprend|reprennent|reprenait|reprenaient)\s+en\s+(?:réalité|fait)"
)
"""What a source really said or showed, the outlet correcting it: "un article qui évoquait en
réalité un arrêté local", "La vidéo date en réalité de 2019", "Le message reprend en réalité
une rumeur de 2019"."""
_DISMISSAL_WORDED = _gated(
    re.compile(
        r"""(?ix)\b(?:
        # figures doctored or overstated: "ces chiffres ont été « maquillés »", "Le chiffre
        # avancé par le syndicat est largement surestimé"
        (?:chiffres?|statistiques?|résultats?|bilans?|sondages?|données|estimations?|montants?|
           nombres?)\b[^.;]{0,50}?\b(?:est|sont|serait|seraient|était|étaient|été|a\s+été|
           ont\s+été)\s+(?:\w+ment\s+|très\s+|bien\s+)?[«“"]?\s*(?:maquillée?s?|truquée?s?|
           falsifiée?s?|trafiquée?s?|surestimée?s?|sous-estimée?s?|surévaluée?s?|gonflée?s?)|
        (?:élections?|scrutins?|victoires?|résultats?|présidentielles?|législatives?)\s+
           (?:\w+\s+)?(?:a|ont|aurait|auraient)\s+été\s+(?:volée?s?|truquée?s?|confisquée?s?)|
        (?:estim|affirm|assur|jug|pens|considèr|soutien|souti|souten|expliqu|répond|rétorqu)\w*\s+
           (?:\S+\s+){0,3}?qu['’]il\s+s['’]agi(?:t|rait|ssait)\s+plutôt\s+d(?:e\b|['’]|u\b|es\b)|
        # a report called biased: "qui le jugent partial"
        (?:\b(?:le|la|les|l['’])\s*(?:jug|estim|trouv)\w*|(?:jug|estim|trouv)\w*\s+(?:ce|cet|cette|
           ces|le|la|les|l['’]|son|sa|leur)\s*(?:rapport|étude|enquête|article|reportage|
           documentaire|sondage|expertise|audit)s?)\s+(?:\S+\s+){0,2}?(?:partial|partiale|partiaux|
           partiales|orienté|orientée|biaisé|biaisée)s?\b|
        (?:est|sont|serait|seraient|n['’]est\s+qu['’]|ne\s+sont\s+que)\s+(?:une?|des)\s+(?:\w+\s+)?
           (?:fables?|canulars?|chimères?|mystifications?)|
        # the reliability of a claim questioned: "met en cause la fiabilité des prélèvements"
        (?<!\bne\s)(?<!\bn['’])(?<!\bsans\s)(?:re)?m(?:et|ettent|ettait|ettaient|is)\s+(?:\w+\s+)?en\s+
           (?:cause|doute|question)\s+
           (?:la|l['’])\s*(?:fiabilité|validité|crédibilité|sincérité|exactitude|véracité|
           méthodologie|méthode|authenticité|solidité|rigueur|impartialité|représentativité)|
        # images that show none of it: "Les images ne montrent aucune tentative de fuite"
        (?:images?|vidéos?|enregistrements?|photos?|séquences?)\s+(?:[^\s.;]+\s+){0,12}?ne\s+
           (?:montr|révèl|laiss)\w*\s+(?:pourtant\s+|cependant\s+|toutefois\s+|en\s+réalité\s+)?
           (?:voir\s+)?(?:aucun\w*|rien|nulle\s+trace)|
        # "Contrairement à une rumeur qui circule, le pont n'a pas été fermé"
        contrairement\s+(?:à|aux)\s+(?:une?|la|les|des|certaines?|ces|cette|ce\s+que)\s*
           (?:\w+\s+)?(?:rumeurs?|informations?|affirmations?|allégations?|idées?\s+reçues?|
           croyances?|publications?|messages?|dit|disent|affirm\w*|prétend\w*|laiss\w*)|
        (?:pure|totale|complète)s?\s+(?:inventions?|fictions?|fabulations?)|
        (?:ne|n['’])\s+(?:parlerai[st]?|parlerions|parleriez|parleraient)\s+pas\s+(?:de|d['’])|
        (?:ne\s+peut|ne\s+peuvent|ne\s+pouvons|trop\s+tôt\s+pour|prématuré\s+de)\s+(?:pas\s+)?
           (?:encore\s+)?parler\s+(?:de|d['’])|
        (?:repos|fond|bas)\w*\s+(?:[«“"]\s*)?(?:uniquement\s+|seulement\s+|simplement\s+)?
           (?:sur|que\s+sur)\s+
           (?:des|de\s+simples|quelques)\s+(?:suppositions|rumeurs|ragots|spéculations|conjectures|
           on-dit|supputations|approximations|impressions|fantasmes)|
        qualifi\w*\s+(?:ces|les|ses|leurs|de\s+telles|toutes\s+ces)\s+(?:\w+\s+)?(?:accusations?|
           allégations?|rumeurs?|soupçons?|insinuations?)\s+(?:\S+\s+){0,3}?(?:de|d['’])|
        (?:critiques?|arguments?|accusations?|affirmations?|explications?|thèses?|versions?|
           raisonnements?|hypothèses?|allégations?|justifications?|reproches?|comparaisons?|
           calculs?|démonstrations?|argumentations?|chiffres?)\s+(?:\w+\s+){0,2}?
           ne\s+(?:tien(?:t|nent)|tenai(?:t|ent))\s+(?:pas|plus)\b|"""
        rf"""
        # figures that mix things up: "« Ces statistiques mélangent des faits très différents »"
        (?:chiffres?|statistiques?|données|bilans?|calculs?|comptages?)\b(?:\s+\S+){{0,4}}?\s+
           mélang(?:e|ent|eait|eaient|é)\b|
        # figures that leave something out: "les relevés utilisés par la préfecture ne tiennent
        # pas compte des orages"
        (?:chiffres?|relevés|données|statistiques|calculs?|estimations?|bilans?|prévisions?|
           modèles?|sondages?|études?|résultats|mesures\s+de\s+débit|comptages?)\b[^.;]{{0,80}}?
           \bne\s+tien(?:t|nent|nait|naient|drait|draient)\s+(?:pas|aucunement|nullement|jamais)\s+
           compte\b|
        # a poll's or a count's method put in doubt: "L'opposition met en cause l'échantillon"
        (?<!\bne\s)(?<!\bn['’])(?:met|mettent|mettait|mettaient|(?:a|ont|avait|avaient)\s+mis)\s+
           en\s+cause\s+(?:l['’]|la|le|les|sa|son|ses|leur|leurs|cette|ce|ces)\s*(?:échantillon|méthode|
           méthodologie|fiabilité|sincérité|représentativité|chiffres?|résultats?|calculs?|données|
           comptage|décompte|validité|impartialité|exactitude|véracité)\b|
        # evidence that rules nothing out: "elles ne permettaient pas d'exclure d'autres
        # explications"; a figure found nowhere: "ne figure dans aucune étude publiée"
        ne\s+permet\w*\s+(?:pas|nullement|aucunement|en\s+rien)\s+d['’]exclure\s+(?:d['’]autres|
           une\s+autre|l['’]hypothèse|un\s+autre)|
        ne\s+figur\w*\s+(?:ni\s+)?(?:dans|sur)\s+aucun\w*\s+(?:\w+\s+)?(?:études?|rapports?|
           documents?|publications?|textes?|bilans?|statistiques|données|registres?|sources?|
           relevés?|comptes?)|
        # a forecast judged rosy: "la prévision de croissance de 1,4 % retenue par le
        # gouvernement est « optimiste »" (the fiscal council's word for "too high")
        (?:prévisions?|hypothèses?|projections?|scénarios?|objectifs?|estimations?|perspectives?)
           \b[^.;]{{0,80}}?\b(?:est|sont|était|étaient|serait|seraient|paraît|paraissent|semble|
           semblent|reste|restent|jugée?s?)\s+(?:\w+ment\s+|très\s+|trop\s+|bien\s+|un\s+peu\s+)?
           [«“"]?\s*optimistes?\b(?!\s+mais)|
        # left out of the count: "que leurs enfants n'ont pas été comptés"
        # (said by someone: in a que-clause; "les frais de port ne sont pas inclus" is a fact)
        qu(?:e\s+|['’])[^.;«»]{{0,80}}?(?:n['’](?:a|ont|avait|avaient)|ne\s+(?:sont|est|seraient|
           serait|seront|sera))\s+(?:pas|jamais)\s+(?:été\s+)?(?:comptée?s?|recensée?s?|
           prise?s?\s+en\s+compte|comptabilisée?s?)\b|
        # nothing points to it: "rien n'indique une origine extraterrestre"; a thesis made
        # unlikely: "ce qui rendrait peu probable la thèse d'une contamination"
        rien\s+(?:ne\s+|n['’]\s*)(?:indique|indiquait|montre|prouve|démontre|atteste|suggère|
           étaye|corrobore|laisse\s+(?:penser|supposer|croire))\b
           # of a claim: a noun phrase, or a subjunctive ("que le vaccin soit"), not a forecast
           (?=\s+(?:une?\b|des\b|la\b|le\b|les\b|l['’]|qu['’](?:il|elle|ils|elles)\s+(?:y\s+)?(?:ait|aient|
           soit|soient|puisse|puissent)\b|que\s+(?:\S+\s+){{1,3}}?(?:soit|soient|ait|aient|puisse|
           puissent)\b))|
        (?:rend\w*|jug\w*|estim\w*|trouv\w*)\s+(?:\w+ment\s+|très\s+|bien\s+|donc\s+)?
           [«“"]?\s*(?:peu\s+probables?|improbables?|invraisemblables?|peu\s+crédibles?|intenables?|
           caduques?)\s*[»”"]?\s+(?:la|cette|l['’]|les|ces|ladite)\s*(?:thèse|hypothèse|version|
           explication|piste|scénario|théorie)s?\b|
        # a flat verdict before its speaker: "C'est impossible, rappellent les autorités
        # sanitaires, car…"
        ^\s*(?:C['’]est|Ce\s+n['’]est)\s+(?:\w+ment\s+)?(?:impossible|faux|inexact|pas\s+possible|
           pas\s+vrai|archi-?faux|totalement\s+faux)(?=\s*,\s*(?:\w+\s+){{0,2}}?(?:rappell|affirm|
           assur|répond|répliqu|rétorqu|expliqu|soulign|insist|précis|indiqu|estim|tranch|martèl|
           jur)\w*)|
        # too early to conclude: "L'Anses juge pour sa part « prématuré » de conclure à un risque"
        (?:jug|estim|trouv)\w*\s+(?:(?:pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:elle|lui|eux)|
           de\s+(?:son|leur)\s+côté|cependant|toutefois|pourtant)\s+)?(?:qu['’]il\s+est\s+)?[«“"]?\s*
           (?:\w+ment\s+|très\s+|bien\s+|trop\s+)?(?:prématuré|hâtif|précipité)\s*[»”"]?\s*
           (?:de\s+|d['’])\s*(?:conclure|affirmer|parler|établir|tirer|lier|attribuer|incriminer|
           désigner|imputer|affirmer|annoncer|crier)|
        # a claim judged wrong in words of its own: "a jugé ces estimations « prématurées »";
        # the passive ("une conclusion jugée hâtive par") takes its agent after it
        (?:jug|estim|trouv|qualifi|dénon[cç])\w*\s+(?:(?:toutefois|cependant|pourtant|néanmoins|
           pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|\w+ment)\s+)?(?:ces|les|cette|la|le|
           l['’]|ses|leurs|son|sa|cet|ce|des)\s*(?:\w+\s+)?(?:{_CLAIMISH})\s+(?:\w+\s+){{0,3}}?(?:de\s+|d['’])?[«“"]?\s*
           (?:\w+ment\s+|très\s+|bien\s+|déjà\s+|trop\s+)?(?:{_JUDGED_WRONG})|
        (?:{_CLAIMISH})\s+(?:\S+\s+){{0,4}}?(?:jugée?s?|qualifiée?s?|estimée?s?|considérée?s?)\s+
           (?:de\s+|d['’]|comme\s+)?[«“"]?\s*(?:\w+ment\s+|très\s+|trop\s+|bien\s+)?(?:{_JUDGED_WRONG})|
        # the blame passed back and forth: "la région et le transporteur se renvoient la
        # responsabilité"
        se\s+(?:renvoi\w*|rejett\w*|rejet\w*)\s+(?:mutuellement\s+)?(?:la\s+balle|la\s+
           responsabilité|les\s+responsabilités|la\s+faute|les\s+torts|la\s+culpabilité)|
        # disagreement with what was said: "n'est pas de cet avis", "ne partage pas cette analyse"
        (?:n['’](?:est|était)|ne\s+(?:sont|étaient|semble|semblent))\s+(?:\w+\s+){{0,2}}?pas\s+
           (?:du\s+tout\s+|tout\s+à\s+fait\s+)?de\s+(?:cet|cet\s+|son|leur)\s*avis|
        ne\s+partag\w*\s+(?:pas|guère|nullement|absolument\s+pas)\s+(?:du\s+tout\s+)?
           (?:cet|cette|ce|ces|son|sa|ses|leur|leurs|l['’])\s*(?:avis|analyses?|lectures?|point\s+de\s+vue|
           optimisme|diagnostic|interprétations?|conclusions?|vision|constat|certitudes?|
           affirmations?|version|thèse|estimations?|chiffres|calculs|explications?|
           enthousiasme|confiance|satisfecit|satisfaction)|
        ne\s+l['’]entend\w*\s+pas\s+de\s+cette\s+oreille|
        # the real figure is another: "le nombre réel de morts est bien plus élevé"
        (?:nombres?|chiffres?|bilans?|taux|montants?|coûts?|totals?|totaux)\s+réel(?:le)?s?\s+
           (?:\S+\s+){{0,6}}?(?:serait|seraient|est|sont|était|étaient)\s+(?:\w+\s+)?
           (?:bien\s+|nettement\s+|largement\s+|beaucoup\s+|sensiblement\s+|très\s+)?
           (?:plus\s+(?:élevée?s?|lourde?s?|importante?s?|faibles?|bas|basses?)|supérieure?s?|
           inférieure?s?|moindres?)|
        # nothing allows the claim: "Rien ne permet aujourd'hui d'affirmer que…"
        rien\s+ne\s+(?:permet|permettait|permettra)\s+(?:\S+\s+){{0,3}}?(?:d['’]|de\s+)
           (?:affirmer|dire|conclure|établir|prouver|démontrer|attester|étayer|confirmer|
           certifier)|
        # a link or an effect not established: "aucun effet sanitaire n'est établi à ces
        # niveaux" (not a toll not yet drawn up: "aucun bilan n'a été établi")
        aucun\w*\s+(?:lien|effet|risque|causalité|preuve|danger|impact|corrélation|rapport)s?\s+
           (?:[^\s.;,«»]+\s+){{0,2}}?n['’](?:est|a\s+été|était|avait\s+été)\s+(?:encore\s+|
           formellement\s+|scientifiquement\s+|clairement\s+)?(?:établie?|démontrée?|prouvée?|
           avérée?|confirmée?)\b|
        # a figure whose grounds are gone: "Ce chiffre reposait sur des données préliminaires
        # aujourd'hui caduques"
        (?:chiffres?|estimations?|calculs?|prévisions?|projections?|bilans?|conclusions?|
           probabilités?)\s+(?:[^\s.;,«»]+\s+){{0,3}}?(?:repos|s['’]appu|se\s+fond)\w*\s+sur\s+
           (?:des|de|d['’]|les|une?)\s*(?:[^\s.;,«»]+\s+){{0,5}}?(?:erronée?s?|caduques?|
           obsolètes?|dépassée?s?|fausses?|périmée?s?|incomplète?s?|biaisée?s?)\b|
        # a fact-check's verdict on a picture: "Cette photo de la place Saint-Marc ne date pas de
        # cette semaine", "Cette vidéo ne vient pas de Belgique" (not "La vidéo ne montre pas
        # le visage du suspect")
        (?:photos?|images?|vidéos?|clichés?|séquences?|captures?\s+d['’]écran|montages?)\s+
           (?:[^\s.;,«»]+\s+){{0,8}}?(?:ne\s+|n['’])(?:dat|provien|vien)\w*\s+
           (?:pas|nullement|aucunement)\b|
        (?:photos?|images?|vidéos?|clichés?)\s+(?:[^\s.;,«»]+\s+){{0,8}}?n['’](?:a|ont)\s+pas\s+
           été\s+(?:prise?s?|tournée?s?|filmée?s?|réalisée?s?)\b|
        # nothing shows it: "Rien ne prouve que le vaccin soit en cause", "Nos données ne disent
        # pas que le manque de sommeil provoque le diabète" (not a speaker's hedge: "je ne dis
        # pas que tout va bien")
        rien\s+ne\s+(?:prouv|démontr|montr|indiqu|atteste|étay)\w*\s+(?:\S+\s+){{0,2}}?
           (?:que|qu['’])|
        (?:rien|cela|ça|ceci|elles?|ils?|(?:données|résultats|chiffres|études?|travaux|images?|
           éléments|analyses?|observations|mesures)\s+)\s*ne\s+(?:prouv|démontr|établi|montr|
           disent|dit\b)\w*\s+(?:absolument\s+|nullement\s+|en\s+rien\s+)?pas\s+(?:que|qu['’])|
        # the grounds of a finding undermined: "ce qui fausserait la datation"
        (?:fauss|biais)(?:e|ent|erait|eraient|ait|aient|é|ée|és|ées)\s+(?:\w+\s+)?
           (?:la|les|le|l['’]|ces|cette|ses|leurs)\s*(?:datations?|résultats?|chiffres?|
           conclusions?|mesures?|calculs?|statistiques?|bilans?|analyses?|données|comparaisons?|
           classements?|sondages?|estimations?|enquêtes?|études?)|
        # doubts voiced: "des experts émettent des doutes" (not about a plan: "émet des
        # doutes sur le projet", nor "émet des réserves", a stance)
        (?:émet|émett|exprim)\w*\s+(?:de\s+(?:sérieux|vifs|forts|profonds)\s+|des\s+|
           quelques\s+|certains\s+)doutes\b(?!\s+sur\s+(?:le|la|les|ce|cette|son|sa|ses|leur)\s+
           (?:projet|réforme|plan|politique|stratégie|capacité|volonté|calendrier|budget))|
        # doubts raised about a claim, in the outlet's voice: "a suscité des réserves"
        (?:suscit|soulev|soulèv|nourri|aliment)\w*\s+(?:immédiatement\s+|aussitôt\s+|déjà\s+|
           rapidement\s+|vite\s+|beaucoup\s+de\s+|de\s+(?:sérieux|sérieuses|vifs|vives|fortes|
           forts|nombreux|nombreuses|profonds)\s+|des\s+|quelques\s+|certains\s+|certaines\s+|
           le\s+|un\s+certain\s+|un\s+vif\s+|un\s+fort\s+)+(?:doutes?|réserves|scepticisme)|
        # a fact-check's correction: "Il s'agit en réalité d'une image prise en 2018"
        s['’]agi(?:t|ssait|rait)\s+en\s+réalité\s+d(?:e\b|['’]|u\b|es\b)|
        (?:est|sont|était|étaient)\s+en\s+réalité\s+(?:issue?s?|tirée?s?|extraite?s?|prise?s?|
           datée?s?|antérieure?s?)\b|
        # a figure corrected: "Le montant voté est en réalité de 4,1 millions d'euros", "est en
        # réalité bien plus élevé"
        (?:est|sont|était|étaient)\s+en\s+réalité\s+(?:de(?=\s+(?:\d|près\s+de|plus\s+de|moins\s+de))|
           (?:bien\s+|nettement\s+|largement\s+|beaucoup\s+|deux\s+fois\s+|trois\s+fois\s+)?
           (?:plus|moins)\s+(?:élevée?s?|faibles?|importante?s?|nombreu(?:x|ses)|bas(?:se|ses)?|
           lourde?s?)|(?:supérieure?s?|inférieure?s?)\s+à)|
        # "Les images ont en réalité été tournées en 2019 au Chili"
        (?:a|ont|avait|avaient)\s+en\s+réalité\s+été\s+(?:tournée?s?|filmée?s?|prise?s?|
           publiée?s?|réalisée?s?|enregistrée?s?|photographiée?s?|diffusée?s?|postée?s?)\b|
        # what a product really holds: "Le produit contient en réalité un médicament non déclaré"
        contien(?:t|nent|nait|naient)\s+en\s+réalité\b|
        # what a source really said or showed: "un article qui évoquait en réalité un arrêté
        # local", "La vidéo date en réalité de 2019"
        {REALLY_SAID}\b(?![^.;]{{0,120}}?,?\s+et\s+non\b)|
        # the claimed thing itself denied: "Aucun texte national ne prévoit une telle mesure"
        aucun\w*\s+[^.;«»]{{0,60}}?\bne\s+\w+\s+(?:(?:pour\s+l['’]instant|à\s+ce\s+jour|
           actuellement)\s+)?(?:une\s+telle|un\s+tel|de\s+tel(?:le)?s|pareille?s?)\b|
        # a rival explanation: "pourraient aussi bien être l'œuvre de chiens errants"
        (?:pourrai(?:en)?t|peu(?:ven)?t)\s+(?:tout\s+)?aussi\s+bien\s+(?:être\s+(?:l['’]œuvre|
           dûe?s?|dus|causée?s?|provoquée?s?|liée?s?|imputables?)|s['’]expliquer|provenir|venir)|
        # a rival explanation of the evidence: "l'empreinte de la membrane pourrait résulter
        # d'une déformation de la roche" (not of a trend: "la hausse pourrait s'expliquer par")
        (?:signal|signaux|empreintes?|traces?|marques?|anomalies?|taches?|motifs?|pics?|
           ossements?|fragments?|vestiges?|inscriptions?)\s+(?:[^\s.;,]+\s+){{0,4}}?
           (?:pourrai(?:en)?t|pouvai(?:en)?t|peu(?:ven)?t)\s+(?:aussi\s+|également\s+|
           simplement\s+|tout\s+aussi\s+bien\s+)?(?:résulter|provenir|s['’]expliquer|être\s+
           d[uû]e?s?\s+(?:à|au|aux))|
        # too early to call it so: "« Il faudra d'autres spécimens avant de parler de vol »"
        il\s+(?:faudra|faudrait|faut)\s+[^.;«»]{{0,60}}?\bavant\s+de\s+
           (?:parler\s+(?:de|du|des|d['’])\s*\w+|conclure(?!\s+(?:un|une|le|la|les|des|ce|cet|cette|l['’]))|crier\s+victoire|trancher)|
        # another culprit: "des chiens errants pourraient aussi être en cause"
        (?:pourrai(?:en)?t|peu(?:ven)?t)\s+(?:aussi|également)\s+(?:être\s+(?:en\s+cause|
           responsables?|à\s+l['’]origine)|expliquer\s+(?:ce|cette|ces|le|la|les))|
        # chance ruled out: "trop nombreuses pour relever du hasard"
        (?:trop\s+\w+\s+pour\s+|ne\s+(?:peut|peuvent|pouvait|pouvaient|saurait|sauraient)\s+
           (?:pas\s+)?)(?:relever\s+du|être\s+d[uû]e?s?\s+au|être\s+le\s+fruit\s+
           du)\s+hasard|
        # persecution claimed against an accusation: "dénonce « un acharnement »"
        (?:dénonc|fustig)\w*\s+[«“"]?\s*(?:un|l['’])\s*[«“"]?\s*acharnement|
        acharnement\s+(?:médiatique|judiciaire|politique)|lynchage\s+médiatique|
        # the outlet contradicts: "Sur le terrain, le constat est tout autre", "Autre son de
        # cloche chez les syndicats"
        (?:constat|réalité|tableau|discours|version|bilan|ressenti|vécu|perception|
           sentiment)\s+(?:[^\s.;,«»]+\s+){{0,3}}?(?:est|serait|était|semble)\s+(?:tout|bien|
           radicalement|très)\s+(?:autre|différente?)(?=\s*[.,;:!]|$)|
        autre\s+son\s+de\s+cloche|(?:un|le)\s+tout\s+autre\s+(?:constat|tableau|discours|
           son\s+de\s+cloche|bilan|diagnostic|récit|version|lecture)|
        # doubting it: "les pharmaciens en doutent"
        (?<!\bn['’])(?:en|y)\s+dout(?:e|ent|ait|aient)\b|
        # doubting, the claim left out: "Un lynx filmé dans les Vosges ? Les spécialistes
        # doutent"
        (?<=\w\s)dout(?:ent|aient)(?=\s*(?:[.,;!]|$))|
        # a claim called wrong in an adjective: "parle d'un discours « hors sol »"
        (?:{_CLAIMISH}|discours)\s+[«“"]?\s*(?:très\s+|trop\s+|bien\s+|\w+ment\s+)?
           (?:exagérée?s?|simplistes?|approximati(?:f|ve|fs|ves)|douteu(?:x|se|ses)|
           contestables?|discutables?|hasardeu(?:x|se|ses)|spécieu(?:x|se|ses)|naï(?:f|ve|fs|ves)|
           hors\s+sol|déconnectée?s?\s+de\s+la\s+réalité)|
        # a quoted denial that opens with "Non": "« Non, je ne suis pas enceinte », a-t-elle écrit"
        # (of what is or was: "« Non, il n'y aura pas de pourvoi »" answers a question)
        (?:(?<=[«“"])|(?<=[«“"]\s))non\s*[,!.]\s*(?:je|j['’]|nous|il|elle|ils|elles|ce|c['’]|on|cela|
           ça)\s*(?:ne\s+|n['’])(?:y\s+)?(?:suis|sommes|est|sont|étais|était|ai|avons|a|ont|avais|
           avait)\b|
        # the contrary described: "Les experts ont au contraire décrit des blessures…"
        (?:a|ont|avait|avaient)\s+au\s+contraire\s+(?:\w+\s+)?(?:décrit|affirmé|assuré|
           soutenu|expliqué|montré|démontré|indiqué|estimé|jugé|relevé|constaté|conclu|établi)|
        # a strong denial in the content: "que le projet n'était « en aucun cas abandonné »"
        (?:n['’]|ne\s+)(?:est|était|sont|étaient|a|ont|avait|avaient)\s+(?:été\s+)?[«“"]?\s*
           en\s+aucun\s+cas\b|
        # a foul denied: "« Il n'y a jamais faute »"
        n['’]y\s+(?:a|avait)\s+(?:jamais|pas|aucune?)\s+(?:eu\s+)?(?:de\s+)?(?:faute|penalty|
           hors-jeu|main|contact)\b(?!\s+d(?:e\b|['’]))|
        # a rival explanation: "Tout indique plutôt une erreur de configuration"
        tout\s+(?:indique|montre|suggère|désigne|laisse\s+penser\s+à)\s+plutôt\s+(?:une?|le|la|les|
           l['’]|des)\b|pench\w*\s+plutôt\s+pour\b|
        # a link denied: "aucun décès n'a été imputé au vaccin"
        aucun\w*\s+(?:\w+\s+){{0,2}}?n['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?été\s+
           (?:imputée?s?|attribuée?s?|liée?s?|reliée?s?)\s+(?:à|au|aux)\b|
        # "Une explication qui ne suffit pas"
        (?:explications?|arguments?|justifications?)\s+(?:qui\s+)?ne\s+(?:suffi\w*|
           convain\w*)\s+pas|
        # an explanation called short: "C'est une explication un peu rapide", "un raccourci"
        (?:explications?|analyses?|lectures?|conclusions?|interprétations?)\s+(?:(?:un\s+peu|
           bien|trop|très|assez)\s+(?:rapides?|courtes?|sommaires?|commodes?)|simplistes?|
           réductrices?)|
        (?:c['’]est|est)\s+un\s+(?:peu\s+|bien\s+)?(?:raccourci|contresens)|
        # the evidence withheld: "Aucune donnée détaillée n'a cependant été rendue publique"
        aucun\w*\s+(?:preuves?|données?|justificatifs?|éléments?\s+de\s+preuve|études?)\s+
           (?:[^\s.;]+\s+){{0,6}}?n['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?été\s+(?:rendue?s?\s+publique?s?|
           publiée?s?|fournie?s?|présentée?s?|communiquée?s?|apportée?s?|produite?s?)
    )\b"""
    ),
    "maquill truqu falsifi trafiqu surestim sous-estim suréval gonfl volé confisqu plutôt "
    "partial partiaux orienté biaisé fable canular chimère mystification invention fiction "
    "fabulation parler parlerai parlerion suppositions rumeurs ragots spéculations conjectures "
    "on-dit supputations approximations impressions fantasmes qualifi contrairement "
    "fiabilité validité crédibilité sincérité exactitude véracité méthodolog méthode "
    "authenticité solidité rigueur impartialité représentativité montr révèl laiss "
    "jug estim trouv qualifi renvoi rejet avis partag oreille réel fauss biais doute "
    "réserves scepticisme réalité hasard acharnement lynchage rapide courte sommaire "
    "commode simplist réductri raccourci contresens aucun cloche exagér approximati "
    "douteu contestable discutable hasardeu spécieu naï hâti hors déconnect suffi convain "
    "contraire plutôt différent prématur précipit daté obsolète dépassé périmé figur "
    "optimist compté comptés comptée recensé comptabilis impossible mélang résulter provenir "
    "expliquer dû due dus prouv démontr établi disent photo vidéo cliché image séquence montage "
    "repos appu fond",
    # alone, "non", "main", "autre", "tien" are in a third of all sentences
    (
        *("ne tien", "ne tenai", "rien ne", "aussi bien", "en dout", "y dout", "n'y a", "n’y a"),
        "en fait",
        *("ne permet", "aussi être", "également être", "aussi expliquer", "également expliquer"),
        *("rien n'", "rien n’", "peu probable", "improbable", "invraisemblable", "intenable"),
        *("caduque", "en cause", "avant de"),
        *("tout autre", "bien autre", "radicalement autre", "très autre", "autre son"),
        *("non,", "non ,", "non.", "non!", "non !", "non\u00a0!", "non\u202f!"),
    ),
)
# A count brought down by another party: "250 000 manifestants, un chiffre que la préfecture
# ramène à 42 000".
_COUNT_DISPUTED = re.compile(
    r"(?i)\b(?:chiffres?|bilans?|estimations?|nombres?)\s+que\s+(?P<who>[^,.;]{1,60}?)\s+"
    r"(?:ramèn\w*|ramen\w*)\s+à(?=\s+(?:peine\s+|seulement\s+|environ\s+)?\d)"
)
# "une version que les paramilitaires rejettent": the party between "que" and its verb
_CLAIM_DISPUTED = re.compile(
    r"(?i)\b(?:version|thèse|accusations?|affirmations?|informations?|explications?|"
    r"allégations?|accusation|hypothèse|récit|jugement|verdict|décision|résultat|prévision|"
    r"projection|estimation|chiffre|conclusion|analyse|promesse|annonce|déclaration|objectif|"
    r"note|étude|rapport|lecture|interprétation|calcul|montant|coût|bilan|total|nombre|"
    r"constat|diagnostic|scénario)s?"
    # its complement before the relative: "une note du Bureau fédéral du Plan, que le cabinet"
    r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[^,.;«»]{1,50}?)?,?"
    r"\s+que\s+(?P<who>[^,.;«»]{1,60}?)\s+"
    r"(?:rejett\w*|récus\w*|contest\w*|dément\w*|démentent|nie|nient|niait|niaient|réfut\w*|"
    r"balai\w*|conteste|refus\w*\s+de\s+reconnaître|met\s+en\s+doute|mettent\s+en\s+doute|"
    r"mettait\s+en\s+doute"
    # "une affirmation que les syndicats jugent naïve"
    rf"|(?:jug|estim|trouv|qualifi)\w*\s+(?:de\s+|d['’])?[«“\"]?\s*(?:\w+ment\s+|très\s+|trop\s+)?"
    # "un chiffre que le Haut Conseil qualifie d'« optimiste »" (a forecast judged too high)
    rf"(?:{_JUDGED_WRONG}|optimistes?(?!\s+mais)))\b"
)
# "Une lecture que ne partage pas le gouvernement": the party after its verb
_CLAIM_NOT_SHARED = re.compile(
    r"(?i)\b(?:lectures?|analyses?|interprétations?|visions?|avis|thèses?|versions?|"
    r"conclusions?|estimations?|diagnostics?|constats?|explications?|optimisme|chiffres?)"
    r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[^,.;«»]{1,50}?)?,?"
    r"\s+que\s+(?P<cue>ne\s+(?:partag\w*|reprenn?\w*)\s+(?:pas|guère|nullement))\s+"
    r"(?P<who>[^,.;«»]{1,90}?)(?=\s*(?:[,.;]|$))"
)
# A source's figures against a claim: "D'après ses propres données, la surface a au contraire
# progressé de 8 %"
_CONTRARY = re.compile(
    # "Pour plusieurs économistes, il s'agit au contraire du début d'une dégradation"
    r"(?i)^\s*(?:selon|d['’]après|pour(?=\s+(?:plusieurs|certains|certaines|de\s+nombreu)))"
    r"\s+(?P<who>[^,;]{1,80}),[^.;]*?\b(?P<cue>au\s+contraire|"
    r"en\s+réalité)\b"
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
      # left undecided: "L'étude ne permet pas de trancher ce point", "de conclure à une
      # supériorité" (not "de conclure un contrat")
      | ne\s+(?:permet|permettent|permettait|permettaient)\s+pas\s+(?:encore\s+|à\s+ce\s+stade\s+)?
          de\s+(?:trancher|conclure\s+(?:à|au|aux|qu(?:e\b|['’])|quoi))
      # a link or a blame not established: "le lien entre ce cas et nos produits n'est pas
      # établi à ce stade" (not "le calendrier n'est pas encore établi")
      | (?:lien|liens|responsabilité|origine|cause|culpabilité|causalité|implication|
          authenticité|imputabilité)\b[^.;]{0,60}?(?:n['’]|ne\s+)(?:est|sont|était|étaient|serait|
          seraient)\s+(?:pas|toujours\s+pas|nullement|aucunement)\s+(?:encore\s+|formellement\s+|
          scientifiquement\s+)?(?:établie?s?|prouvée?s?|démontrée?s?|avérée?s?)
      # a cause left open by who examines it: "refuse pour l'instant de se prononcer"
      | refus\w*\s+(?:pour\s+l['’]instant\s+|pour\s+le\s+moment\s+|encore\s+|à\s+ce\s+stade\s+)?
          de\s+se\s+prononcer
      | faute\s+de\s+(?:pouvoir\s+)?confirmer
      | (?:n['’]|ne\s+)(?:a|ont|avait|avaient|pouvait|peut|peuvent)\s+(?:pas|jamais)\s+
          (?:pu\s+)?(?:être|été)\s+(?:confirmée?s?|vérifiée?s?|authentifiée?s?|établie?s?|
          prouvée?s?|corroborée?s?|recoupée?s?|reproduite?s?|répliquée?s?)
      | pas\s+(?:été\s+)?en\s+mesure\s+(?:de\s+|d['’])\s*(?:confirmer|vérifier|authentifier)
      # the negation without "pas": "Aucune de ces affirmations n'a pu être vérifiée", "Ces
      # chiffres ne peuvent être vérifiés de source indépendante"
      | (?:n['’](?:a|ont|avait|avaient)\s+pu|ne\s+(?:peut|peuvent|pouvait|pouvaient|pourra|
          pourront))\s+être\s+(?:confirmée?s?|vérifiée?s?|authentifiée?s?|établie?s?|prouvée?s?|
          corroborée?s?|recoupée?s?)
      | impossibles?\s+à\s+(?:vérifier|confirmer|authentifier)
      # not yet reviewed: "sans avoir encore été relus par d'autres chercheurs"
      | sans\s+(?:avoir\s+)?(?:encore\s+|jamais\s+)?(?:été\s+)?(?:relue?s?|vérifiée?s?|évaluée?s?|
          validée?s?|confirmée?s?|expertisée?s?)\s+par\b
      | impossible\s+de\s+(?:les|le|la|l['’])\s*(?:vérifier|confirmer|évaluer|authentifier|valider)

      | ne\s+(?:convainc|convainquent|convainquait|convainquaient)\s+(?:pas|guère|nullement)
      | (?:peu|pas|guère|nullement|pas\s+très|pas\s+vraiment)\s+convaincante?s?
      | (?:ne\s+|n['’])(?:confirm|infirm)\w*\s+(?:pas|ni|rien)
      | se\s+défend(?:ent)?(?=\s*[,.;!]|\s*$)
      | (?:peux|peut|pouvons|peuvent|pouvait|pouvaient|pourrait)\s+pas\s+(?:le\s+|vous\s+|les\s+)?
          confirmer
      # « On ne peut pas vérifier ces résultats » (not "vérifier chaque colis")
      | (?:peux|peut|pouvons|peuvent|pouvait|pouvaient|pourrait)\s+pas\s+(?:(?:le|les|l['’])\s*
          (?:vérifier|authentifier|corroborer)|(?:vérifier|authentifier|corroborer)\s+(?:ces|cette|
          ce|cet|ses|leurs?|les|l['’])\s*(?:\w+\s+)?(?:résultats|chiffres?|données|informations?|
          affirmations?|propos|allégations?|déclarations?|accusations?|bilans?|estimations?|
          témoignages?|images|vidéos?|photos?|documents?))\b
      | (?:n['’]|ne\s+)(?:a|ont|avait|avaient)\s+pas\s+(?:pu|voulu|souhaité)\s+(?:le\s+|les\s+)?
          confirmer
      | (?:n['’]|ne\s+)(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:encore\s+)?(?:pas|
          toujours\s+pas|jamais)\s+(?:non\s+plus\s+)?(?:encore\s+)?(?:été\s+)?(?:confirmée?s?|vérifiée?s?|voulu\s+confirmer|
          souhaité\s+confirmer)
      | non\s+(?:confirmée?s?|vérifiée?s?|authentifiée?s?)|invérifiables?
      | doutes?\s+(?:\w+\s+){0,2}?(?:sur|quant\s+à)\s+(?:la|l['’])\s*(?:authenticité|véracité|
          fiabilité|crédibilité|sincérité|réalité|exactitude|validité|bien-fondé)
      | sceptiques?\s+(?:sur|quant\s+à|face\s+à|devant|à\s+l['’]égard\s+d)
      | (?:(?<=,\s)|^)(?:les|des|certains|certaines|plusieurs|de\s+nombreux)\s+[^,;:]{1,40}?\s+
        (?:sceptiques?|dubitati(?:f|fs|ve|ves))
        (?=\s*$)  # a headline's "…, les associations de consommateurs sceptiques"
      # doubt shown: "se montrent sceptiques", "se montrent plus réservés : selon eux, …" (a
      # reserve with its reason; not "se montrent plus prudents", a stance)
      | se\s+(?:montr|dis|déclar)\w*\s+(?:(?:très|plus|bien\s+plus|assez|fort|
        particulièrement|nettement)\s+)?(?:sceptiques?|dubitati(?:f|fs|ve|ves)|incrédules?|
        (?:réservée?s?|circonspecte?s?)(?=\s*:))
      # a finding that later work could not confirm: "sans que des mesures ultérieures
      # parviennent à les retrouver", "sans que cela ait pu être vérifié"
      | sans\s+que\s+[^,;.]{1,60}?\s+(?:parvien\w+|réussi\w+|arriv\w+)\s+à\s+
          (?:les?\s+|la\s+|l['’])?(?:retrouver|reproduire|confirmer|vérifier|répliquer|observer)
      | sans\s+que\s+[^,;.]{1,60}?\s+(?:ait|aient|soit|soient|puisse|puissent)\s+(?:pu\s+)?
          (?:être\s+|été\s+)?(?:confirmée?s?|vérifiée?s?|retrouvée?s?|reproduite?s?|
          corroborée?s?|établie?s?)
      # kept vague: "X entretient le flou", "reste évasif"
      | entret(?:ien|ienn|en)\w*\s+(?:le|un)\s+(?:flou|mystère|suspense)
      | (?:rest\w*|demeur\w*|s['’]est\s+montrée?s?|s['’]y\s+est\s+montrée?s?)\s+évasi(?:f|ve|fs|ves)
      | \bni\s+[^,;.]{1,60}?\s+n['’](?:a|ont|avait|avaient)\s+(?:encore\s+)?(?:confirmé|vérifié|
          corroboré)
      | (?:impossible|pas\s+(?:été\s+)?possible)\s+de\s+(?:confirmer|vérifier)
      | sans\s+(?:pouvoir\s+)?(?:le\s+|les\s+)?confirmer
      | (?:n['’]|ne\s+)(?:\w+\s+){0,2}?(?:pas|guère|nullement)\s+(?:été\s+)?(?:convaincu\w*|
          adhéré|cru)\b
      | (?:\bpas|\bguère|\bnullement|\bpeu)\s+convaincue?s?\s+par
      | (?:n['’]|ne\s+)(?:y\s+)?croi\w*\s+(?:pas|plus)|ne\s+plus\s+(?:y\s+)?croire
      | mettent?\s+en\s+doute|mis\s+en\s+doute|met\s+en\s+doute|mettant\s+en\s+doute
      | remet(?:tent)?\s+en\s+(?:cause|question)\s+(?:la\s+version|les\s+(?:chiffres|affirmations))
      | s['’]inscri\w*\s+en\s+faux|s['’]est\s+inscrite?\s+en\s+faux
      | se\s+défend\w*\s+d(?:e\b|['’])|s['’]est\s+défendue?s?(?:\s+d(?:e\b|['’])|\s*[,.;])
      # "Jacques Audiard s'en est défendu": of what he was reproached
      | s['’]en\s+(?:est|sont|était|étaient)\s+(?:\w+ment\s+)?défendue?s?\b|s['’]en\s+défend\w*
      | (?<!sans\s)(?<!aucun\s)(?<!nul\s)(?<!le\s)(?<!un\s)(?<!de\s)
        doute(?:nt|ait|aient)?\s+(?:pourtant\s+|toutefois\s+|cependant\s+|néanmoins\s+|
        fortement\s+|sérieusement\s+|encore\s+|aussi\s+|également\s+|pour\s+(?:sa|leur)\s+part\s+|
        de\s+(?:son|leur)\s+côté\s+)?(?:que|qu['’]|de|d['’])
    )"""
    ),
    "refus confirm vérifi doute cause question faux défend convaincu adhér cru croi établi "
    "trancher conclure "
    "prouvé corrobor recoup authentifi sceptique impossible convain dubitati sans flou mystère "
    "reproduit répliqu réserv circonspect incrédul "
    "suspense évasi",
)

# A claim the outlet says is unsupported: "a indiqué avoir ciblé un commandant, sans fournir
# de preuve" (the outlet disputes it, not the speaker).
_UNSUPPORTED = _gated(
    re.compile(
        r"(?i)\bsans\s+(?:en\s+)?(?:fournir|apporter|donner|présenter|avancer|produire|montrer)\s+"
        r"(?:la\s+moindre|aucune?|de|d['’])\s*(?:preuves?|éléments?|justificatifs?|indices?)\b"
        # "… maintient ses propos mais n'a fourni aucune source"
        r"|\bn['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:fourni|apporté|produit|présenté)\s+"
        r"(?:la\s+moindre|aucune?)\s+(?:preuves?|sources?|éléments?|justificatifs?|documents?)\b"
    ),
    "sans fourni apporté produit présenté",
)

# Witnesses' accounts: "Des témoins interrogés par l'AFP décrivent des tentes détruites".
_WITNESSES_DESCRIBE = _gated(
    re.compile(
        r"(?i)\b(?:témoins|habitants|riverains|survivants|rescapés|secouristes|soignants|"
        r"médecins|victimes|proches|voisins|passagers|manifestants|déplacés|salariés|employés|"
        r"collègues|élèves|parents|patients|clients|détenus|usagers|automobilistes|conducteurs|"
        r"voyageurs|consommateurs|commerçants|touristes|familles|promeneurs|locataires)\b"
        r"[^.;«»]{0,50}?"
        r"\b(?P<verb>décri(?:vent|vaient|t|vait)|racont(?:ent|aient|e|ait))\b"
    ),
    "décri racont",
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
      \b(?:affirm|assur|jur|répèt|répét|maint|soutien|souti|souten|déclar|dit|disent|explique|
          insist|martèl|rétorqu|répond|indiqu)\w*(?:-t-(?:il|elle|ils|elles))?(?:(?:\s*,[^,]{1,60}){1,2},)?
        (?:\s+(?:pourtant|toutefois|cependant|néanmoins|encore|toujours|aussi|également|
          elle-même|lui-même|eux-mêmes|\w+ment|de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|
          quant\s+à\s+(?:lui|elle|eux)|au\s+contraire))?
        # to whom: "a déclaré aux enquêteurs n'avoir « jamais mis les pieds »"
        (?:\s+(?:aux?|à\s+la|à\s+l['’]|devant\s+(?:les?|la|l['’]))\s*\w+)?\s+
        (?:ne\s+(?:pas|jamais|rien|nullement)|n['’](?:a|ont|y)\b|
          # with its negation, not a restriction: "disent n'avoir appris la nouvelle que lundi"
          n['’](?:avoir|être)\b(?=[^.;]{0,80}?\b(?:pas|jamais|rien|aucun\w*|nullement|plus|ni|
            guère|point)\b)|
          # "affirment ne l'avoir « jamais vu »" (not "disent ne l'avoir appris que lundi")
          ne\s+(?:l['’]|les\s+|lui\s+|leur\s+)avoir\s+(?:[«“"]\s*)?(?:jamais|pas|rien|nullement)\b)
        # not a complaint of what one could not do: "affirment n'avoir pas pu rencontrer" (but
        # "n'avoir pas pu confirmer" leaves a claim unconfirmed)
        (?!\s*(?:pas\s+|jamais\s+)?(?:pouvoir|pu|avoir\s+pu)\s+
          (?!(?:\w+ment\s+|encore\s+)?(?:confirm|vérifi|affirm|certifi|établir|garanti|dire\b|
          attest)))
        # nor one of what one lacks: "disent n'avoir « aucune alternative »"
        (?!\s*[«“"]?\s*(?:aucune?|pas\s+(?:d['’]|de|le))\s+(?:autre\s+)?(?:alternatives?|
          solutions?|choix|moyens?|recours|issue|visibilité|marge|perspective|nouvelles))
    # "a maintenu qu'il n'était jamais intervenu" (a past act denied)
    | \b(?:affirm|assur|jur|répét|répèt|maint|soutien|souti|souten|martèl|clam|rétorqu|insist)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?(?:qu['’]\s*(?:il|elle|ils|elles)|
        que\s+(?:son|sa|leur|le|la|l['’])\s*\w+(?:\s+\w+)?)\s+(?:[«“"]\s*)?
        n['’](?:a|ont|avait|avaient|était|étaient|est|sont)\s+(?:jamais|rien(?!\s+à\b)|nullement|
        aucunement)\s+(?!été\s+(?:aussi|si|plus|moins|autant)\b)\w+
    # a quoted "pas": "assure que les digues « n'ont pas cédé »" (unquoted, "assure que le
    # chantier n'a pas pris de retard" reassures)
    | \b(?:affirm|assur|jur|maint|soutien|souti|souten|martèl|insist)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?que\s+(?:les|ses|leurs?|son|sa|le|la|l['’])\s*
        \w+(?:\s+\w+){0,3}\s+[«“"]\s*n['’](?:a|ont|avait|avaient|était|étaient|est|sont)\s+
        (?:pas|jamais)\s+\w+
    # a practice denied for one's own: "avait assuré la semaine dernière que ses forces « ne
    # visent jamais de civils »"
    | \b(?:affirm|assur|jur|répét|répèt|maint|soutien|souti|souten|martèl|clam)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:[^\s.;«»]+\s+){0,4}?que\s+(?:ses|son|sa|leurs?|nos|notre)\s+
        \w+(?:\s+\w+)?\s+(?:[«“"]\s*)?ne\s+\w+\s+(?:jamais\b|
        # "a assuré à l'AFP que ses hommes ne disposaient d'« aucun drone »"
        (?:d['’]\s*|de\s+)?(?:[«“"]\s*)?aucun\w*\b)
    # "affirme qu'aucun lit n'a été supprimé définitivement", "qu'aucune coupure ni aucun
    # défaut n'a été enregistré", also in the second of two que-clauses: "affirme que la voie
    # avait été inspectée … et qu'aucune anomalie n'avait été relevée"
    # (insisted on, not told: "a indiqué qu'aucun navire n'avait signalé d'avarie" reports)
    | \b(?:affirm|assur|jur|répét|répèt|maint|soutien|souti|souten|martèl)\w*\s+
        (?:\w+\s+)?(?:que\b[^.;]{0,160}?\bet\s+)?qu['’]\s*(?:[«“"]\s*)?aucun\w*\s+(?:\w+\s+){1,3}?
        (?:ni\s+aucun\w*\s+(?:\w+\s+){1,2}?)?n['’](?:a|ont|avait|avaient|est|sont|était|étaient)\b
        # a tally so far, not a denial: "affirme qu'aucun enfant n'a été intoxiqué à ce jour"
        (?![^.;«»]{0,60}?\b(?:à\s+ce\s+jour|pour\s+l['’]instant|pour\s+le\s+moment|
          jusqu['’](?:ici|à\s+présent|à\s+maintenant))\b)
    # a danger denied: "La métropole assure de son côté que le pont « ne présente aucun
    # danger »"
    | \b(?:affirm|assur|garanti|répèt|répét|maint|insist|martèl)\w*(?:-t-(?:il|elle|ils|elles))?
        \s+(?:\w+\s+){0,4}?qu(?:e\s+|['’])[^.;]{0,60}?\bne\s+(?:présent|pos|représent|comport)\w*
        \s+(?:[«“"]\s*)?(?:aucun|pas\s+de|nul)\w*\s+(?:danger|risque)s?\b
    # an infinitive denied: "a confirmé à notre rédaction ne mener « aucune opération de ce
    # type »"
    | \b(?:affirm|assur|confirm|jur|maint|soutien|souti|souten|indiqu|précis|martèl)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:(?:à|aux?)\s+(?:\w+\s+){1,3}?)?ne\s+
        [a-zéèêàâîôû]+(?:er|ir|re|oir)\s+(?:[«“"]\s*)?(?:aucun\w*|jamais|rien|nullement)\b
    # a retort that negates: "a répliqué que cette estimation « ne tenait pas compte… »"
    | \b(?:rétorqu|répliqu)\w*(?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?qu(?:e\b|['’])
        [^.;]{0,80}?(?:\bne\s+|\bn['’])\w+(?:\s+\w+)?\s+(?:pas|jamais|rien|aucun\w*|nullement)\b
    | \bil\s+n['’]y\s+a\s+(?:absolument\s+|strictement\s+)?(?:rien|aucun\w*)\b
    # quoted, as an answer: "« Il n'existe aucune technologie capable de… »"
    | [«“"]\s*il\s+n['’]existe\s+(?:absolument\s+|strictement\s+)?aucun\w*\b
    # quoted, as an answer: "« Aucune règle n'a été contournée »", "« Nos analyses n'ont
    # révélé aucune contamination »" (not "« Il n'y a pas de… »": "pas de “mais” qui tienne")
    | [«“"]\s*aucune?\s+\w+(?:\s+\w+)?\s+n['’](?:a|ont)\s+été\s+\w+
    | [«“"]\s*aucune?\s+[^»”"]{1,120}[»”"]\s*n['’](?:a|ont)\s+été\s+\w+
    # a quoted first-person denial of an act: "« Je n'ai jamais siégé à la commission »" (not
    # "« Je n'ai jamais vu une telle foule »")
    | [«“"]\s*(?:je|nous|il|elle|ils|elles|(?:mon|ma|notre)\s+client(?:e)?)\s+
        n['’](?:ai|avons|a|ont)\s+(?:jamais|absolument\s+jamais|rien)\s+
        (?:pris\s+(?:de|d['’]|aucun\w*)\s*(?:produits?|substances?|drogues?|argent|pots?-de-vin)|
        triché|dopée?s?|consommé|
        reçu|touché|perçu|signé|siégé|rencontré|participé|demandé|accepté|ordonné|autorisé|
        menti|dit|déclaré|affirmé|prétendu|promis|frappé|insulté|menacé|harcelé|détourné|caché|
        dissimulé|employé|versé|payé|financé|favorisé|été\s+(?:informée?s?|au\s+courant|prévenue?s?|
        consultée?s?|mise?s?\s+au\s+courant)|eu\s+connaissance)\b
    # "« Il n'en a jamais été question »"
    | [«“"]\s*(?:il\s+)?n['’](?:en\s+)?(?:a|est)\s+(?:jamais|pas|absolument\s+pas)\s+été
        \s+question\b
    | [«“"][^»”"]{0,60}?\b(?:n['’](?:ont|a)\s+(?:\w+\s+)?(?:révélé|montré|trouvé|décelé|détecté)
        |ne\s+(?:montre|montrent|révèle|révèlent|démontre|démontrent|prouve|prouvent))
        # "« ne montrent pas de dépassement des seuils réglementaires »"
        \s+(?:aucun\w*|rien|pas\s+(?:de|d['’]))\b
    | [«“"]\s*aucune?\s+(?:\w+\s+){1,2}?ne\s+(?:montre|prouve|démontre|permet\s+d['’]affirmer)
    | [«“"][^»”"]{0,80}?n['’](?:a|ont|avons|ai)\s+aucune\s+intention\s+de\b
    | \baucun\w*\s+(?:\w+\s+){0,3}?\w+\s*,\s*aucun\w*\s+\w+
    # no study ever showed it: "Aucun essai clinique n'a jamais démontré l'efficacité de ce
    # produit", "Aucune étude sérieuse ne montre que…"
    | \baucune?\s+(?:\w+\s+){0,2}?(?:études?|essais?|tests?|travaux|analyses?|recherches?|preuves?|
        données)\b[^.;«»]{0,40}?(?:\bn['’](?:a|ont|avait|avaient)\s+(?:jamais\s+|encore\s+|pour\s+
        l['’]instant\s+|à\s+ce\s+jour\s+)?(?:démontré|prouvé|établi|montré|confirmé)|\bne\s+(?:montre|
        prouve|démontre|établit|confirme|permet\s+(?:(?:à\s+ce\s+jour|pour\s+l['’]instant|encore|
        actuellement)\s+)?d['’](?:affirmer|établir|conclure|prouver|démontrer)|soutien(?:t|nent)|
        étaye(?:nt)?|
        appuie(?:nt)?|corrobore(?:nt)?|valide(?:nt)?))\b
    # a claimed thing said not to exist, flatly: "Cette aide n'existe pas.", "Ce document n'a
    # jamais existé." (not "Ce statut n'existe pas en droit français")
    | ^\s*(?:Cette|Ce|Cet|Ces|Ladite|Ledit|Lesdits|Lesdites|Une\s+telle|Un\s+tel)\s+
        (?:[\w’'-]+\s+){1,3}?(?:n['’](?:existe|existent|existait|existaient)\s+(?:tout\s+simplement\s+)?pas|
        n['’](?:a|ont|avait|avaient)\s+jamais\s+existé)(?=\s*[.!]?\s*[»”"]?\s*$)
    # a quotation found in none of the writings: "Aucun de ses écrits ni de ses discours ne
    # la contient"
    | \baucun\w*\s+(?:de\s+(?:ses|leurs|ces|nos)\s+)?(?:écrits?|discours|livres?|lettres?|textes?|
        archives?|documents?|interviews?|entretiens?|ouvrages?|articles?|publications?)\b[^.;]{0,60}?
        \bne\s+(?:la|le|les|l['’])?\s*(?:contien|mentionn|cit|compren|inclu|évoqu|reprend)\w*
    # nothing received: "« Aucune offre ne nous est parvenue »"
    | [«“"]\s*aucune?\s+\w+(?:\s+\w+)?\s+(?:ne|n['’])\s*(?:nous\s+|me\s+|leur\s+|lui\s+)?
        (?:est|a|ont|sont)\s+(?:été\s+)?(?:\w+\s+)?(?:parvenue?s?|arrivée?s?|reçue?s?|signée?s?|
        conclue?s?|trouvée?s?|déposée?s?|faite?s?|formulée?s?|envoyée?s?|transmise?s?|présentée?s?)\b
    # a flat denial opening a quotation: "« Il n'y a pas de démission, le ministre est
    # pleinement à sa tâche »" (not "« Il n'y a pas de polémiques qui viennent du festival »")
    | [«“"]\s*(?:il\s+)?n['’]y\s+(?:a|avait)\s+(?:eu\s+)?pas\s+(?:de|d['’])\s*[\w-]+\s*[,;»”"]
    # a speaker who denies a fact about themselves: "a répété qu'il n'était pas présent dans
    # l'appartement", "a affirmé dimanche à l'AFP qu'« il n'est pas fournisseur »" (not the
    # impersonal "qu'il n'était pas question de", "qu'il n'est pas exclu que")
    | \b(?:affirm|assur|répét|répèt|maint|souti|soutien|souten|jur|insist|martel|martèl|clam)\w*
        (?:\s+[^\s,.;«»]+){0,4}?\s+qu['’]\s*[«“"]?\s*(?:il|elle|ils|elles)\s+n['’](?:est|était|a|avait|ont|
        avaient|sont|étaient)\s+(?:\w+\s+)?pas\s+[«“"]?\s*(?!question|possible|nécessaire|exclu|certain|
        sûr|évident|prévu|encore|facile|simple|aussi|si\b|très|le\s+seul|la\s+seule|pas\b)\w+
    # a party's assurance that nothing was harmed: "Il assure en revanche que « les résultats
    # d'analyses n'ont pas été compromis »"
    | \b(?:affirm|assur|soutien|souti|souten|maint|précis|indiqu|répèt|répét|insist|garanti)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:en\s+revanche\s+|toutefois\s+|cependant\s+|pourtant\s+|
        néanmoins\s+|au\s+contraire\s+|de\s+(?:son|leur)\s+côté\s+)?qu(?:e\s+|['’])\s*[«“"]?\s*
        [^.;«»]{0,60}?\b(?:n['’](?:a|ont|avait|avaient)|ne\s+(?:sont|est|seraient|serait))\s+
        (?:pas|jamais|aucunement|nullement)\s+(?:été\s+)?(?:compromise?s?|touchée?s?|volée?s?|
        piratée?s?|dérobée?s?|divulguée?s?|affectée?s?|concernée?s?|exposée?s?|consultée?s?|
        falsifiée?s?|détournée?s?|contaminée?s?|infectée?s?|endommagée?s?|menacée?s?)\b
    # a rumoured damage denied by who would know: "Le diocèse a confirmé qu'aucune église de
    # la ville n'avait été dégradée"
    | \b(?:affirm|assur|confirm|précis|indiqu|garanti)\w*(?:-t-(?:il|elle|ils|elles))?\s+
        qu(?:e\s+|['’])\s*[«“"]?\s*aucun\w*\s+[^.;«»]{0,60}?\bn['’](?:a|ont|avait|avaient)\s+
        (?:\w+\s+)?été\s+(?:dégradée?s?|vandalisée?s?|profanée?s?|incendiée?s?|attaquée?s?|
        endommagée?s?|touchée?s?|piratée?s?|volée?s?|fermée?s?|évacuée?s?)\b
    # nothing agreed yet, said in a quotation: "« Des discussions ont lieu, mais rien n'est
    # signé »" (a reported deal denied)
    | [«“"][^»”"]{0,80}?\brien\s+n['’](?:est|a\s+été|était|avait\s+été)\s+(?:encore\s+|pour\s+
        l['’]instant\s+|à\s+ce\s+stade\s+|officiellement\s+)?(?:signé|décidé|acté|arrêté|
        tranché|conclu|validé|officiel)\b
    # nothing affected, said in an incise after it: "Les coordonnées bancaires ne seraient
    # pas concernées, a-t-elle précisé"
    | \b(?:ne|n['’])\s*(?:sont|seraient|serait|est|ont\s+été|auraient\s+été|a\s+été)\s+
        (?:pas|nullement|aucunement)\s+(?:concerné|touché|compromis|affecté|exposé|volé|dérobé|
        piraté)e?s?\s*,\s*(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+(?:\w+ment\s+)?
        (?:précisé|assuré|affirmé|indiqué|souligné|garanti)|(?:précise|assure|affirme|indique|
        souligne|garantit)(?:-t-(?:il|elle|ils|elles))?)\b
    # an alibi: "« Je n'étais pas sur le parking ce soir-là »"
    | (?:\bje|\bnous)\s+n['’](?:étais|étions)\s+(?:pas|jamais)\s+(?:sur\s+place|sur|à|au|aux|dans|
        là|présente?s?|chez)\b
    # an act of one's own denied with "aucun": "la préfecture a rappelé qu'elle n'avait émis
    # aucun document de ce type", "assure qu'il n'a reçu aucune somme"
    | \b(?:affirm|assur|jur|répét|répèt|maint|soutien|souti|souten|martèl|rappel)\w*
        (?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?qu['’]\s*(?:il|elle|ils|elles)\s+
        n['’](?:a|ont|avait|avaient)\s+(?:jamais\s+)?(?:émis|reçu|signé|donné|autorisé|publié|
        diffusé|envoyé|versé|touché|perçu|commandé|validé|demandé|accordé|délivré)\s+
        (?:aucun\w*|le\s+moindre|la\s+moindre)\b
    # a lawyer for a client, reported: "a soutenu que sa cliente « n'était pas dans
    # l'immeuble »"
    | \b(?:affirm|assur|soutien|souti|souten|maint|répét|répèt|insist|plaid|martèl|rappel)\w*
        \s+(?:\w+\s+)?que\s+(?:son|sa|ses|leur|leurs)\s+(?:client|cliente|clients|clientes|fils|fille|mari|
        épouse|compagne|compagnon)\s+[«“"]?\s*n['’](?:était|étaient|est|sont|a|ont|avait|avaient)\s+
        (?:\w+\s+)?(?:pas|jamais|rien(?!\s+à\b)|nullement|aucunement)\s+(?!question\b)\w+
    # a lawyer for a client, a party for itself: "« Mon client n'a jamais touché un euro »"
    | [«“"]\s*(?:mon|ma|mes|notre|nos)\s+(?:client|cliente|clients|clientes|entreprise|société|
        groupe|club|gouvernement|ministère|parti|mouvement|association|syndicat|établissement|
        laboratoire|équipe|direction|service|fédération)\s+n['’](?:a|ont|avait|avaient|est|sont)
        \s+(?:jamais|rien|nullement|aucunement|en\s+aucun\s+cas)\s+\w+
    | (?:\bje|\bj['’]|\bnous)\s*(?:ne\s+|n['’])(?:l['’]|les\s+|leur\s+|lui\s+|y\s+|en\s+)?
        (?:ai|avons|suis|sommes)\s+(?:jamais|rien|nullement|absolument\s+pas|en\s+aucun\s+cas)
        \s+\w+
    """
    ),
    # " ne " with its spaces: "ne" alone is in "une", "personne", "entraîne"…
    "n' n’ aucun",
    (" ne ", "«ne ", "« ne ", '"ne ', "“ne ", "(ne "),
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
    # a piece named by its genre: "Au procès de l'incendie, le témoignage du pompier"
    r"|(?i:[:,]\s*(?:le|la|l['’])\s*(?:témoignage|récit|portrait|regard|décryptage|éclairage|"
    r"parole|point\s+de\s+vue)\s+(?:de|du|des|d['’])\s*[^,:;.!?«»]{1,60}$)"
)
# A fact-check's verdict: "Non, X n'a pas dit…", "Faux : …", "Intox :".
# An interview's answer: "R.- En fait, il y avait les deux." (the interviewee speaks).
_ANSWER = re.compile(r"\s*(?:R|Rép|Réponse)\s*[.:]?\s*[-–—]\s*\S")
_FACT_CHECK = re.compile(
    r"(?i)\s*(?:non|faux|intox|infox|fake|attention|clickbait|trompeur|manipulation|"
    r"détournement|canular|arnaque)\s*[,:!]"
    # the verdict alone on its line: "FAUX."
    r"|\s*(?:c['’]est\s+)?(?:plutôt\s+|totalement\s+|archi\s*-?\s*)?(?:faux|fausse|intox|infox|"
    r"trompeur|trompeuse|inexact|inexacte|infondé|infondée)\s*[.!]?\s*$"
    # a fact-check's verdict line: "Notre verdict : faux."
    r"|\s*(?:notre\s+)?verdict\s*:\s*(?:plutôt\s+|totalement\s+|archi\s*-?\s*)?(?:faux|fausse|"
    r"trompeur|trompeuse|infondée?|exagérée?|inexacte?|intox|manipulatoire)\b"
    # a partial verdict: "C'est en partie vrai, mais seulement pendant les premiers kilomètres"
    r"|\s*c['’]est\s+(?:en\s+partie|partiellement|à\s+moitié|seulement\s+en\s+partie)\s+"
    r"(?:vrai|faux|exact|inexact|juste)\b"
    # after the topic: "Vaccin contre la grippe : non, il ne provoque pas la grippe"
    r"|[^:«»\"“”]{1,80}:\s*(?P<verdict>non|faux|intox|infox)\s*,(?=\s+(?:il|elle|ils|elles|ce|cette|"
    r"ces|le|la|les|l['’]|on)\b)"
)
_NOT_A_DENIAL = re.compile(
    # (a word: "jamais si fier", not "jamais signé")
    r"(?i)(?:jamais\s+(?:été\s+)?(?:aussi|autant|si|plus|mieux)\b|rien\s+(?:lâché|cédé|perdu)|"
    # "ne … que" restricts, it does not deny: "affirme n'avoir été alertée que la semaine
    # dernière"
    r"n['’](?:avoir|être|a|ont|avait|avaient|est|était)\s+(?:été\s+)?[\w’'-]+\s+qu(?:e\b|['’])|"
    # an experience, not a denial: "« Je n'ai jamais vu une chose pareille »"
    r"jamais\s+(?:vu|connu|vécu|ressenti|entendu|rencontré|imaginé)\s+(?:une?\b|ça\b|cela\b|"
    r"pareil|de\s+tels?\b|de\s+telles?\b|autant|d['’]aussi|rien\s+de\s+tel)|"
    r"jamais\s+(?:cessé|renoncé|baissé|douté|abandonné|lâché|oublié)|"
    r"aucune?s?\s+(?:raison|inquiétude|doute|hésitation|regret|problème)s?\b|"
    # a toll, not a denial: "Il n'y avait aucun blessé, selon les pompiers"
    r"aucune?s?\s+(?:blessés?|victimes?|morts?|décès|dégâts?|dommages?|perturbations?)\b)"
)
# Bare verdict adjectives dismiss a claim only when said of one ("ces chiffres sont erronés").
# Misinformation as a subject of the article, not a verdict on a claim.
_TOPIC_FAKE = re.compile(
    r"(?i)fake\s+news|infox|intox|fausses?\s+(?:informations?|nouvelles|rumeurs?)"
)
_AS_A_TOPIC = re.compile(
    r"(?i)(?:^\s*|\b(?:les|des|aux|contre|sur|la|de\s+la|multiplication\s+des|lutte\s+contre|"
    r"chasse\s+aux|diffusion\s+de|propagation\s+de)\s+)$"
)
_BARE_VERDICT = re.compile(
    r"(?i)erronée?s?|absurdes?|grotesques?|ridicules?|trompeu(?:r|se|rs|ses)|fantaisistes?|"
    r"délirante?s?|farfelue?s?|inexacte?s?|bâclée?s?|"
    r"(?:est|sont|était|étaient)\s+(?:\w+ment\s+)?tronquée?s?"
)
_CLAIM_BEFORE = re.compile(
    rf"(?i)\b(?:{CLAIM_NOUNS}|chiffres?|propos|version|déclarations?|thèses?|théories?|récit|"
    r"données|bilan|estimations?|enquêtes?|expertises?|ce|c['’]est|ce\s+sont|cela|ça)\b"
    r"[^.;,]{0,40}$"
)
# What a fact-check finds deceptive, with all it is said to show, up to the verdict: "Des
# images diffusées sur les réseaux sociaux montrant l'effondrement du glacier sont
# trompeuses" (not "absurdes")
_MEDIA_JUDGED = re.compile(
    r"(?i)\b(?:images?|photos?|photographies?|vidéos?|publications?|messages?|posts?|"
    r"séquences?|captures?\s+d['’]écran|graphiques?|courbes?|infographies?|cartes?)\b"
    r"[^.;,]{0,100}\s(?:est|sont|était|étaient)\s+(?:\w+ment\s+)?(?:trompeu(?:r|se|rs|ses)|"
    r"fau(?:x|sses?)|erronée?s?|inexacte?s?|tronquée?s?)$"
)
# A question, also closed by its quotation mark and a full stop ("… avec moi ?»."), or put by
# someone named after it ("…, faut-il éviter d'y aller ? », lui demande Christophe Deborsu.")
_QUESTION = re.compile(
    r"\?\s*[»”\")]*\s*\.?\s*$"
    r"|\?\s*[»”\"]\s*,\s*(?:lui\s+|leur\s+|nous\s+|me\s+)?(?:demande|s['’]interroge|interroge|"
    r"questionne|s['’]étonne)\w*\s+[^,.;«»]{1,60}\.?\s*$"
    # a dialogue's question and who asks it: "– Les détecteurs fonctionnaient-ils ? lui a
    # demandé la présidente."
    r"|\?\s*(?:lui|leur|nous|me|m['’])\s*(?:a|ont|avait|avaient)\s+(?:demandé|lancé|"
    r"rétorqué|répliqué)\s+[^,.;«»?]{1,60}\.?\s*$"
)
_TERMINAL = re.compile(r"[.!?…»”\"]\s*$")
_DATED_CAPTION = re.compile(
    r"(?:,\s+|\s)(?:le\s+|en\s+)?(?:(?:\d{1,2}(?:er)?\s+)?(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"\s*\.?\s*(?:\([^()]*\))?\s*$"
)
_CAPTION = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ \-]{2,}\s*:\s")
_FINITE_HINT = re.compile(
    r"(?i)\b(?:est|sont|a|ont|était|étaient|sera|seront|fait|font|va|vont|peut|peuvent|doit|"
    r"doivent|avait|avaient|y\s+a|serait|aurait|devrait|pourrait|reste|restent|semble|"
    r"semblent|faut|il\s+\w+|aura|auront|fut|furent|devra|devront|pourra|pourront|ira|iront|"
    r"aurait|auraient|avait|eut|eurent|"
    # frequent present-tense verbs: "Une recherche d'image inversée permet de retrouver la
    # vidéo originale, publiée … le 8 novembre 2019." is not a dated caption
    r"permet|permettent|permettait|montre|montrent|vient|viennent|tient|tiennent|prend|"
    r"prennent|met|mettent|représente|représentent|concerne|concernent|devient|deviennent)\b"
)
_DASH_SOURCE = re.compile(
    r"\s[–—-]\s+(?P<who>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|von|van|"
    r"al|el|bin|ben)){0,4})\s*$"
)
_SITE_SUFFIX = re.compile(r"\s+(?:[—|]|-\s)\s*[^—|]{1,40}$")
_DIALOGUE = re.compile(r"^\s*[–—]\s+\S")

_OPEN = "«“"
_CLOSE = "»”"
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:livre|film|roman|ouvrage|émission|série|chanson|album|spectacle|pièce|"
    r"documentaire|essai|podcast|exposition|intitulée?s?|baptisée?s?)\s*$"
)
_WHOSE_AFTER = re.compile(r"(?i)\s*,?\s*(?:pour|selon|d['’]après)\s+\S")
# A headline's "…, Guigou « déçu mais fier »": a name after a comma or a colon, then the quote
# of what that person said (not a determiner: "…, le « bouclier tarifaire »").
_NAME_BEFORE_QUOTE = re.compile(
    r"[,:;–—]\s*(?!(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Du|Au|Aux)\b)"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}\s*$"
)
# A work's title, by what follows it: "« La Dernière Saison », le deuxième long-métrage de…",
# "« La Dernière Saison » : un drame rural…" (a review's headline)
_WORK_AFTER = re.compile(
    r"(?i)\s*[,:]\s*(?:le|la|l['’]|un|une|son|sa|leur)\s*(?:\w+\s+){0,2}?(?:film|long-métrage|"
    r"court-métrage|roman|livre|album|série|pièce|spectacle|documentaire|essai|chanson|"
    r"exposition|drame|comédie|thriller|polar|opéra|ballet|bande\s+dessinée|disque|"
    r"podcast|jeu\s+vidéo|biopic|récit|recueil|premier\s+roman)\b"
)
# A stance act whose object is quoted carries the party's words (guidelines R5, "Kim a salué
# « le rôle… »"): "a appelé les syndicats à « la responsabilité »", "s'est dit « préoccupé »".
_STANCE_BEFORE = re.compile(
    r"(?i)\b(?:appel|salu|exhort|invit|réclam|exig|fustig|dénonc|condamn|point|évoqu|relev|"
    # "a rendu hommage à « un géant discret »", "envisage des « actions judiciaires »"
    r"protest|rend\w*\s+hommage|rendu\s+hommage|envisag|menac|brandi|"
    # "Les familles des victimes attendent « que chacun assume »"
    r"attend|espèr|espér|souhait|demand)\w*"
    r"(?:\s+(?:également|aussi|encore|notamment|d['’]abord|surtout|pour\s+(?:sa|leur)\s+part|"
    r"de\s+(?:son|leur)\s+côté))?"
    # its addressee or object, up to two words: "a appelé les deux parties à « respecter »",
    # "ont salué un scrutin « globalement apaisé »"
    r"(?:\s+(?:les?|la|l['’]|des|ses|leurs?|son|sa|une?|ce|cette|ces)\s*[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+(?:à|au|aux|de|d['’]|du|des|un|une|le|la|les|l['’]|contre)?\s*$"
)
# "Emmanuel Macron : « Nous sommes en guerre »", "Le ministre de l'Intérieur : « … »": a
# headline's speaker before a colon (a name of two or three capitalised words, or a role),
# not a topic ("Aliments ultratransformés : « … »", "Gaza : « … »").
_SPEAKER_COLON = re.compile(
    r"^\s*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
    r"|(?:Le|La|L['’])\s*(?:ministre|président|présidente|porte-parole|maire|procureure?|"
    r"directeur|directrice|secrétaire|patronne?|avocate?|premier\s+ministre|première\s+ministre|"
    r"chef|cheffe)\b[^:«»\"“”]{0,60}?)\s*:\s*$"
)
_TERM_BEFORE = re.compile(
    r"(?i)(?:\b(?:des|de|d['’]|un|une|le|la|les|l['’]|du|au|aux|sur|en|leur|son|sa|ses|cette|"
    r"ce|ces|pour|chefs?\s+d['’]|chefs?\s+de)|\b(?:livre|film|roman|ouvrage|émission|série|"
    r"chanson|album|spectacle|pièce|opération|documentaire|essai|podcast|exposition|"
    r"intitulée?s?|baptisée?s?))\s*$"
)
_FIRST_PERSON = re.compile(
    r"(?i)\b(?:je|j['’]|nous|notre|nos|mon|ma|mes|vous|votre|vos|me|m['’]|moi)\b"
)
