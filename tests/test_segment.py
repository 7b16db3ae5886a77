"""Sentence segmentation: gold spans on the seed articles and on unseen news, every French
phenomenon the segmenter must handle, and the never-drop-text invariant."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.ingest.segment import Span, segment

DATA = Path(__file__).resolve().parent / "data"
BULLET_MARKERS = "•●▪■►*-+"


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in segment(text)]


def seed_gold() -> dict[str, list[tuple[int, int]]]:
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with open(DATA / "seed_gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold[row["file"]].append((row["start"], row["end"]))
    return gold


def unseen_gold() -> list[dict]:
    with open(DATA / "unseen_segments.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_seed(name: str) -> str:
    # Offsets in seed_gold.jsonl index the file as Python reads it: UTF-8, no BOM, "\n" only.
    with open(DATA / "seeds" / name, encoding="utf-8") as fh:
        return fh.read()


def assert_invariants(text: str, spans: list[Span]) -> None:
    position = 0
    covered = []
    for span in spans:
        assert position <= span.start < span.end <= len(text), span
        assert not text[position : span.start].strip(), "non-space text between spans"
        piece = text[span.start : span.end]
        assert piece == piece.strip(), "span starts or ends on whitespace"
        covered.append(piece)
        position = span.end
    assert not text[position:].strip(), "non-space text after the last span"
    paragraphs = [span.paragraph for span in spans]
    assert paragraphs == sorted(paragraphs)
    assert all(b - a <= 1 for a, b in zip(paragraphs, paragraphs[1:], strict=False))
    if spans:
        assert spans[0].paragraph == 0
    assert "".join("".join(c.split()) for c in covered) == "".join(text.split())


# --- gold -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(seed_gold()))
def test_seed_article_matches_gold_spans(name: str) -> None:
    text = read_seed(name)
    expected = seed_gold()[name]
    spans = segment(text)
    assert_invariants(text, spans)
    assert len(spans) == len(expected)
    for span, (start, end) in zip(spans, expected, strict=True):
        assert span.end == end, text[start:end]
        # The gold leaves bullet markers out of the sentence; we keep them (never drop text).
        assert span.start == start or text[span.start : start].strip() in BULLET_MARKERS


def test_seed_bullets_keep_their_marker_inside_the_span() -> None:
    text = read_seed("002_05d4d21a9a0ba789.txt")
    bullets = [s for s in sentences(text) if s.startswith("•")]
    assert len(bullets) == 4
    assert bullets[0].startswith("• Le dirigeant nord-coréen Kim Jong-un a promis")


def test_seed_paragraphs_are_blank_line_blocks() -> None:
    text = read_seed("000_48e862b3c5e8f23b.txt")
    spans = segment(text)
    assert [s.paragraph for s in spans[:5]] == [0, 1, 2, 3, 4]
    assert spans[4].paragraph == spans[5].paragraph == 4  # two sentences, one paragraph
    one_block = segment(read_seed("001_cb27f39840394a01.txt"))  # no blank lines at all
    assert {s.paragraph for s in one_block} == {0}


@pytest.mark.parametrize("item", unseen_gold(), ids=lambda item: item["id"])
def test_unseen_news_matches_gold(item: dict) -> None:
    text = item["text"]
    spans = segment(text)
    assert_invariants(text, spans)
    got = [text[s.start : s.end] for s in spans]
    assert got == [text[start:end] for start, end in item["spans"]]


# --- phenomena ------------------------------------------------------------------------------

CASES: dict[str, tuple[str, list[str]]] = {
    "M. and MM.": (
        "M. Macron a reçu MM. Dupont et Durand. Mme Borne était absente.",
        ["M. Macron a reçu MM. Dupont et Durand.", "Mme Borne était absente."],
    ),
    "J.-C. mid-sentence and at the end": (
        "Il est né vers 100 av. J.-C. à Rome. César est mort en 44 av. J.-C. Les Romains "
        "l'ont pleuré.",
        [
            "Il est né vers 100 av. J.-C. à Rome.",
            "César est mort en 44 av. J.-C.",
            "Les Romains l'ont pleuré.",
        ],
    ),
    "P.-D.G. before a name and at the end": (
        "Le P.-D.G. Carlos Ghosn a démissionné. Il était P.-D.G. Le lendemain, il partait.",
        ["Le P.-D.G. Carlos Ghosn a démissionné.", "Il était P.-D.G.", "Le lendemain, il partait."],
    ),
    "janv. before a year": (
        "Le 3 janv. 2024, le texte a été adopté. La grève dure depuis le 19 janv. et continue.",
        [
            "Le 3 janv. 2024, le texte a été adopté.",
            "La grève dure depuis le 19 janv. et continue.",
        ],
    ),
    "49.3 and 11 000": (
        "Le gouvernement a utilisé le 49.3. Quelque 11 000 soldats ont été déployés.",
        ["Le gouvernement a utilisé le 49.3.", "Quelque 11 000 soldats ont été déployés."],
    ),
    "closing guillemet then an incise": (
        "« Nous ne céderons pas. Jamais », a déclaré le ministre. Il est parti.",
        ["« Nous ne céderons pas.", "Jamais », a déclaré le ministre.", "Il est parti."],
    ),
    "period inside guillemets": (
        "Il a ajouté : « C'est fini. » Puis il est parti. « Pourquoi ? » s'interroge Le Monde.",
        [
            "Il a ajouté : « C'est fini. »",
            "Puis il est parti.",
            "« Pourquoi ? » s'interroge Le Monde.",
        ],
    ),
    "guillemets without spaces": (
        "Il parle d'un accord «exclusivement défensif. Il ne vise personne», a dit Kim.",
        ["Il parle d'un accord «exclusivement défensif.", "Il ne vise personne», a dit Kim."],
    ),
    "straight quotes": (
        'Elle a dit "c\'est fini." Le lendemain, il partait.',
        ['Elle a dit "c\'est fini."', "Le lendemain, il partait."],
    ),
    "dialogue dashes on lines": (
        "– Vous venez ?\n– Oui, répondit-elle. Tout de suite.",
        ["– Vous venez ?", "– Oui, répondit-elle.", "Tout de suite."],
    ),
    "dialogue dashes in one line": (
        "– Vous venez ? – Oui, répondit-elle.",
        ["– Vous venez ?", "– Oui, répondit-elle."],
    ),
    "bullets •, -, *": (
        "Points clés :\n• La Russie avance\n- L'Ukraine résiste.\n* Les prix montent",
        ["Points clés :", "• La Russie avance", "- L'Ukraine résiste.", "* Les prix montent"],
    ),
    "in-line bullets": (
        "Points clés : • La Russie avance • L'Ukraine résiste",
        ["Points clés :", "• La Russie avance", "• L'Ukraine résiste"],
    ),
    "numbered lists": (
        "1. Le premier point.\n2. Le second point.\nII. Les causes\na) Une sous-partie",
        ["1. Le premier point.", "2. Le second point.", "II. Les causes", "a) Une sous-partie"],
    ),
    "headline lines without final punctuation": (
        "Guerre en Ukraine\nKiev appelle à l'aide\n\nLe président a parlé.",
        ["Guerre en Ukraine", "Kiev appelle à l'aide", "Le président a parlé."],
    ),
    "stray period before a lowercase word": (
        "Les liens se renforcent auprès de l’OTAN. expansion. Le Kremlin nie.",
        ["Les liens se renforcent auprès de l’OTAN. expansion.", "Le Kremlin nie."],
    ),
    "stray period before a guillemet and a lowercase word": (
        "Il a appelé à un embargo contre la Corée du Nord. « orchestré par les États-Unis » "
        "et a demandé qu'il soit levé.",
        [
            "Il a appelé à un embargo contre la Corée du Nord. « orchestré par les États-Unis » "
            "et a demandé qu'il soit levé."
        ],
    ),
    "missing space after a period": (
        "a renchéri Vladimir Poutine.Cet accord intervient dans un contexte tendu.",
        ["a renchéri Vladimir Poutine.", "Cet accord intervient dans un contexte tendu."],
    ),
    "headline glued to a guillemet": (
        "La Corée du Nord en soutien à la Russie«Accord révolutionnaire». C’est un tournant.",
        [
            "La Corée du Nord en soutien à la Russie",
            "«Accord révolutionnaire».",
            "C’est un tournant.",
        ],
    ),
    "headline glued to a year": (
        "Record de chaleur en Europe en 2024Les températures ont dépassé 1,5 °C.",
        ["Record de chaleur en Europe en 2024", "Les températures ont dépassé 1,5 °C."],
    ),
    "ellipsis": (
        "La RPDC… soutiendra la Russie. Il hésite... Puis il se lance… Enfin.",
        ["La RPDC… soutiendra la Russie.", "Il hésite...", "Puis il se lance…", "Enfin."],
    ),
    "elision marks in a quotation": (
        "« Nous sommes prêts (…) à discuter [...] Les négociations continuent », dit-il.",
        ["« Nous sommes prêts (…) à discuter [...] Les négociations continuent », dit-il."],
    ),
    "?! and !?": (
        "Vraiment ?! Oui ! Et alors !? Rien. Qui l'eût cru ? personne.",
        ["Vraiment ?!", "Oui !", "Et alors !?", "Rien.", "Qui l'eût cru ? personne."],
    ),
    "URLs and e-mails": (
        "Écrivez à contact@lemonde.fr. Voir www.LeMonde.fr/International.Page ou "
        "https://example.org/a.Html pour plus d'infos. Le site lemonde.fr. Fin.",
        [
            "Écrivez à contact@lemonde.fr.",
            "Voir www.LeMonde.fr/International.Page ou https://example.org/a.Html pour plus "
            "d'infos.",
            "Le site lemonde.fr.",
            "Fin.",
        ],
    ),
    "decimal numbers": (
        "Le taux est de 3.5 % et l'inflation de 4,9 %. La BCE a relevé ses taux de 0.25 point.",
        [
            "Le taux est de 3.5 % et l'inflation de 4,9 %.",
            "La BCE a relevé ses taux de 0.25 point.",
        ],
    ),
    "initials": (
        "Selon J. K. Rowling, c'est faux. George W. Bush a parlé. Le plan B. Le plan C.",
        ["Selon J. K. Rowling, c'est faux.", "George W. Bush a parlé.", "Le plan B.", "Le plan C."],
    ),
    "etc. mid-sentence and at the end": (
        "Des pommes, des poires, etc. et même des kiwis. Des livres, des disques, etc. Le "
        "reste est vendu.",
        [
            "Des pommes, des poires, etc. et même des kiwis.",
            "Des livres, des disques, etc.",
            "Le reste est vendu.",
        ],
    ),
    "p. 12, n°, 1er, XXe siècle": (
        "Voir p. 12 et le n° 5. Il est arrivé 1er. Au XXe siècle. Le XXIe siècle commence.",
        [
            "Voir p. 12 et le n° 5.",
            "Il est arrivé 1er.",
            "Au XXe siècle.",
            "Le XXIe siècle commence.",
        ],
    ),
    "sentence starting with a number": (
        "Le texte a été adopté à 12 h 30. 200 députés ont voté pour.",
        ["Le texte a été adopté à 12 h 30.", "200 députés ont voté pour."],
    ),
    "AFP dateline": (
        "PARIS, 3 mars 2024 (AFP) - Le président a annoncé sa démission. Il part.",
        ["PARIS, 3 mars 2024 (AFP) -", "Le président a annoncé sa démission.", "Il part."],
    ),
    "dateline without an agency": (
        "WASHINGTON, 5 mai – Le président américain a signé le texte.",
        ["WASHINGTON, 5 mai –", "Le président américain a signé le texte."],
    ),
    "a city then a dash is not a dateline": (
        "Marseille – Un homme a été tué.",
        ["Marseille – Un homme a été tué."],
    ),
    "a byline under a headline stays apart": (
        "Réforme des retraites\npar Jean Dupont\nLe texte a été présenté\npar le ministre lundi.",
        [
            "Réforme des retraites",
            "par Jean Dupont",
            "Le texte a été présenté\npar le ministre lundi.",
        ],
    ),
    "a paragraph wrapped at a fixed width is one run of text": (
        "M. Dupont a parlé à la radio ce matin pendant une heure au sujet de la\n"
        "réforme des retraites, qui doit être votée la semaine prochaine au\n"
        "Parlement. Il a dit que le texte était injuste et que les syndicats\n"
        "avaient raison de manifester dans toute la France.",
        [
            "M. Dupont a parlé à la radio ce matin pendant une heure au sujet de la\n"
            "réforme des retraites, qui doit être votée la semaine prochaine au\nParlement.",
            "Il a dit que le texte était injuste et que les syndicats\n"
            "avaient raison de manifester dans toute la France.",
        ],
    ),
    "hard-wrapped lines are joined": (
        "Le chef de l'État\na déclaré mardi que la réforme serait\nappliquée dès le mois "
        "prochain. Selon lui,\nElle est nécessaire.",
        [
            "Le chef de l'État\na déclaré mardi que la réforme serait\nappliquée dès le mois "
            "prochain.",
            "Selon lui,\nElle est nécessaire.",
        ],
    ),
    "a line ending with a period is a sentence end even before a lowercase line": (
        "Ils doivent frapper la Fédération de Russie.\nune demande de Kyiv restée sans réponse.",
        [
            "Ils doivent frapper la Fédération de Russie.",
            "une demande de Kyiv restée sans réponse.",
        ],
    ),
    "lines of headlines of one length are not a wrapped paragraph": (
        "DIRECT. Réforme des retraites : suivez la journée\n"
        "INFO FRANCEINFO. Le ministre va démissionner ce soir\n"
        "Grève à la SNCF : le trafic très perturbé jeudi",
        [
            "DIRECT. Réforme des retraites : suivez la journée",
            "INFO FRANCEINFO. Le ministre va démissionner ce soir",
            "Grève à la SNCF : le trafic très perturbé jeudi",
        ],
    ),
    "a rubric in capitals heads its headline": (
        "DIRECT. Réforme des retraites : suivez la journée\n\n"
        "INFO FRANCEINFO. Le ministre va démissionner\n\n"
        "VIDÉO. Les images du cortège. Elles sont impressionnantes.",
        [
            "DIRECT. Réforme des retraites : suivez la journée",
            "INFO FRANCEINFO. Le ministre va démissionner",
            "VIDÉO. Les images du cortège.",
            "Elles sont impressionnantes.",
        ],
    ),
    "a rubric in title case or capitals, or a place, heads its headline": (
        "REVUE DE PRESSE. Budget : la presse juge sévèrement le projet\n\n"
        "Loire-Atlantique. Un violent incendie détruit un bâtiment agricole\n\n"
        "Éditorial. L’hôpital ne tiendra pas un hiver de plus\n\n"
        "Non. La plupart n’ont pas commencé. OK. Nous partons. ONU. La réunion a eu lieu.",
        [
            "REVUE DE PRESSE. Budget : la presse juge sévèrement le projet",
            "Loire-Atlantique. Un violent incendie détruit un bâtiment agricole",
            "Éditorial. L’hôpital ne tiendra pas un hiver de plus",
            "Non.",
            "La plupart n’ont pas commencé.",
            "OK.",
            "Nous partons.",
            "ONU.",
            "La réunion a eu lieu.",
        ],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_phenomenon(case: str) -> None:
    text, expected = CASES[case]
    assert sentences(text) == expected
    assert_invariants(text, segment(text))


def test_le_monde_style_article_with_quotes_and_abbreviations() -> None:
    text = (
        "Budget 2025 : Bercy promet 40 milliards d'économies\n\n"
        "Par Claire Martin\n\n"
        "Le ministre de l'Économie, M. Le Maire, a présenté lundi 30 sept. un budget « de "
        "combat ». « Nous ne laisserons pas filer la dette. Jamais », a-t-il martelé devant "
        "la commission des finances. Le déficit atteindrait 6,1 % du PIB en 2024, selon "
        "l'Insee (p. 4 du rapport).\n"
        "Les oppositions dénoncent un « budget d'austérité ». LFI a déposé une motion de "
        "censure ; le RN hésite…"
    )
    assert sentences(text) == [
        "Budget 2025 : Bercy promet 40 milliards d'économies",
        "Par Claire Martin",
        "Le ministre de l'Économie, M. Le Maire, a présenté lundi 30 sept. un budget « de "
        "combat ».",
        "« Nous ne laisserons pas filer la dette.",
        "Jamais », a-t-il martelé devant la commission des finances.",
        "Le déficit atteindrait 6,1 % du PIB en 2024, selon l'Insee (p. 4 du rapport).",
        "Les oppositions dénoncent un « budget d'austérité ».",
        "LFI a déposé une motion de censure ; le RN hésite…",
    ]
    assert [s.paragraph for s in segment(text)] == [0, 1, 2, 2, 2, 2, 2, 2]


def test_offsets_point_into_the_text_given() -> None:
    text = "\n\n  Titre  \n\n\tUne phrase. Une autre !\u00a0\n"
    spans = segment(text)
    assert [(s.start, s.end, s.paragraph) for s in spans] == [(4, 9, 0), (14, 25, 1), (26, 37, 1)]
    assert [text[s.start : s.end] for s in spans] == ["Titre", "Une phrase.", "Une autre !"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\u00a0\n "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert segment(text) == []


def test_span_is_a_frozen_value() -> None:
    span = Span(0, 3, 0)
    assert span == Span(0, 3, 0)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


# --- invariants -----------------------------------------------------------------------------

TRICKY = list("aZéÉ0 1.!?…«»“”\"'()[]-–—•*:;,\n\n \u00a0\u202f\t") + [
    "M.",
    "J.-C.",
    "etc.",
    "p.",
    "www.",
    "@",
    "(AFP) -",
    "2024",
    "Les",
    " le ",
    "1. ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRICKY), max_size=80).map("".join))
def test_invariants_on_punctuation_heavy_text(text: str) -> None:
    assert_invariants(text, segment(text))


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")))
def test_invariants_on_any_text(text: str) -> None:
    assert_invariants(text, segment(text))


@pytest.mark.slow
def test_segments_several_megabytes_per_second() -> None:
    text = "\n\n".join(read_seed(name) for name in sorted(seed_gold())) * 200  # ~3 MB
    start = time.perf_counter()
    segment(text)
    elapsed = time.perf_counter() - start
    megabytes = len(text.encode("utf-8")) / 1e6
    assert megabytes / elapsed > 2, f"{megabytes / elapsed:.1f} MB/s"
