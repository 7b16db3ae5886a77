"""The core works without the TUI: importing it must not import Textual."""

import subprocess
import sys


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys, annotator.store, annotator.ingest, annotator.models, annotator.cli;"
        "bad = [m for m in ('textual', 'annotator.tui') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
