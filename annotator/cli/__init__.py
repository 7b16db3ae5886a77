"""The `annotator` command line: a thin layer that resolves options, calls the core, prints.

One module per command; each registers itself on the group of `cli/group.py` when imported
below (command modules import the group, never this package).
"""

from __future__ import annotations

# Registration: each module adds its command to `cli`.
from annotator.cli import (  # noqa: E402,F401
    agreement_cmd,
    annotate_cmd,
    assign_cmd,
    export_cmd,
    import_cmd,
    import_labels_cmd,
    merge_cmd,
    review_cmd,
    schema_cmd,
    scheme_cmd,
    stats_cmd,
    suggest_cmd,
)
from annotator.cli.group import cli, main

__all__ = ["cli", "main"]
