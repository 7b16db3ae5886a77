"""Draw a `Layout` (the agreement report, `annotator stats`) as Rich renderables, Markdown or
one self-contained HTML page; the report as JSON.

The sections and their tables are decided once, in `layout.py`; each function here only
knows its medium. Every text that comes from the data (sentences, annotators, labels,
articles, reasons) is shown verbatim: Rich cells are `Text` objects (never parsed as markup)
with their control characters made visible, Markdown cells are escaped, and HTML is escaped
with `html.escape`. The HTML page loads nothing: styles and pictures (inline SVG) are in the
file, and a Content-Security-Policy forbids fetching.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from annotator.agreement.layout import (
    HIGH,
    LOW,
    NO_SWAY,
    Cell,
    Code,
    Figure,
    Layout,
    Notes,
    Paragraph,
    Section,
    Table,
    Value,
    agreement_layout,
    stats_layout,
)
from annotator.agreement.report import AgreementReport
from annotator.terminal import visible

if TYPE_CHECKING:
    from annotator.stats import StatsReport

__all__ = [
    "NO_SWAY",
    "render_html",
    "render_json",
    "render_markdown",
    "render_table",
    "rich_layout",
    "rich_report",
    "rich_stats",
]


def render_json(report: AgreementReport) -> str:
    """The report as JSON, following `AgreementReport.model_json_schema(mode="serialization")`."""
    return report.model_dump_json(indent=2) + "\n"


# ----------------------------------------------------------------------------- Rich

_TONES = {"plain": "", "note": "dim", "good": "green", "fair": "yellow", "poor": "red"}


def _t(text: str, style: str = "") -> Text:
    """A Rich cell: the data's text verbatim (never markup), its control characters made
    visible (never acted on by the terminal)."""
    return Text(visible(text), style=style)


def _rich_cell(cell: Cell, *, terse: bool = False) -> Text:
    if isinstance(cell, Value):
        if cell.value is None:
            reason = f": {cell.reason}" if cell.reason and not terse else ""
            return _t("undefined" + reason, style="dim italic")
        style = "green" if cell.value >= HIGH else "yellow" if cell.value >= LOW else "red"
        return _t(f"{cell.value:.3f}", style=style)
    if isinstance(cell, Code):
        return _t(cell.text)
    return _t(cell)


def _rich_table(table: Table, title: str) -> RichTable:
    header, rows, right = list(table.header), table.rows, set(table.right)
    if table.reference:
        shown = [k for k in range(len(header)) if k not in set(table.reference)]
        header, rows = [header[k] for k in shown], [[row[k] for k in shown] for row in rows]
        right = {new for new, old in enumerate(shown) if old in right}
    if table.wide:
        # Figures as rows, one column per row of the layout: nine figures side by side
        # would not fit 80 columns; annotators rarely number more than a handful.
        header = ["", *(_plain(row[0]) for row in rows)]
        rows = [[name, *(row[k] for row in rows)] for k, name in enumerate(table.header) if k]
        right = set(range(1, len(header)))
    out = RichTable(title=_t(title, style="bold") if title else None, title_justify="left")
    for k, column in enumerate(header):
        out.add_column(_t(column), justify="right" if k in right else "left")
    for row in rows:
        out.add_row(*(_rich_cell(cell, terse=True) for cell in row))
    return out


def _reasons(table: Table) -> list[str]:
    """Why each undefined value of a table is undefined: notes under it in the terminal, so
    that a long reason does not stretch a row of numbers."""
    return [
        f"{_plain(row[0])}: undefined: {cell.reason}"
        for row in table.rows
        for cell in row
        if isinstance(cell, Value) and cell.value is None and cell.reason
    ]


def _plain(cell: Cell) -> str:
    return cell if isinstance(cell, str) else cell.text if isinstance(cell, Code) else ""


def rich_section(section: Section) -> list[RenderableType]:
    """A section in the terminal: its title on the first table when that table has none
    (compact, as a table title), otherwise a heading line; detail tables and figures left out
    (the HTML page and Markdown hold them)."""
    if not section.blocks:
        return [_t(f"{section.title}: {section.empty}", style="dim")]
    out: list[RenderableType] = []
    titled = False
    first = next((b for b in section.blocks if not isinstance(b, Figure)), None)
    if not (isinstance(first, Table) and not first.title):
        out.append(_t(section.title, style="bold underline"))
        titled = True
    for block in section.blocks:
        if isinstance(block, Table):
            if block.detail:
                continue
            title = block.title or ("" if titled else section.title)
            titled = True
            out.append(_rich_table(block, title))
            out.extend(_t("• " + reason, style="dim") for reason in _reasons(block))
        elif isinstance(block, Paragraph):
            out.append(_t(block.text, style=_TONES[block.tone]))
        elif isinstance(block, Notes):
            out.extend(_t("• " + note, style="dim") for note in block.items)
    return out


def rich_layout(layout: Layout, *, title: bool = True) -> list[RenderableType]:
    """The layout in the terminal; `title=False` where a screen's header already names it."""
    head = Text(visible(layout.subtitle))
    if title:
        head = Text.assemble((visible(layout.title), "bold"), " — ", head)
    out: list[RenderableType] = [head]
    if layout.verdict is not None:
        out.append(_t(layout.verdict.text, style=_TONES[layout.verdict.tone]))
    for section in layout.sections:
        out.extend(rich_section(section))
    return out


def rich_report(report: AgreementReport, *, title: bool = True) -> Group:
    """The report as Rich renderables (the terminal table, and the TUI's agreement screen)."""
    return Group(*rich_layout(agreement_layout(report), title=title))


def render_table(report: AgreementReport, console: Console) -> None:
    """Print the report as Rich tables; every data text is printed verbatim."""
    console.print(rich_report(report))


def rich_stats(report: StatsReport) -> list[RenderableType]:
    """`annotator stats` as Rich renderables."""
    return rich_layout(stats_layout(report))


# ----------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*\[\]|]|<(?=[A-Za-z/!?])|(?<!\w)_|_(?!\w)|~~)")


def _md(text: str) -> str:
    """Markdown text: as it reads, its control characters made visible, on one line. Only
    what Markdown would act on is escaped with a backslash (emphasis, links, code, table
    pipes, HTML tags); an underscore inside a word (`not_a_claim`) acts on nothing and is
    left alone, and no HTML entity is written."""
    text = _MD_SPECIAL.sub(r"\\\1", visible(text))
    return re.sub(r"\s*\n+\s*", " ", text)


def _md_cell(cell: Cell) -> str:
    if isinstance(cell, Value):
        if cell.value is None:
            return "undefined" + (f": {_md(cell.reason)}" if cell.reason else "")
        return f"{cell.value:.3f}"
    if isinstance(cell, Code):
        return f"`{cell.text.replace('`', '')}`" if cell.text else ""
    return _md(cell)


def _md_table(table: Table) -> str:
    right = set(table.right)
    align = ["---:" if k in right else "---" for k in range(len(table.header))]
    lines = [
        "| " + " | ".join(_md(h) for h in table.header) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in table.rows]
    return "\n".join(lines)


def markdown_layout(layout: Layout) -> str:
    out = [f"# {_md(layout.title)}", "", _md(layout.subtitle)]
    if layout.verdict is not None:
        out += ["", _md(layout.verdict.text)]
    for section in layout.sections:
        out += ["", f"## {_md(section.title)}"]
        if not section.blocks:
            out += ["", _md(section.empty[:1].upper() + section.empty[1:])]
        for block in section.blocks:
            if isinstance(block, Table):
                if block.title:
                    out += ["", f"### {_md(block.title)}"]
                out += ["", _md_table(block)]
            elif isinstance(block, Paragraph):
                out += ["", _md(block.text)]
            elif isinstance(block, Notes):
                out += [""] + [f"- {_md(note)}" for note in block.items]
    return "\n".join(out) + "\n"


def render_markdown(report: AgreementReport) -> str:
    """The report as GitHub-flavoured Markdown."""
    return markdown_layout(agreement_layout(report))


# ----------------------------------------------------------------------------- HTML


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_cell(cell: Cell) -> str:
    if isinstance(cell, Value):
        if cell.value is None:
            reason = cell.reason or ""
            return f'<span class="undef" title="{_e(reason)}">undefined</span>' + (
                f" — {_e(reason)}" if reason else ""
            )
        return f"{cell.value:.3f}"
    if isinstance(cell, Code):
        return f"<code>{_e(cell.text)}</code>"
    return _e(cell)


def _html_table(table: Table) -> str:
    right, wrap = set(table.right), set(table.wrap)

    def cls(k: int) -> str:
        return ' class="num"' if k in right else ' class="text"' if k in wrap else ""

    head = "".join(f"<th{cls(k)}>{_e(h)}</th>" for k, h in enumerate(table.header))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(k)}>{_html_cell(c)}</td>" for k, c in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    out = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if table.detail:
        return f"<details><summary>{_e(table.title)}</summary>{out}</details>"
    return (f"<h3>{_e(table.title)}</h3>" if table.title else "") + out


def _html_figures(figures: Sequence[Figure]) -> str:
    inner = "".join(
        f"<figure>{figure.draw()}<figcaption>{_e(figure.caption)}</figcaption></figure>"
        for figure in figures
    )
    return f'<div class="charts">{inner}</div>'


def _html_section(section: Section) -> str:
    out = [f"<h2>{_e(section.title)}</h2>"]
    if not section.blocks:
        out.append(f"<p>{_e(section.empty[:1].upper() + section.empty[1:])}</p>")
    figures: list[Figure] = []
    for block in section.blocks:
        if isinstance(block, Figure):
            figures.append(block)
            continue
        if figures:  # consecutive pictures side by side
            out.append(_html_figures(figures))
            figures = []
        if isinstance(block, Table):
            out.append(_html_table(block))
        elif isinstance(block, Paragraph):
            cls = ' class="sub"' if block.tone == "note" else ""
            out.append(f"<p{cls}>{_e(block.text)}</p>")
        elif isinstance(block, Notes):
            items = "".join(f"<li>{_e(note)}</li>" for note in block.items)
            out.append(f'<ul class="notes">{items}</ul>')
    if figures:
        out.append(_html_figures(figures))
    return "\n".join(out)


def html_layout(layout: Layout) -> str:
    """One self-contained HTML page (inline CSS and SVG, no script, nothing fetched)."""
    template = Template(
        resources.files("annotator.agreement").joinpath("report.html").read_text(encoding="utf-8")
    )
    verdict = layout.verdict
    return template.substitute(
        title=_e(layout.title),
        subtitle=_e(layout.subtitle),
        verdict=""
        if verdict is None
        else f'<p class="verdict {verdict.tone}">{_e(verdict.text)}</p>',
        sections="\n\n".join(_html_section(section) for section in layout.sections),
        footer=_e(layout.footer),
    )


def render_html(report: AgreementReport, *, title: str = "Inter-annotator agreement") -> str:
    """The report as one self-contained HTML page."""
    return html_layout(agreement_layout(report, title=title))
