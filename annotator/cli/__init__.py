"""The `annotator` command line: a thin layer that resolves options, calls the core, prints.

One module per command; each registers itself on the group of `cli/group.py`, which imports
it when the command is asked for (`group.COMMANDS`): starting one command loads only its own
module. `load_all()` registers every command at once (the docs test uses it).
"""

from __future__ import annotations

import importlib

from annotator.cli.group import COMMANDS, cli, main

__all__ = ["cli", "load_all", "main"]


def load_all() -> None:
    for module in sorted(set(COMMANDS.values())):
        importlib.import_module(f"annotator.cli.{module}")
