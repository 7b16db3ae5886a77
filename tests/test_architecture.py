"""The core works without the UIs: importing any core module must not import Textual or our
command line and screens (`.importlinter` says it statically, click included, and CI runs it;
click itself can come in at run time through a library's own command line)."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

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


HEAVY_AT_START = (
    "sqlite_utils",
    "numpy",
    "pandas",
    "pyarrow",
    "scipy",
    "sklearn",
    "spacy",
    "annotator.agreement",
    "annotator.suggest.rules",
    "annotator.suggest.patterns",
    "annotator.review_queue",
    "annotator.ingest",
    "annotator.export",
    "annotator.tui.screens.help",
    "annotator.tui.screens.review",
    "annotator.tui.screens.agreement",
    "markdown_it",
)


def test_the_annotation_screen_starts_without_heavy_modules() -> None:
    """What `annotator annotate` imports before its first paint: none of the numerical or
    NLP libraries, nor the suggester's rules (loaded after the first paint), nor the other
    screens and commands (loaded when opened). A check of imports, not of time."""
    import subprocess
    import sys

    code = (
        "import sys; from annotator.cli import cli; "
        "cli.get_command(None, 'annotate'); import annotator.tui.app; "
        f"print(sorted(m for m in {HEAVY_AT_START!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", out


FIRST_PAINT = """
import asyncio, json, sys
from annotator.cli import main
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.annotate import AnnotateScreen

seen = {}
late = AnnotateScreen.late_suggestions

async def after_first_frame(screen, article_id):
    # called once the first sentence is drawn, before the suggestions load
    seen["loaded"] = sorted(m for m in ("pydantic", "annotator.models") if m in sys.modules)
    seen["status"] = str(screen.query_one("#status").render())
    await late(screen, article_id)

AnnotateScreen.late_suggestions = after_first_frame

async def drive(app):
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("a")  # a label on disk loads the models, as it must
        seen["after_label"] = "pydantic" in sys.modules
    print(json.dumps(seen))

AnnotatorApp.run = lambda app, **kwargs: asyncio.run(drive(app))
sys.argv = ["annotator", "annotate", "--annotator", "alice", "--db", sys.argv[1]]
main()
"""


def test_the_first_sentence_is_painted_before_pydantic_loads(tmp_path: Path) -> None:
    """The records the first paint reads (scheme, sentence, article) are plain dataclasses
    and the Pydantic models load on first use (`annotator.lazy`): about a tenth of a second
    of every launch. The command as typed, its checks, the store's first reads and the first
    frame run without Pydantic; labelling then loads it."""
    from annotator.ingest import import_paths
    from annotator.store import Store

    db = tmp_path / "a.db"
    with Store.open(db) as store:
        import_paths(store, [Path(__file__).parent.parent / "sample_data"])
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(db)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert "sentence 1/" in seen["status"]
    assert seen["loaded"] == []
    assert seen["after_label"] is True


ANNOTATE_AND_LABEL = """
import asyncio, json, sys
from annotator.cli import main
from annotator.tui.app import AnnotatorApp

async def drive(app: AnnotatorApp) -> None:
    async with app.run_test() as pilot:
        await pilot.pause()
        status = str(app.screen.query_one("#status").render())
        await pilot.press("a")
        await pilot.pause()
        label = app.store.conn.execute("SELECT label FROM annotations")
        loaded = sorted(m for m in ("sqlite_utils", "numpy", "pandas") if m in sys.modules)
        print(json.dumps([status, label.fetchone(), loaded]))

# the command as typed, with the screen driven headless instead of in the terminal
AnnotatorApp.run = lambda app, **kwargs: asyncio.run(drive(app))
sys.argv = ["annotator", "annotate", "--annotator", "alice", "--db", sys.argv[1]]
main()
"""


def test_annotating_needs_no_sqlite_utils_nor_numpy(tmp_path: Path) -> None:
    """sqlite-utils (and the numpy it can pull) serves the import, the migrations and the
    bulk writers; opening the annotation screen, its suggestions and a label written to disk
    load neither (a tenth of a second at every launch, or on the first key)."""
    from annotator.ingest import import_paths
    from annotator.store import Store

    db = tmp_path / "a.db"
    with Store.open(db) as store:
        import_paths(store, [Path(__file__).parent.parent / "sample_data"])
    out = subprocess.run(
        [sys.executable, "-c", ANNOTATE_AND_LABEL, str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    status, label, loaded = json.loads(out.stdout)
    assert "sentence 1/" in status
    assert label == ["attributed"]
    assert loaded == []


def test_models_build_their_validators_when_first_used_not_at_start() -> None:
    """Building a Pydantic validator costs milliseconds each (and the first loads Pydantic's
    plugin scan): the models the annotation screen imports are `defer_build`, and the built-in
    scheme is made without running them (`LabelScheme.trusted`, checked in its own test)."""
    code = (
        "import sys, pydantic; from annotator.cli import cli; "
        "cli.get_command(None, 'annotate'); import annotator.tui.app; "
        "print(sorted(f'{m.__name__}.{k}' for m in list(sys.modules.values()) "
        "if m is not None and m.__name__.startswith('annotator') "
        "for k, v in vars(m).items() if isinstance(v, type) "
        "and issubclass(v, pydantic.BaseModel) and v.__module__ == m.__name__ "
        "and v.__pydantic_complete__))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", out
