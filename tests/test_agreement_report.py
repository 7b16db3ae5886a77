"""The agreement report: contents, undefined cases, and rendering in the four formats."""

from __future__ import annotations

import importlib
import json
import re

import numpy as np
import pytest
from rich.console import Console

from annotator.agreement import krippendorff_alpha, percent_agreement
from annotator.agreement.render import render_html, render_json, render_markdown, render_table
from annotator.agreement.report import AgreementReport, build_report

LABELS = ["attributed", "contested", "asserted", "not_a_claim"]
HOSTILE = 'Il a dit <script>alert("x")</script> & [bold red]rouge[/] | pipe *gras* `code`'


def study(seed: int = 0, sentences: int = 60) -> tuple[list, dict, dict]:
    """Three annotators (one often absent), three of the four labels used, three articles."""
    rng = np.random.default_rng(seed)
    triples = []
    for i in range(sentences):
        truth = int(rng.choice(3, p=[0.5, 0.2, 0.3]))
        for name, present in (("alice", 1.0), ("bruno", 0.9), ("chloé", 0.5)):
            if rng.random() < present:
                label = truth if rng.random() < 0.75 else int(rng.integers(0, 3))
                triples.append((f"s{i:03d}", name, LABELS[label]))
    triples.append(("s999", "zoe", "asserted"))  # an item and annotator left out
    texts = {f"s{i:03d}": f"{HOSTILE} {i}\nsecond line" for i in range(sentences)}
    articles = {f"s{i:03d}": f"article-{i % 3}" for i in range(sentences)}
    return triples, texts, articles


@pytest.fixture(scope="module")
def report() -> AgreementReport:
    triples, texts, articles = study()
    return build_report(
        triples, categories=LABELS, texts=texts, articles=articles, top_disagreements=10
    )


def test_report_contents(report):
    triples, _, articles = study()
    counts = report.counts
    assert counts.triples == len(triples)
    raters: dict[str, int] = {}
    for item, _, _ in triples:
        raters[item] = raters.get(item, 0) + 1
    once = sum(1 for n in raters.values() if n == 1)
    assert counts.items_left_out == once >= 1 and counts.items_used == len(raters) - once
    assert counts.annotators_used == ["alice", "bruno", "chloé"]
    assert counts.annotators_left_out == ["zoe"]
    assert counts.labels_unused == ["not_a_claim"]
    assert counts.labels_declared == LABELS
    assert any("single annotator" in note for note in counts.notes)
    alpha = report.coefficient("krippendorff_alpha")
    assert alpha.value == pytest.approx(krippendorff_alpha(triples), abs=1e-12)
    assert report.coefficient("cohen_kappa").value is None
    assert "exactly two" in report.coefficient("cohen_kappa").reason
    interval = report.alpha_interval
    assert interval is not None and interval.low <= alpha.value <= interval.high
    assert set(interval.p_below) == {"0.667", "0.800"}
    assert "interval" in report.interpretation
    assert len(report.pairwise.kappa) == 3 and report.pairwise.kappa[0][0] is None
    assert [row.label for row in report.per_label] == LABELS
    assert report.per_label[3].alpha is None and report.per_label[3].reason
    assert report.coincidence.labels == LABELS
    assert len(report.confusion) == 3
    assert [row.article for row in report.per_article] == ["article-0", "article-1", "article-2"]
    for row in report.per_article:
        subset = [t for t in triples if articles.get(t[0]) == row.article]
        assert row.alpha == pytest.approx(krippendorff_alpha(subset), abs=1e-12)
        assert row.percent_agreement == pytest.approx(percent_agreement(subset), abs=1e-12)


def test_disagreements_are_the_worst_first(report):
    rows = report.disagreements
    assert 0 < len(rows) <= 10
    assert [r.agreement for r in rows] == sorted(r.agreement for r in rows)
    assert all(r.agreement < 1 for r in rows)
    worst = rows[0]
    assert worst.text.startswith(HOSTILE) and worst.article.startswith("article-")
    assert len(set(worst.labels.values())) >= 2


def test_thresholds_in_the_interpretation():
    perfect = [(i, a, LABELS[i % 2]) for i in range(20) for a in ("x", "y")]
    assert "reliable" in build_report(perfect, ci=False).interpretation
    noisy = [(i, a, LABELS[(i * 7 + len(a)) % 3]) for i in range(30) for a in ("x", "yy")]
    assert "unreliable" in build_report(noisy, seed=1).interpretation


@pytest.mark.parametrize(
    ("triples", "why"),
    [
        ([], "no ratings"),
        ([(i, "solo", "asserted") for i in range(5)], "only one annotator"),
        ([(i, a, "asserted") for i in range(5) for a in ("x", "y")], "'asserted'"),
        ([(i, f"a{i}", "asserted") for i in range(5)], "no item was rated by two"),
    ],
    ids=["empty", "one-annotator", "one-label", "no-pairs"],
)
def test_undefined_cases_render_with_a_reason(triples, why):
    report = build_report(triples, categories=LABELS)
    alpha = report.coefficient("krippendorff_alpha")
    assert alpha.value is None and why in alpha.reason
    assert "undefined" in report.interpretation and why in report.interpretation
    assert report.alpha_interval is None and report.alpha_interval_reason
    assert why in render_markdown(report).replace("\\_", "_")
    assert "undefined" in render_html(report)
    assert AgreementReport.model_validate_json(render_json(report)) == report
    console = Console(record=True, width=160)
    render_table(report, console)
    assert "undefined" in console.export_text()


def test_json_follows_the_schema(report):
    jsonschema = importlib.import_module("jsonschema")
    document = json.loads(render_json(report))
    jsonschema.validate(document, AgreementReport.model_json_schema(mode="serialization"))
    assert AgreementReport.model_validate(document) == report
    assert document["format"] == "agreement-report"


def test_schema_is_registered():
    from annotator import file_formats as schemas

    assert "agreement-report.schema.json" in schemas.schemas()


def test_html_is_self_contained_and_escaped(report):
    page = render_html(report)
    assert page.startswith("<!doctype html>")
    assert page.count("<svg") >= 3  # pairwise heatmap, label bars, coincidence matrix
    assert not re.search(r"https?://", page)
    assert not re.search(r"\b(src|href)\s*=", page, re.IGNORECASE)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page
    assert "chloé" in page


def test_markdown_escapes_text(report):
    text = render_markdown(report)
    assert not re.search(r"(?<!\\)<script>", text) and "\\<script>" in text
    assert "&lt;" not in text and "&amp;" not in text  # no HTML entity in Markdown
    assert "0.667" in text and "\\<" not in text.split("\n")[2]  # prose: no stray backslash
    assert "\\| pipe" in text and "\\*gras\\*" in text and "\\[bold red\\]" in text
    table_rows = [line for line in text.splitlines() if re.match(r"\| s\d", line)]
    assert len(table_rows) == len(report.disagreements)
    # Every row of the disagreement table has as many cells as its header.
    header = next(line for line in text.splitlines() if line.startswith("| sentence |"))
    cells = lambda line: len(re.split(r"(?<!\\)\|", line))  # noqa: E731
    assert all(cells(row) == cells(header) for row in table_rows)


def test_rich_table_shows_text_verbatim(report):
    console = Console(record=True, width=250, color_system=None)
    render_table(report, console)
    out = console.export_text()
    assert "[bold red]rouge[/]" in out
    assert '<script>alert("x")</script>' in out
    assert "Krippendorff's alpha" in out and "Pairwise Cohen's kappa" in out
    assert "chloé" in out and "article-1" in out


def test_terminal_and_markdown_never_carry_control_sequences(report):
    """An article holding escape sequences (set the terminal title, write the clipboard)
    prints as visible symbols in the terminal table and the Markdown report."""
    evil = "Titre\x1b]0;PWNED\x07 et \x1b]52;c;ZWNobyBoaQ==\x07 fin"
    report = report.model_copy(
        update={
            "disagreements": [
                case.model_copy(update={"text": evil}) for case in report.disagreements
            ]
        }
    )
    console = Console(record=True, width=250, color_system=None, force_terminal=False)
    render_table(report, console)
    for text in (console.export_text(styles=False), render_markdown(report)):
        assert "\x1b" not in text and "\x07" not in text
        assert "Titre␛" in text and "0;PWNED␇" in text


def test_every_section_of_the_layout_is_in_every_format(report):
    """The sections are laid out once (`agreement_layout`): each renderer shows every section
    and every column of its tables, so a section added there reaches all three formats."""
    import html as html_module

    from annotator.agreement.layout import Table, agreement_layout

    layout = agreement_layout(report)
    markdown, page = render_markdown(report), html_module.unescape(render_html(report))
    console = Console(record=True, width=250, color_system=None)
    render_table(report, console)
    terminal = console.export_text()
    assert len(layout.sections) >= 6
    for section in layout.sections:
        assert f"## {section.title}" in markdown
        assert f"<h2>{section.title}</h2>" in page
        assert section.title in terminal
        for block in section.blocks:
            if isinstance(block, Table) and not block.detail:
                for k, column in enumerate(block.header):
                    assert column in markdown.replace("\\", "") and column in page
                    assert column in terminal or block.wide or k in block.reference
