"""Titles of plain-text articles: the headline, not the page furniture before it."""

from __future__ import annotations

import pytest

from annotator.ingest.titles import title_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a plain first line is the title, whatever it holds
        ("Le budget 2025 adopté\n\nLe texte a été voté.", "Le budget 2025 adopté"),
        (
            "Réélection contestée | Maduro dénonce un « coup d'État »\n\nTexte.",
            "Réélection contestée | Maduro dénonce un « coup d'État »",
        ),
        (
            "Fermeture : « inéluctable » pour la direction, « absurde » pour les syndicats\n",
            "Fermeture : « inéluctable » pour la direction, « absurde » pour les syndicats",
        ),
        # a site name, a menu, a breadcrumb: the headline after it
        (
            "Le Journal | Actualités\nLa mairie annonce un plan contre les inondations\nTexte.",
            "La mairie annonce un plan contre les inondations",
        ),
        (
            "Accueil › Politique › Le Sénat rejette la réforme des retraites\n"
            "Le Sénat rejette la réforme des retraites\n",
            "Le Sénat rejette la réforme des retraites",
        ),
        (
            "Partager sur Facebook\nUn séisme frappe le sud du pays ce matin\n",
            "Un séisme frappe le sud du pays ce matin",
        ),
        # a breadcrumb with no better line: its last part
        (
            "Home » Monde » Les élections au Brésil\n\nDu texte court.",
            "Les élections au Brésil",
        ),
        # furniture with no better line kept as it is
        ("Le Journal | Actualités\n\nOui.", "Le Journal | Actualités"),
        # a headline glued to its lede by the scraper: cut at the join
        (
            "Grève à la SNCF«Nous ne céderons pas». C'est ce qu'a dit le syndicat.\n",
            "Grève à la SNCF",
        ),
        ("Le maire démissionne.Cet élu avait été réélu en 2020.\n", "Le maire démissionne."),
    ],
)
def test_title_of(text: str, title: str) -> None:
    assert title_of(text) == title


def test_a_very_long_first_line_is_cut_at_its_first_sentence() -> None:
    lede = "Le gouvernement a présenté mercredi son projet de loi de finances. " * 5
    assert title_of(lede) == "Le gouvernement a présenté mercredi son projet de loi de finances."
