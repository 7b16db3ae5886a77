"""`annotator agreement`"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from annotator.cli.group import cli
from annotator.cli.options import (
    article_option,
    db_option,
    format_option,
    open_store,
    output_option,
    refuse_database_output,
)
from annotator.export.output import atomic_file
from annotator.schemes import resolve_scheme

FORMATS = ("table", "markdown", "json", "html")


@cli.command("agreement")
@db_option
@format_option(
    FORMATS,
    default=None,
    help_text="Output format (default: table in the terminal; from the -o suffix otherwise).",
    dest="fmt",
)
@output_option("Write to FILE instead of the terminal ('-' for stdout); replaced atomically.")
@click.option(
    "--annotator",
    "-a",
    "annotators",
    multiple=True,
    help="Only these annotators (repeat the option).",
)
@article_option
@click.option(
    "--label-scheme",
    "scheme_ref",
    default=None,
    help="Scheme whose labels are declared: a name or a .json/.toml file "
    "(default: the database's).",
)
@click.option("--no-ci", is_flag=True, help="Skip the bootstrap interval for alpha.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="How many of the most disputed sentences to list.",
)
def agreement_command(
    db_path: Path | None,
    fmt: str | None,
    output: Path | None,
    annotators: tuple[str, ...],
    articles: tuple[str, ...],
    scheme_ref: str | None,
    no_ci: bool,
    top: int,
) -> None:
    """Inter-annotator agreement: Krippendorff's alpha (with a bootstrap interval), Fleiss',
    Cohen's, Light's and Conger's kappa, Scott's pi, Gwet's AC1, Brennan–Prediger, percent
    agreement; pairwise kappas, per-label and per-article agreement, confusion matrices, the
    most disputed sentences, and suggestions and sway (how often each annotator took the
    suggestion, against how often they match it with it hidden).

    Example:

    \b
        annotator agreement
        annotator agreement --format html -o agreement.html
        annotator agreement --annotator alice --annotator bob --format json
    """
    from annotator.agreement import render
    from annotator.agreement.from_store import report_of

    refuse_database_output(output, db_path)
    store = open_store(db_path, must_exist=True, readonly=True)
    scheme = resolve_scheme(scheme_ref, store.scheme) if scheme_ref else store.scheme
    report = report_of(
        store,
        annotators=annotators,
        articles=articles,
        scheme=scheme,
        ci=not no_ci,
        top_disagreements=top,
    )
    store.close()
    if fmt is None:
        suffix = output.suffix.lower() if output and str(output) != "-" else ""
        fmt = {".md": "markdown", ".json": "json", ".html": "html", ".htm": "html"}.get(
            suffix, "table" if output is None or str(output) == "-" else "markdown"
        )
    if fmt == "table":
        if output is None or str(output) == "-":
            render.render_table(report, Console(highlight=False))
            return
        with atomic_file(output) as handle:
            render.render_table(report, Console(file=handle, width=120, highlight=False))
        click.echo(f"wrote {output}", err=True)
        return
    text = {
        "markdown": render.render_markdown,
        "json": render.render_json,
        "html": render.render_html,
    }[fmt](report)
    if output is None or str(output) == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    # the same atomic write as the exports: temp file, fsync, rename; removed on failure
    with atomic_file(output) as handle:
        handle.write(text)
    click.echo(f"wrote {output}", err=True)
