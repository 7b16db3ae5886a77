"""The core works without the UIs: importing any core module must not import Textual or our
command line and screens (`.importlinter` says it statically, click included, and CI runs it;
click itself can come in at run time through a library's own command line)."""

import pkgutil
import subprocess
import sys

import annotator

UI = ("annotator.tui", "annotator.cli")


def core_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(annotator.__path__, "annotator.")
        if not info.name.startswith(UI) and info.name != "annotator.__main__"
    )


def test_every_core_module_imports_without_textual_or_the_ui() -> None:
    modules = core_modules()
    assert {"annotator.store", "annotator.export.hf", "annotator.agreement.coefficients"} <= set(
        modules
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in ('textual', 'annotator.tui', 'annotator.cli') "
        "if m in sys.modules]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
