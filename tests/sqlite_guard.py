"""A guard against opening a database file with Python's I/O while SQLite holds it.

On POSIX, closing *any* descriptor of a file drops every lock this process holds on it, the
SQLite connections' included; another process then takes them for gone and may delete the
WAL under them (SQLite's "How To Corrupt", section 2.2). This audit hook sees every
`sqlite3.connect` of the test process and every Python `open` (built-in, `io`, `os`,
`pathlib`); an `open` of a database file (or its `-wal`/`-shm`) that this process already
has open through another descriptor is recorded and refused.
"""

from __future__ import annotations

import os
import sys
import threading
from urllib.parse import unquote, urlparse

_connected: set[str] = set()
violations: list[str] = []
_busy = threading.local()


def _real(path: str) -> str | None:
    if path.startswith("file:"):
        path = unquote(urlparse(path).path)
    if not path or path == ":memory:":
        return None
    return os.path.realpath(path)


def _held(path: str) -> bool:
    """This process has `path` open already (SQLite keeps its files open)."""
    try:
        target = os.stat(path)
        for fd in os.listdir("/proc/self/fd"):
            try:
                held = os.stat(int(fd))
            except OSError:
                continue
            if (held.st_dev, held.st_ino) == (target.st_dev, target.st_ino):
                return True
    except OSError:
        return False
    return False


def _hook(event: str, args: tuple[object, ...]) -> None:
    if getattr(_busy, "on", False):
        return
    if event == "sqlite3.connect":
        database = args[0]
        if isinstance(database, bytes | str | os.PathLike):
            real = _real(os.fsdecode(database))
            if real is not None:
                _connected.add(real)
        return
    if event != "open" or not _connected:
        return
    path = args[0]
    if not isinstance(path, bytes | str | os.PathLike):
        return  # a descriptor, not a name
    _busy.on = True
    try:
        real = os.path.realpath(os.fsdecode(path))
        base = real.removesuffix("-wal").removesuffix("-shm").removesuffix("-journal")
        if base in _connected and _held(real):
            violations.append(real)
            raise RuntimeError(f"opened with Python I/O while SQLite holds it: {real}")
    finally:
        _busy.on = False


def install() -> None:
    sys.addaudithook(_hook)
