"""Render an `AgreementReport` as Rich tables, Markdown, JSON or one self-contained HTML page.

Every text that comes from the data (sentences, annotators, labels, articles, reasons) is
shown verbatim: Rich cells are `Text` objects (never parsed as markup), Markdown cells are
escaped, and HTML is escaped with `html.escape`. The HTML page loads nothing: styles and
pictures (inline SVG) are in the file, and a Content-Security-Policy forbids fetching.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from annotator.agreement.report import (
    AgreementReport,
    FinalLabelMatch,
    FinalLabels,
    LabelRow,
    Matrix,
    Pairwise,
    Sway,
    SwayAnnotator,
    SwaySide,
)
from annotator.terminal import visible

if TYPE_CHECKING:
    from annotator.stats import StatsReport

__all__ = ["render_html", "render_json", "render_markdown", "render_table", "rich_sway"]

LOW, HIGH = 0.667, 0.8


def _t(text: str, style: str = "") -> Text:
    """A Rich cell: the data's text verbatim (never markup), its control characters made
    visible (never acted on by the terminal)."""
    return Text(visible(text), style=style)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _matrix_cells(matrix: Matrix) -> list[list[str]]:
    """Whole numbers as such; otherwise two decimals throughout, so columns line up."""
    whole = all(float(v).is_integer() for row in matrix.values for v in row)
    return [[f"{v:.0f}" if whole else f"{v:.2f}" for v in row] for row in matrix.values]


def _matrix_cell(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def _verdict(report: AgreementReport) -> str:
    alpha = report.coefficient("krippendorff_alpha").value
    if alpha is None:
        return "none"
    return "good" if alpha >= HIGH else "fair" if alpha >= LOW else "poor"


# ----------------------------------------------------------------------------- JSON


def render_json(report: AgreementReport) -> str:
    """The report as JSON, following `AgreementReport.model_json_schema(mode="serialization")`."""
    return report.model_dump_json(indent=2) + "\n"


# ----------------------------------------------------------------------------- Rich


def _table(title: str, *columns: str, right: Sequence[int] = ()) -> Table:
    table = Table(title=_t(title, style="bold"), title_justify="left")
    for k, column in enumerate(columns):
        table.add_column(_t(column), justify="right" if k in right else "left")
    return table


def _value_text(value: float | None, reason: str | None = None) -> Text:
    if value is None:
        return _t("undefined" + (f": {reason}" if reason else ""), style="dim italic")
    style = "green" if value >= HIGH else "yellow" if value >= LOW else "red"
    return _t(f"{value:.3f}", style=style)


def _rich_pairwise(pairwise: Pairwise) -> Table:
    table = _table("Pairwise Cohen's kappa", "", *pairwise.annotators)
    for name, row in zip(pairwise.annotators, pairwise.kappa, strict=True):
        cells = [_t("·", style="dim") if v is None else _value_text(v) for v in row]
        table.add_row(_t(name), *cells)
    return table


def _rich_matrix(title: str, matrix: Matrix) -> Table:
    table = _table(title, "", *matrix.labels, right=range(1, len(matrix.labels) + 1))
    for label, row in zip(matrix.labels, _matrix_cells(matrix), strict=True):
        table.add_row(_t(label), *(_t(v) for v in row))
    return table


def _rich_labels(rows: list[LabelRow]) -> Table:
    table = _table(
        "Per label (each against the rest)",
        "label",
        "ratings",
        "share",
        "alpha",
        "specific agreement",
        right=(1, 2, 4),
    )
    for row in rows:
        table.add_row(
            _t(row.label),
            _t(str(row.count)),
            _t(_pct(row.share)),
            _value_text(row.alpha, row.reason),
            _t(_pct(row.specific_agreement)),
        )
    return table


def _count_rows(report: AgreementReport, item: str = "items") -> list[tuple[str, str, str]]:
    """(what, count, which) rows of the "what was counted" table, for every format; `item`
    names what was rated."""
    c = report.counts

    def row(what: str, names: list[str]) -> tuple[str, str, str]:
        return (what, str(len(names)), ", ".join(names))

    return [
        ("triples", str(c.triples), ""),
        (f"{item} used", str(c.items_used), ""),
        (f"{item} left out (one rating)", str(c.items_left_out), ""),
        row("annotators", c.annotators_used),
        row("annotators left out", c.annotators_left_out),
        row("labels used", c.labels_used),
        row("labels unused", c.labels_unused),
        row("labels left out", c.labels_left_out),
    ]


def render_table(report: AgreementReport, console: Console) -> None:
    """Print the report as Rich tables; every data text is printed verbatim."""
    console.print(rich_report(report))


def rich_report(report: AgreementReport) -> Group:
    """The report as Rich renderables (the terminal table, and the TUI's agreement screen)."""
    coefficients = _table("Agreement", "coefficient", "value", "formula")
    for c in report.coefficients:
        coefficients.add_row(_t(c.name), _value_text(c.value, c.reason), _t(c.formula))
    parts: list[Table | Text] = [coefficients]
    verdict = _t(
        report.interpretation,
        style={"good": "green", "fair": "yellow"}.get(_verdict(report), "red"),
    )
    parts.append(verdict)
    counts = report.counts
    summary = _table("Counted", "what", "count", "which", right=(1,))
    for what, count, which in _count_rows(report):
        summary.add_row(_t(what), _t(count), _t(which))
    parts.append(summary)
    parts.extend(_t("• " + note, style="dim") for note in counts.notes)
    parts.append(_rich_pairwise(report.pairwise))
    for pair, reason in report.pairwise.undefined.items():
        parts.append(_t(f"{pair}: {reason}", style="dim"))
    parts.append(_rich_labels(report.per_label))
    parts.append(_rich_matrix("Coincidence matrix", report.coincidence))
    if report.per_article:
        articles = _table(
            "Per article", "article", "sentences", "alpha", "percent agreement", right=(1, 3)
        )
        for row in report.per_article:
            articles.add_row(
                _t(row.article),
                _t(str(row.items)),
                _value_text(row.alpha, row.reason),
                _t(_pct(row.percent_agreement)),
            )
        parts.append(articles)
    if report.disagreements:
        names = report.pairwise.annotators
        worst = _table("Most disagreement", "sentence", "text", *names)
        for case in report.disagreements:
            worst.add_row(
                _t(case.item),
                _t(case.text or ""),
                *(_t(case.labels.get(name, "")) for name in names),
            )
        parts.append(worst)
    if report.final_labels is not None:
        parts.extend(_rich_final(report.final_labels))
    if report.sway is not None:
        parts.extend(rich_sway(report.sway))
    return Group(*parts)


FINAL_HEADER = ("annotator", "sentences", "matches", "rate")
"""Columns of the final-label tables, in every format."""


def _final_sections(final: FinalLabels) -> list[tuple[str, int, list[FinalLabelMatch]]]:
    """(title, sentences with that final label, rows) of the two final-label tables."""
    return [
        ("Matched the adjudicated label", final.adjudicated_sentences, final.adjudicated),
        ("Matched the majority label", final.majority_sentences, final.majority),
    ]


def _sentences(count: int) -> str:
    return f"{count} sentence" + ("" if count == 1 else "s")


def _final_cells(row: FinalLabelMatch) -> list[str]:
    return [str(row.sentences), str(row.matches), _pct(row.rate)]


def _rich_final(final: FinalLabels) -> list[Table | Text]:
    parts: list[Table | Text] = []
    for title, sentences, rows in _final_sections(final):
        if not sentences:
            parts.append(_t(f"{title}: no sentence yet.", style="dim"))
            continue
        table = _table(f"{title} ({_sentences(sentences)})", *FINAL_HEADER, right=(1, 2, 3))
        for row in rows:
            table.add_row(_t(row.annotator), *(_t(cell) for cell in _final_cells(row)))
        parts.append(table)
    return parts


# ----------------------------------------------------------------------------- suggestions

SWAY_TITLE = "Suggestions and sway"
SWAY_EXPLANATION = (
    "Took it / matched it: share of the labels equal to the suggestion when it was shown / "
    "recorded but hidden (the unaided baseline); sway: the difference, in points. Agreement, "
    "kappa: against the other annotators' labels on the same sentences (pooled pairs), by "
    "whether this annotator saw the suggestion."
)
NO_SWAY = "no suggestion was recorded with these labels."
"""The whole section when no counted label has a suggestion (data from before they were stored)."""


def _undefined_pct(value: float | None) -> str:
    return "undefined" if value is None else f"{value:.1%}"


def _points(take: float | None, match: float | None) -> str:
    """take - match in percentage points; "—" unless both are defined."""
    return "—" if take is None or match is None else f"{(take - match) * 100:+.1f}"


def _kappa_cell(side: SwaySide) -> str:
    return "undefined" if side.kappa is None else f"{side.kappa:.3f}"


SWAY_FIGURES: list[tuple[str, Callable[[SwayAnnotator], str]]] = [
    ("labels, suggestion shown", lambda r: str(r.shown)),
    ("took it", lambda r: _undefined_pct(r.take_rate)),
    ("labels, suggestion not shown", lambda r: str(r.not_shown)),
    ("matched it", lambda r: _undefined_pct(r.match_rate)),
    ("sway (points)", lambda r: _points(r.take_rate, r.match_rate)),
    ("agreement with others, shown", lambda r: _undefined_pct(r.agreement_shown.percent_agreement)),
    ("kappa with others, shown", lambda r: _kappa_cell(r.agreement_shown)),
    (
        "agreement with others, not shown",
        lambda r: _undefined_pct(r.agreement_not_shown.percent_agreement),
    ),
    ("kappa with others, not shown", lambda r: _kappa_cell(r.agreement_not_shown)),
]
"""The per-annotator figures, in every format: (name, cell of one annotator)."""

SWAY_LABEL_HEADER = ("annotator", "suggested", "shown", "took", "not shown", "matched", "sway")


def _with_suggestions(sway: Sway) -> list[SwayAnnotator]:
    """Annotators with a suggestion recorded on some label (the others only get a note)."""
    return [row for row in sway.annotators if row.shown or row.not_shown]


def sway_label_rows(sway: Sway) -> list[list[str]]:
    """Cells of the per-suggested-label table (`SWAY_LABEL_HEADER`); labels never suggested
    to an annotator are left out."""
    return [
        [
            row.annotator,
            label.label,
            str(label.shown),
            _pct(label.take_rate),
            str(label.not_shown),
            _pct(label.match_rate),
            _points(label.take_rate, label.match_rate),
        ]
        for row in sway.annotators
        for label in row.by_label
        if label.shown or label.not_shown
    ]


def sway_notes(sway: Sway) -> list[str]:
    """Why each undefined figure is undefined, and what was left out."""
    notes = []
    for row in sway.annotators:
        if not (row.shown or row.not_shown):
            notes.append(f"{row.annotator}: no label with a suggestion recorded.")
            continue
        for what, reason in (
            ("took it", row.take_rate_reason),
            ("matched it", row.match_rate_reason),
            ("with others, shown", row.agreement_shown.reason),
            ("with others, not shown", row.agreement_not_shown.reason),
        ):
            if reason:
                notes.append(f"{row.annotator}, {what}: undefined: {reason}.")
    missing = sum(row.no_suggestion for row in sway.annotators)
    if missing:
        notes.append(
            f"{missing} label(s) with no suggestion recorded (given before suggestions were "
            "stored) are left out."
        )
    return notes


def rich_sway(sway: Sway, *, by_label: bool = True) -> list[Table | Text]:
    """The suggestions section as Rich renderables (`annotator agreement`, `annotator stats`).

    Figures as rows and annotators as columns, as in the label distribution of `annotator
    stats`: nine figures side by side would not fit 80 columns.
    """
    rows = _with_suggestions(sway)
    if not rows:
        return [_t(f"{SWAY_TITLE}: {NO_SWAY}", style="dim")]
    table = _table(SWAY_TITLE, "", *(row.annotator for row in rows), right=range(1, len(rows) + 1))
    for name, cell in SWAY_FIGURES:
        table.add_row(_t(name), *(_t(cell(row)) for row in rows))
    parts: list[Table | Text] = [table, _t(SWAY_EXPLANATION, style="dim")]
    parts.extend(_t("• " + note, style="dim") for note in sway_notes(sway))
    labels = sway_label_rows(sway)
    if by_label and labels:
        per_label = _table(
            "Per suggested label", *SWAY_LABEL_HEADER, right=range(2, len(SWAY_LABEL_HEADER))
        )
        for cells in labels:
            per_label.add_row(*(_t(cell) for cell in cells))
        parts.append(per_label)
    return parts


def _sway_table(sway: Sway) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of the per-annotator table of Markdown and HTML: one row per annotator."""
    header = ["annotator", *(name for name, _ in SWAY_FIGURES)]
    rows = [
        [row.annotator, *(cell(row) for _, cell in SWAY_FIGURES)] for row in _with_suggestions(sway)
    ]
    return header, rows


# --------------------------------------------------------------------------- stats


def rich_stats(report: StatsReport) -> list[Table | Text]:
    """`annotator stats` as Rich renderables: articles, annotators, label distribution,
    suggestions and sway, adjudications by reason."""
    parts: list[Table | Text] = []
    headline = Text.assemble(
        (str(report.articles), "bold"),
        " articles, ",
        (str(report.sentences), "bold"),
        " sentences, scheme ",
        (visible(report.scheme), "bold"),
        f", {report.adjudicated} adjudicated",
    )
    parts.append(headline)
    articles = _table("Articles", "#", "title", "sentences", "boilerplate", right=(0, 2, 3))
    for number, article in enumerate(report.article_list, start=1):
        articles.add_row(
            _t(str(number)),
            _t(article.title),
            _t(str(article.sentences)),
            _t(str(article.boilerplate)),
        )
    parts.append(articles)
    if not report.annotators:
        parts.append(_t("No labels yet: run `annotator annotate`."))
        return parts
    people = _table(
        "Annotators",
        "annotator",
        "labelled",
        "done",
        "flagged",
        "skipped",
        "s/sentence",
        right=(1, 2, 3, 4, 5),
    )
    for row in report.annotators:
        done = row.labelled / report.sentences if report.sentences else 0.0
        people.add_row(
            _t(row.annotator),
            _t(str(row.labelled)),
            _t(f"{done:.0%}"),
            _t(str(row.flagged or 0)),
            _t(str(row.skipped or 0)),
            _t("" if row.mean_seconds is None else f"{row.mean_seconds:.1f}"),
        )
    parts.append(people)
    # Labels as rows and annotators as columns: label names stay readable at 80 columns.
    names = [row.annotator for row in report.annotators]
    total = sum(report.labels.values())
    dist = _table(
        "Label distribution",
        "label",
        *names,
        "all",
        "share",
        right=range(1, len(names) + 3),
    )
    for label, count in report.labels.items():
        dist.add_row(
            _t(label),
            *(_t(str(report.labels_by_annotator.get(name, {}).get(label, 0))) for name in names),
            _t(str(count)),
            _t(f"{count / total:.1%}"),
        )
    parts.append(dist)
    parts.extend(rich_sway(report.sway, by_label=False))
    if report.adjudicated_by_reason:
        reasons = _table("Adjudications by reason", "reason", "count", "share", right=(1, 2))
        for reason, count in report.adjudicated_by_reason.items():
            share = count / report.adjudicated if report.adjudicated else 0.0
            reasons.add_row(_t(reason.replace("_", " ")), _t(str(count)), _t(f"{share:.1%}"))
        parts.append(reasons)
    return parts


# ----------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*\[\]|]|<(?=[A-Za-z/!?])|(?<!\w)_|_(?!\w)|~~)")


def _md(text: str) -> str:
    """A Markdown table cell: the text as it reads, its control characters made visible,
    on one line. Only what Markdown would act on is escaped with a backslash (emphasis,
    links, code, table pipes, HTML tags); an underscore inside a word (`not_a_claim`) acts
    on nothing and is left alone, and no HTML entity is written."""
    text = _MD_SPECIAL.sub(r"\\\1", visible(text))
    return re.sub(r"\s*\n+\s*", " ", text)


def _code(text: str) -> str:
    """An inline code span (our own formulas: no backtick in them)."""
    return f"`{text.replace('`', '')}`" if text else ""


def _md_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()
) -> str:
    align = ["---:" if k in right else "---" for k in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _md_value(value: float | None, reason: str | None = None) -> str:
    if value is None:
        return "undefined" + (f": {_md(reason)}" if reason else "")
    return f"{value:.3f}"


def _md_matrix(matrix: Matrix, corner: str = "") -> str:
    header = [corner] + [_md(label) for label in matrix.labels]
    rows = [
        [_md(label), *values]
        for label, values in zip(matrix.labels, _matrix_cells(matrix), strict=True)
    ]
    return _md_table(header, rows, right=range(1, len(header)))


def render_markdown(report: AgreementReport) -> str:
    """The report as GitHub-flavoured Markdown."""
    out = ["# Inter-annotator agreement", "", _md(report.interpretation), "", "## Coefficients", ""]
    out.append(
        _md_table(
            ["coefficient", "value", "formula"],
            [
                [_md(c.name), _md_value(c.value, c.reason), _md(c.formula)]
                for c in report.coefficients
            ],
        )
    )
    if report.alpha_interval is None:
        out += ["", f"No interval for alpha: {_md(report.alpha_interval_reason or '')}."]
    c = report.counts
    out += ["", "## What was counted", ""]
    out.append(
        _md_table(
            ["what", "count", "which"],
            [[what, count, _md(which)] for what, count, which in _count_rows(report)],
            right=(1,),
        )
    )
    out += [""] + [f"- {_md(note)}" for note in c.notes]
    p = report.pairwise
    out += ["", "## Pairwise Cohen's kappa", ""]
    out.append(
        _md_table(
            [""] + [_md(a) for a in p.annotators],
            [
                [_md(a)] + [_fmt(v) for v in row]
                for a, row in zip(p.annotators, p.kappa, strict=True)
            ],
            right=range(1, len(p.annotators) + 1),
        )
    )
    out += ["", f"Light's kappa (mean of the pairs): {_fmt(p.light_kappa)}"]
    out += [f"- {_md(pair)}: {_md(reason)}" for pair, reason in p.undefined.items()]
    out += ["", "## Per label (each against the rest)", ""]
    out.append(
        _md_table(
            ["label", "ratings", "share", "alpha", "specific agreement"],
            [
                [
                    _md(r.label),
                    str(r.count),
                    _pct(r.share),
                    _md_value(r.alpha, r.reason),
                    _pct(r.specific_agreement),
                ]
                for r in report.per_label
            ],
            right=(1, 2, 4),
        )
    )
    out += ["", "## Coincidence matrix", "", _md_matrix(report.coincidence)]
    for pair in report.confusion:
        title = f"{_md(pair.annotator_a)} (rows) × {_md(pair.annotator_b)} (columns)"
        out += ["", f"### {title}: {pair.items} sentences, kappa {_fmt(pair.kappa)}", ""]
        out.append(
            _md_matrix(
                Matrix(labels=pair.labels, values=[[float(v) for v in row] for row in pair.counts])
            )
        )
    if report.per_article:
        out += ["", "## Per article", ""]
        out.append(
            _md_table(
                ["article", "sentences", "alpha", "percent agreement"],
                [
                    [
                        _md(r.article),
                        str(r.items),
                        _md_value(r.alpha, r.reason),
                        _pct(r.percent_agreement),
                    ]
                    for r in report.per_article
                ],
                right=(1, 3),
            )
        )
    if report.disagreements:
        names = report.pairwise.annotators
        out += ["", "## Sentences with the most disagreement", ""]
        out.append(
            _md_table(
                ["sentence", "text", *(_md(n) for n in names)],
                [
                    [_md(r.item), _md(r.text or ""), *(_md(r.labels.get(n, "")) for n in names)]
                    for r in report.disagreements
                ],
            )
        )
    if report.final_labels is not None:
        out += ["", "## Final labels"]
        for title, sentences, rows in _final_sections(report.final_labels):
            out += ["", f"### {title}: {_sentences(sentences)}"]
            if sentences:
                cells = [[_md(row.annotator), *_final_cells(row)] for row in rows]
                out += ["", _md_table(list(FINAL_HEADER), cells, right=(1, 2, 3))]
    if report.sway is not None:
        out += ["", f"## {SWAY_TITLE}", ""] + _md_sway(report.sway)
    return "\n".join(out) + "\n"


def _md_sway(sway: Sway) -> list[str]:
    header, rows = _sway_table(sway)
    if not rows:
        return [NO_SWAY.capitalize()]
    cells = [[_md(cell) for cell in row] for row in rows]
    out = [SWAY_EXPLANATION, "", _md_table(header, cells, right=range(1, len(header)))]
    notes = sway_notes(sway)
    if notes:
        out += [""] + [f"- {_md(note)}" for note in notes]
    labels = sway_label_rows(sway)
    if labels:
        cells = [[_md(cell) for cell in row] for row in labels]
        out += ["", "### Per suggested label", ""]
        out.append(_md_table(SWAY_LABEL_HEADER, cells, right=range(2, len(SWAY_LABEL_HEADER))))
    return out


# ----------------------------------------------------------------------------- HTML


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _colour(value: float | None) -> str:
    """Red below 0.667, amber to 0.8, green above; grey when undefined."""
    if value is None:
        return "#e9ecef"
    if value >= HIGH:
        return "#69c07a" if value < 0.9 else "#2f9e44"
    if value >= LOW:
        return "#f2c14e"
    return "#f08c84" if value >= 0.4 else "#d6423a"


def _short(name: str, size: int = 16) -> str:
    """Axis labels stay inside the picture; the full name is in the tables."""
    return name if len(name) <= size else name[: size - 1] + "…"


def _svg_heatmap(names: list[str], values: list[list[float | None]], *, label: str) -> str:
    """Square matrix of coloured cells with the value in each."""
    cell, left, top = 64, 120, 110
    n = len(names)
    width, height = left + n * cell + 90, top + n * cell + 10
    parts = [
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{_e(label)}">'
    ]
    for k, name in enumerate(names):
        x = left + k * cell + cell / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" font-size="12" text-anchor="start" '
            f'transform="rotate(-40 {x} {top - 8})">{_e(_short(name))}</text>'
        )
        y = top + k * cell + cell / 2 + 4
        parts.append(
            f'<text x="{left - 8}" y="{y}" font-size="12" text-anchor="end">'
            f"{_e(_short(name))}</text>"
        )
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            x, y = left + j * cell, top + i * cell
            colour = "#ffffff" if i == j else _colour(value)
            text = "" if i == j else _fmt(value, 2)
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{colour}"><title>{_e(names[i])} / {_e(names[j])}: '
                f"{_e(_fmt(value))}</title></rect>"
            )
            parts.append(
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 4}" font-size="13" '
                f'text-anchor="middle">{_e(text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _svg_counts(matrix: Matrix) -> str:
    """Coincidence matrix as a blue heatmap, darker for more pairs."""
    cell, left, top = 70, 120, 110
    n = len(matrix.labels)
    width, height = left + n * cell + 90, top + n * cell + 10
    peak = max((v for row in matrix.values for v in row), default=0.0) or 1.0
    parts = [
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="coincidence matrix">'
    ]
    for k, name in enumerate(matrix.labels):
        x = left + k * cell + cell / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" font-size="12" '
            f'transform="rotate(-40 {x} {top - 8})">{_e(_short(name))}</text>'
        )
        parts.append(
            f'<text x="{left - 8}" y="{top + k * cell + cell / 2 + 4}" font-size="12" '
            f'text-anchor="end">{_e(_short(name))}</text>'
        )
    for i, row in enumerate(matrix.values):
        for j, value in enumerate(row):
            x, y = left + j * cell, top + i * cell
            shade = value / peak
            fill = f"rgb({int(240 - 200 * shade)},{int(246 - 150 * shade)},{int(252 - 60 * shade)})"
            ink = "#ffffff" if shade > 0.6 else "#1d2329"
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{fill}"><title>{_e(matrix.labels[i])} / '
                f"{_e(matrix.labels[j])}: {_e(_matrix_cell(value))}</title></rect>"
            )
            parts.append(
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 4}" font-size="12" '
                f'text-anchor="middle" fill="{ink}">{_e(_matrix_cell(value))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _svg_bars(rows: list[LabelRow]) -> str:
    """Horizontal bars of per-label alpha on a -0.2..1 axis, with threshold lines."""
    left, bar, gap, width = 130, 22, 10, 320
    lo, hi = -0.2, 1.0
    height = 30 + len(rows) * (bar + gap) + 20

    def x_of(v: float) -> float:
        return left + (min(max(v, lo), hi) - lo) / (hi - lo) * width

    parts = [
        f'<svg width="{left + width + 60}" height="{height}" '
        f'viewBox="0 0 {left + width + 60} {height}" role="img" '
        f'aria-label="alpha per label">'
    ]
    for t in (0.0, LOW, HIGH, 1.0):
        x = x_of(t)
        dash = "" if t in (0.0, 1.0) else ' stroke-dasharray="4 3"'
        parts.append(
            f'<line x1="{x}" y1="16" x2="{x}" y2="{height - 16}" stroke="#9aa5b1"'
            f'{dash}/><text x="{x}" y="12" font-size="10" text-anchor="middle">'
            f"{t:g}</text>"
        )
    for k, row in enumerate(rows):
        y = 24 + k * (bar + gap)
        parts.append(
            f'<text x="{left - 8}" y="{y + bar / 2 + 4}" font-size="12" '
            f'text-anchor="end">{_e(_short(row.label))}</text>'
        )
        if row.alpha is None:
            parts.append(
                f'<text x="{x_of(0) + 6}" y="{y + bar / 2 + 4}" font-size="12" '
                f'fill="#5f6b76">undefined<title>{_e(row.reason or "")}</title></text>'
            )
            continue
        x0, x1 = sorted((x_of(0.0), x_of(row.alpha)))
        parts.append(
            f'<rect x="{x0}" y="{y}" width="{max(x1 - x0, 1)}" height="{bar}" '
            f'fill="{_colour(row.alpha)}"><title>{_e(row.label)}: '
            f"{row.alpha:.3f}</title></rect>"
        )
        parts.append(
            f'<text x="{max(x1, x_of(0)) + 6}" y="{y + bar / 2 + 4}" '
            f'font-size="12">{row.alpha:.3f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _html_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[int] = (),
    text: Sequence[int] = (),
) -> str:
    """A table whose cells are already-escaped HTML fragments; `text` columns wrap."""

    def cls(k: int) -> str:
        return ' class="num"' if k in right else ' class="text"' if k in text else ""

    head = "".join(f"<th{cls(k)}>{h}</th>" for k, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(k)}>{cell}</td>" for k, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _html_value(value: float | None, reason: str | None = None) -> str:
    if value is None:
        return f'<span class="undef" title="{_e(reason or "")}">undefined</span>' + (
            f" — {_e(reason)}" if reason else ""
        )
    return f"{value:.3f}"


def _html_matrix(matrix: Matrix) -> str:
    return _html_table(
        [""] + [_e(label) for label in matrix.labels],
        [
            [_e(label), *values]
            for label, values in zip(matrix.labels, _matrix_cells(matrix), strict=True)
        ],
        right=range(1, len(matrix.labels) + 1),
    )


def _html_counts(report: AgreementReport) -> str:
    c = report.counts
    table = _html_table(
        ["what", "count", "which"],
        [[what, count, _e(which)] for what, count, which in _count_rows(report, "sentences")],
        right=(1,),
    )
    notes = "".join(f"<li>{_e(note)}</li>" for note in c.notes)
    return table + (f'<ul class="notes">{notes}</ul>' if notes else "")


def _html_confusion(report: AgreementReport) -> str:
    blocks = []
    for pair in report.confusion:
        matrix = Matrix(labels=pair.labels, values=[[float(v) for v in r] for r in pair.counts])
        blocks.append(
            f"<details><summary>{_e(pair.annotator_a)} (rows) × {_e(pair.annotator_b)} "
            f"(columns): {pair.items} sentences, kappa {_e(_fmt(pair.kappa))}</summary>"
            f"{_html_matrix(matrix)}</details>"
        )
    return "".join(blocks) or "<p>No pair of annotators.</p>"


def _html_disagreements(report: AgreementReport) -> str:
    if not report.disagreements:
        return "<p>No sentence with disagreement.</p>"
    names = report.pairwise.annotators
    rows = [
        [_e(r.item), _e(r.text or ""), _pct(r.agreement), *(_e(r.labels.get(n, "")) for n in names)]
        for r in report.disagreements
    ]
    header = ["sentence", "text", "agreeing pairs", *(_e(n) for n in names)]
    return _html_table(header, rows, right=(2,), text=(1,))


def _html_final(report: AgreementReport) -> str:
    """The final-label section (its own heading: the template has no slot for it)."""
    if report.final_labels is None:
        return ""
    out = ["<h2>Final labels</h2>"]
    for title, sentences, rows in _final_sections(report.final_labels):
        out.append(f"<h3>{_e(title)}: {_sentences(sentences)}</h3>")
        if sentences:
            out.append(
                _html_table(
                    list(FINAL_HEADER),
                    [[_e(row.annotator), *_final_cells(row)] for row in rows],
                    right=(1, 2, 3),
                )
            )
    return "\n".join(out)


def _html_sway(report: AgreementReport) -> str:
    """The suggestions section, with its heading (empty when it was not computed)."""
    if report.sway is None:
        return ""
    sway = report.sway
    out = [f"<h2>{SWAY_TITLE}</h2>"]
    header, rows = _sway_table(sway)
    if not rows:
        return "\n".join([*out, f"<p>{_e(NO_SWAY.capitalize())}</p>"])
    out.append(f'<p class="sub">{_e(SWAY_EXPLANATION)}</p>')
    out.append(
        _html_table(
            [_e(h) for h in header],
            [[_e(cell) for cell in row] for row in rows],
            right=range(1, len(header)),
        )
    )
    notes = "".join(f"<li>{_e(note)}</li>" for note in sway_notes(sway))
    if notes:
        out.append(f'<ul class="notes">{notes}</ul>')
    labels = sway_label_rows(sway)
    if labels:
        out.append("<h3>Per suggested label</h3>")
        out.append(
            _html_table(
                list(SWAY_LABEL_HEADER),
                [[_e(cell) for cell in row] for row in labels],
                right=range(2, len(SWAY_LABEL_HEADER)),
            )
        )
    return "\n".join(out)


def render_html(report: AgreementReport, *, title: str = "Inter-annotator agreement") -> str:
    """One self-contained HTML page (inline CSS and SVG, no script, nothing fetched)."""
    template = Template(
        resources.files("annotator.agreement").joinpath("report.html").read_text(encoding="utf-8")
    )
    c = report.counts
    coefficients = _html_table(
        ["coefficient", "value", "formula"],
        [
            [_e(k.name), _html_value(k.value, k.reason), f"<code>{_e(k.formula)}</code>"]
            for k in report.coefficients
        ],
    )
    if report.alpha_interval is None:
        coefficients += f"<p>No interval for alpha: {_e(report.alpha_interval_reason or '')}.</p>"
    p = report.pairwise
    pairwise_table = _html_table(
        ["pair", "shared sentences", "kappa"],
        [
            [
                f"{_e(p.annotators[i])} / {_e(p.annotators[j])}",
                str(p.shared_items[i][j]),
                _html_value(
                    p.kappa[i][j], p.undefined.get(f"{p.annotators[i]} / {p.annotators[j]}")
                ),
            ]
            for i in range(len(p.annotators))
            for j in range(i + 1, len(p.annotators))
        ],
        right=(1, 2),
    )
    labels_table = _html_table(
        ["label", "ratings", "share", "alpha", "specific agreement"],
        [
            [
                _e(r.label),
                str(r.count),
                _pct(r.share),
                _html_value(r.alpha, r.reason),
                _pct(r.specific_agreement),
            ]
            for r in report.per_label
        ],
        right=(1, 2, 3, 4),
    )
    articles = (
        _html_table(
            ["article", "sentences", "alpha", "percent agreement"],
            [
                [
                    _e(r.article),
                    str(r.items),
                    _html_value(r.alpha, r.reason),
                    _pct(r.percent_agreement),
                ]
                for r in report.per_article
            ],
            right=(1, 2, 3),
        )
        if report.per_article
        else "<p>No article information.</p>"
    )
    return template.substitute(
        title=_e(title),
        subtitle=_e(
            f"{c.items_used} sentences, {len(c.annotators_used)} annotators, "
            f"{len(c.labels_used)} labels used"
        ),
        verdict_class=_verdict(report),
        interpretation=_e(report.interpretation),
        coefficients=coefficients,
        counts=_html_counts(report),
        pairwise_svg=_svg_heatmap(p.annotators, p.kappa, label="pairwise Cohen's kappa"),
        light=_e(f"Mean (Light's kappa): {_fmt(p.light_kappa)}."),
        pairwise_table=pairwise_table,
        labels_svg=_svg_bars(report.per_label),
        coincidence_svg=_svg_counts(report.coincidence),
        labels_table=labels_table,
        confusion=_html_confusion(report),
        articles=articles,
        disagreements=_html_disagreements(report) + _html_final(report),
        sway=_html_sway(report),
        format=_e(report.format),
        version=_e(report.version),
    )
