"""The click group every command registers on, and the one place errors become one line."""

from __future__ import annotations

import sqlite3
from typing import Any

import click

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.terminal import visible


class Group(click.Group):
    """Turns our errors into one line on stderr and exit code 1, never a traceback."""

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
