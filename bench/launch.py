"""Launch to first paint, in a real terminal: `annotator annotate` against a bare Textual app.

    python bench/launch.py [--sentences 1000000] [--runs 11] [--db PATH]

Both run in tmux (a real terminal, not headless): the time is from starting the command to
the first capture of the pane that shows what each paints first (our status line with
"sentence 1/", the bare app's one line). The runs are interleaved (ours, bare, ours, ...)
so both see the same load; medians are reported, and their ratio. Both start from compiled
bytecode (see the warm-up). Needs tmux.
Target (issue "fast from the first key"): ours at most 1.5x the bare app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.tui import build  # noqa: E402

TARGET_RATIO = 1.5
BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare app ready")

Bare().run()
"""


def first_paint(command: str, marker: str, timeout: float = 20.0) -> float:
    """Seconds from starting `command` in a new tmux session to `marker` on the screen."""
    session = f"launch{time.monotonic_ns()}"
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command],
        check=True,
    )
    pid = subprocess.run(
        ["tmux", "list-panes", "-t", session, "-F", "#{pane_pid}"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    try:
        while time.perf_counter() - start < timeout:
            screen = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(f"{marker!r} never showed: {command}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
        if pid:
            _wait_gone(int(pid[0]))


def _wait_gone(pid: int, limit: float = 15.0) -> None:
    """Wait for a measured process to end: killed with its session, it still runs a moment
    (the annotation screen loads its suggester after the first paint), and the next run
    measured meanwhile would share the machine with it."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.02)


def run(db: Path, runs: int) -> bool:
    python = sys.executable
    annotator = str(Path(python).with_name("annotator"))
    bare_script = db.with_name("bare_app.py")
    bare_script.write_text(BARE_APP, encoding="utf-8")
    ours_cmd = f"ANNOTATOR_DB={db} {annotator} annotate --annotator bench-{{k}}"
    bare_cmd = f"{python} {bare_script}"
    # A session that outlives the measured ones: killing the last session stops the tmux
    # server, and a new session started while it exits failed now and then.
    keeper = f"launchkeeper{time.monotonic_ns()}"
    subprocess.run(["tmux", "new-session", "-d", "-s", keeper, "sleep 3600"], check=True)
    try:
        # One warm-up of each: the first start reads everything from disk, and caches our
        # modules' bytecode as any first run does (Textual's was compiled when pip installed
        # it; an editable install of ours is compiled on first use, unless
        # PYTHONDONTWRITEBYTECODE is set, as on the development machines: +48 ms a launch).
        first_paint(f"env -u PYTHONDONTWRITEBYTECODE {ours_cmd.format(k='warm')}", "sentence 1/")
        first_paint(bare_cmd, "bare app ready")
        ours, bare = [], []
        for k in range(runs):
            ours.append(first_paint(ours_cmd.format(k=k), "sentence 1/"))
            bare.append(first_paint(bare_cmd, "bare app ready"))
    finally:
        subprocess.run(["tmux", "kill-session", "-t", keeper], check=False)
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    ratio = ours_s / bare_s
    print(f"launch to first paint in tmux, median of {runs} interleaved runs")
    print(f"  annotator annotate (1st sentence): {ours_s * 1000:6.0f} ms")
    print(f"  bare Textual app (one line):       {bare_s * 1000:6.0f} ms")
    print(
        f"  ratio: {ratio:.2f}x (target <= {TARGET_RATIO}x): "
        f"{'met' if ratio <= TARGET_RATIO else 'NOT met'}"
    )
    return ratio <= TARGET_RATIO


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path, help="existing bench database (from bench/tui.py)")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tmux is needed (a real terminal)", file=sys.stderr)
        return 2
    if args.db is not None:
        if not args.db.exists():
            build(args.db, args.sentences)
        return 0 if run(args.db, max(3, args.runs)) else 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "launch.db"
        print(f"building a {args.sentences:,}-sentence database…", file=sys.stderr)
        build(db, args.sentences)
        return 0 if run(db, max(3, args.runs)) else 1


if __name__ == "__main__":
    sys.exit(main())
