"""Stable ids: the same text gives the same ids, whatever its whitespace."""

from annotator import ids


def test_article_id_ignores_invisible_differences() -> None:
    assert ids.article_id("Le  Kremlin\r\nnie.") == ids.article_id("Le Kremlin nie.\n")
    assert ids.article_id("Le Kremlin nie.") != ids.article_id("Le Kremlin ment.")


def test_article_id_ignores_unicode_normalisation_form() -> None:
    assert ids.article_id("e\u0301te\u0301") == ids.article_id("\u00e9t\u00e9")


def test_sentence_id_is_article_and_span() -> None:
    assert ids.sentence_id("abc", 3, 10) == "abc:3-10"
