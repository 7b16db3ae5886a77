"""The agreement report and `annotator stats`, laid out once as a list of sections.

A section holds blocks: tables, paragraphs, notes and (for the HTML page) figures. The
renderers in `render.py` walk the same list and draw it to Rich, Markdown or HTML, so a new
column or section is written here once and appears in every format. Text here is plain data
(never markup); each renderer escapes or sanitises it for its medium.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from annotator.agreement.report import (
    AgreementReport,
    Coefficient,
    FinalLabelMatch,
    FinalLabels,
    IntraAnnotator,
    Matrix,
    Sway,
    SwayAnnotator,
    SwaySide,
)

if TYPE_CHECKING:
    from annotator.stats import StatsReport

LOW, HIGH = 0.667, 0.8
"""Krippendorff's thresholds: below 0.667 discard, 0.667–0.8 tentative, above 0.8 reliable."""


# ----------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Value:
    """A coefficient's value: coloured against LOW/HIGH, "undefined: reason" when None."""

    value: float | None
    reason: str | None = None


@dataclass(frozen=True)
class Code:
    """A formula: monospace where the medium has it."""

    text: str


Cell = str | Value | Code


@dataclass
class Table:
    header: Sequence[str]
    rows: list[list[Cell]]
    title: str = ""
    right: Sequence[int] = ()
    """Columns of numbers, aligned right."""
    wrap: Sequence[int] = ()
    """Columns of running text (a sentence), wrapped in the HTML page."""
    reference: Sequence[int] = ()
    """Columns for the record (formulas): in Markdown and HTML, left out of the terminal."""
    wide: bool = False
    """One column per figure: the terminal shows it turned (figures as rows) to fit 80 columns."""
    detail: bool = False
    """Long detail (a matrix per pair): folded in HTML, left out of the terminal."""


@dataclass
class Paragraph:
    text: str
    tone: Literal["plain", "note", "good", "fair", "poor"] = "plain"


@dataclass
class Notes:
    """Why something is undefined or left out: a bulleted list in a muted tone."""

    items: list[str]


@dataclass
class Figure:
    """A picture of the HTML page (inline SVG); other media already show its numbers."""

    draw: Callable[[], str]
    caption: str


Block = Table | Paragraph | Notes | Figure


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    empty: str = ""
    """With no blocks, what the section would hold and why it does not (a lower-case clause:
    the terminal prints it after the title on one line)."""


@dataclass
class Layout:
    title: str
    subtitle: str
    sections: list[Section]
    verdict: Paragraph | None = None
    footer: str = ""


# ----------------------------------------------------------------------------- helpers


def fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def undefined_pct(value: float | None) -> str:
    return "undefined" if value is None else f"{value:.1%}"


def matrix_cell(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def matrix_cells(matrix: Matrix) -> list[list[str]]:
    """Whole numbers as such; otherwise two decimals throughout, so columns line up."""
    whole = all(float(v).is_integer() for row in matrix.values for v in row)
    return [[f"{v:.0f}" if whole else f"{v:.2f}" for v in row] for row in matrix.values]


def verdict(report: AgreementReport) -> Literal["good", "fair", "poor", "note"]:
    alpha = report.coefficient("krippendorff_alpha").value
    if alpha is None:
        return "note"
    return "good" if alpha >= HIGH else "fair" if alpha >= LOW else "poor"


def sentences(count: int) -> str:
    return f"{count} sentence" + ("" if count == 1 else "s")


def _matrix_table(matrix: Matrix, title: str = "", *, detail: bool = False) -> Table:
    return Table(
        header=["", *matrix.labels],
        rows=[
            [label, *values]
            for label, values in zip(matrix.labels, matrix_cells(matrix), strict=True)
        ],
        title=title,
        right=range(1, len(matrix.labels) + 1),
        detail=detail,
    )


# ----------------------------------------------------------------------------- agreement


def agreement_layout(
    report: AgreementReport, *, title: str = "Inter-annotator agreement"
) -> Layout:
    """Every section of the agreement report, in reading order."""
    from annotator.agreement import svg

    c = report.counts
    sections = [
        _coefficients(report),
        *([_overlap_section(report)] if report.overlap is not None else []),
        _pairs(report, svg.pairwise_heatmap),
        _counted(report),
        _labels(report, svg.label_bars, svg.coincidence),
        _articles(report),
        _disagreements(report),
    ]
    if report.final_labels is not None:
        sections.append(_final(report.final_labels))
    if report.sway is not None:
        sections.append(sway_section(report.sway))
    if report.intra_annotator is not None:
        sections.append(intra_section(report.intra_annotator))
    return Layout(
        title=title,
        subtitle=(
            f"{_count(c.items_used, 'sentence')} labelled by two or more, "
            f"{_count(len(c.annotators_used), 'annotator')}, "
            f"{_count(len(c.labels_used), 'label')} used"
        ),
        verdict=Paragraph(report.interpretation, tone=verdict(report)),
        sections=sections,
        footer=f"claim-annotator agreement report, format {report.format} "
        f"version {report.version}.",
    )


INTRA_TITLE = "Consistency with oneself (intra-annotator)"
INTRA_EXPLANATION = (
    "How to read it: each pair is one annotator's two labels of the same text, a sentence "
    "served again blind (annotate --repeat-share) or a reprint of it in another article "
    "(annotator repeats). Alpha reads as above; an annotator less consistent with themselves "
    "than the team is with each other is unsure of the guidelines, not in disagreement with "
    "anyone (annotator review --consistency lists their groups). Reprints labelled with their "
    "own earlier label shown (--show-repeats) are left out."
)


def intra_section(intra: Mapping[str, IntraAnnotator]) -> Section:
    """Each annotator's consistency with themselves, beside the inter-annotator figures."""
    if not intra:
        return Section(
            INTRA_TITLE,
            empty="no text labelled twice by one annotator yet (annotate --repeat-share 0.1 "
            "serves some again, blind; repeat groups count too)",
        )
    rows: list[list[Cell]] = [
        [
            name,
            str(row.pairs),
            str(row.from_repeat_share),
            str(row.from_groups),
            pct(row.percent),
            Value(row.alpha, row.reason),
            "—" if row.ci95 is None else f"{fmt(row.ci95[0])} – {fmt(row.ci95[1])}",
        ]
        for name, row in intra.items()
    ]
    table = Table(
        header=[
            "annotator",
            "pairs",
            "blind repeats",
            "repeat groups",
            "same label",
            "alpha",
            "95% interval",
        ],
        rows=rows,
        right=range(1, 7),
        wide=True,
    )
    return Section(INTRA_TITLE, [table, Paragraph(INTRA_EXPLANATION, tone="note")])


def interval_text(coefficient: Coefficient) -> str:
    if coefficient.low is None or coefficient.high is None:
        return "—"
    return f"[{coefficient.low:.3f}, {coefficient.high:.3f}]"


def p_text(value: float | None) -> str:
    if value is None:
        return "—"
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


def _coefficient_table(coefficients: Sequence[Coefficient]) -> Table:
    return Table(
        header=["coefficient", "value", "95% interval", "SE", "p", "formula"],
        rows=[
            [
                k.name,
                Value(k.value, k.reason),
                interval_text(k),
                fmt(k.se),
                p_text(k.p_value),
                Code(k.formula),
            ]
            for k in coefficients
        ],
        right=(2, 3, 4),
        reference=(5,),
    )


def _overlap_section(report: AgreementReport) -> Section:
    sample = report.overlap
    assert sample is not None
    intro = Paragraph(
        f"The {sample.items} sentences of the {sample.articles} article(s) every annotator "
        "was assigned (the design's agreement sample), apart; the coefficients above count "
        "every sentence labelled twice or more."
    )
    return Section("Overlap sample", [intro, _coefficient_table(sample.coefficients)])


def _coefficients(report: AgreementReport) -> Section:
    blocks: list[Block] = [_coefficient_table(report.coefficients)]
    if report.intervals:
        blocks.append(Paragraph(report.intervals, tone="note"))
    missing = [f"{k.name}: {k.interval_reason}." for k in report.coefficients if k.interval_reason]
    if report.alpha_interval is None:
        missing.append(f"No bootstrap interval for alpha: {report.alpha_interval_reason or ''}.")
    if missing:
        blocks.append(Notes(missing))
    return Section("Coefficients", blocks)


def count_rows(report: AgreementReport) -> list[list[Cell]]:
    """Rows of the "what was counted" table: (what, count, which)."""
    c = report.counts

    def row(what: str, names: list[str]) -> list[Cell]:
        return [what, str(len(names)), ", ".join(names)]

    return [
        ["triples", str(c.triples), ""],
        ["sentences used", str(c.items_used), ""],
        ["sentences left out (one rating)", str(c.items_left_out), ""],
        row("annotators", c.annotators_used),
        row("annotators left out", c.annotators_left_out),
        row("labels used", c.labels_used),
        row("labels unused", c.labels_unused),
        row("labels left out", c.labels_left_out),
    ]


def _counted(report: AgreementReport) -> Section:
    table = Table(header=["what", "count", "which"], rows=count_rows(report), right=(1,))
    blocks: list[Block] = [table]
    if report.counts.notes:
        blocks.append(Notes(list(report.counts.notes)))
    return Section("What was counted", blocks)


def _pairs(
    report: AgreementReport, heatmap: Callable[[list[str], list[list[float | None]]], str]
) -> Section:
    p = report.pairwise
    names = p.annotators
    rows: list[list[Cell]] = [
        [
            f"{names[i]} / {names[j]}",
            str(p.shared_items[i][j]),
            Value(p.kappa[i][j], p.undefined.get(f"{names[i]} / {names[j]}")),
        ]
        for i in range(len(names))
        for j in range(i + 1, len(names))
    ]
    return Section(
        "Pairwise Cohen's kappa",
        [
            Figure(
                lambda: heatmap(names, p.kappa),
                "Cohen's kappa of each pair on the sentences both labelled.",
            ),
            Table(
                header=["pair", "shared sentences", "kappa"],
                rows=rows,
                right=(1, 2),
            ),
            Paragraph(f"Light's kappa (mean of the pairs): {fmt(p.light_kappa)}."),
        ],
    )


def _labels(
    report: AgreementReport,
    bars: Callable[[AgreementReport], str],
    counts: Callable[[Matrix], str],
) -> Section:
    per_label = Table(
        header=["label", "ratings", "share", "alpha", "specific agreement"],
        rows=[
            [
                r.label,
                str(r.count),
                pct(r.share),
                Value(r.alpha, r.reason),
                pct(r.specific_agreement),
            ]
            for r in report.per_label
        ],
        title="Per label (each against the rest)",
        right=(1, 2, 3, 4),
    )
    blocks: list[Block] = [
        Figure(
            lambda: bars(report),
            f"Krippendorff's alpha of each label against all the others; lines at {LOW} and "
            f"{HIGH}.",
        ),
        Figure(
            lambda: counts(report.coincidence),
            "Coincidence matrix: pairs of ratings of the same sentence, by label (each rating "
            "counts 1 in all). The diagonal is agreement.",
        ),
        per_label,
        _matrix_table(report.coincidence, "Coincidence matrix"),
    ]
    for pair in report.confusion:
        matrix = Matrix(labels=pair.labels, values=[[float(v) for v in r] for r in pair.counts])
        blocks.append(
            _matrix_table(
                matrix,
                f"{pair.annotator_a} (rows) × {pair.annotator_b} (columns): "
                f"{pair.items} sentences, kappa {fmt(pair.kappa)}",
                detail=True,
            )
        )
    return Section("Labels", blocks)


def _articles(report: AgreementReport) -> Section:
    if not report.per_article:
        return Section("Per article", empty="no article information.")
    table = Table(
        header=["article", "sentences", "alpha", "percent agreement"],
        rows=[
            [r.article, str(r.items), Value(r.alpha, r.reason), pct(r.percent_agreement)]
            for r in report.per_article
        ],
        right=(1, 2, 3),
    )
    return Section("Per article", [table])


def _disagreements(report: AgreementReport) -> Section:
    title = "Most disagreement"
    if not report.disagreements:
        return Section(title, empty="no sentence with disagreement.")
    names = report.pairwise.annotators
    table = Table(
        header=["sentence", "text", "agreeing pairs", *names],
        rows=[
            [r.item, r.text or "", pct(r.agreement), *(r.labels.get(n, "") for n in names)]
            for r in report.disagreements
        ],
        right=(2,),
        wrap=(1,),
    )
    return Section(title, [table])


FINAL_HEADER = ("annotator", "sentences", "matches", "rate")


def _final_cells(row: FinalLabelMatch) -> list[Cell]:
    return [row.annotator, str(row.sentences), str(row.matches), pct(row.rate)]


def _final(final: FinalLabels) -> Section:
    blocks: list[Block] = []
    for title, count, rows in (
        ("Matched the adjudicated label", final.adjudicated_sentences, final.adjudicated),
        ("Matched the majority label", final.majority_sentences, final.majority),
    ):
        if not count:
            blocks.append(Paragraph(f"{title}: no sentence yet.", tone="note"))
            continue
        blocks.append(
            Table(
                header=FINAL_HEADER,
                rows=[_final_cells(row) for row in rows],
                title=f"{title}: {sentences(count)}",
                right=(1, 2, 3),
            )
        )
    return Section("Final labels", blocks)


# ----------------------------------------------------------------------------- sway

SWAY_TITLE = "Suggestions and sway"
SWAY_EXPLANATION = (
    "Took it / matched it: share of the labels equal to the suggestion when it was shown / "
    "recorded but hidden (the unaided baseline); sway: the difference, in points. Agreement, "
    "kappa: against the other annotators' labels on the same sentences (pooled pairs), by "
    "whether this annotator saw the suggestion."
)
NO_SWAY = "no suggestion was recorded with these labels."
"""The whole section when no counted label has a suggestion (data from before they were stored)."""


def points(take: float | None, match: float | None) -> str:
    """take - match in percentage points; "—" unless both are defined."""
    return "—" if take is None or match is None else f"{(take - match) * 100:+.1f}"


def _kappa_cell(side: SwaySide) -> str:
    return "undefined" if side.kappa is None else f"{side.kappa:.3f}"


SWAY_FIGURES: list[tuple[str, Callable[[SwayAnnotator], str]]] = [
    ("labels, suggestion shown", lambda r: str(r.shown)),
    ("took it", lambda r: undefined_pct(r.take_rate)),
    ("labels, suggestion not shown", lambda r: str(r.not_shown)),
    ("matched it", lambda r: undefined_pct(r.match_rate)),
    ("sway (points)", lambda r: points(r.take_rate, r.match_rate)),
    ("agreement with others, shown", lambda r: undefined_pct(r.agreement_shown.percent_agreement)),
    ("kappa with others, shown", lambda r: _kappa_cell(r.agreement_shown)),
    (
        "agreement with others, not shown",
        lambda r: undefined_pct(r.agreement_not_shown.percent_agreement),
    ),
    ("kappa with others, not shown", lambda r: _kappa_cell(r.agreement_not_shown)),
]
"""The per-annotator figures: (name, cell of one annotator)."""

SWAY_LABEL_HEADER = ("annotator", "suggested", "shown", "took", "not shown", "matched", "sway")


def sway_label_rows(sway: Sway) -> list[list[Cell]]:
    """Cells of the per-suggested-label table (`SWAY_LABEL_HEADER`); labels never suggested
    to an annotator are left out."""
    return [
        [
            row.annotator,
            label.label,
            str(label.shown),
            pct(label.take_rate),
            str(label.not_shown),
            pct(label.match_rate),
            points(label.take_rate, label.match_rate),
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


def sway_section(sway: Sway, *, by_label: bool = True) -> Section:
    """The suggestions section (`annotator agreement`; `annotator stats` without the per-label
    table). With no suggestion recorded, one line says so."""
    rows = [row for row in sway.annotators if row.shown or row.not_shown]
    if not rows:
        return Section(SWAY_TITLE, empty=NO_SWAY)
    header = ["annotator", *(name for name, _ in SWAY_FIGURES)]
    blocks: list[Block] = [
        Table(
            header=header,
            rows=[[row.annotator, *(cell(row) for _, cell in SWAY_FIGURES)] for row in rows],
            right=range(1, len(header)),
            wide=True,
        ),
        Paragraph(SWAY_EXPLANATION, tone="note"),
    ]
    notes = sway_notes(sway)
    if notes:
        blocks.append(Notes(notes))
    labels = sway_label_rows(sway)
    if by_label and labels:
        blocks.append(
            Table(
                header=SWAY_LABEL_HEADER,
                rows=labels,
                title="Per suggested label",
                right=range(2, len(SWAY_LABEL_HEADER)),
            )
        )
    return Section(SWAY_TITLE, blocks)


# ----------------------------------------------------------------------------- stats


STATS_ARTICLES = 50
"""`annotator stats` lists this many articles: fifty thousand rows would bury the rest."""


def stats_layout(report: StatsReport) -> Layout:
    """`annotator stats`: articles, annotators, label distribution, suggestions and sway,
    adjudications by reason."""
    articles = Table(
        header=["#", "title", "sentences", "boilerplate"],
        rows=[
            [str(number), article.title, str(article.sentences), str(article.boilerplate)]
            for number, article in enumerate(report.article_list[:STATS_ARTICLES], start=1)
        ],
        right=(0, 2, 3),
    )
    listed: list[Block] = [articles]
    if len(report.article_list) > STATS_ARTICLES:
        more = len(report.article_list) - STATS_ARTICLES
        listed.append(
            Paragraph(
                f"… and {more} more article{'s' if more > 1 else ''} (`annotator stats --json` "
                "lists them all)",
                "note",
            )
        )
    sections = [Section("Articles", listed)]
    subtitle = (
        f"{_count(report.articles, 'article')}, {_count(report.sentences, 'sentence')}, "
        f"scheme {report.scheme}, {report.adjudicated:,} adjudicated"
    )
    if report.repeats is not None:
        r = report.repeats
        sections.append(
            Section(
                "Repeats",
                [
                    Paragraph(
                        f"{r.sentences} sentences repeat one another in {r.groups} groups "
                        f"({r.furniture_groups} of page furniture): one label per group would "
                        f"save each annotator {r.labels_saved} labels. `annotator repeats` "
                        "lists them."
                    )
                ],
            )
        )
    if not report.annotators:
        sections.append(Section("Annotators", empty="no labels yet: run `annotator annotate`."))
        return Layout(title="Statistics", subtitle=subtitle, sections=sections)
    people = Table(
        header=["annotator", "labelled", "done", "flagged", "skipped", "s/sentence"],
        rows=[
            [
                row.annotator,
                str(row.labelled),
                f"{row.labelled / report.sentences if report.sentences else 0.0:.0%}",
                str(row.flagged or 0),
                str(row.skipped or 0),
                "" if row.mean_seconds is None else f"{row.mean_seconds:.1f}",
            ]
            for row in report.annotators
        ],
        right=(1, 2, 3, 4, 5),
    )
    sections.append(Section("Annotators", [people]))
    if report.team is not None:
        sections.extend(_team_sections(report))
    # Labels as rows and annotators as columns: label names stay readable at 80 columns.
    names = [row.annotator for row in report.annotators]
    total = sum(report.labels.values())
    distribution = Table(
        header=["label", *names, "all", "share"],
        rows=[
            [
                label,
                *(str(report.labels_by_annotator.get(name, {}).get(label, 0)) for name in names),
                str(count),
                f"{count / total:.1%}",
            ]
            for label, count in report.labels.items()
        ],
        right=range(1, len(names) + 3),
    )
    sections.append(Section("Label distribution", [distribution]))
    sections.append(sway_section(report.sway, by_label=False))
    if report.adjudicated_by_reason:
        reasons = Table(
            header=["reason", "count", "share"],
            rows=[
                [
                    reason.replace("_", " "),
                    str(count),
                    f"{count / report.adjudicated if report.adjudicated else 0.0:.1%}",
                ]
                for reason, count in report.adjudicated_by_reason.items()
            ],
            right=(1, 2),
        )
        sections.append(Section("Adjudications by reason", [reasons]))
    return Layout(title="Statistics", subtitle=subtitle, sections=sections)


def duration(seconds: float | None) -> str:
    """1 h 05 min, 12 min, 40 s: what is left, at a glance."""
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    if minutes >= 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes} min" if minutes else f"{round(seconds)} s"


IN_PROGRESS_SHOWN = 15
"""Articles in progress listed in the terminal (all of them are in --json)."""


def _team_sections(report: StatsReport) -> list[Section]:
    team = report.team
    assert team is not None
    members = Table(
        header=["annotator", "assigned", "labelled", "left", "done", "s/sentence", "time left"],
        rows=[
            [
                m.annotator,
                str(m.assigned),
                str(m.labelled),
                str(m.left),
                f"{m.labelled / m.assigned:.0%}" if m.assigned else "—",
                "—" if m.pace_seconds is None else f"{m.pace_seconds:.1f}",
                "done" if m.left == 0 else duration(m.time_left_seconds),
            ]
            for m in team.members
        ],
        right=(1, 2, 3, 4, 5, 6),
    )
    articles = team.articles
    finished = sum(1 for a in articles if a.done == a.assigned)
    untouched = [a for a in articles if a.done == 0]
    in_progress = [a for a in articles if 0 < a.done < a.assigned]
    sample = [a for a in articles if a.overlap]
    summary = (
        f"{_count(len(articles), 'article')} assigned: {finished} done by all their readers, "
        f"{len(in_progress)} in progress, {len(untouched)} with no reader done; the overlap "
        f"sample: {_count(len(sample), 'article')}, "
        f"{sum(1 for a in sample if a.done == a.assigned)} done by everyone."
    )
    blocks: list[Block] = [Paragraph(summary)]
    if in_progress:
        blocks.append(
            Table(
                header=["article", "sample", "readers done"],
                rows=[
                    [a.title, "yes" if a.overlap else "", f"{a.done}/{a.assigned}"]
                    for a in in_progress[:IN_PROGRESS_SHOWN]
                ],
                title="In progress",
                right=(2,),
            )
        )
        if len(in_progress) > IN_PROGRESS_SHOWN:
            more = len(in_progress) - IN_PROGRESS_SHOWN
            blocks.append(Paragraph(f"… and {more} more (annotator stats --json).", tone="note"))
    return [Section("Team progress", [members]), Section("Assigned articles", blocks)]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
