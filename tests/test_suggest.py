"""The rule-based suggester: each rule, each false friend, precedence, and its scores."""

from __future__ import annotations

import json
import re

import pytest

from annotator.suggest import UNNAMED, suggest, suggest_article
from annotator.suggest.evaluate import (
    cue_match,
    evaluate,
    read_gold,
    source_match,
    suggest_gold,
)
from tests.conftest import DATA

# (sentence, label, rule, words of the cue (a part of it), source (a part of it) or None)
RULES = [
    (
        "Ces chiffres ont été démentis formellement par le ministère.",
        "contested",
        "denial_verb",
        None,
        "le ministère",
    ),
    (
        "« Aucun licenciement n'est prévu », lit-on dans le communiqué.",
        "attributed",
        "quotation",
        None,
        "le communiqué",
    ),
    # a headline's speaker before a colon is the source; a topic is not
    ("Emmanuel Macron : « Nous sommes en guerre »", "attributed", "quotation", None, "Macron"),
    (
        "Le ministre de l'Intérieur : « La menace reste élevée ».",
        "attributed",
        "quotation",
        None,
        "Le ministre de l'Intérieur",
    ),
    (
        "Plusieurs experts remettent en cause la fiabilité de l'étude.",
        "contested",
        "dismissal",
        "remettent en cause la fiabilité",
        None,
    ),
    (
        "Le ministre a été accusé d'avoir menti devant la commission.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    # R4a reporting verbs: compound past, incise, inverted, present + que, participle
    (
        "Poutine a souligné que les pays occidentaux fournissaient des armes.",
        "attributed",
        "reporting_verb",
        "a souligné que",
        "Poutine",
    ),
    (
        "Le ministre de l'Intérieur a affirmé mardi que la délinquance baissait.",
        "attributed",
        "reporting_verb",
        "a affirmé",
        "Le ministre de l'Intérieur",
    ),
    (
        "Pyongyang a le droit de se défendre, a déclaré le dirigeant russe",
        "attributed",
        "incise",
        "a déclaré",
        "le dirigeant russe",
    ),
    (
        "Le pays considère les États-Unis comme responsables, a-t-il ajouté.",
        "attributed",
        "incise",
        "a-t-il ajouté",
        "il",
    ),
    (
        "La hausse des prix va durer, estime l'Insee dans sa note.",
        "attributed",
        "incise",
        "estime",
        "l'Insee",
    ),
    (
        "Les enquêteurs craignent que d'autres victimes se manifestent.",
        "attributed",
        "reporting_verb",
        "craignent que",
        "Les enquêteurs",
    ),
    (
        "Kim a assuré à Belousov que Pyongyang serait toujours avec Moscou.",
        "attributed",
        "reporting_with_content",
        "a assuré",
        "Kim",
    ),
    (
        "Elle reconnaît avoir commis une erreur.",
        "attributed",
        "reporting_with_content",
        "reconnaît",
        "Elle",
    ),
    (
        "Le ministre, estimant que la loi était injuste, a quitté la salle.",
        "attributed",
        "reporting_verb",
        "estimant que",
        None,
    ),
    (
        "Le président avait précédemment mis en garde l'Occident contre une escalade.",
        "attributed",
        "reporting_verb",
        "mis en garde",
        "Le président",
    ),
    (
        "La victime est décédée, a-t-on appris de source policière.",
        "attributed",
        "incise",
        "a-t-on appris",
        None,
    ),
    # R4f documents
    (
        "Le rapport souligne que les délais ont doublé.",
        "attributed",
        "reporting_verb",
        "souligne que",
        "Le rapport",
    ),
    (
        "La loi prévoit que les contrevenants seront sanctionnés.",
        "attributed",
        "document_says",
        "prévoit que",
        "La loi",
    ),
    # R4b source adverbials
    (
        "Selon l'Ukraine et certains de ses alliés, la Corée du Nord a déployé des soldats.",
        "attributed",
        "source_adverbial",
        "Selon",
        "l'Ukraine et certains de ses alliés",
    ),
    (
        "Plus de 2 000 personnes ont manifesté à Lyon, d'après la préfecture.",
        "attributed",
        "source_adverbial",
        "d'après",
        "la préfecture",
    ),
    (
        "Pour l'économiste, cette mesure est inefficace.",
        "attributed",
        "in_view_of",
        "Pour",
        "l'économiste",
    ),
    # R4c quotations and dialogue dashes
    ("« Nous avons tout fait pour éviter ce drame. »", "attributed", "quotation", "«", None),
    (
        "– Nous apprécions beaucoup votre soutien, a déclaré Poutine, selon les agences russes.",
        "attributed",
        "incise",
        "a déclaré",
        "Poutine (via les agences russes)",
    ),
    # R4d journalistic conditional
    (
        "Le suspect aurait pris la fuite à bord d'un véhicule volé.",
        "attributed",
        "journalistic_conditional",
        "aurait pris",
        UNNAMED,
    ),
    (
        "Le suspect serait âgé d'une trentaine d'années.",
        "attributed",
        "journalistic_conditional",
        "serait",
        UNNAMED,
    ),
    # R4e allegations
    (
        "L'homme, soupçonné d'avoir tué sa compagne, a été placé en garde à vue.",
        "attributed",
        "allegation",
        "soupçonné",
        None,
    ),
    (
        "Séoul accusait Pyongyang d'avoir fourni des munitions à la Russie.",
        "attributed",
        "allegation",
        "accusait",
        "Séoul",
    ),
    (
        "Le présumé auteur des faits a été interpellé.",
        "attributed",
        "allegation",
        "présumé",
        UNNAMED,
    ),
    # R2 headline dash
    (
        "La Russie et la Corée du Nord conviennent d'une aide mutuelle – Poutine — RT World News",
        "attributed",
        "headline_dash",
        "– Poutine",
        "Poutine",
    ),
    # R3 contested
    ("Le Kremlin nie que ce soit le cas.", "contested", "denial_verb", "nie que", "Le Kremlin"),
    (
        "Le maire dément formellement avoir reçu des pots-de-vin.",
        "contested",
        "denial_verb",
        "dément",
        "Le maire",
    ),
    (
        "Des accusations que l'intéressé réfute.",
        "contested",
        "denial_verb",
        "réfute",
        "l'intéressé",
    ),
    (
        "Le club conteste la décision de l'arbitre.",
        "contested",
        "denial_verb",
        "conteste",
        "Le club",
    ),
    (
        "Cette version est contestée par plusieurs témoins.",
        "contested",
        "denial_verb",
        "contestée",
        "plusieurs témoins",
    ),
    (
        "Le porte-parole a rejeté les accusations de corruption.",
        "contested",
        "rejects_claim",
        "a rejeté",
        "Le porte-parole",
    ),
    (
        "Le parquet n'a ni confirmé ni démenti l'existence d'une enquête.",
        "contested",
        "neither_confirmed_nor_denied",
        "ni confirmé ni démenti",
        "Le parquet",
    ),
    (
        "Interrogé par l'AFP, le ministère a refusé de confirmer ces chiffres.",
        "contested",
        "left_unconfirmed",
        "refusé de confirmer",
        "le ministère",
    ),
    (
        "Le candidat s'est défendu d'avoir menti aux électeurs.",
        "contested",
        "left_unconfirmed",
        "défendu",
        "Le candidat",
    ),
    (
        "La police doute de la version du suspect.",
        "contested",
        "left_unconfirmed",
        "doute",
        "La police",
    ),
    (
        "La Corée du Nord a qualifié ces revendications de tentative de ternir l'image du pays.",
        "contested",
        "dismissal",
        "ternir l'image",
        "La Corée du Nord",
    ),
    (
        "Ces chiffres sont faux, rétorque le syndicat.",
        "contested",
        "dismissal",
        "faux",
        "le syndicat",
    ),
    (
        "Non, la ministre n'a pas plaidé pour la fin des retraites",
        "contested",
        "fact_check",
        "Non,",
        None,
    ),
    (
        "Mais il s'agit d'une citation inventée par un compte satirique.",
        "contested",
        "dismissal",
        "citation inventée",
        None,
    ),
    (
        "Cette phrase n'a pourtant jamais été prononcée par la ministre.",
        "contested",
        "dismissal",
        "jamais été prononcée",
        None,
    ),
    (
        "Contrairement à ce qu'annonçait la presse, aucun accord n'a été trouvé.",
        "contested",
        "dismissal",
        "Contrairement à ce qu",
        None,
    ),
    (
        "La victoire contestée du président sortant a été ratifiée vendredi.",
        "contested",
        "denial_verb",
        "victoire contestée",
        None,
    ),
    (
        "Xavier Bertrand s'est dit « en profond désaccord ».",
        "contested",
        "dismissal",
        "en profond désaccord",
        None,
    ),
    (
        "Je ne peux pas confirmer une telle chose, a expliqué le directeur sportif.",
        "contested",
        "left_unconfirmed",
        "pas confirmer",
        "le directeur sportif",
    ),
    (
        "« Aucun accord, aucune offre, aucun contact », a déclaré le directeur sportif.",
        "contested",
        "denial_by_negation",
        "Aucun accord, aucune offre",
        "le directeur sportif",
    ),
    (
        "L'enquête mentionnerait le décès d'un nourrisson en 2017.",
        "attributed",
        "reporting_with_content",
        "mentionnerait",
        None,
    ),
    (
        "La rumeur d'une séparation entre le club et son entraîneur refait surface.",
        "attributed",
        "allegation",
        "rumeur d",
        UNNAMED,
    ),
    (
        "Malgré les retards, pour Stéphane Israël, le vol est un succès.",
        "attributed",
        "in_view_of",
        "pour",
        "Stéphane Israël",
    ),
    ("« Criminels », « drogués »", "attributed", "quotation", "«", None),
    (
        "Le parquet explique enquêter sur le site de l'opposition.",
        "attributed",
        "reporting_verb",
        "explique",
        "Le parquet",
    ),
    (
        "François de Rugy confirme une hausse des tarifs de l'électricité.",
        "attributed",
        "reporting_verb",
        "confirme",
        "François de Rugy",
    ),
    ("Inter - Ausilio dément pour de Vrij", "contested", "denial_verb", "dément", None),
    # R1 not_a_claim
    (
        "A ECOUTER Les explications du président d'Arianespace",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    (
        "Le président de région Laurent Wauquiez, à Lyon (Rhône), le 19 octobre 2023.",
        "not_a_claim",
        "caption",
        None,
        None,
    ),
    (
        "Vous pouvez partager cette histoire sur les réseaux sociaux :",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    (
        "Le résumé est généré par l'intelligence artificielle, mais lu par un journaliste.",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    (
        "Pourquoi le gouvernement a-t-il attendu si longtemps ?",
        "not_a_claim",
        "question",
        None,
        None,
    ),
    ("Pacte de défense", "not_a_claim", "heading", None, None),
    ("- Les chiffres clés", "not_a_claim", "heading", None, None),
    # a list item with a verb states something (R9), though it has no full stop
    ("- La vaccination reste ouverte jusqu'au 31 janvier", "asserted", "no_cue", None, None),
    (
        "Les distributeurs, eux, assurent qu'ils continueront à « protéger le pouvoir d'achat ».",
        "attributed",
        "reporting_with_content",
        "assurent",
        "Les distributeurs",
    ),
    (
        "Les cheminots ont reconduit la grève, a-t-on appris auprès de la CGT-Cheminots.",
        "attributed",
        "incise",
        "a-t-on appris",
        "la CGT-Cheminots",
    ),
    (
        "BIENVENUE : Une grande cérémonie de bienvenue au président russe Poutine.",
        "not_a_claim",
        "caption",
        None,
        None,
    ),
    ("Affaire à suivre !", "not_a_claim", "interjection", None, None),
    # the newsroom leaves it unconfirmed: an impersonal "il", no party
    (
        "Il n’a pas été possible de vérifier ces affirmations de source indépendante.",
        "contested",
        "left_unconfirmed",
        "pas été possible de vérifier",
        None,
    ),
    # dismissals (R3 ii); the source is the subject before the verb, not "… dénonce une"
    ("Le maire dénonce une cabale politique.", "contested", "dismissal", "cabale", "Le maire"),
    (
        "« Ce chiffre est un trompe-l’œil », a réagi le premier secrétaire du Parti socialiste.",
        "contested",
        "dismissal",
        "trompe-l’œil",
        "le premier secrétaire",
    ),
    ("Pour le syndicat, ces chiffres sont faux.", "contested", "dismissal", "faux", "le syndicat"),
    # a quoted verdict in a passive participle (R4a)
    (
        "La direction a proposé une prime de 400 euros, jugée « très insuffisante » par la CGT.",
        "attributed",
        "reporting_with_content",
        "jugée",
        "la CGT",
    ),
    # a stance act whose object is quoted (R5's exception)
    (
        "Le ministre des Transports a appelé les syndicats à « la responsabilité ».",
        "attributed",
        "quotation",
        "«",
        "Le ministre des Transports",
    ),
    # a forecast, a possibility kept open: attitudes with content
    (
        "L’Observatoire français des conjonctures économiques (OFCE) table sur une inflation "
        "de 2,2 %.",
        "attributed",
        "reporting_with_content",
        "table sur",
        "L’Observatoire français des conjonctures économiques (OFCE)",
    ),
    (
        "L’Unsa-Ferroviaire n’exclut pas de lever son préavis.",
        "attributed",
        "reporting_with_content",
        "n’exclut pas de",
        "L’Unsa-Ferroviaire",
    ),
    (
        "Certains observateurs n’excluent plus un retour aux urnes.",
        "attributed",
        "reporting_with_content",
        "n’excluent plus",
        "Certains observateurs",
    ),
    # an estimate, an insistence, a document's conclusions
    (
        "L’exploitant estime les pertes à plus de 300 000 euros.",
        "attributed",
        "reporting_with_content",
        "estime les pertes à",
        "L’exploitant",
    ),
    (
        "Le MR insiste sur une baisse de l’impôt des personnes physiques.",
        "attributed",
        "reporting_verb",
        "insiste",
        "Le MR",
    ),
    (
        "Une précédente méta-analyse avait abouti à des conclusions similaires.",
        "attributed",
        "reporting_with_content",
        "abouti à des conclusions",
        None,
    ),
    (
        "Flamengo réclamerait au moins 35 millions d’euros.",
        "attributed",
        "journalistic_conditional",
        "réclamerait",
        None,
    ),
    # disputes found on blind7 (R3): passives and states of a disputed claim…
    (
        "Ses conclusions sont aujourd’hui vivement contestées.",
        "contested",
        "denial_verb",
        "contestées",
        None,
    ),
    ("Mais son ampleur reste débattue.", "contested", "denial_verb", "reste débattue", None),
    # …a claim called inflated, misread, a campaign, nowhere to be found…
    (
        "Une explication jugée irrecevable par les familles.",
        "contested",
        "dismissal",
        "irrecevable",
        "les familles",
    ),
    (
        "L’avocat estime que l’entreprise « ment pour protéger son chiffre d’affaires ».",
        "contested",
        "dismissal",
        "ment",
        "L’avocat",
    ),
    (
        "Selon lui, les syndicats « gonflent leurs chiffres ».",
        "contested",
        "dismissal",
        "gonflent leurs chiffres",
        "lui",
    ),
    (
        "Des chercheurs pointent « de graves erreurs méthodologiques ».",
        "contested",
        "dismissal",
        "graves erreurs",
        None,
    ),
    (
        "Selon eux, l’échantillon n’était pas représentatif.",
        "contested",
        "dismissal",
        "pas représentatif",
        "eux",
    ),
    ("Il est revenu mardi sur ses aveux.", "contested", "dismissal", "sur ses aveux", None),
    (
        "L’ancien maire a répété qu’il était innocent.",
        "contested",
        "dismissal",
        "innocent",
        "L’ancien maire",
    ),
    (
        "Le porte-parole a dénoncé une « campagne de russophobie orchestrée par l’Occident ».",
        "contested",
        "dismissal",
        "orchestrée",
        "Le porte-parole",
    ),
    (
        "Il a mis Paris au défi de fournir « la moindre preuve ».",
        "contested",
        "dismissal",
        "au défi",
        None,
    ),
    ("Mais le poème n’a rien à voir avec la grève.", "contested", "dismissal", "rien à voir", None),
    (
        "Les publications virales en détournent donc le sens.",
        "contested",
        "dismissal",
        "le sens",
        None,
    ),
    (
        "Une seconde phrase circule, que l’on ne trouve nulle part dans l’œuvre d’Hugo.",
        "contested",
        "dismissal",
        "nulle part",
        None,
    ),
    (
        "Place Beauvau, on assure au contraire que le comptage a été réalisé normalement.",
        "contested",
        "dismissal",
        "au contraire",
        None,
    ),
    (
        "La préfecture affirme que ces images « ne reflètent pas la réalité ».",
        "contested",
        "dismissal",
        "la réalité",
        "La préfecture",
    ),
    # …or denied in the quoted answer itself
    (
        "« Aucune règle n’a été contournée », a réagi le cabinet du maire.",
        "contested",
        "denial_by_negation",
        "Aucune règle",
        "le cabinet du maire",
    ),
    (
        "« Nos analyses internes n’ont révélé aucune contamination », a déclaré le directeur.",
        "contested",
        "denial_by_negation",
        "révélé aucune",
        "le directeur",
    ),
    (
        "Santé publique France avait établi un lien entre ces cas et la consommation de steaks.",
        "attributed",
        "reporting_with_content",
        "établi un lien",
        "Santé publique France",
    ),
    (
        "Une citation attribuée à Victor Hugo circule sur les réseaux sociaux.",
        "attributed",
        "reporting_with_content",
        "attribuée à",
        None,
    ),
    # found on blind8: results rejected, figures fabricated, an official figure contradicted
    (
        "La CEI a proclamé la victoire, des résultats aussitôt rejetés par l’opposition.",
        "contested",
        "denial_verb",
        "rejetés",
        "l’opposition",
    ),
    (
        "« Ces chiffres ont été fabriqués dans les bureaux de la CEI », a dénoncé le porte-parole.",
        "contested",
        "dismissal",
        "fabriqués",
        "le porte-parole",
    ),
    (
        "Le taux de participation, officiellement de 54 %, serait en réalité bien inférieur.",
        "contested",
        "dismissal",
        "en réalité",
        None,
    ),
    (
        "Son avocat affirme que son client « n’a rien à se reprocher ».",
        "contested",
        "dismissal",
        "rien à se reprocher",
        "Son avocat",
    ),
    # saying with a clitic and a colon, presenting as, judging as, an organisation's view
    (
        "Le Conseil d’orientation des retraites lui-même le reconnaît : les dépenses sont stables.",
        "attributed",
        "reporting_with_content",
        "reconnaît",
        "Le Conseil d’orientation des retraites",
    ),
    (
        "Le gouvernement présente le report de l’âge légal comme la seule solution.",
        "attributed",
        "reporting_with_content",
        "présente",
        "Le gouvernement",
    ),
    (
        "Le Conseil fédéral recommandait le rejet, jugeant le texte trop contraignant.",
        "attributed",
        "reporting_with_content",
        "jugeant",
        "Le Conseil fédéral",
    ),
    (
        "Pour la Fédération hospitalière de France, le constat est juste.",
        "attributed",
        "in_view_of",
        "Pour",
        "la Fédération hospitalière de France",
    ),
    (
        "Ils pointent également « l’absence de pilotage national ».",
        "attributed",
        "quotation",
        "«",
        "Ils",
    ),
    (
        "L’opérateur a d’abord évoqué un « incident technique » sur un équipement.",
        "attributed",
        "quotation",
        "«",
        "L’opérateur",
    ),
    # found on blind9: forecasts, denials in the quoted answer, a verdict called political
    ("La Banque de France table sur 0,9 %.", "attributed", "reporting_with_content", "table", None),
    (
        "Le FMI a revu à la baisse mardi sa prévision de croissance, à 0,8 %.",
        "attributed",
        "reporting_with_content",
        "sa prévision",
        "Le FMI",
    ),
    (
        "« Les données de pharmacovigilance ne montrent aucun signal », a précisé l’agence.",
        "contested",
        "denial_by_negation",
        "ne montrent aucun",
        "l’agence",
    ),
    (
        "« Aucune étude sérieuse ne montre que ce parking sera rentable », a lancé l’élue.",
        "contested",
        "denial_by_negation",
        "ne montre",
        "l’élue",
    ),
    (
        "L’opposition juge ces projections « irréalistes ».",
        "contested",
        "dismissal",
        "irréalistes",
        None,
    ),
    (
        "Son avocat a dénoncé « un jugement politique ».",
        "contested",
        "dismissal",
        "jugement politique",
        "Son avocat",
    ),
    # found on blind10
    (
        "Ces statistiques sont accueillies avec scepticisme par de nombreux analystes.",
        "contested",
        "dismissal",
        "scepticisme",
        None,
    ),
    (
        "À en croire des économistes, la croissance réelle serait plutôt de 2 %.",
        "contested",
        "dismissal",
        "serait plutôt",
        None,
    ),
    (
        "D’autres jugent la comparaison excessive.",
        "contested",
        "dismissal",
        "excessive",
        None,
    ),
    (
        "De l’aveu même de la banque centrale, la demande reste « insuffisante ».",
        "attributed",
        "source_adverbial",
        "aveu",
        "la banque centrale",
    ),
    (
        "Le coût total de la reconstruction est estimé à 700 millions d’euros.",
        "attributed",
        "reporting_with_content",
        "estimé à",
        None,
    ),
    (
        "« Kylian est heureux à Madrid et n’a aucune intention de partir », a affirmé le club.",
        "contested",
        "denial_by_negation",
        "aucune intention",
        "le club",
    ),
    # found on blind11
    (
        "Des parlementaires s’interrogent sur la crédibilité de cet objectif.",
        "contested",
        "denial_verb",
        "crédibilité",
        None,
    ),
    (
        "Le chef de l’État annonce une hausse du budget de la défense.",
        "attributed",
        "reporting_verb",
        "annonce",
        "Le chef de l’État",
    ),
    # found on blind12
    (
        "Le Leem rejette cette lecture.",
        "contested",
        "rejects_claim",
        "rejette",
        "Le Leem",
    ),
    (
        "Un rapport de l’ONU faisait pourtant état de la présence de soldats rwandais.",
        "attributed",
        "reporting_verb",
        "état de",
        "Un rapport de l’ONU",
    ),
    # found on blind13
    (
        "Un nouveau retard « n’est pas exclu », a laissé entendre un responsable du projet.",
        "attributed",
        "incise",
        "laissé entendre",
        "un responsable du projet",
    ),
    (
        "La défense avait plaidé l’altération du discernement.",
        "attributed",
        "reporting_with_content",
        "plaidé",
        "La défense",
    ),
    (
        "Le coureur, contrôlé positif, crie à la contamination.",
        "contested",
        "dismissal",
        "crie à la contamination",
        None,
    ),
    (
        "Le chantier de la gare de Villejuif, en novembre 2025.",
        "not_a_claim",
        "caption",
        None,
        None,
    ),
    # a headline's "…, Name « words »"
    (
        "Mondial : les Bleus éliminés, Guigou « déçu mais fier »",
        "attributed",
        "quotation",
        "«",
        "Guigou",
    ),
    # stop 18: dispute wordings met in no gold set, written as probes before the rules
    (
        "Les chiffres avancés par la préfecture sont contredits par ceux des organisateurs.",
        "contested",
        "denial_verb",
        "sont contredits par",
        None,
    ),
    (
        "Cette thèse est battue en brèche par une étude publiée mardi.",
        "contested",
        "dismissal",
        "est battue en brèche",
        None,
    ),
    (
        "Ces rumeurs ne reposent sur aucun élément concret, a tranché la procureure.",
        "contested",
        "dismissal",
        "ne reposent sur aucun élément",
        None,
    ),
    (
        "L'universitaire remet en question le chiffre de 10 000 emplois créés.",
        "contested",
        "dismissal",
        "remet en question le chiffre",
        "L'universitaire",
    ),
    (
        "L'hypothèse d'un attentat est écartée par les enquêteurs.",
        "contested",
        "denial_verb",
        None,
        None,
    ),
    ("L'enquête a infirmé la thèse de l'accident.", "contested", "dismissal", None, None),
    ("Le candidat a qualifié les sondages de « bidon ».", "contested", "dismissal", None, None),
    (
        "Le texte a été dénoncé comme une « supercherie » par l'opposition.",
        "contested",
        "dismissal",
        "supercherie",
        None,
    ),
    (
        "L'authenticité de la vidéo n'a pas pu être établie.",
        "contested",
        "left_unconfirmed",
        None,
        None,
    ),
    (
        "Des doutes subsistent quant à l'authenticité du document.",
        "contested",
        "left_unconfirmed",
        None,
        None,
    ),
    (
        "Le FMI s'est montré sceptique sur les hypothèses de croissance du gouvernement.",
        "contested",
        "left_unconfirmed",
        None,
        None,
    ),
    (
        "Ni la police ni la mairie n'ont confirmé cette version.",
        "contested",
        "left_unconfirmed",
        None,
        None,
    ),
    (
        "L'armée affirme avoir abattu 30 drones, une information impossible à vérifier.",
        "contested",
        "left_unconfirmed",
        "impossible à vérifier",
        None,
    ),
    (
        "Selon le collectif, les chiffres officiels sont largement sous-estimés.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "Le président a balayé d'un revers de main les critiques sur son bilan.",
        "contested",
        "rejects_claim",
        "a balayé",
        "Le président",
    ),
    (
        "Le ministre a opposé une fin de non-recevoir aux accusations de l'opposition.",
        "contested",
        "dismissal",
        "fin de non-recevoir",
        None,
    ),
    (
        "La thèse officielle ne convainc pas les proches de la victime.",
        "contested",
        "left_unconfirmed",
        "ne convainc pas",
        None,
    ),
    (
        "La CGT revendique 250 000 manifestants, un chiffre que la préfecture ramène à 42 000.",
        "contested",
        "dismissal",
        "ramène à",
        "la préfecture",
    ),
    # two alternatives that could never match ("d" then a word boundary inside "de")
    (
        "Cette conclusion va à l'encontre de la perception des élus.",
        "contested",
        "dismissal",
        "va à l'encontre de",
        "Cette conclusion",
    ),
    ("Une conclusion à rebours de l'étude de l'APUR.", "contested", "dismissal", None, None),
    # an elided determiner before the claim rejected; "d'emblée" between auxiliary and verb
    ("L’Europe rejette l’étude de Séralini.", "contested", "rejects_claim", None, "L’Europe"),
    (
        "Le porte-parole avait d’emblée démenti les accusations de Me Bourgi.",
        "contested",
        "denial_verb",
        "avait d’emblée démenti",
        "Le porte-parole",
    ),
    # content after a day ("a reconnu mardi avoir reçu"); a dateline is not the source
    (
        "PARIS - L'Union internationale de biathlon (IBU) a reconnu mardi avoir reçu des "
        "résultats anormaux.",
        "attributed",
        "reporting_with_content",
        "a reconnu",
        "L'Union internationale de biathlon (IBU)",
    ),
    # a long sentence that opens a quotation with a colon is no heading
    (
        "Le maire dénonce auprès de RMC le laxisme de la justice contre les pyromanes:",
        "attributed",
        "reporting_verb",
        "dénonce",
        "Le maire",
    ),
    # a subheading that states something is no heading; a question closed by its quotation
    # mark and a full stop, or put by someone named after it, is a question
    ("Cette pratique est prohibée par Facebook", "asserted", "no_cue", None, None),
    ("Le départ de Bale se précise", "asserted", "no_cue", None, None),
    ("Les raisons d'un échec", "not_a_claim", "heading", None, None),
    ('Et maintenant, il veut travailler avec moi ?".', "not_a_claim", "question", None, None),
    (
        "Est-elle « un hotspot et faut-il éviter d'y aller ? », lui demande Christophe Deborsu.",
        "not_a_claim",
        "question",
        None,
        None,
    ),
    # an accusation, a reason given, a finding that links, a hypothesis put forward
    (
        "Une enquête de l'agence, révélée par Libération, met à nouveau en cause le laboratoire.",
        "attributed",
        "reporting_with_content",
        "met à nouveau en cause",
        "Une enquête de l'agence",
    ),
    (
        "L’institution invoque le ralentissement du commerce mondial.",
        "attributed",
        "reporting_with_content",
        "invoque",
        "L’institution",
    ),
    (
        "Une étude relie l’exposition des riverains à un risque accru de leucémie.",
        "attributed",
        "reporting_with_content",
        None,
        "Une étude",
    ),
    (
        "C’est l’hypothèse qu’émet Le Canard enchaîné dans son édition du 9 janvier.",
        "attributed",
        "reporting_with_content",
        "hypothèse qu’émet",
        "Le Canard enchaîné",
    ),
    (
        "Il évoque une surestimation des dépenses de 4 milliards.",
        "attributed",
        "reporting_with_content",
        "évoque",
        "Il",
    ),
    (
        "Lactalis avait parlé de contamination accidentelle après des travaux.",
        "attributed",
        "reporting_with_content",
        "avait parlé",
        "Lactalis",
    ),
    # found on blind14 (after its first run)
    (
        "Les dirigeants du club affirment pourtant n'avoir reçu aucune proposition écrite.",
        "contested",
        "denial_by_negation",
        None,
        "Les dirigeants du club",
    ),
    (
        "Le maire a aussitôt répliqué que cette estimation « ne tenait pas compte de la "
        "dépollution du site ».",
        "contested",
        "denial_by_negation",
        None,
        "Le maire",
    ),
    (
        "Un argument que la CFE-CGC juge « difficilement audible ».",
        "contested",
        "dismissal",
        "difficilement audible",
        None,
    ),
    (
        "D'autres chercheurs pointent un biais possible : les patients seraient plus jeunes.",
        "contested",
        "dismissal",
        "pointent un biais",
        "D'autres chercheurs",
    ),
    (
        "La défense a plaidé l'acquittement, dénonçant une enquête « bâclée ».",
        "contested",
        "dismissal",
        "bâclée",
        None,
    ),
    (
        "Elle impute le carnage à un drone, une version que les paramilitaires rejettent.",
        "contested",
        "denial_verb",
        "rejettent",
        "les paramilitaires",
    ),
    (
        "Le PDG, Jacques Servier, a immédiatement contesté ces révélations.",
        "contested",
        "denial_verb",
        None,
        "Jacques Servier",
    ),
    (
        "Le syndicat avance un chiffre de 700 postes menacés.",
        "attributed",
        "reporting_with_content",
        "avance un chiffre",
        "Le syndicat",
    ),
    (
        "C'est ce qui ressort d'une étude publiée mercredi dans Nature Medicine.",
        "attributed",
        "reporting_with_content",
        "ressort d'une étude",
        "une étude",
    ),
    (
        "Luis Enrique a plusieurs fois fait part de son souhait de renforcer l'entrejeu.",
        "attributed",
        "reporting_with_content",
        "fait part de son souhait",
        "Luis Enrique",
    ),
    (
        "Les patients traités auraient un risque de démence réduit de 30 %.",
        "attributed",
        "journalistic_conditional",
        "auraient",
        None,
    ),
    (
        "L'enquêtrice a décrit à la barre un homme « froid » et « calculateur ».",
        "attributed",
        "reporting_with_content",
        "décrit",
        "L'enquêtrice",
    ),
    # found on blind15 (after its first run)
    (
        "L'ONG attribue ce recul à l'urbanisation et au drainage agricole.",
        "attributed",
        "reporting_with_content",
        "attribue",
        "L'ONG",
    ),
    (
        "Le ministère a recensé 23,4 % de grévistes jeudi.",
        "attributed",
        "reporting_with_content",
        "recensé",
        "Le ministère",
    ),
    (
        "D'après ses propres données, la surface protégée a au contraire progressé de 8 %.",
        "contested",
        "dismissal",
        "au contraire",
        "ses propres données",
    ),
    (
        "La FNSEA juge pour sa part le rapport « à charge » contre les agriculteurs.",
        "contested",
        "dismissal",
        "à charge",
        None,
    ),
    (
        "Free a confirmé avoir été victime d'une cyberattaque, mais en minimise la portée.",
        "contested",
        "dismissal",
        "minimise la portée",
        None,
    ),
    (
        "Selon l'opérateur, « aucun mot de passe, aucune donnée bancaire » n'a été touché.",
        "contested",
        "denial_by_negation",
        None,
        None,
    ),
    (
        "Une affirmation difficile à concilier avec l'échantillon publié, relèvent des experts.",
        "contested",
        "dismissal",
        "difficile à concilier",
        None,
    ),
    (
        "Grève : bataille de chiffres sur la mobilisation",
        "contested",
        "dismissal",
        "bataille de chiffres",
        None,
    ),
    (
        "« Les chiffres du ministère sont systématiquement sous-évalués », accuse la syndicaliste.",
        "contested",
        "dismissal",
        "sous-évalués",
        None,
    ),
    (
        "Accusé de violences, l'acteur se dit « victime d'un règlement de comptes »",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "Le gérant de la société écarte pour sa part la thèse d'un règlement de comptes.",
        "contested",
        "rejects_claim",
        "écarte",
        "Le gérant de la société",
    ),
    (
        "Selon les statistiques du ministère, les détenus étrangers représentaient 24,5 % de la "
        "population carcérale au 1er janvier 2025.",
        "attributed",
        "source_adverbial",
        "Selon",
        None,
    ),
    (
        "Le festival d'Angoulême, où l'acteur devait présider le jury, a annoncé son retrait.",
        "attributed",
        "incise",
        None,
        "Le festival d'Angoulême",
    ),
    # found on blind16 (after its first run)
    (
        "La municipalité avançait une hausse de 40 % des plaintes.",
        "attributed",
        "reporting_with_content",
        "avançait une hausse",
        "La municipalité",
    ),
    (
        "Le juge a relevé que ces chiffres n'établissaient aucun lien avec la mendicité.",
        "contested",
        "dismissal",
        "ces chiffres n'établissaient aucun",
        None,
    ),
    (
        "« C'est biologiquement impossible », résume l'immunologiste Marie-Paule Kieny.",
        "contested",
        "dismissal",
        "C'est biologiquement impossible",
        "l'immunologiste Marie-Paule Kieny",
    ),
    (
        "« C'est une erreur d'appréciation », se défend l'ancien ministre.",
        "contested",
        "dismissal",
        "se défend",
        "l'ancien ministre",
    ),
    (
        "La Chine a convoqué l'ambassadeur pour protester contre « l'intrusion » d'un navire.",
        "attributed",
        "quotation",
        None,
        None,
    ),
    (
        "Manille affirme exactement l'inverse et a diffusé une vidéo.",
        "contested",
        "dismissal",
        "affirme exactement l'inverse",
        "Manille",
    ),
    (
        "La Cour avait rejeté les prétentions chinoises, un jugement que Pékin refuse de "
        "reconnaître.",
        "contested",
        "denial_verb",
        "refuse de reconnaître",
        "Pékin",
    ),
    (
        "Une promesse à laquelle les manifestants disent ne plus croire.",
        "contested",
        "left_unconfirmed",
        "ne plus croire",
        None,
    ),
    (
        "La maire parle d'une « manœuvre de mauvais perdant ».",
        "contested",
        "dismissal",
        "mauvais perdant",
        None,
    ),
    (
        "La préfecture indique n'avoir été saisie d'aucun signalement le soir du vote.",
        "contested",
        "denial_by_negation",
        None,
        "La préfecture",
    ),
    ("« C’est impossible de prévoir la suite », dit-il.", "attributed", "incise", None, "il"),
    # found on blind39
    (
        "Les syndicats revendiquent de leur côté 40 % de grévistes chez les conducteurs.",
        "attributed",
        "reporting_with_content",
        "revendiquent",
        "Les syndicats",
    ),
    (
        "Un objectif que les syndicats étudiants jugent inatteignable au rythme actuel.",
        "contested",
        "denial_verb",
        "inatteignable",
        "les syndicats étudiants",
    ),
    (
        "Selon l'agence, aucun décès n'a été imputé au vaccin depuis le début de la campagne.",
        "contested",
        "dismissal",
        "imputé au",
        "l'agence",
    ),
    (
        "L'auteur de la vidéo, contacté, maintient ses propos mais n'a fourni aucune source.",
        "contested",
        "unsupported",
        "aucune source",
        None,
    ),
    # found on blind38
    (
        "Le musée Van Gogh, consulté par ses soins, a écarté cette attribution après examen.",
        "contested",
        "rejects_claim",
        "écarté",
        "Le musée Van Gogh",
    ),
    (
        "La start-up Mobiliz annonce 200 embauches, les syndicats attendent de voir",
        "attributed",
        "reporting_with_content",
        "annonce",
        "La start-up Mobiliz",
    ),
    (
        "Un chiffre que ses concurrents jugent largement surévalué.",
        "contested",
        "denial_verb",
        "surévalué",
        "ses concurrents",
    ),
    (
        "D'anciens salariés décrivent par ailleurs des conditions de travail difficiles.",
        "attributed",
        "reporting_with_content",
        "décrivent",
        "D'anciens salariés",
    ),
    # found on blind37
    (
        "La commission électorale a jugé ces chiffres « sans valeur ».",
        "contested",
        "dismissal",
        "sans valeur",
        "La commission électorale",
    ),
    (
        "Des observateurs ont relevé des retards dans l'ouverture des bureaux, sans remettre en "
        "cause la sincérité du scrutin.",
        "attributed",
        "reporting_with_content",
        "relevé des retards",
        "Des observateurs",
    ),
    (
        "Santé publique France a pourtant recensé trois cas de listériose.",
        "attributed",
        "reporting_with_content",
        "recensé",
        "Santé publique France",
    ),
    # found on blind36
    (
        "« Il n'y a jamais faute, tout le monde l'a vu à la télévision », a-t-il lancé.",
        "contested",
        "dismissal",
        "jamais faute",
        "il",
    ),
    (
        "Plusieurs spécialistes de la cybersécurité jugent cette piste peu plausible.",
        "contested",
        "dismissal",
        "peu plausible",
        "Plusieurs spécialistes de la cybersécurité",
    ),
    (
        "« Tout indique plutôt une erreur de configuration », avance l'un d'eux.",
        "contested",
        "dismissal",
        "plutôt",
        "l'un d'eux",
    ),
    (
        "Une mesure jugée insuffisante par les syndicats.",
        "attributed",
        "reporting_with_content",
        "jugée",
        "les syndicats",
    ),
    # found on blind35
    (
        "Le cabinet du ministre a fait savoir lundi que le projet de métro n'était « en aucun "
        "cas abandonné ».",
        "contested",
        "dismissal",
        "en aucun cas",
        "Le cabinet du ministre",
    ),
    (
        "Son entourage l'explique par un déplacement prévu de longue date.",
        "attributed",
        "reporting_with_content",
        "l'explique par",
        "Son entourage",
    ),
    (
        "La communauté scientifique juge cette explication incompatible avec les mesures.",
        "contested",
        "dismissal",
        "incompatible avec",
        "La communauté scientifique",
    ),
    # found on blind34
    ("Notre verdict : faux.", "contested", "fact_check", "verdict", None),
    (
        "Même dans ce cas, la comparaison ne tient pas : l'Allemagne a délivré deux fois plus "
        "de titres.",
        "contested",
        "dismissal",
        "ne tient pas",
        None,
    ),
    (
        "Plusieurs études l'ont montré, dont celle de l'Académie de médecine en 2010.",
        "attributed",
        "document_says",
        "l'ont montré",
        "Plusieurs études",
    ),
    (
        "TER en Normandie : la région pointe la SNCF, qui invoque les travaux",
        "attributed",
        "reporting_with_content",
        "invoque",
        "la SNCF",
    ),
    # found on blind33
    (
        "Un complément présenté sur les réseaux sociaux comme capable de « faire reculer les "
        "tumeurs » connaît un succès croissant.",
        "attributed",
        "reporting_with_content",
        None,
        "non nommée",
    ),
    (
        "Aucune étude clinique portant sur ce produit n'a été publiée dans une revue "
        "scientifique, a vérifié notre rédaction.",
        "contested",
        "dismissal",
        "publiée",
        None,
    ),
    (
        "Les associations de consommateurs ne partagent pas cet enthousiasme.",
        "contested",
        "dismissal",
        "ne partagent pas cet enthousiasme",
        "Les associations de consommateurs",
    ),
    (
        "Pour Familles rurales, l'indice de l'Insee « ne reflète pas le quotidien » des ménages.",
        "contested",
        "dismissal",
        "ne reflète pas le quotidien",
        None,
    ),
    (
        "« Non, je ne suis pas enceinte, j'ai juste passé de bonnes vacances », a-t-elle écrit.",
        "contested",
        "dismissal",
        "Non",
        "elle",
    ),
    (
        "Les experts médico-légaux ont au contraire décrit des blessures « incompatibles avec "
        "une chute ».",
        "contested",
        "dismissal",
        "au contraire décrit",
        "Les experts médico-légaux",
    ),
    (
        "Inflation : l'Insee annonce un ralentissement, les associations de consommateurs "
        "sceptiques",
        "contested",
        "left_unconfirmed",
        "sceptiques",
        "les associations de consommateurs",
    ),
    (
        "« Non, il n’y aura pas de pourvoi en cassation », a indiqué l'avocat.",
        "attributed",
        "incise",
        None,
        "l'avocat",
    ),
    # found on blind32
    ("Les habitants dénoncent l'état du bâtiment.", "attributed", "reporting_verb", None, None),
    (
        "Soudan du Sud : les deux camps s'accusent mutuellement",
        "attributed",
        "allegation",
        "s'accusent",
        "les deux camps",
    ),
    ("Les pharmaciens en doutent.", "contested", "dismissal", "en doutent", "Les pharmaciens"),
    (
        "L'Union africaine a appelé les deux parties à « respecter leurs engagements ».",
        "attributed",
        "quotation",
        None,
        "L'Union africaine",
    ),
    ("Sur le terrain, le constat est tout autre.", "contested", "dismissal", "tout autre", None),
    ("Autre son de cloche chez les syndicats.", "contested", "dismissal", None, None),
    (
        "L'Union des syndicats de pharmaciens d'officine (USPO) parle d'un discours « hors sol ».",
        "contested",
        "dismissal",
        "hors sol",
        "L'Union des syndicats de pharmaciens d'officine (USPO)",
    ),
    (
        "Une explication qui ne suffit pas, selon l'association de patients.",
        "contested",
        "dismissal",
        "ne suffit pas",
        "l'association de patients",
    ),
    # found on blind31
    (
        "Une vidéo tournée par un témoin et diffusée mardi sur les réseaux sociaux ne montre "
        "pourtant aucune altercation.",
        "contested",
        "dismissal",
        "ne montre pourtant aucune",
        None,
    ),
    (
        "Le syndicat maintient sa version et affirme que la vidéo ne montre « qu'une partie de "
        "la scène ».",
        "contested",
        "dismissal",
        "partie",
        "Le syndicat",
    ),
    (
        "Aucune donnée détaillée n'a cependant été rendue publique.",
        "contested",
        "dismissal",
        "rendue publique",
        None,
    ),
    (
        "« Tant que les résultats ne sont pas publiés, il est impossible de les évaluer », "
        "souligne Jérôme Bucalossi, physicien au CEA.",
        "contested",
        "left_unconfirmed",
        "impossible de les évaluer",
        "Jérôme Bucalossi",
    ),
    (
        "En 2022, une autre société avait revendiqué un record, avant de revoir ses chiffres.",
        "attributed",
        "reporting_with_content",
        "revendiqué un record",
        "une autre société",
    ),
    (
        "L'Humanité juge au contraire que la réforme « oublie les plus modestes ».",
        "contested",
        "dismissal",
        "juge au contraire",
        "L'Humanité",
    ),
    (
        "Le ministère a répondu que « près de 40 % des bénéficiaires » verraient leur pension "
        "augmenter.",
        "attributed",
        "reporting_with_content",
        "a répondu que",
        "Le ministère",
    ),
    (
        "Il montre un composant présenté comme un « micro espion ».",
        "attributed",
        "reporting_with_content",
        "présenté comme",
        "non nommée",
    ),
    (
        "Un homme que les témoins décrivent comme violent.",
        "attributed",
        "reporting_with_content",
        "décrivent comme",
        "les témoins",
    ),
    (
        "Un ballon que l'armée présente comme un engin de surveillance.",
        "attributed",
        "reporting_with_content",
        "présente comme",
        "l'armée",
    ),
    # found on blind30
    (
        "Il s'agit en réalité d'une image prise en 2018 à Manille, comme le montre une "
        "recherche d'image inversée.",
        "contested",
        "dismissal",
        "en réalité",
        None,
    ),
    ("Cette citation est en réalité tirée d'un film.", "contested", "dismissal", None, None),
    (
        "Selon ses bénévoles, les morsures pourraient aussi bien être l'œuvre de chiens errants.",
        "contested",
        "dismissal",
        "aussi bien être l'œuvre",
        "ses bénévoles",
    ),
    (
        "Ces coïncidences sont trop nombreuses pour être dues au hasard, estime l'expert.",
        "contested",
        "dismissal",
        "hasard",
        "l'expert",
    ),
    (
        "Son éditeur parle de « coïncidences » et dénonce « un acharnement sur les réseaux ».",
        "contested",
        "dismissal",
        "acharnement",
        "Son éditeur",
    ),
    (
        "Le journal économique, qui cite des documents internes, maintient ses informations.",
        "attributed",
        "reporting_with_content",
        "maintient ses informations",
        "Le journal économique",
    ),
    # found on blind29
    (
        "Le ministre de l'Intérieur a jugé ces estimations « prématurées » et a appelé à "
        "attendre la fin des recherches.",
        "contested",
        "dismissal",
        "prématurées",
        "Le ministre de l'Intérieur",
    ),
    ("Le syndicat juge ces chiffres « largement exagérés ».", "contested", "dismissal", None, None),
    (
        "Une conclusion jugée hâtive par plusieurs épidémiologistes.",
        "contested",
        "dismissal",
        "hâtive",
        "plusieurs épidémiologistes",
    ),
    (
        "Une affirmation que les syndicats agricoles jugent naïve, faute de contrôles.",
        "contested",
        "denial_verb",
        "jugent naïve",
        "les syndicats agricoles",
    ),
    (
        "Des prévisions que les économistes de la banque jugent trop optimistes.",
        "contested",
        "denial_verb",
        "trop optimistes",
        "les économistes de la banque",
    ),
    (
        "Bus scolaires : la région et le transporteur se renvoient la responsabilité",
        "contested",
        "dismissal",
        "se renvoient la responsabilité",
        "la région et le transporteur",
    ),
    (
        "La préhistorienne Anne-Sophie Dupré, du CNRS, n'est pas de cet avis.",
        "contested",
        "dismissal",
        "n'est pas de cet avis",
        "Anne-Sophie Dupré",
    ),
    ("Le maire ne partage pas cette analyse.", "contested", "dismissal", None, "Le maire"),
    (
        "Les riverains ne l'entendent pas de cette oreille.",
        "contested",
        "dismissal",
        None,
        "Les riverains",
    ),
    (
        "Des élus locaux estiment que le nombre réel de morts est bien plus élevé.",
        "contested",
        "dismissal",
        "nombre réel",
        "Des élus locaux",
    ),
    (
        "« Rien ne permet aujourd'hui d'affirmer que ces traits sont antérieurs à Chauvet », "
        "tranche-t-elle.",
        "contested",
        "dismissal",
        "Rien ne permet",
        "elle",
    ),
    (
        "Selon elle, la calcite peut se dissoudre, ce qui fausserait la datation.",
        "contested",
        "dismissal",
        "fausserait la datation",
        "elle",
    ),
    (
        "L'annonce, publiée lundi dans la revue, a immédiatement suscité des réserves.",
        "contested",
        "dismissal",
        "suscité des réserves",
        None,
    ),
    (
        "« C'est une méthode éprouvée », défend Claire Auberger, qui dirige les fouilles.",
        "attributed",
        "incise",
        None,
        "Claire Auberger",
    ),
    # found on blind28
    (
        "Une explication que le ministre japonais a jugée « peu convaincante ».",
        "contested",
        "left_unconfirmed",
        "peu convaincante",
        "le ministre japonais",
    ),
    (
        "Le syndicat des eaux met en cause la fiabilité des prélèvements, réalisés selon lui "
        "« sans protocole validé ».",
        "contested",
        "dismissal",
        "met en cause la fiabilité",
        "Le syndicat des eaux",
    ),
    (
        "Les images ne montrent aucune tentative de fuite.",
        "contested",
        "dismissal",
        "ne montrent aucune",
        None,
    ),
    # found on blind27
    (
        "09h05 - Contrairement à une rumeur qui circule, le pont n'a pas été fermé, précise la "
        "préfecture.",
        "contested",
        "dismissal",
        "Contrairement à une rumeur",
        "la préfecture",
    ),
    (
        "Une promesse jugée « irréaliste » par le principal syndicat de médecins.",
        "contested",
        "dismissal",
        "irréaliste",
        "le principal syndicat de médecins",
    ),
    (
        "08h15 - Enedis annonce que 1,2 million de foyers sont privés de courant.",
        "attributed",
        "reporting_verb",
        "annonce que",
        "Enedis",
    ),
    # found on blind26
    (
        "Plusieurs économistes nuancent ce constat.",
        "attributed",
        "reporting_with_content",
        "nuancent ce constat",
        "Plusieurs économistes",
    ),
    (
        "Les observateurs de l'OSCE ont relevé des cas d'intimidation d'électeurs.",
        "attributed",
        "reporting_with_content",
        "relevé des cas",
        "Les observateurs de l'OSCE",
    ),
    (
        "« Cette élection a été volée », a lancé la présidente.",
        "contested",
        "dismissal",
        "volée",
        "la présidente",
    ),
    (
        "Aucune publication scientifique ne vient pour l'instant étayer ces résultats.",
        "contested",
        "dismissal",
        "étayer",
        None,
    ),
    ("Les experts restent partagés", "contested", "dismissal", "partagés", "Les experts"),
    (
        "Le musée a présenté un portrait qu'il attribue à Rembrandt.",
        "attributed",
        "reporting_with_content",
        "attribue",
        None,
    ),
    (
        "Le spécialiste estime pour sa part qu'il s'agit plutôt de l'œuvre d'un élève.",
        "contested",
        "dismissal",
        "plutôt",
        "Le spécialiste",
    ),
    (
        "Le chômage a reculé à 7,1 %, selon les chiffres publiés jeudi par l'Insee.",
        "attributed",
        "source_adverbial",
        "selon",
        "l'Insee",
    ),
    # written as probes (disputes and attributions worded as the gold sets had not)
    (
        "Pour l'opposition, ces chiffres ont été « maquillés ».",
        "contested",
        "dismissal",
        "maquillés",
        "l'opposition",
    ),
    (
        "Le rapport a été critiqué par les syndicats, qui le jugent partial.",
        "contested",
        "dismissal",
        "partial",
        None,
    ),
    (
        "Le chiffre avancé par le syndicat est largement surestimé, selon la direction.",
        "contested",
        "dismissal",
        "surestimé",
        "la direction",
    ),
    (
        "L'auteur de l'étude admet que ses résultats n'ont pas été reproduits.",
        "contested",
        "left_unconfirmed",
        "reproduits",
        None,
    ),
    (
        "Les enquêteurs privilégient la piste criminelle.",
        "attributed",
        "reporting_with_content",
        "privilégient la piste",
        "Les enquêteurs",
    ),
    (
        "Les riverains se plaignent de nuisances sonores.",
        "attributed",
        "reporting_with_content",
        "plaignent",
        "Les riverains",
    ),
    # a toll is no denial
    (
        "Il n'y avait aucun blessé, selon les pompiers.",
        "attributed",
        "source_adverbial",
        "selon",
        "les pompiers",
    ),
    # found on blind25
    (
        "Un député a affirmé sur X que « le réchauffement climatique est une fable ».",
        "contested",
        "dismissal",
        "est une fable",
        "Un député",
    ),
    (
        "Contacté, le député maintient ses propos.",
        "attributed",
        "reporting_with_content",
        "maintient ses propos",
        "le député",
    ),
    (
        "Son avocat affirme que son client « n'a jamais eu le moindre geste déplacé ».",
        "contested",
        "denial_by_negation",
        None,
        "Son avocat",
    ),
    (
        "Un écart que la CGT attribue à une « volonté de minimiser la colère ».",
        "attributed",
        "reporting_with_content",
        "attribue",
        "la CGT",
    ),
    # found on blind23
    ("Des astronomes sceptiques", "contested", "left_unconfirmed", "sceptiques", None),
    (
        "« Le signal est faible ; je ne parlerais pas de détection », tempère l'astrophysicien.",
        "contested",
        "dismissal",
        "ne parlerais pas de",
        "l'astrophysicien",
    ),
    (
        "D'autres équipes avaient cru observer ces panaches, sans que des mesures ultérieures "
        "parviennent à les retrouver.",
        "contested",
        "left_unconfirmed",
        "parviennent à les retrouver",
        None,
    ),
    (
        "L'armée a indiqué avoir ciblé un commandant, sans fournir de preuve.",
        "contested",
        "unsupported",
        "sans fournir de preuve",
        None,
    ),
    (
        "Des témoins interrogés par l'AFP décrivent des tentes détruites.",
        "attributed",
        "reporting_with_content",
        "décrivent",
        "Des témoins interrogés par l'AFP",
    ),
    (
        "À la barre, l'ancien maire a maintenu qu'il n'était jamais intervenu dans le choix.",
        "contested",
        "denial_by_negation",
        None,
        "l'ancien maire",
    ),
    (
        "Son avocat estime que l'accusation reposait « sur des suppositions ».",
        "contested",
        "dismissal",
        "sur des suppositions",
        "Son avocat",
    ),
    (
        "Le président du club, Aurelio De Laurentiis, entretient le flou.",
        "contested",
        "left_unconfirmed",
        "entretient le flou",
        "Aurelio De Laurentiis",
    ),
    (
        "Interrogé, il s'est contenté d'un « on verra » laconique.",
        "attributed",
        "reporting_with_content",
        "contenté d'un",
        "il",
    ),
    # found on blind22
    (
        "Les chercheurs reconnaissent cependant qu'une étude ne permet pas de conclure.",
        "attributed",
        "reporting_with_content",
        "reconnaissent cependant qu'",
        "Les chercheurs",
    ),
    (
        "Les compagnies aériennes, elles, chiffrent leurs pertes à plusieurs dizaines de millions.",
        "attributed",
        "reporting_with_content",
        None,
        "Les compagnies aériennes",
    ),
    (
        "Elle met en avant les progrès réalisés par les industriels.",
        "attributed",
        "reporting_with_content",
        "met en avant",
        "Elle",
    ),
    (
        "Une raffinerie russe en feu – Moscou accuse Kiev",
        "attributed",
        "allegation",
        "accuse",
        "Moscou",
    ),
    (
        "Le feu a pris après une attaque que le ministère russe attribue aux forces ukrainiennes.",
        "attributed",
        "reporting_with_content",
        "attribue",
        "le ministère russe",
    ),
    (
        "Macky Sall qualifie ces accusations de « règlement de comptes » et affirme que tout "
        "était déclaré.",
        "contested",
        "dismissal",
        "qualifie ces accusations de",
        "Macky Sall",
    ),
    (
        "Pour la nutritionniste Mathilde Touvier, ces critiques ne tiennent pas face aux données.",
        "contested",
        "dismissal",
        "ne tiennent pas",
        "la nutritionniste Mathilde Touvier",
    ),
    (
        "Selon le gouverneur régional, Roman Boussarguine, les débris sont tombés sur une unité.",
        "attributed",
        "source_adverbial",
        "Selon",
        "Roman Boussarguine",
    ),
    (
        "La direction parle de « réorganisation » et affirme qu'aucun lit n'a été supprimé.",
        "contested",
        "denial_by_negation",
        None,
        "La direction",
    ),
    # found on blind21
    (
        "« Il n'en a jamais été question », a coupé court l'entourage du Premier ministre.",
        "contested",
        "denial_by_negation",
        None,
        None,
    ),
    (
        "Selon un document interne, il s'agirait en réalité d'une anomalie sur une soupape.",
        "contested",
        "dismissal",
        "en réalité",
        "un document interne",
    ),
    (
        "Le chantier a coûté plus de 13 milliards d'euros selon la Cour des comptes.",
        "attributed",
        "source_adverbial",
        "selon",
        "la Cour des comptes",
    ),
    (
        "Pour le climatologue Christophe Cassou, cet épisode porte la signature du changement.",
        "attributed",
        "in_view_of",
        "Pour",
        "le climatologue Christophe Cassou",
    ),
    # found on blind20
    (
        "Le préjudice total est évalué à 4,7 millions d'euros par les enquêteurs.",
        "attributed",
        "reporting_with_content",
        "est évalué à",
        None,
    ),
    # found on blind19
    (
        "Les notaires anticipent une hausse modérée des prix en 2026.",
        "attributed",
        "reporting_with_content",
        "anticipent une hausse",
        "Les notaires",
    ),
    # found on blind18 (after its first run); a nuance is no dispute
    (
        "« Il faut se garder de toute conclusion hâtive », tempère le neurologue.",
        "attributed",
        "incise",
        "tempère",
        "le neurologue",
    ),
    (
        "Urgences : la direction et les soignants s'opposent sur le nombre de lits fermés",
        "contested",
        "dismissal",
        "s'opposent sur le nombre",
        None,
    ),
    (
        "La direction affirme qu'aucun lit n'a été supprimé définitivement.",
        "contested",
        "denial_by_negation",
        None,
        "La direction",
    ),
    (
        "« On joue sur les mots : un lit fermé, c'est un lit supprimé », rétorque une infirmière.",
        "contested",
        "dismissal",
        "joue sur les mots",
        None,
    ),
    (
        "Un chatbot présenté comme capable de diagnostiquer des cancers fait polémique",
        "contested",
        "dismissal",
        "fait polémique",
        None,
    ),
    (
        "Plusieurs dermatologues mettent en garde contre des « promesses prématurées ».",
        "contested",
        "dismissal",
        "promesses prématurées",
        None,
    ),
    (
        "« Aucune donnée indépendante ne vient étayer ces performances », souligne la professeure.",
        "contested",
        "dismissal",
        "ne vient étayer",
        None,
    ),
    (
        "Dans un communiqué, l'entreprise impute la fuite à une erreur d'un sous-traitant.",
        "attributed",
        "reporting_with_content",
        "impute",
        "l'entreprise",
    ),
    # found on blind17 (after its first run)
    (
        "Inflation : l'Insee confirme un ralentissement, les associations de consommateurs "
        "sceptiques",
        "contested",
        "left_unconfirmed",
        None,
        None,
    ),
    ("Les astronomes divisés", "contested", "dismissal", "divisés", "Les astronomes"),
    (
        "L'association a calculé que le prix du panier avait progressé de 4,3 %.",
        "attributed",
        "reporting_with_content",
        "a calculé que",
        "L'association",
    ),
    (
        "Les économistes de la Banque de France prévoient une inflation autour de 1,5 %.",
        "attributed",
        "reporting_with_content",
        "prévoient une inflation",
        "Les économistes de la Banque de France",
    ),
    (
        "Mais plusieurs astronomes jugent le signal trop faible pour conclure.",
        "contested",
        "dismissal",
        "trop faible pour conclure",
        None,
    ),
    (
        "« Le niveau de confiance annoncé ne résiste pas à une analyse indépendante », estime "
        "Luis Welbanks.",
        "contested",
        "dismissal",
        "ne résiste pas à une analyse",
        None,
    ),
    (
        "Les images ne montrent à aucun moment un tel geste.",
        "contested",
        "dismissal",
        "ne montrent à aucun moment",
        None,
    ),
    (
        "L'avocat dénonce un « faux en écriture publique » et annonce une plainte.",
        "contested",
        "dismissal",
        "faux en écriture",
        None,
    ),
    (
        "Le syndicat estime que la vidéo « ne montre qu'une partie de l'intervention ».",
        "contested",
        "dismissal",
        "ne montre qu'une partie de",
        None,
    ),
    (
        "Le policier a été suspendu à titre conservatoire, a fait savoir la préfecture de police.",
        "attributed",
        "incise",
        "a fait savoir",
        "la préfecture de police",
    ),
    (
        "Elle justifie ce délai par le retard pris dans la rédaction des normes.",
        "attributed",
        "reporting_with_content",
        "justifie ce délai par",
        "Elle",
    ),
    (
        "Un porte-parole de la Commission a rejeté toute pression extérieure.",
        "contested",
        "rejects_claim",
        "a rejeté",
        "Un porte-parole de la Commission",
    ),
    # a figure put forward: an estimate, a count claimed
    (
        "Le ministère chiffre à 300 millions d'euros le coût de la mesure.",
        "attributed",
        "reporting_with_content",
        "chiffre à",
        "Le ministère",
    ),
    (
        "Le groupe revendique 3 millions d'abonnés en France.",
        "attributed",
        "reporting_with_content",
        "revendique",
        "Le groupe",
    ),
    # from blind40's first run
    (
        "Des rumeurs évoquent depuis plusieurs semaines un fonds américain.",
        "attributed",
        "reporting_with_content",
        "évoquent",
        "Des rumeurs",
    ),
    (
        "Son porte-parole estime que « les dirigeants ont menti aux supporters ».",
        "contested",
        "dismissal",
        "ont menti",
        "Son porte-parole",
    ),
    (
        "« Mon client n'a jamais touché un euro », a-t-il insisté.",
        "contested",
        "denial_by_negation",
        "Mon client n'a jamais touché",
        None,
    ),
    (
        "Une étude publiée mardi dans une revue a détecté en moyenne 240 000 fragments par litre.",
        "attributed",
        "document_says",
        "a détecté",
        "Une étude",
    ),
    (
        "Le rapport relève de nombreuses irrégularités dans la gestion du club.",
        "attributed",
        "document_says",
        "relève",
        "Le rapport",
    ),
    (
        "Elle estime que la méthode employée « surestime largement » le nombre de particules.",
        "contested",
        "dismissal",
        "surestime",
        "Elle",
    ),
    (
        "Selon le syndicat, la direction sous-estime le nombre de grévistes.",
        "contested",
        "dismissal",
        "sous-estime",
        "le syndicat",
    ),
    (
        "L'Anses juge pour sa part « prématuré » de conclure à un risque pour la santé.",
        "contested",
        "dismissal",
        "prématuré",
        "L'Anses",
    ),
    (
        "Sécheresse : la Vienne en alerte, les irrigants dénoncent des chiffres « datés »",
        "contested",
        "dismissal",
        "datés",
        "les irrigants",
    ),
    (
        "Il affirme que les relevés utilisés par la préfecture ne tiennent pas compte des orages.",
        "contested",
        "dismissal",
        "ne tiennent pas compte",
        "Il",
    ),
    (
        "Elle a cité un courriel du directeur demandant de « réécrire le cahier des charges ».",
        "attributed",
        "reporting_with_content",
        "a cité",
        "Elle",
    ),
    # from blind41's first run
    (
        "Des observateurs ont pour leur part salué un scrutin « globalement apaisé ».",
        "attributed",
        "quotation",
        None,
        "Des observateurs",
    ),
    (
        "La gendarmerie avance pour sa part le chiffre de 240 000 entrées.",
        "attributed",
        "reporting_with_content",
        "avance",
        "La gendarmerie",
    ),
    (
        "Une étude suédoise, publiée en 2024, n'a trouvé aucun lien entre le paracétamol et "
        "l'autisme.",
        "contested",
        "denial_by_negation",
        "n'a trouvé aucun lien",
        "Une étude",
    ),
    (
        "Des études avaient observé une association, mais elles ne permettaient pas d'exclure "
        "d'autres explications.",
        "contested",
        "dismissal",
        "ne permettaient pas d'exclure d'autres",
        None,
    ),
    (
        "Le chiffre de « trois fois plus de risques » ne figure dans aucune étude publiée.",
        "contested",
        "dismissal",
        "ne figure dans aucune étude",
        None,
    ),
    # from blind42's first run
    (
        "Selon le Haut Conseil des finances publiques, la prévision de croissance de 1,4 % est "
        "« optimiste ».",
        "contested",
        "dismissal",
        "optimiste",
        "le Haut Conseil des finances publiques",
    ),
    (
        "Bercy maintient son hypothèse.",
        "attributed",
        "reporting_with_content",
        "maintient",
        "Bercy",
    ),
    (
        "Il assure en revanche que « les résultats d'analyses n'ont pas été compromis ».",
        "contested",
        "denial_by_negation",
        "n'ont pas été compromis",
        "Il",
    ),
    (
        "Attaque dans le Doubs : les éleveurs accusent le loup, l'État attend les analyses",
        "attributed",
        "reporting_with_content",
        "accusent le loup",
        "les éleveurs",
    ),
    (
        "Soudan : le cessez-le-feu violé, chaque camp accuse l'autre",
        "attributed",
        "reporting_with_content",
        "accuse",
        "chaque camp",
    ),
    (
        "Pour l'éleveur, Patrick Faivre, il ne fait aucun doute qu'il s'agit d'un loup.",
        "attributed",
        "in_view_of",
        "Pour",
        "Patrick Faivre",
    ),
    (
        "L'Office français de la biodiversité refuse pour l'instant de se prononcer.",
        "contested",
        "left_unconfirmed",
        "refuse pour l'instant de se prononcer",
        "L'Office français de la biodiversité",
    ),
    (
        "Selon un agent de l'office, des chiens errants pourraient aussi être en cause.",
        "contested",
        "dismissal",
        "pourraient aussi être en cause",
        "un agent de l'office",
    ),
    (
        "Les syndicats accusent la direction de mentir.",
        "contested",
        "dismissal",
        "de mentir",
        "Les syndicats",
    ),
    # from blind43's first run
    (
        "Selon L'Équipe, le taux serait « très élevé », ce qui rendrait peu probable la thèse "
        "d'une contamination.",
        "contested",
        "dismissal",
        "peu probable la thèse",
        "L'Équipe",
    ),
    (
        "« Cette pierre est un basalte ordinaire, rien n'indique une origine extraterrestre », "
        "estime le géologue Marc Durand.",
        "contested",
        "dismissal",
        "rien n'indique",
        "Marc Durand",
    ),
    (
        "Ils affirment que quinze familles se sont installées et que leurs enfants n'ont pas été "
        "comptés.",
        "contested",
        "dismissal",
        "n'ont pas été comptés",
        "Ils",
    ),
    (
        "Ils s'appuient sur une note du Bureau fédéral du Plan, que le cabinet du ministre juge "
        "« mal interprétée ».",
        "contested",
        "denial_verb",
        "juge",
        "le cabinet du ministre",
    ),
    (
        "La maire réélue, Kristell Niasme, parle d'une « manœuvre de mauvais perdant ».",
        "contested",
        "dismissal",
        "mauvais perdant",
        "Kristell Niasme",
    ),
    # from blind44's first run
    (
        "Des steaks sont rappelés à cause de la bactérie E. coli, a annoncé samedi la Direction "
        "générale de l'alimentation.",
        "attributed",
        "incise",
        "a annoncé",
        "la Direction générale de l'alimentation",
    ),
    ("Des steaks sont rappelés, a annoncé la direction.", "attributed", "incise", None, None),
    (
        "Le fabricant affirme que « le lien entre ce cas et nos produits n'est pas établi ».",
        "contested",
        "left_unconfirmed",
        "n'est pas établi",
        "Le fabricant",
    ),
    # first runs the rules still missed (blind2, blind4, blind7, blind14)
    (
        "Kevin D., 34 ans, a répété qu'il n'était pas présent dans l'appartement la nuit du drame.",
        "contested",
        "denial_by_negation",
        "répété qu'il n'était pas présent",
        "Kevin D",
    ),
    (
        "Le laboratoire affirme, mercredi, dans un communiqué, n'avoir « jamais dissimulé » les "
        "effets secondaires.",
        "contested",
        "denial_by_negation",
        "n'avoir",
        "Le laboratoire",
    ),
    (
        "« Il n'y a pas de démission, le ministre est à sa tâche », a assuré son entourage.",
        "contested",
        "denial_by_negation",
        "Il n'y a pas de démission",
        "son entourage",
    ),
    # from blind45's first run
    (
        "Le film franchit le million d'entrées, un succès relatif selon les exploitants.",
        "attributed",
        "source_adverbial",
        "selon",
        "les exploitants",
    ),
    ("Cette aide n'existe pas.", "contested", "denial_by_negation", "n'existe pas", None),
    (
        "Au moins 40 civils ont été tués samedi, a-t-on appris de sources médicales.",
        "attributed",
        "incise",
        "a-t-on appris",
        "sources médicales",
    ),
    (
        "Rue de Grenelle, on assure que la méthode est la même depuis quinze ans.",
        "attributed",
        "reporting_with_content",
        "assure",
        "on (Rue de Grenelle)",
    ),
    (
        "Dans l'entourage du joueur, on qualifie ces rumeurs de « totalement infondées ».",
        "contested",
        "dismissal",
        "qualifie ces rumeurs",
        "on (l'entourage du joueur)",
    ),
    # from blind46's first run
    (
        "Le ministère du Travail, lui, préfère parler d'un « marché du travail qui résiste ».",
        "attributed",
        "reporting_with_content",
        "préfère parler",
        "Le ministère du Travail",
    ),
    (
        "L'Inrae a recensé une vingtaine de méthodes de lutte contre le puceron vert.",
        "attributed",
        "reporting_with_content",
        "recensé",
        "L'Inrae",
    ),
    (
        "Les syndicats agricoles le jugent insuffisant.",
        "attributed",
        "reporting_with_content",
        "jugent",
        "Les syndicats agricoles",
    ),
    (
        "« Aucune offre ne nous est parvenue », a déclaré le directeur sportif du club.",
        "contested",
        "denial_by_negation",
        "Aucune offre ne nous est parvenue",
        "le directeur sportif du club",
    ),
    (
        "« Mon client a agi de bonne foi et conteste avoir été informé », a déclaré son avocat.",
        "contested",
        "denial_verb",
        "conteste",
        "son avocat",
    ),
    # from blind47's first run
    (
        "L'effet protecteur viendrait de la caféine, qui limiterait l'accumulation d'une protéine.",
        "attributed",
        "journalistic_conditional",
        "viendrait de",
        None,
    ),
    (
        "Une étude japonaise publiée en 2023 était parvenue à des résultats comparables.",
        "attributed",
        "document_says",
        "était parvenue à",
        "Une étude",
    ),
    # from blind49's first run
    (
        "Selon un sondage Ifop publié dimanche par La Dépêche du Midi, la liste du maire "
        "recueillerait 38 % des voix.",
        "attributed",
        "source_adverbial",
        "Selon",
        "un sondage Ifop",
    ),
    (
        "La liste d'union de la gauche arriverait deuxième avec 29 %.",
        "attributed",
        "journalistic_conditional",
        "arriverait deuxième",
        None,
    ),
    (
        "L'opposition met en cause l'échantillon, jugé trop âgé.",
        "contested",
        "dismissal",
        "met en cause l'échantillon",
        "L'opposition",
    ),
    # from blind50's first run
    (
        "Chaque automne, la même affirmation circule sur les réseaux sociaux : le vaccin "
        "donnerait la grippe.",
        "attributed",
        "allegation",
        "affirmation circule",
        None,
    ),
    (
        "C'est impossible, rappellent les autorités sanitaires, car le vaccin ne contient aucun "
        "virus vivant.",
        "contested",
        "dismissal",
        "C'est impossible",
        "les autorités sanitaires",
    ),
    # from blind52's first run
    (
        "« Je n'étais pas sur le parking ce soir-là », a-t-il répété à la barre.",
        "contested",
        "denial_by_negation",
        "Je n'étais pas sur",
        "il",
    ),
    (
        "Selon l'adjoint aux finances, les dépenses ont au contraire baissé de 2 % depuis 2020.",
        "contested",
        "dismissal",
        "au contraire",
        "l'adjoint aux finances",
    ),
    (
        "Au deuxième jour de son procès, Antoine M., 41 ans, a de nouveau nié avoir tiré.",
        "contested",
        "denial_verb",
        "nié",
        "Antoine M.",
    ),
    # from blind53's first run
    (
        "« Ces statistiques mélangent des faits très différents », estime le maire.",
        "contested",
        "dismissal",
        "mélangent",
        "le maire",
    ),
    (
        "Le produit contient en réalité un médicament non déclaré, selon les analyses de l'agence.",
        "contested",
        "dismissal",
        "en réalité",
        "les analyses de l'agence",
    ),
    (
        "Aucun essai clinique n'a jamais démontré l'efficacité de ce produit.",
        "contested",
        "denial_by_negation",
        "n'a jamais démontré",
        None,
    ),
    # from blind54's first run
    (
        "La direction relativise : le temps d'attente n'aurait pas dépassé trois heures, "
        "d'après ses propres relevés.",
        "contested",
        "dismissal",
        "relativise",
        "La direction",
    ),
    (
        "« Ces chiffres ne reflètent pas ce que nous vivons dans le couloir », répond une "
        "infirmière.",
        "contested",
        "dismissal",
        "ne reflètent pas ce que nous vivons",
        "une infirmière",
    ),
    (
        "« Des discussions ont lieu, mais rien n'est signé », a précisé le président du club.",
        "contested",
        "denial_by_negation",
        None,
        "le président du club",
    ),
    (
        "Pour la locataire Sarah B., qui paie 890 euros, le plafond « n'a rien changé ».",
        "attributed",
        "in_view_of",
        "Pour",
        "la locataire Sarah B.",
    ),
    # from blind55's first run
    (
        "Il table sur une croissance de 1,2 %, un chiffre que le Haut Conseil qualifie "
        "d'« optimiste ».",
        "contested",
        "denial_verb",
        "optimiste",
        "le Haut Conseil",
    ),
    (
        "Une explication que conteste l'association Respire.",
        "contested",
        "denial_verb",
        "conteste",
        "l'association Respire",
    ),
    (
        "Plusieurs économistes font cependant remarquer que le gel équivaut à une hausse.",
        "attributed",
        "reporting_with_content",
        None,
        "Plusieurs économistes",
    ),
    (
        "Les climatologues prévoient des épisodes plus fréquents d'ici 2050.",
        "attributed",
        "reporting_with_content",
        "prévoient",
        "Les climatologues",
    ),
    (
        "La préfecture assure que les mesures « ne montrent pas de dépassement des seuils ».",
        "contested",
        "denial_by_negation",
        "ne montrent pas de",
        "La préfecture",
    ),
    # from blind56's first run
    (
        "Une méta-analyse publiée en 1995 n'a pourtant trouvé aucun effet du sucre sur le "
        "comportement des enfants.",
        "contested",
        "denial_by_negation",
        "n'a pourtant trouvé aucun effet",
        "Une méta-analyse",
    ),
    (
        "La STIB confirme la suppression de trois lignes de bus.",
        "attributed",
        "reporting_verb",
        "confirme",
        "La STIB",
    ),
    (
        "C'est une croyance tenace chez de nombreux parents : un goûter sucré rendrait les "
        "enfants agités.",
        "attributed",
        "allegation",
        None,
        None,
    ),
    (
        "Dans plusieurs études, les parents le jugeaient plus agité, même avec un placebo.",
        "attributed",
        "source_adverbial",
        "Dans",
        "plusieurs études",
    ),
    ("Ce que dit la science", "not_a_claim", "heading", None, None),
    (
        "Les associations écologistes vous accusent de freiner la réduction des pesticides.",
        "attributed",
        "allegation",
        None,
        "Les associations écologistes",
    ),
    # from blind57's first run
    (
        "Harcèlement scolaire : un collège de Besançon mis en cause par des parents",
        "attributed",
        "allegation",
        "mis en cause par",
        "des parents",
    ),
    (
        "Sa défense a plaidé la relaxe, dénonçant « un dossier vide ».",
        "contested",
        "dismissal",
        "dossier vide",
        "Sa défense",
    ),
    # from blind58's first run
    (
        "Des chercheurs qui ont testé le modèle se montrent plus réservés : selon eux, ses "
        "performances restent inférieures.",
        "contested",
        "left_unconfirmed",
        "se montrent plus réservés",
        "Des chercheurs",
    ),
    (
        "Des chercheurs indépendants se montrent sceptiques.",
        "contested",
        "left_unconfirmed",
        "sceptiques",
        "Des chercheurs indépendants",
    ),
    # from blind59's first run
    (
        "Le document pointe « une sous-estimation manifeste » des difficultés géologiques.",
        "contested",
        "dismissal",
        "sous-estimation",
        "Le document",
    ),
    (
        "La Première ministre n'a pas exclu mercredi de recourir à l'article 49.3.",
        "attributed",
        "reporting_with_content",
        "n'a pas exclu",
        "La Première ministre",
    ),
    (
        "Plusieurs entreprises qui l'ont testée font état d'une baisse de l'absentéisme.",
        "attributed",
        "reporting_verb",
        None,
        "Plusieurs entreprises",
    ),
    # from blind60's first run
    (
        "Le montant de l'opération avoisinerait 25 millions d'euros, bonus compris.",
        "attributed",
        "journalistic_conditional",
        "avoisinerait",
        "non nommée",
    ),
    (
        "Des vidéos vues des millions de fois vantent les mérites d'un jeûne à l'eau.",
        "attributed",
        "reporting_with_content",
        "vantent les mérites",
        "Des vidéos",
    ),
    (
        "Aucune étude scientifique ne soutient ces affirmations, rappelle la Société française "
        "de nutrition.",
        "contested",
        "denial_by_negation",
        None,
        "la Société française de nutrition",
    ),
    # from blind61's first run
    (
        "Pour Le Figaro, le gouvernement « recule devant l'obstacle ».",
        "attributed",
        "in_view_of",
        "Pour",
        "Le Figaro",
    ),
    (
        "Libération salue au contraire « un budget enfin lucide ».",
        "contested",
        "dismissal",
        "au contraire",
        "Libération",
    ),
    (
        "C'est en partie vrai, mais seulement pendant les premiers kilomètres.",
        "contested",
        "fact_check",
        None,
        None,
    ),
    (
        "L'affirmation revient régulièrement sur les réseaux sociaux : une voiture électrique "
        "polluerait davantage.",
        "attributed",
        "allegation",
        None,
        None,
    ),
    (
        "L'avocat de l'accusée a soutenu que sa cliente « n'était pas dans l'immeuble ».",
        "contested",
        "denial_by_negation",
        None,
        "L'avocat de l'accusée",
    ),
    (
        "– Les détecteurs de fumée fonctionnaient-ils ? lui a demandé la présidente.",
        "not_a_claim",
        "question",
        None,
        None,
    ),
    (
        "Sur toute sa durée de vie, une voiture électrique émet trois fois moins de CO2, "
        "conclut l'agence.",
        "attributed",
        "incise",
        "conclut",
        "l'agence",
    ),
    # from blind62's first run
    (
        "La phrase est partagée des milliers de fois, toujours attribuée au physicien.",
        "attributed",
        "reporting_with_content",
        "attribuée au",
        "non nommée",
    ),
    (
        "Aucun de ses écrits ni de ses discours ne la contient, selon les archives Einstein.",
        "contested",
        "denial_by_negation",
        None,
        "les archives Einstein",
    ),
    (
        "Certains spécialistes restent prudents : une comète peut se désintégrer près du Soleil.",
        "attributed",
        "reporting_with_content",
        "restent prudents",
        "Certains spécialistes",
    ),
    (
        "Cinéma : le réalisateur de « L'Été dernier » accusé de plagiat",
        "attributed",
        "allegation",
        "accusé",
        "non nommée",
    ),
    # from blind63's first run
    (
        "Les syndicats revendiquent un taux de grévistes de 45 % chez les conducteurs.",
        "attributed",
        "reporting_with_content",
        "revendiquent",
        "Les syndicats",
    ),
    (
        "L'enquête privilégie toujours la piste accidentelle.",
        "attributed",
        "reporting_with_content",
        "privilégie",
        "L'enquête",
    ),
    (
        "Plusieurs théories du complot évoquant un acte criminel continuent de circuler.",
        "contested",
        "dismissal",
        "théories du complot",
        None,
    ),
    (
        "Aucun élément de l'enquête ne permet d'accréditer la thèse d'un incendie volontaire, "
        "a insisté le procureur.",
        "contested",
        "dismissal",
        None,
        "le procureur",
    ),
    # from blind64's first run
    (
        "Pour les distributeurs, cette remontée reste « modérée ».",
        "attributed",
        "in_view_of",
        "Pour",
        "les distributeurs",
    ),
    # from blind65's first run
    (
        "Pour plusieurs économistes, il s'agit au contraire du début d'une dégradation durable.",
        "contested",
        "dismissal",
        "au contraire",
        "plusieurs économistes",
    ),
    (
        "Un groupe de pirates a revendiqué l'attaque informatique contre l'hôpital.",
        "attributed",
        "reporting_with_content",
        "revendiqué",
        "Un groupe de pirates",
    ),
    (
        "Les professionnels du tourisme espèrent une saison record.",
        "attributed",
        "reporting_with_content",
        "espèrent",
        "Les professionnels du tourisme",
    ),
    # from blind66's first run
    (
        "Son absence est estimée à au moins six mois.",
        "attributed",
        "reporting_with_content",
        "estimée à",
        "non nommée",
    ),
    # from blind68's first run
    (
        "« Annoncer un solde net, c'est masquer la réalité des fermetures », dénonce la "
        "secrétaire générale du syndicat.",
        "contested",
        "dismissal",
        "masquer la réalité",
        "la secrétaire générale du syndicat",
    ),
    # from blind69's first run
    (
        "Les juges ont estimé que les preuves étaient « insuffisantes » pour établir sa "
        "culpabilité.",
        "contested",
        "dismissal",
        "insuffisantes",
        "Les juges",
    ),
    (
        "Une nouvelle étude nuance les conclusions précédentes.",
        "attributed",
        "reporting_with_content",
        "nuance",
        "Une nouvelle étude",
    ),
    # from blind70's first run
    (
        "La Cimade estime que ce chiffre inclut des départs volontaires, qui ne relèvent pas de "
        "l'expulsion.",
        "contested",
        "dismissal",
        "inclut",
        "La Cimade",
    ),
    (
        "Les pharmaciens signalent depuis plusieurs semaines des difficultés d'approvisionnement.",
        "attributed",
        "reporting_with_content",
        "signalent",
        "Les pharmaciens",
    ),
    # from blind72's first run
    (
        "Uniforme : l'expérimentation jugée concluante par le ministère, pas par les enseignants",
        "contested",
        "dismissal",
        "pas",
        "les enseignants",
    ),
    (
        "Plusieurs producteurs y voient au contraire « une mort lente » du vignoble.",
        "contested",
        "dismissal",
        "au contraire",
        "Plusieurs producteurs",
    ),
    (
        "Les négociants balaient ces inquiétudes et misent sur la reprise des exportations.",
        "contested",
        "dismissal",
        "balaient ces inquiétudes",
        "Les négociants",
    ),
    # from blind73's first run
    (
        "La Société des grands projets maintient une ouverture de la ligne fin 2026.",
        "attributed",
        "reporting_with_content",
        "maintient",
        "La Société des grands projets",
    ),
    # from blind74's first run
    (
        "Des vacanciers accusent un camping d'avoir vanté une piscine chauffée qui n'existait pas.",
        "contested",
        "dismissal",
        "n'existait pas",
        "Des vacanciers",
    ),
    (
        "Une étude de l'université de Rennes ne montre pourtant aucune baisse de la fréquentation.",
        "contested",
        "denial_by_negation",
        "ne montre pourtant",
        "Une étude",
    ),
    (
        "Pour l'association Vent de colère, l'étude « ne dit rien des effets à long terme ».",
        "contested",
        "dismissal",
        "ne dit rien des",
        "l'association Vent de colère",
    ),
    # from blind78's first run: the Order of doctors, not an order of things
    (
        "Un médecin sur trois partira à la retraite d'ici cinq ans, selon l'Ordre.",
        "attributed",
        "source_adverbial",
        "selon",
        "l'Ordre",
    ),
    # from blind79's first run: a scenario rejected; a reading "que ne partage pas" a party; an
    # estimate in an apposition; a poll's standings; an estimate called premature
    (
        "Le conseil de bande d'Ekuanitshit rejette catégoriquement ce scénario.",
        "contested",
        "rejects_claim",
        "rejette",
        "Le conseil de bande d'Ekuanitshit",
    ),
    (
        "Une lecture que ne partage pas le gouvernement, qui y voit une déclaration symbolique.",
        "contested",
        "dismissal",
        "ne partage pas",
        "le gouvernement",
    ),
    (
        "Le projet, évalué à 4,2 milliards de dollars, doit être soumis au BAPE l'an prochain.",
        "attributed",
        "reporting_with_content",
        ", évalué à",
        "non nommée",
    ),
    (
        "À deux semaines du scrutin, les derniers sondages donnent l'initiative au coude-à-coude.",
        "attributed",
        "document_says",
        "donnent",
        "les derniers sondages",
    ),
    (
        "Un baromètre Ifop crédite le maire de 38 % des intentions de vote.",
        "attributed",
        "document_says",
        "crédite",
        "Un baromètre Ifop",
    ),
    (
        "Une estimation « prématurée », juge la Fédération française de l'assurance.",
        "contested",
        "dismissal",
        "estimation « prématurée",
        "la Fédération française de l'assurance",
    ),
    (
        "Selon l'enquête de l'institut gfs.bern publiée mercredi, 49 % y seraient favorables.",
        "attributed",
        "source_adverbial",
        "Selon",
        "l'enquête de l'institut gfs.bern",
    ),
    (
        "Vous pouvez retrouver tous nos articles sur la votation dans notre dossier spécial.",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    # from blind80's first run: an amount judged overstated; information called speculation;
    # unnamed sources named as such; what one could not do is no denial
    (
        "Un montant que l'opposition juge largement surévalué.",
        "contested",
        "denial_verb",
        "juge largement surévalué",
        "l'opposition",
    ),
    (
        "Le président de Flamengo a qualifié ces informations de « pure spéculation ».",
        "contested",
        "dismissal",
        "pure spéculation",
        "Le président de Flamengo",
    ),
    (
        "De sources sécuritaires concordantes, les suspects seraient d'anciens officiers.",
        "attributed",
        "source_adverbial",
        "De sources",
        "sources sécuritaires concordantes",
    ),
    (
        "Les avocats dénoncent ces arrestations et affirment n'avoir pas pu voir leurs clients.",
        "attributed",
        "reporting_verb",
        "dénoncent",
        "Les avocats",
    ),
    (
        "Le ministère affirme n'avoir pas pu confirmer ces chiffres.",
        "contested",
        "denial_by_negation",
        "affirme n'avoir",
        "Le ministère",
    ),
    # from blind81's first run: a lead favoured by the investigators; a quoted feeling voiced
    (
        "Une piste liée au trafic de stupéfiants est privilégiée par les enquêteurs.",
        "attributed",
        "reporting_with_content",
        "est privilégiée par",
        "les enquêteurs",
    ),
    (
        "Le maire du 9e arrondissement a fait part de sa « colère » et réclame des renforts.",
        "attributed",
        "reporting_with_content",
        "fait part de sa « colère",
        "Le maire du 9e arrondissement",
    ),
    # from blind82's first run: a forecast with its adverb; a target judged out of reach; a
    # reading shared; a defence against a reproach
    (
        "La Banque de France table désormais sur une croissance de 0,7 % cette année.",
        "attributed",
        "reporting_with_content",
        "table désormais sur une",
        "La Banque de France",
    ),
    (
        "Un chiffre jugé « hors d'atteinte » par le Haut Conseil des finances publiques.",
        "contested",
        "dismissal",
        "chiffre jugé « hors d'atteinte",
        "le Haut Conseil des finances publiques",
    ),
    (
        "Les économistes de l'OFCE partagent cette lecture, sans relever leur propre prévision.",
        "attributed",
        "reporting_with_content",
        "partagent cette lecture",
        "Les économistes de l'OFCE",
    ),
    (
        "Le club partage cet avis.",  # an opinion held (R4a), as "nuancent ce constat"; not denied
        "attributed",
        "reporting_with_content",
        "partage cet avis",
        "Le club",
    ),
    (
        "Jacques Audiard s'en est défendu lors de la conférence de presse.",
        "contested",
        "left_unconfirmed",
        "s'en est défendu",
        "Jacques Audiard",
    ),
    # from blind83's first run: a finding judged too optimistic; a figure denied many times
    (
        "Un constat que les associations de protection des océans jugent trop optimiste.",
        "contested",
        "denial_verb",
        "jugent trop optimiste",
        "les associations de protection des océans",
    ),
    (
        "Le chiffre circule depuis 2019 et a déjà été démenti à plusieurs reprises par l'Office.",
        "contested",
        "denial_verb",
        "démenti à plusieurs reprises par",
        "l'Office",
    ),
    # from blind84's first run: results that cannot be verified; "aux dires de"; the party
    # after "que n'a pas confirmé"
    (
        "« On ne peut pas vérifier ces résultats tant que le protocole n'est pas communiqué », "
        "explique Laure Soulier.",
        "contested",
        "left_unconfirmed",
        "peut pas vérifier ces résultats",
        "Laure Soulier",
    ),
    (
        "Aux dires des riverains, les potagers ne sont plus cultivés depuis deux ans.",
        "attributed",
        "source_adverbial",
        "Aux dires",
        "des riverains",
    ),
    (
        "Une information que n'a pas confirmée la préfecture du Rhône.",
        "contested",
        "left_unconfirmed",
        "n'a pas confirmée",
        "la préfecture du Rhône",
    ),
    # from blind85's first run: a self-description; the outlet's correction "en réalité …, et non"
    (
        "Son auteure, qui se présente comme naturopathe, cite une étude américaine de 2019.",
        "attributed",
        "reporting_with_content",
        "se présente comme naturopathe",
        "Son auteure",
    ),
    (
        "Cette étude portait en réalité sur des céréales, et non sur des boissons végétales.",
        "contested",
        "dismissal",
        "en réalité sur des céréales, et non",
        None,
    ),
    # from blind86's first run: the weather forecast announced
    (
        "Les prévisionnistes annoncent des températures de saison pour la mi-septembre.",
        "attributed",
        "reporting_with_content",
        "annoncent des températures",
        "Les prévisionnistes",
    ),
    # from blind87's first run: a byline and its dates on one line
    (
        "Par Julie Martin | Publié le 12/03/2025 à 08h15 | Mis à jour le 12/03/2025 à 10h02",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    # from blind88's first run: a quoted denial of an act, its speaker the inverted pronoun;
    # "jamais signé" is not "jamais si fier"
    (
        "« Je n'ai jamais siégé à la commission d'appel d'offres », fait-il valoir.",
        "contested",
        "denial_by_negation",
        "« Je n'ai jamais siégé",
        "il",
    ),
    (
        "« Je n'ai jamais vu une telle foule », raconte un habitant.",  # an experience
        "attributed",
        "incise",
        "raconte",
        "un habitant",
    ),
    (
        "Le maire assure n'avoir jamais signé ce document.",
        "contested",
        "denial_by_negation",
        "assure n'avoir",
        "Le maire",
    ),
    # from blind89's first run: the outlet's doubt; a rebound called false
    (
        "Rien n'est moins sûr, à en juger par le nombre de transactions.",
        "contested",
        "dismissal",
        "Rien n'est moins sûr",
        None,
    ),
    (
        "Certains courtiers évoquent même un « faux rebond » lié à des ventes reportées.",
        "contested",
        "dismissal",
        "faux rebond",
        "Certains courtiers",
    ),
    # from blind90's first run: a quoted denial in the third person; a reason given by a
    # clitic's verb ("la justifie par")
    (
        "« Elle n'a jamais pris de produit interdit de sa vie », a assuré son agent.",
        "contested",
        "denial_by_negation",
        "« Elle n'a jamais pris de produit",
        "son agent",
    ),
    (
        "Elle la justifie par l'augmentation des péages ferroviaires.",
        "attributed",
        "reporting_with_content",
        "justifie par l'",
        "Elle",
    ),
    (
        "« Il n'a jamais pris l'avion », raconte sa sœur.",  # no denial: a plane, not a drug
        "attributed",
        "incise",
        "raconte",
        "sa sœur",
    ),
    # the party of a reception: "accueillie avec scepticisme par X"
    (
        "Une affirmation accueillie avec scepticisme par les investisseurs.",
        "contested",
        "dismissal",
        "scepticisme",
        "les investisseurs",
    ),
    # from blind91's first run: figures of unknown origin
    (
        "La maire a ironisé sur des chiffres « sortis d'on ne sait où ».",
        "contested",
        "dismissal",
        "chiffres « sortis d'on ne sait où",
        "La maire",
    ),
    # from blind92's first run: evidence set against a claim, a lead favoured, a report's
    # finding, a denial of two things at once
    (
        "La défense oppose une étude italienne de 2023, selon laquelle des concentrations "
        "comparables ont déjà été mesurées.",
        "contested",
        "dismissal",
        "oppose une étude",
        "La défense",
    ),
    (
        "Les enquêteurs avaient d'abord privilégié l'hypothèse d'un mégot jeté depuis l'autoroute.",
        "attributed",
        "reporting_with_content",
        None,
        "Les enquêteurs",
    ),
    (
        "Un rapport d'expertise, que nous avons pu consulter, pointe désormais un câble "
        "tombé au sol.",
        "attributed",
        "document_says",
        None,
        "Un rapport",
    ),
    (
        "Le gestionnaire du réseau assure qu'aucune coupure ni aucun défaut n'a été enregistré.",
        "contested",
        "denial_by_negation",
        None,
        "Le gestionnaire du réseau",
    ),
    # from blind93's first run: a study withdrawn by its journal, findings no longer trusted,
    # and the subject of a verb coordinated after a quotation
    (
        "La revue Neurology Letters a retiré mardi un article qui affirmait que le café "
        "protège la mémoire.",
        "contested",
        "dismissal",
        None,
        "La revue Neurology Letters",
    ),
    (
        "L'éditeur évoque des « anomalies » qui « ne permettent plus de se fier aux conclusions ».",
        "contested",
        "dismissal",
        None,
        "L'éditeur",
    ),
    (
        "Il parle d'une « erreur de transcription » et affirme avoir transmis des données "
        "corrigées.",
        "attributed",
        "reporting_verb",
        None,
        "Il",
    ),
    # from blind94's first run: a view with its certainty, no evidence found, a claim called
    # impossible, a quoted flat denial, the claim as the subject of its dismissal
    (
        "Pour les éleveurs, il ne fait aucun doute qu'un ours a provoqué la panique du troupeau.",
        "attributed",
        "in_view_of",
        "Pour",
        "les éleveurs",
    ),
    (
        "Les agents n'ont relevé à ce stade « aucun indice probant » de la présence d'un ours.",
        "contested",
        "dismissal",
        None,
        "Les agents",
    ),
    (
        "Quant à la prétendue puce, elle relève de l'impossibilité technique.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "« Il n'existe aucune technologie capable de le faire », explique un ingénieur du CNRS.",
        "contested",
        "denial_by_negation",
        None,
        "un ingénieur du CNRS",
    ),
    ("Ces affirmations sont sans fondement.", "contested", "dismissal", None, None),
    (
        "Son auteur, qui se présente comme un « lanceur d'alerte », assure avoir été censuré.",
        "attributed",
        "incise",
        None,
        "Son auteur",
    ),
    (
        "D'autres vont plus loin et évoquent une « nanopuce » injectée aux vaccinés.",
        "attributed",
        "reporting_with_content",
        None,
        "D'autres",
    ),
    # from blind95's first run: a headline's "minimise", what a leaked file would hold, a
    # quoted denial after "toutefois", figures that do not reflect reality, "a redit que"
    (
        "Fuite de données chez Optimo : l'opérateur minimise, les clients s'inquiètent",
        "contested",
        "dismissal",
        "minimise",
        "l'opérateur",
    ),
    (
        "Le fichier, dont un extrait a été publié par un pirate, comprendrait les noms.",
        "attributed",
        "journalistic_conditional",
        "comprendrait",
        "non nommée",
    ),
    (
        "L'opérateur affirme toutefois qu'« aucune donnée bancaire complète n'a été dérobée ».",
        "contested",
        "denial_by_negation",
        None,
        "L'opérateur",
    ),
    (
        "« Ces chiffres officiels ne reflètent absolument pas la réalité », tacle la porte-parole.",
        "contested",
        "dismissal",
        None,
        "la porte-parole",
    ),
    (
        "La ministre a redit mercredi soir qu'elle ne retirerait pas sa réforme.",
        "attributed",
        "reporting_with_content",
        None,
        "La ministre",
    ),
    (
        "Le cabinet Occurrence, mandaté par des médias, a compté 18 000 manifestants.",
        "attributed",
        "reporting_with_content",
        None,
        "Le cabinet Occurrence",
    ),
    (
        "Deux écoles sur trois étaient fermées, selon la direction académique elle-même.",
        "attributed",
        "source_adverbial",
        "selon",
        "la direction académique",
    ),
    # from blind96's first run: a practice denied for one's own, a party judged wrong
    (
        "Un porte-parole avait assuré la semaine dernière que ses forces « ne visent jamais "
        "de civils ».",
        "contested",
        "denial_by_negation",
        None,
        "Un porte-parole",
    ),
    ("Ils se trompent lourdement.", "contested", "dismissal", "se trompent", None),
    ("Les élus qui parlent d'un été exceptionnel ont tort.", "contested", "dismissal", None, None),
    # from blind97's first run: a decision that goes on being debated, a choice defended, an
    # analysis not shared by a long party, a view under a first name and a name
    (
        "Le but, refusé pour une faute supposée sur le gardien, continue de faire débat.",
        "contested",
        "denial_verb",
        None,
        None,
    ),
    ("L'origine du sinistre reste disputée.", "contested", "denial_verb", None, None),
    (
        "Dans un entretien, l'arbitre, Benoît Bastien, défend son choix.",
        "contested",
        "dismissal",
        "défend son choix",
        "Benoît Bastien",
    ),
    (
        "Une analyse que ne partagent pas plusieurs anciens arbitres internationaux interrogés "
        "par L'Équipe.",
        "contested",
        "dismissal",
        None,
        "plusieurs anciens arbitres internationaux interrogés par L'Équipe",
    ),
    (
        "Pour Tony Chapron, l'action relève « au pire d'un contact normal dans un duel aérien ».",
        "attributed",
        "in_view_of",
        "Pour",
        "Tony Chapron",
    ),
    # from blind98's first run: a forecast called optimistic, doubts brushed aside, doubt
    # with an adverb, a lack that is no denial, trials' results
    (
        "Le ministre de l'Économie balaie ces réserves.",
        "contested",
        "rejects_claim",
        None,
        "Le ministre de l'Économie",
    ),
    (
        "Plusieurs économistes doutent pourtant que cet effet se fasse sentir avant 2027.",
        "contested",
        "left_unconfirmed",
        None,
        "Plusieurs économistes",
    ),
    (
        "Les producteurs de noisettes disent n'avoir « aucune alternative ».",
        "attributed",
        "reporting_with_content",
        None,
        "Les producteurs de noisettes",
    ),
    (
        "Des essais menés par l'Inrae ont donné des résultats encourageants.",
        "attributed",
        "document_says",
        None,
        "Des essais",
    ),
    # from blind99's first run: evidence said to prove nothing, the outlet's check of a negative
    ("Ce document ne prouve rien.", "contested", "dismissal", "ne prouve rien", None),
    (
        "Gérard Vial n'a jamais été poursuivi ni condamné, a vérifié notre rédaction auprès du "
        "parquet.",
        "contested",
        "dismissal",
        None,
        "notre rédaction",
    ),
    # from blind100's first run: a denial in the second of two que-clauses
    (
        "SNCF Réseau affirme que la voie avait été inspectée « il y a moins de trois semaines » "
        "et qu'aucune anomalie n'avait été relevée.",
        "contested",
        "denial_by_negation",
        None,
        "SNCF Réseau",
    ),
    # from blind101's first run: a sham, figures that do not match, an estimate after "d'un"
    ("L'opposition parle d'une « mascarade ».", "contested", "dismissal", None, "L'opposition"),
    (
        "« Les chiffres affichés ne correspondent pas à ceux transmis à Libreville », assure son "
        "directeur de campagne.",
        "contested",
        "dismissal",
        None,
        "son directeur de campagne",
    ),
    (
        "Le caillou, d'un diamètre estimé entre 40 et 90 mètres, pourrait toucher la Lune.",
        "attributed",
        "reporting_with_content",
        None,
        "non nommée",
    ),
    # from blind102's first run: a participle apposition before the verb is no incise
    (
        "Les opposants, regroupés dans l'association Vent de colère, redoutent une perte de "
        "valeur de leurs maisons.",
        "attributed",
        "reporting_verb",
        None,
        "Les opposants",
    ),
    # from blind103's first run: a framing called disguised, evidence called partial, a
    # committee's view
    (
        "Les soignants parlent d'une « fermeture déguisée » des urgences.",
        "contested",
        "dismissal",
        None,
        "Les soignants",
    ),
    (
        "Pour le comité de défense de l'hôpital, il s'agit d'une fermeture qui ne dit pas son nom.",
        "attributed",
        "in_view_of",
        "Pour",
        "le comité de défense de l'hôpital",
    ),
    (
        "Le syndicat met en garde contre des conclusions tirées d'« images partielles ».",
        "contested",
        "dismissal",
        None,
        None,
    ),
    # from blind104's first run: a count with its clitic, a deliberate omission, a dismissal
    # inside a quotation whose incise verb is any verb
    (
        "Les syndicats en comptent plutôt 800.",
        "attributed",
        "reporting_with_content",
        None,
        "Les syndicats",
    ),
    (
        "« La direction ne parle que des postes au siège, elle oublie volontairement tout le "
        "reste », accuse Karim Belaïd, délégué CFE-CGC.",
        "contested",
        "dismissal",
        None,
        "Karim Belaïd",
    ),
    # from blind105's first run: a claim of responsibility with a day between or no object,
    # "un tout autre bilan", a point left undecided
    (
        "Le groupe de pirates LockBit a revendiqué mardi la cyberattaque contre l'hôpital.",
        "attributed",
        "reporting_with_content",
        None,
        "Le groupe de pirates LockBit",
    ),
    (
        "Cyberattaque contre l'hôpital de Cannes : le groupe LockBit revendique, la direction "
        "refuse de payer",
        "attributed",
        "reporting_with_content",
        "revendique",
        "le groupe LockBit",
    ),
    (
        "Les représentants des propriétaires dressent un tout autre bilan.",
        "contested",
        "dismissal",
        None,
        "Les représentants des propriétaires",
    ),
    (
        "L'étude ne permet pas de trancher ce point, reconnaissent ses auteurs.",
        "contested",
        "left_unconfirmed",
        None,
        "ses auteurs",
    ),
    # from blind106's first run: a finding named as a study's, a study called partisan
    (
        "C'est la conclusion d'une étude publiée jeudi par le réseau World Weather Attribution.",
        "attributed",
        "document_says",
        "la conclusion",
        "une étude publiée jeudi par le réseau World Weather Attribution",
    ),
    (
        "Certains commentateurs ont dénoncé une « étude militante ».",
        "contested",
        "dismissal",
        None,
        "Certains commentateurs",
    ),
    # from blind107's first run: a report of sightings, a source cited by an agency
    (
        "Ces derniers mois, plusieurs pays ont signalé des survols au-dessus de sites sensibles.",
        "attributed",
        "reporting_with_content",
        None,
        "plusieurs pays",
    ),
    (
        "L'agence Tass, citant une source militaire, affirme que les drones appartiendraient à "
        "des amateurs.",
        "attributed",
        "incise",
        None,
        "une source militaire (via L'agence Tass)",
    ),
    # from blind108's first run: a party's own figures corrected, a reading rejected, a fault
    # pointed at
    (
        "France Travail a rectifié mardi le nombre de demandeurs d'emploi publié la semaine "
        "dernière.",
        "contested",
        "dismissal",
        None,
        "France Travail",
    ),
    (
        "L'association n'y voit pas un simple accident.",
        "contested",
        "dismissal",
        None,
        "L'association",
    ),
    (
        "Elle pointe un réseau d'assainissement sous-dimensionné.",
        "attributed",
        "reporting_with_content",
        None,
        "Elle",
    ),
    # from blind109's first run: a target judged out of reach, doubters and their copula
    (
        "Plusieurs analystes jugent toutefois cet objectif difficile à atteindre.",
        "contested",
        "dismissal",
        None,
        "Plusieurs analystes",
    ),
    (
        "Vinexia relève ses objectifs, les analystes restent sceptiques",
        "contested",
        "left_unconfirmed",
        None,
        "les analystes",
    ),
    # from blind110's first run: what a source really said, the claimed thing itself denied
    (
        "Elle s'appuie sur un article qui évoquait en réalité un arrêté pris dans une vallée.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    ("La vidéo date en réalité de 2019.", "contested", "dismissal", None, None),
    # a toll, no claim denied: the prefecture's word, not a denial
    (
        "Aucun blessé n'est à déplorer, précise la préfecture.",
        "attributed",
        "incise",
        None,
        "la préfecture",
    ),
    (
        "Aucun texte national ne prévoit une telle mesure, confirme le ministère.",
        "contested",
        "dismissal",
        None,
        "le ministère",
    ),
    # from blind113's first run: checks that found no excess, results maintained, a fault
    # pointed at with an adverb
    (
        "Ses propres contrôles ne montrent aucun dépassement, assure-t-elle.",
        "contested",
        "denial_by_negation",
        None,
        None,
    ),
    (
        "L'association maintient ses résultats.",
        "attributed",
        "reporting_with_content",
        None,
        "L'association",
    ),
    (
        "L'opposition municipale pointe plutôt une mauvaise gestion du chantier.",
        "attributed",
        "reporting_with_content",
        None,
        "L'opposition municipale",
    ),
    # from blind114's first run: a decision judged premature, figures said to understate, a
    # link no study can establish yet, "Médecins sans frontières" kept whole
    (
        "Plusieurs ONG médicales jugent la levée de l'alerte prématurée.",
        "contested",
        "dismissal",
        None,
        "Plusieurs ONG médicales",
    ),
    (
        "Selon Médecins sans frontières, les chiffres officiels sous-estiment largement "
        "l'épidémie.",
        "contested",
        "dismissal",
        None,
        "Médecins sans frontières",
    ),
    (
        "Aucune étude ne permet à ce jour d'établir un lien entre les pistes et l'activité des "
        "commerces, souligne la chambre de commerce.",
        "contested",
        "denial_by_negation",
        None,
        "la chambre de commerce",
    ),
    # from blind115's first run: a denial said to someone
    (
        "Une ancienne assistante a déclaré aux enquêteurs n'avoir « jamais mis les pieds » à "
        "l'Assemblée.",
        "contested",
        "denial_by_negation",
        None,
        "Une ancienne assistante",
    ),
    # from blind116's first run: "mis en cause" ending a headline
    (
        "Naufrage au large de Lampedusa : au moins 40 disparus, les garde-côtes mis en cause",
        "attributed",
        "allegation",
        None,
        "non nommée",
    ),
    # from blind117's first run: a book at the heart of a controversy, an optimism tempered, and
    # "selon eux" meaning the party the sentence opened on
    (
        "Quelques jours après son sacre, le roman est au cœur d'une polémique.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "Plusieurs économistes tempèrent cet optimisme : selon eux, la reprise reste fragile.",
        "attributed",
        "source_adverbial",
        None,
        "eux (Plusieurs économistes)",
    ),
    # from blind118's first run: a ruling with its date before "que", and the view of a
    # cooperative
    (
        "La cour d'appel a jugé le 12 novembre que l'étude d'impact répondait aux exigences.",
        "attributed",
        "reporting_verb",
        None,
        "La cour d'appel",
    ),
    (
        "Pour la coopérative, qui porte le projet, ces réserves permettront de réduire les "
        "prélèvements.",
        "attributed",
        "in_view_of",
        None,
        "la coopérative",
    ),
    # from blind120's first run: evidence dismissed as no proof
    (
        "« Des repentirs, on en trouve chez de nombreux copistes, ce n'est pas une preuve », "
        "a déclaré l'historien.",
        "contested",
        "dismissal",
        None,
        "l'historien",
    ),
    (
        "Cette photo ne constitue pas une preuve, estime l'avocat.",
        "contested",
        "dismissal",
        None,
        "l'avocat",
    ),
    # from blind122's first run: a characterisation rejected for another
    (
        "« Il ne s'agit pas d'une fermeture, mais d'une suspension temporaire », a insisté le "
        "directeur de l'agence.",
        "contested",
        "dismissal",
        None,
        "le directeur de l'agence",
    ),
    # from blind124's and blind125's first runs: an affair called a « manœuvre politique »
    # (its source the subject before "voit dans …"), a witness who never saw the employee,
    # a study that does not allow a conclusion
    (
        "Le député voit dans cette affaire une « manœuvre politique ».",
        "contested",
        "dismissal",
        None,
        "Le député",
    ),
    (  # unquoted, a decision criticised, nothing denied
        "L'opposition dénonce une manœuvre politique du gouvernement pour retarder le vote.",
        "attributed",
        "reporting_verb",
        None,
        "L'opposition",
    ),
    (  # a restriction, not a denial
        "Ils disent n'avoir appris la nouvelle que lundi.",
        "attributed",
        "reporting_with_content",
        None,
        "Ils",
    ),
    (
        "Plusieurs collaborateurs affirment ne l'avoir « jamais vu » à la permanence.",
        "contested",
        "denial_by_negation",
        None,
        "Plusieurs collaborateurs",
    ),
    (
        "« Une étude rétrospective ne permet pas de conclure à une supériorité », estime le "
        "professeur.",
        "contested",
        "left_unconfirmed",
        None,
        "le professeur",
    ),
    # from blind127's first run: a quoted "pas" after "assure que"
    (
        "Le président du syndicat assure que les digues « n'ont pas cédé ».",
        "contested",
        "denial_by_negation",
        None,
        "Le président du syndicat",
    ),
    (  # unquoted, a reassurance
        "Le maire assure que le chantier n'a pas pris de retard.",
        "attributed",
        "reporting_with_content",
        None,
        "Le maire",
    ),
    # found on blind128-blind132
    (
        "Son avocat a plaidé la relaxe, qualifiant le dossier de « construction intellectuelle ».",
        "contested",
        "dismissal",
        None,
        "Son avocat",
    ),
    (
        "Plusieurs épidémiologistes mettent toutefois en garde contre une lecture causale de "
        "ces résultats.",
        "contested",
        "dismissal",
        None,
        "Plusieurs épidémiologistes",
    ),
    (
        "« Une association n'est pas une preuve : les buveurs de café vivent mieux », souligne "
        "une épidémiologiste.",
        "contested",
        "dismissal",
        None,
        "une épidémiologiste",
    ),
    (
        "« On nous parle de crise, mais la maison mère n'a jamais été aussi rentable », "
        "s'indigne un délégué syndical.",
        "contested",
        "dismissal",
        None,
        "un délégué syndical",
    ),
    (
        "Les images ont en réalité été tournées en 2019 au Chili.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "Ce n'est pas la première fois que ces images sont détournées.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "Le diocèse a confirmé qu'aucune église de la ville n'avait été dégradée.",
        "contested",
        "denial_by_negation",
        None,
        "Le diocèse",
    ),
    (
        "Trois cafés par jour réduiraient le risque d'AVC, selon une étude contestée",
        "contested",
        "denial_verb",
        None,
        None,
    ),
    (
        "Une recherche d'image inversée permet de retrouver la vidéo originale, publiée le 8 "
        "novembre 2019.",
        "asserted",
        "no_cue",
        None,
        None,
    ),
    # found on blind133-blind137
    (
        "Pour les climatologues, cette douceur est cohérente avec le réchauffement.",
        "attributed",
        "in_view_of",
        "Pour",
        "les climatologues",
    ),
    (
        "Un paléontologue estime que l'empreinte de la membrane pourrait résulter d'une "
        "déformation de la roche.",
        "contested",
        "dismissal",
        None,
        "Un paléontologue",
    ),
    (
        "« Il faudra d'autres spécimens avant de parler de vol », tempère le chercheur.",
        "contested",
        "dismissal",
        None,
        "le chercheur",
    ),
    # found on blind138-blind142
    (
        "La métropole assure de son côté que le pont « ne présente aucun danger » pour les "
        "piétons.",
        "contested",
        "denial_by_negation",
        None,
        "La métropole",
    ),
    (
        "Le musée achète un tableau attribué à Chardin, des experts émettent des doutes",
        "contested",
        "dismissal",
        None,
        "des experts",
    ),
    (
        "Les soupçons se portent sur un dégazage sauvage.",
        "attributed",
        "allegation",
        None,
        "non nommée",
    ),
    (
        "La start-up revendique des commandes de trois constructeurs automobiles.",
        "attributed",
        "reporting_with_content",
        None,
        "La start-up",
    ),
    (
        "Il s'agit d'une arnaque à l'hameçonnage, destinée à récupérer des coordonnées bancaires.",
        "contested",
        "dismissal",
        None,
        None,
    ),
    (
        "L'enseigne a confirmé à notre rédaction ne mener « aucune opération de ce type ».",
        "contested",
        "denial_by_negation",
        None,
        "L'enseigne",
    ),
    # found on blind143-blind147
    (
        "Les agents immobiliers jugent ces chiffres « déjà dépassés ».",
        "contested",
        "dismissal",
        None,
        "Les agents immobiliers",
    ),
    (
        "« Nos opérations étaient parfaitement légales », a déclaré son président.",
        "contested",
        "dismissal",
        None,
        "son président",
    ),
    # found after stop 26: a denial needs an insisting verb, and a tally so far is no denial
    (
        "La capitainerie a indiqué qu'aucun bateau n'avait subi de dégâts dans le port.",
        "attributed",
        "reporting_verb",
        "a indiqué",
        "La capitainerie",
    ),
    (
        "Le laboratoire assure qu'aucun patient n'a été contaminé pour l'instant.",
        "attributed",
        "reporting_with_content",
        "assure",
        "Le laboratoire",
    ),
    (
        "Le laboratoire assure qu'aucun patient n'a été contaminé par ce lot.",
        "contested",
        "denial_by_negation",
        None,
        "Le laboratoire",
    ),
    # found on blind148-blind152
    (
        "La mairie a fait savoir qu'elle ne se reconnaissait pas dans ce bilan.",
        "contested",
        "dismissal",
        "ne se reconnaissait pas dans ce bilan",
        "La mairie",
    ),
    (
        "Le syndicat doute pour sa part que la réforme soit appliquée à temps.",
        "contested",
        "left_unconfirmed",
        "doute pour sa part que",
        "Le syndicat",
    ),
    (
        "Cet argument ne résiste pas aux faits, estime l'économiste.",
        "contested",
        "dismissal",
        "ne résiste pas aux faits",
        "l'économiste",
    ),
    (
        "Des pédiatres émettent de sérieuses réserves sur la méthodologie de l'étude.",
        "contested",
        "dismissal",
        "réserves sur la méthodologie",
        "Des pédiatres",
    ),
    (
        "Pour l'Académie de médecine, ces données ne justifient pas de changer de traitement.",
        "contested",
        "dismissal",
        "données ne justifient pas",
        "l'Académie de médecine",
    ),
    (
        "Le club affirme de son côté n'avoir jamais reçu la lettre de la ligue.",
        "contested",
        "denial_by_negation",
        None,
        "Le club",
    ),
    (
        "Les ventes ont chuté de 8 %, ce que le fabricant reconnaît dans son rapport annuel.",
        "attributed",
        "reporting_with_content",
        "reconnaît",
        "le fabricant",
    ),
    (
        "Le ministre persiste et signe dans une lettre aux maires.",
        "attributed",
        "reporting_with_content",
        "persiste et signe",
        "Le ministre",
    ),
    # found on blind153-blind157
    (
        "Le projet sera livré en 2027, a fait savoir, jeudi à Rabat, le ministre de l'Équipement.",
        "attributed",
        "incise",
        "a fait savoir",
        "le ministre de l'Équipement",
    ),
    (
        "La direction a, dès mardi, démenti toute fermeture du site.",
        "contested",
        "denial_verb",
        "démenti",
        "La direction",
    ),
    (
        "Des vidéos partagées sur TikTok montrant une inondation à Nîmes sont trompeuses, "
        "selon la préfecture.",
        "contested",
        "dismissal",
        "trompeuses",
        "la préfecture",
    ),
    (
        "Les ventes ont reculé après des chiffres jugés décevants au Japon.",
        "attributed",
        "reporting_with_content",
        "jugés décevants",
        None,
    ),
    (
        "Le maire a admis des retards mais démenti tout surcoût.",
        "contested",
        "dismissal",
        "mais démenti",
        "Le maire",
    ),
    (
        "Cette publication reprend en réalité un canular de 2017.",
        "contested",
        "dismissal",
        "reprend en réalité",
        None,
    ),
    # found on blind158-blind162
    (
        "« Ces chiffres sont tronqués », a répliqué le maire.",
        "contested",
        "dismissal",
        "sont tronqués",
        "le maire",
    ),
    (
        "La préfecture revendique trois mille participants.",
        "attributed",
        "reporting_with_content",
        "revendique",
        "La préfecture",
    ),
    (
        "Le syndicat a dressé vendredi un bilan de cinq cents grévistes.",
        "attributed",
        "reporting_with_content",
        "a dressé",
        "Le syndicat",
    ),
    (
        "Le collectif a publié un rapport montrant une hausse des loyers.",
        "attributed",
        "reporting_with_content",
        "publié un rapport montrant",
        "Le collectif",
    ),
    (
        "Un post sur X présente ce médicament comme un remède miracle.",
        "attributed",
        "reporting_with_content",
        "présente",
        "Un post sur X",
    ),
    (
        "Il fera 35 degrés à Lyon samedi, prévoit Météo-France.",
        "attributed",
        "incise",
        "prévoit",
        "Météo-France",
    ),
    # found on blind163-blind167
    (
        "Vols annulés : la compagnie s'excuse, le syndicat des pilotes relativise",
        "contested",
        "dismissal",
        "relativise",
        "le syndicat des pilotes",
    ),
    (
        "L'opposition qualifie ce plan de « coup de com » du gouvernement.",
        "contested",
        "dismissal",
        "coup de com",
        "L'opposition",
    ),
    (
        "Le constructeur vante sa nouvelle batterie dans un spot publicitaire.",
        "attributed",
        "reporting_with_content",
        "vante",
        "Le constructeur",
    ),
    (
        "À la barre, le gérant a reconnu « des retards » mais nié toute fraude.",
        "contested",
        "dismissal",
        "mais nié",
        "le gérant",
    ),
    # blind168-blind172: a fake that claims something, denied by who would have issued it
    (
        "Une fausse carte annonçant une alerte rouge circule ; la préfecture a rappelé qu'elle "
        "n'avait émis aucun document de ce type.",
        "contested",
        "dismissal",
        "fausse carte annonçant",
        "la préfecture",
    ),
    (
        "La mairie rappelle qu'elle n'a reçu aucune demande d'autorisation.",
        "contested",
        "denial_by_negation",
        "rappelle qu'elle n'a reçu aucune",
        "La mairie",
    ),
    (
        "Sud Ouest pointe de son côté la suppression de plusieurs dessertes.",
        "attributed",
        "reporting_with_content",
        "pointe de son côté la suppression",
        "Sud Ouest",
    ),
    (
        "Son directeur financier a attribué cette performance à la reprise des ventes.",
        "attributed",
        "reporting_with_content",
        "attribué cette performance à",
        "Son directeur financier",
    ),
    (
        "Certains analystes jugent toutefois ces prévisions trop optimistes.",
        "contested",
        "dismissal",
        "jugent toutefois ces prévisions trop optimistes",
        "Certains analystes",
    ),
    (
        "Les chercheurs ont observé une hausse de 24 % du risque chez les petits dormeurs.",
        "attributed",
        "document_says",
        "ont observé",
        "Les chercheurs",
    ),
    (
        "« Nos données ne disent pas que le manque de sommeil provoque le diabète », tempère "
        "l'autrice.",
        "contested",
        "dismissal",
        "données ne disent pas que",
        "l'autrice",
    ),
    (
        "« Rien ne prouve que le vaccin soit en cause », a déclaré le médecin.",
        "contested",
        "dismissal",
        "Rien ne prouve",
        "le médecin",
    ),
    (
        "Le montant voté est en réalité de 4,1 millions d'euros.",
        "contested",
        "dismissal",
        "est en réalité de",
        None,
    ),
    (
        "Cette photo de la place Saint-Marc sous les eaux ne date pas de cette semaine",
        "contested",
        "dismissal",
        "ne date pas",
        None,
    ),
    (
        "Les représentants du FLNKS ont quitté les discussions, dénonçant un calendrier imposé.",
        "attributed",
        "reporting_verb",
        "dénonçant",
        "Les représentants du FLNKS",
    ),
    (
        "La maire de Colmar a rendu hommage à « un géant discret ».",
        "attributed",
        "quotation",
        "«",
        "La maire de Colmar",
    ),
    ("Rectificatif : le budget de la piscine de Vierzon", "not_a_claim", "heading", None, None),
    ("Restez informés : suivez notre direct.", "not_a_claim", "boilerplate", None, None),
    # blind173-blind177
    (
        "L'exploitant se dit « étranger à cette pollution ».",
        "contested",
        "dismissal",
        "se dit « étranger à",
        "L'exploitant",
    ),
    (
        "Dans une story publiée lundi, la jeune femme parle d'un « malentendu administratif ».",
        "contested",
        "dismissal",
        "parle d'un « malentendu",
        "la jeune femme",
    ),
    (
        "Le président montpelliérain estime que son équipe « n'a rien volé ».",
        "contested",
        "dismissal",
        "n'a rien volé",
        "Le président montpelliérain",
    ),
    (
        "Handball : Nantes accuse l'arbitrage après sa défaite à Montpellier",
        "attributed",
        "allegation",
        "accuse",
        "Nantes",
    ),
    (
        "Le fabricant reconnaît « un défaut de soudure » mais conteste le nombre d'accidents.",
        "contested",
        "denial_verb",
        "conteste",
        "Le fabricant",
    ),
    ("Accepter et fermer", "not_a_claim", "boilerplate", None, None),
    # blind223-blind227
    (
        "Plusieurs anciens salariés décrivent au contraire un manque chronique de personnel.",
        "contested",
        "dismissal",
        "décrivent au contraire",
        "Plusieurs anciens salariés",
    ),
    (
        "Pistes cyclables : Paris revendique un doublement du trafic vélo en cinq ans",
        "attributed",
        "reporting_with_content",
        "revendique un doublement",
        "Paris",
    ),
    (
        "L'adjoint chargé des mobilités juge l'argument « de mauvaise foi ».",
        "contested",
        "dismissal",
        "mauvaise foi",
        "L'adjoint chargé des mobilités",
    ),
    (
        "Aucune de ces affirmations n'a pu être vérifiée de manière indépendante.",
        "contested",
        "left_unconfirmed",
        "n'a pu être vérifiée",
        None,
    ),
    (
        "Ces chiffres ne peuvent être vérifiés de source indépendante.",
        "contested",
        "left_unconfirmed",
        "ne peuvent être vérifiés",
        None,
    ),
    (
        "Hellfest : un record d'affluence revendiqué, la préfecture plus prudente",
        "attributed",
        "reporting_with_content",
        "record d'affluence revendiqué",
        "non nommée",
    ),
    (
        "La préfecture, qui se fonde sur la billetterie, parle plutôt de 240 000 entrées.",
        "attributed",
        "reporting_with_content",
        "parle plutôt de",
        "La préfecture",
    ),
    # blind218-blind222
    ("Question posée par Marc le 3 février.", "not_a_claim", "boilerplate", None, None),
    (
        "Les coordonnées bancaires ne seraient pas concernées, a-t-elle précisé.",
        "contested",
        "denial_by_negation",
        "ne seraient pas concernées, a-t-elle précisé",
        "elle",
    ),
    (
        "Un expert qui a analysé le fichier affirme pourtant y avoir trouvé des numéros de carte.",
        "attributed",
        "reporting_verb",
        "affirme",
        "Un expert",
    ),
    # blind213-blind217
    (
        "Le club niçois « regrette » ces faits mais conteste qu'ils émanaient de ses abonnés.",
        "contested",
        "denial_verb",
        "conteste qu'",
        "Le club niçois",
    ),
    # blind208-blind212
    (
        "Le tribunal a jugé ces irrégularités « non établies ».",
        "contested",
        "dismissal",
        "non établies",
        "Le tribunal",
    ),
    ("FAUX.", "contested", "fact_check", None, None),
    (
        "Le message reprend en fait une prévision d'un cabinet de conseil datant de 2022.",
        "contested",
        "dismissal",
        "reprend en fait",
        None,
    ),
    (
        "Le gouvernement a par ailleurs exclu toute hausse supplémentaire avant l'été.",
        "attributed",
        "reporting_with_content",
        "exclu toute hausse",
        "Le gouvernement",
    ),
    (
        "Le chantier devrait coûter 210 millions de francs, a indiqué mardi le Conseil d'État "
        "genevois à Keystone-ATS.",
        "attributed",
        "incise",
        "a indiqué",
        "le Conseil d'État genevois",
    ),
    (
        "Le conseiller d'État explique ce dépassement par l'envolée du prix de l'acier.",
        "attributed",
        "reporting_with_content",
        "explique ce dépassement par",
        "Le conseiller d'État",
    ),
    (
        "« Ces postes existent déjà sur papier », a soutenu en entrevue le président de la "
        "Fédération.",
        "attributed",
        "incise",
        "a soutenu",
        "le président de la Fédération",
    ),
    # blind203-blind207
    (
        "Pour l'accusation, les signes de fatigue avaient été signalés à plusieurs reprises.",
        "attributed",
        "in_view_of",
        "Pour",
        "l'accusation",
    ),
    (
        "Les familles des victimes attendent « que chacun assume ».",
        "attributed",
        "quotation",
        "«",
        "Les familles des victimes",
    ),
    (
        "Les résultats ont été mis en ligne sous la forme d'une prépublication, sans avoir encore "
        "été relus par d'autres chercheurs.",
        "contested",
        "left_unconfirmed",
        "sans avoir encore été relus par",
        None,
    ),
    (
        "Des relevés réalisés par l'Ifremer montraient pourtant une fuite temporaire de certaines "
        "espèces.",
        "attributed",
        "document_says",
        "montraient",
        "Des relevés",
    ),
    (
        "Le principal candidat de l'opposition a revendiqué lundi sa victoire à l'élection.",
        "attributed",
        "reporting_with_content",
        "revendiqué lundi sa victoire",
        "Le principal candidat de l'opposition",
    ),
    # blind198-blind202
    (
        "Pour la préfète de Lot-et-Garonne, il s'agit d'un ouvrage « indispensable ».",
        "attributed",
        "in_view_of",
        "Pour",
        "la préfète de Lot-et-Garonne",
    ),
    (
        "Les opposants, regroupés dans le collectif « Lot vivant », dénoncent un « passage en "
        "force ».",
        "attributed",
        "reporting_verb",
        "dénoncent",
        "Les opposants",
    ),
    (
        "Une explication qui laisse sceptiques plusieurs anciens coureurs interrogés.",
        "contested",
        "dismissal",
        "laisse sceptiques",
        "plusieurs anciens coureurs interrogés",
    ),
    (
        "Bercy fait valoir que le consensus des économistes « s'est déjà trompé deux fois ».",
        "contested",
        "dismissal",
        "s'est déjà trompé",
        None,
    ),
    (
        "L'opposition y voit la preuve d'un budget « construit sur du sable ».",
        "contested",
        "dismissal",
        "construit sur du sable",
        "L'opposition",
    ),
    (
        "« Ce qu'ils veulent, c'est délocaliser », accuse le délégué CGT, Karim Haddad.",
        "attributed",
        "incise",
        "accuse",
        "le délégué CGT, Karim Haddad",
    ),
    # blind193-blind197
    (
        "Plusieurs urgentistes jugent ce chiffre très en deçà de la réalité.",
        "contested",
        "dismissal",
        "en deçà de la réalité",
        "Plusieurs urgentistes",
    ),
    (
        "Pour les associations, le ressenti des ménages est tout autre.",
        "contested",
        "dismissal",
        "tout autre",
        "les associations",
    ),
    ("Les spécialistes doutent", "contested", "dismissal", "doutent", "Les spécialistes"),
    (
        "L'Office français de la biodiversité n'a pas été en mesure d'authentifier les images.",
        "contested",
        "left_unconfirmed",
        "en mesure d'authentifier",
        "L'Office français de la biodiversité",
    ),
    (
        "Des automobilistes racontent pourtant avoir fait le tour de trois stations.",
        "attributed",
        "reporting_verb",
        "racontent",
        "Des automobilistes",
    ),
    (
        "TotalEnergies assure que les dépôts sont « correctement approvisionnés » malgré la grève.",
        "attributed",
        "reporting_with_content",
        "assure que",
        "TotalEnergies",
    ),
    (
        "Lactalis envisage des « actions judiciaires » contre l'hebdomadaire",
        "attributed",
        "quotation",
        "«",
        "Lactalis",
    ),
    # blind188-blind192
    (
        "Le président du club a coupé court lundi aux rumeurs annonçant le départ de l'entraîneur.",
        "contested",
        "dismissal",
        "coupé court lundi aux rumeurs",
        "Le président du club",
    ),
    (
        "La chambre d'agriculture appelle à la prudence : l'ampleur des dégâts ne sera connue "
        "que dans dix jours.",
        "attributed",
        "reporting_with_content",
        "appelle à la prudence :",
        "La chambre d'agriculture",
    ),
    (
        "L'exploitant assure que la sécurité des usagers « n'a jamais été mise en jeu ».",
        "contested",
        "denial_by_negation",
        None,
        "L'exploitant",
    ),
    (
        "L'industriel s'élève contre ces accusations et assure que ses rejets sont contrôlés.",
        "contested",
        "dismissal",
        "s'élève contre ces accusations",
        "L'industriel",
    ),
    (
        "Une start-up revendique un modèle d'IA « dix fois moins gourmand » en énergie.",
        "attributed",
        "reporting_with_content",
        "revendique",
        "Une start-up",
    ),
    (
        "« Sans publication des protocoles, ce chiffre ne veut pas dire grand-chose », tranche "
        "un ingénieur.",
        "contested",
        "dismissal",
        "ne veut pas dire grand-chose",
        "un ingénieur",
    ),
    (
        "Le musée des Beaux-Arts de Rouen attribue une toile à Géricault.",
        "attributed",
        "reporting_with_content",
        "attribue une toile à",
        "Le musée des Beaux-Arts de Rouen",
    ),
    (
        "Un historien estime toutefois que la preuve n'est « pas décisive ».",
        "contested",
        "dismissal",
        "pas décisive",
        "Un historien",
    ),
    (
        "Ces performances n'ont pas encore été vérifiées par des chercheurs indépendants.",
        "contested",
        "left_unconfirmed",
        "n'ont pas encore été vérifiées",
        None,
    ),
    # blind183-blind187
    (
        "L'Anses rappelle qu'aucun effet sanitaire n'est établi à ces niveaux d'exposition.",
        "contested",
        "dismissal",
        "aucun effet sanitaire n'est établi",
        "L'Anses",
    ),
    (
        "Le député doit rembourser 18 000 euros de frais jugés sans lien avec son mandat.",
        "attributed",
        "reporting_with_content",
        "jugés sans lien",
        None,
    ),
    (
        "La production dit étudier des poursuites pour dénonciation calomnieuse.",
        "contested",
        "dismissal",
        "calomnieuse",
        "La production",
    ),
    (
        "Mais plusieurs astronomes jugent le signal trop faible pour conclure.",
        "contested",
        "dismissal",
        None,
        "plusieurs astronomes",
    ),
    # blind178-blind182
    (
        "Un porte-parole des FSR a assuré à l'AFP que ses hommes ne disposaient d'« aucun "
        "drone » dans la zone.",
        "contested",
        "denial_by_negation",
        "ses hommes ne disposaient d'« aucun",
        "Un porte-parole des FSR",
    ),
    (
        "Ce chiffre reposait sur des données préliminaires aujourd'hui caduques, souligne "
        "l'agence.",
        "contested",
        "dismissal",
        "reposait sur des données",
        "l'agence",
    ),
    (
        "L'opposition a qualifié le document d'« insincère ».",
        "contested",
        "dismissal",
        "insincère",
        "L'opposition",
    ),
    (
        "Les élus estiment que les recettes de la taxe de séjour étaient surévaluées.",
        "contested",
        "dismissal",
        "surévaluées",
        "Les élus",
    ),
    (
        "Le ministère de l'Agriculture juge ce constat exagéré.",
        "contested",
        "dismissal",
        "constat exagéré",
        "Le ministère de l'Agriculture",
    ),
    (
        "Le maire évalue les dégâts à plus de deux millions d'euros.",
        "attributed",
        "reporting_with_content",
        "évalue les dégâts à",
        "Le maire",
    ),
    (
        "Certaines publications évoquaient pourtant une probabilité de collision de « 1 sur "
        "30 » en 2041.",
        "attributed",
        "reporting_with_content",
        "évoquaient",
        "Certaines publications",
    ),
    (
        "Il aurait attribué des marchés à son beau-frère, indique-t-on au parquet.",
        "attributed",
        "incise",
        "indique-t-on",
        "parquet",
    ),
    (
        "Toute l'actu auto, chaque vendredi dans votre boîte mail",
        "not_a_claim",
        "boilerplate",
        None,
        None,
    ),
    # R6 asserted
    ("Le chômage a reculé de 0,3 point au troisième trimestre.", "asserted", "no_cue", None, None),
]


def test_a_study_caveat_by_its_authors_is_no_refutation() -> None:
    """A study that "n'a trouvé aucun lien" refutes a claimed link (R3 ii); its own authors
    warning that it "ne démontre pas de lien de cause à effet" report a limit (R4)."""
    s = suggest("L'étude ne démontre pas de lien de cause à effet, préviennent ses auteurs.")
    assert (s.label, s.source) == ("attributed", "ses auteurs")


def test_impersonal_negations_are_no_denial() -> None:
    """ "qu'il n'était pas question de", "« Il n'y a pas de polémiques qui viennent du
    festival »": no claim denied (the gold sets label them attributed)."""
    for text in (
        "Elle a précisé, tout en assurant qu'il n'était pas question d'empêcher les blocages.",
        "« Il n'y a pas de polémiques qui viennent du festival », a estimé son délégué général.",
    ):
        assert suggest(text).label == "attributed", text


def test_an_op_ed_signed_by_a_group_is_no_claim() -> None:
    """blind51: "Par un collectif d'enseignants et de chercheurs en sciences de l'éducation",
    too long for a heading, is the op-ed's signature (guidelines R1: a byline)."""
    for text in (
        "Par un collectif d'enseignants et de chercheurs en sciences de l'éducation",
        "Par un collectif de 120 médecins, dont le professeur Jean Dupont",
    ):
        assert suggest(text).label == "not_a_claim", text
    assert suggest("Par un collectif de citoyens, la loi a été contestée.").label != "not_a_claim"


def test_a_fact_check_verdict_after_its_topic() -> None:
    out = suggest_article(["Vaccin contre la grippe : non, il ne provoque pas la grippe", "Texte."])
    assert (out[0].label, out[0].rule, out[0].cue_text) == ("contested", "fact_check", "non")


def test_ne_que_restricts_and_does_not_deny() -> None:
    s = suggest("La municipalité affirme n'avoir été alertée que la semaine dernière.")
    assert (s.label, s.source) == ("attributed", "La municipalité")


def test_a_plural_pronoun_never_means_one_party() -> None:
    """ "selon eux" does not mean "L'entreprise" (blind58): an elided article is singular."""
    out = suggest_article(
        [
            "Une start-up lève 200 millions d'euros",
            "L'entreprise affirme que son modèle rivalise avec les meilleurs.",
            "Selon eux, ses performances restent inférieures.",
        ]
    )
    assert out[2].label == "attributed" and "L'entreprise" not in (out[2].source or "")


def test_a_piece_named_by_its_genre_is_a_heading() -> None:
    """ "Au procès de l'incendie, le témoignage du pompier" predicates nothing (R2); "Le
    témoignage du pompier accable l'accusée" does."""
    s = suggest(
        "Au procès de l'incendie de la rue Erlanger, le témoignage du pompier", headline=True
    )
    assert s.label == "not_a_claim"
    s = suggest("Le témoignage du pompier accable l'accusée", headline=True)
    assert s.label == "asserted"


def test_a_graded_quotation_is_someones_judgement() -> None:
    """A trafic « très perturbé » in a headline quotes someone's judgement (blind5, blind63);
    a noun in quotes stays a name or a scare quote."""
    s = suggest("Grève à la SNCF : le trafic « très perturbé » jeudi", headline=True)
    assert (s.label, s.rule) == ("attributed", "quotation")
    s = suggest("Le « jeûne à l'eau » séduit sur TikTok", headline=True)
    assert s.label == "asserted"


def test_accounts_that_clash_are_disputed_by_no_one() -> None:
    """ "Refus d'obtempérer à Lyon : deux versions s'opposent" (blind75)."""
    s = suggest("Refus d'obtempérer à Lyon : deux versions s'opposent", headline=True)
    assert (s.label, s.source) == ("contested", None)


def test_two_parties_that_count_differently_dispute_by_no_one() -> None:
    """ "le ministère et les syndicats ne comptent pas de la même façon" (blind68): a dispute
    about figures, said of both parties, by no one."""
    s = suggest(
        "Fermetures de classes : le ministère et les syndicats ne comptent pas de la même façon",
        headline=True,
    )
    assert (s.label, s.source) == ("contested", None)


def test_a_poll_under_its_rubric_is_the_polls_finding() -> None:
    """ "Sondage : 58 % des Français favorables…" (blind59): the rubric is the source; a
    question under it asks."""
    s = suggest(
        "Sondage : 58 % des Français favorables à la semaine de quatre jours", headline=True
    )
    assert (s.label, s.source) == ("attributed", "Sondage")
    s = suggest("Sondage : ce retard vous étonne-t-il ?", headline=True)
    assert s.label == "not_a_claim"


def test_on_is_never_the_last_speaker() -> None:
    """ "on" is the newsroom or whoever the sentence fronts, never the previous speaker
    (blind45: "a-t-on appris de sources médicales" was "on (l'armée)")."""
    out = suggest_article(
        [
            "Soudan : l'armée dément toute implication dans une frappe",
            "Des civils ont été tués, a-t-on appris.",
        ]
    )
    assert out[1].label == "attributed" and out[1].source == "on"


def test_an_experience_in_the_negative_is_no_denial() -> None:
    """ "Je n'ai jamais vu" says what the speaker lived, not that a claim is false: the
    quotation is attributed; "je n'ai jamais vu ce document" still denies."""
    s = suggest("« Je n'ai jamais vu une chose pareille », a confié un pompier.")
    assert (s.label, s.source) == ("attributed", "un pompier")
    s = suggest("« Je n'ai jamais vu ce document », assure l'ancien ministre.")
    assert s.label == "contested"


def test_a_topic_before_a_colon_is_not_the_speaker() -> None:
    s = suggest("Gaza : « Nous n'avons plus rien, même plus d'eau »")
    assert (s.label, s.rule, s.source) == ("attributed", "quotation", None)


@pytest.mark.parametrize(("text", "label", "rule", "cue", "source"), RULES)
def test_each_rule(text: str, label: str, rule: str, cue: str | None, source: str | None) -> None:
    s = suggest(text)
    assert (s.label, s.rule) == (label, rule), (s.cue_text, s.source)
    if cue is not None:
        assert s.cue_text is not None and cue.replace("'", "’") in s.cue_text.replace("'", "’")
    if source is not None:
        assert s.source is not None and source in s.source
    for span in s.cue + ([s.source_span] if s.source_span else []):
        assert text[span.start : span.end] == span.text  # offsets into the sentence


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La coopérative emploie 60 saisonniers et revendique une récolte record.",
            "La coopérative",
        ),
        ("Le club compte 400 licenciés et affirme que le stade est trop petit.", "Le club"),
        ("Son avocat conteste la procédure et affirme que son client est innocent.", "Son avocat"),
    ],
)
def test_the_second_of_two_predicates_takes_the_first_ones_subject(text: str, source: str) -> None:
    """ "X emploie 60 saisonniers et revendique …": the source is X, not the whole first
    clause up to "et" (found on blind141)."""
    assert suggest(text).source == source


def test_a_rubric_taken_for_the_title_is_no_claim() -> None:
    """A scraped page's first line, "Santé", became the title: one word predicates nothing
    (R2)."""
    out = suggest_article(["Santé", "Le ministère a annoncé un plan."], title="Santé")
    assert (out[0].label, out[0].rule) == ("not_a_claim", "heading")


def test_a_headline_split_from_its_rubric_is_still_the_headline() -> None:
    """ "EN DIRECT - Tempête Ciaran : …" is one title line, two sentences: the second one is
    the headline (R2), not a bare heading."""
    texts = [
        "EN DIRECT -",
        "Tempête Ciaran : 1,2 million de foyers privés d'électricité",
        "Enedis annonce que les coupures dureront jusqu'à lundi.",
    ]
    title = "EN DIRECT - Tempête Ciaran : 1,2 million de foyers privés d'électricité"
    out = suggest_article(texts, boilerplate=[True, False, False], title=title)
    assert (out[1].label, out[1].rule) == ("asserted", "headline")


def test_a_pronoun_means_the_latest_speaker_of_its_gender_and_number() -> None:
    """ "il" is not "La romancière" named in between: the latest speaker who agrees."""
    texts = [
        "Le lauréat a déclaré qu'il répondrait bientôt.",
        "Le jury a accusé réception de la plainte.",  # acknowledged: no speaker
        "La romancière Hélène Marchal accuse le lauréat d'avoir repris des passages entiers.",
        "« Je n'ai jamais lu ce livre », a-t-il assuré.",
        "« C'est faux », a-t-elle répondu.",
    ]
    out = suggest_article(texts)
    assert out[1].label == "asserted"
    assert out[2].source == "La romancière Hélène Marchal"
    assert out[3].source == "il (Le lauréat)"
    assert out[4].source == "elle (La romancière Hélène Marchal)"


def test_a_pronoun_can_mean_a_person_who_said_nothing_yet() -> None:
    """A sentence that opens on a person (no speaker in it) gives "il" its antecedent; a
    speaker named inside the quotation is not the one who speaks it."""
    texts = [
        "Un échantillon prélevé le 14 juin a révélé la présence de clostébol.",
        "Le coureur de 27 ans risque jusqu'à quatre ans de suspension.",
        "Devant la commission, il a soutenu que la substance provenait d'une crème.",
        "Son avocat, Me Jean Darrigade, a déclaré qu'il ne ferait pas appel.",
        "M. Dogan a été condamné jeudi à dix ans de réclusion.",
        "« Il y avait un effet loupe sur M. Dogan », a-t-il regretté.",
        "Mme Durand a quitté la salle.",
        "« C'est une injustice », a-t-il lancé.",
    ]
    out = suggest_article(texts)
    assert out[1].label == "asserted"
    assert out[2].source == "il (Le coureur de 27 ans)"
    assert out[5].source == "il (Me Jean Darrigade)"
    assert out[7].source == "il (M. Dogan)"  # not Mme Durand, said after him


def test_a_person_s_complement_goes_on_past_a_noun_after_its_determiner() -> None:
    texts = [
        "Harcèlement : une plainte déposée à Marseille",
        "Les parents d'une élève de 12 ans, scolarisée au collège, ont porté plainte.",
        "Ils affirment avoir alerté la direction à quatre reprises.",
    ]
    # "élève" after "une" is a noun, not the verb that ends the subject
    assert suggest_article(texts)[2].source == "Ils (Les parents d'une élève de 12 ans)"


def test_a_name_with_et_in_it_is_one_party() -> None:
    texts = [
        "L'association Eaux et Rivières de Bretagne n'y voit pas un simple accident.",
        "Elle pointe un réseau d'assainissement sous-dimensionné.",
    ]
    assert suggest_article(texts)[1].source == "Elle (L'association Eaux et Rivières de Bretagne)"


def test_a_plural_pronoun_means_the_people_an_asserted_sentence_opened_on() -> None:
    texts = [
        "« On a trouvé des traces et des poils », lance Jean-Pierre Rouch, le berger.",
        "Les agents de l'Office français de la biodiversité (OFB) se montrent plus réservés.",
        "Ils n'ont relevé « aucun indice probant » de la présence d'un ours.",
    ]
    out = suggest_article(texts)
    # not the shepherd, who is one
    assert out[2].source == "Ils (Les agents de l'Office français de la biodiversité)"


def test_a_pronoun_can_mean_a_body_the_sentence_before_opened_on() -> None:
    texts = [
        "Un statisticien, Jan de Wit, avait signalé que plusieurs tableaux étaient identiques.",
        "L'université a ouvert une enquête interne.",
        "Elle précise que le chercheur « bénéficie de la présomption d'innocence ».",
    ]
    assert suggest_article(texts)[2].source == "Elle (L'université)"


def test_a_headline_dash_is_the_relay_of_its_speaker() -> None:
    texts = [
        "La Corée du Nord affirme avoir mis en orbite un satellite espion – KCNA — RT World News",
        "L'agence a publié des photos du lancement.",
    ]
    assert suggest_article(texts)[0].source == "La Corée du Nord (via KCNA)"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La DGCCRF en a recensé près de 300 lors de sa dernière enquête.", "La DGCCRF"),
        ("Une explication qui ne convainc guère l'association.", "l'association"),
        ("Selon le porte-parole, Dmitri Peskov, aucune décision n'a été prise.", "Dmitri Peskov"),
        ("Selon la police, Le Havre, Rouen et Caen sont touchées.", "la police"),
        ("M. Maduro a crié à l’« alerte », accusant l’opposition et promettant l'ordre.", None),
        # found on blind24: who suspects is unnamed; who accuses each other is not
        ("Moscou est soupçonnée d'avoir fourni une assistance technique.", "non nommée"),
        ("Les deux camps se sont mutuellement accusés de crimes de guerre.", "Les deux camps"),
        ("Pyongyang a annoncé un lancement, une affirmation que Séoul met en doute.", "Séoul"),
        # found on blind29: an affiliation between commas is not who; "selon elle" is no relay
        ("La ministre, de Renaissance, n'est pas de cet avis.", "La ministre"),
        (
            "Une équipe affirme avoir identifié des gravures, datées selon elle de 40 000 ans.",
            "Une équipe",
        ),
        ("Le coût réel du chantier est nettement supérieur aux 12 millions annoncés.", None),
        # an incise whose verb starts with "a" is no auxiliary ("», affirme X")
        ("« Il n'y a aucun projet de fermeture », affirme le porte-parole.", "le porte-parole"),
        # who learnt it (blind35)
        ("Selon ce qu'a appris La Presse, le bureau aurait prévenu la Ville.", "La Presse"),
        # the first verb of saying ends the subject (blind31)
        ("Le syndicat maintient sa version et affirme que la vidéo a été coupée.", "Le syndicat"),
        # no incise after a quotation inside the content; the name goes on past its acronym
        (
            "Le syndic assure n'avoir reçu « aucun signalement » concernant l'installation.",
            "Le syndic",
        ),
        (
            "Le Fonds monétaire international (FMI) prévoit une croissance de 1 %.",
            "Le Fonds monétaire international (FMI)",
        ),
        # the judged thing is no party; a report's own party after it, in a clause of its own
        ("Les objectifs étaient irréalistes dès le départ.", None),
        (
            "Inflation : l'Insee confirme un ralentissement, les associations de consommateurs "
            "sceptiques",
            "les associations de consommateurs",
        ),
        ("Le BEA nous a confirmé que l'enquête se poursuit.", "Le BEA"),
        (
            "Des chercheurs indépendants qui ont testé le modèle affirment que ses "
            "performances sont faibles.",
            "Des chercheurs indépendants",
        ),
    ],
)
def test_source_is_the_party_alone(text: str, source: str | None) -> None:
    """The source is the noun phrase naming the party, not a clitic, a relative or a
    clause beside it."""
    s = suggest(text)
    if source is None:
        assert s.source is None or "«" not in s.source
    else:
        assert s.source == source


@pytest.mark.parametrize(
    ("text", "label", "cue", "source"),
    [
        (
            "Comme le souligne le rapport, les délais ont doublé.",
            "attributed",
            "souligne",
            "le rapport",
        ),
        (
            "Le ministre a tenu à préciser que rien n'était décidé.",
            "attributed",
            "préciser",
            "Le ministre",
        ),
        (
            "Le gouvernement a fait savoir qu'il ne reculerait pas.",
            "attributed",
            "fait savoir",
            "Le gouvernement",
        ),
        ("« C'est inacceptable », s'insurge la députée.", "attributed", "s'insurge", "la députée"),
        (
            "Aux yeux de l'opposition, le budget est insincère.",
            "attributed",
            "Aux yeux de",
            "l'opposition",
        ),
        (
            "L'information a été confirmée par le parquet de Paris.",
            "attributed",
            "confirmée",
            "le parquet de Paris",
        ),
        (
            "Ces informations n'ont pas pu être confirmées de source indépendante.",
            "contested",
            "confirmées",
            None,
        ),
        (
            "Les deux ministres reconnurent que des erreurs avaient été commises.",
            "attributed",
            "reconnurent",
            "Les deux ministres",
        ),
        (
            "Ces hackers sont des professionnels, comme l'explique l'enseigne.",
            "attributed",
            "explique",
            "l'enseigne",
        ),
        (
            "M. Moreau avait qualifié le reportage de « fallacieux ».",
            "contested",
            "fallacieux",
            None,
        ),
        (
            "L'étude sur la toxicité des OGM a été rejetée hier par l'Autorité européenne.",
            "contested",
            "rejetée",
            None,
        ),
        ("L'épicentre se situerait au sud-est de la capitale.", "attributed", "se situerait", None),
        ("Il n'en est rien, assure le ministère.", "contested", "n'en est rien", "le ministère"),
        ("Le député n'a jamais tenu de tels propos.", "contested", "jamais tenu", None),
        (
            "Contrairement aux affirmations du maire, la piscine restera fermée.",
            "contested",
            "Contrairement aux affirmations",
            None,
        ),
        ("Aucune preuve ne vient étayer ces accusations.", "contested", "Aucune preuve", None),
        ("La police a infirmé ces informations dans la soirée.", "contested", "infirmé", None),
        (
            "\"Nous n'avons pas acheté de voix\", s'est défendu lundi un ancien adjoint.",
            "contested",
            "défendu",
            None,
        ),
        (
            "L'avionneur avait reconnu des dons mais nié tout lien avec les élections.",
            "contested",
            "mais nié",
            None,
        ),
        (
            "La France n'a encore pas confirmé la mort d'un de ses ressortissants.",
            "contested",
            "confirmé",
            None,
        ),
        (
            "Peu de temps après, on a fait croire que le ministère avait avancé la date.",
            "contested",
            "fait croire",
            None,
        ),
    ],
)
def test_periphrases_passives_and_literary_tenses(
    text: str, label: str, cue: str, source: str | None
) -> None:
    s = suggest(text)
    assert s.label == label, (s.rule, s.cue_text)
    assert (
        s.cue_text is not None
        and cue.replace("'", "’") in s.cue_text.replace("'", "’")
        or (cue in (s.cue_text or ""))
    )
    if source is not None:
        assert (
            s.source is not None
            and source.replace("'", "’") in s.source.replace("'", "’")
            or (source in (s.source or ""))
        )


# Look like a cue, are not one: each must stay asserted.
FALSE_FRIENDS = [
    "Le boxeur se vante souvent en conférence de presse.",  # a boast, nothing praised
    "La soirée a été une opération de communication réussie pour la marque.",  # no one judges
    "Le tronc de l'arbre est tronqué.",  # no figure cut
    "Le journal dresse le bilan de la saison.",  # no count given
    "Le chef présente le plat en trois services.",  # no "comme"
    "Le musée présente ses collections au public depuis 1920.",
    "Les photos du mariage étaient absurdes.",  # not deceptive: a taste
    "Le prévenu, jugé mardi à Nantes, encourt dix ans.",  # a trial's date, no judgement
    "Le club a recruté un attaquant et prolongé son gardien.",  # no denial after "et"
    "Le gouvernement a, par ailleurs, publié le décret.",  # no saying verb after the commas
    "Le ministre persiste et signe.",  # a stance, nothing said after it
    "Le maire émet des réserves sur le projet de tramway.",  # a stance on a plan
    "Le stade a été rénové, ce que les supporters apprécient.",  # liking, not saying
    "Le pont ne résiste pas aux crues de printemps.",  # a bridge, not an argument
    "Les résultats du club ne justifient pas un tel budget.",  # a club's results, no finding
    "Toutes nos opérations sont conformes à la réglementation européenne depuis 2019.",  # no quote
    "Il s'agit d'une escroquerie de grande ampleur qui a fait 300 victimes.",  # an offence
    "Une vidéo de l'interpellation montre pourtant un agent portant des coups.",  # blind103
    "Le chantier ne présente aucun danger pour les riverains.",  # the outlet's own statement
    "La hausse des prix pourrait s'expliquer par la sécheresse.",  # a trend, not evidence
    "Il faudra patienter avant de parler aux enfants.",  # no claim called premature
    "Les fonds ont été détournés au profit d'une société écran.",  # embezzled, not images
    "On nous parle souvent de ce festival avec émotion.",  # no contrary after it
    "Le projet contesté a finalement été adopté en conseil.",  # a project opposed, not a finding
    "Aucune église n'a été dégradée dans le département depuis 2019.",  # the outlet's count
    "Le règlement ne permet pas de conclure un contrat sans appel d'offres.",  # a contract
    "Il ne s'agit pas d'une première : en 2019, le club avait déjà été sanctionné.",  # a reminder
    "Ce n'est pas une preuve d'amour, chante-t-elle.",  # a song's line, no evidence dismissed
    "L'absence de symptômes n'est pas une preuve de guérison.",  # a caution, no claim
    "Le tribunal a jugé le 12 mai l'affaire que tout le monde attendait.",  # a relative
    "Le ministre a défendu le 3 mars la réforme que les syndicats rejettent.",  # a relative
    "Le tribunal a jugé l'affaire en appel.",  # a trial, nothing judged premature
    "Le sommet est difficile à atteindre en hiver.",  # a summit, no target judged
    "La flèche pointe le nord.",  # a direction, no fault pointed at
    "Le gouvernement corrige le tir.",  # an idiom, no figures corrected
    "Le professeur corrige les copies.",  # marking
    "Le conducteur a signalé sa présence en klaxonnant.",  # a signal, no report
    "C'est la fin d'une époque.",  # no study's finding
    "La commune compte 800 habitants.",  # a population, no party's count
    "Il a oublié ses clés.",  # forgetting, not an omission on purpose
    "La fermeture de l'usine a été annoncée mardi.",  # a closure, not called disguised
    "Les horaires ne correspondent pas à la demande.",  # a mismatch, no figures disputed
    "Le suspect n'a jamais été retrouvé.",  # a fact, no check of a claim
    "La ministre émet des réserves sur le projet.",  # a stance on a plan, nothing rejected
    "Une étude a donné la parole aux habitants.",  # a voice given, no result
    "Cette affaire relève du tribunal administratif.",  # falls under, not "notes"
    "Le match a été disputé sous la pluie.",  # played, not disputed
    "Pour Noël, les enfants reçoivent des cadeaux.",  # a day, not a party
    "Pour Michel Barnier, les prochaines semaines s'annoncent périlleuses.",  # about him
    "Le chauffeur s'est trompé de route.",  # a wrong turn, no claim
    "Cela a fait tort à sa réputation.",  # harm, not a claim judged wrong
    "Il comprendrait que vous refusiez.",  # would understand: no hearsay
    "Le ministère rapporte le nombre de grévistes à l'ensemble des personnels.",  # divides
    "Pour les enfants, l'entrée est gratuite.",  # who it is for, not whose view
    "Les secours n'ont trouvé aucune trace des disparus.",  # a search, no claim disputed
    "Le film relève de la science-fiction.",  # a genre, not a claim called fiction
    "Le gouvernement a retiré l'article 7 du projet de loi.",  # a bill's article
    "Le journal a retiré son correspondant de Moscou.",  # a reporter, not a finding
    "Le match oppose deux équipes invaincues.",  # a fixture, not evidence set against a claim
    "La maire s'oppose à une étude d'impact.",  # a stance, no claim disputed
    "Le lapin est sorti du chapeau du magicien.",  # a rabbit, not a figure
    "Un cerf sorti de nulle part a percuté la voiture.",
    "Un faux départ pour le coureur.",  # a sports term, unquoted: nothing called false
    "Le musée se présente comme un lieu de mémoire.",  # what it looks like, no one's claim
    "On ne peut pas vérifier chaque colis.",  # a limit of means, no claim left unverified
    "Les promesses du gouvernement n'ont pas été tenues.",  # promises broken, no words denied
    "Présenté mardi en compétition, « Emilia Pérez » a reçu une ovation.",  # a title, no words
    "Les voisins partagent la cour.",  # nothing read or judged is shared
    "Une version que le ministère ne conteste pas.",  # negated: nothing disputed
    "Un chiffre que personne ne conteste.",
    "La hausse des loyers relève de la spéculation immobilière.",  # the market's speculation
    "Le Parlement rejette le projet de loi.",  # a bill voted down, no claim disputed
    "Le sondage donne la parole aux habitants.",  # an idiom, no standings
    "Vous pouvez trouver des masques en pharmacie.",  # advice, not site furniture
    "Les candidats passeront selon l'ordre alphabétique.",  # a sequence, no source
    "C'est un métier qui n'existait pas il y a dix ans.",  # nothing advertised is denied
    "Une explication déjà avancée par d'autres sportifs.",  # blind27's gold: asserted
    "Le récif, revendiqué par les deux pays, est contrôlé par la Chine.",  # blind16's gold
    "Pour les enfants, la rentrée a lieu au contraire lundi.",  # for them, not in their view
    "Si la crise dure, le déficit atteindrait 6 %.",  # a hypothesis, not hearsay
    "Ce plan coûterait près d'un milliard d'euros.",  # the outlet's estimate (blind2)
    "La sous-estimation des coûts a conduit à l'échec du projet.",  # no one points it out
    "Les syndicats se montrent plus réservés sur le projet.",  # a stance, no claim doubted
    "Les Échos se montrent plus nuancés.",
    "Le dossier vide a été rangé dans l'armoire.",  # not a case called empty
    "Les analyses ne montrent pas de trace de poison.",  # a finding, no one answers
    "Le texte prévoit des épisodes de consultation.",  # a text provides, forecasts nothing
    "Il faut relativiser ses échecs.",  # played down, but no claim
    "Rien n'est décidé pour la suite du chantier.",  # the outlet's voice, not a denial
    "Le chef mélange les ingrédients.",
    "Depuis plusieurs jours, une rumeur circule.",  # no content: nothing attributed
    "Une vidéo tournée samedi montre un policier frappant un adolescent.",  # as in six sets
    "Si le train partait à l'heure, il arriverait deuxième.",  # a hypothesis
    "Une expertise a été demandée par son assureur.",  # a request, in the feminine too
    "Les négociations ont abouti à un accord.",  # not a study's finding
    "Le Conseil d'État a confirmé jeudi l'interdiction de l'acétamipride.",  # a ruling (R5)
    "Le juge administratif a rejeté la requête.",
    "Ce statut n'existe pas en droit français.",  # a fact of law, no claim denied
    "Le calendrier n'est pas encore établi.",
    "Il a appelé la police.",
    "Le maire, Patrick Bouchet, soutient les parents et a écrit au ministre.",  # no incise
    "Rien n'indique que la situation va s'améliorer.",  # "Rien" says nothing; a forecast
    "Les frais de port ne sont pas inclus dans le prix.",
    "Le club accuse le coup après cette défaite.",  # an idiom, no culprit
    "L'objectif est ambitieux mais atteignable.",
    "Pour la victime, les conséquences sont lourdes.",  # "as for", no name: no view
    "La prochaine édition aura lieu du 16 au 19 juillet 2027.",  # a finite verb: no caption
    "Son nom ne figure sur aucune liste électorale.",
    "Nos analyses n'ont révélé aucune trace de pesticide.",  # the outlet's own finding
    "L'avocat du maire a plaidé la relaxe.",  # the verdict asked for: a stance act (R5)
    "Brahim Chnina, le père de l'élève qui a menti, est condamné à 13 ans de prison.",
    "Le ministre sous-estime la colère des agriculteurs.",  # "estime" inside "sous-estime"
    "Il a cité l'exemple de la Suède.",
    "Personne ne remet en cause la crédibilité du témoin.",  # a dispute denied is none
    "Il avait promis de ne pas mentir.",
    "La cérémonie s'est tenue dans la cour des Invalides.",  # "nie" inside a word
    "Il a été profondément marqué par cette expérience.",  # "dément" inside a word
    "Un projet démentiel a été présenté au conseil municipal.",
    "Sans doute la décision la plus difficile de son mandat.",
    "Il ne fait aucun doute que la saison sera difficile.",
    "Selon toute vraisemblance, le match sera reporté.",
    "Les tarifs varient selon les régions.",
    "La reconstruction d'après-guerre a duré dix ans.",
    "Il aurait pu éviter l'accident s'il avait freiné plus tôt.",  # counterfactual
    "Le gouvernement aurait dû anticiper la crise.",
    "Ce prêt aurait permis de sauver l'entreprise.",
    "Ce serait une erreur de sous-estimer l'adversaire.",
    "Si la réforme était adoptée, elle serait appliquée dès 2025.",  # hypothetical
    "Un projet très contesté a été adopté.",  # participle as adjective
    "Le juge a condamné l'ancien maire à deux ans de prison.",  # "juge" is a noun here
    "Le texte prévoit une hausse de 5 % des salaires.",  # a plan, not a statement (R4f)
    "Cela montre que la réforme était nécessaire.",  # the outlet's own analysis
    "La police assure la sécurité du sommet.",  # assurer = ensure
    "Le Premier ministre a salué le travail des pompiers.",  # stance act (R5)
    "Le gouvernement promet de baisser les impôts.",  # promise = stance act
    "Le ministre a pris la parole devant le Sénat.",  # bare speech event
    "Le porte-parole du gouvernement était à Lyon mardi.",
    "Le patron n'a pas démenti.",  # no denial reported… and nothing attributed
    "Je ne vais pas démentir ce chiffre.",  # a negated denial
    "Il est impossible de nier que le climat change.",
    "Deux injections peuvent être nécessaires selon les antécédents vaccinaux.",  # a criterion
    "Cette affaire révèle des failles dans le contrôle sanitaire.",  # no speaker
    "Les semaines à venir s'annoncent difficiles pour le gouvernement.",  # pronominal
    "Michel Barnier n'a toujours pas annoncé son gouvernement.",  # negated, no content
    'Les personnes concernées recevront des "notifications de violation de données".',  # a term
    "Ils ne tiennent pas leurs engagements pris il y a dix jours.",
    "Le film signait son retour, après ses procès pour diffamation.",  # a lawsuit, not a dismissal
    "Le club a déclaré forfait pour le match de samedi.",  # not speech
    "La cour d'appel a confirmé la condamnation de l'ancien maire.",  # a ruling upheld
    "Les voisins ont prévenu les secours vers 23 heures.",
    "Pour la première fois, le club se qualifie pour la finale.",
    "Le maire a déploré la mort du soldat.",  # a stance act (R5)
    "Je n'ai jamais été aussi fier de cette équipe.",  # not a denial
    "Ces chiffres ne sont contestés par personne.",
    "Le calcul erroné a été corrigé dans la nuit.",
    "De premières images montraient des sauveteurs fouillant les décombres.",  # imparfait
    "Le tribunal a reconnu un licenciement abusif et condamné l'entreprise.",
    "Une situation ridicule a paralysé le trafic pendant deux heures.",  # not said of a claim
    "La lutte contre les fausses nouvelles est une priorité du gouvernement.",  # a topic
    "Facebook fait la chasse aux fake news depuis deux ans.",
    "L'origine des vins a été changée grâce à de faux documents électroniques.",  # forged
    "Ce vol aurait du atterrir quarante minutes plus tard.",  # dû misspelt: counterfactual
    "Les précédentes trêves n’avaient jamais tenu plus de quelques jours.",  # not "tenu ces propos"
    "Le ministère de l’Agriculture, lui, n’a pas répondu à nos sollicitations.",  # no incise
    "L’auteur de la vidéo, contacté via sa page, maintient son activité.",  # subject before
    "Un décor en trompe-l’œil orne la façade de la mairie.",  # the painter's term
    "Cela n’exclut pas de nouvelles hausses.",  # the outlet's own "cela"
    "Le projet de loi est débattu à l’Assemblée nationale.",  # a bill, not a disputed claim
    "L’autopsie n’a révélé aucune trace de violence.",  # a finding, not a quoted denial
    "Il n’y a pas de gare dans ce village.",
    "Le ministre est revenu sur sa décision.",  # a decision reversed, no claim retracted
    "Le sport ne ment pas.",
    "Le père de l’élève qui ment a été entendu.",
    "Les personnages ont été inventés par l’auteur du roman.",  # fiction, not a claim
    "« La Dernière Saison », le deuxième long-métrage de Julie Marchal, est de ceux-là.",  # a title
    "D’autres leviers existent.",  # a verb, not an interjection
    "Les initiants, soutenus par les associations, demandaient davantage de moyens.",  # no incise
    "Le ministre a visité l’usine, Renault « Flins »",  # a site's name, not words said
    "Le procès politique de l’opposant s’est ouvert lundi.",  # unquoted: the outlet's word
    "Le parquet n’a pas souhaité communiquer, invoquant le secret de l’enquête.",
    "Les loyers excessifs pèsent sur les jeunes ménages.",  # not said of a claim
    "Le chef de l’État n’a pas précisé comment elle serait financée.",  # an indirect question
    "La cour d’assises d’appel confirme la réclusion à perpétuité.",  # a ruling upheld
    "Il avait plaidé coupable en 2016.",  # a plea, no content
    "Le festival a accueilli une mascarade géante dans les rues de Venise.",
    "Le pont ne repose sur aucun pilier central.",  # no claim rests on it
    "Le texte remet en cause le calcul des pensions des fonctionnaires.",  # no claim
    "La piste cyclable sera rejetée plus loin vers la route départementale.",
    "Le coût de la reconstruction sera chiffré plus tard.",  # no figure
    "Le comité est sceptique.",  # doubt about nothing said
    "Personne ne met en cause sa bonne foi.",
    "Le gouvernement invoque le 49.3 pour faire passer le budget.",  # an official act
    "Le pont relie la ville à une île.",
    "Le dossier sera évalué à nouveau.",
    "Pour le moment, rien ne change.",
    "Les prix varient selon la saison.",  # a criterion, not a source
    "Les deux hommes ont parlé de football.",  # a topic
    "Il parle d'une seule voix avec le gouvernement.",
    "Le ministre a évoqué la question des retraites.",
    "Ils ont parlé des enfants.",
    "L'agent du joueur, Jorge Mendes, n'a pas répondu à nos questions.",  # no incise
    "La famille de Chloé, présente à chaque audience, n'a pas souhaité s'exprimer.",
    "Sans cette aide, l'usine aurait un avenir incertain.",  # a hypothesis
    "Ce vol aurait du atterrir une quarantaine de minutes plus tard.",
    "L'autopsie n'a pas été pratiquée.",
    "Le jury attribue le prix à une jeune réalisatrice.",  # a prize awarded
    "Un témoin à charge a été entendu.",
    "Le ministère rapporte le nombre de grévistes à l'ensemble des enseignants.",  # a ratio
    "La ville compte 30 000 habitants.",
    "Le texte prévoit une amende de 1 500 euros pour les contrevenants.",  # a text provides
    "Le syndicat rejette toute hausse du temps de travail.",  # a proposal refused, not a claim
    "Les opérations de vote se sont déroulées sans irrégularité.",
    # blind22's false alarm and its neighbours: a doer named by a passive, not a speaker
    "Le mouvement a été lancé par le SNCTA, qui réclame des recrutements.",
    "Le prévenu a été jugé par la cour d'assises du Rhône.",
    "L'équipe ne tient pas face à Lyon.",  # no claim that fails
    "Il se met en avant dans chaque réunion.",
    "Le jury attribue le prix au film de Jacques Audiard.",
    "Il a été jugé pour meurtre en 2019.",  # a trial, not a view
    "Il a été vu pour la dernière fois mardi soir.",
    "Le suspect a été vu par plusieurs témoins près de la gare.",
    "Le texte a été présenté par le ministre en conseil des ministres.",
    "Il s'est contenté d'un match nul à domicile.",  # no quoted answer
    "Elle ne parlera pas de sa vie privée lors du procès.",  # a refusal to speak, no claim
    "Le suspect a été libéré faute de preuves.",
    "Pelé est une légende du football.",
    "Les prix ont été gonflés par la crise de l'énergie.",  # no figure disputed
    "Le chiffre d'affaires a été multiplié par deux.",
    # a noun's participle with an infinitive is no speech
    "Le halo, qui regroupe les personnes souhaitant travailler, a progressé.",
    "Il s'agit plutôt d'une bonne nouvelle pour les commerçants.",  # the outlet's own view
    "Le Petit Prince reste une œuvre lue dans le monde entier.",
    "Le jury attribue à une jeune réalisatrice le prix du scénario.",
    # judged, raised, real: not of a claim (blind29)
    "Le projet suscite des inquiétudes chez les riverains.",
    "Rien ne permet de penser que la crise va s'arrêter.",
    "Le montant réel des travaux sera connu en juin.",
    "Les deux pays se renvoient leurs ambassadeurs.",
    "Le vent a faussé la trajectoire du ballon.",
    "Les données jugées sensibles ont été retirées du site.",
    # a correction's words elsewhere (blind30)
    "Le match pourrait aussi bien se jouer à Lyon.",
    "Ce succès ne doit rien au hasard.",
    "L'acharnement thérapeutique est interdit par la loi.",
    "Il s'agit d'un projet de 12 millions d'euros.",
    # seeing, and a quick analysis of data (blind31)
    "On y voit le détenu franchir calmement une porte restée ouverte.",
    "Une analyse rapide des données montre une hausse des ventes.",
    "Aucun blessé n'a été signalé.",
    # a state of emergency, a difference, a caution (blind32)
    "Le gouvernement a déclaré l'état d'urgence.",
    "Le discours est très différent de celui de 2019.",
    "Il faut se garder de toute conclusion hâtive.",
    # blame and ranking are no speech (blind34; blind11 labels "pointe du doigt" asserted)
    "Le sondage pointe la Bretagne en tête.",
    "C'est ce qui met en cause la sécurité du site.",
    # the outlet's analysis; a promise (blind35)
    "La hausse s'explique par la demande.",
    "Les prix ne seront en aucun cas augmentés.",
    # a verdict, a trial, a taste (blind36)
    "Il a été jugé coupable par la cour d'assises.",
    "Le joueur, jugé pour meurtre par la cour, a fait appel.",
    "Il n'y a pas de faute de goût dans ce film.",
    # a method, a prize, a forgery trial, what a video shows (blind168-blind172)
    "Pour dater les traits, les chercheurs ont mesuré l'âge de fines couches de calcite.",
    "Le jury a attribué le prix à une jeune réalisatrice.",
    "Il a été condamné pour fabrication de faux documents.",
    "La vidéo ne montre pas le visage du suspect.",
    "Les chercheurs ont découvert une nouvelle espèce de grenouille.",
    "Le CAC 40 accuse le coup.",
    "Il y a eu un malentendu entre les deux équipes.",
    "Accepter la défaite est difficile pour le club.",
    "Le calcul repose sur des hypothèses solides.",
    "Aucun bilan n'a été établi pour l'instant.",
    "Le jury a attribué une bourse à une jeune réalisatrice.",
    "Le court de tennis a été rénové.",
    "Le commerçant est poursuivi pour pratique commerciale trompeuse.",
    "Le joueur a été exclu du groupe pour la fin de saison.",
    "Les amendes des radars ont rapporté 873 millions d'euros en 2025.",
    "Il parle de son enfance à Brest.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_cues(text: str) -> None:
    s = suggest(text)
    assert s.label == "asserted", (s.rule, s.cue_text)


def test_a_pronoun_standing_for_the_dismissed_claim_is_no_party() -> None:
    """ "il" is the argument that does not hold, not who says so (stop 27's note)."""
    out = suggest_article(
        [
            "Sommeil des adolescents : ce que dit notre étude",
            "Selon notre étude, les jeunes dorment moins.",
            "C'est un argument souvent avancé, mais il ne résiste pas à l'examen des chiffres.",
        ]
    )
    assert (out[2].label, out[2].source) == ("contested", None)


def test_contested_wins_over_attributed() -> None:
    text = (
        "Selon la Corée du Sud, la Corée du Nord a fourni des obus à la Russie, ce que les "
        "dirigeants de Pyongyang nient."
    )
    s = suggest(text)
    assert s.label == "contested"
    assert s.source == "les dirigeants de Pyongyang"  # the party that disputes (R10)


def test_page_furniture_wins_over_cues() -> None:
    assert suggest("A lire aussi : Poutine a déclaré que la guerre durera").label == "not_a_claim"
    assert suggest("Il a déclaré que tout allait bien.", boilerplate=True).label == "not_a_claim"


def test_a_quotation_carries_over_sentences_and_takes_its_speaker() -> None:
    texts = [
        "Le sommet s'est achevé mardi.",
        "«Le traité signé aujourd'hui prévoit une assistance mutuelle.",
        "Aujourd'hui, nous luttons ensemble contre les pratiques hégémoniques.",
        "Nos pays continueront de se soutenir», a renchéri Vladimir Poutine.",
        "Les deux dirigeants ont ensuite déjeuné ensemble.",
    ]
    out = suggest_article(texts, title="Sommet")
    assert [s.label for s in out] == [
        "asserted",
        "attributed",
        "attributed",
        "attributed",
        "asserted",
    ]
    assert out[2].rule == "inside_quotation"
    assert [s.source for s in out[1:4]] == ["Vladimir Poutine"] * 3


def test_pronoun_source_names_the_last_speaker() -> None:
    out = suggest_article(
        [
            "Kim Jong-un a déclaré que la Corée du Nord soutiendrait Moscou.",
            "Le pays ne reculera pas, a-t-il ajouté.",
        ],
        title="Titre",
    )
    assert out[1].source == "il (Kim Jong-un)"


def test_verbless_headline_is_asserted_but_a_section_heading_is_not() -> None:
    out = suggest_article(
        ["La Corée du Nord en soutien à la Russie", "Le pacte a été signé.", "Pacte de défense"]
    )
    assert [s.label for s in out] == ["asserted", "asserted", "not_a_claim"]


def test_a_headline_in_the_conditional_is_hearsay_but_not_a_prediction() -> None:
    s = suggest("Santé : boire trois cafés par jour réduirait le risque cardiaque", headline=True)
    assert (s.label, s.rule, s.cue_text) == ("attributed", "journalistic_conditional", "réduirait")
    for text in (
        "La BCE pourrait baisser ses taux en décembre",  # a prediction (R5)
        "Le président devrait annoncer un remaniement",
        "Le film montrait la guerre telle qu’elle était",  # an imperfect
    ):
        assert suggest(text, headline=True).label == "asserted", text


INTERVIEW = [
    "« Les canicules de 2050 seront notre été ordinaire » : entretien avec la climatologue "
    "Anne Véron",
    "Propos recueillis par Julien Marchand",
    "La climatologue Anne Véron publie ce jeudi un rapport sur les vagues de chaleur.",
    "Votre rapport annonce des étés plus chauds.",
    "Que faut-il en retenir ?",
    "Le message principal est simple.",
    "Les modèles sont unanimes sur ce point.",
    "Les villes sont-elles prêtes ?",
    "Non.",
    "La plupart n’ont pas commencé à adapter leurs bâtiments.",
    "Qu’attendez-vous du gouvernement ?",
    "Un plan d’adaptation digne de ce nom, avec des moyens.",
]
INTERVIEW_PARAGRAPHS = [0, 1, 2, 3, 3, 4, 4, 5, 6, 6, 7, 8]


def test_wondering_is_no_doubt_about_a_claim() -> None:
    s = suggest("Les élèves s’interrogent sur la suite de leurs études.")
    assert (s.label, s.rule) == ("attributed", "reporting_with_content")  # an attitude (R4a)


def test_a_works_title_in_quotes_is_no_quotation() -> None:
    s = suggest(
        "« La Dernière Saison » : un drame rural porté par une Sandrine Bonnaire magistrale",
        headline=True,
    )
    assert s.label == "asserted", (s.rule, s.cue_text)


def test_an_interviews_answers_are_the_interviewees_words() -> None:
    out = suggest_article(INTERVIEW, paragraphs=INTERVIEW_PARAGRAPHS)
    labels = [s.label for s in out]
    assert labels[2] == "asserted"  # the introduction, before the first question
    assert labels[3] == "attributed"  # the interviewer's framing says what the report says…
    assert out[3].rule != "interview_answer"  # …by its verb: it is no answer
    assert [labels[i] for i in (4, 7, 10)] == ["not_a_claim"] * 3  # the questions
    for i in (5, 6, 8, 9, 11):  # the answers, "Non." included
        assert (out[i].label, out[i].rule, out[i].source) == (
            "attributed",
            "interview_answer",
            "Anne Véron",
        ), INTERVIEW[i]


def test_an_interviewee_named_in_the_standfirst_answers_no() -> None:
    """The interviewee named by the standfirst only ("Économiste à l'OFCE, Paul Leroy
    publie…"), and an answer that opens on "Non," answers the question before it: no
    fact-check's verdict (found on blind152)."""
    texts = [
        "« La hausse des loyers n'est pas une fatalité »",
        "Économiste à l'OFCE, Paul Leroy publie un livre sur le logement.",
        "Les loyers vont-ils encore monter ?",
        "Oui, au moins jusqu'en 2027.",
        "Le gel des loyers est-il la solution ?",
        "Non, et les villes qui l'ont essayé l'ont vite abandonné.",
        "Propos recueillis par Anne Morel",
    ]
    out = suggest_article(texts, paragraphs=list(range(len(texts))))
    for i in (3, 5):
        assert (out[i].label, out[i].rule, out[i].source) == (
            "attributed",
            "interview_answer",
            "Paul Leroy",
        ), texts[i]


def test_a_sentence_in_the_questions_paragraph_is_the_interviewers() -> None:
    texts = [*INTERVIEW[:3], "Le texte circule depuis mardi.", *INTERVIEW[3:]]
    paragraphs = [*INTERVIEW_PARAGRAPHS[:3], 3, *INTERVIEW_PARAGRAPHS[3:]]
    out = suggest_article(texts, paragraphs=paragraphs)
    assert (out[3].label, out[3].rule) == ("asserted", "no_cue")
    # without paragraphs, each sentence is its own: the same sentence after an answer is
    # taken for the answer's
    texts = [*INTERVIEW[:6], "Le texte circule depuis mardi.", *INTERVIEW[6:]]
    assert suggest_article(texts)[6].rule == "interview_answer"


def test_questions_to_the_reader_are_no_interview() -> None:
    """A service article asks its reader ("Êtes-vous concerné ?") and answers in its own
    voice; it says nowhere that it is an interview."""
    texts = [
        "Chèque énergie : qui va le recevoir ?",
        "Êtes-vous concerné par le chèque énergie ?",
        "Les foyers dont le revenu fiscal est inférieur à 11 000 euros le recevront.",
        "Quand allez-vous le recevoir ?",
        "L’envoi commencera le 2 avril.",
    ]
    out = suggest_article(texts)
    assert [s.label for s in out[1:]] == ["not_a_claim", "asserted", "not_a_claim", "asserted"]


IMPERSONAL_INTERVIEW = [
    "« Les chiffres ne disent pas tout » : entretien avec le sociologue Marc Lenoir",
    "Le ministère a publié jeudi son bilan de la délinquance.",
    "Ce bilan est-il une bonne nouvelle ?",
    "En partie.",
    "Les cambriolages reculent nettement, c'est indéniable.",
    "Le ministre attribue cette baisse aux recrutements.",
    "Est-ce convaincant ?",
    "C'est une explication un peu rapide.",
    "La baisse avait commencé bien avant les recrutements.",
    "Propos recueillis par Claire Dumas",
]


def test_an_interview_whose_questions_address_no_one() -> None:
    """ "Ce bilan est-il une bonne nouvelle ?": no "vous", but the article names its
    interviewee; the answers are theirs, and a dispute in them is theirs too (blind31)."""
    out = suggest_article(IMPERSONAL_INTERVIEW, paragraphs=[0, 1, 2, 3, 3, 4, 4, 5, 5, 6])
    for i in (3, 4, 8):
        assert (out[i].label, out[i].rule, out[i].source) == (
            "attributed",
            "interview_answer",
            "Marc Lenoir",
        ), IMPERSONAL_INTERVIEW[i]
    assert (out[5].label, out[5].rule) == ("attributed", "reporting_with_content")
    assert (out[7].label, out[7].source) == ("contested", "Marc Lenoir")


def test_an_interview_copied_without_blank_lines() -> None:
    """Questions and answers one per line, all in one paragraph (blind44): a question
    inside a paragraph splits it, so the answers after each question are still the
    interviewee's, and the framing before the first question is the interviewer's."""
    out = suggest_article(IMPERSONAL_INTERVIEW, paragraphs=[0, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    assert (out[1].label, out[1].rule) == ("asserted", "no_cue")
    for i in (3, 4, 8):
        assert (out[i].label, out[i].rule, out[i].source) == (
            "attributed",
            "interview_answer",
            "Marc Lenoir",
        ), IMPERSONAL_INTERVIEW[i]
    assert [out[i].label for i in (2, 6)] == ["not_a_claim", "not_a_claim"]


def test_an_announced_interview_with_one_question_and_statements_to_the_interviewee() -> None:
    """An interview announced in its headline ("entretien avec le président de la FNSEA")
    may ask one question and put the others as statements (blind56): one question is then
    enough, and a paragraph opened by a statement to the interviewee ("vous accusent") is the
    interviewer's, the rest of it the answer."""
    texts = [
        "« Les agriculteurs ne sont pas des pollueurs » : entretien avec le président de la FNSEA",
        "Propos recueillis par Julie Martin",
        "Vous réclamez une pause dans les normes environnementales.",
        "Pourquoi maintenant ?",
        "Parce que nos exploitations n'en peuvent plus.",
        "Les associations écologistes vous accusent de freiner la réduction des pesticides.",
        "C'est faux.",
        "Les ventes de produits phytosanitaires ont baissé de 20 % en dix ans.",
    ]
    out = suggest_article(texts, paragraphs=[0, 1, 2, 2, 2, 3, 3, 3])
    assert out[2].label == "asserted"  # the interviewer's framing
    for i in (4, 7):
        assert (out[i].label, out[i].rule, out[i].source) == (
            "attributed",
            "interview_answer",
            "le président de la FNSEA",
        ), texts[i]
    assert (out[5].label, out[5].source) == ("attributed", "Les associations écologistes")
    assert (out[6].label, out[6].source) == ("contested", "le président de la FNSEA")


def test_an_interview_mentioned_in_a_news_story_needs_two_questions() -> None:
    """ "dans un entretien avec Le Figaro" in a news story is no interview: one rhetorical
    question does not turn the story into answers."""
    texts = [
        "Le ministre défend sa réforme dans un entretien avec Le Figaro",
        "Le ministre a défendu sa réforme des retraites.",
        "Faut-il s'en étonner ?",
        "La réforme entre en vigueur en janvier.",
    ]
    out = suggest_article(texts, paragraphs=[0, 1, 1, 1])
    assert (out[3].label, out[3].rule) == ("asserted", "no_cue")


def test_an_interview_laid_out_as_dashed_questions_and_answers() -> None:
    """Questions and answers each opened by a dash, no "vous", no "entretien" (blind179): the
    answers, and the sentences that go on with them, are the interviewee's (named in the
    standfirst), and so is the quoted headline."""
    texts = [
        "« Les cantines bio coûtent moins cher qu'on ne le croit »",
        "Élue à Mouans-Sartoux, Laure Fabre défend une restauration scolaire biologique.",
        "– Le bio n'est-il pas réservé aux communes riches ?",
        "– C'est une idée reçue.",
        "Nous avons compensé le surcoût en réduisant le gaspillage de 80 %.",
        "– Les producteurs locaux suivent-ils ?",
        "– Pas encore assez.",
        "Nous avons dû créer une régie agricole municipale.",
    ]
    out = suggest_article(texts, paragraphs=[0, 1, 2, 3, 3, 4, 5, 5])
    assert [s.label for s in out] == [
        "attributed",
        "asserted",
        "not_a_claim",
        "contested",
        "attributed",
        "not_a_claim",
        "attributed",
        "attributed",
    ]
    assert {out[i].source for i in (0, 3, 4, 6, 7)} == {"Laure Fabre"}


def test_one_dashed_question_in_a_report_is_no_interview() -> None:
    texts = [
        "Procès de l'incendie : le pompier témoigne",
        "Le lieutenant a décrit une cage d'escalier envahie par la fumée.",
        "– Les détecteurs fonctionnaient-ils ? lui a demandé la présidente.",
        "– Je n'en ai entendu aucun.",
        "L'audience reprend lundi.",
    ]
    out = suggest_article(texts)
    assert out[4].label == "asserted"


def test_a_title_of_two_sentences_is_the_headline_twice() -> None:
    """The import's title ("Une molécule contre Alzheimer ? Des résultats prometteurs mais
    encore fragiles") is segmented in two: the second part is the headline's claim (R2), not a
    section heading (blind204)."""
    title = "Une molécule contre Alzheimer ? Des résultats prometteurs mais encore fragiles"
    texts = [
        "Une molécule contre Alzheimer ?",
        "Des résultats prometteurs mais encore fragiles",
        "Une équipe du CNRS annonce avoir ralenti la perte de mémoire chez des souris.",
    ]
    out = suggest_article(texts, title=title)
    assert [(s.label, s.rule) for s in out[:2]] == [
        ("not_a_claim", "question"),
        ("asserted", "headline"),
    ]


def test_questions_without_an_interviewee_are_no_interview() -> None:
    """A service article about a boiler's "entretien" asks questions of no one and answers
    them in its own voice."""
    texts = [
        "Chaudière : faut-il faire l'entretien chaque année ?",
        "L'entretien de la chaudière est-il obligatoire ?",
        "Il est obligatoire une fois par an pour les chaudières au gaz.",
        "Combien coûte-t-il ?",
        "Il faut compter entre 100 et 150 euros.",
    ]
    out = suggest_article(texts)
    assert [s.label for s in out[1:]] == ["not_a_claim", "asserted", "not_a_claim", "asserted"]


def test_fragment_continues_the_reported_content() -> None:
    out = suggest_article(
        [
            "D'après le Renseignement américain, Kim aurait livré 10 000 containers.",
            "En priorité des obus d'artillerie et des missiles balistiques.",
        ],
        title="Titre",
    )
    assert out[1].label == "attributed"
    assert out[1].source == out[0].source == "le Renseignement américain"


# ---------------------------------------------------------------- the scores


def test_macro_f1_floor_on_the_seed_gold() -> None:
    gold = read_gold(DATA / "seed_gold.jsonl")
    evaluation = evaluate(zip(gold, suggest_gold(gold), strict=True))
    assert evaluation.sentences == 106
    assert evaluation.macro_f1 >= 0.95
    assert evaluation.kappa is not None and evaluation.kappa >= 0.9


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("heldout_gold.jsonl", 0.9),
        ("blind_gold.jsonl", 0.85),
        ("blind2_gold.jsonl", 0.8),
        ("blind3_gold.jsonl", 0.75),
        ("blind4_gold.jsonl", 0.8),
        ("blind5_gold.jsonl", 0.85),
        ("blind6_gold.jsonl", 0.85),
        ("blind7_gold.jsonl", 0.8),
        ("blind8_gold.jsonl", 0.85),
        ("blind9_gold.jsonl", 0.85),
        ("blind10_gold.jsonl", 0.85),
        ("blind11_gold.jsonl", 0.85),
        ("blind12_gold.jsonl", 0.8),
        ("blind13_gold.jsonl", 0.85),
        ("blind14_gold.jsonl", 0.85),
        ("blind15_gold.jsonl", 0.85),
        ("blind16_gold.jsonl", 0.85),
        ("blind17_gold.jsonl", 0.85),
        ("blind18_gold.jsonl", 0.85),
        ("blind19_gold.jsonl", 0.85),
        ("blind20_gold.jsonl", 0.85),
        ("blind21_gold.jsonl", 0.85),
        ("blind22_gold.jsonl", 0.85),
        ("blind23_gold.jsonl", 0.85),
        ("blind24_gold.jsonl", 0.85),
        ("blind25_gold.jsonl", 0.85),
        ("blind26_gold.jsonl", 0.85),
        ("blind27_gold.jsonl", 0.85),
        ("blind28_gold.jsonl", 0.85),
        ("blind29_gold.jsonl", 0.85),
        ("blind30_gold.jsonl", 0.85),
        ("blind31_gold.jsonl", 0.85),
        ("blind32_gold.jsonl", 0.85),
        ("blind33_gold.jsonl", 0.85),
        ("blind34_gold.jsonl", 0.85),
        ("blind35_gold.jsonl", 0.85),
        ("blind36_gold.jsonl", 0.85),
        ("blind37_gold.jsonl", 0.85),
        ("blind38_gold.jsonl", 0.85),
        ("blind39_gold.jsonl", 0.6),
        ("blind40_gold.jsonl", 0.9),
        ("blind41_gold.jsonl", 0.9),
        ("blind42_gold.jsonl", 0.9),
        ("blind43_gold.jsonl", 0.9),
        ("blind44_gold.jsonl", 0.9),
        ("blind45_gold.jsonl", 0.9),
        ("blind46_gold.jsonl", 0.9),
        ("blind47_gold.jsonl", 0.95),
        ("blind48_gold.jsonl", 0.95),
        ("blind49_gold.jsonl", 0.95),
        ("blind50_gold.jsonl", 0.9),
        ("blind51_gold.jsonl", 0.95),
        ("blind52_gold.jsonl", 0.95),
        ("blind53_gold.jsonl", 0.9),
        ("blind54_gold.jsonl", 0.95),
        ("blind55_gold.jsonl", 0.95),
        ("blind56_gold.jsonl", 0.9),
        ("blind57_gold.jsonl", 0.95),
        ("blind58_gold.jsonl", 0.95),
        ("blind59_gold.jsonl", 0.95),
        ("blind60_gold.jsonl", 0.95),
        ("blind61_gold.jsonl", 0.8),
        ("blind62_gold.jsonl", 0.95),
        ("blind63_gold.jsonl", 0.95),
        ("blind64_gold.jsonl", 0.85),
        ("blind65_gold.jsonl", 0.95),
        ("blind66_gold.jsonl", 0.95),
        ("blind67_gold.jsonl", 0.95),
        ("blind68_gold.jsonl", 0.95),
        ("blind69_gold.jsonl", 0.95),
        ("blind70_gold.jsonl", 0.95),
        ("blind71_gold.jsonl", 0.95),
        ("blind72_gold.jsonl", 0.9),
        ("blind73_gold.jsonl", 0.95),
        ("blind74_gold.jsonl", 0.95),
        ("blind75_gold.jsonl", 0.95),
        ("blind76_gold.jsonl", 0.95),
        ("blind77_gold.jsonl", 0.95),
        ("blind78_gold.jsonl", 0.95),
        ("blind79_gold.jsonl", 0.95),
        ("blind80_gold.jsonl", 0.95),
        ("blind81_gold.jsonl", 0.9),
        ("blind82_gold.jsonl", 0.9),
        ("blind83_gold.jsonl", 0.95),
        ("blind84_gold.jsonl", 0.95),
        ("blind85_gold.jsonl", 0.85),
        ("blind86_gold.jsonl", 0.95),
        ("blind87_gold.jsonl", 0.95),
        ("blind88_gold.jsonl", 0.95),
        ("blind89_gold.jsonl", 0.95),
        ("blind90_gold.jsonl", 0.95),
        ("blind91_gold.jsonl", 0.8),
        ("blind92_gold.jsonl", 0.9),
        ("blind93_gold.jsonl", 0.9),
        ("blind94_gold.jsonl", 0.9),
        ("blind95_gold.jsonl", 0.9),
        ("blind96_gold.jsonl", 0.9),
        ("blind97_gold.jsonl", 0.9),
        ("blind98_gold.jsonl", 0.9),
        ("blind99_gold.jsonl", 0.85),
        ("blind100_gold.jsonl", 0.9),
        ("blind101_gold.jsonl", 0.85),
        ("blind102_gold.jsonl", 0.9),
        ("blind103_gold.jsonl", 0.9),
        ("blind104_gold.jsonl", 0.9),
        ("blind105_gold.jsonl", 0.9),
        ("blind106_gold.jsonl", 0.85),
        ("blind107_gold.jsonl", 0.9),
        ("blind108_gold.jsonl", 0.9),
        ("blind109_gold.jsonl", 0.9),
        ("blind110_gold.jsonl", 0.9),
        ("blind111_gold.jsonl", 0.9),
        ("blind112_gold.jsonl", 0.9),
        ("blind113_gold.jsonl", 0.9),
        ("blind114_gold.jsonl", 0.9),
        ("blind115_gold.jsonl", 0.9),
        ("blind116_gold.jsonl", 0.9),
        ("blind117_gold.jsonl", 0.9),
        ("blind118_gold.jsonl", 0.70),
        ("blind119_gold.jsonl", 0.90),
        ("blind120_gold.jsonl", 0.80),
        ("blind121_gold.jsonl", 0.95),
        ("blind122_gold.jsonl", 0.80),
        ("blind123_gold.jsonl", 0.75),
        ("blind124_gold.jsonl", 0.70),
        ("blind125_gold.jsonl", 0.85),
        ("blind126_gold.jsonl", 0.75),
        ("blind127_gold.jsonl", 0.60),
        ("blind128_gold.jsonl", 0.85),
        ("blind129_gold.jsonl", 0.85),
        ("blind130_gold.jsonl", 0.75),
        ("blind131_gold.jsonl", 0.85),
        ("blind132_gold.jsonl", 0.65),
        ("blind133_gold.jsonl", 0.90),
        ("blind134_gold.jsonl", 0.75),
        ("blind135_gold.jsonl", 0.95),
        ("blind136_gold.jsonl", 0.95),
        ("blind137_gold.jsonl", 0.95),
        ("blind138_gold.jsonl", 0.85),
        ("blind139_gold.jsonl", 0.85),
        ("blind140_gold.jsonl", 0.70),
        ("blind141_gold.jsonl", 0.80),
        ("blind142_gold.jsonl", 0.75),
        ("blind143_gold.jsonl", 0.95),
        ("blind144_gold.jsonl", 0.95),
        ("blind145_gold.jsonl", 0.65),
        ("blind146_gold.jsonl", 0.95),
        ("blind147_gold.jsonl", 0.80),
        ("blind148_gold.jsonl", 0.85),
        ("blind149_gold.jsonl", 0.80),
        ("blind150_gold.jsonl", 0.85),
        ("blind151_gold.jsonl", 0.80),
        ("blind152_gold.jsonl", 0.65),
        ("blind153_gold.jsonl", 0.55),
        ("blind154_gold.jsonl", 0.85),
        ("blind155_gold.jsonl", 0.85),
        ("blind156_gold.jsonl", 0.85),
        ("blind157_gold.jsonl", 0.85),
        ("blind158_gold.jsonl", 0.80),
        ("blind159_gold.jsonl", 0.80),
        ("blind160_gold.jsonl", 0.70),
        ("blind161_gold.jsonl", 0.85),
        ("blind162_gold.jsonl", 0.80),
        ("blind163_gold.jsonl", 0.85),
        ("blind164_gold.jsonl", 0.55),
        ("blind165_gold.jsonl", 0.85),
        ("blind166_gold.jsonl", 0.80),
        ("blind167_gold.jsonl", 0.85),
        ("blind168_gold.jsonl", 0.70),
        ("blind169_gold.jsonl", 0.85),
        ("blind170_gold.jsonl", 0.55),
        ("blind171_gold.jsonl", 0.55),
        ("blind172_gold.jsonl", 0.85),
        ("blind173_gold.jsonl", 0.80),
        ("blind174_gold.jsonl", 0.90),
        ("blind175_gold.jsonl", 0.85),
        ("blind176_gold.jsonl", 0.55),
        ("blind177_gold.jsonl", 0.80),
        ("blind178_gold.jsonl", 0.80),
        ("blind179_gold.jsonl", 0.55),
        ("blind180_gold.jsonl", 0.60),
        ("blind181_gold.jsonl", 0.70),
        ("blind182_gold.jsonl", 0.60),
        ("blind183_gold.jsonl", 0.90),
        ("blind184_gold.jsonl", 0.90),
        ("blind185_gold.jsonl", 0.80),
        ("blind186_gold.jsonl", 0.90),
        ("blind187_gold.jsonl", 0.90),
        ("blind188_gold.jsonl", 0.50),
        ("blind189_gold.jsonl", 0.85),
        ("blind190_gold.jsonl", 0.60),
        ("blind191_gold.jsonl", 0.90),
        ("blind192_gold.jsonl", 0.75),
        ("blind193_gold.jsonl", 0.85),
        ("blind194_gold.jsonl", 0.75),
        ("blind195_gold.jsonl", 0.65),
        ("blind196_gold.jsonl", 0.90),
        ("blind197_gold.jsonl", 0.90),
        ("blind198_gold.jsonl", 0.90),
        ("blind199_gold.jsonl", 0.90),
        ("blind200_gold.jsonl", 0.90),
        ("blind201_gold.jsonl", 0.60),
        ("blind202_gold.jsonl", 0.55),
        ("blind203_gold.jsonl", 0.85),
        ("blind204_gold.jsonl", 0.70),
        ("blind205_gold.jsonl", 0.85),
        ("blind206_gold.jsonl", 0.85),
        ("blind207_gold.jsonl", 0.90),
        ("blind208_gold.jsonl", 0.70),
        ("blind209_gold.jsonl", 0.50),
        ("blind210_gold.jsonl", 0.70),
        ("blind211_gold.jsonl", 0.60),
        ("blind212_gold.jsonl", 0.90),
        ("blind213_gold.jsonl", 0.60),
        ("blind214_gold.jsonl", 0.90),
        ("blind215_gold.jsonl", 0.90),
        ("blind216_gold.jsonl", 0.90),
        ("blind217_gold.jsonl", 0.90),
        ("blind218_gold.jsonl", 0.90),
        ("blind219_gold.jsonl", 0.50),
        ("blind220_gold.jsonl", 0.90),
        ("blind221_gold.jsonl", 0.45),
        ("blind222_gold.jsonl", 0.90),
        ("blind223_gold.jsonl", 0.55),
        ("blind224_gold.jsonl", 0.60),
        ("blind225_gold.jsonl", 0.80),
        ("blind226_gold.jsonl", 0.80),
        ("blind227_gold.jsonl", 0.25),
    ],
)
def test_macro_f1_floor_on_other_news(name: str, floor: float) -> None:
    """Floors under what is measured now (97, 94, 89, 83, 89, 96, 89, 90, 93, 97, 100, 100, 88, 96,
    91, 96, 97, 100, 100, 100, 95, 95 %,
    bench/README.md): a guard against a rule that breaks on news outside the sample
    articles."""
    gold = read_gold(DATA / name)
    evaluation = evaluate(zip(gold, suggest_gold(gold), strict=True))
    assert evaluation.macro_f1 >= floor


def test_no_pattern_holds_a_formatted_quantifier() -> None:
    """A quantifier written "{0,6}" inside an rf-string is formatted into "(0, 6)": the
    regex still compiles and silently matches something else. None may hold one."""
    import annotator.suggest.patterns as patterns

    for name, value in vars(patterns).items():
        regex = getattr(value, "pattern", None)
        text = getattr(regex, "pattern", regex)
        if isinstance(text, str):
            assert not re.search(r"\(\d+, \d+\)", text), name


def test_cue_and_source_matching() -> None:
    assert cue_match("D’après … aurait livré", "D'après … aurait livré") == (True, True)
    assert cue_match("a souligné", "a souligné que") == (False, True)
    assert cue_match("« … »", "« »") == (True, True)
    assert cue_match(None, "a déclaré") == (False, False)
    assert source_match("il (Poutine)", "il (le président)") == (True, True)
    assert source_match("le président russe Vladimir Poutine", "Poutine") == (False, True)
    assert source_match("Kim", "Séoul") == (False, False)


def test_evaluation_counts_each_label() -> None:
    gold = read_gold(DATA / "seed_gold.jsonl")[:20]
    evaluation = evaluate(zip(gold, suggest_gold(gold), strict=True))
    assert sum(s.support for s in evaluation.labels) == 20
    assert sum(s.predicted for s in evaluation.labels) == 20
    assert sum(sum(row.values()) for row in evaluation.confusion.values()) == 20


def test_accuracy_floor_on_hard_constructions() -> None:
    """`constructs.jsonl`: 250 sentences written by a reviewer to break the rules (passé
    simple, periphrases, false friends, idioms, page furniture), each alone. 50 % right when
    written, 93 % after the general fixes it led to; the floor guards those fixes."""
    cases = [json.loads(line) for line in (DATA / "constructs.jsonl").read_text().splitlines()]
    right = sum(
        suggest(c["text"], headline=c["construct"].startswith("headline")).label == c["label"]
        for c in cases
    )
    assert len(cases) == 250
    assert right / len(cases) >= 0.88
