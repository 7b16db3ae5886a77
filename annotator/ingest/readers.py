"""Read article sources: decoding, `.txt` and `.jsonl` files, folders.

Every problem raises `InputError` naming the file (and line): the caller reports it as one
line and moves on to the next file.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotator.errors import InputError
from annotator.ingest.titles import title_of
from annotator.jsonlines import parse_object
from annotator.models import ArticleIn
from annotator.records import Page

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
MAX_FILE_BYTES = 1 << 30
"""A text file is one article, read whole: larger than this (1 GiB), it is refused rather than
read into memory. JSONL files are streamed line by line, whatever their size."""
MAX_LINE_ERRORS = 20
"""A JSONL file with many bad lines reports this many, then a count."""

# C0 controls other than tab, newline, form feed, carriage return and escape: text files
# hardly ever hold them, binary files are full of them.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_C1_CONTROLS = re.compile(r"[\x80-\x9f]")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article read from a file, before segmentation."""

    title: str
    text: str
    source: str
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    """Its line in a JSONL file (for errors)."""
    page: Page | None = None
    """The web page it was extracted from, kept whole in the database."""


def decode(data: bytes, path: Path) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Windows-1252 is the superset of Latin-1 that French files not in UTF-8 are written in; a
    file that is neither is refused rather than guessed (a wrong guess is silent mojibake).
    Newlines are normalised to `\\n`.
    """
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "not valid UTF-16 text despite its byte-order mark") from None
    elif b"\x00" in data and (encoding := _utf16_without_bom(data)) is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(path, "binary file (it contains NUL bytes), not text") from None
    elif b"\x00" in data:
        raise InputError(path, "binary file (it contains NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError(
                    path,
                    f"not UTF-8 (bad byte at offset {error.start}) nor Windows-1252/Latin-1 "
                    "text; convert it to UTF-8",
                ) from None
    if _BINARY_CONTROLS.search(text) and len(_BINARY_CONTROLS.findall(text)) > max(
        2, len(text) // 1000
    ):
        raise InputError(path, "binary file (control characters), not text")
    if _C1_CONTROLS.search(text):
        raise InputError(path, "holds C1 control characters: wrong encoding? convert it to UTF-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` looks like UTF-16 text without its byte-order
    mark (Latin text has a NUL in every other byte, on one side), else None."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / max(len(odd), 1)
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _check_regular(path: Path) -> os.stat_result:
    """Only regular files are read: a FIFO would block, a device never end."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a pipe, a device?): only files are read")
    return info


def read_bytes(path: Path) -> bytes:
    """The file's bytes (a text file is one article, read whole): regular files only, and at
    most `MAX_FILE_BYTES`."""
    info = _check_regular(path)
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(
            path,
            f"too large ({info.st_size / 2**20:,.0f} MiB; at most {MAX_FILE_BYTES >> 20:,} MiB "
            "a file): split it",
        )
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def read_txt(path: Path) -> list[RawArticle]:
    """A text file is one article; its title is the first non-empty line."""
    text = decode(read_bytes(path), path)
    return [RawArticle(title=title_of(text), text=text, source=str(path))]


def _validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "missing":
        message = "missing"
    return f"{where}: {message}" if where else message


_CHUNK = 1 << 20


def _jsonl_encoding(path: Path) -> str:
    """The encoding of a JSONL file, found by reading it once in chunks (memory stays flat):
    UTF-16 (with a byte-order mark, or by its NUL pattern), else UTF-8 (BOM or not), else
    Windows-1252; binary and empty files are refused, as `decode` does for a whole file."""
    _check_regular(path)
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if b"\x00" in head:
            encoding = _utf16_without_bom(head)
            if encoding is None:
                raise InputError(path, "binary file (it contains NUL bytes), not text")
            return encoding
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        content = False
        offset = 0
        try:
            while chunk := handle.read(_CHUNK):
                if b"\x00" in chunk:
                    raise InputError(path, "binary file (it contains NUL bytes), not text")
                content = content or bool(chunk.strip())
                decoder.decode(chunk)
                offset += len(chunk)
            decoder.decode(b"", final=True)
            encoding = "utf-8-sig"
        except UnicodeDecodeError as error:
            bad = offset + error.start
            handle.seek(0)
            try:
                while chunk := handle.read(_CHUNK):
                    chunk.decode("cp1252")
                    content = content or bool(chunk.strip())
            except UnicodeDecodeError:
                raise InputError(
                    path,
                    f"not UTF-8 (bad byte at offset {bad}) nor Windows-1252/Latin-1 "
                    "text; convert it to UTF-8",
                ) from None
            encoding = "cp1252"
    if not content:
        raise InputError(path, "empty file")
    return encoding


def _jsonl_line(path: Path, number: int, line: str) -> RawArticle | InputError | None:
    """One line of a JSONL file: its article, its error, or None when blank."""
    if not line.strip():
        return None
    data = parse_object(line)
    if isinstance(data, str):
        return InputError(path, data, line=number)
    try:
        record = ArticleIn.model_validate(data)
    except ValidationError as error:
        return InputError(path, _validation_message(error), line=number)
    meta = {**record.all_meta(), **({"url": record.url} if record.url else {})}
    if record.html is not None:
        from annotator.ingest.html import extract

        try:
            title, text, page_meta = extract(record.html, path, record.url)
        except InputError as error:
            return InputError(path, error.message, line=number)
        return RawArticle(
            title=(record.title or title).strip(),
            text=text,
            source=record.url or f"{path}:{number}",
            line=number,
            id=record.id,
            meta={**page_meta, **meta},
            page=Page(html=record.html, url=record.url),
        )
    assert record.title is not None and record.text is not None  # checked by the model
    return RawArticle(
        title=record.title.strip(),
        text=record.text.replace("\r\n", "\n").replace("\r", "\n"),
        source=record.url or f"{path}:{number}",
        line=number,
        id=record.id,
        meta=meta,
    )


@dataclass
class JsonlFile:
    """A JSONL file checked whole: its encoding and article count; `articles()` streams it."""

    path: Path
    encoding: str
    count: int

    def lines(self) -> Iterator[tuple[int, str]]:
        # universal newlines: \r\n and \r end a line too, as in a text file
        with self.path.open(encoding=self.encoding, newline=None) as handle:
            yield from enumerate(handle, start=1)

    def articles(self) -> Iterator[RawArticle]:
        for number, line in self.lines():
            parsed = _jsonl_line(self.path, number, line)
            if isinstance(parsed, RawArticle):
                yield parsed
            elif parsed is not None:  # the file changed since it was checked
                raise parsed


def check_jsonl(path: Path, on_article: Callable[[RawArticle], None] | None = None) -> JsonlFile:
    """Read a JSONL file through once, line by line, and check every line (one article per
    line): all its errors are raised together, before anything is imported. `on_article`
    sees each good article as it is read (the id checks of an import)."""
    encoding = _jsonl_encoding(path)
    checked = JsonlFile(path, encoding, 0)
    errors: list[InputError] = []
    controls = characters = 0
    for number, line in checked.lines():
        if _C1_CONTROLS.search(line):
            raise InputError(
                path, "holds C1 control characters: wrong encoding? convert it to UTF-8"
            )
        controls += len(_BINARY_CONTROLS.findall(line))
        characters += len(line)
        parsed = _jsonl_line(path, number, line)
        if isinstance(parsed, InputError):
            errors.append(parsed)
        elif parsed is not None:
            checked.count += 1
            if on_article is not None:
                on_article(parsed)
    if controls > max(2, characters // 1000):
        raise InputError(path, "binary file (control characters), not text")
    if errors:
        raise JsonlErrors(path, errors)
    if not checked.count:
        raise InputError(path, "no articles in this file")
    return checked


class JsonlErrors(InputError):
    """Several bad lines in one JSONL file: each is reported on its own line."""

    def __init__(self, path: Path, errors: list[InputError]) -> None:
        self.errors = errors
        lines = [str(error) for error in errors[:MAX_LINE_ERRORS]]
        if len(errors) > MAX_LINE_ERRORS:
            lines.append(f"{path}: … and {len(errors) - MAX_LINE_ERRORS} more bad lines")
        super().__init__(path, f"{len(errors)} bad line(s)")
        self.args = ("\n".join(lines),)

    def __str__(self) -> str:
        return str(self.args[0])


def read_html(path: Path) -> list[RawArticle]:
    """A saved web page is one article: the one trafilatura finds in it."""
    from annotator.ingest.html import read_page

    title, text, meta, page = read_page(path, read_bytes(path))
    return [RawArticle(title=title, text=text, source=str(path), meta=meta, page=page)]


def read_url(url: str) -> list[RawArticle]:
    """A page fetched from the web: its article, as for a saved page."""
    from annotator.ingest.html import fetch

    title, text, meta, page = fetch(url)
    return [RawArticle(title=title, text=text, source=url, meta=meta, page=page)]


def read_file(path: Path) -> list[RawArticle]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return list(check_jsonl(path).articles())
    if suffix == ".txt":
        return read_txt(path)
    if suffix in (".html", ".htm"):
        return read_html(path)
    raise InputError(path, "unsupported file type (expected .txt, .jsonl, .html or .htm)")


def expand(paths: list[Path], skipped: Counter[str] | None = None) -> Iterator[Path | InputError]:
    """Files to read, in a stable order: folders are walked (recursively, hidden entries
    left out); files of other types found there are counted in `skipped` by suffix (a
    label scheme's .toml is expected there and not counted); a missing path yields its
    error."""
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith("."):
                        continue
                    if name.lower().endswith(SUFFIXES):
                        found.append(Path(root) / name)
                    elif name.lower().endswith(".toml"):
                        continue  # a label scheme kept beside the articles: not news, not noise
                    elif skipped is not None:
                        skipped[Path(name).suffix.lower() or "(no extension)"] += 1
            yield from sorted(found)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield InputError(path, "no such file or folder")
