"""The click group every command registers on, and the one place errors become one line."""

from __future__ import annotations

import importlib
import sqlite3
from typing import Any

import click

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.terminal import visible

COMMANDS = {
    "agreement": "agreement_cmd",
    "annotate": "annotate_cmd",
    "assign": "assign_cmd",
    "assignments": "assign_cmd",
    "export": "export_cmd",
    "import": "import_cmd",
    "import-labels": "import_labels_cmd",
    "merge": "merge_cmd",
    "repeats": "repeats_cmd",
    "review": "review_cmd",
    "schema": "schema_cmd",
    "scheme": "scheme_cmd",
    "serve": "serve_cmd",
    "stats": "stats_cmd",
    "suggest": "suggest_cmd",
    "train": "train_cmd",
}
"""Each command and the module of `annotator.cli` that defines it: a command's module is
imported when that command runs (or `--help` lists them), so `annotator annotate` does not
load what export, import or the agreement report need."""


class Group(click.Group):
    """Turns our errors into one line on stderr and exit code 1, never a traceback; loads
    each command's module when it is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"annotator.cli.{COMMANDS[cmd_name]}")
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotatorError as error:
            raise click.ClickException(visible(str(error))) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except sqlite3.DatabaseError as error:
            # a corrupt or unreadable file met after opening: what SQLite says, in one line
            raise click.ClickException(f"database: {visible(str(error))}") from None
        except OSError as error:
            # a full disk, a read-only file system: one line; outputs clean up after themselves
            if isinstance(error, BrokenPipeError):
                raise
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(visible(f"{where}{error.strerror or error}")) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotator")
def cli() -> None:
    """Label the claim status of news sentences, export them, and measure agreement.

    The database is ./annotations.db, or $ANNOTATOR_DB, or --db PATH on each command.
    """


def main() -> None:
    cli(prog_name="annotator")
