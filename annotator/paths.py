"""Where files live: functions, never import-time constants, so tests can redirect them."""

from __future__ import annotations

import getpass
import os
from pathlib import Path


def default_db() -> Path:
    """`$ANNOTATOR_DB`, else `./annotations.db`."""
    return Path(os.environ.get("ANNOTATOR_DB") or "annotations.db")


def default_annotator() -> str:
    """`$ANNOTATOR`, else the login name."""
    name = os.environ.get("ANNOTATOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers without a passwd entry)
        return "annotator"
