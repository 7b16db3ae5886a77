"""`annotator scheme`"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from annotator.cli.group import cli
from annotator.cli.options import db_option, open_store
from annotator.errors import AnnotatorError
from annotator.records import LabelScheme
from annotator.schemes import check_keys, load_scheme
from annotator.terminal import visible


def _renames(pairs: tuple[str, ...], scheme: LabelScheme) -> dict[str, str]:
    renames: dict[str, str] = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        old, new = old.strip(), new.strip()
        if not sep or not old or not new:
            raise AnnotatorError(f"--rename {pair!r}: write it old=new")
        if scheme.label(new) is None:
            raise AnnotatorError(
                f"--rename {pair!r}: {new!r} is not a label of the scheme "
                f"({', '.join(scheme.names)})"
            )
        renames[old] = new
    return renames


@cli.command("scheme")
@db_option
@click.option(
    "--set",
    "scheme_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Make the scheme of this .toml or .json file the project's.",
)
@click.option(
    "--rename",
    "renames",
    multiple=True,
    metavar="OLD=NEW",
    help="With --set: relabel OLD (a label outside the new scheme) as NEW (repeatable).",
)
def scheme_command(
    db_path: Path | None, scheme_file: Path | None, renames: tuple[str, ...]
) -> None:
    """Print the project's label scheme, or set another one (labels with key, description,
    colour; `ordered = true` for an ordinal scale). Every screen, export and report follows
    it. Refused when labels outside the new scheme exist, unless each is renamed.

    Example:

    \b
        annotator scheme
        annotator scheme --set sample_data/schemes/stance.toml
        annotator scheme --set stance.toml --rename asserted=supports
    """
    if scheme_file is None:
        if renames:
            raise AnnotatorError("--rename goes with --set FILE")
        store = open_store(db_path, must_exist=True, readonly=True)
        try:
            _print(store.scheme)
        finally:
            store.close()
        return
    if scheme_file.suffix.lower() not in (".toml", ".json"):
        raise AnnotatorError(f"{scheme_file}: a scheme is a .toml or .json file")
    if not scheme_file.exists():
        raise AnnotatorError(f"{scheme_file}: no such file")
    scheme = load_scheme(scheme_file)
    check_keys(scheme, scheme_file)
    mapping = _renames(renames, scheme)
    store = open_store(db_path, must_exist=True)
    try:
        in_use = store.labels_in_use()
        unknown = [
            label for label in in_use if scheme.label(label) is None and label not in mapping
        ]
        if unknown:
            listed = ", ".join(f"{label} ({in_use[label]})" for label in sorted(unknown))
            raise AnnotatorError(
                f"labels outside {scheme.name!r} are in use: {listed}; rename each with "
                "--rename OLD=NEW (nothing was changed)"
            )
        unused = [old for old in mapping if old not in in_use]
        if unused:
            raise AnnotatorError(f"--rename: nothing is labelled {', '.join(map(repr, unused))}")
        renamed = store.change_scheme(scheme, mapping)
    finally:
        store.close()
    click.echo(
        f"the project's scheme is now {scheme.name!r} ({len(scheme.labels)} labels"
        + (", ordered" if scheme.ordered else "")
        + (f"); {renamed} label(s) renamed" if mapping else ")")
    )


def _print(scheme: LabelScheme) -> None:
    console = Console(highlight=False)
    console.print(
        f"scheme {visible(scheme.name)}"
        + (" (ordered, lowest first)" if scheme.ordered else "")
        + (f": {visible(scheme.description)}" if scheme.description else "")
    )
    table = Table("key", "label", "description")
    for label in scheme.labels:
        table.add_row(visible(label.key), visible(label.name), visible(label.description))
    console.print(table)
