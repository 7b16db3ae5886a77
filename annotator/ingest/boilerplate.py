"""Spot web boilerplate among sentences: navigation, share and comment prompts, bylines.

Only a hint for the annotator (the UI shows such sentences as likely `not_a_claim`); nothing is
ever dropped. The patterns are general page furniture of French and English news sites, not the
strings of particular pages: a false positive costs an annotator one keypress, so they stay
anchored (whole line or line start) and short lines only.
"""

from __future__ import annotations

import re

__all__ = ["is_boilerplate"]

# Longer than this, a line is prose even if it starts like a prompt.
_MAX_PROMPT = 160

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|messenger|e-?mail|"
    r"courriel|imprimer|print|copier le lien|copy link|flipboard|bluesky|threads|mastodon"
)

# Matched at the start of the line (case-insensitive).
_PROMPTS = re.compile(
    r"""(?ix)
    (?:vous\ pouvez\ |n['’]hésitez\ pas\ à\ |cliquez\ (?:ici\ )?pour\ )?
    (?:partag(?:er|ez)|share|tweet(?:er)?|envoyer\ (?:par|à)|e-?mail\ this|imprimer\ (?:cet|l['’])
      |copier\ le\ lien|copy\ link)\b
    | (?:à|a)\ lire\s*(?:aussi|également|ensuite|:)|lire\ (?:aussi|également|la\ suite|plus)\b
    # "Vous pouvez retrouver tous nos articles sur la votation dans notre dossier spécial."
    | vous\ pouvez\ (?:re)?trouver\ (?:tous\ |toutes\ |l['’]ensemble\ de\ )?(?:nos|notre)\ 
    | (?:à\ )?voir\ aussi\b|sur\ le\ même\ (?:sujet|thème)|dans\ la\ même\ rubrique
    | articles?\ (?:similaires|liés|connexes|recommandés)|plus\ d['’]articles
      |nos\ derniers\ articles
    | vous\ (?:aimerez|pourriez\ aimer|aimeriez|pourriez\ aussi\ aimer)(?:\s+(?:aussi|également))?
      \s*(?:[:…]|\.\.\.)?\s*$
      |(?:à\ )?découvrir\ aussi\b|nos\ articles\ (?:recommandés|les\ plus\ lus)|les\ plus\ lus\s*$
    | read\ (?:more|also|next)\b|related\ (?:articles|posts|stories)|you\ (?:may|might)\ also\ like
    | recommended\ for\ you|more\ from\ |continue\ reading|keep\ reading
    | continuer\ (?:la\ lecture|à\ lire)|j['’]ai\ continué\ à\ lire|la\ suite\ après\ (?:cette\ )?
      (?:la\ )?publicité
    | \d+\ (?:commentaires?|comments?|réactions?|replies|réponses?)\s*$
    | leave\ a\ (?:comment|reply)|lais?s(?:er|ez)\ un\ commentaire|(?:poster|ajouter|écrire)
      \ un\ commentaire|post\ comment|publier\ (?:le|un|votre)\ commentaire|cancel\ reply
      |annuler\ la\ réponse|log\ in\ to\ (?:reply|comment)|connectez-vous\ pour
    | your\ email\ address\ will\ not\ be\ published|votre\ adresse\ (?:e-?mail|de\ messagerie)
      \ ne\ sera\ pas\ publiée|required\ fields\ are\ marked|les\ champs\ obligatoires
      |save\ my\ name|enregistrer\ mon\ nom
    | this\ site\ uses\ akismet|ce\ site\ utilise\ akismet|learn\ how\ your\ comment\ data
      |en\ savoir\ plus\ sur\ (?:la\ façon|comment)\ (?:dont\ )?les\ données\ de\ vos\ commentaires
    | abonnez-vous|inscrivez-vous|je\ m['’]abonne|s['’]abonner|subscribe\b|sign\ up\b
      |déjà\ abonné|cet\ article\ (?:est\ )?réservé\ aux\ abonnés|il\ vous\ reste\ \d+\s?%
      |cet\ article\ vous\ a\ (?:plu|intéressé)|suivez-nous|retrouvez-nous|rejoignez-nous
      |follow\ us|téléchargez\ (?:notre|l['’])\ application
    | (?:tous\ )?droits\ réservés|all\ rights\ reserved|copyright\b|©
    | nous\ utilisons\ des\ cookies|we\ use\ cookies|accepter\ les\ cookies
    # a cookie banner's buttons: "Accepter et fermer", "Continuer sans accepter"
    | (?:tout\ )?(?:accepter|refuser)(?:\ (?:et\ (?:fermer|continuer)|tout))?\s*$
      |continuer\ sans\ accepter|(?:paramétrer|personnaliser|gérer)\ (?:les\ |mes\ )?
      (?:cookies|choix|préférences)\s*$
    | lien\ source|source\ link|sources?\s*:|publicité\b|advertisement\b|contenu\ sponsorisé
    | (?:publié|mis\ à\ jour|modifié|actualisé|posted|published|updated)
      (?:\ le|\ on|\ :|\ \d|\ à\ \d)
    | temps\ de\ lecture|lecture\s*:?\s*\d+\s*min|\d+\s*min(?:utes)?\ de\ lecture
    | (?:photo|crédits?(?:\ photo)?|illustration|image)\s*[:©/]
    | propos\ recueillis\ par
    | (?:tags?|mots[-\ ]clés|étiquettes|catégories?|categories|filed\ under|posted\ in)\s*:
    | j['’]aime\ (?:ça|chargement)|like\ this\s*:|navigation\ de\ l['’]article|post\ navigation
    | [←«<]?\s*(?:article\ )?(?:précédent|suivant|previous|next)(?:\ (?:article|post))?\s*:
    | (?:écouter|offrir|partager|imprimer|commenter|sauvegarder|enregistrer)\ (?:cet|l['’])
      \ ?article\s*$|ajouter\ (?:à|aux)\ (?:vos|mes)\ (?:favoris|sélections?)
    | (?:article\ )?réservé\ aux\ abonnés\s*\.?\s*$|la\ suite\ (?:sous|après)\ cette\ publicité
    | voir\ (?:les|tous\ les)\ commentaires|réagissez\ (?:à\ cet\ article|ici)
    | recevez\ (?:gratuitement\ )?(?:notre|nos|la)\ (?:newsletter|lettre)
    | recevez\ (?:gratuitement\ )?(?:chaque|tous\ les|toutes\ les|dès)\ (?:\w+\ ){0,2}?
      (?:matin|soir|midi|jour|jours|semaine|semaines|vendredi|dimanche|lundi|l['’]essentiel)
    | je\ m['’]inscris\s*$|s['’]inscrire\s*$|newsletters?(?:\ [\w’'-]+){1,3}\s*$
    | les\ plus\ (?:lus|partagés|commentés)\s*$
    | vos\ (?:réactions|commentaires)(?:\s*\(\d+\))?\s*$|signaler\ (?:un\ abus|ce\ commentaire)
    | à\ suivre\s*(?::|…|\.\.\.|$)
    | communiqué\ de\ presse\s*$|contact\ presse\b|à\ propos\ d(?:e\ |['’])\S[^.]{0,40}$
    | les\ commentaires\ sont\ (?:fermés|clos|désactivés)
    | à\ la\ une\ (?:demain|ce\ soir|cette\ semaine|de\ notre\ prochain\ numéro)\s*:
    | l['’]essentiel(?:\ de\ l['’]actu(?:alité)?)?(?:\ (?:de\ ce|du|ce)\ \w+)?\s*$
    | tout\ accepter\s*$|tout\ refuser\s*$|paramétrer\ les\ cookies|image\ d['’]illustration
    | lecture\ du\ monde\ en\ cours
    """
)

# French-language news outlets, by name: a line of its own is the site's banner, a headline's
# "– Le Figaro" is the site, not a speaker (the suggester's headline dash).
OUTLET = re.compile(
    r"(?i)(?:le\s+(?:figaro|monde|parisien|point|soir|temps|devoir|progrès|télégramme|"
    r"huffpost|journal\s+de\s+\w+)|libération|l['’](?:express|obs|humanité|équipe)|"
    r"franceinfo|france\s+info|france\s+24|20\s+minutes|ouest-france|bfmtv|bfm\w*|rtl|"
    r"rtbf|rts|radio-canada|la\s+presse|jeune\s+afrique|la\s+voix\s+du\s+nord|sud\s+ouest|"
    r"la\s+dépêche|mediapart|rfi|tf1\s+info|cnews|europe\s+1|les\s+échos|la\s+croix|"
    r"marianne|challenges|courrier\s+international|swissinfo|7sur7|la\s+libre|dh|"
    r"l['’]avenir|le\s+matin|tdg|24\s+heures|tva\s+nouvelles|rt\s+world\s+news|afp|reuters)"
)

# The whole line is one of these (case-insensitive): site names, menus, section labels.
_LABELS = re.compile(
    rf"""(?ix)
    (?:{_SOCIAL})(?:\s*[,|/·•]?\s*(?:{_SOCIAL}))*
    | (?:nouvelles|actualités?|news|dernières\ (?:nouvelles|infos|news)|breaking\ news|à\ la\ une
      |la\ une|en\ direct|direct|live|international|politique|monde|france|économie|éco
      |sports?|culture|société|opinions?|tribunes?|vidéos?|photos?|podcasts?|newsletters?|menu
      |accueil|home|sommaire|rubriques|tags|mots-clés|commentaires?|comments?|réagir|partager
      |share|tweet|commenter|connexion|se\ connecter|inscription|rechercher|search|fermer|close
      |retour|suivant|précédent|next|previous|haut\ de\ page|back\ to\ top|publicité|sponsorisé
      |la\ rédaction|rédaction)
    \s*:?
    """
)

# Breadcrumb: starts at the home page, or several "»" / ">" / "›" separators.
_BREADCRUMB = re.compile(r"(?i)(?:home|accueil)\s*[»>›/|]")
_CRUMB_SEPARATOR = re.compile(r"\s[»>›]\s")

# Byline: "by X", "Par Jean Dupont", "Par Le Parisien avec AFP" — capitalised words only,
# so that "Par ailleurs, …" stays prose.
_BYLINE = re.compile(
    r"(?:[Bb]y|[Pp]ar|PAR|BY)\s+"
    r"(?:(?:[A-ZÀ-Ý][\w’'.-]*|de|du|des|la|le|van|von|avec|et|with|and|&|,)\s*){1,8}"
)
# An op-ed signed by a group: "Par un collectif d'enseignants et de chercheurs en sciences de
# l'éducation" (no verb, no full stop: a signature, not "Par un collectif, la loi a été…")
_COLLECTIVE_BYLINE = re.compile(
    r"(?:[Pp]ar|PAR)\s+(?:un\s+collectif|un\s+groupe|des\s+collectifs|plus\s+de\s+\d+|\d+|"
    r"une\s+centaine|une\s+cinquantaine|une\s+trentaine|une\s+vingtaine)\s+(?:de|d['’])\s*"
    r"[^.!?:;«»\"]{1,140}"
)
_AGENCY_CREDIT = re.compile(r"\(?(?:avec\s+)?(?:AFP|Reuters|AP|Belga|ATS|AFP\s*/\s*\w+)\)?")
# "PARIS, 3 mars (AFP) -", "WASHINGTON, 5 mai –": a dateline cut from its sentence.
_DATELINE = re.compile(
    r"[^\W\d_][^()]{0,60}\((?:AFP|Reuters|AP|Belga|ATS|Xinhua|dpa)\)\s*[-–—]*"
    r"|[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}(?:,[^,.]{1,30})?\s[–—-]"
)
_DATE = re.compile(
    r"(?i)(?:(?:le\s+|[a-zé]+di\s+)?\d{1,2}(?:er)?\s+(?:janv|févr|fév|mars|avr|mai|juin|juil|août"
    r"|sept|oct|nov|déc)[a-zéû]*\.?\s+\d{4}(?:\s*(?:à|-|,)\s*\d{1,2}\s*[h:]\s*\d{0,2})?"
    r"|(?:le\s+)?\d{1,2}/\d{1,2}/\d{2,4}(?:\s+(?:à\s+)?\d{1,2}[h:]\d{2})?"
    r")(?:\s*\.)?(?:\s*[–—-]+)?"  # a dateline's own point and dash: "10 janvier 2016 . –"
)


# Production notes and credits: about the article, not the world (R1).
_PRODUCTION_NOTE = re.compile(
    r"""(?ix)^(?:
        (?:le|ce|cet)\s+(?:résumé|article|texte|contenu)\s+(?:a\s+été\s+|est\s+)?
          (?:généré|rédigé|traduit|écrit|produit|réalisé)e?\s+(?:par|avec|à\s+l['’]aide
          |dans\s+le\s+cadre\s+d|en\s+partenariat|grâce\s+au\s+soutien)
      | \(?avec\s+(?:l['’])?(?:AFP|Reuters|AP|Belga|ATS|agences?)\)?\.?$
      | (?:par\s+)?la\s+rédaction\b.{0,40}$
      | (?:traduction|traduit|édité|édition)\s*(?::|par)\b
      | cet\s+article\s+(?:a\s+été\s+)?(?:mis\s+à\s+jour|modifié|corrigé)
      # a tribune's note on its authors: "Les signataires sont membres de l'association…"
      | les\s+signataires\s+(?:sont|de\s+cette\s+tribune\s+sont)\b
    )"""
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
    # a call to readers, a live blog's greeting (after its time stamp): "Envoyez-nous vos
    # photos", "10h05 – Bonjour à toutes et à tous, bienvenue dans ce direct"
    r"|^(?:\d{1,2}[h:]\d{2}\s*[–—-]\s*)?(?:envoyez|écrivez|contactez|racontez|signalez|"
    r"transmettez)-nous\b"
    r"|^restez\s+(?:informée?s?|connectée?s?|branchée?s?)\b.{0,60}$"
    # a reader's question answered: "Question posée par Marc le 3 février."
    r"|^question\s+posée\s+par\b.{0,60}$"
    # a newsletter's promise: "Toute l'actu auto, chaque vendredi dans votre boîte mail"
    r"|\bdans\s+votre\s+boîte\s+(?:mail|e-?mail|de\s+réception)\b"
    r"|^(?:\d{1,2}[h:]\d{2}\s*[–—-]\s*)?bonjour\s+(?:à\s+(?:toutes\s+et\s+à\s+)?tous|et\s+"
    r"bienvenue)\b|\bbienvenue\s+dans\s+(?:ce|notre)\s+(?:direct|live|fil|suivi)\b"
)

# Media and rights furniture: "À écouter", "VIDÉO -", "X / AFP" credits.
_MEDIA_PROMPT = re.compile(
    r"(?i)(?:(?:à|a)\s+(?:[ée]couter|regarder|voir|revoir|r[ée][ée]couter)|vidéo\s*[:-]|en\s+images\s*[:-]|"
    r"replay\s*[:-]|podcast\s*[:-]|droits\s+(?:de\s+\w+\s+)?réservés|reproduction\s+interdite|"
    r"durée\s+de\s+lecture|temps\s+de\s+lecture|(?:à\s+)?lire\s+aussi\b|voir\s+aussi\b|"
    r"(?:vos\s+)?(?:réactions|commentaires)\s+doivent|.*\bnos\s+CGU\b|"
    r"\(?[A-ZÀ-Þ][\w.-]*(?:\s+[A-ZÀ-Þ][\w.-]*){0,3}\s*/\s*[A-ZÀ-Þ][\w .-]{1,30}\)?\.?$)"
)


def is_boilerplate(sentence: str) -> bool:
    """Is this sentence likely web page furniture rather than article text?

    The one detector of page furniture: the import marks what it finds (the screen shows
    "looks like boilerplate") and the suggester labels the same sentences not_a_claim.
    """
    text = " ".join(sentence.split())
    if not text:
        return False
    if text.startswith((">>", "»»", "> ")):
        return True  # ">> TÉMOIGNAGE - …": a link to another article
    bare = text.lstrip("→►▶•·*>»-–— ")  # "→ A LIRE AUSSI :", "• Partager"
    if _furniture(text) or (bare != text and bare and _furniture(bare)):
        return True
    if _PRODUCTION_NOTE.search(text) or _MEDIA_PROMPT.match(bare):
        return True
    return len(text) < _MAX_PROMPT and bool(_PROMPT_ANYWHERE.search(text))


def _furniture(text: str) -> bool:
    if _LABELS.fullmatch(text) or _DATELINE.fullmatch(text) or _DATE.fullmatch(text):
        return True
    if _AGENCY_CREDIT.fullmatch(text) or OUTLET.fullmatch(text.strip(" .|–—-")):
        return True
    if len(text) <= _MAX_PROMPT and _PROMPTS.match(text):
        return True
    if _BREADCRUMB.match(text) or _crumb_separators(text) >= 2:
        return True
    if len(text) <= 80 and _BYLINE.fullmatch(text):
        return True
    if _COLLECTIVE_BYLINE.fullmatch(text):
        return True
    return _is_banner(text) or _furniture_parts(text)


def _furniture_parts(text: str) -> bool:
    """Pieces of furniture on one line: "Par Julie Martin | Publié le 12/03/2025 à 08h15 |
    Mis à jour le 12/03/2025 à 10h02" (each part a byline, a date or a prompt)."""
    parts = [part.strip() for part in re.split(r"\s[|·•]\s", text)]
    return len(parts) >= 2 and all(part and _furniture(part) for part in parts)


def _crumb_separators(text: str) -> int:
    """Separators " » ", " > ", " › ", not counting the » that close French quotations."""
    return len(_CRUMB_SEPARATOR.findall(text)) - text.count("«")


def _is_banner(text: str) -> bool:
    """Site banner: short parts joined by " | " ("Dernières Nouvelles | News 24"); a headline
    with a " | " kicker has a long part and stays prose."""
    if " | " not in text or text[-1] in ".!?…":
        return False
    return all(len(part.split()) <= 4 for part in text.split(" | "))
