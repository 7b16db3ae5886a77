"""Where an export goes: stdout, or a file or folder replaced atomically.

A file is written to a temporary name in the same folder, fsynced, then renamed over the target:
readers see the old file or the new one, never half of one, and an error or Ctrl-C leaves no
partial output behind.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from annotator.errors import ExportError


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (the directory entry), where the OS allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on a directory
        pass
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


@contextmanager
def atomic_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream that becomes `path` only if the block ends without an error.

    A symbolic link is followed: its target is replaced, the link stays. What is not a
    regular file (a device such as /dev/null, a FIFO, /dev/stdout) is written in place: a
    rename would replace the device node itself.
    """
    with _atomic(path, binary=False) as stream:
        yield stream  # type: ignore[misc]


def write_atomically(path: Path, data: bytes) -> None:
    """`data` becomes the file `path`, all of it or nothing (as `atomic_file`)."""
    with _atomic(path, binary=True) as stream:
        stream.write(data)  # type: ignore[arg-type]


@contextmanager
def _atomic(path: Path, *, binary: bool) -> Iterator[TextIO | BinaryIO]:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        with _in_place(path, binary=binary) as stream:
            yield stream
        return
    path = Path(os.path.realpath(path))
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    temp = _temp_name(path)
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any new file
        # (tempfile would make it 0600).
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        with _open(fd, binary) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def _open(target: int | Path, binary: bool) -> TextIO | BinaryIO:
    """A file (descriptor or path) opened for writing: bytes, or UTF-8 text as written."""
    if binary:
        return open(target, "wb")  # noqa: SIM115
    return open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115


@contextmanager
def _in_place(path: Path, *, binary: bool = False) -> Iterator[TextIO | BinaryIO]:
    try:
        stream = _open(path, binary)
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None
    with stream:
        yield stream
        stream.flush()


def _is_ours(folder: Path, names_we_write: frozenset[str]) -> bool:
    """An empty folder, or one a previous export wrote (safe to replace)."""
    names = {entry.name for entry in folder.iterdir()}
    return not names or ("README.md" in names and names <= names_we_write | {"README.md"})


@contextmanager
def atomic_folder(path: Path, names_we_write: frozenset[str]) -> Iterator[Path]:
    """A fresh folder that replaces `path` only if the block ends without an error.

    An existing `path` is replaced only when it is empty or holds a previous export (a
    `README.md` and files of `names_we_write`, nothing else): we never delete a folder of
    someone else's files.
    """
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: exists and is not a folder")
    if path.is_dir() and not _is_ours(path, names_we_write):
        raise ExportError(f"{path}: folder is not empty and not a previous export; choose another")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: folder {path.parent} does not exist")
    temp = _temp_name(path)
    try:
        temp.mkdir()
    except OSError as error:
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        yield temp
        for entry in temp.iterdir():
            with entry.open("rb") as handle:
                os.fsync(handle.fileno())
        old = _temp_name(path) if path.exists() else None
        if old is not None:
            path.rename(old)
        try:
            temp.rename(path)
        except BaseException:
            if old is not None:
                old.rename(path)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _fsync_dir(path.parent)


@contextmanager
def stdout_text(binary: BinaryIO | None = None) -> Iterator[TextIO]:
    """stdout as UTF-8 text whatever the locale, with `\\n` line ends (CSV sets its own)."""
    raw = binary if binary is not None else sys.stdout.buffer
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=False)
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()  # leave the underlying stdout open
