"""The pictures of the HTML agreement report, as inline SVG (nothing fetched): a heatmap of
pairwise kappa, bars of per-label alpha, the coincidence matrix shaded by count. Every text
in them is escaped."""

from __future__ import annotations

import html

from annotator.agreement.layout import HIGH, LOW, fmt, matrix_cell
from annotator.agreement.report import AgreementReport, Matrix


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


def pairwise_heatmap(names: list[str], values: list[list[float | None]]) -> str:
    """Square matrix of coloured cells with the value in each."""
    cell, left, top = 64, 120, 110
    n = len(names)
    width, height = left + n * cell + 90, top + n * cell + 10
    parts = [
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="pairwise Cohen\'s kappa">'
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
            text = "" if i == j else fmt(value, 2)
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{colour}"><title>{_e(names[i])} / {_e(names[j])}: '
                f"{_e(fmt(value))}</title></rect>"
            )
            parts.append(
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 4}" font-size="13" '
                f'text-anchor="middle">{_e(text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def coincidence(matrix: Matrix) -> str:
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
                f"{_e(matrix.labels[j])}: {_e(matrix_cell(value))}</title></rect>"
            )
            parts.append(
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 4}" font-size="12" '
                f'text-anchor="middle" fill="{ink}">{_e(matrix_cell(value))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def label_bars(report: AgreementReport) -> str:
    """Horizontal bars of per-label alpha on a -0.2..1 axis, with threshold lines."""
    rows = report.per_label
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
